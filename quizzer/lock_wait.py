"""A screen's write that another program's lock holds up: said on screen and tried again.

A full screen (review, quiz, exam) writes with ``wait=False``: while another
program holds the database's write lock the write gives up at once
(:class:`quizzer.errors.DatabaseBusy`) instead of freezing the screen for the
busy timeout.  The screen hands such a write to :class:`LockWait`, which tries
it again every :data:`RETRY_SECONDS` and draws a spinner and one sentence
meanwhile; the screen lets only its way out (q, Ctrl-C) act until it goes through.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import StyleAndTextTuples

from quizzer.durations import duration_text
from quizzer.errors import DatabaseBusy
from quizzer.i18n import _
from quizzer.screen import wrapped
from quizzer.to_copy import quizzer_command

__all__ = ["RETRY_SECONDS", "LockWait", "left_behind"]

SPINNER = "|/-\\"
RETRY_SECONDS = 0.2  # how often a write the lock holds up is tried again (each try waits 50 ms)

Action = Callable[[], None]


class LockWait:
    """The write a screen is waiting to make, if any.

    ``retry(action)`` is how the screen runs an action (its own checks and error
    messages around :meth:`run`); it is called again for the held write.
    """

    def __init__(self, app: Callable[[], Application[None]], retry: Callable[[Action], None]) -> None:
        self._app = app
        self._retry = retry
        self.action: Action | None = None
        self.since = 0.0
        self.ending = False  # the held write ends the exam (it is not an answer)
        self.edit: Path | None = None  # the held write imports this file, edited from the review (``e``)

    @property
    def held(self) -> bool:
        return self.action is not None

    def run(self, action: Action, *, ending: bool = False, edit: Path | None = None) -> bool:
        """Run ``action``: True once it went through; False when the lock holds it up (it is
        tried again in a moment).  Other errors go to the caller, and the wait ends.  ``ending``:
        the write ends the exam; ``edit``: it imports this edited file; the sentence says so (kept
        when the held write is tried again)."""
        try:
            action()
        except DatabaseBusy:
            if self.action is None:
                self.since = time.monotonic()
            if action is not self.action:
                self.ending, self.edit = ending, edit
            self.action = action
            asyncio.get_running_loop().call_later(RETRY_SECONDS, self._again)
            return False
        except BaseException:
            self.action = None
            raise
        self.action = None
        return True

    def _again(self) -> None:
        app = self._app()
        if self.action is None or not app.is_running or app.is_done:
            return
        self._retry(self.action)
        app.invalidate()

    def lines(self, cols: int, *, leave: str, keys: str) -> list[StyleAndTextTuples]:
        """A spinner and the sentence saying what waits; ``leave``: the key that leaves without it;
        ``keys``: the key bar meanwhile."""
        seconds = time.monotonic() - self.since
        frame = SPINNER[int(seconds * 8) % len(SPINNER)]
        if self.ending:  # leaving now still ends the exam: the command waits for the lock, and says so
            text = _(
                "Waiting for the database, which another program is using ({time}): the exam ends and is "
                "scored as soon as it is free."
            ).format(time=duration_text(int(seconds)))
        elif self.edit is not None:  # leaving now leaves the edit in the file, not imported
            text = _(
                "Waiting for the database, which another program is using ({time}): your edit of {file} is "
                "imported as soon as it is free, and {key} leaves without importing it (the file keeps it)."
            ).format(time=duration_text(int(seconds)), file=self.edit.name, key=leave)
        else:
            text = _(
                "Waiting for the database, which another program is using ({time}): your answer is saved "
                "as soon as it is free, and {key} leaves without it."
            ).format(time=duration_text(int(seconds)), key=leave)
        # the sentence goes on under itself, not under the spinner (its second line began at the edge)
        first, *rest = wrapped(text, cols - 2, "class:message")
        lines = [[("class:message", f"{frame} "), *first], *([("class:message", "  "), *line] for line in rest)]
        lines.append([("class:dim", keys)])
        return lines


def left_behind(lock: LockWait, db_option: Sequence[str] = ()) -> tuple[str, str] | None:
    """What a screen left without, when the person left it while the lock held a write up (q, Ctrl-C),
    and the command in it to copy ("" if none): the edit not imported (the file keeps it, and the command
    that imports it: with ``db_option`` (:func:`quizzer.paths.db_option`), so the edit goes where the
    review's cards are), or the answer not saved; None when nothing waited."""
    if not lock.held or lock.ending:  # an exam's ending is made by the command itself, waiting
        return None
    if lock.edit is not None:
        command = quizzer_command("import", lock.edit, db_option=db_option)
        return _(
            "Your edit of {file} was not imported: another program was using the database. The file keeps it; "
            "{command} imports it."
        ).format(file=lock.edit.name, command=command), command
    return _("Your last answer was not saved: another program was using the database."), ""
