"""The options a usage line's slot holds, glossed under a heading that names the slot (pure).

    `tar [옵션] [파일]`

    ### 옵션
    `c` : 새 묶음을 만든다
    `x` : 묶음을 푼다

Korean study notes write a command's usage line with its parts in brackets, then give each part a heading and
gloss what may stand there, one ``term : meaning`` line each.  Under a slot that holds the program's options (its
name says so, ``옵션``/``options``, or the program calls that part of its line so: find's tests and actions,
``knowledge.PROGRAM_OPTION_SLOTS``), each term is an option of the usage line's program, written as the notes
write it (``name``, ``exec [명령어] {} \\;``).  Options written with their dashes (``-i`` : …) are left to the
rules that read any option list under an options heading (Korean keyboard slips, values and all).  A careful reader makes an option card of each.  The heading must
stand right over the lines and name a slot of a usage line written above it; a line that is no ``term : meaning``
is warned about, never joined to the one above.  A slot of other values (``[경로]``, ``[파일]``) is left to the
rules that doubt its lines as arguments.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import OPTION_SLOTS, PROGRAM_OPTION_SLOTS
from quizzer.extract.signals import usage_words
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import looks_like_command
from quizzer.text import clean, strip_numbering

__all__ = ["REASON", "read"]

REASON = "value of an options slot of the usage line, glossed under the heading naming the slot"

_LINE = lazyre.pattern(r"^`(?P<term>[^`\s][^`]*)`\s*[:：]\s+(?P<meaning>\S.*?)\s*$")


def _usage_program(walk: Walk, slot: str) -> str | None:
    """The program of the nearest usage line above the heading that writes ``slot`` as one of its parts."""
    names = {f"[{slot}]", f"<{slot}>", f"{{{slot}}}"}
    for line in range(walk.heading_line - 1, 0, -1):
        words = usage_words(walk.written(line) or "")
        if len(words) > 1 and looks_like_command(words[0]) and not names.isdisjoint(words[1:]):
            return words[0]
    return None


def read(walk: Walk, block: Para) -> bool:
    """Option notes of the ``term : meaning`` lines of ``block``; False when it is not such a paragraph right under a
    heading naming an options slot of a usage line above."""
    if block.lists or block.quote or not walk.sections or walk.heading_block != walk.block - 1:
        return False
    if not block.inline.spans or block.inline.spans[0].kind != "code":
        return False
    slot = strip_numbering(walk.sections[-1].text).strip()
    program = _usage_program(walk, slot) if slot and " " not in slot else None
    if program is None or slot.casefold() not in OPTION_SLOTS | PROGRAM_OPTION_SLOTS.get(program, frozenset()):
        return False
    count = block.inline.raw.strip().count("\n") + 1
    glossed = [(line, _LINE.match((walk.written(line) or "").strip())) for line in range(block.line, block.line + count)]
    if glossed[0][1] is None or any(found is not None and found.group("term").startswith("-") for _, found in glossed):
        return False  # options written with their dashes: read as any option list under an options heading
    for line, found in glossed:
        if found is None:
            walk.warn(line, _(
                "line {line}: not a value of '{slot}' and its meaning ('`term` : meaning'), and not read as more of the "
                "line above; no card made from it"
            ).format(line=line, slot=slot))
            continue
        written = clean(found.group("term")).strip()
        walk.add_option([written.split()[0]], clean(found.group("meaning")), program, line, reason=REASON, written=written)
    return True
