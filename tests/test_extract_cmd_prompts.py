"""A line typed at cmd's ``>`` prompt in a code block (``> ipconfig /all``) is the command it runs, when the word
after the prompt is one of cmd's tools; any other ``> …`` line stays as it was (x-f25ko)."""

from __future__ import annotations

from conftest import facts


def test_a_line_at_cmds_prompt_is_the_command_the_text_above_describes() -> None:
    text = "# 네트워크\n\n모든 어댑터의 설정 보기\n\n```\n> ipconfig /all\n```\n"
    assert facts(text) == [(6, "command", "ipconfig", "ipconfig /all", "모든 어댑터의 설정 보기")]


def test_a_cmd_tool_written_in_capitals_after_the_prompt_is_read_too() -> None:
    text = "# 디스크\n\n빈 파일 만들기\n\n```\n> FSUTIL file createnew a.bin 1024\n```\n"
    assert [(kind, command) for _, kind, command, *_ in facts(text)] == [("command", "fsutil")]


def test_a_continued_shell_line_is_not_read_as_typed_at_cmd() -> None:
    text = "# 메모\n\n여러 줄 문자열 출력\n\n```\n$ echo \"a\n> tasklist b\"\n```\n"
    assert not any(front.startswith("tasklist") for *_, front, _ in facts(text))
