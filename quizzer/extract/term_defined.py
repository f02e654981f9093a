"""A heading naming a term, and a first bullet under it that defines it in Korean (pure).

    ### **upstream branch**
    - 로컬 브랜치가 따라가는 원격 브랜치를 말한다.
    - 예를 들면 `origin/main` …

Korean notes define a term with a sentence ending in a verb that says so: "…을 말한다", "…를 뜻한다",
"…을 의미한다", "…을 가리킨다", "…을 일컫는다".  Under a heading that names the term (a name of one to four
words in Latin letters, bold or not, not a topic, a label or a program), the first bullet, when it is such a
sentence, is the term's definition: one concept card, heading → the sentence.  The bullets after it
(examples, remarks) are not read as more of it.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS, is_label, is_label_phrase, topic_words
from quizzer.extract.model import Kind
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk

__all__ = ["read"]

_NAME = lazyre.pattern(r"[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,3}")
_TOPIC = lazyre.pattern(rf"\b(?:{topic_words()})\b", re.IGNORECASE)
# "…을 말한다.", "…를 뜻합니다", "…을 의미한다": a sentence that says what the term is
_DEFINES = lazyre.pattern(r"\S(?:을|를)?\s*(?:말한다|말합니다|뜻한다|뜻합니다|의미한다|의미합니다|가리킨다|가리킵니다|일컫는다)\s*\.?$")
_REASON = "heading naming a term, a first bullet defining it"


@needs(Fact.TOP, Fact.BULLET, Fact.NO_QUOTE, Fact.FIRST, Fact.ONE_LINE)
def read(walk: Walk, block: Para) -> bool:
    """The concept of a term heading and its defining first bullet; False when not that style."""
    if not (walk.prose_heading and walk.prose and walk.heading_block == walk.block - 1):
        return False
    if len(block.lists) != 1 or block.lists[-1].ordered or block.quote or not block.first or not block.inline.one_line:
        return False
    heading = strip_markers(walk.prose).strip()
    if (
        not _NAME.fullmatch(heading) or _TOPIC.search(heading) or is_label(heading) or is_label_phrase(heading)
        or heading.split()[0].lower() in PROGRAMS
    ):
        return False
    text = strip_markers(block.text).strip()
    if not _DEFINES.search(text) or len(text.split()) > 25:
        return False
    walk.add(Kind.CONCEPT, term=heading, front=heading, back=text, command=None, line=block.line, reason=_REASON)
    walk.prose = None
    walk.prose_heading = False
    return True
