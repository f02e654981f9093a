"""Korean definitions written as prose sentences (pure).

Two shapes a careful reader takes for a definition:

* the term, marked (``**Snap**``, `` `snapd` ``), opening the paragraph with the topic particle and
  a copula closing the clause: ``**Pod**는 컨테이너를 묶는 가장 작은 배포 단위이다.``; two such
  clauses joined by ``이며``/``이고`` are two definitions (``A는 X이며 B는 Y이다``);
* a description, then ``이를 TERM이라고 한다`` naming what was just described;
* a sentence naming what it describes: ``한 파일로 묶는 것을 아카이브라고 하며 …`` (the object of
  ``TERM이라고 한다/하며/부른다`` is what the term is).

Anything else (``에는``, ``가``, a sentence that ends otherwise) is not read here.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.model import Kind
from quizzer.extract.name_expansions import spells
from quizzer.extract.sentences import split_sentences
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read", "second_definition"]

_TOPIC = lazyre.pattern(r"(?:은|는|이란|란)\s+")
_ASIDE = lazyre.pattern(r"\s*\(([^()\n]{1,40})\)")
# the copula that closes a defining clause: "… 관리자이다.", "… 명칭이며 ", "… 도구입니다."
_COPULA = lazyre.pattern(r"(?:이다|입니다|이며|이고)(?=[.\s]|$)")
_SENTENCE_END = lazyre.pattern(r"[.!?](?:\s|$)")
_REASON = lazyre.pattern(r"(?:때문|뿐|예정|중|아님)\s*$")  # "… 때문이다": a reason, not what the term is
_NAMING = lazyre.pattern(
    r"^(?:이를|이것을|이\s?기능을|이러한\s?\S+을|이런\s?\S+을)\s+(?P<term>\S.{0,30}?)(?:이)?라고\s*(?:한다|부른다|합니다|부릅니다)\.?$"
)
_LONGEST = 160  # a definition is a clause, not a paragraph


def read(walk: Walk, block: Para) -> bool:
    """Concept notes for the definitions ``block`` states; False when it states none."""
    if block.lists or block.quote:
        return False
    return _marked(walk, block) or _naming(walk, block) or _called(walk, block)


def _marked(walk: Walk, block: Para) -> bool:
    spans = block.inline.spans
    raw = "".join(span.text for span in spans)
    starts: dict[int, str] = {}
    offset = 0
    for span in spans:
        if span.kind in ("strong", "code") and span.text.strip():
            starts[offset] = span.text.strip()
        offset += len(span.text)
    found: list[tuple[str, str, str | None]] = []
    at = 0
    while at in starts:
        term = starts[at]
        aside = _ASIDE.match(raw, at + len(term))  # "**Zsh**(Z Shell)은 …": the name's other name, then the particle
        topic = _TOPIC.match(raw, aside.end() if aside else at + len(term))
        if topic is None:
            break
        copula = _COPULA.search(raw, topic.end())
        end = _SENTENCE_END.search(raw, topic.end())
        if copula is None or end is not None and end.start() < copula.start():
            break
        meaning = clean(raw[topic.end() : copula.start()])
        if not meaning or len(meaning) > _LONGEST or _REASON.search(meaning) or len(meaning.split()) < 2:
            break
        found.append((term, meaning, aside.group(1).strip() if aside else None))
        at = copula.end()
        if raw.startswith(("이며", "이고"), copula.start()):
            at = len(raw) - len(raw[at:].lstrip())  # the next clause, if it opens with a marked term
        else:
            break
    for term, meaning, other in found:
        # the words in parentheses are another name a reader may answer with when they spell it ("Z Shell"); any other
        # aside ("(선택)", "(2019)") is no name
        answers = (term, other) if other is not None and spells(term, other) else ()
        walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=block.line, answers=answers,
                 reason="sentence: `term`는 … 이다 (a marked term, then what it is)")
    return bool(found)


def _naming(walk: Walk, block: Para) -> bool:
    sentences = [s.strip() for s in split_sentences(block.text.strip()) if s.strip()]
    if len(sentences) < 2:
        return False
    match = _NAMING.match(sentences[-1])
    described = sentences[-2].rstrip(".")
    if match is None or len(described) > _LONGEST or len(described.split()) < 3:
        return False
    term = match.group("term").strip()
    walk.add(Kind.CONCEPT, term=term, front=term, back=described, command=None, line=block.line,
             reason="sentence: a description, then 이를 TERM이라고 한다")
    return True


# "한 파일로 묶는 것을 아카이브(archive)라고 하며 …": what the sentence describes, then the name it is called by
_CALLED = lazyre.pattern(
    r"(?:^|(?<=[.!?]\s))(?P<described>[^.!?]{4,80}?)(?:을|를)\s+(?P<term>[^\s.,]{1,30}?)(?:이)?라고\s*"
    r"(?:한다|하며|하고|부른다|부르며|부르고|합니다|부릅니다)"
)


def _called(walk: Walk, block: Para) -> bool:
    if "라고" not in block.text:
        return False  # most paragraphs: no search
    match = _CALLED.search(block.text.strip())
    if match is None:
        return False
    described, term = clean(match.group("described")), match.group("term").strip()
    if len(described.split()) < 2 or described.startswith(("이를", "이것을")):
        return False
    walk.add(Kind.CONCEPT, term=term, front=term, back=described, command=None, line=block.line,
             reason="sentence: … 을 TERM이라고 한다 (the name of what it describes)")
    return True


# "nohup은 … 만드는 명령어이며, HUP 신호는 … 방식이다. 즉, …": the command's clause, then a term of
# one or two words defined in the clause joined to it
_TWO_CLAUSES = lazyre.pattern(
    r"^(?P<subject>[^\s,.]+?)(?:은|는|이란|란)\s+(?P<meaning>[^.]+?)(?:이며|이고)\s*,?\s+"
    r"(?P<term>[^\s,.]+(?:\s[^\s,.]+)?)(?:은|는|이란|란)\s+(?P<other>[^.]+?)(?:이다|입니다)(?P<rest>[.\s].*)?$",
    re.DOTALL,
)


def second_definition(subject: str, text: str) -> tuple[str, str, str] | None:
    """``subject`` defined in the first clause of ``text`` and another term in the clause joined to it
    (``A는 X이며, B는 Y이다``): (what A is, with the sentences after; the term B; what B is), or None."""
    match = _TWO_CLAUSES.match(text.strip())
    if match is None or match.group("subject") != subject:
        return None
    meaning, term, other = (clean(match.group(name)) for name in ("meaning", "term", "other"))
    if len(meaning.split()) < 2 or len(other.split()) < 2 or len(other) > _LONGEST or term == subject:
        return None
    rest = clean((match.group("rest") or "").lstrip(". "))
    return (f"{meaning}\n{rest}" if rest else meaning), term, other
