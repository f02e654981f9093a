"""An option table whose option cells are dashless letters with a note on their case (``p(소문자)``, ``P (uppercase)``):
the letter is an option of the section's command, the note only tells -p from -P (tables._CASE_NOTED); examples of
our own."""

from __future__ import annotations

from conftest import facts as _notes

_TABLE = (
    "## rsync 명령어\n\n"
    "| 옵션 | 설명 | 사용 예시 |\n|---|---|---|\n"
    "| `z` | 전송 중 압축 | rsync -z |\n"
    "| `e(소문자)` | 원격 셸 지정 | rsync -e ssh |\n"
    "| `E(대문자)` | 실행 권한 유지 | rsync -E |\n"
)


def test_a_letter_with_its_case_noted_is_an_option_of_the_section_s_command() -> None:
    notes = _notes(_TABLE)
    assert (5, "option", "rsync", "z", "전송 중 압축") in notes
    assert (6, "option", "rsync", "e", "원격 셸 지정") in notes
    assert (7, "option", "rsync", "E", "실행 권한 유지") in notes
    assert not [n for n in notes if "(" in n[3]]  # the note on the case is no part of the front


def test_an_english_case_note_is_read_the_same() -> None:
    text = _TABLE.replace("(소문자)", " (lowercase)").replace("(대문자)", " (uppercase)")
    assert [n[3] for n in _notes(text)] == ["z", "e", "E"]


def test_with_no_command_in_sight_the_letters_are_no_cards() -> None:
    assert _notes(_TABLE.replace("## rsync 명령어", "## 옵션 정리")) == []


def test_a_word_in_parentheses_other_than_a_case_is_not_read_as_one() -> None:
    notes = _notes(_TABLE.replace("`e(소문자)`", "`e(셸)`"))
    assert not [n for n in notes if n[3] == "e"]
