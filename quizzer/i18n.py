"""The interface's words in English or Korean, from one gettext catalogue.

Code writes every message in English, whole sentences with named
placeholders, wrapped in ``_()`` (or ``ngettext()`` for counts)::

    ngettext("Imported {count} note into {deck}.", "Imported {count} notes into {deck}.", n)

A sentence with several counts takes each counted noun whole from a function
below (``count_notes(3)`` → "3 notes", Korean "노트 3개") into the named
placeholders of one sentence: ``_("Wrote {file}: {notes}, {cards}.")``.

The Korean catalogue is ``quizzer/locale/ko/LC_MESSAGES/quizzer.po`` (the
source, edited by people) compiled to ``quizzer.mo`` beside it (shipped).
The language is chosen once at start-up (:func:`set_language`); until then it
follows the environment's locale.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "_",
    "count_answers",
    "count_cards",
    "count_days",
    "count_decks",
    "count_notes",
    "count_reviews",
    "detect_language",
    "language",
    "ngettext",
    "pgettext",
    "set_language",
    "translations",
]

DOMAIN = "quizzer"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("en", "ko")

_current: tuple[str, gettext.NullTranslations] | None = None


def detect_language(environ: Mapping[str, str] = os.environ) -> str:
    """The interface language the locale asks for (``ko`` or ``en``), as gettext reads it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


@lru_cache(maxsize=None)
def translations(code: str) -> gettext.NullTranslations:
    """The catalogue of one language (English: the messages as written)."""
    if code == "en" or code not in LANGUAGES:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)


def set_language(code: str | None) -> str:
    """Use ``code`` (``en``/``ko``; None: the locale's) from now on; returns the one chosen."""
    global _current
    chosen = code if code in LANGUAGES else detect_language()
    _current = (chosen, translations(chosen))
    return chosen


def _translations() -> gettext.NullTranslations:
    if _current is None:
        set_language(None)
    assert _current is not None
    return _current[1]


def language() -> str:
    """The language in use: ``en`` or ``ko``."""
    _translations()
    assert _current is not None
    return _current[0]


def N_(message: str) -> str:
    """Mark a message for the catalogue without translating it yet (tables
    built at import time are translated where they are shown)."""
    return message


def _(message: str) -> str:
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _translations().ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` in the sense ``context`` says: one English word for two things
    (``due``: a count of cards, or a date) may be two words in Korean."""
    return _translations().pgettext(context, message)


# -- counted nouns, for sentences with more than one count ---------------------------------
def count_notes(count: int) -> str:
    return ngettext("{count} note", "{count} notes", count).format(count=count)


def count_cards(count: int) -> str:
    return ngettext("{count} card", "{count} cards", count).format(count=count)


def count_reviews(count: int) -> str:
    return ngettext("{count} review", "{count} reviews", count).format(count=count)


def count_decks(count: int) -> str:
    return ngettext("{count} deck", "{count} decks", count).format(count=count)


def count_answers(count: int) -> str:
    return ngettext("{count} answer", "{count} answers", count).format(count=count)


def count_days(count: int) -> str:
    return ngettext("{count} day", "{count} days", count).format(count=count)
