"""Writing a document's notes into a deck: upsert by stable key, retire the rest.

An edited description updates its note in place, so the note's cards keep
their review history; a fact gone from the document is retired (hidden, its
history kept) and comes back when the document has it again.

A step is keyed by what it says (so inserting a step never re-keys the
others), which would make fixing a typo in a step a new note.  So a step with
a new key takes over the stored step of the same procedure and position that
this import would otherwise retire: same note, new key and text, history kept.
A command line is keyed by its text too: one written again with other spellings of its flags
(``docker ps --all`` for ``docker ps -a``) takes over the stored line a shell reads alike, and failing
that, one whose values changed (``tar -czf b.tgz dir`` for ``tar -czf a.tgz dir``, a port, a path) takes
over a stored line of the same shape under the same heading, the first in the document's order.
A line written otherwise than an earlier line whose card has the same front (``docker logs``, then ``docker logs >
out.txt``) is keyed by its line as written, and alone by the front, the other's key (quizzer.extract.walk, f12bb143):
a command whose key a stored note written otherwise holds takes the stored note written as it is, and the two swap
keys, or, when none is, leaves it to a later line written as it (``docker logs`` written above a ``docker logs >
out.txt`` stored alone); a command with a new key takes a stored note written as it is.  So each line keeps its own
note and history when the other is deleted, moved, written above it or written again.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass

from typing import Any

from quizzer.checking import questions, section_of_key
from quizzer.command_line import same_line_key, same_shape_key
from quizzer.db import bulk, row_record
from quizzer.db.lite import json_text, raw_connection, to_epoch_ms
from quizzer.db.check_import import Gate, Mode, waiting_count
from quizzer.db.held import HELD, WAITING
from quizzer.db.results import ImportResult
from quizzer.errors import QuizzerError
from quizzer.extract.model import REVERSIBLE, DeckDraft, Kind, NoteDraft
from quizzer.i18n import _
from quizzer.sm2 import INITIAL_EF_CENTI

__all__ = ["BULK_NOTES", "ImportResult", "sync_deck"]

#: Notes a new deck is filled with at least for its indexes and counts to be made once at the end (quizzer.db.bulk).
BULK_NOTES = 5000


def card_ords(kind: str) -> tuple[int, ...]:
    """Forward (0) for every note; reverse (1) for commands, options and flags."""
    ords = _ORDS.get(kind)
    return ords if ords is not None else ((0, 1) if Kind(kind) in REVERSIBLE else (0,))


_ORDS = {kind.value: (0, 1) if kind in REVERSIBLE else (0,) for kind in Kind}


@dataclass(slots=True)
class _Stored:
    """A stored note as this import sees it: a row as SQLite gives it (its JSON columns as
    the stored text, not decoded: a re-import compares them with the draft's as text)."""

    id: int
    key: str
    kind: str
    front: str
    back: str
    command: str | None
    context: str | None
    answers: str
    section: str
    tags: str
    line: int
    position: int | None
    doc_order: int
    retired_at: int | None
    reason: str | None


class _Json:
    """The JSON text of a draft's lists, as :func:`quizzer.db.lite.json_text` writes it, each
    list once (a section's, a tag list's: the same for many notes)."""

    __slots__ = ("made",)

    def __init__(self) -> None:
        self.made: dict[tuple[str, ...], str] = {}

    def __call__(self, items: tuple[str, ...]) -> str:
        try:
            text = self.made.get(items)
        except TypeError:  # a list, not the draft's tuple
            return json_text(list(items))
        if text is None:
            text = self.made[items] = json_text(list(items))
        return text


def _same_json(stored: str, text: str) -> bool:
    """The stored JSON holds what ``text`` does (written as it is, or with ``\\u`` escapes as
    quizzer wrote it before schema 8's UTF-8: decoded only when the text differs)."""
    return stored == text or json.loads(stored) == json.loads(text)


def _changed(note: _Stored, item: NoteDraft, answers: str) -> bool:
    """What a person sees on the note's cards changed: an update."""
    return ((note.kind, note.front, note.back, note.command, note.context, note.position)
            != (item.kind.value, item.front, item.back, item.command, item.context, item.position)
            or not _same_json(note.answers, answers))


#: Where a stored row (:data:`_STORED`) holds the kind, the time it was retired, its front, context and place.
_KIND, _RETIRED_AT = _Stored.__slots__.index("kind"), _Stored.__slots__.index("retired_at")
_FRONT, _DOC_ORDER = _Stored.__slots__.index("front"), _Stored.__slots__.index("doc_order")
_CONTEXT = _Stored.__slots__.index("context")
# plain SQL on the DB-API connection (a session's or our own, quizzer.db.lite): SQLAlchemy is not imported
# for a re-import (it cost a fifth of one), and its row processing (decoding three JSON columns a note) cost
# more than reading the rows; tests/test_import_sql.py checks every table and column named here is the
# schema's (quizzer.db.models) and the defaults of a new card are the models'
_STORED = f"SELECT {', '.join(_Stored.__slots__)} FROM note WHERE deck_id = ?"
_STORED_CARDS = "SELECT id, note_id, ord, new_rank, suspended, held FROM card WHERE deck_id = ?"
# the same, outside the runs kept (quizzer.db.row_record): every retired note, the live ones of other runs
_STORED_OUTSIDE = (f"SELECT {', '.join(_Stored.__slots__)} FROM note WHERE deck_id = ? AND (retired_at IS NOT NULL "
                   "OR doc_order / ? NOT IN (SELECT value FROM json_each(?)))")
_STORED_CARDS_OF = ("SELECT id, note_id, ord, new_rank, suspended, held FROM card "
                    "WHERE note_id IN (SELECT value FROM json_each(?))")
_DECK = "SELECT id, source FROM deck WHERE name = ?"
_NEW_DECK = "INSERT INTO deck (name, source, builtin, created_at) VALUES (?, ?, ?, ?)"
_MOVE_DECK = "UPDATE deck SET source = ?, builtin = ? WHERE id = ?"
_LAST_NOTE_ID = "SELECT max(id) FROM note"
#: Columns an import writes (besides ids, deck and times).
_WRITTEN = ("key", "kind", "front", "back", "command", "context", "answers", "section", "tags", "line", "position", "doc_order",
            "reason")
_UPDATE_NOTE = (f"UPDATE note SET {', '.join(f'{name} = :{name}' for name in (*_WRITTEN, 'retired_at', 'updated_at'))} "
                "WHERE id = :note_id")
_UPDATE_KEEPING_TIME = (f"UPDATE note SET {', '.join(f'{name} = :{name}' for name in (*_WRITTEN, 'retired_at'))} "
                        "WHERE id = :note_id")
_SET_CARD = "UPDATE card SET new_rank = :rank, suspended = :suspended, held = :held WHERE id = :card_id"
_RETIRE = "UPDATE note SET retired_at = :at WHERE id = :note_id"
_SET_KEY = "UPDATE note SET key = :key WHERE id = :note_id"


#: A new note's columns, in the order :func:`_new_note` gives them.
_NOTE_ROW = ("id", "deck_id", *_WRITTEN, "retired_at", "created_at", "updated_at")
#: A new card's columns: what the import knows, then the schema's defaults for the rest (those of
#: quizzer.db.models.Card, as stored: tests/test_import_sql.py), the flags as the integers SQLite keeps, bound
#: as they are (a bool takes quizzer.db.lite's adapter, a call a value; 50k new cards hold 100k flags).
_CARD_GIVEN = ("note_id", "deck_id", "ord", "new_rank")
_CARD_DEFAULTS: dict[str, object] = {
    "reps": 0, "interval": 0, "ef_centi": INITIAL_EF_CENTI, "suspended": 0, "lapses": 0, "leech": 0, "held": 0,
}


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


_INSERT_NOTE = _insert_sql("note", _NOTE_ROW)
_INSERT_CARD = _insert_sql("card", (*_CARD_GIVEN, *_CARD_DEFAULTS))


def _insert(connection: sqlite3.Connection, sql: str, rows: list[tuple[object, ...]]) -> None:
    """Rows already in their stored form, in one ``executemany``: for 100k rows, SQLAlchemy's
    per-row parameter processing cost more than SQLite's inserting them (tests/test_import_rows.py
    checks the rows are those the ORM writes)."""
    connection.executemany(sql, rows)


def _new_note(
    item: NoteDraft, note_id: int, deck_id: int, order: int, stamp: int, *, kind: str, answers: str, encode: _Json
) -> tuple[object, ...]:
    """A new note's row, as the ORM would store ``_values`` (JSON as UTF-8 text, times in ms)."""
    return (
        note_id, deck_id, item.key, kind, item.front, item.back, item.command, item.context,
        answers, encode(item.section), encode(item.tags), item.line, item.position, order, item.reason, None, stamp, stamp,
    )


def _values(item: NoteDraft, order: int, *, answers: str, encode: _Json) -> dict[str, object]:
    return {
        "key": item.key, "kind": item.kind.value, "front": item.front, "back": item.back, "command": item.command, "context": item.context,
        "answers": answers, "section": encode(item.section), "tags": encode(item.tags), "line": item.line,
        "position": item.position, "doc_order": order, "reason": item.reason,
    }


def sync_deck(
    session: object,
    draft: DeckDraft,
    *,
    now: dt.datetime,
    origin: str,
    builtin: bool = False,
    adopt: bool = False,
    check: Mode | None = None,
) -> ImportResult:
    """Write ``draft`` into its deck, in the transaction of ``session`` (a SQLAlchemy session or a
    sqlite3 connection: the statements are the same, sent on its DB-API connection).  ``origin`` says which document a deck
    comes from (a resolved path, or ``builtin:NAME``); a deck filled from
    another document is refused unless the user named it (``adopt``).
    ``check``: what the check before learning does with new cards
    (:mod:`quizzer.db.check_import`); None: they are learnt as they come.

    Writes are bulk and touch only what changed: a re-import with one edited
    line updates one row, and reads and compares only the rows of the run of
    notes that holds it (:mod:`quizzer.db.row_record`)."""
    connection = raw_connection(session)
    stamp = to_epoch_ms(now)
    found = connection.execute(_DECK, (draft.name,)).fetchone()
    if found is None:
        deck_id: int = connection.execute(_NEW_DECK, (draft.name, origin, builtin, stamp)).lastrowid  # type: ignore[assignment]
    elif found[1] != origin:
        if not adopt:
            from quizzer.to_copy import shell_command

            raise QuizzerError(_(
                "The deck '{deck}' comes from {source}, not {document}; give this one "
                "another name with --deck NAME, or replace the deck's notes with {option}."
            ).format(deck=draft.name, source=found[1], document=draft.source,
                     option=shell_command("--deck", draft.name)), paths=(found[1],))  # a deck named "it's": quoted as a shell reads it
        deck_id = found[0]
        connection.execute(_MOVE_DECK, (origin, builtin, deck_id))
    else:
        deck_id = found[0]
    gate = Gate(connection, deck_id, check) if check is not None else None
    digests = row_record.run_digests(draft.notes, draft.sources)
    kept = _kept_runs(connection, draft, digests, gate)
    # rows as SQLite gives them; a _Stored is made only of a note that is not as the draft has it
    existing: dict[str, tuple[Any, ...] | _Stored]
    if kept:  # the rows of the runs the last import wrote as this one would are neither read nor compared
        rows = connection.execute(_STORED_OUTSIDE, (deck_id, row_record.RUN, json.dumps(sorted(kept)))).fetchall()
        existing = {row[1]: row for row in rows}
        stored_cards = connection.execute(_STORED_CARDS_OF, (json.dumps([row[0] for row in rows]),))
    else:
        existing = {row[1]: row for row in connection.execute(_STORED, (deck_id,))}
        stored_cards = connection.execute(_STORED_CARDS, (deck_id,))
    cards = {
        (note_id, ord_): (card_id, rank, bool(suspended), held)
        for card_id, note_id, ord_, rank, suspended, held in stored_cards
    }
    next_id = int(connection.execute(_LAST_NOTE_ID).fetchone()[0] or 0) + 1  # BEGIN IMMEDIATE: ids are ours
    fresh = not kept and not existing and not cards  # the deck has no note or card yet
    counts = {"added": 0, "updated": 0, "unchanged": 0, "retired": 0, "restored": 0}
    added: list[tuple[object, ...]] = []
    updated: list[dict[str, object]] = []
    placed: list[tuple[int, str, int, tuple[int, ...]]] = []  # note id, kind, order, card ords it had
    edited_steps = _retiring_steps(existing, draft)
    commands: _RetiringCommands | None = None  # read once, at the first new command
    moved: list[_Stored] = []  # notes that swapped keys (the one that had an incoming key, the one taking it)
    encode = _Json()
    gated: list[tuple[int, str | None, str, tuple[str, ...]]] = []  # notes with new cards: id, reason, kind, section
    notes_waiting: list[tuple[str | None, str, tuple[str, ...], int]] = []  # a new deck's, in order: reason, kind, section
    held: dict[int, int] = {}  # note id → card.held of its new cards, when not 0
    counts["unchanged"] = sum(len(draft.notes[number * row_record.RUN : (number + 1) * row_record.RUN]) for number in kept)
    for order, item in _compared(draft.notes, kept):
        stored = existing.pop(item.key, None)
        answers = json_text(list(item.answers)) if item.answers else "[]"
        kind = item.kind._value_  # (the same as .value, without the property's call)
        if isinstance(stored, tuple) and _as_drafted(stored, item, kind, answers, order, encode):
            note_id = stored[0]
            if gate is not None and gate.unsettled(item.reason, kind, item.section):
                gate.seen(item.reason, kind, item.section, learnt=any(
                    cards.get((note_id, ord_), _NO_CARD)[3] == 0 for ord_ in card_ords(kind)))
            counts["unchanged"] += 1
            ords = card_ords(kind)
            for ord_ in ords:  # its cards are where they were: nothing for the cards below to change
                card = cards.get((note_id, ord_))
                if card is None or card[1] != order:
                    placed.append((note_id, kind, order, ords))
                    break
            continue
        note = _Stored(*stored) if isinstance(stored, tuple) else stored
        if note is not None and item.kind is Kind.COMMAND and _written(note) != (item.context or item.front):
            # "docker logs > out.txt" alone, keyed as "docker logs" was: the stored note written as it is, if any
            if commands is None:
                commands = _retiring_commands(existing, draft, kept, order + 1)
            if commands.rewritten and (own := _take_over(commands.rewritten, existing, item, item.context or item.front,
                                                         holder=note)) is not None:
                moved += (note, own)
                commands.rewritten.setdefault(_written(note), []).append(note)  # its line may come later, its key new
                note = own
            elif (later := _later_key(commands, existing, draft, kept, _written(note), order)) is not None:
                # "docker logs" written above "docker logs > out.txt", stored alone with the key "docker logs" now
                # takes: the stored note is the later line's, under that line's key
                note.key = later
                existing[later] = note
                moved.append(note)
                note = None
        if note is None and item.kind is Kind.STEP:
            note = _take_over(edited_steps, existing, item, (item.front, item.position))
        elif note is None and item.kind is Kind.COMMAND:  # "docker ps --all" where the notes wrote "docker ps -a"
            if commands is None:
                commands = _retiring_commands(existing, draft, kept, order)
            if commands.rewritten:  # "docker logs >" keyed anew where a stored note was written so
                note = _take_over(commands.rewritten, existing, item, item.context or item.front)
            if note is None and commands.respelled:
                note = _take_over(commands.respelled, existing, item, same_line_key(item.front))
            if note is None and commands.reshaped:  # "tar -czf b.tgz dir" where the notes wrote "tar -czf a.tgz dir"
                note = _take_over(commands.reshaped, existing, item, (encode(item.section), same_shape_key(item.front)))
        if gate is not None:
            if gate.unsettled(item.reason, kind, item.section):  # once a shape, not once a note
                gate.seen(item.reason, kind, item.section, learnt=note is not None and any(
                    cards.get((note.id, ord_), _NO_CARD)[3] == 0 for ord_ in card_ords(note.kind))
                    and not gate.checked(note.reason, note.kind, section_of_key(note.section)))
            if note is not None and note.reason is not None and (
                    (note.reason, note.kind) != (item.reason, kind) or not _same_json(note.section, encode(item.section))):
                gate.note_reshaped()  # its waiting cards follow their shape (a lower heading's change: no harm)
        if note is None:
            added.append(_new_note(item, next_id, deck_id, order, stamp, kind=kind, answers=answers, encode=encode))
            placed.append((next_id, kind, order, card_ords(kind)))
            if gate is not None:
                gated.append((next_id, item.reason, kind, item.section))
            next_id += 1
            counts["added"] += 1
            continue
        changed = _changed(note, item, answers)
        if note.retired_at is not None:
            counts["restored"] += 1
        else:
            counts["updated" if changed else "unchanged"] += 1
        if (note.retired_at is not None or changed or (note.key, note.line, note.doc_order, note.reason) != (item.key, item.line, order, item.reason)
                or not _same_json(note.section, encode(item.section)) or not _same_json(note.tags, encode(item.tags))):
            updated.append({"note_id": note.id, **_values(item, order, answers=answers, encode=encode), "retired_at": None,
                            "updated_at": stamp if changed else _NO_CHANGE})
        placed.append((note.id, kind, order, card_ords(note.kind)))  # "::" may have become ":::"
        if gate is not None and kind != note.kind and set(card_ords(kind)) - set(card_ords(note.kind)):
            gated.append((note.id, item.reason, kind, item.section))  # a new way of asking it: a new card, gated as a new note's
    if gate is not None:  # after every note was seen: a shape the deck learns is kept, wherever its notes are
        for note_id, reason, kind, section in gated:
            if state := gate.state(reason, kind, section):
                held[note_id] = state
                if fresh and state == WAITING:
                    notes_waiting.append((reason, kind, section, 1))
    # a new deck filled in bulk: indexed and counted once at the end, not card by card (quizzer.db.bulk)
    counting = bulk.filled_after(connection, deck_id) if fresh and len(added) >= BULK_NOTES else nullcontext()
    with counting:
        if moved:  # each out of the other's way first (a key is unique in its deck), then its own
            connection.executemany(_SET_KEY, [{"key": f"\x00{note.id}", "note_id": note.id} for note in moved])
        if added:
            _insert(connection, _INSERT_NOTE, added)
        if updated:
            _update_notes(connection, updated)
        if moved:
            connection.executemany(_SET_KEY, [{"key": note.key, "note_id": note.id} for note in moved])
        new_cards: list[tuple[object, ...]] = []
        card_defaults = tuple(_CARD_DEFAULTS.values())
        held_defaults = {state: tuple(1 if name == "suspended" else state if name == "held" else value
                                      for name, value in _CARD_DEFAULTS.items()) for state in set(held.values())}
        changed_cards: list[dict[str, object]] = []
        held_back = 0  # new cards of a shape the person held back: they go straight to `check --held`
        added_waiting = 0  # new cards that wait for the check
        for note_id, kind, order, was in placed:
            wanted = card_ords(kind)
            for ord_ in wanted:
                card = cards.get((note_id, ord_))
                if card is None:
                    state = held.get(note_id, 0)
                    held_back += state == HELD
                    added_waiting += state == WAITING
                    new_cards.append((note_id, deck_id, ord_, order, *(held_defaults[state] if state else card_defaults)))
                    continue
                card_id, rank, suspended, by_check = card
                keep = suspended and (ord_ in was or bool(by_check))  # a way of asking it that came back is asked again
                if (order, keep) != (rank, suspended):
                    changed_cards.append({"card_id": card_id, "rank": order, "suspended": keep, "held": by_check if keep else 0})
            for ord_ in set(was) - set(wanted):  # no longer wanted: kept with its history, not asked
                card = cards.get((note_id, ord_))
                if card is not None and (not card[2] or card[3]):  # suspended here, not by the check
                    changed_cards.append({"card_id": card[0], "rank": card[1], "suspended": True, "held": 0})
        if new_cards:
            _insert(connection, _INSERT_CARD, new_cards)
    if changed_cards:
        connection.executemany(_SET_CARD, changed_cards)
    gone = [note for note in existing.values() if _id_retired(note)[1] is None]
    retiring = [{"note_id": _id_retired(note)[0], "at": stamp} for note in gone]
    retired_notes = tuple(_front(note) for note in sorted(gone, key=_doc_order))
    if retiring:
        connection.executemany(_RETIRE, retiring)
        counts["retired"] = len(retiring)
    if not builtin:  # (a shipped deck is imported again only when quizzer ships another)
        row_record.write(connection, draft.name, digests)  # after the last write of a note: the deck's state as left
    if gate is None:
        return ImportResult(deck=draft.name, source=draft.source, warnings=draft.warnings,
                            retired_notes=retired_notes, **counts)
    gate.write()
    if fresh and not (gate.trusted or gate.reshaped):
        # a new deck's cards are those just written, as written (write() moved none): no need to read
        # them back (about 50 ms for 100k cards, the shapes worked out of every note's section in SQL)
        waiting, shapes = added_waiting, questions(notes_waiting)
    else:
        waiting, shapes = waiting_count(connection, deck_id)
    return ImportResult(deck=draft.name, source=draft.source, warnings=draft.warnings, waiting=waiting,
                        waiting_groups=shapes, waiting_added=min(added_waiting, waiting), held_back=held_back,
                        retired_notes=retired_notes, **counts)


def _kept_runs(connection: sqlite3.Connection, draft: DeckDraft, digests: list[str], gate: Gate | None) -> set[int]:
    """The runs of ``draft`` whose rows and cards are as this import would leave them
    (:mod:`quizzer.db.row_record`) and whose notes' shapes the check has settled (the gate
    would learn nothing from them: a verdict once settled stays so for the rest of the import)."""
    kept = row_record.kept_runs(connection, draft.name, digests)
    if gate is None or not kept:
        return kept
    size = row_record.RUN
    return {number for number in kept if not any(
        gate.unsettled(reason, kind, section)
        for reason, kind, section in {(item.reason, item.kind._value_, item.section)
                                      for item in draft.notes[number * size : (number + 1) * size]})}


def _compared(notes: Sequence[NoteDraft], kept: set[int]) -> Iterator[tuple[int, NoteDraft]]:
    """The notes to compare with their rows, each with its place: all but those of the ``kept`` runs."""
    if not kept:
        yield from enumerate(notes)
        return
    size = row_record.RUN
    for number in range(0, (len(notes) + size - 1) // size):
        if number not in kept:
            yield from enumerate(notes[number * size : (number + 1) * size], number * size)


def _as_drafted(stored: tuple[Any, ...], item: NoteDraft, kind: str, answers: str, order: int, encode: _Json) -> bool:
    """The stored row is the draft's note as this import writes it (most notes of a re-import):
    nothing to write, nothing else to compare (tests/test_import_rows.py checks the rows are those
    of comparing every note as :func:`_changed` does)."""
    return bool(stored[1:] == (
        item.key, kind, item.front, item.back, item.command, item.context, answers, encode(item.section),
        encode(item.tags), item.line, item.position, order, None, item.reason,
    ))


def _written(note: tuple[Any, ...] | _Stored) -> str:
    """A stored command's line as written: its context, or its front when that is the line itself."""
    if isinstance(note, tuple):
        return str(note[_CONTEXT] or note[_FRONT])
    return note.context or note.front


def _front(note: tuple[Any, ...] | _Stored) -> str:
    return str(note[_FRONT] if isinstance(note, tuple) else note.front)


def _doc_order(note: tuple[Any, ...] | _Stored) -> int:
    return int(note[_DOC_ORDER] if isinstance(note, tuple) else note.doc_order)


def _id_retired(note: tuple[Any, ...] | _Stored) -> tuple[int, int | None]:
    """A stored note's id and when it was retired (a row as read, or made a :class:`_Stored`)."""
    return (note[0], note[_RETIRED_AT]) if isinstance(note, tuple) else (note.id, note.retired_at)


#: A card the stored note lacks, as :data:`cards` in sync_deck would hold it: (id, rank, suspended, held).
_NO_CARD = (0, 0, True, -1)

#: ``updated_at`` of an update whose content did not change: keep the stored time.
_NO_CHANGE: object = object()


def _update_notes(connection: sqlite3.Connection, rows: list[dict[str, object]]) -> None:
    """Rows whose content changed get a new ``updated_at``; the others keep theirs."""
    stamped = [row for row in rows if row["updated_at"] is not _NO_CHANGE]
    kept = [{k: v for k, v in row.items() if k != "updated_at"} for row in rows if row["updated_at"] is _NO_CHANGE]
    if stamped:
        connection.executemany(_UPDATE_NOTE, stamped)
    if kept:
        connection.executemany(_UPDATE_KEEPING_TIME, kept)


def _retiring_steps(
    existing: dict[str, tuple[Any, ...] | _Stored], draft: DeckDraft
) -> dict[tuple[str, int | None], list[_Stored]]:
    """Live stored steps this import would retire, by procedure and position (each made a
    :class:`_Stored`, in ``existing`` too).

    A step's front is its procedure and position (``Procedure — step 3``).
    """
    step = Kind.STEP.value
    rows = [row for row in existing.values() if isinstance(row, tuple) and row[_KIND] == step and row[_RETIRED_AT] is None]
    if not rows:  # most decks: no set of every key, no sort of every note
        return {}
    steps = [_Stored(*row) for row in rows]
    existing.update((note.key, note) for note in steps)
    incoming = {item.key for item in draft.notes}
    found: dict[tuple[str, int | None], list[_Stored]] = {}
    for note in sorted(steps, key=lambda n: n.doc_order):
        if note.key not in incoming:
            found.setdefault((note.front, note.position), []).append(note)
    return found


@dataclass(slots=True)
class _RetiringCommands:
    """Live stored commands this import would retire, by what a shell reads in their line (``respelled``) and by their
    heading and line's shape (``reshaped``), each list in the document's order; and by their line as written
    (``rewritten``), those and the retired ones no line of the draft keyed as they are is written as."""

    respelled: dict[object, list[_Stored]]
    reshaped: dict[object, list[_Stored]]
    rewritten: dict[str, list[_Stored]]
    #: The place of the first new command these were read for.
    first: int
    #: The draft's new commands from ``first`` on, by their line as written: each place and key (read when asked).
    new_lines: dict[str, list[tuple[int, str]]] | None = None


def _retiring_commands(
    existing: dict[str, tuple[Any, ...] | _Stored], draft: DeckDraft, kept: set[int], first: int
) -> _RetiringCommands:
    """The stored commands a new command may be an edit of (each made a :class:`_Stored`, in ``existing`` too): a
    command written again with other spellings of its flags (``docker ps --all`` for ``docker ps -a``) is the same fact
    (command_line.same_line_key); one with its values changed under the same heading (``ssh -p 2022 host`` for ``ssh
    -p 2222 host``) is that fact edited (command_line.same_shape_key), unless a new line of the draft reads as it does
    (that line is the one written again).  A line with a new key, or keyed as a stored note written otherwise is
    (``docker logs > out.txt`` alone, keyed as ``docker logs`` was before it), takes the note written as it is
    (``rewritten``), retired or not.  ``first``: the place of the first new command (the runs ``kept`` hold none)."""
    command = Kind.COMMAND.value
    rows = [(key, row) for key, row in existing.items() if (row[_KIND] if isinstance(row, tuple) else row.kind) == command]
    found = _RetiringCommands({}, {}, {}, first)
    if not rows:
        return found
    incoming = {item.key: item for item in draft.notes}
    written_again: set[object] | None = None
    for key, row in sorted(rows, key=lambda pair: _doc_order(pair[1])):
        drafted, retired = incoming.get(key), _id_retired(row)[1] is not None
        if drafted is not None and (not retired or (drafted.context or drafted.front) == _written(row)):
            continue  # a live note the draft has (a retired one its line is written as: restored)
        note = _Stored(*row) if isinstance(row, tuple) else row
        existing[key] = note
        found.rewritten.setdefault(note.context or note.front, []).append(note)
        if retired:
            continue
        reading = same_line_key(note.front)
        if reading is not None:
            found.respelled.setdefault(reading, []).append(note)
            if written_again is None:
                written_again = {same_line_key(item.front) for order, item in _compared(draft.notes, kept)
                                 if order >= first and item.kind is Kind.COMMAND and item.key not in existing}
            if reading in written_again:
                continue
        shape = same_shape_key(note.front)
        if shape is not None:
            heading = json_text(json.loads(note.section))  # as the draft's is written (stored before schema 8: escaped)
            found.reshaped.setdefault((heading, shape), []).append(note)
    return found


def _later_key(
    commands: _RetiringCommands, existing: Mapping[str, object], draft: DeckDraft, kept: set[int], written: str, order: int
) -> str | None:
    """The key of a new command of ``draft`` after ``order`` written as ``written`` (no stored note has it), if any."""
    if commands.new_lines is None:
        commands.new_lines = {}
        for place, item in _compared(draft.notes, kept):
            if place >= commands.first and item.kind is Kind.COMMAND and item.key not in existing:
                commands.new_lines.setdefault(item.context or item.front, []).append((place, item.key))
    for place, key in commands.new_lines.get(written, ()):
        if place > order and key not in existing:
            return key
    return None


def _take_over(
    edited: Mapping[Any, list[_Stored]], existing: dict[str, tuple[Any, ...] | _Stored], item: NoteDraft,
    found_by: object, *, holder: _Stored | None = None,
) -> _Stored | None:
    """The stored note ``item`` is an edit of, found by ``found_by`` in ``edited`` (a step: same procedure, same
    position; a command: the same line respelled, or its values changed, or written as it is), re-keyed; else None.
    A note another new note took over (found another way) is passed over.  ``holder``: the stored note that had
    ``item``'s key (written otherwise), which takes the key of the note taken."""
    candidates = edited.get(found_by) if found_by is not None else None
    while candidates:
        note = candidates.pop(0)
        if existing.get(note.key) is note:
            break
    else:
        return None
    del existing[note.key]
    if holder is not None:
        holder.key = note.key
        existing[note.key] = holder
    note.key = item.key
    return note
