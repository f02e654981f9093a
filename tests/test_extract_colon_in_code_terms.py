"""A code span ending in a colon, then the separator (```grep key:` : …``): the colon is typed, part of the
line; only a colon closing the span with no separator after it is one (x-f25ko)."""

from __future__ import annotations

from conftest import facts


def test_a_colon_inside_the_span_before_the_separator_is_the_lines() -> None:
    text = "# 메모\n\n- `grep port:` : port:가 들어간 줄을 찾는다.\n"
    assert [(front, back) for *_, front, back in facts(text)] == [("grep port:", "port:가 들어간 줄을 찾는다.")]


def test_a_colon_closing_the_span_alone_is_the_separator() -> None:
    text = "# 메모\n\n- `grep port:` 가 들어간 줄을 찾는다.\n- `wc -l:` 줄 수를 센다.\n"
    assert ("wc -l", "줄 수를 센다.") in [(front, back) for *_, front, back in facts(text)]
