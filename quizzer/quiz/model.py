"""What a quiz is made of: facts (notes as the quiz sees them) and questions (plain frozen data).

A question carries everything needed to ask, check and report it, so a stored
exam can be shown again after its notes have changed or gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = ["Fact", "Format", "Question"]


class Format(StrEnum):
    """How a question is asked."""

    CHOICE = "choice"  # four choices, one right
    ORDER = "order"  # put the steps of a procedure in order
    TYPED = "typed"  # type the command, option or flag
    LINE = "line"  # write the whole example line from its flag notes


@dataclass(frozen=True, slots=True)
class Fact:
    """A live note with its cards (``card_ids[ord]``), as loaded for a quiz."""

    note_id: int
    deck: str
    kind: str
    front: str
    back: str
    command: str | None = None
    context: str | None = None
    answers: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    position: int | None = None
    card_ids: tuple[int, ...] = ()

    def card(self, ord_: int) -> int | None:
        """The card asking this side (0 forward, 1 reverse), else the forward one."""
        if ord_ < len(self.card_ids):
            return self.card_ids[ord_]
        return self.card_ids[0] if self.card_ids else None


@dataclass(frozen=True, slots=True)
class Question:
    """One question, ready to ask and to check.

    ``choices`` are the four choices (CHOICE) or the shuffled steps (ORDER);
    ``key`` is what a right answer is: the right choice's number (``"2"``), the
    steps' letters in order (``"CADB"``), or empty when ``accepted`` (the
    spellings ``grade`` compares with) decides.  ``answer`` is the right answer
    as a person reads it.
    """

    format: Format
    kind: str  # the note kind it tests (an order question: "step"; a line: "flag")
    deck: str
    section: str
    prompt: str  # the instruction
    text: str  # what is asked about
    answer: str
    key: str = ""
    accepted: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    context: str | None = None
    details: tuple[str, ...] = ()  # more lines to show with the question (a line's flag meanings)
    note_ids: tuple[int, ...] = ()
    card_ids: tuple[int, ...] = ()
    exact_only: tuple[str, ...] = ()  # also right, no "almost" (grading.Expected): "docker run -d" for "-d"
    spellings: tuple[tuple[str, str], ...] = ()  # flag spellings that are one: ("-d", "--detach")
    headings: tuple[str, ...] = ()  # the note's headings, the document's title first; ``section`` is the last

    @property
    def shows_text(self) -> bool:
        """Is ``text`` shown under the prompt?  Not when the prompt names it already: a step's questions (order,
        choice) name their procedure ("Which is step 3 of 백업 과정?" over "백업 과정" said it twice)."""
        return self.kind != "step"

    def as_json(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.exact_only:
            extra["exact_only"] = list(self.exact_only)
        if self.spellings:
            extra["spellings"] = [list(pair) for pair in self.spellings]
        if self.headings:
            extra["headings"] = list(self.headings)
        return {
            "format": self.format.value,
            "kind": self.kind,
            "deck": self.deck,
            "section": self.section,
            "prompt": self.prompt,
            "text": self.text,
            "answer": self.answer,
            "key": self.key,
            "accepted": list(self.accepted),
            "choices": list(self.choices),
            "context": self.context,
            "details": list(self.details),
            "note_ids": list(self.note_ids),
            "card_ids": list(self.card_ids),
            **extra,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Question:
        return cls(
            format=Format(data["format"]),
            kind=str(data["kind"]),
            deck=str(data["deck"]),
            section=str(data["section"]),
            prompt=str(data["prompt"]),
            text=str(data["text"]),
            answer=str(data["answer"]),
            key=str(data.get("key", "")),
            accepted=tuple(data.get("accepted", ())),
            choices=tuple(data.get("choices", ())),
            context=data.get("context"),
            details=tuple(data.get("details", ())),
            note_ids=tuple(int(n) for n in data.get("note_ids", ())),
            card_ids=tuple(int(n) for n in data.get("card_ids", ())),
            exact_only=tuple(data.get("exact_only", ())),
            spellings=tuple((str(a), str(b)) for a, b in data.get("spellings", ())),
            headings=tuple(str(h) for h in data.get("headings", ())),  # an exam stored before it: none
        )
