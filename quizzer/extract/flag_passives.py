"""A sentence saying what can be done with a flag, in the passive (pure).

    Verbose output can be turned on with `-v`.
    A lock to keep the screen awake can be created with `-d` and one for the disk with `-m`.

The flag (``-v``) → the sentence up to it (``Verbose output can be turned on``): what one gets with it.  Whose flag:
the one program the notes' code blocks run (``walk.run_programs``); with none, or two programs, not sure: warned.  A second flag after ``and`` whose words leave out the verb (``and one for the disk with
`-m```) is told by an elided clause, whose meaning is not written out: warned, never a card; so is a flag whose
sentence opens with a pronoun (``This can be done with `-P```.): what it does is in an earlier sentence.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import PRONOUNS
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["read"]

_REASON = "sentence: what can be done with a flag"
# "<what> can be <done> with `-x`" (a participle: "created", "shown", "made", "set"), then maybe "and <more> with `-y`"
_PASSIVE = lazyre.pattern(
    r"^(?P<what>[A-Z][^`.;!?]*?\s+(?:can|may)\s+be\s+[a-z]+(?:ed|en|wn|ne|de|nd|un|et|ut)(?:\s+(?:on|off|up|out))?)"
    r"\s+(?:with|using|by\s+passing)\s+`(?P<flag>--?[A-Za-z][\w-]*)`(?P<rest>[^.;!?]*)[.!]?\s*$"
)
_ELIDED = lazyre.pattern(r"^,?\s+and\s+[^`]+?\s+with\s+`(?P<flag>--?[A-Za-z][\w-]*)`\s*$")


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def read(walk: Walk, block: Para) -> bool:
    """Read ``block``, one sentence, as a flag's passive gloss; False (nothing done) when it is not that."""
    if block.lists or block.quote:
        return False
    marked = block.inline.marked.strip()
    found = ((start, _PASSIVE.match(" ".join(marked[start:end].split()))) for start, end in _sentences(marked))
    start, match = next(((start, match) for start, match in found if match is not None), (0, None))
    if match is None:
        return False
    line = block.line + marked.count("\n", 0, start)
    rest = match.group("rest").strip()
    elided = _ELIDED.match(" " + rest) if rest else None
    if rest and elided is None:
        return False  # "… with `-x` when the disk is full": more said of it than this style reads
    flag = match.group("flag")
    if match.group("what").split()[0].casefold() in PRONOUNS:
        walk.warn(block.line, _(
            "line {line}: what {flag} does is said of a word pointing at an earlier sentence; no card made from it"
        ).format(line=line, flag=flag))
        return True  # "This can be done with `-P`.": what "this" is, the sentence does not say
    programs = walk.run_programs
    if len(programs) != 1:
        walk.warn(block.line, _(
            "line {line}: the sentence says what {flag} does, but which program's flag it is the notes do not say; "
            "no card made from it"
        ).format(line=line, flag=flag))
        return True
    walk.add_option([flag], clean(match.group("what")), programs[0], line, reason=_REASON)
    if elided is not None:
        walk.warn(block.line, _(
            "line {line}: what {flag} does is said in a clause that leaves out its verb; no card made from it"
        ).format(line=line, flag=elided.group("flag")))
    return True



_SENTENCE_END = lazyre.pattern(r"(?<=[a-z0-9)`_*])[.!?](?:\s+(?=[A-Z`_*])|\s*$)")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends (its full stop kept)."""
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        spans.append((start, end.end()))
        start = end.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
