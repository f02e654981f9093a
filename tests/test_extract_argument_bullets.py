"""Bullets after a code block glossing a run of its line's words, its arguments (issue 6, x-f26ko), our own examples."""

from __future__ import annotations

from conftest import draft as _draft, facts

_REASON = "bullet after a code block glossing the arguments of its line"


def test_a_bullet_glossing_the_arguments_is_what_the_line_does() -> None:
    text = "# jot\n\n```sh\n$ jot 4 10\n\n10\n11\n```\n\n- `4 10` : 10부터 네 개의 수를 출력한다\n"
    assert facts(text) == [(10, "command", "jot", "jot 4 10", "10부터 네 개의 수를 출력한다")]


def test_one_argument_glossed_by_what_the_line_does() -> None:
    text = "# jot\n\n```sh\n$ jot 0\n```\n\n- `0` : 끝없이 출력한다\n"
    assert facts(text) == [(7, "command", "jot", "jot 0", "끝없이 출력한다")]


def test_one_argument_glossed_by_what_it_is_stays_no_card() -> None:
    text = "# notes\n\n```sh\n$ cat notes.txt\n```\n\n- `notes.txt` : 메모 파일\n"
    assert all(n.reason != _REASON for n in _draft(text).notes)


def test_under_a_heading_naming_a_flag_each_bullet_glosses_its_part() -> None:
    text = (
        "# jot\n\n### -s : 구분자 옵션\n\n```sh\n$ jot -s , 3 1\n\n1,2,3\n```\n\n"
        "- `-s ,` : 구분자는 쉼표.\n- `3 1` : 1부터 세 개를 출력한다.\n"
    )
    cards = [(n.line, n.kind.value, n.front, n.back, n.reason) for n in _draft(text).notes]
    assert (11, "flag", "-s ,", "구분자는 쉼표.", "`-x: meaning` bullet after a code block") in cards
    assert (12, "command", "jot -s , 3 1", "1부터 세 개를 출력한다.", _REASON) in cards
    assert all(n.front != "-s" or "출력" not in n.back for n in _draft(text).notes)  # no flag card of the other bullet


def test_a_run_that_is_no_part_of_the_line_is_not_read_so() -> None:
    text = "# jot\n\n```sh\n$ jot 4 10\n```\n\n- `5 20` : 20부터 다섯 개\n"
    assert all(n.reason != _REASON for n in _draft(text).notes)
