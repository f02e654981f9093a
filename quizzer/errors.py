"""The one exception a user sees: a problem they can fix, said in one sentence.

Library code raises :class:`QuizzerError`; only ``cli.py`` turns it into an
``Error: …`` line and a non-zero exit.  Anything else is a bug and keeps its
traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizzer.i18n import _

__all__ = ["DatabaseBusy", "QuizzerError", "no_such_deck"]


class QuizzerError(Exception):
    """A user-facing problem; ``str(error)`` is the sentence to print."""

    exit_code = 1


class DatabaseBusy(QuizzerError):
    """Another program holds the database's write lock (the review screen waits, showing it)."""


def no_such_deck(name: str, known: Iterable[str]) -> QuizzerError:
    """The sentence for a deck name that names no deck, listing those there are."""
    names = list(known)
    listed = ", ".join(names) if names else _("none yet; add one with 'quizzer import NOTES.md'")
    return QuizzerError(_("There is no deck named '{name}' (decks: {listed}).").format(name=name, listed=listed))
