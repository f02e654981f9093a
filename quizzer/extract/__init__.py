"""Notes text → note drafts.  Pure: text in, notes out; no database, no files.

``extract(text, deck=..., source=...)`` returns a :class:`DeckDraft`.  The rules
(and markdown-it) load on first use, so code that only needs the note types
(storage, the review screen) does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizzer.extract.model import REVERSIBLE, DeckDraft, Kind, NoteDraft, ExtractWarning, note_key

if TYPE_CHECKING:
    from quizzer.extract.rules import extract

__all__ = ["REVERSIBLE", "DeckDraft", "ExtractWarning", "Kind", "NoteDraft", "extract", "note_key"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from quizzer.extract.rules import extract

        return extract
    raise AttributeError(f"module 'quizzer.extract' has no attribute {name!r}")
