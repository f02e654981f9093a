"""Ways of doing one task, numbered under a lead-in that points back at the task (quizzer.extract.ways_of,
x-f30en2)."""

from __future__ import annotations

from conftest import facts, warned

_WAYS = (
    "# tig\n\n## Merge commits\n\nYou can filter the log to only show merge commits.\n\n"
    "There are two ways to do this:\n1. Start it with `tig --merges`\n2. {second}\n"
)


def test_each_way_under_a_lead_in_pointing_back_does_the_task_above() -> None:
    text = _WAYS.format(second="Inside tig, press `<c-m>` and pick the range")
    assert [(line, command, front, back) for line, _, command, front, back in facts(text)] == [
        (8, "tig", "tig --merges", "filter the log to only show merge commits"),
        (9, "tig", "<c-m>", "filter the log to only show merge commits"),
    ]


def test_a_way_that_is_not_one_key_or_command_line_is_warned_not_carded() -> None:
    text = _WAYS.format(second="Use `tig log` then `:filter merges`")
    assert [front for _, _, _, front, _ in facts(text)] == ["tig --merges"]
    assert 9 in warned(text)


def test_a_lead_in_with_no_task_sentence_above_makes_no_cards() -> None:
    text = "# tig\n\n## Merge commits\n\nThere are two ways to do this:\n1. Start it with `tig --merges`\n2. Press `<c-m>`\n"
    assert facts(text) == []


def test_a_way_saying_what_its_key_or_line_does_on_its_own_is_warned_not_carded() -> None:
    # "Press `a` to stage all files instead", "Run `git add -p` if you want to pick hunks": what the key or the line
    # does itself, maybe not the task above (each had been carded "stage a file" (rv20)); "to do it" points back
    text = (
        "# lazygit\n\n## Staging\n\nYou can stage a file.\n\nYou can do this in a couple of ways:\n"
        "1. Press `space` on the file.\n2. Press `a` to stage all files instead.\n"
        "3. Run `git add -p` if you want to pick hunks.\n4. Press `s` to do it from the menu.\n"
        "5. Press `<c-s>` and then enter the path of the file you want to stage\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text) if line > 5] == [
        (8, "space", "stage a file"), (11, "s", "stage a file"), (12, "<c-s>", "stage a file"),
    ]
    assert {9, 10} <= set(warned(text))
