"""Keys written together whose meaning lists one part per key, comma-separated (pure).

Cheat sheets pair keys with a list of meanings, in the same order::

    - `u`, `Ctrl+r` : undo, redo the last change
    - `[`, `]` : 순서대로 이전, 다음 탭으로 이동
    - `Home`, `End` : 줄 처음, 끝

Each key takes its own part: ``u`` → "undo the last change", ``Ctrl+r`` → "redo the last change".
The words the parts share stay with every part: words before the first part's last word when each
other part is one word ("줄 처음, 끝" → "줄 처음", "줄 끝"), words after the last part's first word
likewise ("이전, 다음 탭으로 이동" → "이전 탭으로 이동", "다음 탭으로 이동").

The list is read as one part per key only where that reading is clear: a "respectively" word
(순서대로, 각각, respectively, in that order) says so; else three or more parts for as many keys, or
two parts one of which is a single word (elliptical: "scroll up, down").  Two clauses of one
meaning ("writes if changed, then quits") are not a list: a part that starts with a joining word
keeps the meaning whole.  :func:`split` says which: the parts, ``None`` (no list: the keys share the
meaning), or :data:`UNCLEAR` (a list that does not pair with the keys: warn, never guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from quizzer import lazyre
from quizzer.i18n import _
from quizzer.text import clean

if TYPE_CHECKING:
    from quizzer.extract.walk import Walk

__all__ = ["UNCLEAR", "split", "warn_unclear"]

UNCLEAR: Final = "unclear"

# "순서대로", "respectively": the writer says the parts go to the keys in order
_RESPECTIVELY = lazyre.pattern(
    r"(?:^|(?<=[\s,(]))(?:순서대로|차례대로|각각|respectively|in\s+that\s+order|in\s+order)(?=$|[\s,.):])[,:]?\s*",
    re.IGNORECASE,
)
# sentences: ". " (or "。") and what follows, the full stop kept out
_SENTENCE = lazyre.pattern(r"(?<=[^\s.])[.。](?:\s+|$)")
_COMMA = lazyre.pattern(r"\s*,\s*")
_PARENS = lazyre.pattern(r"\([^()]*\)")
# a part that starts so continues the meaning, it is no alternative: "…, then quits", "…, 그리고 저장"
_JOINING = lazyre.pattern(
    r"(?:then|and|or|but|so|also|which|while|e\.g\.|i\.e\.|그리고|그다음|그\s*후|또는|혹은|하지만|즉)\b", re.IGNORECASE
)
_MAX_WORDS = 6  # a part longer than this is a clause of prose, not one of a list


def _shared(parts: list[str]) -> list[str] | None:
    """Each part with the words the parts share, or None when a part is too long to be one of a list.

    The parts are single words but for the ends: words before the first part's last word and after
    the last part's first word are everyone's ("cell 모드를 code, markdown, raw로 바꾸기").  Two
    parts of several words each are whole phrases ("위에 붙여넣기, 아래에 붙여넣기") and stay so.  A part that, given the
    shared words, would hold one word twice ("검색, 역방향 검색" → "검색 검색") shares none: None."""
    words = [part.split() for part in parts]
    if any(not w or len(w) > _MAX_WORDS for w in words):
        return None
    first, last = words[0], words[-1]
    if any(len(w) > 1 for w in words[1:-1]) or len(words) == 2 and len(first) > 1 and len(last) > 1:
        return [" ".join(w) for w in words]
    prefix, suffix = first[:-1], last[1:]
    items = [first[-1:], *words[1:-1], last[:1]]
    shared = [[*prefix, *item, *suffix] for item in items]
    if any(a == b for part in shared for a, b in zip(part, part[1:])):
        # "검색, 역방향 검색": the one word is no elided part ("검색 검색"), the parts are not sure
        return None
    return [" ".join(part) for part in shared]


def _commas(sentence: str) -> list[str]:
    """The sentence's comma-separated parts, commas inside parentheses kept (an aside is no part)."""
    masked = _PARENS.sub(lambda m: m.group(0).replace(",", "\0"), sentence)
    return [part.replace("\0", ",").strip() for part in _COMMA.split(masked)]


def split(count: int, text: str) -> list[str] | str | None:
    """``count`` meanings of ``text``, one per key in order; None when ``text`` holds no list of parts
    (the keys share it); :data:`UNCLEAR` when it holds one that does not pair with the keys."""
    marked = _RESPECTIVELY.search(text) is not None
    text = clean(_RESPECTIVELY.sub("", text))
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()]
    lists = {n: _commas(s) for n, s in enumerate(sentences) if "," in s}
    lists = {n: parts for n, parts in lists.items() if len(parts) > 1}
    if not lists:
        return UNCLEAR if marked else None
    fitting = [n for n, parts in lists.items() if len(parts) == count]
    if len(fitting) != 1 or len(lists) > 1 and not marked:
        # "왼쪽, 아래, 위" for four keys: a list of short words that does not pair with the keys
        short = any(all(len(p.split()) <= 2 for p in parts) for parts in lists.values())
        return UNCLEAR if marked or short and not fitting else None
    index = fitting[0]
    parts = lists[index]
    if any(not p or _JOINING.match(p) for p in parts[1:]):
        return UNCLEAR if marked else None
    words = [len(p.split()) for p in parts]
    if not marked and count == 2 and min(words) > 1:
        # "save the file, keep editing" (one meaning) or "go to the start, end of the file" (one each)?
        return UNCLEAR
    meanings = _shared(parts)
    if meanings is None or len(set(meanings)) != count:
        return UNCLEAR
    before = " ".join(s if s.endswith((".", "。", ":", "!", "?")) else f"{s}." for s in sentences[:index])
    return [clean(f"{before} {m}") for m in meanings]


def warn_unclear(walk: Walk, line: int, keys: Sequence[str]) -> None:
    """The warning for keys whose shared description does not pair with them (:data:`UNCLEAR`)."""
    walk.warn(line, _(
        "line {line}: the keys {keys} share one description whose parts cannot be told apart; "
        "not made cards (write one line for each key)"
    ).format(line=line, keys=", ".join(keys)))
