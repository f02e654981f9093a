"""The check by section, stored (schema 13): one rule in two sections is two groups, each kept
or held on its own; verdicts given before schema 13 still hold in every section."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli

from quizzer.check_session import Decision, Verdict
from quizzer.check_view import shape_lines
from quizzer.checking import ANY_SECTION, section_key
from quizzer.commands.check import store
from quizzer.db import Database, open_database
from quizzer.db.checks import (
    HELD, WAITING, Waiting, decide_cards, hold, joined_shapes, keep, keep_cards, verdict, waiting,
)
from quizzer.db.migrations import CURRENT
from quizzer.db.sync import sync_deck
from quizzer.extract import extract

NOW = dt.datetime(2030, 3, 1, 12, tzinfo=dt.timezone.utc)
TABLE = "table row"
TMUX, VIM, SHELL = section_key(("Keys", "tmux")), section_key(("Keys", "vim")), section_key(("Keys", "shell"))


def notes(tmux: str = "", vim: str = "", shell: str = "") -> str:
    """Two sections of one document with tables of the same kind of row (a third when ``shell``)."""
    text = ("# Keys\n\n## tmux\n\n| command | meaning |\n|---|---|\n| `tmux ls` | list sessions |\n"
            "| `tmux attach` | attach a session |\n" + tmux + "\n## vim\n\n| command | meaning |\n|---|---|\n"
            "| `vim -R` | read only |\n| `vim -d` | diff mode |\n" + vim)
    if shell:
        text += "\n## shell\n\n| command | meaning |\n|---|---|\n" + shell
    return text


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "q.db")
    yield database
    database.close()


def load(db: Database, text: str) -> int:
    """Import (checked); how many cards wait for a check after it."""
    with db.session() as session:
        result = sync_deck(session, extract(text, deck="keys", source="keys.md"), now=NOW, origin="/n/keys.md",
                           check="check")
    return result.waiting


def states(db: Database) -> dict[str, set[int]]:
    """Each note's front → the card.held of its cards."""
    with db.reading() as session:
        rows = session.execute(__import__("sqlalchemy").text(
            "SELECT note.front, card.held FROM card JOIN note ON note.id = card.note_id"))
        found: dict[str, set[int]] = {}
        for front, held in rows:
            found.setdefault(front, set()).add(int(held))
        return found


def test_one_rule_in_two_sections_waits_as_two_groups_each_decided_alone(db: Database) -> None:
    assert load(db, notes()) == 8
    with db.reading() as session:
        shapes = waiting(session)
    assert [(s.reason, s.kind, s.section, s.headings) for s in shapes] == [
        (TABLE, "command", TMUX, ("Keys", "tmux")), (TABLE, "command", VIM, ("Keys", "vim"))]
    assert [c.front for c in shapes[0].cards] == ["tmux ls", "tmux ls", "tmux attach", "tmux attach"]
    with db.session() as session:
        assert keep(session, "keys", TABLE, "command", TMUX) == 4
        assert hold(session, "keys", TABLE, "command", VIM) == 4
    assert states(db) == {"tmux ls": {0}, "tmux attach": {0}, "vim -R": {HELD}, "vim -d": {HELD}}
    with db.reading() as session:
        assert verdict(session, "keys", TABLE, "command", TMUX) == "kept"
        assert verdict(session, "keys", TABLE, "command", VIM) == "held"
        assert verdict(session, "keys", TABLE, "command", SHELL) is None
    # later: a row in each section, and a new section: in, held, and asked
    more = notes(tmux="| `tmux kill-server` | stop all |\n", vim="| `vim -O` | side by side |\n",
                 shell="| `ls -a` | all files |\n")
    assert load(db, more) == 2
    found = states(db)
    assert found["tmux kill-server"] == {0} and found["vim -O"] == {HELD} and found["ls -a"] == {WAITING}
    with db.reading() as session:
        (shell,) = waiting(session)
        assert (shell.section, verdict(session, "keys", TABLE, "command", SHELL)) == (SHELL, "unchecked")


def test_one_by_one_in_a_section_touches_no_other_section(db: Database) -> None:
    load(db, notes())
    with db.reading() as session:
        tmux, _vim = waiting(session)
    ls = [c.card_id for c in tmux.cards if c.front == "tmux ls"]
    with db.session() as session:
        assert keep_cards(session, "keys", TABLE, "command", ls, TMUX) == (2, 2)
    assert states(db) == {"tmux ls": {0}, "tmux attach": {HELD}, "vim -R": {WAITING}, "vim -d": {WAITING}}


def test_a_verdict_for_every_section_replaces_those_of_each(db: Database) -> None:
    load(db, notes())
    with db.session() as session:
        keep(session, "keys", TABLE, "command", TMUX)
        assert hold(session, "keys", TABLE, "command") == 4  # ANY_SECTION: the rule and kind everywhere
    # (what was kept already stays in review: a verdict changes only the cards the check suspended)
    assert states(db) == {"tmux ls": {0}, "tmux attach": {0}, "vim -R": {HELD}, "vim -d": {HELD}}
    with db.reading() as session:
        assert verdict(session, "keys", TABLE, "command", TMUX) == "held"
        assert verdict(session, "keys", TABLE, "command", ANY_SECTION) == "held"


def at_schema_12(path: Path, verdicts: list[tuple[str, str, str]]) -> None:
    """The deck of :func:`notes` as schema 12 stored it: verdicts by rule and kind alone."""
    db = open_database(path)
    with db.session() as session:
        sync_deck(session, extract(notes(), deck="keys", source="keys.md"), now=NOW, origin="/n/keys.md")
    db.close()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE shape_check")
    con.execute("CREATE TABLE shape_check (deck_id INTEGER NOT NULL, reason VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
                "verdict VARCHAR NOT NULL, PRIMARY KEY (deck_id, reason, kind), "
                "FOREIGN KEY(deck_id) REFERENCES deck (id) ON DELETE CASCADE) WITHOUT ROWID")
    con.executemany("INSERT INTO shape_check VALUES (1, ?, ?, ?)", verdicts)
    con.execute("PRAGMA user_version = 12")
    con.commit()
    con.close()


def test_verdicts_from_before_sections_still_hold_in_every_section(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    at_schema_12(path, [(TABLE, "command", "kept"), ("`term: definition` line", "concept", "held")])
    db = open_database(path)
    try:
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA user_version").fetchone() == (CURRENT,)
        assert sorted(con.execute("SELECT reason, kind, section, verdict FROM shape_check")) == [
            ("`term: definition` line", "concept", ANY_SECTION, "held"), (TABLE, "command", ANY_SECTION, "kept")]
        con.close()
        # new rows in both sections and in a new one: the rule was kept, so none is asked again
        more = notes(tmux="| `tmux kill-server` | stop all |\n", vim="| `vim -O` | side by side |\n",
                     shell="| `ls -a` | all files |\n") + "\n## 용어\n\n- 커밋: 변경 사항을 저장소에 기록한 것\n- 브랜치: 독립적으로 갈라진 작업 줄기\n"
        assert load(db, more) == 0
        found = states(db)
        assert found["ls -a"] == {0} and found["tmux kill-server"] == {0}
        assert found["커밋"] == {HELD} and found["브랜치"] == {HELD}  # held before: held in a new section too
        with db.reading() as session:
            assert verdict(session, "keys", TABLE, "command", SHELL) == "kept"
    finally:
        db.close()


def test_a_backup_carries_verdicts_of_sections_and_of_before(
    quizzer_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "keys.md"
    doc.write_text(notes(), encoding="utf-8")
    assert run_cli(capsys, "import", str(doc))[0] == 0
    db = open_database(quizzer_home / "quizzer.db")
    try:
        with db.session() as session:
            keep(session, "keys", TABLE, "command", TMUX)
            hold(session, "keys", TABLE, "command", VIM)
            keep(session, "keys", "`term: definition` line", "concept")  # for every section
    finally:
        db.close()
    saved = tmp_path / "saved.json"
    assert run_cli(capsys, "backup", "keys", "-o", str(saved))[0] == 0
    dumped = json.loads(saved.read_text(encoding="utf-8"))
    assert dumped["decks"][0]["shape_checks"] == [
        ["`term: definition` line", "concept", "kept"], [TABLE, "command", "kept", TMUX], [TABLE, "command", "held", VIM]]
    rc, _, err = run_cli(capsys, "--db", str(tmp_path / "other.db"), "import", str(saved))
    assert rc == 0, err
    restored = open_database(tmp_path / "other.db")
    try:
        with restored.reading() as session:
            assert verdict(session, "keys", TABLE, "command", VIM) == "held"
            assert verdict(session, "keys", TABLE, "command", TMUX) == "kept"
            assert verdict(session, "keys", "`term: definition` line", "concept", SHELL) == "kept"
    finally:
        restored.close()
    for bad in (["r", "command", "kept", "Keys"], ["r", "command", "kept", '["a", "b", "c"]'], ["r", "command", "kept", ""]):
        dumped["decks"][0]["shape_checks"] = [bad]
        saved.write_text(json.dumps(dumped, ensure_ascii=False), encoding="utf-8")
        rc, _, err = run_cli(capsys, "--db", str(tmp_path / "bad.db"), "import", str(saved))
        assert rc == 1 and err.count("\n") == 1 and "decks[0].shape_checks[0]" in err


def small(db: Database) -> list[Waiting]:
    """notes() with a third section of one row: three small groups of table rows and the tmux one."""
    load(db, "# Keys\n\n## a\n\n| command | meaning |\n|---|---|\n| `ls -a` | all files |\n\n"
             "## b\n\n| command | meaning |\n|---|---|\n| `ls -l` | long listing |\n\n"
             "## c\n\n| command | meaning |\n|---|---|\n| `ls -R` | recursive |\n\n"
             "## d\n\n| command | meaning |\n|---|---|\n| `cp -r` | copy folders |\n| `cp -i` | ask first |\n")
    with db.reading() as session:
        return waiting(session)


def test_small_sections_of_one_rule_are_one_question_and_stored_apart(db: Database) -> None:
    shapes = small(db)
    assert len(shapes) == 4
    asked = joined_shapes(shapes)
    assert [len(shape.cards) for shape in asked] == [6, 4]  # a, b and c: three notes, each shown
    together = asked[0]
    assert together.sections == tuple(section_key(("Keys", name)) for name in "abc")
    assert shape_lines(together, position=1, total=2, cols=80)[1] == "In the sections: Keys › a; Keys › b; Keys › c"
    ls_l = tuple(card.card_id for card in together.cards if card.front == "ls -l")
    with db.session() as session:  # one by one: ls -a and ls -R kept, ls -l held
        store(session, Decision(together, Verdict.SOME, tuple(c.card_id for c in together.cards if c.card_id not in ls_l)))
    with db.reading() as session:
        assert verdict(session, "keys", TABLE, "command", section_key(("Keys", "a"))) == "kept"
        assert verdict(session, "keys", TABLE, "command", section_key(("Keys", "b"))) == "held"  # as n on it alone
        assert verdict(session, "keys", TABLE, "command", section_key(("Keys", "c"))) == "kept"
        assert verdict(session, "keys", TABLE, "command", section_key(("Keys", "d"))) == "unchecked"
    found = states(db)
    assert found["ls -a"] == {0} and found["ls -l"] == {HELD} and found["ls -R"] == {0} and found["cp -r"] == {WAITING}


def test_keep_and_hold_on_a_question_of_several_sections_store_each(db: Database) -> None:
    together, copy = joined_shapes(small(db))
    with db.session() as session:
        assert store(session, Decision(together, Verdict.HOLD)) == (0, 6)
        assert store(session, Decision(copy, Verdict.KEEP)) == (4, 0)
    with db.reading() as session:
        assert [verdict(session, "keys", TABLE, "command", key) for key in together.sections] == ["held"] * 3
        assert verdict(session, "keys", TABLE, "command", section_key(("Keys", "d"))) == "kept"


def test_a_renamed_section_lets_no_card_in_that_nobody_checked(db: Database) -> None:
    """One by one, a card kept and the rest left: renaming the section's heading and importing again
    must not take the kept card as 'learnt without a check' and let the others in with it."""
    load(db, notes())
    with db.reading() as session:
        tmux, _vim = waiting(session)
    ls = [c.card_id for c in tmux.cards if c.front == "tmux ls"]
    with db.session() as session:
        decide_cards(session, kept=ls)  # 'tmux attach' skipped: it still waits
    assert states(db) == {"tmux ls": {0}, "tmux attach": {WAITING}, "vim -R": {WAITING}, "vim -d": {WAITING}}
    load(db, notes().replace("## tmux", "## tmux sessions"))
    assert states(db) == {"tmux ls": {0}, "tmux attach": {WAITING}, "vim -R": {WAITING}, "vim -d": {WAITING}}
    with db.reading() as session:
        assert verdict(session, "keys", TABLE, "command", section_key(("Keys", "tmux sessions"))) != "kept"


def test_cards_read_from_headings_wait_kept_and_held_in_their_parent_section(db: Database) -> None:
    """Stored: the group of cards read from headings is the section their headings sit in, and keep
    and hold reach exactly its cards (the SQL that finds a shape's cards agrees with shape_of)."""
    from test_checking_sections import HEADING_NOTES

    from quizzer.checking import FROM_HEADING

    with db.session() as session:
        sync_deck(session, extract(HEADING_NOTES, deck="keys", source="keys.md"), now=NOW, origin="/n/keys.md",
                  check="check")
    with db.reading() as session:
        shapes = waiting(session)
    by_heading = [shape for shape in shapes if shape.reason in FROM_HEADING]
    assert [(shape.section, len({c.note_id for c in shape.cards})) for shape in by_heading] == [
        (section_key(("Directory",)), 4), (section_key(("File",)), 1)]
    (reason,) = {shape.reason for shape in by_heading}
    kind = by_heading[0].kind
    with db.session() as session:
        kept = keep(session, "keys", reason, kind, section_key(("Directory",)))
        held = hold(session, "keys", reason, kind, section_key(("File",)))
    assert kept == len(by_heading[0].cards) and held == len(by_heading[1].cards)
    found = states(db)
    assert all(found[front] == {0} for front in ("pwd", "mkdir", "cd", "ls"))
    assert found["cat"] == {HELD}
    assert found["-l"] == {WAITING} and found["-a"] == {WAITING}  # under `## ls`, not read from it: its own section
    with db.reading() as session:
        assert [shape.section for shape in waiting(session)] == [section_key(("Directory", "ls"))]
