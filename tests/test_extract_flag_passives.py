"""A sentence saying in the passive what can be done with a flag (``Verbose output can be turned on with `-v`.``):
the flag of the one program the notes run (quizzer.extract.flag_passives), in examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned

RSYNC = (
    "# Copying folders\n"
    "\n"
    "Copies keep going after a drop. Progress can be shown with `-P`.\n"
    "\n"
    "To back up the photos:\n"
    "\n"
    "```bash\n"
    "rsync -a -P photos/ backup:/photos/\n"
    "```\n"
)


def test_the_flag_is_the_one_run_programs_and_means_the_sentence_up_to_it() -> None:
    assert (3, "option", "rsync", "-P", "Progress can be shown") in facts(RSYNC)


def test_a_second_flag_in_a_clause_without_its_verb_is_warned() -> None:
    text = RSYNC.replace("with `-P`.", "with `-P` and deletions with `--delete`.")
    assert [fact[3] for fact in facts(text) if fact[3].startswith("-")] == ["-P"]
    assert 3 in warned(text)


def test_notes_running_two_programs_leave_the_flag_unowned() -> None:
    text = RSYNC + "\nTo copy one file over another port:\n\n```bash\nscp -P 2222 a.txt host:\n```\n"
    assert [fact for fact in facts(text) if fact[3] == "-P" and fact[0] == 3] == []
    assert 3 in warned(text)


def test_more_said_after_the_flag_is_not_this_style() -> None:
    text = RSYNC.replace("with `-P`.", "with `-P` when the link is slow.")
    assert [fact for fact in facts(text) if fact[3] == "-P"] == []


def test_a_pronoun_subject_points_at_an_earlier_sentence_and_is_warned() -> None:
    text = RSYNC.replace("Progress can be shown with `-P`.", "Progress is shown. It can be turned off with `--no-progress`.")
    assert [fact for fact in facts(text) if fact[3] == "--no-progress"] == []
    assert 3 in warned(text)
