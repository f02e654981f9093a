"""Distractors for multiple choice: siblings of the right answer, closest first (pure).

A sibling is a note of the same deck and of a kindred kind: for a flag, the
other flags of the same example line, then the command's other flags and
options, then the section's, then the deck's; for an option, the command's
other options first; for a command, the section's other commands, then the
deck's; for a step, the other steps of its procedure.  Distractors are taken
from the closest level that has any, chosen at random within a level (the
``random.Random`` is passed in), and never repeat the right answer or one
another, nor show something that would also be right.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from enum import IntEnum

from quizzer.quiz.model import Fact
from quizzer.text import clean

__all__ = ["Level", "choose_distractors", "normal", "sibling_level"]


class Level(IntEnum):
    """How close a sibling is (lower is closer)."""

    SAME_LINE = 0  # flags of one example line; options of one command; steps of one procedure
    SAME_COMMAND = 1  # a command's flags and options together
    SAME_SECTION = 2
    SAME_DECK = 3
    OTHER_KIND = 4  # a concept's definition beside what other notes of the deck say (when borrowing)


# The kinds a note of each kind may borrow distractors from.
_KINDRED: dict[str, frozenset[str]] = {
    "command": frozenset({"command"}),
    "option": frozenset({"option", "flag"}),
    "flag": frozenset({"flag", "option"}),
    "step": frozenset({"step"}),
    "concept": frozenset({"concept"}),
    "syntax": frozenset({"syntax"}),
}


def normal(text: str) -> str:
    """What two texts must share to count as the same answer: NFC, spacing and case folded."""
    return clean(text).casefold()


def sibling_level(fact: Fact, other: Fact, *, borrow: bool = False) -> Level | None:
    """How close ``other`` is to ``fact`` as a distractor; None if it is no sibling at all.

    ``borrow``: a note of any other kind of the deck is a sibling too, the farthest.
    """
    if other.note_id == fact.note_id or other.deck != fact.deck:
        return None
    if other.kind not in _KINDRED.get(fact.kind, frozenset({fact.kind})):
        return Level.OTHER_KIND if borrow and other.kind != "step" else None
    same_kind = other.kind == fact.kind
    if fact.kind == "flag" and same_kind and other.command == fact.command and other.context == fact.context:
        return Level.SAME_LINE
    if fact.kind == "option" and same_kind and other.command == fact.command:
        return Level.SAME_LINE
    if fact.kind == "step" and other.section == fact.section:
        return Level.SAME_LINE
    if fact.kind in ("flag", "option") and fact.command is not None and other.command == fact.command:
        return Level.SAME_COMMAND
    if other.section == fact.section:
        return Level.SAME_SECTION
    return Level.SAME_DECK


def choose_distractors(
    fact: Fact,
    pool: Sequence[Fact],
    rng: random.Random,
    *,
    shown: Callable[[Fact], str],
    choice: Callable[[Fact], str],
    also_right: Callable[[str], bool] | None = None,
    count: int = 3,
    borrow: bool = False,
) -> list[tuple[Fact, Level]] | None:
    """``count`` siblings of ``fact`` whose ``choice`` text can stand beside the right one.

    ``shown`` is the side of a note the question shows, ``choice`` the side the
    choices show.  A sibling is left out when its choice text is the right
    answer's (or another distractor's), or when it shows the same thing as the
    question (then it would be right too), shares an accepted spelling, or
    ``also_right`` says its text would be a right answer (an alias, say).
    None when there are fewer than ``count`` such siblings.  ``borrow``: when
    the kind has too few, notes of other kinds fill in (see :func:`sibling_level`).
    """
    right = normal(choice(fact))
    asked = normal(shown(fact))
    spellings = {normal(answer) for answer in fact.answers}
    by_level: dict[Level, list[Fact]] = {}
    for other in pool:
        level = sibling_level(fact, other, borrow=borrow)
        if level is None:
            continue
        text = normal(choice(other))
        if not text or text == right or normal(shown(other)) == asked:
            continue
        if spellings & {normal(answer) for answer in other.answers}:
            continue
        if also_right is not None and also_right(choice(other)):
            continue
        by_level.setdefault(level, []).append(other)
    chosen: list[tuple[Fact, Level]] = []
    taken = {right}
    for level in sorted(by_level):
        candidates = list(by_level[level])
        rng.shuffle(candidates)
        for other in candidates:
            text = normal(choice(other))
            if text in taken:
                continue
            chosen.append((other, level))
            taken.add(text)
            if len(chosen) == count:
                return chosen
    return None
