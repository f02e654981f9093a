"""Bullets after a code block, each glossing one word of its line (pure).

    ```
    ps aux --sort=-%mem
    ```

    - `ps`는 실행 중인 프로세스에 대한 정보를 표시하는 명령
    - `aux`는 출력 형식을 지정하는 옵션.
    - `--sort=-%mem` 은 메모리 비율에 따라 출력을 정렬하는 옵션

Each bullet opens with a word of the line in code, then (after a particle, a colon or a dash) what that word
is there: the program's bullet says what the program does, a flag's what the flag does in this line.  Read as
one note of the whole line they would join several facts; each is its own note.  A bullet that names no word
of the line (``- ``-a`` 옵션은 …``, a letter of ``aux``) is warned about, not guessed at.  At least two bullets
must name words of the line, the first among them.

Bullets that each gloss an option (``- `-l` 옵션은 …`` / ``- `-r` 플래그는 …``) are not such glosses of the line's
words: they are what ``- `-l`: …`` bullets are, one fact of each option (:func:`options`), a flag of the line when
it passes them all, else a list of its program's options; never one note of the line.  A bullet going on past a line break (a hard break, ``\\`` or
two spaces, or a soft one) gives its first line; the rest is warned about.

A bullet may name a run of words of the line (its arguments, an option with its value)::

    ```
    $ seq -s ", " 1 3 10
    ```

    - `-s ", "` : 구분자는 `, `.
    - `1 3 10` : 1부터 10까지 출력한다.

A run that opens with a flag is glossed in that line: a flag note of the run.  A run of arguments (or every word
after the program) says what they make the line do: a command note of the whole line; one bullet alone is read so when it names such a run, or a run of two words
or more after a colon (``- `1 3` : 1부터 3까지 출력한다``): the words of the line it explains, no term.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import inline_of
from quizzer.extract.model import Kind
from quizzer.extract.terms import FlagDef
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, tokenize
from quizzer.text import clean

__all__ = ["options", "read"]

REASON = "bullet after a code block glossing one word of its line"
ARGUMENTS_REASON = "bullet after a code block glossing the arguments of its line"
# a line opening a block of its own: the next bullet or item, a fence, a heading, a quote
_OPENS_BLOCK = lazyre.pattern(r"\s*(?:[-*+]\s|\d+[.)]\s|```|~~~|#|>)")
# (after an option, "옵션은" / "플래그는": "the option …", the word option with its particle, is the separator too)
_PART = lazyre.pattern(
    r"^\s*[-*+]\s+(?P<ticks>`+)\s*(?P<part>[^`]+?)\s*(?P=ticks)\s*"
    r"(?P<sep>(?:옵션|플래그)\s*(?:은|는|이|가)|은|는|이|가|[:：]|-|–)?\s+(?P<gloss>\S.*)$"
)
_OPTION = lazyre.pattern(r"--?[A-Za-z0-9][\w-]*")


def read(walk: Walk, invocation: Invocation, bullets: list[tuple[int, str]]) -> bool:
    """Notes of the ``bullets`` after the block whose line is ``invocation``; False when they are not such glosses."""
    words = tokenize(invocation.line)
    parts = [(line, text, _PART.match(walk.written(line) or "")) for line, text in bullets]
    named = [line for line, _text, match in parts if match is not None and _run(match.group("part"), words)]
    if not named or named[0] != bullets[0][0] or len(named) < 2 and not _arguments_glossed(parts[0][2], words):
        return False
    program = words[0]
    for line, text, match in parts:
        if match is None or not _run(match.group("part"), words):
            walk.warn(line, _(
                "line {line}: the bullet names no word of the line '{command}' above it; not made a card"
            ).format(line=line, command=invocation.line))
            continue
        part = match.group("part")
        if _goes_on(walk.written(line + 1) or "", text):  # "… 나열. \\" / "  mem 앞의 -는 …"
            walk.warn(line, _(
                "line {line}: the bullet goes on past its first line; only its first line was read"
            ).format(line=line))
        # the gloss as markdown reads it (**bold**, a link, a code span: their text), "… 나열. \\": a hard break
        gloss = clean(inline_of(match.group("gloss").rstrip("\\ "), {}).plain)
        if part == program:
            walk.add(Kind.COMMAND, term=program, front=program, back=gloss, command=program, line=line,
                     answers=(program,), reason=REASON)
        elif " " in part.strip() and not part.startswith("-") or tokenize(part) == words[1:]:
            # "- `1 3` : …" under "seq 1 3", "- `0 5 10` : …" under "seq -w 0 5 10": its arguments, what they
            # make the line do
            walk.add_command(invocation, gloss, line, reason=ARGUMENTS_REASON)
        else:
            walk.add(Kind.FLAG, term=part, front=part, back=gloss, command=invocation.command, line=line,
                     answers=(part,), context=invocation.line, reason=REASON)
    return True


def options(walk: Walk, bullets: list[tuple[int, str]]) -> list[tuple[int, FlagDef]] | None:
    """Each of two bullets or more after a block glossing one option in code (``- `-a` 옵션은 모든 프로세스를 표시.``):
    the option and what it does, as a ``-x: meaning`` bullet gives them; None when any bullet is otherwise."""
    if len(bullets) < 2:
        return None
    told: list[tuple[int, FlagDef]] = []
    for line, text in bullets:
        match = _PART.match(walk.written(line) or "")
        if match is None or _OPTION.fullmatch(match.group("part")) is None or _goes_on(walk.written(line + 1) or "", text):
            return None
        told.append((line, FlagDef(match.group("part"), clean(inline_of(match.group("gloss").rstrip("\\ "), {}).plain), ())))
    return told


def _run(part: str, words: tuple[str, ...]) -> bool:
    """Is ``part`` one word of the line or a run of its words after the program (``1 3 10``, ``-s ", "``)?"""
    if part in words:
        return True
    run = tokenize(part)
    return len(run) > 1 and any(words[n : n + len(run)] == run for n in range(1, len(words) - len(run) + 1))


def _arguments_glossed(match: re.Match[str] | None, words: tuple[str, ...]) -> bool:
    """A bullet alone that glosses the line's words after a colon: all its arguments, or two words or more."""
    if match is None or match.group("sep") not in (":", "："):
        return False
    run = tokenize(match.group("part"))
    return run == words[1:] or len(run) > 1 and _run(match.group("part"), words)


def _goes_on(next_line: str, text: str) -> bool:
    """Is ``next_line`` (the line under a bullet's first) more of the bullet, whose text (all its lines, joined)
    is ``text``?"""
    words = next_line.split()
    return bool(words) and _OPENS_BLOCK.match(next_line) is None and words[-1].strip("`*_") in text
