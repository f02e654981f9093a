"""Tables for the terminal (rich).  Note text always goes in as ``Text``, never
as markup, so ``name[:tag | @IMAGE_DIGEST]`` prints exactly as written, and
through :func:`quizzer.text.visible`, so an escape sequence in it prints as
``^[[2J`` and does nothing (see :func:`_text`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from quizzer.text import visible

if TYPE_CHECKING:
    from quizzer.db.queries import CardRow, DeckSummary
    from quizzer.db.sync import ImportResult
    from quizzer.documents import Skipped
    from quizzer.extract.model import DeckDraft
    from quizzer.extract.model import Warning as ExtractWarning
    from quizzer.review.controller import Summary

__all__ = ["print_cards", "print_decks", "print_drafts", "print_imports", "print_nothing_due", "print_skipped", "print_summary"]


def _console() -> Console:
    return Console(highlight=False, markup=False, emoji=False)


def _text(text: str, style: str = "") -> Text:
    """Text for rich: never markup, control characters shown inertly."""
    return Text(visible(text), style=style)


_NUMERIC = frozenset("notes cards new due line added updated unchanged retired restored interval".split())


def _table(title: str, *columns: str) -> Table:
    table = Table(title=_text(title), title_justify="left", show_lines=False)
    for column in columns:
        if column in _NUMERIC:
            table.add_column(Text(column), justify="right", overflow="fold")
        else:
            table.add_column(Text(column), justify="left", overflow="fold")
    return table


def _row(table: Table, *cells: object) -> None:
    table.add_row(*(_text("" if cell is None else str(cell)) for cell in cells))


def print_drafts(drafts: Sequence[DeckDraft], *, verbose: bool = False) -> None:
    """Each deck's notes with why each was made (the rule and its line), then its warnings."""
    from quizzer.i18n import _

    console = _console()
    for draft in drafts:
        table = _table(f"{draft.name}  ({draft.source}: {len(draft.notes)} notes)", "line", "kind", "command",
                       "front", "back", _("why"))
        for note in draft.notes:
            _row(table, note.line, note.kind.value, note.command or "", note.front, note.back, note.reason or "")
        console.print(table)
        _print_warnings(console, draft.source, draft.warnings, verbose=verbose)


def print_imports(results: Sequence[ImportResult], *, verbose: bool = False) -> None:
    console = _console()
    table = _table("Imported", "deck", "added", "updated", "unchanged", "retired", "restored")
    for result in results:
        _row(table, result.deck, result.added, result.updated, result.unchanged, result.retired, result.restored)
    console.print(table)
    for result in results:
        _print_warnings(console, result.source, result.warnings, verbose=verbose)


def _print_warnings(console: Console, source: str, warnings: Sequence[ExtractWarning], *, verbose: bool) -> None:
    """A document's warnings; past the first few, a count (``--verbose``: all; 44k lines took 9 s)."""
    shown = warnings if verbose else warnings[:WARNINGS_SHOWN]
    for warning in shown:
        console.print(_text(f"warning: {source}:{warning.line}: {warning.message}"))
    hidden = len(warnings) - len(shown)
    if hidden > 0:
        from quizzer.i18n import ngettext

        console.print(_text(ngettext(
            "... and {count} more warning in {source} (--verbose shows them all).",
            "... and {count} more warnings in {source} (--verbose shows them all).",
            hidden,
        ).format(count=hidden, source=source)))


def print_skipped(skipped: Sequence[Skipped], moved: Sequence[tuple[str, str, str]] = ()) -> None:
    """What an import left out and why, and decks whose documents moved (on stderr)."""
    from quizzer.i18n import _, ngettext

    console = Console(stderr=True, highlight=False, markup=False, emoji=False)
    for deck, old, new in moved:
        console.print(_text(_("The deck '{deck}' now comes from {new} (it came from {old}, which is gone).").format(
            deck=deck, new=new, old=old)), soft_wrap=True)
    if not skipped:
        return
    console.print(_text(ngettext("Skipped {count} document:", "Skipped {count} documents:", len(skipped)).format(
        count=len(skipped))), soft_wrap=True)
    for item in skipped:
        console.print(_text(f"  {item.reason}"), soft_wrap=True)  # whole lines: paths and commands to copy


#: Warnings printed for one document; the rest are counted.
WARNINGS_SHOWN = 20


def print_decks(summaries: Sequence[DeckSummary]) -> None:
    console = _console()
    if not summaries:
        console.print(Text("No decks yet. Add one with: quizzer import NOTES.md"))
        return
    table = _table("Decks", "deck", "notes", "cards", "new", "due")
    for s in summaries:
        _row(table, s.name, s.notes, s.cards, s.new, s.due)
    console.print(table)


def print_cards(deck: str, rows: Sequence[CardRow]) -> None:
    console = _console()
    table = _table(f"{deck}: {len(rows)} cards", "id", "kind", "command", "side", "front", "back", "due", "interval")
    for row in rows:
        due = row.due.isoformat() if row.due else "new"
        if row.suspended:
            due = "suspended"
        side = "reverse" if row.ord else "forward"
        _row(table, row.id, row.kind, row.command or "", side, row.front, row.back, due, row.interval)
    console.print(table)


def _when(day: dt.date, today: dt.date) -> str:
    days = (day - today).days
    if days == 1:
        return f"tomorrow ({day.isoformat()})"
    return f"in {days} days ({day.isoformat()})"


def print_nothing_due(summary: Summary, today: dt.date) -> None:
    console = _console()
    if summary.next_due is not None:
        line = f"Nothing due today. Your next review is due {_when(summary.next_due, today)}."
    elif summary.new_waiting:
        line = "Nothing due today: no reviews are scheduled yet."
    else:
        line = "Nothing to review: these decks have no cards left. Add notes with: quizzer import NOTES.md"
    if summary.new_waiting:
        line += (
            f" {summary.new_waiting} new card{'s wait' if summary.new_waiting != 1 else ' waits'}"
            " beyond today's new-card limit (raise it with --new-limit N)."
        )
    console.print(Text(line))


def print_summary(summary: Summary, *, finished: bool) -> None:
    console = _console()
    minutes, seconds = divmod(int(summary.seconds), 60)
    head = "Done for today." if finished else "Stopped; every answer so far is saved."
    grades = ", ".join(f"{grade}: {count}" for grade, count in sorted(summary.grades.items())) or "none"
    console.print(Text(head, style="bold"))
    console.print(Text(f"Cards answered: {summary.cards} in {minutes}m {seconds:02d}s  (grades {grades})"))
    console.print(Text(f"Due tomorrow: {summary.tomorrow} review{'s' if summary.tomorrow != 1 else ''}"))
    if summary.next_due is not None and summary.tomorrow == 0:
        console.print(Text(f"Next review: {summary.next_due.isoformat()}"))
