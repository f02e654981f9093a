"""Where a deck's notes come from, as its ``source`` says (pure).

A deck is filled from a document of the person's (its ``source`` is the document's path), from a document
quizzer ships (``builtin:FILE``), or from an Anki package (``anki:DECK``, no document holds its notes).  Every
reader that asks which asks :func:`deck_origin`; the two prefixes are made here.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["ANKI_SOURCE", "BUILTIN_SOURCE", "Origin", "builtin_source", "deck_origin"]

BUILTIN_SOURCE = "builtin:"  # "builtin:git.md": a document quizzer ships
ANKI_SOURCE = "anki:"  # "anki:<the Anki deck's name>": an Anki package's deck


class Origin(Enum):
    DOCUMENT = "document"  # a document of the person's: the source is its path
    BUILTIN = "builtin"  # a document quizzer ships
    ANKI = "anki"  # an Anki package: no document holds its notes


def deck_origin(source: str) -> Origin:
    """Where the deck whose ``source`` this is comes from."""
    if source.startswith(BUILTIN_SOURCE):
        return Origin.BUILTIN
    if source.startswith(ANKI_SOURCE):
        return Origin.ANKI
    return Origin.DOCUMENT


def builtin_source(file_name: str) -> str:
    """The source of the deck filled from the shipped document ``file_name`` (``git.md``)."""
    return f"{BUILTIN_SOURCE}{file_name}"
