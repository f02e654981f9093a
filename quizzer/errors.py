"""The one exception a user sees: a problem they can fix, said in one sentence.

Library code raises :class:`QuizzerError`; only ``cli.py`` turns it into an
``Error: …`` line and a non-zero exit.  Anything else is a bug and keeps its
traceback.
"""

from __future__ import annotations

__all__ = ["QuizzerError"]


class QuizzerError(Exception):
    """A user-facing problem; ``str(error)`` is the sentence to print."""

    exit_code = 1
