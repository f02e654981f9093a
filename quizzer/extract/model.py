"""What extraction produces: note drafts and warnings (plain frozen data)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from quizzer.kinds import Kind

if TYPE_CHECKING:
    from quizzer.extract.incremental import Sources

__all__ = ["DeckDraft", "ExtractWarning", "Kind", "NoteDraft", "note_key"]


#: Kinds that also get a reverse card (purpose → command, back → front).
REVERSIBLE = frozenset({Kind.COMMAND, Kind.OPTION, Kind.FLAG, Kind.WRITTEN_BOTH})


def note_key(deck: str, kind: Kind, command: str | None, term: str) -> str:
    """A note's identity: what it is about, never its answer text."""
    return "|".join((deck, kind.value, command or "", term))


@dataclass(frozen=True, slots=True, init=False)
class NoteDraft:
    """One fact from a document, ready to store.

    ``front`` is the subject (a command line without its placeholders, or as
    written when dropping them would glue its words into another line, an
    option's spellings, a term) and ``back`` what the notes say of it.
    ``reason`` says which rule made the note, for a person checking why.
    ``answers`` lists every spelling a typed answer may use (``docker stats
    webserver1`` and ``docker stats``); ``context`` is the line as written when
    it is not the front (the example a flag came from, a usage with
    placeholders); ``position`` is a step's place in its procedure, which is in
    its front but not its key; ``reason`` says why the note was made.
    """

    key: str
    kind: Kind
    front: str
    back: str
    command: str | None
    section: tuple[str, ...]
    line: int
    tags: tuple[str, ...]
    answers: tuple[str, ...] = ()
    context: str | None = None
    position: int | None = None
    reason: str | None = None  # the rule that made it ("`command: description` line"), shown by `quizzer extract`

    def __init__(
        self, key: str, kind: Kind, front: str, back: str, command: str | None, section: tuple[str, ...], line: int,
        tags: tuple[str, ...], answers: tuple[str, ...] = (), context: str | None = None, position: int | None = None,
        reason: str | None = None,
    ) -> None:
        # each slot written by its own descriptor: the frozen dataclass's generated __init__ looks up
        # object.__setattr__ for each field, twice the time, and an import makes every note of a document
        # (tests/test_note_draft.py: the same fields, order and defaults as the dataclass's own)
        _KEY(self, key)
        _KIND(self, kind)
        _FRONT(self, front)
        _BACK(self, back)
        _COMMAND(self, command)
        _SECTION(self, section)
        _LINE(self, line)
        _TAGS(self, tags)
        _ANSWERS(self, answers)
        _CONTEXT(self, context)
        _POSITION(self, position)
        _REASON(self, reason)

    def as_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "kind": self.kind.value,
            "front": self.front,
            "back": self.back,
            "command": self.command,
            "section": list(self.section),
            "line": self.line,
            "tags": list(self.tags),
            "answers": list(self.answers),
            "context": self.context,
            "position": self.position,
            "reason": self.reason,
        }


_KEY, _KIND, _FRONT, _BACK, _COMMAND, _SECTION, _LINE, _TAGS, _ANSWERS, _CONTEXT, _POSITION, _REASON = (
    NoteDraft.__dict__[f.name].__set__ for f in fields(NoteDraft)
)


@dataclass(frozen=True, slots=True)
class ExtractWarning:
    """Something in a document quizzer could not use as written, at its line."""

    line: int
    message: str

    def as_json(self) -> dict[str, object]:
        return {"line": self.line, "message": self.message}


@dataclass(frozen=True, slots=True)
class DeckDraft:
    name: str
    source: str
    notes: tuple[NoteDraft, ...] = field(default=())
    warnings: tuple[ExtractWarning, ...] = field(default=())
    # the kept pieces that wrote the notes, when the document was read a piece at a time: the import knows
    # a run of notes by them without reading it (quizzer.db.row_record); not part of what the draft says
    sources: Sources | None = field(default=None, compare=False, repr=False)

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "source": self.source,
            "notes": [note.as_json() for note in self.notes],
            "warnings": [warning.as_json() for warning in self.warnings],
        }
