"""A re-import compares and writes only the runs of notes that differ from what the deck's last
import wrote (quizzer.db.row_record): its rows, cards, verdicts and result are those of comparing
every stored note, whatever the edit and whatever the person did between the imports, and a
missing, stale or damaged record means the full comparison."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_extract_incremental import HEADINGS, LINES, documents
from test_import_rows import rows

from quizzer.db import open_database, row_record, sync
from quizzer.db.check_import import Mode
from quizzer.db.models import Meta
from quizzer.db.sync import sync_deck
from quizzer.extract import extract

NOW = dt.datetime(2024, 3, 1, 1, 2, 3, tzinfo=dt.timezone.utc)
TABLES = ("deck", "note", "card", "shape_check")


@st.composite
def edited(draw: st.DrawFn, text: str) -> str:
    """``text`` with one to three edits: a line changed, added, removed or grown, a heading renamed
    (the section's notes and the command it is about), a stretch of lines moved elsewhere, two
    sections joined (a heading removed) or one split (a heading added)."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 3))):
        n = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["change", "insert", "delete", "grow", "heading", "move", "join", "split"]))
        headings = [i for i, line in enumerate(lines) if line.startswith("#")]
        if kind == "change":
            lines[n] = draw(st.sampled_from(LINES))
        elif kind == "insert":
            lines.insert(n, draw(st.sampled_from(LINES)))
        elif kind == "delete" and len(lines) > 1:
            del lines[n]
        elif kind == "grow":
            lines[n] += " (고침)"
        elif kind == "heading" and headings:
            lines[draw(st.sampled_from(headings))] = draw(st.sampled_from(HEADINGS))
        elif kind == "move":
            end = draw(st.integers(n, min(len(lines), n + 8)))
            moved, rest = lines[n:end], lines[:n] + lines[end:]
            at = draw(st.integers(0, len(rest)))
            lines = rest[:at] + moved + rest[at:]
        elif kind == "join" and len(headings) > 1:
            del lines[draw(st.sampled_from(headings[1:]))]
        elif kind == "split":
            lines[n:n] = ["", draw(st.sampled_from(HEADINGS)), ""]
    return "\n".join(lines)


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Documents imported in turn, each with what the person does after its import."""
    text = draw(documents)
    made = [text]
    for _ in range(draw(st.integers(1, 3))):
        made.append(draw(edited(made[-1])))
    made.append(text if draw(st.booleans()) else made[0])  # and back
    actions = st.sampled_from(["nothing", "nothing", "suspend", "check", "forget verdicts", "fix a note"])
    return [(document, draw(actions)) for document in made]


def act(path: Path, action: str, seed: int) -> None:
    """What a person may do between two imports, to the database itself (the same in both)."""
    con = sqlite3.connect(path)
    try:
        if action == "suspend":  # a card suspended here, or let in by the check
            con.execute("UPDATE card SET suspended = 1 - suspended, held = 0 WHERE id IN "
                        "(SELECT id FROM card ORDER BY id LIMIT 1 OFFSET ?)", (seed % 7,))
        elif action == "check":  # a shape kept or held back
            con.execute("UPDATE shape_check SET verdict = CASE verdict WHEN 'kept' THEN 'held' ELSE 'kept' END "
                        "WHERE (deck_id, reason, kind, section) IN (SELECT deck_id, reason, kind, section FROM shape_check "
                        "ORDER BY 1, 2, 3, 4 LIMIT 1 OFFSET ?)", (seed % 3,))
        elif action == "forget verdicts":
            con.execute("DELETE FROM shape_check")
        elif action == "fix a note":  # written outside an import (a card fixed on screen): the deck's state moves
            con.execute("UPDATE note SET back = back || ' (고침)', updated_at = updated_at + 1 WHERE id IN "
                        "(SELECT id FROM note ORDER BY id LIMIT 1 OFFSET ?)", (seed % 5,))
        con.commit()
    finally:
        con.close()


def replay(path: Path, history: list[tuple[str, str]], check: Mode | None) -> list[object]:
    """Each import's result and the rows it left (the record itself aside: only one way writes it)."""
    db = open_database(path)
    steps: list[object] = []
    try:
        for number, (document, action) in enumerate(history):
            draft = extract(document, deck="d", source="d.md")
            if not draft.notes:
                continue
            with db.session() as session:
                steps.append(sync_deck(session, draft, now=NOW + dt.timedelta(hours=number), origin="d.md", check=check))
            steps.append({table: rows(path, table) for table in TABLES})
            act(path, action, number)
    finally:
        db.close()
    return steps


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories(), st.sampled_from([1, 2, 3, 5]), st.sampled_from(["check", "trust", None]))
def test_a_reimport_with_the_record_writes_what_comparing_every_note_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, history: list[tuple[str, str]], run: int, check: Mode | None
) -> None:
    monkeypatch.setattr(row_record, "RUN", run)
    recorded = replay(tmp_path / f"recorded-{uuid.uuid4().hex}.db", history, check)
    with monkeypatch.context() as patched:
        patched.setattr(row_record, "kept_runs", lambda *_: set())
        full = replay(tmp_path / f"full-{uuid.uuid4().hex}.db", history, check)
    assert recorded == full


LONG = "# tools\n\n" + "".join(f"## group {g}\n\n" + "".join(
    f"- **tool{g}x{n} run**: 도구 {g}-{n}을 실행한다\n" for n in range(10)) + "\n" for g in range(30))


def compared(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many stored notes each import of the test compares with the draft's."""
    seen: list[int] = []
    real = sync._as_drafted

    def counting(*args: object) -> bool:
        seen.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(sync, "_as_drafted", counting)
    return seen


def import_once(path: Path, text: str, *, now: dt.datetime = NOW) -> object:
    db = open_database(path)
    try:
        with db.session() as session:
            return sync_deck(session, extract(text, deck="d", source="d.md"), now=now, origin="d.md", check="check")
    finally:
        db.close()


def test_a_one_line_edit_compares_the_rows_of_its_run_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(row_record, "RUN", 16)
    path = tmp_path / "q.db"
    import_once(path, LONG)
    import_once(path, LONG)  # the check settles the shapes of notes learnt (none here: all wait)
    seen = compared(monkeypatch)
    result = import_once(path, LONG.replace("도구 17-3을", "도구 17-3을 고쳐"))
    assert (result.updated, result.unchanged) == (1, 299)  # type: ignore[attr-defined]
    assert len(seen) == 16  # the notes of the edited one's run alone, not the 300
    assert "고쳐" in rows(path, "note")[173][5]


@pytest.mark.parametrize("damage", ["not json", '{"state": 1}', '{"state": null, "run": 16, "digests": []}',
                                    '{"state": [1], "run": 16, "digests": "x"}', "[]"])
def test_a_damaged_record_means_every_row_is_compared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    monkeypatch.setattr(row_record, "RUN", 16)
    path = tmp_path / "q.db"
    import_once(path, LONG)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'rows:d'", (damage,))
    con.commit()
    con.close()
    seen = compared(monkeypatch)
    result = import_once(path, LONG)
    assert result.unchanged == 300 and len(seen) == 300  # type: ignore[attr-defined]


def test_a_note_written_since_by_anything_else_is_compared_and_put_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(row_record, "RUN", 16)
    path = tmp_path / "q.db"
    import_once(path, LONG)
    con = sqlite3.connect(path)
    con.execute("UPDATE note SET back = 'changed', updated_at = updated_at + 1 WHERE id = 40")
    con.commit()
    con.close()
    result = import_once(path, LONG)
    assert result.updated == 1  # type: ignore[attr-defined]
    assert "changed" not in {row[5] for row in rows(path, "note")}


@pytest.mark.parametrize("plain", [False, True])
def test_an_import_rolled_back_leaves_the_record_of_the_one_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plain: bool) -> None:
    """The record is written in the import's transaction: a crash before the commit leaves the rows
    and the record of the import before, together (``plain``: in a transaction of quizzer.db.lite's
    connection, as ``quizzer import`` runs it, instead of a SQLAlchemy session's)."""
    from quizzer.db.lite import open_lite
    from quizzer.db.migrations import CURRENT

    monkeypatch.setattr(row_record, "RUN", 16)
    path = tmp_path / "q.db"
    import_once(path, LONG)
    before = rows(path, "note"), sqlite3.connect(path).execute("SELECT value FROM meta WHERE key = 'rows:d'").fetchone()
    db = open_lite(path, CURRENT) if plain else open_database(path)
    assert db is not None
    with pytest.raises(RuntimeError), db.session() as session:
        sync_deck(session, extract(LONG.replace("도구 3-3을", "도구 3-3을 고쳐"), deck="d", source="d.md"),
                  now=NOW, origin="d.md", check="check")
        raise RuntimeError("killed")
    db.close()
    assert (rows(path, "note"), sqlite3.connect(path).execute(
        "SELECT value FROM meta WHERE key = 'rows:d'").fetchone()) == before
    assert import_once(path, LONG.replace("도구 3-3을", "도구 3-3을 고쳐")).updated == 1  # type: ignore[attr-defined]


def test_deleting_a_deck_deletes_its_record(tmp_path: Path) -> None:
    from quizzer.db.deck_delete import delete_deck
    from quizzer.db.models import Deck

    path = tmp_path / "q.db"
    import_once(path, LONG)
    db = open_database(path)
    with db.session() as session:
        assert session.get(Meta, "rows:d") is not None
        delete_deck(session, session.query(Deck).filter_by(name="d").one())
    with db.session() as session:
        assert session.get(Meta, "rows:d") is None
    db.close()


def forget_kept(db: Path) -> None:
    """Neither the pieces kept nor the record of the rows: the next import reads and compares everything."""
    import shutil

    from quizzer.paths import cache_path

    shutil.rmtree(cache_path() / "pieces", ignore_errors=True)
    if db.exists():
        con = sqlite3.connect(db)
        con.execute("DELETE FROM meta WHERE key LIKE 'rows:%'")
        con.commit()
        con.close()


def test_kept_pieces_and_the_record_leave_the_database_of_full_imports(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole command, a long document edited in turn (a line, a stretch moved, a heading renamed, a
    section split): with the pieces kept and the record, and with neither (cache and record gone before
    each import), every import says the same and leaves the same notes, cards and verdicts."""
    from test_extract_incremental import corpus, small_pieces
    from test_import import cli, write

    monkeypatch.setattr(row_record, "RUN", 8)
    text = corpus(1)
    lines = text.split("\n")
    middle = len(lines) // 2
    item = next(n for n in range(middle, len(lines)) if lines[n].startswith("- ") and len(lines[n]) > 10)
    heading = next(n for n in range(middle, len(lines)) if lines[n].startswith("#"))
    versions = [
        text,
        "\n".join([*lines[:item], lines[item] + " (고침)", *lines[item + 1:]]),
        "\n".join([*lines[:10], *lines[middle:middle + 40], *lines[10:middle], *lines[middle + 40:]]),
        "\n".join([*lines[:heading], "## git 명령어", *lines[heading + 1:]]),
        "\n".join([*lines[:item], "", "# 새 부분", "", *lines[item:]]),
        text,
    ]
    said: dict[str, list[object]] = {"kept": [], "full": []}
    skipped: list[int] = []  # the runs passed over, each import of the command
    passed: list[int] = []  # the most of them, each import into kept.db
    kept_runs = row_record.kept_runs
    monkeypatch.setattr(row_record, "kept_runs", lambda *args: (found := kept_runs(*args), skipped.append(len(found)))[0])
    with small_pieces(40):
        for version in versions:
            for name in ("kept", "full"):
                db = tmp_path / f"{name}.db"
                notes = write(tmp_path / "notes.md", version)
                if name == "full":
                    forget_kept(db)
                skipped.clear()
                rc, out, err = cli(capsys, "--db", str(db), "import", str(notes), "--json")
                assert rc == 0, err
                if name == "kept":
                    passed.append(max(skipped))
                said[name].append(out)
                con = sqlite3.connect(db)
                said[name].append([con.execute(sql).fetchall() for sql in (
                    "SELECT id, key, kind, front, back, command, context, answers, section, tags, line, position, "
                    "doc_order, reason, retired_at IS NULL FROM note ORDER BY id",
                    "SELECT * FROM card ORDER BY id", "SELECT * FROM shape_check ORDER BY 1, 2, 3, 4")])
                con.close()
    assert said["kept"] == said["full"]
    assert passed[0] == 0 and passed[1] > 0 and passed[-1] > 0  # runs as recorded were passed over (a line, back)


def test_a_run_is_known_by_the_kept_pieces_that_wrote_its_notes() -> None:
    """A note a kept piece wrote counts in its run's digest by that piece's content and its place there;
    a note no kept piece wrote by its values; without pieces every note by its values, as before."""
    from dataclasses import replace

    from quizzer.extract import incremental
    from quizzer.extract.model import Kind, NoteDraft

    first = NoteDraft("d|command|git|git gc", Kind.COMMAND, "git gc", "정리한다", "git", ("git",), 3, ("git",))
    second = replace(first, key="d|command|git|git fsck", front="git fsck", line=4)

    def digests(*kept: tuple[bytes, tuple[NoteDraft, ...]], notes: tuple[NoteDraft, ...] = (first, second)) -> list[str]:
        sources = incremental.Sources()
        for encoded, written in kept:
            sources.add(incremental.PieceResult(
                (), (), (None, None), (), tuple((note.key, note) for note in written), (), (), (), (), b"", encoded=encoded))
        return row_record.run_digests(notes, sources)

    by_values = row_record.run_digests((first, second))
    assert digests() == by_values  # no piece kept: the notes' values
    assert digests((b"one", (first, second))) == digests((b"one", (first, second)))
    assert digests((b"one", (first, second))) != by_values
    assert digests((b"one", (first, second))) != digests((b"two", (first, second)))  # the piece's content
    assert digests((b"one", (second, first))) != digests((b"one", (first, second)))  # the notes' places there
    assert digests((b"one", (first,))) == digests((b"one", (first,)))  # the second note by its values …
    edited = replace(second, back="검사한다")
    assert digests((b"one", (first,)), notes=(first, edited)) != digests((b"one", (first,)))  # … which count


def test_a_one_line_edit_from_kept_pieces_leaves_the_rows_and_histories_a_cold_import_leaves(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A long document imported, its cards reviewed, one line edited and imported again with the pieces
    kept and the record of the rows (runs passed over): every note, card and review (each card's history)
    is what the same history leaves when the edited document is imported cold, with neither."""
    from test_extract_incremental import corpus, small_pieces
    from test_import import cli, write

    from quizzer.review import store
    from quizzer.review.logic import answer_card

    monkeypatch.setattr(row_record, "RUN", 8)
    text = corpus(1)
    lines = text.split("\n")
    item = next(n for n in range(len(lines) // 2, len(lines)) if lines[n].startswith("- ") and len(lines[n]) > 10)
    edited = "\n".join([*lines[:item], lines[item] + " (고침)", *lines[item + 1:]])
    found: list[int] = []  # the runs the record passed over, each import
    kept_runs = row_record.kept_runs
    monkeypatch.setattr(row_record, "kept_runs", lambda *args: (runs := kept_runs(*args), found.append(len(runs)))[0])
    left: dict[str, list[object]] = {}
    with small_pieces(40):
        for name in ("kept", "cold"):
            db = tmp_path / f"{name}.db"
            forget_kept(db)  # (a new file: no pieces kept from the other's imports)
            notes = write(tmp_path / "notes.md", text)
            assert cli(capsys, "--db", str(db), "import", str(notes))[0] == 0
            con = sqlite3.connect(db)
            for number, (card_id,) in enumerate(con.execute("SELECT id FROM card ORDER BY id").fetchall()):
                for day in range(3 if number % 3 == 0 else 1):  # a history of one to three answers
                    today = dt.date(2030, 1, 1) + dt.timedelta(days=day * 2)
                    state, graded, _ = store.load_for_answer(con, card_id, today)
                    answer = answer_card(state, (5, 2, 4)[(number + day) % 3], today, graded_today=graded)
                    store.apply_answer(con, answer, at=dt.datetime(2030, 1, 1 + day * 2, 9, tzinfo=dt.timezone.utc),
                                       duration_ms=1000 + number)
            con.commit()
            con.close()
            write(notes, edited)
            if name == "cold":
                forget_kept(db)
            found.clear()
            rc, out, err = cli(capsys, "--db", str(db), "import", str(notes), "--json")
            assert rc == 0, err
            if name == "kept":
                assert max(found) > 0  # runs as recorded were passed over
            con = sqlite3.connect(db)
            left[name] = [out, *(con.execute(sql).fetchall() for sql in (
                "SELECT id, key, kind, front, back, command, context, answers, section, tags, line, position, "
                "doc_order, reason, retired_at IS NULL FROM note ORDER BY id",
                "SELECT * FROM card ORDER BY id", "SELECT * FROM review ORDER BY id",
                "SELECT * FROM shape_check ORDER BY 1, 2, 3, 4"))]
            con.close()
    assert left["kept"][2] and left["kept"][3]  # cards, and their histories
    assert left["kept"] == left["cold"]
