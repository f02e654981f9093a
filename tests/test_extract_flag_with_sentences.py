"""Text above a one-line block saying what one can do with a flag (``We can … set a limit with `-m`.``), and the
sentence under the block saying what the line does (``This …``): a flag note and the line's note, never the text
above as the line's meaning (quizzer.extract.flag_uses, quizzer.extract.pointed_blocks), in examples of our own."""

from __future__ import annotations

from tests.conftest import draft, facts, warned

LIMITED = (
    "# wget\n"
    "\n"
    "The `wget` tool fetches files.\n"
    "\n"
    "We can pick the pages and then limit the rate (bytes per second) with `--limit-rate` (a suffix k or m works).\n"
    "\n"
    "```bash\n"
    "wget --limit-rate 200k https://example.org/big.iso\n"
    "```\n"
    "\n"
    "This downloads the image at no more than 200 KB a second.\n"
)


def test_the_flag_is_told_by_the_sentence_above_and_the_line_by_the_one_under() -> None:
    assert [fact for fact in facts(LIMITED) if fact[0] > 3] == [
        (5, "flag", "wget", "--limit-rate", "limit the rate (bytes per second)"),
        (11, "command", "wget", "wget --limit-rate 200k https://example.org/big.iso",
         "downloads the image at no more than 200 KB a second"),
    ]


def test_one_thing_done_with_a_flag_is_all_of_it() -> None:
    text = LIMITED.replace("We can pick the pages and then limit", "You can limit")
    assert ("--limit-rate", "limit the rate (bytes per second)") in [fact[3:] for fact in facts(text)]


def test_with_nothing_under_the_block_the_line_gets_no_card() -> None:
    text = LIMITED.rsplit("\n\n", 1)[0] + "\n"
    notes = [note for note in draft(text).notes if note.line > 3]
    assert [(note.kind.value, note.front) for note in notes] == [("flag", "--limit-rate")]


def test_a_flag_the_line_does_not_pass_is_warned_and_the_line_told_by_the_sentence_under() -> None:
    text = LIMITED.replace("wget --limit-rate 200k", "wget --quiet")
    assert [fact for fact in facts(text) if fact[0] > 3] == [
        (11, "command", "wget", "wget --quiet https://example.org/big.iso",
         "downloads the image at no more than 200 KB a second"),
    ]
    assert warned(text) == [5]



# x-f33en1: "(If …,) you can use the `-x` option to …" and "If you need …, use the `-x` flag." over a line passing it
REMOVED = (
    "# rm\n"
    "\n"
    "## Removing\n"
    "\n"
    "If the folder is not empty, you can use the `-r` option to remove it with everything inside:\n"
    "\n"
    "```bash\n"
    "rm -r old-build\n"
    "```\n"
)


def test_you_can_use_a_flag_to_do_something_is_the_flags() -> None:
    assert [fact for fact in facts(REMOVED) if fact[1] == "flag"] == [
        (5, "flag", "rm", "-r", "remove it with everything inside")]
    assert [note for note in draft(REMOVED).notes if note.front == "rm -r old-build"] == []


def test_a_number_flag_the_line_passes_is_read_too() -> None:
    text = REMOVED.replace("the `-r` option to remove it with everything inside", "`-9` to stop it at once").replace(
        "rm -r old-build", "kill -9 4242").replace("# rm", "# kill")
    assert [fact for fact in facts(text) if fact[1] == "flag"] == [(5, "flag", "kill", "-9", "stop it at once")]


NEEDED = (
    "# git\n"
    "\n"
    "## Every branch\n"
    "\n"
    "If you need the branches of the remotes too, use the `-a` flag.\n"
    "\n"
    "```bash\n"
    "git branch -a\n"
    "```\n"
)


def test_if_you_need_something_use_a_flag_is_the_flags() -> None:
    assert [fact for fact in facts(NEEDED) if fact[1] == "flag"] == [
        (5, "flag", "git branch", "-a", "the branches of the remotes too")]


def test_a_heading_naming_what_the_flag_gives_is_not_the_lines_meaning() -> None:
    text = NEEDED.replace("## Every branch", "## List remote branches")
    assert [fact[1] for fact in facts(text)] == ["flag"]
    assert 8 in warned(text)
    other = NEEDED.replace("## Every branch", "## Look around")  # another task: the heading still says the line's
    assert ("command", "git branch -a", "Look around") in [(f[1], f[3], f[4]) for f in facts(other)]
