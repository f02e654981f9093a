"""Option blocks as ``--help`` prints them, and a help dump's ``Usage:`` line (issue 6, x-en), our own examples."""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _options(text: str) -> list[tuple[int, str | None, str, str, tuple[str, ...]]]:
    return [(n.line, n.command, n.front, n.back, n.answers) for n in _draft(text).notes if n.kind.value == "option"]


def test_rows_of_spellings_and_meaning_are_options_of_the_notes_program() -> None:
    text = (
        "# tar\n\n## Listing\n\n```\n  -t, --list                List the contents of an archive.\n"
        "  -v                        Verbosely list files processed.\n"
        "  --exclude=PATTERN         Exclude files matching PATTERN.\n```\n"
    )
    assert _options(text) == [
        (6, "tar", "-t, --list", "List the contents of an archive", ("-t", "--list", "-t, --list")),
        (7, "tar", "-v", "Verbosely list files processed", ("-v",)),
        (8, "tar", "--exclude", "Exclude files matching PATTERN", ("--exclude", "--exclude=PATTERN")),
    ]


def test_spellings_alone_then_their_meaning_indented_on_the_next_lines() -> None:
    text = (
        "# curl\n\n### Output\n\n```\n  -o FILE, --output=FILE\n                  Write the body to FILE\n"
        "                  instead of the terminal.\n  --compressed[=ALGO]\n                  Ask for a compressed reply.\n```\n"
    )
    assert _options(text) == [
        (7, "curl", "-o, --output", "Write the body to FILE instead of the terminal", ("-o", "--output", "-o FILE, --output=FILE")),
        (10, "curl", "--compressed", "Ask for a compressed reply", ("--compressed", "--compressed[=ALGO]")),
    ]


def test_a_block_with_any_other_line_is_not_an_option_list() -> None:
    text = "# tar\n\n```\n  -t, --list                List the contents.\ntar -tf backup.tar\n```\n"
    assert _options(text) == []


def test_an_option_row_without_its_meaning_makes_no_option() -> None:
    text = "# tar\n\n```\n  -t, --list\n  -v                        Verbosely list files.\n```\n"
    assert _options(text) == []


def test_with_no_program_named_the_rows_are_warnings_not_cards() -> None:
    text = "## Flags\n\n```\n  -q, --quiet               Print nothing.\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [4]


def test_a_usage_label_in_a_help_dump_gives_the_syntax() -> None:
    text = "# Notes\n\n```\nUsage: tar [OPTION]... [FILE]...\n```\n"
    assert [(n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes] == [
        ("syntax", "tar", "tar", "tar [OPTION]... [FILE]...")
    ]


def test_a_trailing_comment_speaks_for_its_own_line_only() -> None:
    text = "# make\n\n```sh\n$ make b  # shortcut\n$ make -k build\n```\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [("make b", "shortcut")]


def test_e_g_over_a_block_and_a_given_sentence_describe_no_line() -> None:
    text = "# make\n\ne.g.\n\n```sh\n$ make clean\n```\n\nGiven `all:` as the first target.\n\n```sh\n$ make -n\n```\n"
    assert _draft(text).notes == ()
