"""A root prompt written against the program in a `command : meaning` item (rules.py's _GLUED_ROOT), in examples
of our own."""

from __future__ import annotations

from conftest import facts as _notes


def test_an_escaped_root_prompt_before_a_known_program_is_not_typed() -> None:
    text = (
        "## apt 명령어\n"
        "\n"
        "* \\#apt install [패키지] : 패키지 설치\n"     # 3
        "* \\#apt remove [패키지] : 패키지 삭제\n"      # 4
    )
    notes = _notes(text)
    assert (3, "command", "apt install", "apt install", "패키지 설치") in notes
    assert (4, "command", "apt remove", "apt remove", "패키지 삭제") in notes


def test_a_hash_before_a_word_that_is_no_program_stays_a_term() -> None:
    text = "## 태그\n\n* \\#release : 배포한 날의 글\n"
    assert not [n for n in _notes(text) if n[1] == "command"]
