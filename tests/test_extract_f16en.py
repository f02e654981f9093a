"""Shapes met in the English half of the sixteenth fresh set (x-f16en), each in examples of our own: steps
numbered ``1 - …`` on the lines of one paragraph."""

from __future__ import annotations

from conftest import draft, warned


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, int | None]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.position) for n in draft(text).notes]


def test_lines_numbered_with_a_dash_in_one_paragraph_are_the_steps_of_the_line_above() -> None:
    text = (
        "# Wiki\n\n"
        "## Access\n\n"
        "Set up the admin page:\n\n"
        "1 - `Team` owners\n"
        "2 - `Member` alice\n"
        "3 - press save and close the page:\n\n"
        "```shell\n"
        "curl -s https://example.org/ping\n"
        "```\n"
    )
    assert _notes(text) == [
        (7, "step", None, "Set up the admin page — step 1", "Team owners", 1),
        (8, "step", None, "Set up the admin page — step 2", "Member alice", 2),
        (9, "step", None, "Set up the admin page — step 3", "press save and close the page", 3),
    ]


def test_a_lone_step_one_over_a_block_is_not_what_the_block_does() -> None:
    text = "# Wiki\n\n## Login\n\n1 - Fetch the key file and keep it\n\n```shell\nssh -i my.key admin@box\n```\n"
    assert [n for n in draft(text).notes if n.back.startswith("1 -") or "Fetch" in n.back] == []
    assert 5 in warned(text)


def test_dash_numbers_out_of_order_or_figures_are_not_steps() -> None:
    # "2 - 3" is arithmetic, and a run that does not count 1, 2, 3 is no procedure
    skipped = "# Wiki\n\n## Sums\n\nAdd:\n\n1 - open it\n3 - close it\n"
    assert [n for n in draft(skipped).notes if n.kind.value == "step"] == []
    figures = "# Wiki\n\n## Sums\n\nAdd:\n\n1 - 2 of them\n2 - 3 of them\n"
    assert [n for n in draft(figures).notes if n.kind.value == "step"] == []
