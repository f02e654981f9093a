"""Tables for the terminal (rich).  Note text always goes in as ``Text``, never
as markup, so ``name[:tag | @IMAGE_DIGEST]`` prints exactly as written."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from quizzer.db.queries import CardRow, DeckSummary
from quizzer.db.sync import ImportResult
from quizzer.extract import DeckDraft

__all__ = ["print_cards", "print_decks", "print_drafts", "print_imports"]


def _console() -> Console:
    return Console(highlight=False, markup=False, emoji=False)


def _table(title: str, *columns: str) -> Table:
    table = Table(title=Text(title), title_justify="left", show_lines=False)
    for column in columns:
        justify = "right" if column in {"notes", "cards", "new", "due", "line", "added", "updated",
                                         "unchanged", "retired", "restored", "interval"} else "left"
        table.add_column(Text(column), justify=justify, overflow="fold")
    return table


def _row(table: Table, *cells: object) -> None:
    table.add_row(*(Text("" if cell is None else str(cell)) for cell in cells))


def print_drafts(drafts: Sequence[DeckDraft]) -> None:
    console = _console()
    for draft in drafts:
        table = _table(f"{draft.name}  ({draft.source}: {len(draft.notes)} notes)", "line", "kind", "command",
                       "front", "back")
        for note in draft.notes:
            _row(table, note.line, note.kind.value, note.command or "", note.front, note.back)
        console.print(table)
        for warning in draft.warnings:
            console.print(Text(f"warning: {draft.source}:{warning.line}: {warning.message}"))


def print_imports(results: Sequence[ImportResult]) -> None:
    console = _console()
    table = _table("Imported", "deck", "added", "updated", "unchanged", "retired", "restored")
    for result in results:
        _row(table, result.deck, result.added, result.updated, result.unchanged, result.retired, result.restored)
    console.print(table)
    for result in results:
        for warning in result.warnings:
            console.print(Text(f"warning: {result.source}:{warning.line}: {warning.message}"))


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
    table = _table(f"{deck}: {len(rows)} cards", "id", "kind", "side", "front", "back", "due", "interval")
    for row in rows:
        due = row.due.isoformat() if row.due else "new"
        if row.suspended:
            due = "suspended"
        _row(table, row.id, row.kind, "reverse" if row.ord else "forward", row.front, row.back, due, row.interval)
    console.print(table)
