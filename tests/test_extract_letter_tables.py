"""A table of one-letter codes, the name each stands for and a description (issue 6, x-f27ko).
Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned

_STATUS = """# 상태 문자

| 문자 | 상태 | 설명 |
| --- | --- | --- |
| `-` | 변경 없음 | 아무것도 바뀌지 않은 줄 |
| `M` | 수정됨 | 내용이 바뀐 파일 |
| `?` | 추적 안 됨 (Untracked) | 저장소가 모르는 파일 |
"""


def test_each_letter_is_a_concept_its_name_leading_the_description() -> None:
    assert facts(_STATUS) == [
        (5, "concept", None, "-", "변경 없음: 아무것도 바뀌지 않은 줄"),
        (6, "concept", None, "M", "수정됨: 내용이 바뀐 파일"),
        (7, "concept", None, "?", "추적 안 됨 (Untracked): 저장소가 모르는 파일"),
    ]


def test_a_description_that_repeats_the_name_is_the_answer_alone() -> None:
    text = "| Code | Kind | Description |\n|---|---|---|\n| `p` | pipe | a pipe (FIFO) between processes |\n"
    assert facts(text) == [(3, "concept", None, "p", "a pipe (FIFO) between processes")]


def test_a_dash_in_the_first_row_is_a_letter_not_an_empty_group_cell() -> None:
    text = (
        "| Sign | Change | Description |\n|---|---|---|\n| `-` | removed | a line taken out |\n"
        "| `+` | added | a line put in |\n"
    )
    assert [n.front for n in draft(text).notes] == ["-", "+"]


def test_a_first_column_of_words_is_not_read_as_letters() -> None:
    text = "| Format | Extension | 설명 |\n|---|---|---|\n| WebP | .webp | small files for the web |\n"
    assert facts(text) == [(3, "concept", None, "WebP", "small files for the web")]


# Two columns, the first single letters: never a command each (x-f32ko1; examples are our own)
def test_a_two_column_letter_table_under_a_usage_line_with_slots_holds_its_programs_options() -> None:
    text = (
        "## 권한\n"
        "- `chmod [who][op][perms] 파일`\n\n"
        "| 글자 | 뜻 |\n|---|---|\n| `u` | 파일 주인 |\n| `o` | 나머지 사람들 |\n"
    )
    assert facts(text) == [(6, "option", "chmod", "u", "파일 주인"), (7, "option", "chmod", "o", "나머지 사람들")]


def test_a_two_column_letter_table_with_no_usage_line_above_is_warned_not_commands() -> None:
    # "M", "?" are letters git status prints, not programs, and no usage line says whose they are
    text = "## git status\n\n| 글자 | 뜻 |\n|---|---|\n| `M` | 바뀐 파일 |\n| `?` | 모르는 파일 |\n"
    assert facts(text) == []
    assert 5 in warned(text)


def test_a_usage_line_in_another_section_does_not_own_the_letters() -> None:
    text = (
        "## 쓰는 법\n`chmod [who] 파일`\n\n"
        "## 상태 글자\n\n| 글자 | 뜻 |\n|---|---|\n| `M` | 바뀐 파일 |\n"
    )
    assert all(n[1] != "option" for n in facts(text))
