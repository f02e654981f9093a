"""``Exit code `0` Success. `1` Syntax or usage error. `2` …``: numbered values and their meanings in one run (pure).

A program's exit codes or levels are often written inline, one after another on one line: the number in
backticks, then its meaning as a sentence.  With three numbers or more rising in turn after a lead-in, each
number is a concept of its own (the number → its meaning, the lead-in as context), of the section's command
when there is one (its exit codes).  Code spans inside a meaning (`` `I/O` ``, `` `--max-delete` ``) are part
of it; only a code span holding a bare number starts the next value.  After the last meaning's first sentence
the line says no more of the values.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "numbered value in a run of them on one line"

_FEWEST = 3
_NUMBER = lazyre.pattern(r"\d{1,3}")
_SENTENCE_END = lazyre.pattern(r"(?<=[^\s.])\.(?:\s+|$)")


@needs(Fact.NO_QUOTE, Fact.ONE_LINE, Fact.CODE)
def read(walk: Walk, block: Para) -> bool:
    """The concept notes of ``block`` when it is such a run; False otherwise."""
    if block.quote or not block.inline.one_line:
        return False
    spans = block.inline.spans
    starts = [n for n, span in enumerate(spans) if span.kind == "code" and _NUMBER.fullmatch(span.text.strip())]
    if len(starts) < _FEWEST or starts[0] == 0:
        return False
    numbers = [int(spans[n].text) for n in starts]
    if any(b <= a for a, b in zip(numbers, numbers[1:])):
        return False
    lead = clean("".join(span.text for span in spans[: starts[0]]))
    if not lead or any(span.kind == "code" for span in spans[: starts[0]]):
        return False
    values: list[tuple[int, str]] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(spans)
        meaning = "".join(span.text for span in spans[start + 1 : end]).strip()
        if n + 1 == len(starts):
            meaning = _SENTENCE_END.split(meaning, maxsplit=1)[0]
        meaning = clean(meaning).rstrip(".").strip()
        if not meaning or not meaning[:1].isalpha():
            return False  # "`1` `2` `3`" or "`0`, `1`": numbers listed, no meaning each
        values.append((numbers[n], meaning))
    command = walk.command()
    for number, meaning in values:
        walk.add(
            Kind.CONCEPT, term=f"{lead}#{number}", front=str(number), back=meaning, command=command,
            line=block.line, context=lead, reason=REASON,
        )
    return True
