"""A page's byline sections, ``## Copyright``, ``## Authors``, ``## License`` (issue 6, x-f29en2).

Who wrote the page or the program and under what terms: nothing under such a heading is a card, and the
heading is warned about with its line; the sections after it are read again.  Examples of our own.
"""

from __future__ import annotations

import pytest

from conftest import draft as _draft, facts as _facts
from quizzer.extract.knowledge import BYLINE_SECTIONS


_PAGE = (
    "# ls\nLists the files of a folder.\n\n## Copyright\n"
    "- The `ls` command is part of the coreutils package.\n"
    "- License MIT: the terms under which it is given.\n\n"
    "## Options\n- `-a`: shows the hidden files too\n"
)


def test_nothing_under_a_copyright_heading_is_a_card() -> None:
    assert _facts(_PAGE) == [
        (2, "command", "ls", "ls", "Lists the files of a folder."),
        (9, "option", "ls", "-a", "shows the hidden files too"),
    ]


def test_the_heading_is_warned_about_with_its_line() -> None:
    assert [w.line for w in _draft(_PAGE).warnings] == [4]


def test_a_sub_section_of_a_byline_section_is_left_out_too() -> None:
    text = "# ls\nLists the files of a folder.\n\n## Authors\n### Maintainers\n- Jay: keeps the releases going\n"
    assert _facts(text) == [(2, "command", "ls", "ls", "Lists the files of a folder.")]


@pytest.mark.parametrize("name", sorted(BYLINE_SECTIONS))
def test_every_byline_heading_leaves_its_section_out(name: str) -> None:
    text = f"# Notes\n\n## {name}\n\n- Mirror: a copy of the repository kept elsewhere\n"
    assert _facts(text) == []


def test_the_same_line_under_another_heading_is_a_card() -> None:
    text = "# Notes\n\n## Terms\n\n- Mirror: a copy of the repository kept elsewhere\n"
    assert _facts(text) == [(5, "concept", None, "Mirror", "a copy of the repository kept elsewhere")]
