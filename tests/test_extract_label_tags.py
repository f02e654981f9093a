"""A Korean label over a block ending in the command's own word (quizzer/extract/label_tags.py), in examples of
our own."""

from __future__ import annotations

from conftest import facts

from quizzer.extract.label_tags import without_tag


def test_the_mode_word_the_line_writes_is_left_off_the_meaning() -> None:
    text = "# 압축\n\n설정 폴더 묶기 pack\n\n```bash\narchiver pack settings/ settings.arc\n```\n"
    assert [(kind, front, back) for _, kind, _, front, back in facts(text)] == [
        ("command", "archiver pack settings/ settings.arc", "설정 폴더 묶기")]


def test_the_word_may_end_a_longer_word_of_the_line() -> None:
    assert without_tag("질의 결과 내보내기 out", 'dbtool "SELECT 1" queryout a.txt') == "질의 결과 내보내기"


def test_a_word_the_line_does_not_write_stays() -> None:
    assert without_tag("설정 폴더 묶기 zip", "archiver pack settings/") == "설정 폴더 묶기 zip"


def test_a_flag_or_an_english_label_or_a_label_of_two_lines_stays() -> None:
    assert without_tag("자세히 보기 v", "tool -v list") == "자세히 보기 v"
    assert without_tag("Pack the folder pack", "archiver pack settings/") == "Pack the folder pack"
    assert without_tag("설정 폴더를\n묶기 pack", "archiver pack settings/") == "설정 폴더를\n묶기 pack"
