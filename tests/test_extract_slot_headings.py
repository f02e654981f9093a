"""Words glossed under a heading that names a slot of the usage line above (decide.py's _Slots), in examples
of our own: values of that slot, not commands."""

from __future__ import annotations

from conftest import draft as _draft, facts as _notes
from hypothesis import given
from hypothesis import strategies as st


_TEXT = (
    "## 압축 도구 tool\n"
    "`tool [모드] [파일]`\n"
    "\n"
    "### 모드\n"
    "`pack` : 파일을 묶는다\n"          # 5
    "`ls` : 묶음 안의 파일을 보여준다\n"   # 6
)


def test_values_of_a_slot_are_not_commands() -> None:
    draft = _draft(_TEXT)
    assert not [n for n in _notes(_TEXT) if n[0] in (5, 6)]
    assert {5, 6} <= {w.line for w in draft.warnings}


def test_a_heading_that_is_no_slot_keeps_its_commands() -> None:
    text = _TEXT.replace("### 모드", "### 자주 쓰는 명령")
    assert (6, "command", "ls", "ls", "묶음 안의 파일을 보여준다") in _notes(text)


def test_a_usage_line_under_the_heading_names_no_slot_of_it() -> None:
    # the heading is the topic; one line under it writes the topic as its placeholder, the others are commands
    text = (
        "## 작업\n"
        "\n"
        "- `cron edit <작업> --now`: 작업 파일을 바로 편집기로 연다\n"
        "- `cron list`: 등록된 작업을 모두 보여준다\n"    # 4
        "- `cron purge [--all]`: 끝난 작업을 지운다\n"      # 5
    )
    notes = _notes(text)
    assert (4, "command", "cron", "cron list", "등록된 작업을 모두 보여준다") in notes
    assert [n for n in notes if n[0] == 5]
    assert not [w for w in _draft(text).warnings if w.line in (4, 5)]


def test_a_slot_named_above_its_heading_still_counts_when_named_again_under_it() -> None:
    text = _TEXT.replace("### 모드\n", "### 모드\n`tool [모드]` : 모드를 골라 실행\n")
    assert not [n for n in _notes(text) if n[0] in (6, 7)]


def test_a_link_naming_the_heading_is_no_usage_line() -> None:
    text = "- [tools](#tools)\n\n## tools\n\n`htop` : 프로세스를 보여준다\n"
    assert (5, "command", "htop", "htop", "프로세스를 보여준다") in _notes(text)


def _slot_above_line_by_line(heading: str, line: int, lines: list[str]) -> bool:
    """The plain reading _Slots must agree with: every line above read in turn."""
    from quizzer.extract.decide import _names_slot

    return any(heading in text and _names_slot(text, heading) for text in lines[: line - 1])


_PIECES = ["find", "tool", "[모드]", "<모드>", "{모드}", "[a", "b]", "<x", "y>", "[[모드]]", "모드", "-n", "`", "* ", "$ "]


@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=5).map(" ".join), max_size=8),
       st.sampled_from(["모드", "a", "x y", "[모드]"]), st.integers(1, 10))  # a note's line counts from 1
def test_slots_looked_up_agree_with_every_line_read(lines: list[str], heading: str, line: int) -> None:
    from quizzer.extract.decide import _Slots

    assert _Slots(lines).above(heading, line) == _slot_above_line_by_line(heading, line, lines)

