"""Git aliases in a fenced ``[alias]`` section of a git config file, glossed by comments (pure).

::

    ```ini
    [alias]
      # Show the last commit
      last = log -1 HEAD
      # Amend, add, push
      am = commit --amend
      ad = add --all
      ps = push
    ```

Each alias is a command of git (``git last``), and the comment over it says what it does.  A comment
over several aliases that lists as many parts as there are aliases (``Amend, add, push``) gives each
its part, in order; one that does not split so gives each the whole comment when it says what is done
(it opens with a verb: ``Find the merge bases of …``) and nothing otherwise (``Nice shortcuts`` names
a group, not what each does).  An alias with no comment over it is left out: its expansion is how it
is written, not what it is for.  ``(@someone)`` crediting the alias's author is no part of the meaning,
nor is a usage example after a colon (``Add and commit: git c "message"``).

A dotfile kept whole (:mod:`quizzer.extract.bare_scripts` reads it as one block) often sets each entry apart:
a rule comment of no word (``# - - - -``) ends a group, a comment that is a sentence of its own (``# Commit
all changes.``) still says what the alias under the blank line after it does, a bare ``#`` ends what the comment
says (links and ``Note:`` lines after it are remarks), and a value going on over lines ending in a backslash
(``credit = "!f() { \\``) is one alias.  A setting of another section under such a sentence
(``[diff]`` / ``# Show blocks of moved text …`` / ``colorMoved = zebra``) is a concept, ``diff.colorMoved``.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import IMPERATIVES
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation
from quizzer.text import clean

__all__ = ["read"]

REASON_SETTING = "git config setting under the comment that says what it does"

_SECTION = lazyre.pattern(r"^\s*\[(?P<name>[^\]]+)\]\s*$")
_ALIAS = lazyre.pattern(r"^\s*(?P<name>[A-Za-z][\w-]*)\s*=\s*(?P<expansion>\S.*)$")
_COMMENT = lazyre.pattern(r"^\s*[#;]\s?(?P<text>.*)$")
_CREDIT = lazyre.pattern(r"\s*\((?:@[\w.-]+|via\s[^)]*)\)\s*$")  # "(@leeb)": who wrote it
_USAGE = lazyre.pattern(r"\s*:\s*git\s+\S.*$")  # "…: git credit "Lee" lee@example.com": how it is typed
_LINK = lazyre.pattern(r"^(?:via\s+)?https?://\S+$", re.IGNORECASE)
# the parts a comment lists: "a, b, c, and d", "a, b and c"
_PARTS = lazyre.pattern(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_WORDED = lazyre.pattern(r"\w")  # a comment of no word ("# - - - -", "# ====") is a rule between entries
# a comment that is a sentence of its own ("# Commit all changes.") says what the alias under it does across
# the blank line between them
_SAYS_WHOLE = lazyre.pattern(r"[\w)][.!]$")


def _groups(lines: tuple[tuple[int, str], ...]) -> list[tuple[str, tuple[int, str] | None, list[str]]]:
    """The settings of each section (the aliases of ``[alias]``), grouped under the comment above them: (the
    section's name as git spells it, ``alias``, ``diff.bin``; comment line and text, or None; setting names)."""
    groups: list[tuple[str, tuple[int, str] | None, list[str]]] = []
    inside = ""
    comment: tuple[int, str] | None = None
    open_group = False
    fresh = True  # the next comment line starts a comment (none yet, or a blank line or an alias came between)
    said_all = False  # a bare "#" ended the comment's first paragraph: what follows is a remark
    going_on = False  # the line before ended in a backslash: this one is the alias's value going on
    for number, text in lines:
        if going_on:
            going_on = text.endswith("\\")
            continue
        section = _SECTION.match(text)
        if section is not None:
            inside = ".".join(part.strip('"') for part in section.group("name").split())
            comment, open_group, fresh = None, False, True
            continue
        said = _COMMENT.match(text)
        if said is not None:
            body = said.group("text").strip()
            if _LINK.match(body):
                continue  # "# via http://…": where the alias came from
            if body and not _WORDED.search(body):
                comment, open_group, fresh = None, False, True  # "# - - - -": a rule between entries
            elif open_group or fresh:
                comment, said_all = ((number, body) if body else None), False
            elif not body:
                said_all = True
            elif not said_all and comment is not None:
                comment = (comment[0], f"{comment[1]} {body}")  # a comment going on over two lines
            open_group = fresh = False
            continue
        if not text.strip():
            if open_group or comment is None or not _SAYS_WHOLE.search(comment[1]):
                comment = None  # a blank line ends the comment, unless a sentence of its own over the next alias
            open_group, fresh = False, True
            continue
        alias = _ALIAS.match(text)
        if alias is None:
            continue
        going_on = text.endswith("\\")
        if open_group and groups:
            groups[-1][2].append(alias.group("name"))
        else:
            groups.append((inside, comment, [alias.group("name")]))
            open_group, fresh = True, True
    return groups


def _meaning(comment: str) -> str:
    """The comment without who wrote it or how it is typed."""
    return clean(_USAGE.sub("", _CREDIT.sub("", comment))).rstrip(".")


def _meanings(comment: str, count: int) -> list[str] | None:
    """What each of ``count`` aliases under ``comment`` does, or None when the comment does not say."""
    text = _meaning(comment)
    if not text:
        return None
    if count == 1:
        return [text]
    parts = [part for part in _PARTS.split(text) if part]
    if len(parts) == count:
        return parts
    if text.split()[0].casefold() in IMPERATIVES:
        return [text] * count
    return None


def read(walk: Walk, block: Code) -> bool:
    """Notes for the aliases of a fenced ``[alias]`` section; False if the block holds none."""
    if not any(_SECTION.match(text) and text.strip().casefold() == "[alias]" for _, text in block.lines):
        return False
    groups = _groups(block.lines)
    if not groups:
        return False
    for section, comment, names in groups:
        if comment is None or not section:
            continue
        if section.casefold() != "alias":
            # a sentence of its own ("# Rebase local work on top of what was fetched."), not a note ("# who I am")
            text = _meaning(comment[1])
            if len(names) == 1 and text[:1].isupper() and _SAYS_WHOLE.search(comment[1]):
                setting = f"{section}.{names[0]}"  # "diff.colorMoved": the setting as git config names it
                walk.add(Kind.CONCEPT, term=setting, front=setting, back=text, command=None, line=comment[0],
                         reason=REASON_SETTING)
            continue
        meanings = _meanings(comment[1], len(names))
        for name, meaning in zip(names, meanings or ()):
            invocation = parse_invocation(f"git {name}")
            if invocation is not None:
                walk.add_command(invocation, meaning, comment[0], reason="git alias under the comment that says what it does")
    return True
