"""Styles of Korean study notes the extractor reads (issue 6), each with examples of our own."""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _facts(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


# a command table with a second pair of columns for options ----------------------------------------


def test_option_columns_beside_command_columns() -> None:
    text = (
        "| 명령어 | 명령 설명 | 옵션 | 옵션 설명 |\n"
        "| --- | --- | --- | --- |\n"
        "| du | 디렉터리 용량 | -h | 읽기 쉬운 단위 |\n"
        "| | | -s | 합계만 표시 |\n"
        "| whoami | 현재 사용자 이름 | | |\n"
        "| journalctl | 로그 보기 | -u, --unit | 특정 유닛의 로그 |\n"
        "| systemctl | 서비스 관리 | enable | 부팅 시 자동 시작 |\n"
    )
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes] == [
        (3, "command", "du", "du", "디렉터리 용량"),
        (3, "option", "du", "-h", "읽기 쉬운 단위"),
        (4, "option", "du", "-s", "합계만 표시"),
        (5, "command", "whoami", "whoami", "현재 사용자 이름"),
        (6, "command", "journalctl", "journalctl", "로그 보기"),
        (6, "option", "journalctl", "-u, --unit", "특정 유닛의 로그"),
        (7, "command", "systemctl", "systemctl", "서비스 관리"),
        (7, "option", "systemctl", "enable", "부팅 시 자동 시작"),
    ]
    enable = draft.notes[-1]
    assert "systemctl enable" in enable.answers  # the sub-command as typed is an answer too


def test_option_column_row_without_meaning_is_a_warning() -> None:
    text = "| Command | Description | Option | Option Description |\n|---|---|---|---|\n| tar | 묶기 | -x | |\n"
    draft = _draft(text)
    assert [(n.kind.value, n.front) for n in draft.notes] == [("command", "tar")]
    assert [w.line for w in draft.warnings] == [3]


# a quoted program is typed as written, not a placeholder --------------------------------------------


def test_quoted_programs_are_distinct_commands() -> None:
    text = (
        "# awk 연습\n\n"
        "1. 두 번째 칸만 출력 \\\n`awk '{print $2}' data.csv`\n"
        "2. 합계 출력 \\\n`awk '{s += $3} END {print s}' data.csv`\n"
    )
    assert _facts(text) == [
        (4, "command", "awk", "awk '{print $2}' data.csv", "두 번째 칸만 출력"),
        (6, "command", "awk", "awk '{s += $3} END {print s}' data.csv", "합계 출력"),
    ]


def test_quoted_placeholder_is_still_a_placeholder() -> None:
    text = '```\n# 커밋 만들기\ngit commit -m "커밋 메시지"\n# 메시지 지정\ngit tag -a v1 -m "<message>"\n```\n'
    assert [(n.front, n.back) for n in _draft(text).notes] == [
        ("git commit -m", "커밋 만들기"),
        ("git tag -a v1 -m", "메시지 지정"),
    ]


def test_one_comment_over_different_quoted_programs_heads_them() -> None:
    text = "```\n# 배열 다루기\njq '.items | length' a.json\njq '.items | map(.id)' a.json\n```\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(3, "jq '.items | length' a.json", "배열 다루기")]
    assert [w.line for w in draft.warnings] == [4]
