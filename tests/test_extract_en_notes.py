"""English notes by other people: snippet files, task-heading cheat sheets, narratives (issue 6).

Each test is an example of our own of one general reading; it asserts what the notes say.
"""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _facts(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


def _warned(text: str) -> list[int]:
    return [w.line for w in _draft(text).warnings]


# a '# comment' heading that ends in a colon leads into the line under it; it is no command line ------

SNIPPETS = """# Shell odds and ends

# kill all my jobs:
pkill -u $USER -f .

# count the lines of a file
wc -l notes.txt
"""


def test_a_heading_ending_in_a_colon_describes_the_line_under_it() -> None:
    assert _facts(SNIPPETS) == [
        (4, "command", "pkill", "pkill -u -f .", "kill all my jobs"),
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
