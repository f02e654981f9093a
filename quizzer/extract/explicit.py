"""Cards written by hand in the notes, in Obsidian Spaced Repetition's syntax (pure).

The syntax follows the plugin (st3v3nmw/obsidian-spaced-repetition), so cards
made for it keep working here:

``front::back``
    one card, on one line.  The line is split at its first ``::``.
``front:::back``
    one note asked both ways (front → back and back → front).
``?`` alone on a line
    a multi-line card: the lines just above it (up to a blank line or a
    heading) are the front, the lines just below it (up to a blank line) the
    back.  ``??`` alone on a line asks it both ways.  Code blocks may sit in
    either side; they stay as written.

What is never a card: text in code spans and code blocks (``a::b`` is C++ or
Ruby), HTML comments (Obsidian's ``<!--SR:…-->`` scheduling comments are
dropped from the text), URLs and links (``[Foo::Bar](…)`` names a page), table rows, and anything a
``<!-- quizzer: off -->`` hint skips.  A leading list or quote marker is not
part of a side.  A ``::`` or ``?`` with nothing on one side makes no card but a
warning with its line.

A hand-written note is identified by its front, so editing the back keeps its
history; the lines of a card are blanked before the extraction rules read the
document, so no rule also makes a card of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from quizzer import lazyre
from quizzer.extract.hints import Hints, fence_closes, fence_opens, read_hints
from quizzer.extract.model import DeckDraft, Kind, NoteDraft, ExtractWarning, note_key
from quizzer.i18n import _
from quizzer.text import clean, slug, strip_numbering

__all__ = ["HandCard", "Person", "add_hand_notes", "hand_cards", "read_person"]

REASON = "written by hand"

_CODE_SPAN = lazyre.pattern(r"(`+)(?!`).*?(?<!`)\1(?!`)")
_COMMENT = lazyre.pattern(r"<!--.*?-->")
_URL = lazyre.pattern(r"\b[a-z][a-z0-9+.-]*://\S*", re.IGNORECASE)
_LINK = lazyre.pattern(r"\[[^\[\]\n]*\]\([^()\s]*\)")
_MARKER = lazyre.pattern(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)?")
_HEADING = lazyre.pattern(r"^ {0,3}#{1,6}(?:\s|$)")
_LIST_ITEM = lazyre.pattern(r"^\s*(?:[-*+]|\d+[.)])(?:\s+|$)")
_HEADING_MARKS = lazyre.pattern(r"^[-–•·]+\s+")
# VuePress / markdown-it-container fences: "::: info 제목", "::: tip", ":::"
_CONTAINER = lazyre.pattern(r"^ {0,3}:{3,}(?:\s*[A-Za-z][\w-]*(?:\s.*)?)?\s*$")
_SEPARATOR_LINE = lazyre.pattern(r"\n[ \t]*\?\??[ \t]*(?=\n|\Z)")  # in "\n" + text: each line break, not every character
_SINGLE_COLON = lazyre.pattern(r"(?<!:):(?!:)")


@dataclass(frozen=True, slots=True)
class HandCard:
    front: str
    back: str
    line: int  # its first line
    last: int  # its last line
    both: bool  # asked both ways


@dataclass(frozen=True, slots=True)
class Person:
    """What the person wrote for quizzer: hints and cards, and the document left for the rules."""

    text: str  # the document with the cards, the hints and the skipped parts blanked
    hints: Hints
    cards: tuple[HandCard, ...]
    warnings: tuple[ExtractWarning, ...]


def read_person(text: str) -> Person:
    """Hints and hand-written cards of ``text`` (a prepared document: LF line ends, NFC)."""
    hints = read_hints(text)
    cards, warnings = hand_cards(text, hints)
    blank = set(hints.lines)
    for first, last in hints.skips:
        blank.update(range(first, last + 1))
    for card in cards:
        blank.update(range(card.line, card.last + 1))
    blank.update(warning.line for warning in warnings)  # a "::" or "?" that made no card is not prose either
    if blank:
        lines = text.split("\n")
        text = "\n".join("" if n in blank else line for n, line in enumerate(lines, start=1))
    return Person(text, hints, tuple(cards), tuple(sorted((*hints.warnings, *warnings), key=lambda w: w.line)))


def _record(text: str) -> bool:
    """Is ``text`` a record of fields a program wrote, quoted from a file such as /etc/passwd
    (``_apt:x:42:65534::/nonexistent:/usr/sbin/nologin``): no space, three single colons at least?
    Its empty field's ``::`` separates no card."""
    return len(_SINGLE_COLON.findall(text)) >= 3 and not any(ch.isspace() for ch in text)


def _visible(line: str) -> str:
    """The line with code spans, comments, links and URLs masked (same length, no separators left)."""
    if "`" in line:
        line = _CODE_SPAN.sub(lambda m: "\0" * len(m.group(0)), line)
    if "<!--" in line:
        line = _COMMENT.sub(lambda m: "\0" * len(m.group(0)), line)
    if "](" in line:  # "[Jekyll::Compose](https://…)": a link's text is the page's name, never a side
        line = _LINK.sub(lambda m: "\0" * len(m.group(0)), line)
    if "://" in line:
        line = _URL.sub(lambda m: "\0" * len(m.group(0)), line)
    return line


def _side(lines: Iterable[tuple[str, bool]]) -> str:
    """One side's text: prose lines cleaned, code lines as written, empty lines dropped."""
    out: list[str] = []
    for text, code in lines:
        text = text.rstrip() if code else clean(_COMMENT.sub("", text))
        if text.strip():
            out.append(text)
    return "\n".join(out)


class _Scanner:
    """One pass over the lines, collecting cards and warnings."""

    def __init__(self, hints: Hints) -> None:
        self.hints = hints
        self.cards: list[HandCard] = []
        self.warnings: list[ExtractWarning] = []
        # the run of lines being read: (line number, text, is code); and where its ? is
        self.run: list[tuple[int, str, bool]] = []
        self.separator: tuple[int, bool] | None = None  # (index in run, both ways)

    def end_run(self) -> None:
        run, separator = self.run, self.separator
        self.run, self.separator = [], None
        if separator is None:
            return
        index, both = separator
        front = _side((t, c) for _, t, c in run[:index])
        back = _side((t, c) for _, t, c in run[index + 1 :])
        if not back:
            self.warnings.append(ExtractWarning(run[index][0], _(
                "a '?' card needs its answer on the lines just below the '?'; no card was made"
            ).format(line=run[index][0])))
            return
        self.cards.append(HandCard(front, back, run[0][0], run[-1][0], both))

    def separator_line(self, number: int, text: str, both: bool) -> None:
        if self.separator is not None:
            # a second card right under the first: the line just above this ? is its front
            last = self.run.pop()
            self.end_run()
            self.run = [last]
        if not _side((t, c) for _, t, c in self.run):
            self.run = []
            self.warnings.append(ExtractWarning(number, _(
                "a '?' card needs its question on the lines just above the '?'; no card was made"
            ).format(line=number)))
            return
        self.separator = (len(self.run), both)
        self.run.append((number, text, False))

    def single(self, number: int, line: str, visible: str) -> bool:
        """Read ``front::back`` (or ``:::``); True if the line is one (a card or a warning)."""
        at = visible.find("::")
        if at < 0 or _record(_MARKER.sub("", visible, count=1).strip()):
            return False
        both = visible.startswith(":::", at)
        size = 3 if both else 2
        front = clean(_COMMENT.sub("", _MARKER.sub("", line[:at], count=1)))
        back = clean(_COMMENT.sub("", line[at + size :]))
        if not front or not back:
            self.warnings.append(ExtractWarning(number, _(
                "'{sep}' needs text on both sides to make a card (write code in backticks)"
            ).format(line=number, sep=":::" if both else "::")))
            return True
        self.cards.append(HandCard(front, back, number, number, both))
        return True


def hand_cards(text: str, hints: Hints | None = None) -> tuple[list[HandCard], list[ExtractWarning]]:
    """The hand-written cards of ``text`` in document order, and warnings about near misses."""
    if "::" not in text and not _SEPARATOR_LINE.search("\n" + text):
        return [], []
    hints = hints or Hints()
    scan = _Scanner(hints)
    lines = text.split("\n")
    skipping = bool(hints.lines or hints.skips)  # else no line is skipped: hints.skipped need not be asked
    fence: str | None = None
    comment = False
    in_list = False
    content_indent = 0  # where the text of the last list item starts
    code_indent: int | None = None  # inside an indented code block: how far its lines are indented
    previous_blank = True
    for number, line in enumerate(lines, start=1):
        if fence is not None:  # inside a code block: code, part of the run if a card is being read
            if scan.run and not fence_closes(line, fence):
                scan.run.append((number, line, True))
            elif scan.run:
                scan.run.append((number, "", True))
            if fence_closes(line, fence):
                fence = None
            previous_blank = False
            continue
        if comment:
            comment = "-->" not in line
            continue
        stripped = line.strip()
        if not stripped or skipping and hints.skipped(number) or "#" in line[:4] and _HEADING.match(line):
            scan.end_run()
            previous_blank = not stripped
            continue
        if stripped.startswith("<!--"):
            if scan.separator is not None and scan.run and scan.run[-1][0] == number - 1 and "-->" in line:
                scan.run.append((number, "", False))  # an <!--SR:…--> line under a card is part of it
                continue
            scan.end_run()
            comment = "-->" not in line
            continue
        indent = len(line[: len(line) - len(line.lstrip(" \t"))].expandtabs(4))
        if code_indent is not None:  # an indented code block goes on while its lines are indented
            if indent >= code_indent:
                previous_blank = False
                continue
            code_indent = None
        base = content_indent if in_list else 0
        if indent >= base + 4 and previous_blank and not scan.run:  # an indented code block begins
            code_indent = base + 4
            previous_blank = False
            continue
        item = _LIST_ITEM.match(line)
        if item is not None:
            in_list, content_indent = True, len(item.group(0).expandtabs(4))
        elif indent == 0 and previous_blank:
            in_list = False
        previous_blank = False
        opened = fence_opens(line)
        if opened is not None:
            fence = opened
            if scan.run:
                scan.run.append((number, "", True))
            continue
        if stripped in ("?", "??"):
            scan.separator_line(number, line, stripped == "??")
            continue
        if stripped.startswith("|"):
            scan.run.append((number, line, False))  # a table row: never a one-line card
            continue
        if _CONTAINER.match(line):  # "::: info 제목" … ":::": a container's fences, no card (rules read its title)
            scan.end_run()
            continue
        if "::" in line and scan.single(number, line, _visible(line)):
            if scan.separator is not None:
                scan.end_run()  # a one-line card ends a multi-line one
            else:
                scan.run = []
            continue
        scan.run.append((number, line, False))
    scan.end_run()
    return scan.cards, scan.warnings


def _sections(headings: Iterable[tuple[int, int, str]]) -> list[tuple[int, tuple[str, ...]]]:
    """``(line, level, text)`` headings → (line, heading path from there on)."""
    stack: list[tuple[int, str]] = []
    paths: list[tuple[int, tuple[str, ...]]] = []
    for line, level, text in sorted(headings):
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, _HEADING_MARKS.sub("", text).strip() or text))
        paths.append((line, tuple(t for _, t in stack if t)))
    return paths


def add_hand_notes(draft: DeckDraft, person: Person, headings: Iterable[tuple[int, int, str]]) -> DeckDraft:
    """``draft`` with the person's cards (as notes) and warnings added, in line order."""
    if not person.cards and not person.warnings:
        return draft
    paths = _sections(headings)
    notes: dict[str, NoteDraft] = {}
    warnings = list(person.warnings)
    for card in person.cards:
        path = next((p for line, p in reversed(paths) if line < card.line), ())
        kind = Kind.WRITTEN_BOTH if card.both else Kind.WRITTEN
        key = note_key(draft.name, Kind.WRITTEN, None, card.front)  # one identity whichever way it is asked
        existing = notes.get(key)
        if existing is not None:
            warnings.append(ExtractWarning(card.line, _(
                "line {line} repeats the card '{front}' of line {first}; kept as one card"
            ).format(line=card.line, front=card.front, first=existing.line)))
            lines = existing.back.split("\n")
            back = "\n".join([*lines, *(b for b in card.back.split("\n") if b not in lines)])
            notes[key] = replace(existing, back=back, kind=Kind.WRITTEN_BOTH if card.both else existing.kind)
            continue
        tags = tuple(dict.fromkeys(t for t in (slug(strip_numbering(p)) for p in path) if t))
        notes[key] = NoteDraft(key, kind, card.front, card.back, None, path, card.line, tags, reason=REASON)
    merged = sorted((*draft.notes, *notes.values()), key=lambda note: note.line)
    return DeckDraft(
        draft.name, draft.source, tuple(merged), tuple(sorted((*draft.warnings, *warnings), key=lambda w: w.line))
    )
