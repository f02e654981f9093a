"""Which cards a person checks before learning them, and which of them to show (pure).

Extraction is not precise on notes nobody here has seen (29-73 % of cards
wrong on five blind sets), but within one document a *shape* (the rule that
read a line, and the kind of note it made) is right or wrong as a whole.  So a
document's new notes are grouped by shape, a person looks at a few of each
group (first, middle, last) and keeps or holds the group.

Written cards (``front::back`` in the notes) were a person's choice already:
they are never checked.  Nothing here reads files, the clock or the database:
:mod:`quizzer.db.checks` stores the verdicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from quizzer.kinds import Kind

__all__ = ["SAMPLES", "Checkable", "Shape", "groups", "needs_check", "needs_check_kind", "samples", "shape_of"]

#: How many cards of a shape a person looks at.
SAMPLES = 3

#: A shape: the rule that read the line (its ``reason``) and the kind of note, as stored.
Shape = tuple[str, str]

#: Kinds written by hand in the notes: never checked.
_WRITTEN = frozenset({Kind.WRITTEN.value, Kind.WRITTEN_BOTH.value})


class Checkable(Protocol):
    """A note as extraction drafts it (``NoteDraft``) or as it is stored (``Note``)."""

    @property
    def reason(self) -> str | None: ...
    @property
    def kind(self) -> str: ...


_N = TypeVar("_N", bound=Checkable)
_T = TypeVar("_T")


def shape_of(note: Checkable) -> Shape:
    """``(reason, kind)``; a note no rule names a reason for: its kind's name as reason."""
    kind = str(note.kind)  # a Kind is a StrEnum: its value
    return (note.reason if note.reason is not None else kind, kind)


def needs_check(note: Checkable) -> bool:
    """False for cards written by hand (``::`` and ``:::``); True for what a rule read."""
    return needs_check_kind(note.kind)


def needs_check_kind(kind: str) -> bool:
    """:func:`needs_check` of a note of this kind (a ``Kind`` or its value)."""
    return str(kind) not in _WRITTEN


def groups(notes: Iterable[_N]) -> dict[Shape, list[_N]]:
    """The notes by shape: shapes in the order first seen, notes in the order given."""
    found: dict[Shape, list[_N]] = {}
    for note in notes:
        found.setdefault(shape_of(note), []).append(note)
    return found


def samples(items: Sequence[_T], k: int = SAMPLES) -> list[_T]:
    """Up to ``k`` items spread over ``items``, in order: the first, the last and
    ``k - 2`` evenly between (k = 3: first, middle, last); all of them if there are ≤ k."""
    n = len(items)
    if n <= k:
        return list(items)
    if k <= 0:
        return []
    if k == 1:
        return [items[0]]
    # k distinct indexes from 0 to n - 1, increasing (n > k, so the steps are > 1 apart on average)
    picked = sorted({round(i * (n - 1) / (k - 1)) for i in range(k)})
    return [items[i] for i in picked]
