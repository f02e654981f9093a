"""A list item naming a term, and the one item nested under it saying what the term is (pure).

    - 서버 훅
      - 깃 레포로 푸시가 발생했을 때 서버에서 실행하는 훅
    - `Strict mode` (optional)
      - checks every field before saving

A careful reader makes one concept: the term → the nested item.  Only when the nested item is the only one
under the term (two or more are a list of remarks, read by other rules), the term is a short name (a code span,
or four words at most: no sentence, no label such as 참고 or 종류, no command line) and the nested item a phrase
that says what it is (not a sentence ending in 다/요, not a command, not a label line).  The card's line is the
nested item's.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.key_items import is_listed_key
from quizzer.extract.knowledge import is_key_chord, is_label, is_label_phrase
from quizzer.extract.model import Kind
from quizzer.extract.nested_item import one_nested
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command
from quizzer.text import clean

__all__ = ["read"]

_REASON = "item naming a term, the one item nested under it"
# "`활동의 크기가 조정 가능하도록 설정` (필요시 활성화)": a code span, then at most a remark in parentheses
_CODE_TERM = lazyre.pattern(r"^`(?P<term>[^`]{1,40})`\s*(?:\([^()]*\))?\s*$")
_SENTENCE = lazyre.pattern(r"(?:다|요)\s*[.!]?\s*$|[.!?]\s*$|[:：]")
_MAX_WORDS = 4
_MAX_TERM = 25
_MAX_MEANING = 120


def _term(raw: str) -> str | None:
    code = _CODE_TERM.match(raw.strip())
    if code is not None:
        return clean(code.group("term"))
    text = clean(strip_markers(raw))
    if (
        not text or len(text) > _MAX_TERM or len(text.split()) > _MAX_WORDS or _SENTENCE.search(text)
        or is_label(text) or is_label_phrase(text) or looks_like_command(text) or "`" in raw or "(" in text
    ):
        return None
    return text


def read(walk: Walk, block: Para) -> bool:
    """The concept of an item and its one nested item; False (nothing done) when not that shape."""
    if len(block.lists) != 1:
        return False
    found = one_nested(walk, block)
    if found is None:
        return False
    item, nested_text, line = found
    lone = _CODE_TERM.match(nested_text.strip())
    if lone is not None and is_listed_key(lone.group("term")) or is_key_chord(clean(strip_markers(nested_text))):
        # "- Rerun the last test" / "  - `Shift + F5`" (or "  - ctrl + F5" bare): the keys that do it, never the
        # meaning of a term (quizzer.extract.key_items)
        return False
    term = _term(item)
    meaning = clean(strip_markers(nested_text))
    if (
        term is None or not meaning or len(meaning) > _MAX_MEANING or _SENTENCE.search(meaning)
        or looks_like_command(meaning) or is_label(meaning.split()[0])
    ):
        return False
    walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=line, answers=(term,),
             reason=_REASON)
    walk.nested_line = line
    return True
