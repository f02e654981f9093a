"""Notes text → note drafts.  Pure: text in, notes out; no database, no files.

``extract(text, deck=..., source=...)`` returns a :class:`DeckDraft`.
"""

from quizzer.extract.model import REVERSIBLE, DeckDraft, Kind, NoteDraft, Warning, note_key
from quizzer.extract.rules import extract

__all__ = ["REVERSIBLE", "DeckDraft", "Kind", "NoteDraft", "Warning", "extract", "note_key"]
