"""An exam's report, computed (pure): score, per section, per kind, what was missed, time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from quizzer.quiz.check import EXACT, UNANSWERED, Attempt
from quizzer.quiz.model import Question

__all__ = ["Item", "Report", "Tally", "make_report", "percent"]


def percent(right: int, total: int) -> int:
    """``right`` of ``total`` as a whole percent, rounded, but 100 only when all are right and 0
    only when none is (199 of 200 is 99 %, not 100 %)."""
    if not total:
        return 0
    return min(max(round(100 * right / total), 1 if right else 0), 99 if right < total else 100)


@dataclass(frozen=True, slots=True)
class Item:
    """One question with what became of it."""

    number: int  # from 1, as shown
    question: Question
    typed: str | None  # None: never answered
    outcome: str  # exact, almost, wrong, unanswered
    explanation: str
    seconds: float
    overruled: bool = False

    @property
    def right(self) -> bool:
        return self.outcome == EXACT


@dataclass(frozen=True, slots=True)
class Tally:
    name: str
    right: int
    total: int


def _tally(items: Sequence[Item], key: Callable[[Item], str]) -> list[Tally]:
    counts: dict[str, list[int]] = {}
    for item in items:
        entry = counts.setdefault(key(item), [0, 0])
        entry[0] += item.right
        entry[1] += 1
    return [Tally(name, right, total) for name, (right, total) in counts.items()]


def _where(question: Question) -> tuple[str, ...]:
    """The deck, then the question's headings (an exam stored before they were: its last heading)."""
    return (question.deck, *(question.headings or ((question.section,) if question.section else ())))


def _section_names(places: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """A name for each ``(deck, heading, …)``: its last heading, then the ones above it (``git log › Options``)
    while another place has the same name, then its deck (``docker: 설치``) when the headings are all alike."""
    distinct = list(dict.fromkeys(places))
    names: dict[tuple[str, ...], str] = {}
    for place in distinct:
        deck, headings = place[0], place[1:]
        others = [other for other in distinct if other != place]
        for size in range(1, len(headings) + 1):
            tail = headings[-size:]
            if not any(other[1:][-size:] == tail for other in others):
                names[place] = " › ".join(tail)
                break
        else:
            clash = any(other[1:] == headings for other in others)
            names[place] = f"{deck}: {' › '.join(headings)}" if clash and headings else " › ".join(headings)
    return names


@dataclass(frozen=True, slots=True)
class Report:
    items: tuple[Item, ...]
    ended: str  # finished, time, stopped, or "unfinished" (found so after a crash)
    seconds_used: float
    time_limit: float | None = None
    exam_id: int | None = None
    started_at: dt.datetime | None = None
    sent_back: int | None = None

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def score(self) -> int:
        return sum(1 for item in self.items if item.right)

    @property
    def percent(self) -> int:
        return percent(self.score, self.total)

    @property
    def missed(self) -> list[Item]:
        return [item for item in self.items if not item.right]

    @property
    def unanswered(self) -> int:
        return sum(1 for item in self.items if item.outcome == UNANSWERED)

    def by_section(self) -> list[Tally]:
        """Right answers per section, a section named by as many of its headings as tell it from the others:
        by its last heading alone, two "### Options" (of git log and of git diff) or the "## 설치" of two decks
        were one row (u-campaign8)."""
        names = _section_names([_where(item.question) for item in self.items])
        return _tally(self.items, lambda item: names[_where(item.question)] or "—")

    def by_kind(self) -> list[Tally]:
        return _tally(self.items, lambda item: item.question.kind)

    def by_format(self) -> list[Tally]:
        return _tally(self.items, lambda item: item.question.format.value)

    def missed_card_ids(self) -> list[int]:
        """The cards of every missed question, each once, in question order."""
        return list(dict.fromkeys(card for item in self.missed for card in item.question.card_ids))

    def missed_questions(self) -> list[tuple[int, ...]]:
        """The cards of each missed question (an order question has one for each step)."""
        return [item.question.card_ids for item in self.missed]


def make_report(
    questions: Sequence[Question],
    answers: Mapping[int, Attempt],
    spent: Sequence[float],
    *,
    ended: str,
    seconds_used: float,
    time_limit: float | None = None,
    exam_id: int | None = None,
    started_at: dt.datetime | None = None,
    sent_back: int | None = None,
) -> Report:
    """The report of a sitting: a question without an answer counts as wrong (``unanswered``)."""
    items = []
    for n, question in enumerate(questions):
        attempt = answers.get(n)
        seconds = spent[n] if n < len(spent) else 0.0
        if attempt is None:
            items.append(Item(n + 1, question, None, UNANSWERED, "", seconds))
        else:
            items.append(Item(n + 1, question, attempt.typed, attempt.outcome, attempt.explanation, seconds,
                              attempt.overruled))
    return Report(tuple(items), ended, seconds_used, time_limit, exam_id, started_at, sent_back)
