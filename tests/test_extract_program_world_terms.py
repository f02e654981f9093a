"""One word in code that is none of the notes' program's sub-commands (quizzer knows them) nor a program of its
own is a term of that program's world (``dependencies`` in notes about npm), not a command (x-f25ko)."""

from __future__ import annotations

from conftest import facts


def test_a_word_that_is_no_sub_command_of_the_notes_program_is_a_term() -> None:
    text = "# npm 정리\n\n- 차이\n  - `peerDependencies`: 함께 설치되어야 하는 패키지 목록\n"
    assert (4, "concept", None, "peerDependencies", "함께 설치되어야 하는 패키지 목록") in facts(text)
    assert not any(kind == "command" and front == "peerDependencies" for _, kind, _, front, _ in facts(text))


def test_a_sub_command_of_the_notes_program_is_still_its_command() -> None:
    text = "# npm 정리\n\n- `install`: 패키지를 설치한다\n"
    assert [kind for _, kind, *_ in facts(text)] == ["command"]
