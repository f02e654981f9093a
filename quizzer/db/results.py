"""What an import did (plain data: no SQLAlchemy, so an unchanged re-import
can report it without loading the ORM)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizzer.extract.model import ExtractWarning

if TYPE_CHECKING:
    from quizzer.documents import Skipped

__all__ = ["Batch", "ImportResult", "made_beside"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    deck: str
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    restored: int = 0
    warnings: tuple[ExtractWarning, ...] = ()
    waiting: int = 0  # the deck's cards waiting for a check (quizzer.db.checks) after the import
    waiting_groups: int = 0  # … and how many groups quizzer check asks about them (quizzer.checking.questions)
    waiting_added: int = 0  # … of which this import added (the rest waited before it)
    held_back: int = 0  # new cards of this import held at once: their shape was held back in a check
    retired_notes: tuple[str, ...] = ()  # the fronts of the notes this import retired, in the document's order

    def as_json(self) -> dict[str, object]:
        return {
            "deck": self.deck,
            "source": self.source,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "retired": self.retired,
            "restored": self.restored,
            "waiting": self.waiting,
            "waiting_added": self.waiting_added,
            "held_back": self.held_back,
            "retired_notes": list(self.retired_notes),
            "warnings": [warning.as_json() for warning in self.warnings],
        }

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired or self.restored)

    @property
    def new_deck(self) -> bool:
        """Whether the import made this deck: every note in it is one it added."""
        return bool(self.added) and not (self.updated or self.unchanged or self.retired or self.restored)


@dataclass(frozen=True, slots=True)
class Batch:
    """An import of several documents: one result each, what was left out and why,
    and decks whose documents moved."""

    results: tuple[ImportResult, ...]
    skipped: tuple[Skipped, ...]
    moved: tuple[tuple[str, str, str], ...]  # (deck, old source, new source)
    #: (deck, source): decks filled from a document under a folder imported, which is not there any more
    gone: tuple[tuple[str, str], ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "imports": [result.as_json() for result in self.results],
            "skipped": [skip.as_json() for skip in self.skipped],
            "moved": [{"deck": deck, "from": old, "to": new} for deck, old, new in self.moved],
            "gone": [{"deck": deck, "document": source} for deck, source in self.gone],
        }


def made_beside(source: str, results: Sequence[ImportResult]) -> ImportResult | None:
    """The one deck an import made from a document in the folder of ``source`` (a document no longer
    there), None if it made none or several there: a renamed document whose notes changed too much to
    be matched (quizzer.importing) fills a new deck beside its old one's gone document."""
    folder = Path(source).parent
    made = [result for result in results if result.new_deck and Path(result.source).parent == folder]
    return made[0] if len(made) == 1 else None
