"""A bullet glossing a word of the line above that goes on past its first line: the first line is its gloss, and
the rest is warned about, never dropped silently (review 13)."""

from __future__ import annotations

from conftest import draft, facts

_NOTES = (
    "# du\n\n"
    "```\n"
    "du -sh *\n"
    "```\n\n"
    "- `du`는 디스크 사용량을 보여 주는 명령\n"
    "- `-sh`는 합계만 읽기 쉬운 단위로 보인다. \\\n"
    "  하위 폴더는 따로 적지 않는다\n"
    "- `*`는 현재 폴더의 모든 항목\n"
)


def test_a_bullet_going_on_past_a_hard_break_is_warned_about() -> None:
    glosses = {n[3]: n[4] for n in facts(_NOTES)}
    assert glosses["-sh"] == "합계만 읽기 쉬운 단위로 보인다."
    said = {w.line: w.message for w in draft(_NOTES).warnings}
    assert "only its first line was read" in said.get(8, "")
    assert not any("first line" in said.get(line, "") for line in (7, 10))
