"""English notes by other people: snippet files, task-heading cheat sheets, narratives (issue 6).

Each test is an example of our own of one general reading; it asserts what the notes say.
"""

from __future__ import annotations

import pytest

from quizzer.extract import extract
from quizzer.extract.knowledge import REMARK_LABELS
from conftest import draft as _draft, facts as _facts, warned as _warned


# a '# comment' heading that ends in a colon leads into the line under it; it is no command line ------

SNIPPETS = """# Shell odds and ends

# kill all my jobs:
pkill -u $USER -f .

# count the lines of a file
wc -l notes.txt
"""


def test_a_heading_ending_in_a_colon_describes_the_line_under_it() -> None:
    assert _facts(SNIPPETS) == [
        (4, "command", "pkill", "pkill -u $USER -f .", "kill all my jobs"),  # "-u -f": -u would take -f
        (7, "command", "wc", "wc -l notes.txt", "count the lines of a file"),
    ]


# "process" names a procedure only as the head of the heading, not as "process info" ------------------

PROCESS_INFO = """# Cheats

# Show process list
ps -ef
top
"""

RELEASE = """## Release process

```sh
git tag v1.0
git push origin v1.0
```
"""


def test_process_as_a_modifier_does_not_make_steps() -> None:
    assert not [f for f in _facts(PROCESS_INFO) if f[1] == "step"]


def test_a_process_heading_still_makes_steps() -> None:
    assert _facts(RELEASE) == [
        (4, "step", None, "Release process — step 1", "git tag v1.0"),
        (5, "step", None, "Release process — step 2", "git push origin v1.0"),
    ]


# "e.g. …:" over a block introduces an example (here: output), it says nothing of what a line does -----

EXAMPLE_OUTPUT = """## Upgrade one formula

e.g. Upgrading jq printed this:

```
==> Upgrading 2 dependents:
oniguruma 6.9.4 -> 6.9.8, readline 8.0 -> 8.2
```
"""


def test_an_e_g_lead_in_is_not_a_description() -> None:
    assert _facts(EXAMPLE_OUTPUT) == []


# a task heading, the sentence that says what it does, then remarks: the remarks describe no line -------

TASK = """## Refresh the index

Download the latest list of packages.

_Note: unlike `dnf`, this never upgrades anything._

```sh
$ flatpak update
```

### Add a source

See also [the list of sources](https://example.org/sources).

```sh
$ flatpak remote-add NAME URL
```
"""


def test_a_note_after_the_description_does_not_replace_it() -> None:
    facts = _facts(TASK)
    assert (8, "command", "flatpak update", "flatpak update", "Download the latest list of packages.") in facts
    assert not [f for f in facts if "unlike" in f[4] or "See also" in f[4]]
    assert 5 in _warned(TASK)  # the remark is said, not dropped


def test_a_see_also_line_leaves_the_heading_as_the_description() -> None:
    assert (16, "command", "flatpak remote-add", "flatpak remote-add", "Add a source") in _facts(TASK)


# a setting switched on or off before the command is part of the line; a path setting is not -----------

SWITCHED = """## Install quietly

Install a package.

```sh
brew install PACKAGE
```

Install without the automatic update.

```sh
HOMEBREW_NO_AUTO_UPDATE=1 brew install PACKAGE
```

Build against the local library.

```sh
LD_LIBRARY_PATH=/opt/lib make
```
"""


def test_a_switch_before_a_command_makes_another_fact() -> None:
    facts = _facts(SWITCHED)
    assert (6, "command", "brew install", "brew install", "Install a package.") in facts
    assert (12, "command", "brew install", "HOMEBREW_NO_AUTO_UPDATE=1 brew install",
            "Install without the automatic update.") in facts
    assert (18, "command", "make", "make", "Build against the local library.") in facts


# under one description, a line that is another line plus a flag the text does not explain ------------

DRY_RUN = """### Upgrade everything

Upgrade all outdated packages.

```sh
$ brew upgrade --dry-run
$ brew upgrade
```
"""


def test_the_variant_with_an_unexplained_flag_is_warned_whichever_comes_first() -> None:
    assert _facts(DRY_RUN) == [(7, "command", "brew upgrade", "brew upgrade", "Upgrade all outdated packages.")]
    assert 6 in _warned(DRY_RUN)


@pytest.mark.parametrize("label", sorted(REMARK_LABELS))
def test_every_remark_label_makes_an_aside(label: str) -> None:
    text = f"## Clean\n\nRemove stale downloads.\n\n{label.capitalize()}: it keeps the newest copy.\n\n```sh\nbrew cleanup\n```\n"
    assert _facts(text) == [(8, "command", "brew cleanup", "brew cleanup", "Remove stale downloads.")]
    assert 5 in _warned(text)


# a narrative (a TIL, a blog post) around its commands ------------------------------------------------

STORY = """# Small tools I found

I wanted to see which files import yaml, so I moved into the source tree and used `ack` to look:

```
cd ~/src/project
```

Then ran `ack`:

```
ack -l 'import yaml'
```

To list the open ports of this machine:

```bash
ss -tlnp | head -n 5
```

> **Update:** a reader suggests a shorter spelling.

Another tool I use a lot is `tree`.

> **Update:** a reader suggests `tree -L 2` for big folders.

```bash
tree -L 2
```
"""


def test_a_story_that_names_another_program_does_not_describe_the_block() -> None:
    facts = _facts(STORY)
    assert not [f for f in facts if f[3].startswith(("cd", "ack"))]
    assert {3, 9} <= set(_warned(STORY))


def test_a_pager_at_the_end_is_not_needed_in_a_typed_answer() -> None:
    notes = [n for n in _draft(STORY).notes if n.command == "ss"]
    assert [(n.line, n.front, n.back) for n in notes] == [(18, "ss -tlnp | head -n 5", "To list the open ports of this machine")]
    assert "ss -tlnp" in notes[0].answers


def test_an_update_remark_is_no_term_and_describes_no_block() -> None:
    facts = _facts(STORY)
    assert not [f for f in facts if f[3].casefold() == "update" or "reader" in f[4]]
    assert {21, 25} <= set(_warned(STORY))


RUN_ON = """# jq

`jq .` pretty-prints its input.

`jq -e` will also set the exit status from the last output.
"""


def test_a_run_on_remark_with_also_is_no_definition() -> None:
    assert not [f for f in _facts(RUN_ON) if f[3] == "jq -e" or "also" in f[4]]


def test_narration_needs_words_of_its_own() -> None:
    from quizzer.extract.narration import names_other_program, only_narration

    assert only_narration("Then ran rg", ("rg",))
    assert not only_narration("~/.config/app.toml", ("~/.config/app.toml",))  # a file named, nothing told
    assert not only_narration("Then ran rg to find the tests", ("rg",))
    assert names_other_program("So I used ack to look", ("ack",), ["cd ~/src"])
    assert not names_other_program("So I used ack to look", ("ack",), ["ack -l yaml"])
    assert not names_other_program("The value must be quoted", ("value",), ["sqlite3 db 'SELECT 1'"])  # no story


# a numbered procedure, then the block it comes to: the procedure's name describes the block -------------

EXPORT = """Back up your bookmarks
1. Open the browser menu.
2. Choose Bookmarks, then Export.
3. Copy the exported file into the backup folder.

```sh
cp ~/bookmarks.html ~/backup/
```

Print the first page:
1. Open the file.
2. Run the print command:

```sh
lpr -P office report.pdf
```
"""


def test_the_procedures_name_describes_the_block_after_its_last_step() -> None:
    facts = _facts(EXPORT)
    assert (7, "command", "cp", "cp ~/bookmarks.html ~/backup/", "Back up your bookmarks") in facts
    assert (4, "step", None, "Back up your bookmarks — step 3", "Copy the exported file into the backup folder.") in facts
    assert not [f for f in facts if f[1] == "command" and f[4].startswith("Copy")]


def test_a_last_step_that_leads_into_the_block_still_describes_it() -> None:
    assert (15, "command", "lpr", "lpr -P office report.pdf", "Run the print command") in _facts(EXPORT)


# "This does not …" under the sentence that says what a section does: a remark on it ---------------------

MIRRORS = """## Mirrors

Refresh the list of mirrors.

This does not install anything.

```sh
pacman -Syy
```
"""


def test_a_sentence_referring_back_leaves_the_description_above() -> None:
    assert _facts(MIRRORS) == [(8, "command", "pacman", "pacman -Syy", "Refresh the list of mirrors.")]
    assert 5 in _warned(MIRRORS)


NESTED = """## Set up the mirror

1. Install the tool
   ```bash
   pip install mirrortool
   ```

2. Copy the settings
   ```bash
   cp mirror.conf ~/.config/
   ```
"""


def test_a_block_indented_into_a_step_is_that_steps() -> None:
    assert (10, "command", "cp", "cp mirror.conf ~/.config/", "Copy the settings") in _facts(NESTED)


LIKE_THIS = """# Notes

A colleague showed me that the `zipfile` module lists an archive's members like this:

```bash
python -m zipfile -l bundle.zip
```

Then I searched the logs:

```bash
grep -c ERROR app.log
```

The `-c` option makes `grep` print only a count of the matching lines.
"""


def test_a_description_that_ends_by_pointing_at_the_block_still_describes_it() -> None:
    facts = _facts(LIKE_THIS)
    assert (6, "command", "python -m zipfile", "python -m zipfile -l bundle.zip",
            "A colleague showed me that the zipfile module lists an archive's members") in facts


def test_the_option_sentence_after_a_block_glosses_that_flag_of_its_line() -> None:
    assert (15, "flag", "grep", "-c", "makes grep print only a count of the matching lines.") in _facts(LIKE_THIS)


# a key chord with a trailing comment, in notes about a shell (no editor to own the key) -----------------

SHELL_KEYS = """# Handy shell things

ctrl + r \t\t# search the command history

uptime
"""


def test_a_key_chord_with_a_comment_is_a_key_of_the_shell() -> None:
    assert _facts(SHELL_KEYS) == [(3, "command", None, "ctrl + r", "search the command history")]


# keys listed as '#' comment lines (headings once rendered) under a heading that names their program ----

ESCAPES = """# Telnet

# Supported telnet escapes (press Ctrl+] first):
#   ^]  - enter the command prompt
#   z   - suspend telnet
#   q!  - quit at once
# (Escapes work only at the start of a line.)

# List the files:
ls -la
"""


def test_keys_under_a_heading_naming_their_program_are_its_commands() -> None:
    facts = _facts(ESCAPES)
    assert (4, "command", "telnet", "^]", "enter the command prompt") in facts
    assert (6, "command", "telnet", "q!", "quit at once") in facts
    assert (5, "command", "telnet", "z", "suspend telnet") in facts
    assert (10, "command", "ls", "ls -la", "List the files") in facts  # the run ended at the remark
    assert len(facts) == 4
