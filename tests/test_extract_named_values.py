"""``* 0 - off<br/>`` / ``전원을 끈 상태를 의미.``: a list of numbered values, each named on its item's first line and
explained on the lines after (issue 6, x-f30ko); our own examples."""

from __future__ import annotations

from conftest import draft as _draft

from quizzer.extract.named_values import REASON

_LIST = (
    "# 전원 모드\n\n"
    "* 0 - off (the default)<br/>\n"
    "전원을 끈 상태를 의미. `pm 0`으로 바꾸면 꺼짐.\n\n"
    "* 1 - standby<br/>\n"
    "대기 상태. 버튼을 누르면 켜짐.\n\n"
    "* 2 - full power\\\n"
    "모든 장치가 켜진 상태.\n"
)


def test_each_item_is_its_value_and_name_then_what_it_means() -> None:
    notes = [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(_LIST).notes if n.reason == REASON]
    assert notes == [
        (4, "concept", None, "0 - off", "전원을 끈 상태를 의미. pm 0으로 바꾸면 꺼짐."),
        (7, "concept", None, "1 - standby", "대기 상태. 버튼을 누르면 켜짐."),
        (10, "concept", None, "2 - full power", "모든 장치가 켜진 상태."),
    ]


def test_an_item_alone_or_without_a_hard_break_or_not_a_numbered_value_is_not_read_so() -> None:
    for text in (
        # one item alone: no list of values
        "# 메모\n\n* 0 - off<br/>\n전원을 끈 상태.\n",
        # a soft break: the two lines are one line of text, which may be one sentence
        "# 메모\n\n* 0 - off\n전원을 끈 상태.\n\n* 1 - standby\n대기 상태.\n",
        # a word, not a numbered value: a command or a term, left to the readings of those
        "# 메모\n\n* ls - list<br/>\n파일 목록을 본다.\n\n* cd - change<br/>\n폴더를 옮긴다.\n",
    ):
        assert not [n for n in _draft(text).notes if n.reason == REASON]


def test_a_numbered_step_list_in_the_same_layout_is_no_list_of_values() -> None:
    # the name says what to do, the lines under it how: steps, warned (each had been a concept "1 - Install the
    # package" -> "Run the installer …" (rv20)); a value whose name is a verb ("6 - reboot", "재시작") stays a value
    for text in (
        "# Setup\n\n* 1 - Install the package<br/>\nRun the installer and accept the defaults.\n\n"
        "* 2 - Configure the tool<br/>\nEdit the config file and set your name.\n",
        "# 설정\n\n* 1 - 패키지 설치<br/>\n설치 프로그램을 실행하세요.\n\n* 2 - 설정 변경<br/>\n설정 파일을 고치세요.\n",
    ):
        draft = _draft(text)
        assert not [n for n in draft.notes if n.reason == REASON]
        assert [w.line for w in draft.warnings] == [3, 6]
    text = "# 런레벨\n\n* 0 - halt<br/>\n시스템 종료를 의미.\n\n* 6 - 재시작<br/>\n시스템을 다시 시작함.\n"
    assert [n.front for n in _draft(text).notes if n.reason == REASON] == ["0 - halt", "6 - 재시작"]
