"""Shell forms over a stand-in command as headings, and console sessions narrated by comments (issue 6, x-en4).

Examples are our own, about other forms and programs than any note of the corpus.
"""

from __future__ import annotations

import pytest

from conftest import draft, facts
from quizzer.extract.knowledge import STAND_IN_COMMANDS
from quizzer.extract.shell_forms import is_form

_PIPE = """# Shell plumbing

## cmd1 | cmd2

Send what cmd1 prints to the input of cmd2.

```console
$ ps aux | grep sshd
root  812  0.0  sshd
```
"""

_BACKGROUND = """command &
---------
Run command in the background. The shell prints the job number and goes on.

```console
$ sleep 60 &
[1] 4242
```

cmd1 && cmd2
---
Run cmd2 only when cmd1 succeeds.
"""


def test_a_stand_in_form_heading_and_its_paragraph_are_one_concept() -> None:
    assert facts(_PIPE) == [(5, "concept", None, "cmd1 | cmd2", "Send what cmd1 prints to the input of cmd2.")]


def test_the_paragraph_is_the_forms_not_the_example_lines_below_it() -> None:
    notes = draft(_PIPE).notes
    assert all(note.command is None for note in notes)  # no "ps" card glossed by the form's sentence
    assert [note.reason for note in notes] == ["heading: a shell form over a stand-in command, the paragraph under it"]


def test_setext_form_headings_take_the_first_sentence() -> None:
    assert facts(_BACKGROUND) == [
        (3, "concept", None, "command &", "Run command in the background."),
        (12, "concept", None, "cmd1 && cmd2", "Run cmd2 only when cmd1 succeeds."),
    ]


def test_a_code_span_opening_a_clause_of_its_own_ends_the_sentence() -> None:
    text = "## cmd |& less\n\nsame as `cmd 2>&1 | less` `|&` is the short spelling.\n"
    assert facts(text) == [(3, "concept", None, "cmd |& less", "same as cmd 2>&1 | less")]


def test_a_form_in_angle_brackets_is_a_form_too() -> None:
    text = "### <cmd> ; <cmd>\n\nRun one command after the other, whatever the first returns.\n"
    assert facts(text) == [
        (3, "concept", None, "<cmd> ; <cmd>", "Run one command after the other, whatever the first returns.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "## cmd > file\n\nExamples:\n\n```\n$ uptime > load.txt\n```\n",  # a lead-in into the block
        "## cmd > file\n\n- writes stdout into the file\n- truncates it first\n",  # a list, not a paragraph
        "## cmd > file\n\n`cmd 1> file`\n",  # another form, not a meaning
        "## Command output\n\nWhere the output of a command goes.\n",  # no operator: a topic heading
    ],
)
def test_other_shapes_under_a_form_heading_make_no_form_card(text: str) -> None:
    assert not [note for note in draft(text).notes if note.reason.startswith("heading: a shell form")]


@pytest.mark.parametrize(
    ("heading", "form"),
    [
        ("cmd > file", True), ("CMD 2>&1", True), ("[command] | tee log", True), ("prog <<< word", True),
        ("cmd1 || cmd2", True), ("cmd", False), ("cmd file", False), ("ls > file", False), ("command -v git", False),
    ],
)
def test_what_is_a_form(heading: str, form: bool) -> None:
    assert is_form(heading) is form


@pytest.mark.parametrize("word", sorted(STAND_IN_COMMANDS))
def test_every_stand_in_word_makes_a_form_heading(word: str) -> None:
    text = f"## {word} >> notes.txt\n\nAdd what it prints to the end of notes.txt.\n"
    assert facts(text) == [(3, "concept", None, f"{word} >> notes.txt", "Add what it prints to the end of notes.txt.")]


_NARRATED = """# Watching a log

second window
```bash
$ tail -f app.log
$ make  # the build runs in the first window
make: Nothing to be done for 'all'.  # and its message shows up here
```
"""


def test_a_session_with_remarks_after_its_output_is_warned_not_carded() -> None:
    made = draft(_NARRATED)
    assert not made.notes
    assert [w.line for w in made.warnings] == [4]
    assert "remarks after what it printed" in made.warnings[0].message


def test_comments_after_commands_alone_still_gloss_them() -> None:
    text = "# x\n\n```console\n$ uptime  # how long the machine has run\n 10:01  up 3 days\n```\n"
    assert facts(text) == [(4, "command", "uptime", "uptime", "how long the machine has run")]
