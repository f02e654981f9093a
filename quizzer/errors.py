"""The one exception a user sees: a problem they can fix, said in one sentence.

Library code raises :class:`QuizzerError`; only ``cli.py`` turns it into an
``Error: …`` line and a non-zero exit.  Anything else is a bug: ``cli.py`` says so
in one sentence too (exit status 70) and keeps its traceback in a crash report
(:mod:`quizzer.crash_report`).
"""

from __future__ import annotations

import errno
from collections.abc import Iterable, Sequence
from os import PathLike

from quizzer.i18n import N_, _

__all__ = ["FEW_DECKS", "CardGone", "DatabaseBusy", "QuizzerError", "nearest_names", "no_such_deck", "os_reason"]


class QuizzerError(Exception):
    """A user-facing problem; ``str(error)`` is the sentence to print."""

    exit_code = 1

    def __init__(self, message: str = "", *, command: str = "", paths: Sequence[str | PathLike[str]] = ()) -> None:
        super().__init__(message)
        #: a command written in ``message`` for the person to copy ("" if none): a terminal shows it
        #: on a line of its own, unbroken
        self.command = command
        #: the paths written in ``message``: a terminal shows each unbroken too (a space in one or a
        #: long one was folded into two lines, which copy as a wrong path)
        self.paths = tuple(str(path) for path in paths)


class DatabaseBusy(QuizzerError):
    """Another program holds the database's write lock (the review screen waits, showing it)."""


class CardGone(QuizzerError):
    """The card on screen was deleted by another program (its deck deleted or replaced) before
    its answer: nothing was written, and the review moves on."""


#: Up to this many decks, an unknown deck name lists them all; beyond, the nearest names.
FEW_DECKS = 8


def no_such_deck(name: str, known: Iterable[str], db_option: Sequence[str] = ()) -> QuizzerError:
    """The sentence for a deck name that names no deck: the decks there are, or with many
    decks the nearest names (by spelling, or holding what was typed); ``db_option``: the words
    that name the database in the command it gives (:func:`quizzer.paths.db_option`)."""
    from quizzer.to_copy import Blank, quizzer_command

    names = list(known)
    if len(names) <= FEW_DECKS:
        if names:
            return QuizzerError(_("There is no deck named '{name}' (decks: {listed}).").format(
                name=name, listed=", ".join(names)))
        command = quizzer_command("import", Blank("NOTES.md"), db_option=db_option)
        listed = _("none yet; add one with {command}").format(command=command)
        return QuizzerError(_("There is no deck named '{name}' (decks: {listed}).").format(name=name, listed=listed),
                            command=command)
    nearest = nearest_names(name, names)
    command = quizzer_command("decks", db_option=db_option)
    if nearest:
        message = _("There is no deck named '{name}' (nearest: {nearest}; {command} lists all {count}).")
    else:
        message = _("There is no deck named '{name}' ({command} lists all {count}).")
    return QuizzerError(message.format(name=name, nearest=", ".join(nearest), count=len(names), command=command),
                        command=command)


def nearest_names(name: str, names: Sequence[str], *, most: int = 3) -> list[str]:
    """Up to ``most`` of ``names`` near ``name``, nearest first: close in spelling
    (difflib, any case), then those that hold it (``notes`` → ``linux/notes``)."""
    from difflib import get_close_matches

    folded = name.casefold()
    by_fold: dict[str, str] = {}
    for known in names:
        by_fold.setdefault(known.casefold(), known)
    close = [by_fold[match] for match in get_close_matches(folded, list(by_fold), n=most, cutoff=0.6)]
    holding = sorted(known for known in names if folded and folded in known.casefold())
    return list(dict.fromkeys([*close, *holding]))[:most]


#: what the system says of a file or folder it refused, in the interface's language (``os.strerror`` is the C
#: library's English: '그림을 …에 저장할 수 없습니다: No such file or directory')
_OS_REASONS: dict[int, str] = {
    errno.ENOENT: N_("there is no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("the operation is not permitted"),
    errno.EISDIR: N_("it is a folder"),
    errno.ENOTDIR: N_("a part of the path is a file, not a folder"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the file system is read-only"),
    errno.EEXIST: N_("it already exists"),
    errno.ENAMETOOLONG: N_("the name is too long"),
}


def os_reason(error: OSError) -> str:
    """Why the system refused a file, as the interface says it: a known reason translated, else the system's own
    words (else the error as written)."""
    known = _OS_REASONS.get(error.errno) if error.errno is not None else None
    return _(known) if known is not None else error.strerror or str(error)
