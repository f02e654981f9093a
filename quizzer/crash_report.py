"""A bug's details kept for a report, so the person sees one sentence and never a traceback (I/O at the edge).

Anything but :class:`~quizzer.errors.QuizzerError` reaching ``cli.py`` is a bug in quizzer.  What was already
saved stays saved (each answer and each document's import is its own transaction), so the person needs to know
only that the command stopped and where the details are; the traceback goes to a file under the cache folder
(``QUIZZER_HOME/cache/crash-reports``), not to the terminal.  ``QUIZZER_DEBUG=1`` shows it instead (the tests set it,
so a bug fails a test with its traceback).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

__all__ = ["showing_tracebacks", "write"]


def showing_tracebacks() -> bool:
    """Has the person (or a test) asked to see a bug's traceback (``QUIZZER_DEBUG`` set, not "0")?"""
    return os.environ.get("QUIZZER_DEBUG", "0") not in ("", "0")


def write(error: BaseException, argv: Sequence[str], version: str) -> Path | None:
    """Write ``error``'s traceback, the command and quizzer's version to a new file; its path, or None when no
    file could be written (the sentence then says so; the bug must not hide behind a second one)."""
    from quizzer.paths import cache_path

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        folder = cache_path() / "crash-reports"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}-{os.getpid()}.txt"
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        path.write_text(
            f"quizzer {version}, Python {sys.version.split()[0]}, {sys.platform}\n"
            f"command: quizzer {' '.join(argv)}\n\n{details}",
            encoding="utf-8",
        )
    except (OSError, ValueError):
        return None
    return path
