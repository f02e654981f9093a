"""What a re-import writes: only what changed, nothing at all for an unchanged document."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from test_import import GIT_NOTES, import_json, write

import quizzer.cli
import quizzer.db.stamps
import quizzer.decks
from test_import import counts


def touched(db: Path) -> list[tuple[str, str, int]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT what, tbl, row FROM touched ORDER BY rowid").fetchall()
    finally:
        con.close()


def stamp(db: Path, deck: str) -> str:
    """The import stamp the last import into ``deck`` left (quizzer.db.stamps)."""
    con = sqlite3.connect(db)
    try:
        (value,) = con.execute("SELECT value FROM meta WHERE key = ?", (quizzer.db.stamps.import_key(deck),)).fetchone()
        return str(value)
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


# The child runs the quizzer that made the stamp: code_version is the package's files as this process
# first read them (cached), and a change landing in the checkout while the suite runs (another
# checkout's merge, an editor saving) would otherwise make the child's quizzer "another version",
# which extracts again and loads SQLAlchemy by right: the test failed by chance, not by a fault.
UNCHANGED_AGAIN = r"""
import json, os, sys
import quizzer.db.stamps
code = os.environ["QUIZZER_TEST_CODE"]
quizzer.db.stamps.code_version = lambda: code
from quizzer.cli import main
rc = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "markdown_it", "prompt_toolkit"})
print(json.dumps({"rc": rc, "heavy": heavy}))
"""


@pytest.mark.parametrize("options", [[], ["--strict"], ["--deck", "mine"], ["--strict", "--deck", "mine"]])
def test_an_unchanged_reimport_loads_no_orm_nor_parser_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str]) -> None:
    """Deciding "unchanged" takes the plain sqlite3 connection: neither SQLAlchemy
    nor markdown-it is imported (most of what a re-import cost), and the file is untouched."""
    import subprocess
    import sys

    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES + "- **git add**: stage changes again\n")  # a repeat: a warning
    argv = ["--db", str(db), "import", str(notes), *options]
    assert quizzer.cli.main([*argv, "--json"]) == 0
    capsys.readouterr()
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    watch(db)
    watched = (db.read_bytes(), db.stat().st_mtime_ns)
    code = json.loads(stamp(db, "mine" if "--deck" in options else "git"))["code"]
    assert code == quizzer.db.stamps.code_version()  # the stamp's quizzer is this process's
    env = {**os.environ, "QUIZZER_TEST_CODE": code}
    for extra in (["--json"], []):
        run = subprocess.run([sys.executable, "-c", UNCHANGED_AGAIN, *argv, *extra], capture_output=True, text=True,
                             env=env)
        assert run.returncode == 0, run.stderr
        *shown, last = run.stdout.splitlines()
        assert json.loads(last) == {"rc": 0, "heavy": []}
        if extra:
            (result,) = json.loads("\n".join(shown))["imports"]
            assert (result["deck"], result["unchanged"], result["added"], result["updated"]) == (
                "mine" if "--deck" in options else "git", 3, 0, 0)
            assert [w["line"] for w in result["warnings"]] == [6]  # the first import's warnings, as it left them
        else:
            assert "warning" in "\n".join(shown).lower()
    assert touched(db) == []
    assert (db.read_bytes(), db.stat().st_mtime_ns) == watched != before
    assert sorted(p.name for p in tmp_path.glob("q.db*")) == ["q.db"]


def test_a_document_changed_since_goes_through_the_full_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Of two documents, one edited: both are imported the full way, the edit counted."""
    db = tmp_path / "q.db"
    first = write(tmp_path / "git.md", GIT_NOTES)
    second = write(tmp_path / "ls.md", "- **ls -l**: list in long format\n")
    assert import_json(capsys, db, first, second) == {"git": counts(added=3), "ls": counts(added=1)}
    write(second, "- **ls -l**: list files in long format\n")
    assert import_json(capsys, db, first, second) == {"git": counts(unchanged=3), "ls": counts(updated=1)}
    assert import_json(capsys, db, first, second) == {"git": counts(unchanged=3), "ls": counts(unchanged=1)}


def watch_everything(db: Path) -> None:
    """Log every row written to any table of the file from now on (ids; keys for meta)."""
    con = sqlite3.connect(db)
    try:
        con.execute("CREATE TABLE touched (what TEXT, tbl TEXT, row)")
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'touched'")]
        for table in tables:
            column = "key" if table == "meta" else "id"
            for what in ("INSERT", "UPDATE", "DELETE"):
                ref = "old" if what == "DELETE" else "new"
                con.execute(
                    f"CREATE TRIGGER watch_all_{table}_{what.lower()} AFTER {what} ON {table} "
                    f"BEGIN INSERT INTO touched VALUES ('{what}', '{table}', {ref}.{column}); END"
                )
        con.commit()
    finally:
        con.close()


def history(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    con = sqlite3.connect(db)
    try:
        return (con.execute("SELECT * FROM review ORDER BY id").fetchall(),
                con.execute("SELECT id, note_id, ord, reps, interval, ef_centi, due, lapses FROM card ORDER BY id").fetchall())
    finally:
        con.close()


@pytest.mark.parametrize("old, new", [
    ("- **docker login**: 도커 허브 로그인", "- **docker login**: 도커 허브 레지스트리에 로그인"),  # a command
    ("- **quiet, -q**: 이미지 다운로드 과정의 상세 출력 생략", "- **quiet, -q**: 다운로드 과정의 출력을 생략"),  # an option
    ("- 5. 컨테이너 어플리케이션 서비스 테스트", "- 5. 컨테이너로 실행한 어플리케이션 서비스 테스트"),  # a step
])
def test_one_edited_line_of_a_long_document_writes_one_note(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str) -> None:
    """The shipped deck (notes of every kind) and 300 more as a user's document, every
    card reviewed: editing one line's description writes that note's row and the
    import's stamp, nothing else; every card keeps its id, state and history."""
    from quizzer.paths import builtin_decks

    many = "".join(
        (f"\n## 묶음 {n // 50}\n\n" if n % 50 == 0 else "") + f"- **tool{n} run**: 도구 {n}번을 실행한다 (옵션 없이)\n"
        for n in range(300)
    )
    text = builtin_decks()[0].read_text(encoding="utf-8") + many
    assert text.count(old) == 1
    db = tmp_path / "q.db"
    notes = write(tmp_path / "docker.md", text)
    (first,) = import_json(capsys, db, notes).values()
    assert first["added"] > 300
    con = sqlite3.connect(db)
    with con:  # every card answered once
        con.execute("UPDATE card SET reps = 1, interval = 1, due = 739000")
        con.execute("INSERT INTO review (card_id, reviewed_at, grade, day, drill) "
                    "SELECT id, 1700000000000, 4, 738999, 0 FROM card")
    con.close()
    before = history(db)
    watch_everything(db)
    write(notes, text.replace(old, new))
    assert import_json(capsys, db, notes) == {"docker": counts(updated=1, unchanged=first["added"] - 1)}
    rows = touched(db)
    assert sorted((what, table) for what, table, _ in rows) == [("UPDATE", "meta"), ("UPDATE", "meta"), ("UPDATE", "note")]
    assert ("UPDATE", "meta", "import:docker") in rows and ("UPDATE", "meta", "rows:docker") in rows  # quizzer.db.row_record
    said = new.split(": ")[-1].removeprefix("- 5. ")
    con = sqlite3.connect(db)
    try:
        edited = [id_ for (id_,) in con.execute("SELECT id FROM note WHERE front || back LIKE ?", (f"%{said}%",))]
    finally:
        con.close()
    assert [("UPDATE", "note", id_) for id_ in edited] == [row for row in rows if row[1] == "note"]
    assert history(db) == before


@pytest.mark.parametrize("strict", [False, True])
def test_a_document_made_unreadable_since_is_refused_as_before(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], strict: bool) -> None:
    """"Unchanged" is decided on the bytes without decoding them: bytes that changed
    into something quizzer cannot read get the same one-sentence refusal as ever."""
    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES)
    import_json(capsys, db, notes)
    notes.write_bytes("- **git add**: 변경 사항을 올린다\n".encode("cp949"))
    rc = quizzer.cli.main(["--db", str(db), "import", str(notes), *(["--strict"] if strict else [])])
    err = capsys.readouterr().err
    assert rc == 1 and "is not UTF-8 text" in err and "Traceback" not in err
    notes.unlink()
    rc = quizzer.cli.main(["--db", str(db), "import", str(notes), *(["--strict"] if strict else [])])
    assert rc == 1 and "There is no file or folder" in capsys.readouterr().err


def test_json_written_with_escapes_is_read_as_the_same_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A re-import compares the stored JSON columns with the draft's as text, and decodes them
    only when the text differs: notes whose lists an older quizzer wrote with ``\\u`` escapes
    (before JSON was written as UTF-8) are unchanged, not rewritten; a list that did change is."""
    db = tmp_path / "q.db"
    text = "# 깃 정리\n\n- **git status**: 작업 트리의 상태를 보여 준다\n- **git add**: 바뀐 것을 올린다\n- **git commit**: 올린 것을 기록한다\n"
    notes = write(tmp_path / "git.md", text)
    assert import_json(capsys, db, notes) == {"git": counts(added=3)}
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT id, answers, section, tags FROM note").fetchall()
        with con:
            for note_id, *lists in rows:  # as json.dumps wrote them before: ASCII, every Hangul escaped
                con.execute("UPDATE note SET answers = ?, section = ?, tags = ? WHERE id = ?",
                            (*(json.dumps(json.loads(value)) for value in lists), note_id))
        assert any("\\u" in value for row in con.execute("SELECT section FROM note") for value in row)
    finally:
        con.close()
    watch(db)
    write(notes, text + "\n")  # other bytes, the same notes
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=3)}
    assert touched(db) == []
    write(notes, text.replace("# 깃 정리", "# 깃 명령"))  # every note's section changed
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=3)}
    assert [(what, table) for what, table, _ in touched(db)] == [("UPDATE", "note")] * 3
