"""A root prompt ``#`` over what its line printed, in notes that write it once: a known program given an option or
piped (``# mount | grep data``) over a line only a program prints (a mode string, a parenthesis after words) (quizzer/extract/root_fences.py), in
examples of our own (x-f26en)."""

from __future__ import annotations

from conftest import draft, facts

_SESSION = (
    "# Disk quotas\n"  # 1
    "\n"
    "Here is what it looks like on one server.\n"  # 3
    "```bash\n"
    "# mount | grep data\n"  # 5
    "data on /srv/data type ext4 (rw,noatime)\n"  # 6
    "\n"
    "# ls -l /srv\n"  # 8
    "drwxr-x--- 2 root staff 4 Mar 3 10:01 data/\n"  # 9
    "```\n"
    "\n"
    "## Show the quota of a user\n"  # 12
    "```bash\n"
    "# Print the limits of user alice.\n"  # 14
    "quota -u alice\n"  # 15
    "```\n"
)


def test_a_root_line_over_what_it_printed_makes_no_card_of_the_output() -> None:
    result = draft(_SESSION)
    assert [n.line for n in result.notes if n.line in (5, 6, 8, 9)] == []
    assert (15, "command", "quota", "quota -u alice", "Print the limits of user alice.") in facts(_SESSION)


def test_a_line_a_shell_could_run_under_a_root_line_is_not_taken_for_output() -> None:
    # "imgtool" is unknown, but nothing in its line says it was printed: the "#" line is no prompt, the line a command
    text = "## Shrink\n```bash\n# convert -resize 50% a.png\nimgtool shrink a.png\n```\n"
    assert [line for line, *_ in facts(text)] == [4]


def test_a_comment_in_words_over_a_line_stays_a_comment() -> None:
    # "sort" is a program, but no option and no pipe follow it: words, over the command they describe
    text = "## Tidy\n```bash\n# sort the names\nnamesort people.txt\n```\n"
    assert facts(text) == [(4, "command", "namesort", "namesort people.txt", "sort the names")]


def test_a_root_line_over_a_known_command_stays_a_comment() -> None:
    # the line under it runs a program quizzer knows: the "#" line is no prompt, the line a command
    text = "## Search\n```bash\n# grep -r TODO src\nrg TODO src\n```\n"
    assert [line for line, *_ in facts(text)] == [4]
