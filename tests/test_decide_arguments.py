"""decide's index of the arguments of the lines above a term gives what reading the ten lines gives."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.extract.decide import _MARKERS, _Arguments
from quizzer.shell import looks_like_command, tokenize

WORDS = ["docker", "run", "-d", "web", "--name", "nginx", "이미지", "Web", "`web`", "$", "-", "1.", ">", "'a b'", "a\\ b", "#"]


def _headings(lines: Sequence[str]) -> set[int]:
    """The lines that are markdown headings, outside fenced blocks."""
    found, fence = set(), None
    for n, text in enumerate(lines):
        opened = re.match(r"\s{0,3}(```+|~~~+)", text)
        if opened is not None and (fence is None or opened.group(1).startswith(fence)):
            fence = opened.group(1)[:3] if fence is None else None
        elif fence is None and re.match(r"\s{0,3}#{1,6}\s+\S", text):
            found.add(n)
    return found


def _reference(term: str, line: int, lines: Sequence[str]) -> bool:
    """The ten lines above ``line`` read one by one (as decide read them before the index), from the last heading
    among them on: a heading starts another section, whose terms are no glosses of the lines before it (a9716f52)."""
    window = range(*slice(max(0, line - 11), line - 1).indices(len(lines)))
    headings = _headings(lines)
    after = [n for n in window if n in headings]
    if after:
        window = range(after[-1] + 1, window.stop)
    for n in window:
        text = _MARKERS.sub("", lines[n]).strip().strip("`")
        if looks_like_command(text) and term in tokenize(text)[1:]:
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join), max_size=40),
    asks=st.lists(st.tuples(st.sampled_from(WORDS + ["a b", "nothing"]), st.integers(-2, 45)), max_size=30),
)
def test_the_index_agrees_with_the_lines_read_one_by_one(lines: list[str], asks: list[tuple[str, int]]) -> None:
    arguments = _Arguments(lines)
    for term, line in asks:  # in any order: a memo's stretches may skip lines, notes may share one
        assert arguments.above(term, line) == _reference(term, line, lines)


def test_an_argument_of_the_example_above_is_found_and_one_too_far_is_not() -> None:
    lines = ["```bash", "podman run -d --name web docker.io/nginx", "```", *["text"] * 9, "- web : 이름"]
    arguments = _Arguments(lines)
    assert arguments.above("web", 12)  # line 2 is among the ten above line 12
    assert not arguments.above("web", 13)  # eleven lines above: out of reach
    assert not arguments.above("podman", 12)  # the program is no argument


def test_a_heading_between_starts_another_section() -> None:
    lines = ["git pull origin main", "#### 브랜치의 종류", "- main : 제품으로 출시될 브랜치"]
    assert not _Arguments(lines).above("main", 3)
    assert _Arguments(["git pull origin main", "text", "- main : 설명"]).above("main", 3)
    fenced = ["```", "git pull origin main", "# a comment, not a heading", "```", "- main : 설명"]
    assert _Arguments(fenced).above("main", 5)
