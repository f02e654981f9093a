"""An example line that glosses itself: "- Example: `acme build --release` builds an optimised release." under the
command's item: that line → the rest of its sentence."""

from __future__ import annotations

from conftest import facts

_ITEMS = (
    "# Acme\n\n"
    "- `acme build`: Builds the project in the current folder.\n\n"
    "  - Example: `acme build --release` builds an optimised release.\n\n"
    "- `acme publish`: Publishes a build.\n\n"
    "  - Example: `acme publish --tag beta` Adds the build to the beta channel.\n"
)


def test_each_example_is_a_card_of_its_own() -> None:
    assert [n for n in facts(_ITEMS) if n[3].count(" ") > 1] == [
        (5, "command", "acme", "acme build --release", "builds an optimised release"),
        (9, "command", "acme", "acme publish --tag beta", "Adds the build to the beta channel"),
    ]


def test_a_line_of_another_program_is_left() -> None:
    text = _ITEMS.replace("`acme build --release` builds", "`make release` builds")
    assert not [n for n in facts(text) if n[3].startswith("make")]


def test_a_sentence_that_is_no_doing_is_left() -> None:
    text = _ITEMS.replace("`acme build --release` builds an optimised release", "`acme build --release` is slower")
    assert not [n for n in facts(text) if n[3] == "acme build --release"]


def test_without_the_label_it_is_no_example_line() -> None:
    text = _ITEMS.replace("Example: `acme build --release`", "Then `acme build --release`")
    assert not [n for n in facts(text) if n[3] == "acme build --release"]
