"""A line in a code block that repeats the line above it with one flag added, glossed by its trailing comment
(x-f33en1), in examples of our own.

``# Show local branches`` / ``git branch`` / ``git branch -r    # Remote branches too``: the comment says what ``-r``
adds, a flag note of git branch, not a card teaching that ``git branch -r`` does only that.  Any other difference
between the two lines (an argument changed, two flags added, flags bundled otherwise) and the comment may speak of
that too: the line keeps its command card.  So does a variant in a block whose every line is glossed beside it: each
gloss says what its own line does.
"""

from __future__ import annotations

from conftest import draft, facts, warned

from quizzer.extract.flag_variants import added_flag
from quizzer.shell import Invocation, parse_invocation

BRANCHES = """# Git

## Branches

```sh
# Show local branches
git branch
git branch -r    # Remote branches too
```
"""


def test_the_comment_of_a_line_adding_one_flag_is_the_flags() -> None:
    assert facts(BRANCHES) == [
        (7, "command", "git branch", "git branch", "Show local branches"),
        (8, "flag", "git branch", "-r", "Remote branches too"),
    ]


PATHS = """# Disk

## Usage

```sh
# Size of a folder
du /srv/www
du -a /srv/www    # every file as well
```
"""


def test_the_arguments_of_the_line_above_may_stay_around_the_added_flag() -> None:
    assert facts(PATHS)[-1] == (8, "flag", "du", "-a", "every file as well")


OTHER_ARGUMENT = BRANCHES.replace("git branch -r    #", "git branch -r origin    #")
TWO_FLAGS = BRANCHES.replace("git branch -r    #", "git branch -r -v    #")
COMMENT_ABOVE = BRANCHES.replace("git branch -r    # Remote branches too", "# Remote branches too\ngit branch -r")


def test_a_line_differing_otherwise_keeps_its_command_card() -> None:
    assert facts(OTHER_ARGUMENT)[-1][:2] == (8, "command")
    assert facts(TWO_FLAGS)[-1][:2] == (8, "command")


def test_a_comment_above_the_variant_says_what_the_whole_line_does() -> None:
    assert facts(COMMENT_ABOVE)[-1][:4] == (9, "command", "git branch", "git branch -r")


def test_added_flag() -> None:
    def read(line: str) -> Invocation:
        invocation = parse_invocation(line)
        assert invocation is not None
        return invocation

    assert added_flag(read("kill -9 1234"), read("kill 1234")) == "-9"
    assert added_flag(read("ls -la"), read("ls -l")) is None
    assert added_flag(read("ls -l a"), read("ls b")) is None
    assert added_flag(read("ls a -l"), read("ls a")) == "-l"


ALL_BESIDE = """# Git

## Branches

```sh
git branch       # Show local branches
git branch -r    # Show remote branches
```
"""


def test_a_variant_among_lines_all_glossed_beside_them_keeps_its_command_card() -> None:
    assert facts(ALL_BESIDE)[-1] == (7, "command", "git branch", "git branch -r", "Show remote branches")


def test_a_variant_in_a_block_glossing_other_lines_beside_them_keeps_its_command_card() -> None:
    text = BRANCHES.replace("git branch -r    # Remote branches too\n", "git branch -r    # Remote branches too\n"
                            "git branch -m old new    # Rename a branch\n")
    assert [fact[:2] for fact in facts(text)] == [(7, "command"), (8, "command"), (9, "command")]


STEPS = """# Jobs

Stopping a job:

1. Stop the job:
   ```bash
   kill 4242
   ```
2. If it hangs, end it at once:
   ```bash
   kill -9 4242
   ```
"""


def test_a_step_whose_line_is_the_line_of_the_step_before_with_a_flag_added_makes_no_card_of_it() -> None:
    notes = draft(STEPS).notes
    assert [note.front for note in notes if note.kind.value == "command"] == ["kill 4242"]
    assert 11 in warned(STEPS)


def test_a_step_with_another_line_keeps_its_card() -> None:
    text = STEPS.replace("kill -9 4242", "pkill -9 myjob")
    assert [note.front for note in draft(text).notes if note.kind.value == "command"] == ["kill 4242", "pkill -9 myjob"]
