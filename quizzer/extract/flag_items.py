"""A bullet saying what giving a flag does: ``- 배포할 때 `--omit=dev` 붙이면 devDependencies는 빼고 받는다`` (pure).

Notes on one command's options write, among their bullets, a sentence naming a flag in code and what happens when
it is given ("… 붙이면", "… 옵션을 주면", "… 사용하면"): an option note of the section's command (the notes'
own), the words after the verb its meaning; the words before the flag (a condition, "… 경우") are left out.  Only
an item naming one flag in code; which command it is of is the walk's to say (none, or a group like docker: a
warning, no card).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import GIVING_VERBS_KO, names_pattern
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "item saying what giving one flag does (`-x` 붙이면 …)"

# after the flag: "붙이면 …", "옵션을 주면 …", "를 사용하면, …"
_GIVING = lazyre.pattern(
    rf"^\s*(?:옵션|플래그)?\s*(?:을|를)?\s*{names_pattern(GIVING_VERBS_KO)}\s*,?\s*(?P<rest>\S.*)$", re.DOTALL
)
_FLAG = lazyre.pattern(r"--?[A-Za-z][\w=-]*")
_TRAILING = lazyre.pattern(r"[^\w)]+$")  # "… 됨! ✔": the sentence's end and a check mark


@needs(Fact.LISTED, Fact.BULLET, Fact.NO_QUOTE, Fact.FIRST, Fact.ONE_LINE, Fact.CODE)
def read(walk: Walk, block: Para) -> bool:
    """The option note of ``block`` when it is such an item; False otherwise."""
    spans = block.inline.spans
    flags = [n for n, span in enumerate(spans) if span.kind == "code" and _FLAG.fullmatch(span.text.strip())]
    if len(flags) != 1:
        return False
    giving = _GIVING.match("".join(span.text for span in spans[flags[0] + 1 :]))
    if giving is None:
        return False
    meaning = _TRAILING.sub("", clean(strip_markers(giving.group("rest"))))
    if len(meaning.split()) < 2:
        return False
    flag = spans[flags[0]].text.strip()
    walk.add_option([flag], meaning, walk.command(len(block.lists)), block.line, reason=REASON)
    return True
