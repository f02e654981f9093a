"""The command line: parse arguments, dispatch to a command, turn errors into one line.

The commands live in :mod:`quizzer.commands` (one module a group).  Problems a
user can fix arrive as QuizzerError and leave as one ``Error: …`` line with
exit status 1.  Heavy modules are imported inside the command that needs them,
so ``quizzer --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from quizzer import __version__
from quizzer.commands import MODULES
from quizzer.commands.common import on_terminal, say, start_up
from quizzer.errors import QuizzerError
from quizzer.i18n import LANGUAGES, _, set_language
from quizzer.output import (
    clean_line_after_ctrl_c,
    interrupts_noted,
    reader_gone,
    report_unshown,
    set_ascii_json,
    tolerate_encoding,
)
from quizzer.text import one_line, visible

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["build_parser", "main"]


class Parser(argparse.ArgumentParser):
    """argparse, but what it prints (usage errors quote the user's words) is shown inertly."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # argparse's own ignores a failed write: --help's reader gone (| head -1) ends as every command's does
        stream = file or sys.stderr
        if not message or stream is None:
            return
        try:
            stream.write(visible(message))
            getattr(stream, "flush", lambda: None)()
        except BrokenPipeError:
            raise SystemExit(reader_gone()) from None

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """A usage error's sentence wrapped between words on a terminal (at 40 columns the terminal cut
        '덱 이/름은'), as quizzer's own errors are."""
        if message:
            message = on_terminal(message.rstrip("\n"), sys.stderr) + "\n"
        super().exit(status, message)


def build_parser() -> argparse.ArgumentParser:
    from quizzer.argparse_words import HelpFormatter, RawDescriptionHelpFormatter, install

    install()
    parser = Parser(
        prog="quizzer",
        description=_("Turn study notes into flashcards and review them daily with SM-2."),
        epilog=_files(),
        formatter_class=RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"quizzer {__version__}", help=_("show the version and exit")
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=_("database file (default: $QUIZZER_DB, else $QUIZZER_HOME/quizzer.db, else your data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_("language of the interface (default: the 'language' setting, else the locale)"),
    )
    parser.add_argument(
        "--ascii-json", action="store_true", help=_("with --json: escape every non-ASCII character as \\uXXXX")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, formatter_class=HelpFormatter)
        sub.set_defaults(func=func)
        return sub

    for module in MODULES:
        importlib.import_module(module).register(add)
    return parser


def chosen_language(argv: Sequence[str]) -> str | None:
    """``--lang`` if given, else the ``language`` setting, else None (the locale).

    Read before the parser is built, so its help is in that language too.
    """
    for n, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and n + 1 < len(argv):
            return argv[n + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    from quizzer.paths import config_path

    try:
        if not config_path().exists():  # the defaults: no need to load the settings module (and tomllib)
            return None
    except (OSError, ValueError):
        pass  # load_config says what is wrong with the path
    from quizzer.config import load_config

    try:
        return load_config().language
    except QuizzerError:
        return None  # the command that needs the settings says what is wrong with them


def _files() -> str:
    """The files quizzer uses, for the end of ``quizzer --help``."""
    from quizzer.paths import config_path, database_path

    return _(
        "files:\n  database  {database}  (--db PATH, $QUIZZER_DB or $QUIZZER_HOME change it)\n"
        "  settings  {settings}  ($QUIZZER_CONFIG or $QUIZZER_HOME change it)\n"
        "  'quizzer where' shows them and the documents each deck comes from."
    ).format(database=database_path(), settings=config_path())


def main(argv: Sequence[str] | None = None) -> int:
    tolerate_encoding()  # first: even a settings warning may meet a console that cannot show it
    try:
        with start_up(), interrupts_noted():
            set_language(chosen_language(list(sys.argv[1:] if argv is None else argv)))
            return _main(argv)
    finally:
        report_unshown()


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "review"])
    set_ascii_json(args.ascii_json)
    try:
        status = int(args.func(args))
        sys.stdout.flush()  # here, not at exit: a reader gone (| head -1) is then this command's to end quietly
        return status
    except QuizzerError as error:
        say(_("Error: {message}").format(message=visible(one_line(str(error)))), sys.stderr,
            command=visible(error.command), paths=[one_line(path) for path in error.paths])
        return error.exit_code
    except KeyboardInterrupt:
        clean_line_after_ctrl_c()
        print(_("Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return reader_gone()
    except OSError as error:
        if error.filename is None:
            return _bug(error, argv)  # no file the system refused: a bug
        # a path the person gave that the system refused before a command could check it ('File name too long',
        # and for another user 'Permission denied', from Path.exists()): one sentence, never a traceback
        from quizzer.errors import os_reason

        path = one_line(str(error.filename))
        say(_("Error: {message}").format(message=visible(one_line(_("The system refused {path}: {reason}.").format(
            path=path, reason=os_reason(error))))), sys.stderr, paths=[visible(path)])
        return 1
    except Exception as error:  # a bug: one sentence and the details kept for a report, never a traceback
        return _bug(error, argv)


def _bug(error: BaseException, argv: Sequence[str] | None) -> int:
    """Say in one sentence that quizzer met a bug and where its details are; exit status 70 (EX_SOFTWARE)."""
    from quizzer import crash_report

    if crash_report.showing_tracebacks():
        raise error
    words = list(sys.argv[1:] if argv is None else argv)
    path = crash_report.write(error, words, __version__)
    kind = type(error).__name__
    if path is None:
        message = _("quizzer met a bug ({kind}) and stopped; what was already saved is kept.").format(kind=kind)
    else:
        message = _(
            "quizzer met a bug ({kind}) and stopped; what was already saved is kept. Its details are in {path}: "
            "please send that file with a report."
        ).format(kind=kind, path=path)
    say(_("Error: {message}").format(message=visible(message)), sys.stderr, paths=[] if path is None else [visible(str(path))])
    return 70
