"""A command a message tells a person to run (iconv for a file in another encoding, quizzer import
for a moved deck or a damaged database) is copied from the terminal and pasted into a shell.
Wrapped between words at the terminal's width, it was cut inside its quoted path ("… 'a long
folder" / "  name/old memo notes.md' > …"): pasting it put a newline and the hang's spaces into
the path.  On a terminal the words still wrap, and the command sits on a line of its own, whole."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
from conftest import run_cli

from quizzer.documents import read_documents
from quizzer.render import print_skipped
from quizzer.text import width, wrap_around

KOREAN = "# 리눅스\n\n- **ls**: 파일 목록 보기\n- **pwd**: 현재 폴더\n"


def _old_memo(tmp_path: Path) -> Path:
    folder = tmp_path / "a long folder name"
    folder.mkdir()
    notes = folder / "old memo notes.md"
    notes.write_bytes(KOREAN.encode("euc_kr"))
    return notes


def _iconv(notes: Path) -> str:
    copy, original = notes.with_name("old memo notes.utf8.md"), notes.with_name("old memo notes.md.orig")
    return f"iconv -f cp949 -t utf-8 '{notes}' > '{copy}' && mv '{notes}' '{original}' && mv '{copy}' '{notes}'"


def test_the_words_wrap_around_a_command_left_whole() -> None:
    command = "iconv -f cp949 -t utf-8 'some  folder/memo.md' > 'some  folder/memo.utf8.md'"
    text = f"memo.md is not UTF-8 text; it looks like Korean: convert it with {command} and import the new file."
    lines = wrap_around(text, 40, command)
    assert command in lines  # its two spaces too, which wrapping folds
    assert all(width(line) <= 40 for line in lines if line != command)
    assert " ".join(lines).split() == text.split()
    # a command the wrap leaves whole anyway changes nothing; no command: as wrap
    assert wrap_around("run quizzer check now", 40, "quizzer check") == ["run quizzer check now"]
    assert wrap_around(text, 40, "") == wrap_around(text, 40, "not in it")


@pytest.mark.parametrize("cols", [40, 60, 80])
def test_a_skipped_files_conversion_is_one_line_on_a_terminal(
        cols: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = _old_memo(tmp_path)
    _documents, skipped = read_documents([notes])
    capsys.readouterr()
    print_skipped(skipped, cols=cols)
    lines = capsys.readouterr().err.splitlines()
    assert _iconv(notes) in [line.strip() for line in lines], lines
    assert "import it again." in " ".join(" ".join(lines).split())


def test_the_error_for_one_file_keeps_its_command_whole_on_a_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    notes = _old_memo(tmp_path)
    monkeypatch.setattr("quizzer.commands.common.terminal_width", lambda stream=None: 50)
    rc, _out, err = run_cli(capsys, "import", str(notes))
    assert rc == 1 and _iconv(notes) in err.splitlines(), err


def test_the_damaged_database_error_keeps_its_command_whole_and_unquoted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "a long folder name" / "quizzer.db"
    bad.parent.mkdir()
    bad.write_bytes(b"this is not a database at all\n" * 200)
    monkeypatch.setattr("quizzer.commands.common.terminal_width", lambda stream=None: 40)
    rc, _out, err = run_cli(capsys, "--db", str(bad), "decks")
    # the new database is made at --db's path: the command restores the backup into it
    (line,) = [line for line in err.splitlines() if line.startswith("quizzer --db ")]
    assert rc == 1 and shlex.split(line) == ["quizzer", "--db", str(bad), "import", "BACKUP.json"], err
    assert "'quizzer" not in err
    monkeypatch.setenv("QUIZZER_DB", str(bad))  # the database quizzer opens anyway: no --db to say
    rc, _out, err = run_cli(capsys, "decks")
    # whole on one line (on a line of its own only where the wrap would have cut it: how long the
    # folder's path is decides which)
    assert rc == 1 and any("quizzer import BACKUP.json" in line for line in err.splitlines()), err
    assert "'quizzer" not in err


def test_a_moved_decks_command_is_one_line_on_a_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "a long folder name" / "git notes.md"
    old.parent.mkdir()
    old.write_text("- **git add**: stage\n", encoding="utf-8")
    capsys.readouterr()
    print_skipped([], [("git notes", str(old), str(tmp_path / "git.md"))], cols=40)
    lines = capsys.readouterr().err.splitlines()
    # under the sentence's first line, two cells in; the paths in the sentence whole too
    assert f"  quizzer import '{old}' --deck 'git notes'" in lines, lines
    assert all(line.startswith("  ") for line in lines[1:]) and f"  {tmp_path / 'git.md'}" in lines, lines


# -- every printed command is made by one helper, each word quoted as a shell reads it -----------------------

ODD = "내 노트 dir/it's here"  # a space, Korean letters and a quote: each must stay inside one word


def test_a_command_reads_back_as_its_words_in_a_shell() -> None:
    import shlex

    from quizzer.to_copy import Blank, shell_command

    words = ["quizzer", "--db", f"/tmp/{ODD}/q.db", "import", Path(f"/tmp/{ODD}/백업 1.json")]
    line = shell_command(*words)
    assert shlex.split(line) == [str(word) for word in words]
    assert shell_command("quizzer", "review", "git") == "quizzer review git"  # plain words stay plain
    # a placeholder is written as it is (the person replaces it), the output goes into a quoted file
    line = shell_command("iconv", "-f", Blank("ENCODING"), "-t", "utf-8", f"{ODD}.md", into=f"{ODD}.utf8.md")
    assert line.startswith("iconv -f ENCODING -t utf-8 ")
    assert shlex.split(line) == ["iconv", "-f", "ENCODING", "-t", "utf-8", f"{ODD}.md", ">", f"{ODD}.utf8.md"]
    assert shell_command("quizzer", "import", Blank("파일")) == "quizzer import 파일"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash, whose $'...' words it checks")
def test_a_path_with_a_line_break_or_an_escape_is_one_line_a_shell_reads_back() -> None:
    """A file named 'a<LF>b.md' put its iconv command on two lines (pasted, two commands), and an ESC in
    a name showed as '^[' inside the quotes, which a shell reads as two characters."""
    import subprocess

    from quizzer.to_copy import shell_command

    name = "노트\n2024\x1b[31m'빨강'\\\t\x85.md"
    line = shell_command("printf", "%s", name)
    assert "\n" not in line and "\x1b" not in line and "\x85" not in line
    assert subprocess.run(["bash", "-c", line], capture_output=True, text=True, check=True).stdout == name
    assert shell_command("printf", "%s", "plain 노트.md") == "printf %s 'plain 노트.md'"  # as before


def test_the_deleted_decks_command_brings_it_back_as_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """'Deleted {deck} … {command} brings it back': the database and the backup in a folder with a space,
    Korean and a quote, run from a terminal 40 columns wide; the command is one line, and pasted into a
    shell (shlex) it restores the deck into that database, wherever $QUIZZER_DB points."""
    import shlex

    folder = tmp_path / ODD
    folder.mkdir(parents=True)
    db = folder / "q.db"
    notes = folder / "깃 노트.md"
    notes.write_text("- **git add**: stage changes\n- **git commit**: record changes\n", encoding="utf-8")
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    monkeypatch.setattr("quizzer.commands.common.terminal_width", lambda stream=None: 40)
    rc, out, err = run_cli(capsys, "--db", str(db), "delete", "깃 노트", "--yes")
    assert rc == 0, err
    (backup,) = sorted((folder / "deleted").glob("*.json"))
    (line,) = [line for line in out.splitlines() if line.startswith("quizzer ")]
    assert shlex.split(line) == ["quizzer", "--db", str(db), "import", str(backup)]
    monkeypatch.setenv("QUIZZER_DB", str(tmp_path / "elsewhere.db"))
    rc, _out, err = run_cli(capsys, *shlex.split(line)[1:])
    assert rc == 0, err
    rc, out, err = run_cli(capsys, "--db", str(db), "decks", "--json")
    assert rc == 0 and "깃 노트" in out, err


def test_the_unimported_edits_command_is_one_line_with_its_path_quoted(tmp_path: Path) -> None:
    """What the review says after q left an edit the lock held up: the command, a path with a space,
    Korean and a quote in it, comes apart from the sentence for the terminal to keep whole."""
    import shlex

    from quizzer.lock_wait import LockWait, left_behind
    from quizzer.paths import db_option

    edited = tmp_path / ODD / "깃 노트.md"
    lock = LockWait(lambda: None, lambda action: None)  # type: ignore[arg-type, return-value]
    lock.action, lock.edit = (lambda: None), edited
    behind = left_behind(lock, db_option(tmp_path / ODD / "q.db"))
    assert behind is not None
    said, command = behind
    assert shlex.split(command) == ["quizzer", "--db", str(tmp_path / ODD / "q.db"), "import", str(edited)]
    assert f"; {command} imports it." in said
    assert wrap_around(said, 40, command).count(command) == 1


def test_the_deck_option_to_replace_a_decks_notes_is_quoted_as_a_shell_reads_it(tmp_path: Path) -> None:
    """'… or replace the deck's notes with --deck '{deck}'' put a deck named "it's 깃" in quotes by hand:
    --deck 'it's 깃', which a shell reads as an unfinished quote."""
    import datetime as dt
    import re

    from quizzer.db import open_database
    from quizzer.decks import import_drafts
    from quizzer.errors import QuizzerError
    from quizzer.extract import extract

    name = "it's 깃"
    db = open_database(tmp_path / "q.db")
    try:
        now = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
        notes = "- **git add**: stage\n"
        import_drafts(db, [extract(notes, deck=name, source=str(tmp_path / "a.md"))], now=now)
        with pytest.raises(QuizzerError) as raised:
            import_drafts(db, [extract(notes, deck=name, source=str(tmp_path / "b.md"))], now=now)
    finally:
        db.close()
    option = re.search(r"replace the deck's notes with (.+)\.$", str(raised.value))
    assert option is not None and shlex.split(option[1]) == ["--deck", name]


# -- a command printed for a --db database names it: run as printed, it acts on that database -----------------


def test_db_option_names_only_a_database_quizzer_would_not_open_by_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quizzer.paths import database_path, db_option

    other = tmp_path / ODD / "q.db"
    assert db_option(other) == ["--db", str(other)]
    assert db_option(None) == []
    assert db_option(database_path()) == []
    monkeypatch.setenv("QUIZZER_DB", str(other))  # the database quizzer opens anyway: nothing to say
    assert db_option(other) == []


def _weak_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database away from the default one, its card 'git add' lapsed twice and suspended."""
    import sqlite3

    folder = tmp_path / ODD
    folder.mkdir(parents=True)
    db = folder / "q.db"
    notes = folder / "깃 노트.md"
    notes.write_text("# 깃\n\n## 1. 기초\n\n- **git add**: stage changes\n- **git commit**: record changes\n",
                     encoding="utf-8")
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE card SET lapses = 2, suspended = 1 WHERE note_id = "
                           "(SELECT id FROM note WHERE front = 'git add')")
    connection.close()
    return db


def test_the_stats_commands_act_on_the_database_they_were_made_for(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`quizzer --db X stats` printed 'quizzer unsuspend 3' / 'quizzer review git': run as printed, they
    acted on the default database.  Now each names X, and the unsuspend, run as printed, unsuspends there."""
    import json

    db = _weak_database(tmp_path, capsys)
    rc, out, err = run_cli(capsys, "--db", str(db), "stats", "--json")
    assert rc == 0, err
    weak = json.loads(out)["weak"]["lapses"][0]  # a card of 'git add' (each the note has)
    argv = shlex.split(weak["command"])
    assert argv == ["quizzer", "--db", str(db), "unsuspend", str(weak["card"])]
    rc, out, err = run_cli(capsys, "--db", str(db), "stats")  # the screen prints the same command
    assert rc == 0 and weak["command"] in out, out
    monkeypatch.setenv("QUIZZER_DB", str(tmp_path / "elsewhere.db"))
    rc, _out, err = run_cli(capsys, *argv[1:])
    assert rc == 0, err
    rc, out, err = run_cli(capsys, "--db", str(db), "stats", "--json")
    assert rc == 0, err
    (now,) = [card for card in json.loads(out)["weak"]["lapses"] if card["card"] == weak["card"]]
    assert now["suspended"] is False, out
    assert not (tmp_path / "elsewhere.db").exists()
    # a study command names it too (a quiz on the section, a review of the deck)
    from quizzer.stats.compute import study_command

    assert shlex.split(study_command("깃 노트", ("1. 기초",), ["--db", str(db)])) == [
        "quizzer", "--db", str(db), "quiz", "깃 노트", "--section", "1. 기초"]
    assert study_command("git", ()) == "quizzer review git"


def test_the_moved_decks_command_brings_it_back_into_its_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / ODD
    folder.mkdir(parents=True)
    db = folder / "q.db"
    old, new = folder / "깃 노트.md", folder / "git.md"
    old.write_text("- **git add**: stage changes\n- **git commit**: record changes\n", encoding="utf-8")
    new.write_text("- **git add**: stage changes\n", encoding="utf-8")
    assert run_cli(capsys, "--db", str(db), "import", str(old), "--trust")[0] == 0
    rc, _out, err = run_cli(capsys, "--db", str(db), "import", str(new), "--deck", "깃 노트", "--trust")
    assert rc == 0, err
    import re

    said = re.search(r"history kept, and (quizzer .+) brings them back\.", " ".join(err.split("\n")))
    assert said is not None, err
    argv = shlex.split(said[1])
    assert argv == ["quizzer", "--db", str(db), "import", str(old), "--deck", "깃 노트"]
    monkeypatch.setenv("QUIZZER_DB", str(tmp_path / "elsewhere.db"))
    rc, _out, err = run_cli(capsys, *argv[1:], "--trust")
    assert rc == 0, err
    assert not (tmp_path / "elsewhere.db").exists()


def test_a_quizzer_command_carries_the_words_that_name_its_database(tmp_path: Path) -> None:
    """The one maker of printed quizzer commands: the database's words (:func:`quizzer.paths.db_option`)
    come right after ``quizzer``, each word quoted as a shell reads it, a blank as written."""
    from quizzer.paths import db_option
    from quizzer.to_copy import Blank, quizzer_command

    other = tmp_path / ODD / "q.db"
    line = quizzer_command("import", Blank("NOTES.md"), "--deck", "it's", db_option=db_option(other))
    assert shlex.split(line) == ["quizzer", "--db", str(other), "import", "NOTES.md", "--deck", "it's"]
    assert quizzer_command("check", "--held", db_option=db_option(None)) == "quizzer check --held"
