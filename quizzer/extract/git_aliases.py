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
"""

from __future__ import annotations

import re

from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import IMPERATIVES
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation
from quizzer.text import clean

__all__ = ["read"]

_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*$")
_ALIAS = re.compile(r"^\s*(?P<name>[A-Za-z][\w-]*)\s*=\s*(?P<expansion>\S.*)$")
_COMMENT = re.compile(r"^\s*[#;]\s?(?P<text>.*)$")
_CREDIT = re.compile(r"\s*\((?:@[\w.-]+|via\s[^)]*)\)\s*$")  # "(@leeb)": who wrote it
_USAGE = re.compile(r"\s*:\s*git\s+\S.*$")  # "…: git credit "Lee" lee@example.com": how it is typed
_LINK = re.compile(r"^(?:via\s+)?https?://\S+$", re.IGNORECASE)
# the parts a comment lists: "a, b, c, and d", "a, b and c"
_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _groups(lines: tuple[tuple[int, str], ...]) -> list[tuple[tuple[int, str] | None, list[str]]]:
    """The aliases of the ``[alias]`` section, grouped under the comment above them: (comment line and
    text, or None; alias names)."""
    groups: list[tuple[tuple[int, str] | None, list[str]]] = []
    inside = False
    comment: tuple[int, str] | None = None
    open_group = False
    for number, text in lines:
        section = _SECTION.match(text)
        if section is not None:
            inside = section.group("name").strip().casefold() == "alias"
            comment, open_group = None, False
            continue
        if not inside:
            continue
        said = _COMMENT.match(text)
        if said is not None:
            body = said.group("text").strip()
            if _LINK.match(body):
                continue  # "# via http://…": where the alias came from
            if open_group or comment is None:
                comment = (number, body)
            else:
                comment = (comment[0], f"{comment[1]} {body}")  # a comment going on over two lines
            open_group = False
            continue
        if not text.strip():
            comment, open_group = None, False
            continue
        alias = _ALIAS.match(text)
        if alias is None:
            continue
        if open_group and groups:
            groups[-1][1].append(alias.group("name"))
        else:
            groups.append((comment, [alias.group("name")]))
            open_group = True
    return groups


def _meanings(comment: str, count: int) -> list[str] | None:
    """What each of ``count`` aliases under ``comment`` does, or None when the comment does not say."""
    text = clean(_USAGE.sub("", _CREDIT.sub("", comment))).rstrip(".")
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
    for comment, names in groups:
        meanings = _meanings(comment[1], len(names)) if comment is not None else None
        if comment is None or meanings is None:
            continue
        for name, meaning in zip(names, meanings):
            invocation = parse_invocation(f"git {name}")
            if invocation is not None:
                walk.add_command(invocation, meaning, comment[0], reason="git alias under the comment that says what it does")
    return True
