"""Programs a title lists ahead of the task (quizzer/extract/title_programs.py), in examples of our own."""

from __future__ import annotations

from conftest import facts

from quizzer.extract.title_programs import title_programs


def test_names_before_the_dash_or_the_colon() -> None:
    assert title_programs("tar, zstd - 백업 묶기") == {"tar", "zstd"}
    assert title_programs("lsof / fuser: 파일을 잡고 있는 프로세스") == {"lsof", "fuser"}


def test_one_name_words_or_no_separator_list_no_programs() -> None:
    assert not title_programs("zstd - 압축")
    assert not title_programs("Backup, Restore - 정리")
    assert not title_programs("tar, zstd 백업")
    assert not title_programs(None)


def test_a_heading_says_what_the_line_of_a_program_the_title_lists_does() -> None:
    text = (
        "---\ntitle: 'pv, zstd - 큰 파일 다루기'\n---\n\n# 압축 진행률 보며 묶기\n\n```\n"
        "pv big.img | zstd -o big.img.zst\n```\n"
    )
    assert [(command, back) for _, kind, command, _, back in facts(text) if kind == "command"] == [
        ("pv", "압축 진행률 보며 묶기")]
