"""Checking an answer to a question (pure): a choice, an order, or typed text graded by ``grade``."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizzer.i18n import _
from quizzer.keyboard import keys_pressed
from quizzer.quiz.model import Format, Question

if TYPE_CHECKING:
    from quizzer.grading import Verdict

__all__ = ["EXACT", "ALMOST", "WRONG", "UNANSWERED", "Attempt", "check", "parse_order", "valid"]

EXACT, ALMOST, WRONG, UNANSWERED = "exact", "almost", "wrong", "unanswered"


@dataclass(frozen=True, slots=True)
class Attempt:
    """What was typed for a question and what it was worth.

    ``overruled`` marks an ``almost`` the person accepted as right;
    ``verdict`` is the grader's whole verdict for a typed answer (shown, not stored).
    """

    typed: str
    outcome: str
    explanation: str = ""
    overruled: bool = False
    verdict: Verdict | None = field(default=None, compare=False)

    @property
    def right(self) -> bool:
        return self.outcome == EXACT


def parse_order(question: Question, typed: str) -> str | None:
    """The letters typed for an order question, upper-cased (typed with the keyboard left in Korean, ``ㅠㅁㅊ``: the
    keys pressed, ``BAC``); None unless each letter is there once."""
    letters = "".join(ch for ch in keys_pressed(typed).upper() if not ch.isspace() and ch not in ",.-")
    expected = string.ascii_uppercase[: len(question.choices)]
    if len(letters) != len(expected) or set(letters) != set(expected):
        return None
    return letters


def _steps_read(question: Question, letters: str) -> list[str]:
    """The steps' texts in the order ``letters`` name them (a letter naming no step: itself)."""
    shown = string.ascii_uppercase[: len(question.choices)]
    return [question.choices[shown.index(ch)] if ch in shown else ch for ch in letters]


def valid(question: Question, typed: str) -> str | None:
    """Why ``typed`` cannot be taken as an answer yet (a message), or None if it can."""
    if question.format is Format.CHOICE:
        if typed.strip() not in {str(n) for n in range(1, len(question.choices) + 1)}:
            return _("Choose with a number from 1 to {last}.").format(last=len(question.choices))
    elif question.format is Format.ORDER:
        if parse_order(question, typed) is None:
            last = string.ascii_uppercase[len(question.choices) - 1]
            return _("Type each letter from A to {last} once, in order.").format(last=last)
    elif not typed.strip():
        return _("Type an answer first (Tab skips the question).")
    return None


def check(question: Question, typed: str) -> Attempt:
    """Grade ``typed`` (already ``valid``) against ``question``."""
    if question.format is Format.CHOICE:
        chosen = typed.strip()
        if chosen == question.key:
            return Attempt(chosen, EXACT)
        picked = question.choices[int(chosen) - 1] if chosen.isdigit() and 0 < int(chosen) <= len(question.choices) else chosen
        return Attempt(chosen, WRONG, _("You chose: {choice}").format(choice=picked))
    if question.format is Format.ORDER:
        letters = parse_order(question, typed) or typed.strip().upper()
        # two steps that read the same ("save the file" twice) may stand in either's place
        read, right = _steps_read(question, letters), _steps_read(question, question.key)
        if letters == question.key or read == right:
            return Attempt(letters, EXACT)
        in_place = sum(1 for a, b in zip(read, right) if a == b)
        return Attempt(
            letters, WRONG, _("{right} of {total} steps in the right place.").format(right=in_place, total=len(question.key))
        )
    from quizzer.grading import Expected

    expected = Expected(question.accepted, dict(question.spellings), prose=None, exact_only=question.exact_only)
    verdict = expected.grade(typed)
    return Attempt(typed, verdict.outcome, verdict.explanation, verdict=verdict)
