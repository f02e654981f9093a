"""A sentence naming a command after its noun and saying what it does in a clause (``… has a handy utility `pv`
that shows …``), of a program the notes' code blocks run (quizzer.extract.narrative.command_which), in examples of
our own."""

from __future__ import annotations

from tests.conftest import facts

PV = (
    "# Watching a copy\n"
    "\n"
    "Linux has a handy utility `pv` that can show the progress of data through a pipe.\n"
    "\n"
    "To write an image and see how far it got:\n"
    "\n"
    "```bash\n"
    "pv disk.img > /dev/sdb\n"
    "```\n"
)


def test_the_named_command_does_what_the_clause_says() -> None:
    assert (3, "command", "pv", "pv", "show the progress of data through a pipe") in facts(PV)


def test_a_name_no_code_block_runs_and_quizzer_does_not_know_is_no_command() -> None:
    text = PV.replace("`pv`", "`pipeview`")
    assert [fact for fact in facts(text) if fact[3] == "pipeview"] == []


def test_a_command_sentence_that_leads_into_the_block_is_no_meaning() -> None:
    text = PV.replace(
        "To write an image and see how far it got:",
        "The `pv` command is blocking, so to run it in the background you can do that like so:",
    )
    assert [fact[4] for fact in facts(text) if fact[3] == "pv"] == ["show the progress of data through a pipe"]


def test_backticks_written_as_text_are_read_as_code_spans_are() -> None:
    # "\`pv\`": no code span among the spans, the backticks are in the text; the sentence readers ask for a
    # backtick in the marked text (their patterns need one), not for a code span, so it reads as before
    text = PV.replace("`pv`", "\\`pv\\`")
    assert (3, "command", "pv", "pv", "show the progress of data through a pipe") in facts(text)
