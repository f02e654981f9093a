"""``* `mysql> flush privileges;` `` under a heading or a sentence: statements typed at a program's prompt,
written as list items in inline code (pure).

    ### 변경된 권한 적용

    * `mysql> flush privileges;`

The prompt names the program (``mysql>``, ``redis>``; a bare ``>`` in notes whose title names a program with
a shell of its own); the text right above the list (a heading, or a sentence) says what the statements do.
One statement, or statements that are one command with other arguments (``grant … to a``, ``grant … to b``),
or items the notes mark as alternatives (``… 또는``), make one note; different statements under one
description (``use db;`` then ``select …``) do not say which does what: a warning, no card.  A statement
with a bullet of its own nested under it is glossed by that bullet.
"""

from __future__ import annotations

import re

from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import SHELL_PROGRAMS, SQL_OBJECT_VERBS, is_label
from quizzer.extract.model import Kind
from quizzer.extract.repl import shell_program
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean, strip_numbering

__all__ = ["read"]

# "* `mysql> grant …;` 또는": an item that is one code span holding a prompt and a statement
_ITEM = re.compile(
    r"^(?P<indent>\s*)[-*+]\s+`\s*(?P<name>[A-Za-z][\w-]*)?>\s+(?P<typed>[^`]*\S)\s*`\s*(?P<alt>또는|혹은|or)?\s*$"
)
_BULLET = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_WORDY = re.compile(r"[^\W\d_]{2,}")


def read(walk: Walk, block: Para, depth: int) -> bool:
    """Read the list of prompt statements starting at ``block``; True for each item of one already read."""
    if block.line <= walk.prompt_until:
        return True  # an item (or the gloss under one) of a list of statements read at its first item
    first = _ITEM.match(walk.written(block.line) or "")
    if first is None or depth != 1:
        return False
    program = _program(walk, first.group("name"))
    if program is None:
        return False
    items, glossed, end = _group(walk, block.line, len(first.group("indent")))
    walk.prompt_until = end
    for line, typed, gloss_line, gloss in glossed:
        walk.add(Kind.COMMAND, term=typed, front=typed, back=gloss, command=program, line=gloss_line,
                 reason="statement typed at a program's prompt, its meaning nested under it")
    if not items:
        return True
    described = _description(walk, block.line)
    if described is None:
        for line, _typed, _alt in items:
            walk.warn(line, _("line {line}: nothing above says what this statement does; no card made from it").format(
                line=line))
        return True
    where, text = described
    statements = [typed for _, typed, _ in items]
    alternatives = all(alt for _, _, alt in items[:-1])
    if len(items) > 1 and not alternatives and len({_verb(s) for s in statements}) > 1:
        walk.warn(items[0][0], _(
            "lines {first}-{last}: different statements under one description ('{text}'); which does what is "
            "not said, so no card made from them"
        ).format(first=items[0][0], last=items[-1][0], text=text))
        return True
    answers = tuple(dict.fromkeys(clean(s) for s in statements))
    walk.add(Kind.COMMAND, term=answers[0], front=answers[0], back=text, command=program, line=where,
             answers=answers, reason="heading or sentence over statements typed at a program's prompt")
    walk.prose = None
    return True


def _program(walk: Walk, name: str | None) -> str | None:
    if name:
        return SHELL_PROGRAMS.get(name.lower())
    return shell_program(walk)


def _verb(statement: str) -> str:
    """What a statement does, without its arguments: ``grant``, ``show grants``, ``drop user``."""
    words = statement.lower().split()
    return " ".join(words[:2]) if words and words[0] in SQL_OBJECT_VERBS else words[0] if words else ""


def _group(walk: Walk, start: int, indent: int) -> tuple[list[tuple[int, str, bool]], list[tuple[int, str, int, str]], int]:
    """The prompt items from ``start`` on at one indent: (line, statement, marked as an alternative); those with
    a bullet of prose nested under them (line, statement, gloss line, gloss); the last line read."""
    items: list[tuple[int, str, bool]] = []
    glossed: list[tuple[int, str, int, str]] = []
    line, end = start, start
    while True:
        text = walk.written(line)
        if text is None:
            break
        if not text.strip():
            line += 1
            continue
        item = _ITEM.match(text)
        if item is None or len(item.group("indent")) != indent:
            break
        typed = clean(item.group("typed"))
        under = _nested_gloss(walk, line + 1, indent)
        if under is not None:
            glossed.append((line, typed, under[0], under[1]))
            end = line = under[0]
        else:
            items.append((line, typed, bool(item.group("alt"))))
            end = line
        line += 1
    return items, glossed, end


def _nested_gloss(walk: Walk, line: int, indent: int) -> tuple[int, str] | None:
    """``  * host가 … 허용`` right under a statement, more indented: what that statement does."""
    text = walk.written(line)
    bullet = _BULLET.match(text or "")
    if bullet is None or len(bullet.group("indent")) <= indent or "`" in bullet.group("text"):
        return None
    after = walk.written(line + 1) or ""
    nested_more = _BULLET.match(after)
    if nested_more is not None and len(nested_more.group("indent")) > indent:
        return None  # more than one line under it: a list of its own, not one gloss
    gloss = clean(bullet.group("text"))
    return (line, gloss) if _WORDY.search(gloss) and not is_label(gloss) else None


def _description(walk: Walk, line: int) -> tuple[int, str] | None:
    """The heading or the sentence right above the list, and its line."""
    for n in range(line - 1, max(0, line - 4), -1):
        text = walk.written(n)
        if text is None:
            return None
        if not text.strip():
            continue
        heading = _HEADING.match(text)
        if heading:
            words = strip_numbering(clean(heading.group("text")))
            return (n, words) if words and not is_label(words) else None
        if _BULLET.match(text) or text.lstrip().startswith((">", "```", "~~~", "|")):
            return None
        sentence = clean(text)
        if len(sentence) > 120 or sentence.endswith((":", "：")):
            return None  # a long paragraph or a lead-in: it does not name what the statement does
        return n, sentence
    return None
