"""Crontab entries in a code block (``30 4 * * 0 backup.sh  # 일요일 새벽 4시 반``): the entry, schedule and command,
is the subject and its comment says when it runs (cron_lines); examples of our own."""

from __future__ import annotations

import pytest

from conftest import facts as _notes, warned
from quizzer.extract import cron_lines


def test_each_trailing_comment_glosses_its_entry_and_the_group_comment_none() -> None:
    text = (
        "## 백업 주기\n\n```sh\n# 서버 백업\n"
        "30 4 * * 0 /opt/backup.sh      # 일요일 새벽 4시 반\n"
        "*/15 * * * * /opt/ping.sh      # 15분마다\n```\n"
    )
    assert _notes(text) == [
        (5, "concept", None, "30 4 * * 0 /opt/backup.sh", "일요일 새벽 4시 반"),
        (6, "concept", None, "*/15 * * * * /opt/ping.sh", "15분마다"),
    ]


def test_a_comment_over_one_entry_glosses_it() -> None:
    text = (
        "```\n# 평일 아침 9시에 메일 확인\n0 9 * * MON-FRI fetchmail\n\n"
        "# 재부팅할 때마다 실행\n@reboot ~/start.sh >> ~/start.log\n```\n"
    )
    assert _notes(text) == [
        (3, "concept", None, "0 9 * * MON-FRI fetchmail", "평일 아침 9시에 메일 확인"),
        (6, "concept", None, "@reboot ~/start.sh >> ~/start.log", "재부팅할 때마다 실행"),
    ]


def test_comments_one_apiece_over_entries_of_one_run() -> None:
    text = "```\n# 매달 1일\n0 0 1 * * rotate.sh\n# 매주 토요일\n0 0 * * 6 sweep.sh\n```\n"
    assert [(n[3], n[4]) for n in _notes(text)] == [("0 0 1 * * rotate.sh", "매달 1일"), ("0 0 * * 6 sweep.sh", "매주 토요일")]


def test_an_outer_comment_heads_the_run_its_indented_ones_gloss_each_entry() -> None:
    text = (
        "```\n# 정리 작업\n  # 임시 파일 지우기\n5 3 * * * rm -rf /tmp/work\n"
        "  # 로그 압축\n10 3 * * * gzip /var/log/app.log\n```\n"
    )
    assert [(n[3], n[4]) for n in _notes(text)] == [
        ("5 3 * * * rm -rf /tmp/work", "임시 파일 지우기"), ("10 3 * * * gzip /var/log/app.log", "로그 압축"),
    ]


def test_a_comment_over_several_entries_glosses_none_warned() -> None:
    text = "```\n# 밤마다 정리\n0 2 * * * clean_a.sh\n0 3 * * * clean_b.sh\n```\n"
    assert not _notes(text)
    assert 3 in warned(text)


def test_two_comments_of_one_indent_over_the_first_of_several_are_unsure() -> None:
    text = "```\n# 정리 작업\n# 임시 파일 지우기\n5 3 * * * rm -rf /tmp/work\n# 로그 압축\n10 3 * * * gzip app.log\n```\n"
    notes = _notes(text)
    assert [(n[3], n[4]) for n in notes] == [("10 3 * * * gzip app.log", "로그 압축")]
    assert 4 in warned(text)


@pytest.mark.parametrize("line", ["* * * * * command", "0 1 * * * sudo cmd", "* * * * * <script>", "5 * * * * 명령어"])
def test_an_entry_running_a_stand_in_is_its_form_not_a_card(line: str) -> None:
    assert not _notes(f"```\n# 이렇게 적는다\n{line}\n```\n")


def test_a_redirection_is_typed_as_written() -> None:
    assert _notes("```\n# 매분 시각 기록\n* * * * * date >> ~/t.log\n```\n") == [
        (3, "concept", None, "* * * * * date >> ~/t.log", "매분 시각 기록"),
    ]


@pytest.mark.parametrize("line", ["1 2 3 4 5 six", "total 8 4 2 1 x", "0 1 * * date", "Dec 3 12:00 * * x"])
def test_what_is_no_crontab_entry(line: str) -> None:
    assert cron_lines.entry(line) is None


def test_commands_beside_entries_read_as_ever() -> None:
    text = "```\n# 목록 보기\ncrontab -l\n\n# 매일 자정\n0 0 * * * sync.sh\n```\n"
    notes = _notes(text)
    assert (3, "command", "crontab", "crontab -l", "목록 보기") in notes
    assert (6, "concept", None, "0 0 * * * sync.sh", "매일 자정") in notes
