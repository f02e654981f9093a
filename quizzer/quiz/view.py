"""How quiz and exam questions read on screen and in reports: words, not layout (pure)."""

from __future__ import annotations

import string

from quizzer.i18n import _
from quizzer.quiz.model import Format, Question

__all__ = ["answer_text", "clock_text", "format_name", "help_keys"]


def clock_text(seconds: float) -> str:
    """``12:05`` (or ``1:02:05`` past an hour), rounded up so 0:00 means the time is up."""
    whole = int(-(-seconds // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_name(fmt: Format) -> str:
    return {
        Format.CHOICE: _("multiple choice"),
        Format.ORDER: _("step order"),
        Format.TYPED: _("typed answer"),
        Format.LINE: _("write the line"),
    }[fmt]


def help_keys(exam: bool) -> list[tuple[str, str]]:
    keys = [
        ("1 – 4", _("choose an answer (multiple choice)")),
        ("Enter", _("submit what is typed in the answer box")),
        ("Backspace", _("remove the last character (a whole Hangul syllable)")),
        ("← → Home End", _("move in the answer box; Ctrl-U empties it")),
        ("↑ ↓", _("a step order or choices taller than the screen: show the others")),
    ]
    if exam:
        keys += [
            ("Tab / ↓", _("skip to the next question (come back to it later)")),
            ("Shift-Tab / ↑", _("back to the previous question")),
            ("Ctrl-X", _("end the exam now; unanswered questions count as wrong")),
        ]
    else:
        keys += [
            ("Enter", _("after an answer is checked: next question")),
            ("a", _("after an 'almost': count it as right (your call)")),
        ]
    keys += [
        ("F1 / ?", _("show or hide this help (? only when the answer box is empty)")),
        # a practice quiz stores nothing (--schedule: only the answers already graded into SM-2)
        ("Ctrl-D", _("stop; every answer so far is saved") if exam else _("stop and see the report")),
    ]
    return keys


def answer_text(question: Question, *, steps_on_lines: bool = False) -> str:
    """The right answer as a person reads it: a choice with its number; an order as its
    letters, then the steps in order (on one line, or one a line for a report)."""
    if question.format is Format.ORDER:
        steps = [question.choices[string.ascii_uppercase.index(letter)] for letter in question.key]
        if steps_on_lines:
            return question.key + "\n" + "\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1))
        return question.key + " — " + " → ".join(steps)
    if question.format is Format.CHOICE:
        return f"{question.key}. {question.answer}"
    return question.answer
