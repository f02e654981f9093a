"""A later paragraph of a list item leading into a code block indented under it (a line of words ending in a
colon) says what that block does, as the item's first line does for the first block; in examples of our own."""

from __future__ import annotations

from conftest import facts

_ITEM = (
    "- Shrink the image with convert (keeps the ratio):\n"
    "\n"
    "  ```shell\n"
    "  convert photo.png -resize 50% small.png\n"
    "  ```\n"
    "\n"
    "  Turn it upside down:\n"
    "\n"
    "  ```shell\n"
    "  convert photo.png -rotate 180 flipped.png\n"
    "  ```\n"
)


def test_the_second_paragraph_is_what_the_second_block_does() -> None:
    assert (10, "command", "convert", "convert photo.png -rotate 180 flipped.png", "Turn it upside down") in facts(_ITEM)


def test_a_later_paragraph_that_is_no_lead_in_describes_nothing() -> None:
    remark = _ITEM.replace("Turn it upside down:", "the output keeps the `png` format")
    assert [front for _, _, _, front, _ in facts(remark)] == ["convert photo.png -resize 50% small.png"]
