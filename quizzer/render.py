"""Tables for the terminal (rich).  Note text always goes in as ``Text``, never
as markup, so ``name[:tag | @IMAGE_DIGEST]`` prints exactly as written.

Tables fit 80 columns (the width rich assumes when output is piped): numbers,
dates and kinds never wrap, and note text wraps between words, so neither a
date nor a Korean word is cut in the middle.  Everything printed goes
through :func:`quizzer.text.visible`, so an escape sequence in a note prints
as ``^[[2J`` and does nothing (see :func:`_text`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from rich.box import HEAVY_HEAD
from rich.console import Console
from rich.table import Table
from rich.text import Text

from quizzer import lazyre
from quizzer.cards import kind_name, shown_front
from quizzer.i18n import _, ngettext, pgettext
from quizzer.reasons import shown_reason
from quizzer.rich_text import shown_text
from quizzer.text import flow, pad, one_line, visible, width, wrap, wrap_around

if TYPE_CHECKING:
    from quizzer.db.queries import CardRow, DeckSummary
    from quizzer.db.sync import ImportResult
    from quizzer.documents import Skipped
    from quizzer.extract.model import DeckDraft
    from quizzer.extract.model import ExtractWarning
    from quizzer.review.controller import Summary

__all__ = [
    "Column",
    "new_console",
    "new_table",
    "number_column",
    "print_cards",
    "print_decks",
    "print_drafts",
    "print_imports",
    "print_nothing_due",
    "print_sentence",
    "print_skipped",
    "print_summary",
    "print_waiting",
    "retired_sentence",
    "print_waiting_for_check",
    "shown_text",
    "text_column",
    "without_line",
    "word_column",
]


Justify = Literal["left", "right"]


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich's own way sends stdout to /dev/null and exits 1; the cli ends every command whose reader has
        # gone the same way, whoever was writing (quizzer.output.reader_gone)
        raise BrokenPipeError


def new_console(*, stderr: bool = False, record: bool = False) -> Console:
    """A console for quizzer's output: no markup, highlighting or emoji codes read in what it prints, and a
    reader that stops reading (``quizzer decks | head -1``) raised as ``BrokenPipeError`` for the cli."""
    return _Console(stderr=stderr, record=record, highlight=False, markup=False, emoji=False)


def print_sentence(console: Console, text: str, commands: Sequence[str] = (), *, style: str = "") -> None:
    """``text`` as :func:`shown_text` prints it; when one of ``commands`` (for a person to copy) is in
    it, that command stays whole, on a line of its own when the console's width would cut it
    (:func:`wrap_around`; a terminal wraps a longer one itself, which copies as one line)."""
    command = next((command for command in commands if command and command in text), "")
    if not command:
        console.print(shown_text(text, style))
        return
    for line in wrap_around(text, console.width, command):
        console.print(shown_text(line, style), soft_wrap=True)


class Column:
    """How a column behaves: text wraps between words; numbers, dates and names do not wrap."""

    def __init__(
        self, header: str, *, number: bool = False, keep: bool = False, ratio: int | None = None, fixed: int | None = None
    ) -> None:
        self.header, self.number, self.keep, self.ratio, self.fixed = header, number, keep, ratio, fixed


def text_column(header: str, ratio: int = 1, *, fixed: int | None = None) -> Column:
    """A column of text that wraps between words; ``fixed``: exactly that many cells wide."""
    return Column(header, ratio=ratio, fixed=fixed)


def number_column(header: str) -> Column:
    return Column(header, number=True)


def word_column(header: str) -> Column:
    return Column(header, keep=True)


def new_table(title: str, *columns: Column, borders: bool = True) -> Table:
    """A table whose columns keep their words whole (see :class:`Column`); without
    borders it spends two cells between columns instead of three, for wide tables."""
    table = Table(
        title=shown_text(title), title_justify="left", show_lines=False, box=HEAVY_HEAD if borders else None, pad_edge=borders
    )
    for column in columns:
        justify: Justify = "right" if column.number else "left"
        if column.number or column.keep:
            table.add_column(shown_text(column.header), justify=justify, no_wrap=True)
        else:
            table.add_column(shown_text(column.header), justify=justify, overflow="fold", ratio=column.ratio, width=column.fixed)
    return table


def _row(table: Table, *cells: object) -> None:
    table.add_row(*(shown_text("" if cell is None else str(cell)) for cell in cells))


#: Below this many columns a table of notes leaves its text columns a word or less a line
#: (six columns in 40 cells): each note is stacked instead, one field a line.
STACK_BELOW = 60


def print_drafts(drafts: Sequence[DeckDraft], *, verbose: bool = False) -> None:
    """Each deck's notes with why each was made (the rule and its line), then its warnings."""
    console = new_console()
    headers = (_("line"), _("kind"), _("command"), _("front"), _("back"), _("why"))
    ratios = (1, 1, 2, 1)  # command, front, back, why
    for draft in drafts:
        title = ngettext("{deck}  ({source}: {count} note)", "{deck}  ({source}: {count} notes)",
                         len(draft.notes)).format(deck=draft.name, source=draft.source, count=len(draft.notes))
        cells = [(str(note.line), kind_name(note.kind.value), note.command or "", shown_front(note.front), note.back,
                  shown_reason(note.reason) if note.reason else "") for note in draft.notes]
        table = new_table(title, number_column(headers[0]), word_column(headers[1]),
                          *(text_column(header, ratio) for header, ratio in zip(headers[2:], ratios, strict=True)))
        for cell in cells:
            _row(table, *cell)
        if console.width < STACK_BELOW or _breaks_words(table, cells, console.width):
            _print_stacked(console, title, headers, cells)
        else:
            console.print(table)
        _print_warnings(console, draft.source, draft.warnings, verbose=verbose)


def _breaks_words(table: Table, rows: Sequence[Sequence[str]], cols: int) -> bool:
    """Whether ``table`` drawn in ``cols`` cells breaks a word of ``rows``' text columns (all but the first
    two) across lines: at 60 columns a Korean word of seven syllables was cut by syllable ("레지스" / "트리에" /
    "서"), where stacked it stays whole.  Words wider than :data:`LONG_WORD` (a URL, a path) break in any
    layout and are not counted."""
    console = Console(width=cols, file=io.StringIO(), color_system=None, highlight=False)
    console.print(table)
    drawn = set(_CELL_WORD.findall(console.file.getvalue()))  # type: ignore[attr-defined]
    return any(width(word) <= LONG_WORD and word not in drawn
               for row in rows for text in row[2:] for word in _CELL_WORD.findall(visible(text)))


#: A word wider than this many cells (a URL, a path) is folded wherever it is shown.
LONG_WORD = 16
#: a word as a table shows it: what stands between spaces and the table's lines
_CELL_WORD = lazyre.pattern(r"[^\s│┃━┏┓┗┛┡┩┳┻╇╋└┘┌┐─┬┴┼]+")


def _print_stacked(console: Console, title: str, labels: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A table for a narrow terminal: each row as lines of its own, a label and its text (wrapped
    between words, under itself), empty fields left out, a blank line between rows."""
    console.print(shown_text(title))
    cells = max(width(label) for label in labels)
    room = max(console.width - cells - 1, 10)
    for row in rows:
        console.print()
        for label, value in zip(labels, row, strict=True):
            for n, line in enumerate(wrap(visible(value), room) if value else ()):
                console.print(Text(pad(label if n == 0 else "", cells) + " " + line), soft_wrap=True)


def print_imports(results: Sequence[ImportResult], *, verbose: bool = False) -> None:
    """The table of what each import did; without borders when a deck's name would fold
    with them (the five counts' headers take most of 80 columns)."""
    console = new_console()
    headers = [_("added"), _("updated"), _("unchanged"), _("retired"), _("restored")]
    _print_counts(console, _("Imported"), _("deck"), headers, [
        (result.deck, (result.added, result.updated, result.unchanged, result.retired, result.restored))
        for result in results])
    for result in results:
        _print_warnings(console, result.source, result.warnings, verbose=verbose)
    cols = console.width if console.is_terminal else None  # to a file or a pipe, whole lines (paths to copy)
    for result in results:
        if result.retired_notes:
            for line in _hanging(retired_sentence(result), "", cols, indent="", paths=(result.source,)):
                console.print(shown_text(line), soft_wrap=True)


#: how many retired notes a sentence names before "…"
RETIRED_NAMED = 5


def retired_sentence(result: ImportResult) -> str:
    """Which notes an import retired: a line deleted by mistake loses a card with its history from review."""
    # a step's front in the interface's language, as every list shows it ("배포 — 2단계", not "step 2")
    named = [" ".join(shown_front(front).split()) for front in result.retired_notes[:RETIRED_NAMED]]
    notes = ", ".join(named)
    if len(result.retired_notes) > RETIRED_NAMED:
        notes = _("{notes} and {count} more").format(notes=notes, count=len(result.retired_notes) - RETIRED_NAMED)
    return ngettext(
        "{count} note of {deck} is no longer in {document}: it leaves review, its history kept, and comes back "
        "if you write it there again: {notes}.",
        "{count} notes of {deck} are no longer in {document}: they leave review, their history kept, and come "
        "back if you write them there again: {notes}.", len(result.retired_notes),
    ).format(count=len(result.retired_notes), deck=result.deck, document=result.source, notes=notes)


def print_waiting(results: Sequence[ImportResult], db_option: Sequence[str] = ()) -> None:
    """One sentence when cards of the decks imported wait for a check (quizzer.db.checks), and one
    when new cards went straight out of review because the person held their group back; ``db_option``:
    the words that name the database in the command each gives (:func:`quizzer.paths.db_option`)."""
    from quizzer.to_copy import quizzer_command

    console = new_console()
    check = quizzer_command("check", db_option=db_option)
    held = quizzer_command("check", "--held", db_option=db_option)
    held_back = sum(result.held_back for result in results)
    if held_back:
        message = ngettext("{cards} new card belongs to a group you held back: it stays out of review "
                           "({command} lists it).",
                           "{cards} new cards belong to groups you held back: they stay out of review "
                           "({command} lists them).", held_back)
        print_sentence(console, message.format(cards=held_back, command=held), [held])
    cards = sum(result.waiting for result in results)
    if not cards:
        return
    added = sum(result.waiting_added for result in results)
    earlier = cards - added  # waiting since an earlier import: this one did not add them
    if not added:
        message = ngettext("{cards} card from an earlier import still waits for your check: run {command}.",
                           "{cards} cards from an earlier import still wait for your check: run {command}.",
                           cards)
        print_sentence(console, message.format(cards=cards, command=check), [check])
        return
    if earlier:
        message = ngettext("{cards} new card waits for your check, with {earlier} from an earlier import: "
                           "run {command}.",
                           "{cards} new cards wait for your check, with {earlier} from an earlier import: "
                           "run {command}.", added)
        print_sentence(console, message.format(cards=added, earlier=earlier, command=check), [check])
        return
    shapes = sum(result.waiting_groups for result in results)
    if shapes == 1:
        message = ngettext("{cards} new card in one group waits for your check: run {command}.",
                           "{cards} new cards in one group wait for your check: run {command}.", cards)
    else:
        message = ngettext("{cards} new card in {shapes} groups waits for your check: run {command}.",
                           "{cards} new cards in {shapes} groups wait for your check: run {command}.", cards)
    print_sentence(console, message.format(cards=cards, shapes=shapes, command=check), [check])


def without_line(message: str, line: int) -> str:
    """``line 70: skipped`` → ``skipped``: the warning is shown after ``FILE:70:`` already."""
    pattern = rf"(?:line {line}:? |{line}번째 줄(?:: |은 )|{line}행: )"
    return re.sub(f"^{pattern}", "", message, count=1)


def _print_warnings(console: Console, source: str, warnings: Sequence[ExtractWarning], *, verbose: bool) -> None:
    """A document's warnings; past the first few, a count (``--verbose``: all; 44k lines took 9 s).  On a
    terminal each is wrapped under itself with its ``FILE:LINE`` whole (a long path left "warning:" alone
    on a line and ran each warning into the next); to a file or a pipe, one line each."""
    shown = warnings if verbose else warnings[:WARNINGS_SHOWN]
    cols = console.width if console.is_terminal else None
    for warning in shown:
        where = f"{source}:{warning.line}"
        text = _("warning: {source}:{line}: {message}").format(
            source=source, line=warning.line, message=without_line(warning.message, warning.line))
        for line in _hanging(text, "", cols, indent="", paths=(f"{where}:",)):
            console.print(shown_text(line), soft_wrap=True)
    hidden = len(warnings) - len(shown)
    if hidden > 0:
        console.print(shown_text(ngettext(
            "... and {count} more warning in {source} (--verbose shows them all).",
            "... and {count} more warnings in {source} (--verbose shows them all).",
            hidden,
        ).format(count=hidden, source=source)))


def _moved(deck: str, old: str, new: str, db_option: Sequence[str] = ()) -> tuple[str, str]:
    """What moving ``deck`` from document ``old`` to ``new`` did (a moved folder, or --deck), and the
    command in it that undoes it ("" if none), on the database ``db_option`` names."""
    from quizzer.origins import Origin, deck_origin
    from quizzer.to_copy import quizzer_command

    if deck_origin(old) is Origin.BUILTIN:
        return _("The deck '{deck}' now comes from {new} instead of quizzer's built-in document.").format(
            deck=deck, new=new), ""
    if deck_origin(old) is Origin.ANKI:  # not a file: an Anki package's deck, whose notes no document has
        return _("The deck '{deck}' now comes from {new} instead of an Anki package: the notes imported from "
                 "Anki were retired, their history kept.").format(deck=deck, new=new), ""
    try:
        still_there = Path(old).exists()
    except (OSError, ValueError):
        still_there = False
    if not still_there:
        return _("The deck '{deck}' now comes from {new} (it came from {old}, which is gone).").format(
            deck=deck, new=new, old=old), ""
    # the command bare (in quotes, a path quoted inside it read ''quizzer import 'a b/git.md' …'')
    command = quizzer_command("import", old, "--deck", deck, db_option=db_option)
    return _(
        "The deck '{deck}' now comes from {new} instead of {old}: its notes that {new} lacks were retired, "
        "history kept, and {command} brings them back."
    ).format(deck=deck, new=new, old=old, command=command), command


def print_skipped(skipped: Sequence[Skipped], moved: Sequence[tuple[str, str, str]] = (), *,
                  cols: int | None = None, db_option: Sequence[str] = (),
                  gone: Sequence[tuple[str, str]] = (), made: Sequence[ImportResult] = (),
                  deleted: Sequence[tuple[str, str]] = ()) -> None:
    """What an import left out and why, decks whose documents moved and decks whose documents are gone
    from a folder imported (on stderr), each with the deck this import (``made``: its results) made beside it,
    if one; ``cols``: the terminal's columns, to wrap each reason between
    words under its indent (None: a file or a pipe, whole lines, for copying paths and commands);
    ``db_option``: the words that name the database in a command to copy (:func:`quizzer.paths.db_option`);
    ``deleted``: decks this import made anew that were deleted before, each with the backup of them."""
    from quizzer.db.results import made_beside
    from quizzer.to_copy import quizzer_command

    console = new_console(stderr=True)
    for deck, old, new in moved:
        for line in _hanging(*_moved(deck, old, new, db_option), cols, indent="", paths=(old, new)):
            console.print(shown_text(line), soft_wrap=True)
    for deck, source in gone:
        command = quizzer_command("delete", deck, db_option=db_option)
        beside = made_beside(source, made)
        if beside is None:
            text = _("The deck '{deck}' came from {path}, which is no longer there: its cards stay in review with "
                     "their history; if you moved the document, import it from where it is now, and {command} "
                     "deletes the deck.").format(deck=deck, path=source, command=command)
        else:
            text = _("The deck '{deck}' came from {path}, which is no longer there, and this import made the new "
                     "deck '{new}' from {new_path} in the same folder: if that is the document renamed, its notes "
                     "changed too much to keep their cards, so '{deck}' keeps the old cards and their history in "
                     "review, and {command} deletes it.").format(
                deck=deck, path=source, new=beside.deck, new_path=beside.source, command=command)
        for line in _hanging(text, command, cols, indent="", paths=(source, beside.source if beside else source)):
            console.print(shown_text(line), soft_wrap=True)
    for deck, backup in deleted:
        command = quizzer_command("import", backup, db_option=db_option)
        text = _("The deck '{deck}' was deleted before, and this import made it anew: its backup {path} holds "
                 "the old cards as they were, with their schedules and reviews, and {command} brings them back "
                 "in place of the new ones.").format(deck=deck, path=backup, command=command)
        for line in _hanging(text, command, cols, indent="", paths=(backup,)):
            console.print(shown_text(line), soft_wrap=True)
    if not skipped:
        return
    console.print(shown_text(ngettext("Skipped {count} document:", "Skipped {count} documents:", len(skipped)).format(
        count=len(skipped))), soft_wrap=True)
    for item in skipped:
        for line in _hanging(one_line(item.reason), item.command, cols, indent="  ", paths=(one_line(item.path),)):
            console.print(shown_text(line), soft_wrap=True)


def _hanging(text: str, command: str, cols: int | None, *, indent: str, paths: Sequence[str] = ()) -> list[str]:
    """``text`` after ``indent``, wrapped to ``cols`` with every line after the first two cells further
    in (whole when ``cols`` is None): the terminal itself cut a skipped file's reason mid-word at 40
    columns, and with every line under the first, where one file's reason ended and the next began
    did not show.  ``command`` (in ``text``, to copy; "" if none) and ``paths`` stay whole, see
    :func:`wrap_around`."""
    if cols is None:
        return [indent + text]
    first, *rest = wrap_around(visible(text), cols - width(indent) - 2, visible(command), *map(visible, paths))
    return [indent + first, *(f"{indent}  {line}" for line in rest)]


#: Warnings printed for one document; the rest are counted.
WARNINGS_SHOWN = 20


def print_decks(summaries: Sequence[DeckSummary], checks: Mapping[str, tuple[int, int]] | None = None,
                db_option: Sequence[str] = ()) -> None:
    """The decks' counts; ``checks``: each deck's cards waiting for ``quizzer check`` and held back by
    it (not in its cards), shown in a column of their own when a deck has any; ``db_option``: the
    words that name the database in a command to copy (:func:`quizzer.paths.db_option`)."""
    console = new_console()
    if not summaries:
        from quizzer.to_copy import Blank, quizzer_command

        command = quizzer_command("import", Blank("NOTES.md"), db_option=db_option)
        print_sentence(console, _("No decks yet. Add one with: {command}").format(command=command), [command])
        return
    headers = [_("notes"), _("cards"), _("new"), pgettext("deck count", "due")]
    rows: list[tuple[str, tuple[int, ...]]] = [(s.name, (s.notes, s.cards, s.new, s.due)) for s in summaries]
    checked = [(checks or {}).get(s.name, (0, 0)) for s in summaries]
    for n, header in enumerate((_("to check"), _("held back"))):
        if any(counts[n] for counts in checked):
            headers.append(header)
            rows = [(name, (*counts, check[n])) for (name, counts), check in zip(rows, checked, strict=True)]
    _print_counts(console, _("Decks"), _("deck"), headers, rows)


def _print_counts(console: Console, title: str, first: str, headers: Sequence[str],
                  rows: Sequence[tuple[str, Sequence[int]]]) -> None:
    """A table of names and their counts: with borders when it fits, without them when that
    saves a name from folding, and as a list (each name, then its counts) when even that would
    fold the names into pieces (a 40-column terminal, long or Korean deck names)."""
    longest = max((width(visible(name)) for name, _counts in rows), default=0)
    cells = [max([width(header), *(len(str(counts[n])) for _name, counts in rows)]) for n, header in enumerate(headers)]
    names = max(longest, width(first))
    bordered = names + sum(cells) + 3 * (len(headers) + 1) + 1
    bare = names + sum(cells) + 2 * len(headers)
    if bare > console.width:
        console.print(shown_text(title))
        for name, counts in rows:
            console.print(shown_text(name))
            items = [f"{header} {count}" for header, count in zip(headers, counts, strict=True)]
            for line in flow(items, max(console.width - 2, 10)):
                console.print(shown_text("  " + line))
        return
    table = new_table(title, text_column(first), *(number_column(header) for header in headers),
                      borders=bordered <= console.width)
    for name, counts in rows:
        _row(table, name, *counts)
    console.print(table)


def card_faces(row: CardRow) -> tuple[str, str]:
    """What a listed card asks and answers: a reverse card asks its own question."""
    front = shown_front(row.front)
    return (row.back, front) if row.ord else (front, row.back)


def _due(row: CardRow) -> str:
    if row.check == "waiting":
        return _("to check")
    if row.check == "held":
        return _("held back")
    if row.suspended:
        return _("suspended (leech)") if row.leech else _("suspended")
    return row.due.isoformat() if row.due else _("new")


def _kind_cell(row: CardRow) -> str:
    kind = kind_name(row.kind)
    return _("{kind}\nreverse").format(kind=kind) if row.ord else kind


def cards_title(deck: str, rows: Sequence[CardRow]) -> str:
    """``git: 6 cards``; when some are out of review, those in it and the others apart, as
    ``quizzer decks`` counts them: ``git: 4 cards in review · 1 suspended · 1 to check``."""
    waiting = sum(row.check == "waiting" for row in rows)
    held = sum(row.check == "held" for row in rows)
    suspended = sum(row.suspended and row.check is None for row in rows)
    active = len(rows) - waiting - held - suspended
    if active == len(rows):
        return ngettext("{deck}: {count} card", "{deck}: {count} cards", active).format(deck=deck, count=active)
    parts = [ngettext("{deck}: {count} card in review", "{deck}: {count} cards in review", active).format(
        deck=deck, count=active)]
    if suspended:
        parts.append(ngettext("{count} suspended", "{count} suspended", suspended).format(count=suspended))
    if waiting:
        parts.append(ngettext("{count} to check", "{count} to check", waiting).format(count=waiting))
    if held:
        parts.append(ngettext("{count} held back", "{count} held back", held).format(count=held))
    return " · ".join(parts)


def print_cards(deck: str, rows: Sequence[CardRow]) -> None:
    console = new_console()
    title = cards_title(deck, rows)
    cells = [(str(row.id), _kind_cell(row), *card_faces(row), _due(row)) for row in rows]
    headers = (_("id"), _("kind"), _("question"), _("answer"), pgettext("card date", "due"))
    if console.width < STACK_BELOW:  # the question and answer got six cells each at 40 columns
        _print_stacked(console, title, headers, cells)
        return
    table = new_table(
        title,
        number_column(headers[0]),
        word_column(headers[1]),
        text_column(headers[2]),
        text_column(headers[3]),
        word_column(headers[4]),
    )
    for cell in cells:
        _row(table, *cell)
    console.print(table)


def print_nothing_due(summary: Summary, today: dt.date, *, checking: int = 0, held: int = 0,
                      suspended: tuple[int, int] = (0, 0), deck: str | None = None) -> None:
    from quizzer.summary import commands, nothing_due_line

    print_sentence(new_console(), nothing_due_line(summary, today, checking=checking, held=held, suspended=suspended,
                                                deck=deck), commands(summary, deck))


def print_summary(summary: Summary, *, finished: bool) -> None:
    from quizzer.summary import commands, summary_lines

    console = new_console()
    head, *rest = summary_lines(summary, finished=finished)
    console.print(shown_text(head, style="bold"))
    for line in rest:
        print_sentence(console, line, commands(summary))


def print_waiting_for_check(count: int, db_option: Sequence[str] = ()) -> None:
    """How many cards wait for ``quizzer check`` (``quizzer decks``, a review with nothing due), and the
    command that checks them, on the database ``db_option`` names (:func:`quizzer.paths.db_option`)."""
    from quizzer.check_view import waiting_line
    from quizzer.to_copy import quizzer_command

    command = quizzer_command("check", db_option=db_option)
    print_sentence(new_console(), waiting_line(count, command), [command])
