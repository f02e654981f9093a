"""Hints the person writes in their notes as HTML comments (pure).

Comments are invisible where markdown is rendered, so a hint changes nothing
for a reader of the notes.  Each hint is a comment alone on its line:

``<!-- quizzer: off -->`` … ``<!-- quizzer: on -->``
    quizzer reads nothing in between (no card, no warning: the person asked).
    An ``off`` without an ``on`` skips to the end of the document.
``<!-- quizzer: command=ffmpeg -->``
    the options, flags and usages of the section the hint is in are
    ``ffmpeg``'s: from the hint to the next heading of the same or a higher
    level than that section's heading (a hint before the first heading covers
    the whole document; a hint followed only by blank lines and then a heading
    covers that heading's section).  A heading inside the scope that names a
    command, and a bullet nested under a command, still say which command
    their own lines are about.  A line in the scope that writes one of the
    program's sub-commands quizzer knows without the program (``ps -a`` under
    ``command=docker``) is that sub-command's line (``docker ps -a``).

Anything else after ``quizzer:`` is a warning with its line, as is a hint that
shares its line with other text.  Comments inside code blocks are code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from quizzer import lazyre
from quizzer.extract.model import ExtractWarning
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["CommandHint", "Hints", "fence_closes", "fence_opens", "read_hints"]

_HINT = lazyre.pattern(r"^\s*<!--\s*quizzer\s*:(.*?)-->\s*$", re.IGNORECASE | re.DOTALL)
_ANYWHERE = lazyre.pattern(r"<!--\s*quizzer\s*:", re.IGNORECASE)
_COMMAND = lazyre.pattern(r"^command\s*=\s*(.*)$", re.IGNORECASE | re.DOTALL)
_FENCE = lazyre.pattern(r"^\s*(`{3,}|~{3,})(.*)$")
_LIQUID = "{% highlight %}"
_LIQUID_OPEN = lazyre.pattern(r"^\s*\{%-?\s*highlight\b")
_LIQUID_CLOSE = lazyre.pattern(r"^\s*\{%-?\s*endhighlight\b")


def fence_opens(line: str) -> str | None:
    """The fence a line opens (``` or ~~~ of its length, or Jekyll's ``{% highlight %}``), or None."""
    if "```" not in line and "~~~" not in line and "{%" not in line:
        return None  # the common case, without a regex
    match = _FENCE.match(line)
    if match is None:
        return _LIQUID if _LIQUID_OPEN.match(line) else None
    if match.group(1)[0] == "`" and "`" in match.group(2):
        return None
    return match.group(1)


def fence_closes(line: str, fence: str) -> bool:
    if fence == _LIQUID:
        return bool(_LIQUID_CLOSE.match(line))
    stripped = line.strip()
    return stripped.startswith(fence) and set(stripped) == {fence[0]}


@dataclass(frozen=True, slots=True)
class CommandHint:
    line: int
    command: str
    next_line: int | None = None  # the first line after it that is neither blank nor a hint
    level: int = 0  # the level of the heading whose section it covers (0: the document)
    end: int | None = None  # the first line it no longer covers (None: to the end)


@dataclass(frozen=True, slots=True)
class Hints:
    """What the hints of one document say; lines are 1-based."""

    skips: tuple[tuple[int, int], ...] = ()  # (first, last) lines skipped, hint comments included
    commands: tuple[CommandHint, ...] = ()
    lines: frozenset[int] = frozenset()  # lines holding a hint comment (blank to the rules)
    warnings: tuple[ExtractWarning, ...] = field(default=())

    def skipped(self, line: int) -> bool:
        """Is ``line`` in an ``off`` … ``on`` part (or a hint comment itself)?"""
        return line in self.lines or any(first <= line <= last for first, last in self.skips)

    def hint_for(self, line: int) -> CommandHint | None:
        """The innermost command hint covering ``line`` (scopes come from :meth:`scoped`)."""
        found: CommandHint | None = None
        if not self.commands:
            return None
        for hint in self.commands:
            if hint.line <= line and (hint.end is None or line < hint.end):
                if found is None or hint.level >= found.level:
                    found = hint
        return found

    def command_for(self, line: int) -> str | None:
        hint = self.hint_for(line)
        return hint.command if hint else None

    def scoped(self, headings: Iterable[tuple[int, int]]) -> Hints:
        """Give each command hint its section, from the document's ``(line, level)`` headings."""
        if not self.commands:
            return self
        ordered = sorted(headings)
        scoped: list[CommandHint] = []
        for hint in self.commands:
            under = next(((n, lv) for n, lv in ordered if n == hint.next_line), None)
            if under is not None:  # just above a heading: that heading's section
                start, level = under
            else:
                start, level = hint.line, next((lv for n, lv in reversed(ordered) if n < hint.line), 0)
            end = next((n for n, lv in ordered if n > start and lv <= level), None) if level else None
            scoped.append(CommandHint(hint.line, hint.command, hint.next_line, level, end))
        return Hints(self.skips, tuple(scoped), self.lines, self.warnings)


def read_hints(text: str) -> Hints:
    """The hints of ``text`` (LF line ends)."""
    if "<!--" not in text or not _ANYWHERE.search(text):
        return Hints()
    skips: list[tuple[int, int]] = []
    commands: list[CommandHint] = []
    hint_lines: set[int] = set()
    warnings: list[ExtractWarning] = []
    waiting: list[CommandHint] = []  # command hints whose next line is not known yet
    off: int | None = None
    fence: str | None = None
    comment = False  # inside an HTML comment of several lines
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if fence is not None:
            if fence_closes(line, fence):
                fence = None
            continue
        if comment:
            comment = "-->" not in line
            continue
        if not line.strip():
            continue
        match = _HINT.match(line) if "<!--" in line else None
        if match is None:
            for hint in waiting:
                commands.append(CommandHint(hint.line, hint.command, number))
            waiting.clear()
            fence = fence_opens(line)
            comment = line.lstrip().startswith("<!--") and "-->" not in line
            if "<!--" in line and _ANYWHERE.search(line):
                warnings.append(ExtractWarning(number, _(
                    "a quizzer hint must be an HTML comment alone on its line; this one was ignored"
                ).format(line=number)))
            continue
        word = clean(match.group(1))
        hint_lines.add(number)
        command = _COMMAND.match(word)
        if word.lower() == "off":
            if off is None:
                off = number
        elif word.lower() == "on":
            if off is None:
                warnings.append(ExtractWarning(number, _(
                    "'<!-- quizzer: on -->' without an 'off' before it changes nothing"
                ).format(line=number)))
            else:
                skips.append((off, number))
                off = None
        elif command is not None and clean(command.group(1)):
            if off is None:
                waiting.append(CommandHint(number, clean(command.group(1))))
        else:
            warnings.append(ExtractWarning(number, _(
                "unknown quizzer hint '{hint}' (known: off, on, command=NAME); it was ignored"
            ).format(line=number, hint=word)))
    commands.extend(waiting)
    if off is not None:
        skips.append((off, len(lines)))
    return Hints(tuple(skips), tuple(commands), frozenset(hint_lines), tuple(warnings))
