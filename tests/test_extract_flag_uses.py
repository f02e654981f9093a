"""Text around a one-line block that says what a flag does, or what the block is not (x-f14en), in examples
of our own: ``Use `-x` to …`` and ``the `-x` <does> …`` sentences over it, a flag item after it glossed by
the item nested under it, a comment about a flag the line does not pass, an ``Instead of:`` block."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[str, str, str]]:
    return [(n.kind.value, n.front, n.back) for n in draft(text).notes]


def test_use_this_flag_to_sentences_are_flag_notes_and_the_rest_describes_the_line() -> None:
    text = (
        "- Use `-n` to number all lines, and `-b` to number all lines, skipping blank ones. "
        "Here's an example numbering a log.\n\n  ```\n  cat -b app.log\n  ```\n"
    )
    assert _notes(text) == [
        ("flag", "-n", "to number all lines"),
        ("flag", "-b", "skipping blank ones"),  # what it adds to -n: the same words on both would be one fact twice
        ("command", "cat -b app.log", "numbering a log."),
    ]


def test_the_flag_does_clauses_are_flag_notes_and_a_pointer_back_describes_nothing() -> None:
    text = (
        "- This does the same thing. The `-s` squeezes repeated blank lines and the `-n` numbers every line.\n\n"
        "  ```\n  cat -s -n notes.txt\n  ```\n"
    )
    assert _notes(text) == [("flag", "-s", "squeezes repeated blank lines"), ("flag", "-n", "numbers every line")]


def test_the_flag_does_needs_a_flag_the_line_passes() -> None:
    text = "- Number the lines. The `-s` squeezes blank lines.\n\n  ```\n  cat -n notes.txt\n  ```\n"
    assert ("flag", "-s", "squeezes blank lines") not in _notes(text)


def test_a_flag_item_after_the_block_is_glossed_by_the_item_under_it() -> None:
    text = (
        "#### Pull one branch\n\n```\ngit clone --depth 1 --branch dev https://example.org/r.git\n```\n\n"
        "- `--depth 1`\n  - Fetch only the latest commit\n"
    )
    assert _notes(text) == [
        ("command", "git clone --depth 1 --branch dev https://example.org/r.git", "Pull one branch"),
        ("flag", "--depth 1", "Fetch only the latest commit"),
    ]


def test_a_comment_about_a_flag_the_line_does_not_pass_is_not_joined_to_the_heading() -> None:
    text = "#### Count the matches\n\n```\n# Don't pass -o here, each line counts once\ngrep -c error app.log\n```\n"
    assert _notes(text) == [("command", "grep -c error app.log", "Count the matches")]


def test_a_block_introduced_by_instead_of_is_what_not_to_type() -> None:
    text = (
        "#### Log in as the admin\n\nGive the short name, for example:\n\n```\nssh -l admin host.example.org\n```\n\n"
        "Instead of:\n\n```\nssh -o User=admin host.example.org\n```\n"
    )
    assert [front for _kind, front, _back in _notes(text)] == ["ssh -l admin host.example.org"]
    assert 11 in [w.line for w in draft(text).warnings]


def test_use_this_flag_is_a_flag_of_the_pipe_stage_passing_it() -> None:
    text = "- Use `-n` to show line numbers.\n\n  ```\n  journalctl -u cron | grep -n timeout\n  ```\n"
    flags = [n for n in draft(text).notes if n.kind.value == "flag"]
    assert [(n.front, n.command) for n in flags] == [("-n", "grep")]


def test_use_this_flag_no_stage_passes_is_no_flag_note() -> None:
    # the sentence is about a flag the reader might add; the line does not pass it, so whose flag it is is a guess
    for line in ("du -sh /srv | sort -h", "wget -q https://example.org/x.tgz | tar xz"):
        text = f"## Sizes\n\nUse -r to reverse the order.\n\n```\n{line}\n```\n"
        assert [n for n in draft(text).notes if n.kind.value == "flag"] == []


def test_use_this_flag_no_stage_passes_alone_describes_nothing() -> None:
    # "Use -r to reverse the order." over "du -sh /srv | sort -h" as the line's meaning would teach that the line
    # reverses the order: the line is left undescribed, with a warning naming the line
    text = "## Sizes\n\nUse -r to reverse the order.\n\n```\ndu -sh /srv | sort -h\n```\n"
    result = draft(text)
    assert [n for n in result.notes if "reverse" in n.back] == []
    assert any("-r" in w.message and "no command of its line passes" in w.message for w in result.warnings)
    # a sentence of its own beside it still describes the line
    text = "## Sizes\n\nList the biggest folders. Use -r to reverse the order.\n\n```\ndu -sh /srv | sort -h\n```\n"
    assert [n.back for n in draft(text).notes if n.kind.value == "command"] == ["List the biggest folders."]


def test_what_the_program_does_by_default_beside_a_flag_sentence_is_not_what_the_line_does() -> None:
    text = "# sort\n\n## Fields\n\nBy default, sort compares whole lines. Use `-k` to pick one field instead.\n\n```bash\nsort -k 2 names.txt\n```\n"
    made = draft(text)
    assert [(n.kind.value, n.front, n.back) for n in made.notes] == [("flag", "-k", "to pick one field instead")]
    assert 5 in [w.line for w in made.warnings]
