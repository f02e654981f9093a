"""An option heading written inside a list item, its gloss on the item's next line (issue 6, x-f29en2).

``- ### -q:`` then ``  Prints only the summary.`` and an indented example fence: each item is one option of
the notes' command, its meaning the paragraph under the heading; examples of our own.
"""

from __future__ import annotations

from conftest import facts as _facts


_ITEMS = (
    "# ping\nSend packets to a host.\n\n## Options\n"
    "- ### -c:\n  Stops after sending the given number of packets.\n    ```bash\n    $ ping -c [count] [host]\n    ```\n"
    "- ### -q:\n  Prints only the summary lines.\n    ```bash\n    $ ping -q [host]\n    ```\n"
)


def test_each_item_heading_is_an_option_glossed_by_the_line_under_it() -> None:
    options = [f for f in _facts(_ITEMS) if f[1] == "option"]
    assert options == [
        (6, "option", "ping", "-c", "Stops after sending the given number of packets."),
        (11, "option", "ping", "-q", "Prints only the summary lines."),
    ]


def test_the_example_fences_under_the_items_make_no_cards_of_their_own() -> None:
    assert {f[1] for f in _facts(_ITEMS)} == {"command", "option"}
    assert [f[0] for f in _facts(_ITEMS) if f[1] == "command"] == [2]


def test_an_option_heading_ending_in_a_colon_outside_a_list() -> None:
    text = "# ping\nSend packets to a host.\n\n## Options\n### -q:\nPrints only the summary lines.\n"
    assert (6, "option", "ping", "-q", "Prints only the summary lines.") in _facts(text)


def test_a_list_item_under_a_top_level_option_heading_is_not_its_gloss() -> None:
    # the heading is not inside the item: the bullets under it are not read as the option's one meaning here
    text = "# ping\nSend packets to a host.\n\n## Options\n### -q:\n- Prints only the summary lines.\n"
    assert [f for f in _facts(text) if f[1] == "option" and f[0] == 6 and "Prints" in f[4]] == []


def test_an_item_heading_that_is_no_option_is_not_read_as_one() -> None:
    text = "# ping\nSend packets to a host.\n\n## Notes\n- ### Timing:\n  Replies may come late on busy links.\n"
    assert [f for f in _facts(text) if f[1] == "option"] == []
