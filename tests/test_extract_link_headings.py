"""``## Name - what it is`` over links only (issue 6, x-f11), our own examples."""

from __future__ import annotations

from conftest import draft as _draft


def test_a_name_and_what_it_is_over_links_only_is_a_concept() -> None:
    text = "# Mac apps\n\n## Rectangle - Move and resize windows with keys\n* https://rectangleapp.com/\n* <https://github.com/rxhanson/Rectangle>\n"
    assert [(n.kind.value, n.front, n.back, n.line) for n in _draft(text).notes] == [
        ("concept", "Rectangle", "Move and resize windows with keys", 3)
    ]


def test_with_text_or_a_block_of_its_own_the_heading_is_not_read_so() -> None:
    for body in ("Rectangle is handy.\n", "* https://rectangleapp.com/\n\nIt snaps windows.\n"):
        text = f"# Mac apps\n\n## Rectangle - Move and resize windows with keys\n{body}"
        assert all(n.reason != "heading `Name - what it is` over links only" for n in _draft(text).notes)
