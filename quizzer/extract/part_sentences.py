"""Sentences of a command line's gloss that say what one part of the line does, or speak of something else (pure).

Notes that gloss a command line after a colon often go on, sentence by sentence, about its parts::

    - `sort -ur` : 정렬 커맨드. u 옵션은 중복 제거, r 옵션은 역순
    - `ls -Sh` : S는 크기 순으로 정렬, h는 읽기 쉬운 단위로 표시해주는 옵션이다.
    - `whoami -v`: 현재 유저를 출력한다. -v는 자세한 정보를 덧붙인다.
    - `find . -type d` : find .는 모든 파일을 고른다. 근데 -type d 옵션을 주면 폴더만 찾는다.

A sentence (or a comma-joined clause) opening with a part of the line — a flag it passes (``-v는``), a letter of
a flag cluster it passes (``u 옵션은``, ``S는``), a flag with its value (``-type d 옵션을 주면``) — says what that
part does: a flag note of the line's command, never joined to what the whole line does.  The line's own gloss is
the sentences before any that speak of something else: a part, a sign or a key the line does not hold (``q로
빠져나온다``, ``< 표시는 …``), a flag the line does not pass (``링크를 바꾸려면 -h 옵션을 추가``), or a part of the
line said on its own (``find .는 …``); those sentences, and the ones after them that go on about it, are left off
the card and warned about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizzer import lazyre
from quizzer.extract.knowledge import GIVING_VERBS_KO, names_pattern
from quizzer.extract.terms import FlagDef
from quizzer.shell import Invocation, flags_named, passed_flags, split_flags
from quizzer.text import has_hangul

__all__ = ["Parts", "read"]

# a sentence ends after ".", "!" or "?" that closes a word ("…한다. ", "…order. "), not after "e.g." or "./"
_SENTENCE_BREAK = lazyre.pattern(r"(?<=[^\s./][.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?<!vs\.)\s+(?=\S)")
# "그리고 -v는 …", "근데 -type f 옵션을 주면 …": a joining word may open the sentence
_JOINING = r"(?:근데|그런데|그리고|또한|또|다만|그래서|참고로)\s+"
# the subject, then "옵션" / "표시" / "키" and a particle: "-v는 ", "u 옵션은 ", "< 표시는 ", "q로 ", "/가 "
_OPENING = lazyre.pattern(
    rf"^(?:{_JOINING})?(?P<part>\S.{{0,40}}?)\s?(?P<noun>옵션|플래그|표시|기호|문자|키)?"
    r"(?P<particle>은|는|이|가|으로|로|을|를)\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
# "-type f 옵션을 주면 …": using the part (a verb of giving or writing it), then what happens
_USING = lazyre.pattern(rf"^{names_pattern(GIVING_VERBS_KO)}\s+(?P<rest>\S.*)$", re.DOTALL)
# ", u 옵션은 …": a clause about the next part, after a comma
_CLAUSE_BREAK = lazyre.pattern(r",\s+")
_SHORT_SIGN = lazyre.pattern(r"[^\s가-힣]{1,3}")  # "q", "<", "/", "^D": a key or sign, not a word of the gloss


@dataclass(frozen=True)
class Parts:
    """What a gloss says of its line (``own``), of the line's parts (``flags``), and what it says of others."""

    own: str
    flags: list[FlagDef] = field(default_factory=list)
    other: str = ""  # the sentences left off, one string as written


def read(description: str, invocation: Invocation) -> Parts:
    """Split ``description``, the gloss of ``invocation``, into what the whole line does and what its parts do."""
    if "\n" in description:
        return Parts(description)
    sentences = _SENTENCE_BREAK.split(description.strip())
    if len(sentences) < 2 and _part_clauses(sentences[0], invocation) is None:
        return Parts(description)
    own: list[str] = []
    flags: list[FlagDef] = []
    other: list[str] = []
    for n, sentence in enumerate(sentences):
        clauses = _part_clauses(sentence, invocation)
        if clauses is not None:
            flags.extend(clauses)
        elif other or _speaks_of_other(sentence, invocation, first=n == 0):
            other.append(sentence)  # what follows a sentence about something else goes on about it
        else:
            own.append(sentence)
    if not flags and not other:
        return Parts(description)
    return Parts(" ".join(own), flags, " ".join(other))


def _part_clauses(sentence: str, invocation: Invocation) -> list[FlagDef] | None:
    """``u 옵션은 중복 제거, r 옵션은 역순``: each clause opens with a part of the line; None if one does not."""
    clauses = [sentence]
    pieces = _CLAUSE_BREAK.split(sentence)
    if len(pieces) > 1:
        # a comma splits clauses only where a part opens the next one ("… 슬래쉬(/), 실행 가능한 …" is one)
        clauses = [pieces[0]]
        for piece in pieces[1:]:
            if _part(piece, invocation) is not None:
                clauses.append(piece)
            else:
                clauses[-1] = f"{clauses[-1]}, {piece}"
    defs = [_part(clause, invocation) for clause in clauses]
    if any(d is None for d in defs):
        return None
    return [d for d in defs if d is not None]


def _part(clause: str, invocation: Invocation) -> FlagDef | None:
    """``-v는 자세히 보여준다`` → the flag ``-v`` and what it does, when the line passes it."""
    opening = _OPENING.match(clause)
    if opening is None:
        return None
    flag = _flag_of(opening.group("part"), invocation)
    rest = opening.group("rest")
    if opening.group("particle") in ("을", "를"):
        using = _USING.match(rest)
        rest = using.group("rest") if using is not None else ""
    elif opening.group("particle") not in ("은", "는"):
        return None  # "-v로 …" says what is done with it, not what it does
    meaning = rest.strip().rstrip(".")
    return FlagDef(flag, meaning) if flag is not None and meaning else None


def _flag_of(part: str, invocation: Invocation) -> str | None:
    """``-v``, ``-type f`` (a flag the line passes, with its value as written) or ``u`` (a letter of a cluster the
    line passes, ``-ur``): the flag as a card names it; None for anything else."""
    passed = invocation.flags
    if part in passed or (part.split(" ", 1)[0] in passed and f" {part}" in f" {invocation.line} "):
        return part
    if len(part) == 1 and part.isalpha():
        letter = f"-{part}"
        clusters = [flag for flag in invocation.flags if not flag.startswith("--") and len(flag) > 2]
        if any(letter in split_flags(flag) for flag in clusters):
            return letter
    return None


def _speaks_of_other(sentence: str, invocation: Invocation, *, first: bool) -> bool:
    """The sentence is about something other than the whole line: it opens with a key, a sign or a part of the
    line (``q로 …``, ``< 표시는 …``, ``find .는 …``), or, after the first, names a flag the line does not pass
    (a first sentence naming one may still say what the line does: "-f 없이 쓰면 …")."""
    opening = _OPENING.match(sentence)
    if opening is not None and not has_hangul(part := opening.group("part")):
        program = invocation.command.split(" ", 1)[0]
        inside = " " in part and part != invocation.line and f" {part} " in f" {invocation.line} "
        if part != program and (_SHORT_SIGN.fullmatch(part) or inside):
            return True
    if first:
        return False
    passed = passed_flags(invocation)
    return any(flag not in passed for flag in flags_named(sentence))
