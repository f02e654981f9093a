"""``- 실패 시 `-1` 반환``, ``- Returns `0` on success``: a value and the case it is returned in (pure).

Notes on exit statuses and return values list what comes back in which case, an item apiece: the case first
(``성공 시``, ``실패 시 에러 코드로 해석될 수 있는``, ``On failure,``), the value in a code span, then the verb
(``리턴``, ``반환``), or in English ``returns `V` `` with the case before or after it.  The value is the subject (a
concept of no command), the case what it means.  Only an item of that one shape is read: one code span holding a
short value (no spaces: a number, a range, a word such as ``non-zero(1~255)``, never a command line), and a case
that starts as a condition does (``… 시``, ``… 경우``, ``… 때``, ``on``/``if``/``when``/``upon``).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import says_condition
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "item: the case, then the value returned in it"

_VALUE = r"`(?P<value>[^\s`]{1,24})`"
_VERB_KO = r"(?:을|를)?\s*(?:리턴|반환)(?:한다|합니다|함|됨|된다|됩니다)?\s*\.?"
# "실패 시 …", "성공할 경우 …", "파일이 없을 때 …": a case (knowledge.says_condition) within its first words, and
# what more the item says of the value before it
_CASE_KO = r"(?P<case>(?P<head>\S+(?:\s+\S+)??\s*(?:시|경우|때)(?:에는|에|엔|는)?)(?:\s.*?)?)"
_RETURNED = lazyre.pattern(
    rf"^{_CASE_KO}\s*,?\s*{_VALUE}\s*{_VERB_KO}$"
    rf"|^(?P<case_en>(?:on|upon|if|when)\s[^,`]+?),?\s+returns?\s+{_VALUE.replace('value', 'value_en')}\s*\.?$"
    rf"|^returns?\s+{_VALUE.replace('value', 'value_after')}\s+(?P<case_after>(?:on|upon|if|when)\s[^`]+?)\s*\.?$",
    re.IGNORECASE,
)


@needs(Fact.NO_QUOTE, Fact.ONE_LINE, Fact.CODE, Fact.LISTED, Fact.FIRST)
def read(walk: Walk, block: Para) -> bool:
    """The concept note of the value ``block`` says is returned, and in which case; False when it is not that shape."""
    if block.quote or not block.inline.one_line or not block.lists:
        return False
    if sum(span.kind == "code" for span in block.inline.spans) != 1:
        return False
    match = _RETURNED.match(block.inline.marked.strip())
    if match is None:
        return False
    if match.group("head") is not None and not says_condition(match.group("head")):
        return False  # "다시 `1` 반환": no case
    value = match.group("value") or match.group("value_en") or match.group("value_after")
    case = clean(match.group("case") or match.group("case_en") or match.group("case_after")).rstrip(",")
    walk.add(Kind.CONCEPT, term=value, front=value, back=case, command=None, line=block.line, reason=REASON)
    return True
