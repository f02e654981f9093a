"""A sentence that says what a term means in so many words (pure).

    > `drwx------` 뜻은 즉 주인만 읽고 쓰고 들어갈 수 있다는 것
    `~/.ssh`의 의미는 사용자별 SSH 설정 폴더

Notes explain a sign, a value or a word they just showed with ``X 뜻은 …`` / ``X의 의미는 …`` ("X's meaning is
…"): a careful reader makes one concept, X → what follows (``즉`` "that is" left off).  Only a paragraph of one
line whose subject is one word or a code span, not a word that points back (``이``, ``그``: "this", "that").

    > 위 예시의 `@{u}` 는 현재 브랜치가 따라가는 원격 브랜치를 가리킵니다. (`@` 는 HEAD)

They also say it with a verb of meaning at the end: a paragraph's first line opening with a code span (maybe after
"in the example above", ``예제의``, ``위의``) as the subject, and a first sentence ending in ``가리킨다``,
``의미한다``, ``뜻한다`` or ``말한다`` ("refers to", "means"): the code → that sentence; what follows its end (a
remark in parentheses, a second sentence) is no part of it.  An option (``-a``) or a program quizzer knows is not
read so: what it does is an option's or a command's card, told by their own readers.

    - 여기서 `NOFAIL` 오류가 나도 멈추지 않겠다는 뜻

    상단의 `APP_THEME` 값을 변경하여 원하는 테마를 지정할 수 있다.

    - window는 말 그대로 하나의 창을 말하고,
    - pane은 윈도우를 여러 창으로 나눴을 때 각각을 말한다.

A list item of one line may say it of a word bare or in code (an English word of one piece, not a program quizzer
knows nor an option), the clause ending in the verb of meaning or going on into the next item (``…을 말하고,``):
the word → the clause after its particle, as written.

A setting in code and what changing its value lets one do (``값을 변경하여 … 수 있다``, "change its value to …"):
the setting → what follows the change, as written.  Only a name written as a setting is (capitals, an underscore
or a dot in it: ``ZSH_THEME``, ``core.editor``), not a program.

    In the `ST` column `Zs` means "a sleeping zombie". `R` would mean running.

English notes reading the values of a column (or any short code) say it with ``means`` (``would mean`` for the
other values of the same column): each sentence of a paragraph that is a code span (maybe after "in the X column"),
``means`` and what it means is a concept, the code → the meaning, quotes taken off.  A meaning of one word
(```B` would mean both``, ``same``, ``it``) points back at the sentence before: warned, no card; any other
(```R` means running``) is a meaning like a longer one.  An option or a program's line is
not read so (their own readers say what they do).

Or the code span (maybe after "here", ``여기서``) is followed straight by what it means, the line ending in ``…다는
뜻`` / ``…라는 의미`` ("…, that is what it means"): the code → the rest of the line as written.  A paragraph or an
item of one line.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import PRONOUNS, PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.sentences import split_sentences
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["CHANGED", "ITEM_REFERS", "MEANS_AFTER", "MEANS_EN", "REASON", "REFERS", "read", "read_item"]

REASON = "sentence saying what a term means (X 뜻은 …)"
REFERS = "sentence saying what a term in code refers to (`X`는 …을 가리킨다)"
ITEM_REFERS = "item saying what a word refers to (X는 …을 말한다)"
MEANS_AFTER = "line saying what a term in code means after it (`X` …다는 뜻)"
CHANGED = "sentence saying what changing a setting's value does (`X` 값을 변경하여 … 수 있다)"
MEANS_EN = "sentence saying what a code means (`X` means …)"

_MEANS = lazyre.pattern(
    r"(?P<term>`[^`\n]{1,40}`|[^\s`]{1,40}?)\s*(?:의\s*)?(?:뜻|의미)(?:은|는)\s+(?:즉\s*,?\s*)?(?P<meaning>\S.*?)\s*[.。]?"
)
# "예제의 `HEAD~1` 는 이전 commit 을 가리킵니다.": (where it was shown,) the code, its topic particle, a sentence ending
# in a verb of meaning
_REFERS = lazyre.pattern(
    r"(?:(?:위|아래|이|예제|예시|위\s*예제|위\s*예시)의\s+|여기서\s+)?`(?P<term>[^`\n]{1,40})`\s*(?:은|는)\s+"
    r"(?P<meaning>[^.!?\n]*?\S\s*(?:을|를)?\s*(?:가리킨다|가리킵니다|의미한다|의미합니다|뜻한다|뜻합니다|말한다|말합니다))\.(?:\s|$)"
)
# "여기서 `NOPASSWD` 실행할때마다 패스워드 묻지 않겠다는 뜻": (here,) the code, then what it means, ending in "…다는 뜻"
_MEANING_AFTER = lazyre.pattern(
    r"(?:여기서|이때|위에서|이\s*중)?\s*`(?P<term>[^`\n]{1,40})`\s+"
    r"(?P<meaning>[^`\n]*?\S(?:다는|라는|란|는)\s*(?:뜻|의미))(?:이다|입니다|임)?\s*[.。]?"
)
# "상단의 `ZSH_THEME` 값을 변경하여 원하는 테마를 지정할 수 있다.": (where it is,) the setting, its value changed, what that does
_CHANGED = lazyre.pattern(
    r"(?:(?:상단|하단|위|아래|맨\s*위|파일)의\s+)?`(?P<term>[A-Za-z_][\w.-]{0,40})`\s*(?:값|설정\s*값|변수\s*값|변수|설정)\s*(?:을|를)\s*"
    r"(?:변경|수정|바꾸|바꿔|지정|설정)(?:하여|해서|하면|하고|서|면)\s+(?P<meaning>[^\n]*?\S\s*수\s*있다)\s*[.。]?"
)
_SETTING_NAME = lazyre.pattern(r".*(?:[A-Z]|_|\.).*")
_POINTS_BACK = frozenset({"이", "그", "저", "이것", "그것", "저것", "이건", "그건", "이게", "그게", "위", "아래", "다음"})


def read(walk: Walk, block: Para) -> bool:
    """The concept of a one-line ``X 뜻은 …`` paragraph, or of a paragraph opening with ```X`는 …을 가리킨다.``;
    False (nothing done) when not that shape."""
    raw = block.inline.raw
    if block.inline.has_code and ("뜻" in raw or "의미" in raw) and _meaning_after(walk, block):
        return True
    if block.inline.has_code and "수 있" in raw and _changed(walk, block):
        return True
    if block.lists:
        return False
    if block.inline.has_code and " mean" in raw and _means_en(walk, block):
        return True
    if block.inline.has_code and _refers(walk, block):
        return True
    if ("뜻" not in raw and "의미" not in raw) or "\n" in raw.strip():
        return False  # asked of every paragraph no rule read: the words looked for first
    match = _MEANS.fullmatch(raw.strip())
    if match is None:
        return False
    term = match.group("term").strip("`").strip()
    meaning = clean(match.group("meaning"))
    if not term or term in _POINTS_BACK or len(meaning.split()) < 2:
        return False
    walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=block.line, answers=(term,),
             reason=REASON)
    return True


# "window는 말 그대로 하나의 창을 말하고,", "`pane`은 … 각각을 말한다.": a word (bare or in code), its topic particle,
# then what it refers to, the clause ending in the verb or going on (", ") into the next item
_ITEM_REFERS = lazyre.pattern(
    r"`?(?P<term>[A-Za-z][\w-]{0,30})`?\s*(?:은|는)\s+"
    r"(?P<meaning>[^.!?\n]*?\S\s*(?:을|를)\s*(?:가리킨다|가리킵니다|가리키고|의미한다|의미합니다|의미하고|뜻한다|뜻합니다|뜻하고|"
    r"말한다|말합니다|말하고))\s*[.,]?"
)


@needs(Fact.LISTED, Fact.FIRST, Fact.ONE_LINE, Fact.NO_QUOTE)
def read_item(walk: Walk, block: Para) -> bool:
    """The concept of a one-line item ``window는 …을 말한다.`` (or ``…을 말하고,``); False when not that shape."""
    if not block.lists or not block.first or block.quote or not block.inline.one_line:
        return False
    raw = block.inline.raw.strip()
    if "는 " not in raw and "은 " not in raw:
        return False  # most items: no topic particle at all
    match = _ITEM_REFERS.fullmatch(raw)
    if match is None:
        return False
    term = match.group("term")
    if term.lower() in PROGRAMS:
        return False  # "ls는 …을 말한다": a command's, read by its own rules
    walk.add(Kind.CONCEPT, term=term, front=term, back=clean(match.group("meaning").replace("`", "")), command=None,
             line=block.line, answers=(term,), reason=ITEM_REFERS)
    return True


def _refers(walk: Walk, block: Para) -> bool:
    """The concept of a paragraph whose first line opens with ```X`는 …을 가리킨다.``; False when not that shape."""
    first = block.inline.lines[0].marked.strip()
    match = _REFERS.match(first)
    if match is None:
        return False
    term = match.group("term").strip()
    if not term or term.startswith("-") or term.split()[0] in PROGRAMS:
        return False  # "`-a` 는 …을 의미한다", "`ls` 는 …": an option's, a command's, read by their own rules
    walk.add(Kind.CONCEPT, term=term, front=term, back=clean(match.group("meaning").replace("`", "") + "."),
             command=None, line=block.line, answers=(term,), reason=REFERS)
    return True


def _meaning_after(walk: Walk, block: Para) -> bool:
    """The concept of a one-line paragraph or item ``(여기서) `X` …다는 뜻``; False when not that shape."""
    match = _MEANING_AFTER.fullmatch(block.inline.marked.strip())
    if match is None:
        return False
    term = match.group("term").strip()
    if not term or term.startswith("-") or term.split()[0] in PROGRAMS:
        return False  # "`-f` …다는 뜻", "`ls` …": an option's, a command's, read by their own rules
    walk.add(Kind.CONCEPT, term=term, front=term, back=clean(match.group("meaning")), command=None, line=block.line,
             answers=(term,), reason=MEANS_AFTER)
    return True


def _changed(walk: Walk, block: Para) -> bool:
    """The concept of a one-line paragraph ``(상단의) `X` 값을 변경하여 … 수 있다.``; False when not that shape."""
    if block.lists or not block.inline.one_line:
        return False
    match = _CHANGED.fullmatch(block.inline.marked.strip())
    if match is None:
        return False
    term = match.group("term")
    if _SETTING_NAME.fullmatch(term) is None or term.lower() in PROGRAMS:
        return False
    walk.add(Kind.CONCEPT, term=term, front=term, back=clean(match.group("meaning").replace("`", "")), command=None,
             line=block.line, answers=(term,), reason=CHANGED)
    return True


# "In the `ST` column `Zs` means "a sleeping zombie".", "`R` would mean running": (the column,) the code, "means",
# what it means
_MEANS_SENTENCE = lazyre.pattern(
    r"(?:(?:in|under|for)\s+the\s+`?[\w -]{1,30}?`?\s+(?:column|field),?\s+)?`(?P<term>[^`\n]{1,20})`\s+"
    r"(?:means|would\s+mean)\s+(?:that\s+)?(?P<meaning>\S[^\n]*?)\s*[.!]?",
    re.IGNORECASE,
)
# "…, `u` would mean both": one sentence, the next code's meaning after a comma
_NEXT_CLAUSE = lazyre.pattern(r"[,;]\s+(?:and\s+|or\s+)?(?=`[^`\n]+`\s+(?:means|would\s+mean)\s)", re.IGNORECASE)
_QUOTES = "\"“”'‘’"
# "`u` would mean both", "`x` means it": one word standing for what the sentence before said ("`R` means
# running" is a meaning of its own)
_POINTS_BACK_EN = PRONOUNS | {"both", "either", "neither", "same"}


def _means_en(walk: Walk, block: Para) -> bool:
    """The concepts of a paragraph whose sentences are each ```X` means …`` (one at least); False when not that
    shape (or a code of one is an option or a program's)."""
    read: list[tuple[str, str]] = []
    for line in block.inline.lines:
        clauses = (clause for sentence in split_sentences(line.marked.strip()) for clause in _NEXT_CLAUSE.split(sentence))
        for sentence in clauses:
            match = _MEANS_SENTENCE.fullmatch(sentence.strip())
            if match is None:
                return False
            term = match.group("term").strip()
            if not term or term.startswith("-") or term.split()[0] in PROGRAMS:
                return False  # "`-a` means …", "`ls` means …": an option's, a command's, read by their own rules
            read.append((term, clean(match.group("meaning").replace("`", "")).strip(_QUOTES)))
    for term, meaning in read:
        if len(meaning.split()) < 2 and meaning.casefold().strip(".") in _POINTS_BACK_EN:
            walk.warn(block.line, _(
                "line {line}: what '{term}' means ('{meaning}') points back at the sentence before it; no card made "
                "from it"
            ).format(line=block.line, term=term, meaning=meaning))
            continue
        walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=block.line, answers=(term,),
                 reason=MEANS_EN)
    return bool(read)
