"""A program's command summary kept as a shell file: a '#' banner naming the program, then bare sub-commands with
an alias in parentheses and an aligned '#' gloss (quizzer.extract.command_summaries), in examples of our own."""

from __future__ import annotations

from conftest import draft, facts, warned

from quizzer.extract.command_summaries import as_markdown

_SUMMARY = (
    "#########################\n"
    "# PLANTER\n"
    "# Docs: https://planter.example.org/\n"
    "#########################\n"
    "\n"
    "seed list (sl)      # Show every seed in the bed.\n"
    "\n"
    "water               # Water the whole garden. Skips beds marked dry with --skip.\n"
    "\n"
    "bed add             # Make a new bed\n"
)


def test_each_line_is_a_sub_command_of_the_program_its_banner_names() -> None:
    assert facts(_SUMMARY) == [
        (6, "command", "planter", "planter seed list", "Show every seed in the bed."),
        (8, "command", "planter", "planter water", "Water the whole garden."),
        (10, "command", "planter", "planter bed add", "Make a new bed"),
    ]


def test_the_sentences_after_the_first_are_remarks_left_off_with_a_warning() -> None:
    assert warned(_SUMMARY) == [8]


def test_the_rewrite_keeps_every_line_where_it_was() -> None:
    written = as_markdown(_SUMMARY)
    assert written is not None
    assert written.split("\n")[1] == "# planter"
    assert written.split("\n")[5] == "- `planter seed list`: Show every seed in the bed."
    assert written.count("\n") == _SUMMARY.count("\n")


def test_a_line_naming_the_program_keeps_its_words() -> None:
    text = "# PLANTER\n\nplanter seed list    # Show every seed.\nplanter water    # Water it all.\nweed    # Pull the weeds.\n"
    assert [(line, front) for line, _, _, front, _ in facts(text)] == [
        (3, "planter seed list"), (4, "planter water"), (5, "planter weed"),
    ]


def test_texts_of_other_shapes_are_no_command_summary() -> None:
    lines = "seed list (sl)    # Show seeds.\nwater    # Water it.\nbed add    # Make a bed.\n"
    assert as_markdown(lines) is None  # no banner naming the program
    assert as_markdown("# Planting seeds in spring\n" + lines) is None  # the banner says more than a name
    assert as_markdown("# PLANTER\n" + lines.replace("water", "water --all")) is None  # a flag: a command line
    assert as_markdown("# PLANTER\n" + lines + "# more\nweed    # Pull weeds.\n") is None  # comments among them
    assert as_markdown("# PLANTER\nseed list (sl)    # Show seeds.\nwater    # Water it.\n") is None  # two lines
    assert as_markdown("# PLANTER\n" + lines.replace("    #", " #")) is None  # no aligned column
    assert draft("# PLANTER\n\n" + lines).notes  # read as the summary it is
