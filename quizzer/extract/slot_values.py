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

A list item may name the slot instead of a heading, the values nested under it one item each (a gloss of the
slot's name in parentheses after it, the term bare or in code)::

    - `chmod [옵션] (reference) (operator) (modes) 파일`
    - operator(연산자)
      - `+`: 권한 추가
      - `-`: 권한 제거

A slot may be written in parentheses as well as in brackets.  A term glossed already under another slot of the
same line (``-`` an operator and, under modes, no permission) is another fact the card's front cannot tell apart:
warned about, no card made from it.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.nested_item import ITEM, depth
from quizzer.extract.knowledge import OPTION_SLOTS, PROGRAM_OPTION_SLOTS
from quizzer.extract.signals import usage_words
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import looks_like_command
from quizzer.text import clean, strip_numbering

__all__ = ["ITEM_REASON", "REASON", "read", "read_item", "slotted_program"]

REASON = "value of an options slot of the usage line, glossed under the heading naming the slot"
ITEM_REASON = "value of an options slot of the usage line, glossed under the item naming the slot"

_LINE = lazyre.pattern(r"^`(?P<term>[^`\s][^`]*)`\s*[:：]\s+(?P<meaning>\S.*?)\s*$")
# a nested item's "term: meaning", the term in code or one bare word ("u: user의 권한")
_ITEM_LINE = lazyre.pattern(r"^(?:`(?P<code>[^`\s][^`]*)`|(?P<bare>[^\s`:：]+))\s*[:：]\s+(?P<meaning>\S.*?)\s*$")
# "reference(대상)", "operator": the slot's name, maybe its gloss in parentheses after it
_SLOT_ITEM = lazyre.pattern(r"^`?(?P<slot>[^\s`()]+)`?\s*(?:\([^()]*\))?\s*$")


def _usage_program(walk: Walk, slot: str, above: int) -> str | None:
    """The program of the nearest usage line above line ``above`` that writes ``slot`` as one of its parts."""
    names = {f"[{slot}]", f"<{slot}>", f"{{{slot}}}", f"({slot})"}
    for line in range(above - 1, 0, -1):
        words = usage_words(walk.written(line) or "")
        if len(words) > 1 and looks_like_command(words[0]) and not names.isdisjoint(words[1:]):
            return words[0]
    return None


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.CODE_FIRST)
def read(walk: Walk, block: Para) -> bool:
    """Option notes of the ``term : meaning`` lines of ``block``; False when it is not such a paragraph right under a
    heading naming an options slot of a usage line above."""
    if block.lists or block.quote or not walk.sections or walk.heading_block != walk.block - 1:
        return False
    if not block.inline.spans or block.inline.spans[0].kind != "code":
        return False
    slot = strip_numbering(walk.sections[-1].text).strip()
    program = _usage_program(walk, slot, walk.heading_line) if slot and " " not in slot else None
    if program is None or not _holds_options(program, slot):
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


# "[옵션]", "<file>", "{id}", "(modes)", "[who][op]": parts of a usage line that stand for what is written there
_SLOT = lazyre.pattern(r"(?:\[[^\]\s]+\]|<[^>\s]+>|\{[^}\s]+\}|\([^)\s]+\))+")


def slotted_program(walk: Walk, line: int) -> str | None:
    """The program of a usage line with a slot (``chmod 옵션 (reference) (operator) (modes) 파일``) between the last
    heading and line ``line``, the nearest first; None when the section writes none."""
    for above in range(line - 1, walk.heading_line, -1):
        words = usage_words(walk.written(above) or "")
        if len(words) > 1 and looks_like_command(words[0]) and any(_SLOT.fullmatch(word) for word in words[1:]):
            return words[0]
    return None


def _holds_options(program: str, slot: str) -> bool:
    return slot.casefold() in OPTION_SLOTS | PROGRAM_OPTION_SLOTS.get(program, frozenset())


def _slot_item(walk: Walk, line: int, indent: int) -> tuple[int, str] | None:
    """The line and text of the item right above line ``line`` that it is nested in (only items nested as deep as
    it between them), None when there is none."""
    for above in range(line - 1, 0, -1):
        item = ITEM.match(walk.written(above) or "")
        if item is None:
            return None
        if depth(item) < indent:
            return above, item.group("text")
        if depth(item) > indent:
            return None
    return None


@needs(Fact.NESTED, Fact.NO_QUOTE, Fact.FIRST, Fact.ONE_LINE)
def read_item(walk: Walk, block: Para) -> bool:
    """The option note of a nested ``term: meaning`` item under an item naming an options slot of a usage line
    above; False when ``block`` is not such an item."""
    if len(block.lists) < 2 or block.quote or not block.first or "\n" in block.inline.raw.strip():
        return False
    item = ITEM.match(walk.written(block.line) or "")
    found = _ITEM_LINE.match(item.group("text")) if item is not None else None
    if item is None or found is None:
        return False
    above = _slot_item(walk, block.line, depth(item))
    named = _SLOT_ITEM.match(above[1].strip()) if above is not None else None
    if above is None or named is None:
        return False
    slot = named.group("slot")
    program = _usage_program(walk, slot, above[0])
    if program is None or not _holds_options(program, slot):
        return False
    term = clean(found.group("code") or found.group("bare")).strip()
    first = _glossed_before(walk, program, term, above[0])
    if first is not None:
        walk.warn(block.line, _(
            "line {line}: '{term}' means something else under '{slot}' than on line {first}, and its card would have "
            "the same front; no card made from it"
        ).format(line=block.line, term=term, slot=slot, first=first))
        return True
    walk.add_option([term.split()[0]], clean(found.group("meaning")), program, block.line, reason=ITEM_REASON,
                    written=term, context=slot)
    return True


def _glossed_before(walk: Walk, program: str, term: str, label: int) -> int | None:
    """The line of a value ``term`` of ``program`` glossed under another slot's item above line ``label``, in the
    section (a piece of a long document read on its own holds the notes of its own sections only)."""
    for note in walk.notes.values():
        if (
            note.reason == ITEM_REASON and note.command == program and walk.heading_line < note.line < label
            and term in note.answers
        ):
            return note.line
    return None
