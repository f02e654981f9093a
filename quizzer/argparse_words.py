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

from quizzer import lazyre
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


_SPACES = lazyre.pattern(r"\s+")


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
        text = shown + super()._format_usage(usage, actions, groups, stand_in)[len(stand_in):]
        if all(cells(line) <= self._width for line in text.splitlines()):
            return text
        return self._narrow_usage(text, shown)

    def _narrow_usage(self, text: str, shown: str) -> str:
        """The usage on a narrow terminal, where argparse's layout (the parts lined up under
        the program's name, a part never broken) runs past the edge: the parts under a
        two-space indent, and a part longer than a line (a list of choices) broken after
        its commas."""
        body = text[len(shown):].strip()
        prog = self._prog if body.startswith(self._prog) else body.split(" ", 1)[0]
        lines = [shown + prog]
        line = ""
        room = max(self._width - 2, 8)
        for part in _USAGE_PART.findall(body[len(prog):]):
            pieces = [part] if cells(part) <= room else _broken(part, room - 2)
            for n, piece in enumerate(pieces):
                if n:
                    lines.append("  " + line)
                    line = "  " + piece
                elif line and cells(line) + 1 + cells(piece) <= room:
                    line += " " + piece
                else:
                    if line:
                        lines.append("  " + line)
                    line = piece
        if line:
            lines.append("  " + line)
        return "\n".join(lines) + "\n\n"

    def _format_action(self, action: argparse.Action) -> str:
        # an option whose choices are wider than the terminal: broken after its commas
        out = []
        for line in super()._format_action(action).splitlines(keepends=True):
            if cells(line.rstrip("\n")) <= self._width:
                out.append(line)
                continue
            lead = line[: len(line) - len(line.lstrip())]
            pieces = _broken(line.strip(), max(self._width - len(lead) - 2, 8))
            out.append("".join(f"{lead}{'  ' if n else ''}{piece}\n" for n, piece in enumerate(pieces)))
        return "".join(out)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(_SPACES.sub(" ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(_SPACES.sub(" ", text).strip(), width - len(indent)))


class RawDescriptionHelpFormatter(HelpFormatter):
    """As :class:`HelpFormatter`, the description and epilog kept as written, but for a
    line wider than the terminal: wrapped by cells at its spaces, its indent kept (and two
    more for the lines an indented line continues on)."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out = []
        for line in text.splitlines():
            if cells(indent + line) <= width:
                out.append(indent + line)
                continue
            lead = indent + line[: len(line) - len(line.lstrip())]
            hang = "  " if lead else ""  # an indented line (a row of a table) hangs; a paragraph does not
            wrapped = _at_spaces(line.strip(), max(width - len(lead) - len(hang), 8))
            out.append(lead + wrapped[0])
            out.extend((lead + hang if cells(lead + hang + rest) <= width else lead) + rest for rest in wrapped[1:])
        return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def _at_spaces(text: str, room: int) -> list[str]:
    """``text`` in lines of ``room`` cells, broken at spaces only: a path (the files at the
    end of the help) stays whole to be copied, as long as it is."""
    lines: list[str] = []
    for word in text.split():
        if lines and cells(lines[-1]) + 1 + cells(word) <= room:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


#: one part of a usage line, as argparse splits them: ``[-h]``, ``[--kind {a,b}]``, ``DECK``
_USAGE_PART = lazyre.pattern(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")


def _broken(part: str, room: int) -> list[str]:
    """A usage part wider than ``room`` cells, broken after commas (else anywhere)."""
    pieces: list[str] = []
    line = ""
    for chunk in re.split(r"(?<=,)", part):
        if line and cells(line + chunk) > room:
            pieces.append(line)
            line = ""
        line += chunk
    pieces.append(line)
    return [piece for long in pieces for piece in (wrap(long, room) if cells(long) > room else [long])]
