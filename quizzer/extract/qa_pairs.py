"""A question and its answer the person wrote as a card (pure).

Study notes of any subject write cards by hand::

    **Q:** TCP와 UDP의 차이는? **A:** TCP는 연결 지향

    Q. What does DNS stand for?
    A. Domain Name System

    질문: 서브넷 마스크란?
    답: 네트워크와 호스트를 나누는 값

The question is the front, the answer the back: one card, as the person made it.  The labels (``Q``, ``A``,
``Question``, ``Answer``, ``질문``, ``답``, ``답변``, ``정답``, with ``:``, ``.`` or ``)``, a number allowed:
``Q1.``) are never a side of a card.  A question and its answer may share a line or a paragraph, or the answer
may come in the next paragraph or item; a question whose answer never comes, or an answer with no question
before it, is warned about and makes no card (a ``Question:`` or ``문제:`` with no answer after it is left
to the other readers: it may label what follows).  In notes of an editor's keys (``Q: Ex 모드``), where ``Q`` and
``A`` are keys, a ``Q`` line reads as a question only when it asks one (ends in ``?``).

A deck file may open each group of cards with its section in brackets, on the line right above the first
question (``[networking]`` / ``Q: …`` / ``A: …``): the bracketed line labels the group, it is no side of a card.
When the answer is one command line of a program quizzer knows (``A: systemctl list-unit-files``), the card is
filed under that program, as a card of the line itself would be.
"""

from __future__ import annotations

import re
from enum import Enum

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import GROUPS, PROGRAMS, VERB_PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import looks_like_command, tokenize
from quizzer.text import clean

__all__ = ["read"]

_Q = r"(?P<label>Q|Question|질문|문제|문)\s*\d{0,3}\s*[:.)：]"
_A = r"(?:A|Answer|답|답변|정답)\s*\d{0,3}\s*[:.)：]"
_QUESTION = lazyre.pattern(rf"^\s*{_Q}\s*(?P<rest>\S.*)$", re.DOTALL)
_ANSWER = lazyre.pattern(rf"^\s*{_A}\s*(?P<rest>\S.*)$", re.DOTALL)
# the answer's label inside the question's paragraph: at the start of a line, else after a space
_ANSWER_AT_LINE = lazyre.pattern(rf"\n[ \t]*{_A}\s*(?=\S)")
_ANSWER_INSIDE = lazyre.pattern(rf"\s\s*{_A}\s*(?=\S)")
_REASON = "question and answer written as a card"
_TYPED = lazyre.pattern(r"^-|[-/=<>\[\]|]|\.\w")  # what a token of a command line has and a word of prose has not
# "[networking]" on the line right above a question: the section of a deck file, a label of the cards below
_SECTION = lazyre.pattern(r"^\s*\[[^\[\]\n]{1,40}\][ \t]*\n(?=[ \t]*(?:Q|Question|질문|문제|문)\s*\d{0,3}\s*[:.)：])")


_CHOICE = lazyre.pattern(r"A\s*(?P<mark>[.)])")


def _answer_inside(rest: str) -> re.Match[str] | _Unsure | None:
    """The answer's label inside the question's paragraph; None when there is none, or when it is the
    first of lettered choices (``A) TCP B) UDP``): those are part of the question.  When the question itself
    holds a label's shape (``Which blood type A: or O? A: O``), the answer's is the first after the question's
    mark; :data:`_UNSURE` when several could be and none follows a question mark."""
    found = [*_ANSWER_AT_LINE.finditer(rest)] or [*_ANSWER_INSIDE.finditer(rest)]
    found = [m for m in found if not _first_choice(rest, m)]  # "Which? A) TCP B) UDP A: TCP": the last is the answer's
    if not found:
        return None
    inside = next((m for m in found if _asked_before(rest[: m.start()])), None)
    if inside is None:
        if len(found) > 1:
            return _UNSURE
        inside = found[0]
    return inside


def _first_choice(rest: str, label: re.Match[str]) -> bool:
    """``label`` is the ``A)`` (or ``A.``) of lettered choices: a ``B)`` with the same mark follows it."""
    choice = _CHOICE.fullmatch(label.group().strip())
    return choice is not None and re.search(rf"\sB\s*{re.escape(choice.group('mark'))}", rest[label.end():]) is not None


class _Unsure(Enum):
    LABEL = "several answer labels, none after a question mark: which one starts the answer is not known"


_UNSURE = _Unsure.LABEL


def _asked_before(text: str) -> bool:
    return text.replace("*", "").replace("_", "").rstrip().endswith(("?", "？"))


def _asks(question: str) -> bool:
    return question.rstrip().endswith(("?", "？"))


_FIRST = frozenset("QAq질문답정[")


def _program(answer: str) -> str | None:
    """The known program ``answer`` (as written, its lines kept) runs when it is one command line of it
    (``systemctl stop x.timer``)."""
    answer = answer.strip()
    if "\n" in answer or not looks_like_command(answer):
        return None
    tokens = tokenize(answer)
    if len(tokens) < 2 or tokens[0] not in PROGRAMS:
        return None
    # a flag, a path, a placeholder or a sub-command: "find the biggest file first" is advice, not find's line
    typed = tokens[0] in GROUPS or tokens[0] in VERB_PROGRAMS or any(_TYPED.search(token) for token in tokens[1:])
    return tokens[0] if typed else None


def read(walk: Walk, block: Para) -> bool:
    """Read ``block`` as a question, an answer or both; False (nothing done) when it is neither."""
    if walk.qa_question is None and block.text.lstrip()[:1] not in _FIRST:
        return False
    raw = block.inline.raw
    section = _SECTION.match(raw)
    if section is None and walk.qa_question is None and raw.lstrip()[:1] == "[":
        return False  # "[link](…) …": no section over a question
    raw = raw[section.end():] if section else raw
    first = block.line + (section.group().count("\n") if section else 0)  # the line the question starts on
    text = raw.strip()  # its lines kept: an answer's label starting a line is the answer's
    pending, walk.qa_question = walk.qa_question, None
    asked = _QUESTION.match(text)
    if asked is not None:
        rest = asked.group("rest")
        inside = _answer_inside(rest)
        if inside is _UNSURE:
            _unanswered(walk, pending)
            walk.warn(first, _(
                "line {line}: more than one answer label ('A:') in a question; which one starts the answer is not "
                "clear, so no card was made from it"
            ).format(line=first))
            return True
        question = clean(rest[: inside.start()] if inside else rest)
        if walk.key_program() is not None and not _asks(question):
            return False  # "Q: Ex 모드로 전환" in notes about vim: the key Q
        _unanswered(walk, pending)
        if inside is None:
            if _answer_follows(walk, block):
                walk.qa_question = (walk.block, first, question)
                return True
            if asked.group("label") == "Q":
                walk.warn(first, _(
                    "line {line}: a question with no answer right after it; no card made from it"
                ).format(line=first))
                return True  # never a card "Q" → the question
            return False  # "문제: 디스크가 가득 찼다", "Question: …" alone: a label other rules may read
        answer = clean(rest[inside.end():])
        if question and answer:
            # the answer's own line, when it has one: where its label is (not a lettered choice's "A)" above it)
            before = raw[: len(raw) - len(raw.lstrip())] + text[: asked.start("rest") + inside.start() + 1]
            line = first + before.count("\n")
            walk.add(Kind.CONCEPT, term=question, front=question, back=answer, command=_program(rest[inside.end():]),
                     line=line, reason=_REASON)
        return True
    answered = _ANSWER.match(text)
    if answered is None:
        _unanswered(walk, pending)
        return False
    if pending is None or pending[0] != walk.block - 1:
        if pending is None and walk.key_program() is not None:
            return False  # "A: 줄 끝에 추가" in notes about vim: the key A
        _unanswered(walk, pending)
        walk.warn(block.line, _(
            "line {line}: an answer with no question right before it; no card made from it"
        ).format(line=block.line))
        return True
    answer = clean(answered.group("rest"))
    walk.add(Kind.CONCEPT, term=pending[2], front=pending[2], back=answer, command=_program(answered.group("rest")),
             line=block.line, reason=_REASON)
    return True


_MARKERS = lazyre.pattern(r"^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:[*_]{1,2})?")


def _answer_follows(walk: Walk, block: Para) -> bool:
    """The next line with words on it, after ``block``, starts with an answer's label."""
    line = block.line + block.inline.raw.strip("\n").count("\n") + 1
    while (text := walk.written(line)) is not None and not text.strip():
        line += 1
    return text is not None and _ANSWER.match(_MARKERS.sub("", text.lstrip("> "), count=1).replace("**", "")) is not None


def _unanswered(walk: Walk, pending: tuple[int, int, str] | None) -> None:
    if pending is not None:
        walk.warn(pending[1], _(
            "line {line}: a question with no answer right after it; no card made from it"
        ).format(line=pending[1]))

