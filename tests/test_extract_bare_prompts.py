"""Lines typed at a bare `>` prompt in notes whose title names a program with a shell of its own (repl.py's
bare_prompted), in examples of our own."""

from __future__ import annotations

from conftest import facts as _notes


def _doc(title: str) -> str:
    return (
        "---\n"
        f'title: "{title}"\n'
        "---\n"
        "\n"
        "### 키 목록 보기\n"        # 5
        "\n"
        "```\n"
        "> scan { CURSOR }\n"        # 8
        "```\n"
        "\n"
        "### 키 이름 바꾸기\n"
        "\n"
        "```\n"
        "> rename { KEY } { NEW_KEY }\n"   # 14
        "```\n"
    )


def test_each_typed_line_is_a_command_of_the_program_the_title_names() -> None:
    notes = _notes(_doc("redis 명령어 정리"))
    assert (8, "command", "redis-cli", "scan { CURSOR }", "키 목록 보기") in notes
    assert (14, "command", "redis-cli", "rename { KEY } { NEW_KEY }", "키 이름 바꾸기") in notes


def test_without_such_a_title_a_bare_prompt_names_no_program() -> None:
    assert not [n for n in _notes(_doc("오늘 배운 것")) if n[2] == "redis-cli"]
