"""Whether an exam is running right now, in this program or another one (the edge: files).

A running exam holds an exclusive ``flock`` on a file beside the database,
``quizzer.db.exam-ID.lock``, from the moment it is stored (or taken up again)
until it ends.  The kernel lets go of the lock when the process ends however
it ends (``kill -9``, a closed terminal, a power loss), so an exam whose file
is free was cut off and is offered for resume, and one whose file is locked is
running and is not.  No heartbeat, no clock: nothing to be late.  The file goes
when the exam ends; one a crash left is removed by the next ``quizzer exam``
(:func:`sweep`: an unlocked file says nothing, and a resume makes it again).
A taker checks that the file it locked is still the one at the path (a sweep or
an ending may have removed it in between), so no exam runs under a lock on a
file nobody else can find.
"""

from __future__ import annotations

import glob
import os
import time
import weakref
from pathlib import Path

from quizzer.errors import QuizzerError
from quizzer.i18n import _

try:
    import fcntl
except ImportError:  # pragma: no cover - no flock (Windows): every cut-off exam is offered, as before
    fcntl = None  # type: ignore[assignment]

__all__ = ["ExamLock", "exam_running", "lock_path", "sweep"]

#: A check by another program holds the lock for an instant: a taker tries this many times, 20 ms apart.
_TRIES = 10


def lock_path(database: Path, exam_id: int) -> Path:
    return database.with_name(f"{database.name}.exam-{exam_id}.lock")


def _try_lock(fd: int) -> bool:
    assert fcntl is not None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _still_there(fd: int, path: Path) -> bool:
    """Whether the file ``fd`` has open is still the one at ``path`` (not removed since it was opened)."""
    try:
        at_path = os.stat(path)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (at_path.st_dev, at_path.st_ino)


def sweep(database: Path) -> int:
    """Remove the lock files of ``database``'s exams that no program holds (left by crashes); how many."""
    if fcntl is None:
        return 0
    removed = 0
    for path in database.parent.glob(f"{glob.escape(database.name)}.exam-*.lock"):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _try_lock(fd) and _still_there(fd, path):  # held while it goes: a taker then finds it gone
                path.unlink()
                removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def exam_running(database: Path, exam_id: int) -> bool:
    """Whether a program (this one included) is running exam ``exam_id`` of ``database`` now."""
    if fcntl is None:
        return False
    try:
        fd = os.open(lock_path(database, exam_id), os.O_RDONLY)
    except OSError:
        return False  # never locked, or ended (its file went)
    try:
        if not _try_lock(fd):
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


class ExamLock:
    """The lock a running exam holds; let go by :meth:`release`, or when this object or the
    process goes."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._close = weakref.finalize(self, os.close, fd)

    @classmethod
    def take(cls, database: Path, exam_id: int) -> ExamLock | None:
        """The lock of exam ``exam_id``; None where locks cannot be had (no flock, a folder that
        cannot be written).  A :class:`QuizzerError` when another program runs the exam."""
        if fcntl is None:
            return None
        path = lock_path(database, exam_id)
        for attempt in range(_TRIES):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                return None
            if _try_lock(fd):
                if _still_there(fd, path):
                    return cls(path, fd)
                os.close(fd)  # removed between the open and the lock (a sweep, an ending): the path's file again
                continue
            os.close(fd)
            if attempt + 1 < _TRIES:
                time.sleep(0.02)
        raise QuizzerError(_("Exam {id} is running in another terminal; finish it there.").format(id=exam_id))

    def release(self) -> None:
        """The exam ended: its file goes, then the lock (a check in between finds no file: not running)."""
        if self._close.alive:
            try:
                self.path.unlink()
            except OSError:
                pass
            self._close()
