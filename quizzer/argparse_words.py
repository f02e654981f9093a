"""argparse's own words (``usage:``, ``options``, its error messages) from
quizzer's catalogue, so ``quizzer --lang ko --help`` is Korean throughout, and
help text wrapped by the cells it takes on screen (a Korean letter takes two),
so it keeps to its column and to the terminal's width.

argparse looks its messages up with the module-level ``argparse._`` each time
it shows one; :func:`install` points that at quizzer's catalogue (messages
not listed here stay in English).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import Any

from quizzer.i18n import N_, _, ngettext
from quizzer.text import width as cells
from quizzer.text import wrap

__all__ = ["MESSAGES", "HelpFormatter", "RawDescriptionHelpFormatter", "install"]

#: The messages of argparse (Python 3.11–3.13) a quizzer user can see.
MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("%(prog)s: error: %(message)s\n"),
)


def install() -> None:
    """Show argparse's messages in the language quizzer uses."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


_SPACES = re.compile(r"\s+")


def columns() -> int:
    """``shutil.get_terminal_size().columns`` (``$COLUMNS``, else the terminal's, else 80),
    without importing shutil and the compression modules it brings (``quizzer --help``)."""
    try:
        found = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        found = 0
    if found <= 0:
        stdout = sys.__stdout__
        try:
            found = os.get_terminal_size(stdout.fileno()).columns if stdout is not None else 0
        except (AttributeError, ValueError, OSError):
            found = 0
    return found or 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with lines measured in terminal cells (wcwidth), not characters."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, columns() - 2 if width is None else width)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        # argparse lines the usage up under len(prefix): give it an ASCII stand-in of the prefix's cells
        shown = _("usage: ") if prefix is None else prefix
        stand_in = "u" * cells(shown)
        return shown + super()._format_usage(usage, actions, groups, stand_in)[len(stand_in):]

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(_SPACES.sub(" ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(_SPACES.sub(" ", text).strip(), width - len(indent)))


class RawDescriptionHelpFormatter(HelpFormatter):
    """As :class:`HelpFormatter`, the description and epilog kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "".join(indent + line for line in text.splitlines(keepends=True))
