"""Where an export goes: the default name, refusing to overwrite, writing whole files only."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from quizzer import lazyre
from quizzer.errors import QuizzerError, os_reason
from quizzer.i18n import _

__all__ = ["default_name", "output_path", "refuse_special", "replacing"]

_UNSAFE = lazyre.pattern(r'[\\/:*?"<>|\x00-\x1f]+')


def default_name(decks: Sequence[str], suffix: str) -> str:
    """``docker-containers.ko.apkg``; several decks joined with ``+``."""
    stem = "+".join(_UNSAFE.sub("_", name) for name in decks) or "quizzer"
    if len(stem) > 120:
        stem = f"{_UNSAFE.sub('_', decks[0])}+{len(decks) - 1}-more"
    return f"{stem}.{suffix}"


def output_path(given: str | None, default: str, *, force: bool) -> Path:
    """The file to write; refuses an existing file without ``force``, a missing folder, ``-``
    (which Unix tools read as standard output) and a pipe or a device (:func:`refuse_special`)."""
    if given == "-":
        raise QuizzerError(_("quizzer writes to a file, not to standard output: give a file name after -o "
                             "(./- for a file named '-')."))
    path = Path(given).expanduser() if given else Path(default)
    if path.is_dir():
        path = path / default
    if not path.parent.is_dir():
        raise QuizzerError(_("The folder {parent} does not exist; create it or choose another path with -o.").format(parent=path.parent))
    refuse_special(path)
    if path.exists() and not force:
        raise QuizzerError(_("{path} already exists; add --force to overwrite it, or choose another path with -o.").format(path=path), paths=(path,))
    return path


def refuse_special(path: Path) -> None:
    """Refuse to write over a named pipe or a device (``/dev/stdout``, ``/dev/full``): a file is written
    beside it and renamed over it, which as root replaced the device itself with the file."""
    if path.exists() and not path.is_file() and not path.is_dir():
        raise QuizzerError(_("{path} is not a regular file (a pipe or a device); quizzer writes to files.").format(path=path),
                           paths=(path,))


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` that replaces it only when the block succeeds."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise QuizzerError(_("Cannot write to {parent}: {reason}.").format(parent=target.parent, reason=os_reason(error))) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        mask = os.umask(0)
        os.umask(mask)
        temporary.chmod(0o666 & ~mask)  # as an ordinary new file (mkstemp makes it private)
        os.replace(temporary, target)
    except OSError as error:
        raise QuizzerError(_("Cannot write {target}: {reason}.").format(target=target, reason=os_reason(error)), paths=(target,)) from None
    finally:
        temporary.unlink(missing_ok=True)
