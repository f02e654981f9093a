r"""A PowerShell block's lines: ``.\prog`` of a known program is that program; a cmdlet is warned about
(quizzer/extract/powershell.py), in examples of our own (x-f5c)."""

from __future__ import annotations

from conftest import draft


def test_a_known_program_run_from_the_current_folder_is_that_program() -> None:
    text = (
        "```ps1\n"
        "# 연결된 기기 목록\n"  # 2
        ".\\adb.exe devices\n"  # 3
        "\n"
        "# 내 스크립트 실행\n"  # 5
        ".\\deploy.ps1 -Target prod\n"  # 6: no program quizzer knows: stays as written
        "\n"
        "# 실행 정책 바꾸기\n"  # 8
        "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser\n"  # 9
        "```\n"
    )
    result = draft(text)
    found = [(n.line, n.command, n.front, n.back) for n in result.notes]
    assert (3, "adb devices", "adb devices", "연결된 기기 목록") in found
    assert not [f for f in found if f[0] == 6 and f[2].startswith("deploy")]
    assert not [f for f in found if f[0] == 9]
    assert 9 in [w.line for w in result.warnings]


def test_the_same_lines_in_a_shell_block_are_left_as_written() -> None:
    text = "```sh\n# 목록\n.\\adb devices\n```\n"
    assert not [n for n in draft(text).notes if n.front == "adb devices"]
