"""A Windows program's help pasted in a code block (quizzer/extract/windows_help.py), in examples of our own."""

from __future__ import annotations

from conftest import facts, warned

_HELP_KO = """# 복사

```
폴더와 그 안의 파일을 복사합니다.

이 명령의 구문:

ROBOCOPY <원본> <대상> [/S] [/MIR] [/LOG:<파일>]

/S -- 빈 폴더를 빼고 하위 폴더를 복사합니다.
/MIR -- 폴더 트리 전체를 그대로 맞춥니다. 원본에 없는 파일은 지웁니다.
/LOG:<파일> -- 진행 상황을 파일에 씁니다.

예:

  하위 폴더까지 복사하려면:
     robocopy C:\\src D:\\dst /S
     robocopy C:\\src D:\\dst /S /XO

  로그를 남기려면:
     로그 파일은 /LOG 스위치로 지정할 수 있습니다.
```
"""


def test_a_korean_windows_help_gives_the_program_its_options_and_its_examples() -> None:
    made = [(line, kind, command, front, back) for line, kind, command, front, back in facts(_HELP_KO)]
    assert made == [
        (4, "command", "robocopy", "robocopy", "폴더와 그 안의 파일을 복사합니다"),
        (10, "option", "robocopy", "/S", "빈 폴더를 빼고 하위 폴더를 복사합니다"),
        (11, "option", "robocopy", "/MIR", "폴더 트리 전체를 그대로 맞춥니다"),
        (12, "option", "robocopy", "/LOG", "진행 상황을 파일에 씁니다"),
        (16, "command", "robocopy", "robocopy C:\\src D:\\dst /S", "하위 폴더까지 복사하기"),
    ]


def test_a_lead_in_over_prose_is_warned_not_made_a_card() -> None:
    assert 20 in warned(_HELP_KO)


def test_an_english_help_with_to_lead_ins() -> None:
    text = (
        "## Shares\n\n```\nSHARETOOL [/list] [/drop:<name>]\n\n/list -- shows every share.\n\n"
        "To drop one share:\n   sharetool /drop:<name>\n```\n"
    )
    assert [(kind, command, front, back) for _, kind, command, front, back in facts(text)] == [
        ("option", "sharetool", "/list", "shows every share"),
        ("command", "sharetool", "sharetool /drop", "drop one share"),
    ]


def test_without_a_usage_line_in_capitals_the_block_is_not_this_help() -> None:
    text = "## Shares\n\n```\nsharetool [/list]\n\n/list -- shows every share.\n```\n"
    assert all(front != "/list" for *_, front, _ in facts(text))


def test_a_line_of_a_batch_script_in_capitals_is_run_not_a_usage_line() -> None:
    text = "## 검사\n\n```batch\n:: 디스크를 검사하고 고칩니다.\nCHKDSK /f\n```\n\n```\n:: 디스크를 검사합니다.\nCHKDSK /r\n```\n"
    assert all(back != ":: 디스크를 검사하고 고칩니다" and back != ":: 디스크를 검사합니다" for *_, back in facts(text))


def test_capitals_over_placeholders_with_no_windows_switch_are_not_a_help() -> None:
    # an environment variable's line and make's targets write "<…>" and "[… | …]" too, but no "/x" switch
    env = "## Settings\n\n```\nThe worker takes its options from the shell.\n\nQUEUE_NAME <name>    the queue it reads\n```\n"
    assert facts(env) == []
    targets = "## Build\n\n```\nCompiles the site.\n\nGOALS [site | pdf]\n\nFor the pdf alone:\n    make pdf\n```\n"
    assert all(command != "goals" for _, _, command, _, _ in facts(targets))


def test_a_capitals_name_with_a_switch_but_never_run_and_not_windows_is_not_a_help() -> None:
    text = "## Tool\n\n```\nShows the report.\n\nREPORTER [/all]\n\nIt prints one page.\n```\n"
    assert all(command != "reporter" for _, _, command, _, _ in facts(text))
