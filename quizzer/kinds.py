"""The kinds of note (a vocabulary shared by extraction, storage and the screens).

Its own module, outside :mod:`quizzer.extract` (whose package loads the note
model and dataclasses): ``quizzer --help`` lists the kinds as ``--kind``
choices and should load nothing more for it.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Kind"]


class Kind(StrEnum):
    COMMAND = "command"
    OPTION = "option"
    FLAG = "flag"
    SYNTAX = "syntax"
    CONCEPT = "concept"
    STEP = "step"
    WRITTEN = "written"  # a card written by hand in the notes (front::back)
    WRITTEN_BOTH = "written-both"  # … to be asked both ways (front:::back)
