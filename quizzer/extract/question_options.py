"""``- How do I print only the hex digits? `-p```: a question answered by an option at its end (pure).

Notes kept as questions to self write the answer right after the question mark, in code: when that answer is
one option (``-p``, ``--plain``) and the notes name the command it belongs to, the question is what the option
is for, an option note whose back is the question as written.  Any other answer (a command line, words) is left
to the other readers; an option of no command named is warned about (``Walk.add_option``), and so is a question
asking why (``Why does this fail without a dash? `-f```): its answer is a reason, not what the option does.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.terms import option_spellings
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "question answered by the option at its end"

_ASKED = lazyre.pattern(r"[?？]\s*$")
# "Why does this fail without a dash?", "왜 대시가 필요할까?": asks a reason, which the option is not
_WHY = lazyre.pattern(r"^(?:why\b|왜)", re.IGNORECASE)


def read(walk: Walk, block: Para) -> bool:
    """Read ``block`` as a question and the option answering it; False when it is not one (nothing read)."""
    spans = [span for span in block.inline.spans if span.kind != "text" or span.text.strip()]
    if len(spans) < 2 or spans[-1].kind != "code" or "\n" in block.inline.raw.strip():
        return False
    spellings = option_spellings(spans[-1].text.strip(), bare_ok=False)
    question = clean("".join(span.text for span in spans[:-1]))
    if not spellings or len(spellings) != 1 or not _ASKED.search(question) or len(question.split()) < 3:
        return False
    if _WHY.match(question):
        walk.warn(block.line, _(
            "line {line}: the question asks why, and {option} is no reason; no card made from it"
        ).format(line=block.line, option=spellings[0]))
        return True
    walk.add_option(spellings, question, walk.command(), block.line, reason=REASON)
    return True
