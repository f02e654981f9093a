"""Card templates: what a card asks and what it answers (pure).

Templates are applied when a card is shown, not stored, so improving one
needs no migration.  A note's forward card asks about its subject; the
reverse card (commands, options, flags) asks for the subject from its purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["Face", "render"]


class CardLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def ord(self) -> int: ...
    @property
    def front(self) -> str: ...
    @property
    def back(self) -> str: ...
    @property
    def command(self) -> str | None: ...
    @property
    def context(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Face:
    prompt: str  # the instruction: "What does this command do?"
    question: str
    answer: str
    context: str | None = None  # shown with the question
    after: str | None = None  # shown only with the answer


def render(card: CardLike) -> Face:
    kind, reverse, command = card.kind, card.ord == 1, card.command
    if kind == "command":
        if reverse:
            return Face("Which command does this?", card.back, card.front, after=card.context)
        return Face("What does this command do?", card.front, card.back, context=card.context)
    if kind == "option":
        owner = f" of {command}" if command else ""
        if reverse:
            return Face(f"Which option{owner} means this?", card.back, card.front)
        return Face(f"What does this option{owner} mean?", card.front, card.back)
    if kind == "flag":
        owner = command or "this command"
        if reverse:
            return Face(f"Which flag of {owner} means this?", card.back, card.front, after=card.context)
        return Face(f"What does {card.front} do in this {owner} line?", card.front, card.back, context=card.context)
    if kind == "syntax":
        return Face("Write the syntax of this command.", card.front, card.back)
    if kind in ("written", "written-both"):  # the person's own card: their words, no instruction of ours
        if reverse:
            return Face("Recall the other side.", card.back, card.front)
        return Face("Recall the answer." if kind == "written" else "Recall the other side.", card.front, card.back)
    if kind == "step":
        return Face("What is this step of the procedure?", card.front, card.back, after=card.context)
    if reverse:  # a Basic-and-reversed note imported from Anki
        return Face("What is this the answer to?", card.back, card.front, after=card.context)
    return Face("Explain.", card.front, card.back, after=card.context)
