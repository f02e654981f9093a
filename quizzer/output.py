"""Writing to the user's console: the edge where text becomes bytes.

Three rules, for every command:

- Text that came from notes, files or the user goes through
  :func:`quizzer.text.visible` before it is printed (tables, messages,
  warnings, errors), so it never drives the terminal.
- A console that cannot encode a character (``PYTHONIOENCODING=cp949``, a
  Korean Windows console) gets ``?`` in its place instead of a traceback, and
  :func:`report_unshown` says so once, in one sentence, at the end.
- JSON is UTF-8 bytes whatever the console's encoding (``--ascii-json``:
  ``\\uXXXX`` escapes, ASCII only); see :func:`write_json`.

A reader that stops reading (``quizzer decks | head -1``) ends the command quietly with
:data:`READER_GONE`, as a Unix tool killed by SIGPIPE ends (:func:`reader_gone`).
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

from quizzer.text import escape_unsafe

__all__ = ["READER_GONE", "clean_line_after_ctrl_c", "interrupts_noted", "json_text", "progress_bar", "reader_gone",
           "report_unshown", "set_ascii_json", "tolerate_encoding", "write_json"]

#: Work smaller than this (characters of notes) shows no progress bar: it is over before one would help.
PROGRESS_FROM = 2_000_000

#: The status of a command whose reader stopped reading: 128 + SIGPIPE, as the shell reports ``git log | head -1``
#: (with ``set -o pipefail``); nothing is printed, since the reader asked for no more.
READER_GONE = 141

_HANDLER = "quizzer.unshown"
_unshown: set[str] = set()  # the encodings that could not encode a character printed
_ascii_json = False
#: A Ctrl-C reached quizzer as a signal (typed at the command, not read as a key by a screen), and
#: whether the line after the '^C' the terminal wrote has been begun (:func:`clean_line_after_ctrl_c`).
_ctrl_c = {"signalled": False, "begun": False}


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    _unshown.add(error.encoding)
    return "?" * (error.end - error.start), error.end


codecs.register_error(_HANDLER, _replace)


def _is_unicode(encoding: str | None) -> bool:
    try:
        name = codecs.lookup(encoding or "ascii").name
    except LookupError:
        return False
    return name.startswith(("utf-8", "utf-16", "utf-32"))


def tolerate_encoding(*streams: IO[str]) -> None:
    """Let ``streams`` (default: stdout and stderr) write ``?`` for what they cannot encode."""
    for stream in streams or (sys.stdout, sys.stderr):
        if stream is None or _is_unicode(getattr(stream, "encoding", None)):
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            reconfigure(errors=_HANDLER)


def report_unshown() -> None:
    """One sentence on stderr if some character could not be shown (then forget it)."""
    if not _unshown:
        return
    from quizzer.i18n import _

    encodings = ", ".join(sorted(_unshown))
    _unshown.clear()
    print(
        _(
            "Some characters cannot be shown in this console's encoding ({encoding}) and were printed as '?'; "
            "use a UTF-8 terminal (or PYTHONIOENCODING=utf-8) to see them, or --json."
        ).format(encoding=encodings),
        file=sys.stderr,
    )


@contextmanager
def interrupts_noted() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt as ever, and is noted: a screen reads Ctrl-C as a key (the
    terminal then writes nothing), a command that prints lines gets it as a signal."""
    import signal

    def interrupted(_signal: int, _frame: object) -> None:
        _ctrl_c["signalled"] = True
        raise KeyboardInterrupt

    _ctrl_c.update(signalled=False, begun=False)
    try:
        before = signal.signal(signal.SIGINT, interrupted)
    except ValueError:  # not the main thread: Python's own handler stays
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def clean_line_after_ctrl_c() -> None:
    """After a Ctrl-C typed at a command, before saying what it did: a terminal that echoes control
    keys (``stty echoctl``, the default) wrote '^C' where the cursor was, and the next sentence went
    on after it ('^C3 documents were not imported …'); this ends that line.  Once per Ctrl-C, and
    only in a terminal (a file or pipe got no '^C')."""
    if not _ctrl_c["signalled"] or _ctrl_c["begun"]:
        return
    _ctrl_c["begun"] = True
    try:
        import termios
    except ImportError:  # Windows: no echo of ^C
        return
    for stream in (sys.stderr, sys.stdout):
        try:
            if stream is None or not stream.isatty():
                continue
            flags = termios.tcgetattr(stream.fileno())[3]
        except (OSError, ValueError, termios.error):
            continue
        if flags & termios.ECHO and flags & getattr(termios, "ECHOCTL", 0):
            stream.write("\n")
            stream.flush()
        return


def reader_gone() -> int:
    """End a command whose reader has gone: what is left to write to stdout goes to ``/dev/null`` (Python's
    last flush would otherwise complain on stderr) and the status is :data:`READER_GONE`."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return READER_GONE  # not a file (a test's capture): nothing flushes to a pipe at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)
    return READER_GONE


def set_ascii_json(value: bool) -> None:
    """``--ascii-json``: JSON escapes every non-ASCII character as ``\\uXXXX``."""
    global _ascii_json
    _ascii_json = value


def json_text(data: object) -> str:
    """``data`` as indented JSON that drives no terminal (see :func:`quizzer.text.escape_unsafe`)."""
    import json  # not at the top: ``quizzer --help`` imports this module and needs no JSON

    return escape_unsafe(json.dumps(data, ensure_ascii=_ascii_json, indent=2)) + "\n"


def write_json(data: object) -> None:
    """Print ``data`` as JSON on stdout: UTF-8 bytes, whatever the console's encoding."""
    text = json_text(data)
    stdout = sys.stdout
    buffer = getattr(stdout, "buffer", None)
    if buffer is None:
        stdout.write(text)
        return
    stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


@contextmanager
def progress_bar(
    label: str, *, size: int | None, smallest: int = PROGRESS_FROM
) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr for long work, only when stderr is a terminal;
    yields ``update(done, total)`` or None.

    ``size`` known up front: no bar under ``smallest``.  ``size=None`` (not known
    yet): the bar starts without a count and counts once ``update`` reports a
    total of ``smallest`` or more."""
    stderr = sys.stderr
    if stderr is None or not stderr.isatty() or (size is not None and size < smallest):
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=size)

        def update(done: int, total: int) -> None:
            if size is not None or total >= smallest:
                bar.update(task, completed=done, total=total)

        try:
            yield update
        except KeyboardInterrupt:  # the bar leaves with its line, and the '^C' on it: the next line is clean
            _ctrl_c["begun"] = True
            raise
