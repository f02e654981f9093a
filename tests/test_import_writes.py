"""What a re-import writes: only what changed, nothing at all for an unchanged document."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_import import GIT_NOTES, import_json, write

import quizzer.cli
import quizzer.decks
from test_import import counts


def touched(db: Path) -> list[tuple[str, str, int]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT what, tbl, row FROM touched ORDER BY rowid").fetchall()
    finally:
        con.close()


def watch(db: Path) -> None:
    """Log every row written to note and card from now on (triggers in the file itself)."""
    con = sqlite3.connect(db)
    try:
        con.execute("CREATE TABLE touched (what TEXT, tbl TEXT, row INTEGER)")
        for table in ("note", "card"):
            for what in ("INSERT", "UPDATE", "DELETE"):
                ref = "old" if what == "DELETE" else "new"
                con.execute(
                    f"CREATE TRIGGER watch_{table}_{what.lower()} AFTER {what} ON {table} "
                    f"BEGIN INSERT INTO touched VALUES ('{what}', '{table}', {ref}.id); END"
                )
        con.commit()
    finally:
        con.close()


def test_one_edited_line_touches_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES)
    assert import_json(capsys, db, notes) == {"git": counts(added=3)}
    watch(db)
    write(notes, GIT_NOTES.replace("stage changes", "stage changes for the next commit"))
    assert import_json(capsys, db, notes) == {"git": counts(updated=1, unchanged=2)}
    rows = touched(db)
    assert [(what, table) for what, table, _ in rows] == [("UPDATE", "note")]


def test_an_unchanged_document_is_not_extracted_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES + "- **git add**: stage changes again\n")  # a repeat: a warning
    first = import_json(capsys, db, notes)
    watch(db)

    def no_extraction(*args: object, **kwargs: object) -> None:
        raise AssertionError("extracted again")

    monkeypatch.setattr(quizzer.decks, "draft", no_extraction)
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=sum(first["git"].values()))}
    assert touched(db) == []
    # the first import's warnings are still reported
    rc = quizzer.cli.main(["--db", str(db), "import", str(notes)])
    out = capsys.readouterr().out
    assert rc == 0 and "warning" in out.lower()


def test_a_changed_deck_or_document_is_extracted_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES)
    import_json(capsys, db, notes)
    con = sqlite3.connect(db)
    con.execute("UPDATE note SET retired_at = 1 WHERE key LIKE 'git|%git add'")  # someone else changed the deck
    con.commit()
    con.close()
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=2, restored=1)}
    write(notes, GIT_NOTES + "- **git push**: send commits\n")
    assert import_json(capsys, db, notes) == {"git": counts(added=1, unchanged=3)}


def test_json_columns_are_utf8_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "docker.md", "# 도커\n\n## 이미지\n\n- **docker pull**: 이미지를 내려받는다\n")
    import_json(capsys, db, notes)
    con = sqlite3.connect(db)
    try:
        (section,) = con.execute("SELECT section FROM note WHERE key LIKE 'docker|%'").fetchone()
    finally:
        con.close()
    assert section == '["도커", "이미지"]'


def test_many_warnings_are_summarised(capsys: pytest.CaptureFixture[str]) -> None:
    from quizzer.db.sync import ImportResult
    from quizzer.extract.model import ExtractWarning
    from quizzer.render import WARNINGS_SHOWN, print_imports

    warnings = tuple(ExtractWarning(n, f"problem {n}") for n in range(1, WARNINGS_SHOWN + 6))
    print_imports([ImportResult(deck="big", source="big.md", added=1, warnings=warnings)])
    out = capsys.readouterr().out
    assert out.count("warning: big.md:") == WARNINGS_SHOWN
    assert "5 more warnings in big.md" in out
