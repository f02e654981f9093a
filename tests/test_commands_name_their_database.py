"""Every quizzer command a sentence tells a person to run names the database it was said about.

``quizzer --db X …`` said 'run quizzer check', 'see quizzer exam --history', 'add one with quizzer
import NOTES.md', 'quizzer decks lists all 12': run as printed, each acted on the default database
(another deck list, no exam, an import into the wrong file).  Here a database away from the default
one, in a folder with a space, Korean letters and a quote, gets each sentence; the command in it is
taken from the output as a person copies it (one line: the test's output is not a terminal), split
as a shell splits it, and run with the default database elsewhere: it acts on the --db database.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
from pathlib import Path

import pytest
from conftest import run_cli

from quizzer.to_copy import shell_command

ODD = "내 노트 dir/it's here"
NOTES = "# Git\n\n- **git add**: stage changes\n- **git commit**: record changes\n- **git log**: show history\n"


@pytest.fixture
def db(tmp_path: Path, quizzer_home: Path) -> Path:
    folder = tmp_path / ODD
    folder.mkdir(parents=True)
    return folder / "q.db"


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "git.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


def quizzer(db: Path, *words: str) -> str:
    """The command as it must be printed: with ``--db`` and the path quoted as a shell reads it."""
    return shell_command("quizzer", "--db", str(db), *words)


def printed(text: str, db: Path, *words: str) -> list[str]:
    """The words of the command ``text`` gives for ``db``, as a shell splits the command copied from it."""
    command = quizzer(db, *words)
    assert command in text, text
    said = shlex.split(command)
    assert said[:3] == ["quizzer", "--db", str(db)]
    return said[1:]


def run_as_printed(capsys: pytest.CaptureFixture[str], words: list[str], elsewhere: Path,
                   monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    """``words`` run with quizzer's default database elsewhere: that one must stay untouched."""
    monkeypatch.setenv("QUIZZER_DB", str(elsewhere))
    result = run_cli(capsys, *words)
    monkeypatch.delenv("QUIZZER_DB")
    assert not elsewhere.exists()
    return result


def test_the_check_commands_name_the_database(
        db: Path, notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "default.db"
    rc, out, err = run_cli(capsys, "--db", str(db), "import", str(notes))
    assert rc == 0, err
    words = printed(out, db, "check")  # '3 new cards in one group wait for your check: run …'
    rc, _out, err = run_as_printed(capsys, words, elsewhere, monkeypatch)  # not a terminal here
    assert rc == 1
    words = printed(err, db, "check", "--list")  # '… needs an interactive terminal; … prints what waits.'
    rc, out, err = run_as_printed(capsys, words, elsewhere, monkeypatch)
    assert rc == 0 and "git: 6 command cards" in out, err
    printed(out, db, "check")  # 'Run … to keep or hold back each group.'
    rc, out, err = run_cli(capsys, "--db", str(db), "decks")
    printed(out, db, "check")  # 'N cards wait for your check: run …'
    rc, _out, err = run_cli(capsys, "--db", str(db), "quiz", "git", "--mode", "choice")
    assert rc == 1
    printed(err, db, "check")  # 'No questions can be made yet: … (run …).'


def test_held_back_cards_name_the_database_in_their_commands(
        db: Path, notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from quizzer.db import open_database
    from quizzer.db.checks import hold, waiting

    assert run_cli(capsys, "--db", str(db), "import", str(notes))[0] == 0
    database = open_database(db)
    try:
        with database.session() as session:
            for shape in waiting(session, ["git"]):
                hold(session, shape.deck, shape.reason, shape.kind)
    finally:
        database.close()
    rc, out, err = run_cli(capsys, "--db", str(db), "review", "git")
    assert rc == 0, err
    words = printed(out, db, "check", "--again")  # 'Nothing to review: you held back … asks about them again.'
    rc, out, err = run_cli(capsys, "--db", str(db), "check", "--held")
    assert rc == 0 and "git: 6 command cards" in out, err
    assert printed(out, db, "check", "--again") == words  # 'Run … to look at them again.'
    notes.write_text(NOTES + "- **git mv**: move a file\n", encoding="utf-8")
    rc, out, err = run_cli(capsys, "--db", str(db), "import", str(notes))
    words = printed(out, db, "check", "--held")  # 'N new cards belong to a group you held back: … (… lists it).'
    rc, out, err = run_as_printed(capsys, words, tmp_path / "default.db", monkeypatch)
    assert rc == 0 and "git: 8 command cards" in out, err  # the new note's two with the six held


def test_with_no_deck_the_import_to_run_names_the_database(
        db: Path, notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "default.db"
    assert run_cli(capsys, "--db", str(db), "delete", "docker-containers.ko", "--yes")[0] == 0
    rc, out, err = run_cli(capsys, "--db", str(db), "decks")
    words = printed(out, db, "import", "NOTES.md")  # 'No decks yet. Add one with: …'
    rc, out, err = run_as_printed(capsys, [*words[:-1], str(notes), "--trust"], elsewhere, monkeypatch)
    assert rc == 0, err
    rc, out, err = run_cli(capsys, "--db", str(db), "decks", "--json")
    assert [deck["name"] for deck in json.loads(out)["decks"]] == ["git"]
    # every one of them, in a database with no deck at all
    empty = tmp_path / ODD / "empty.db"
    assert run_cli(capsys, "--db", str(empty), "delete", "docker-containers.ko", "--yes")[0] == 0
    for argv in (["review"], ["review", "git"], ["quiz"], ["stats"]):
        rc, out, err = run_cli(capsys, "--db", str(empty), *argv)
        printed(out + err, empty, "import", "NOTES.md")


def test_the_exam_commands_name_the_database(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    rc, _out, err = run_cli(capsys, "--db", str(db), "exam", "--review", "4")
    assert rc == 1
    words = printed(err, db, "exam", "--history")  # 'There is no exam 4 (see …).'
    rc, out, err = run_as_printed(capsys, words, tmp_path / "default.db", monkeypatch)
    assert rc == 0, err
    printed(out, db, "exam")  # 'No exams yet. Take one with: …'
    rc, out, err = run_cli(capsys, "--db", str(db), "stats")
    assert rc == 0, err
    printed(out, db, "exam")  # 'No exams yet: … starts a mock exam.'
    printed(out, db, "review")  # 'No answers yet: review with … and your progress shows here.'


def test_the_cards_decks_and_export_commands_name_the_database(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    rc, _out, err = run_cli(capsys, "--db", str(db), "suspend", "99999")
    assert rc == 1
    words = printed(err, db, "cards", "DECK")  # 'There is no card 99999 (see … for ids).'
    rc, out, err = run_as_printed(capsys, [*words[:-1], "docker-containers.ko"], tmp_path / "default.db", monkeypatch)
    assert rc == 0 and "docker" in out, err
    rc, _out, err = run_cli(capsys, "--db", str(db), "backup", "-o", str(tmp_path / "x.apkg"))
    assert rc == 1
    printed(err, db, "export")  # 'A backup is a JSON file … for Anki use … (add --with-history …)'
    for n in range(9):  # more decks than an unknown name lists: the command that lists them all
        (tmp_path / f"deck{n}.md").write_text(NOTES, encoding="utf-8")
        assert run_cli(capsys, "--db", str(db), "import", str(tmp_path / f"deck{n}.md"), "--trust")[0] == 0
    rc, _out, err = run_cli(capsys, "--db", str(db), "review", "deck")
    assert rc == 1
    words = printed(err, db, "decks")  # "There is no deck named 'deck' (nearest: …; … lists all 10)."
    rc, out, err = run_as_printed(capsys, words, tmp_path / "default.db", monkeypatch)
    assert rc == 0 and "deck8" in out, err
    (tmp_path / "home" / "config.toml").write_text('[decks."nothing-like-it"]\ntyped = true\n', encoding="utf-8")
    import quizzer.config

    quizzer.config._warned.clear()  # said once a process
    rc, _out, err = run_cli(capsys, "--db", str(db), "decks")
    assert rc == 0
    printed(err, db, "decks")  # '[decks."nothing-like-it"] names no deck (see …).'


def test_the_end_of_a_review_names_the_database(tmp_path: Path, quizzer_home: Path) -> None:
    """The summary's lines (pure: the words come with the summary the review made)."""
    from quizzer.paths import db_option
    from quizzer.review.controller import Summary
    from quizzer.summary import commands, nothing_due_line, still_today_line

    db = tmp_path / ODD / "q.db"
    summary = Summary(cards=0, seconds=0, new_waiting=2, new_today=2, db_option=tuple(db_option(db)))
    line = still_today_line(summary)
    assert line is not None and quizzer(db, "review") in line and quizzer(db, "review") in commands(summary)
    import datetime as dt

    empty = Summary(cards=0, seconds=0, db_option=tuple(db_option(db)))
    assert quizzer(db, "import", "NOTES.md") in nothing_due_line(empty, dt.date(2026, 12, 1))
    assert quizzer(db, "check", "--again") in nothing_due_line(empty, dt.date(2026, 12, 1), held=3)
    # the database quizzer opens by default: the commands as before
    assert "run quizzer review again" in (still_today_line(Summary(cards=0, seconds=0, new_waiting=1, new_today=1))
                                          or "")


def test_no_sentence_names_a_quizzer_command_by_hand() -> None:
    """A msgid that tells the person to run quizzer takes the command as {command} (made with the
    database's option); what is left names a command as a thing ('waits for quizzer check') or is an
    option's help (the same whatever the database)."""
    from babel.messages.pofile import read_po

    catalogue = Path(__file__).resolve().parents[1] / "quizzer" / "locale" / "ko" / "LC_MESSAGES" / "quizzer.po"
    with catalogue.open("rb") as file:
        messages = read_po(file)
    imperative = re.compile(r"(?:\brun|\bsee|\bwith:?|\buse|\bTake one with:|\bAdd one with:)\s+'?quizzer\b"
                            r"|'quizzer [a-z]+[^']*' (?:lists|starts|prints)|\(quizzer [a-z -]+ lists")
    told = [text for message in messages for text in (message.id if isinstance(message.id, tuple) else (message.id,))
            if text and imperative.search(text)]
    assert told == ["card ids (see 'quizzer cards')", "deck name (see 'quizzer decks')"], told


def test_the_export_names_the_database_in_what_the_check_keeps_out(
        db: Path, notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """'Left out 6 cards that quizzer check keeps out of review': run as read on a --db export, the check
    looked at the default database.  The command printed, run as printed, reaches the cards left out."""
    elsewhere = tmp_path / "default.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes))[0] == 0  # its cards wait for the check
    rc, out, err = run_cli(capsys, "--db", str(db), "export", "git", "-o", str(tmp_path / "git.txt"))
    assert rc == 1  # every card waits: nothing to export, and the sentence says to run the check
    words = printed(" ".join(err.split()), db, "check")  # 'Nothing to export: the 6 cards … wait for … check …'
    rc, _out, err = run_as_printed(capsys, words, elsewhere, monkeypatch)  # not a terminal here
    assert rc == 1
    words = printed(err, db, "check", "--list")
    rc, out, err = run_as_printed(capsys, words, elsewhere, monkeypatch)
    assert rc == 0 and "git: 6 command cards" in out, err


def test_every_quizzer_command_is_made_by_the_one_maker() -> None:
    """A printed quizzer command is made by :func:`quizzer.to_copy.quizzer_command` (with the database's
    option) and nowhere else: no ``shell_command("quizzer", …)`` spelled out beside it, no second maker,
    no command string written by hand in code (a later change to how commands print is made once)."""
    import ast

    package = Path(__file__).resolve().parents[1] / "quizzer"
    by_hand: list[str] = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(package.parent)
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "quizzer_command" \
                    and where != Path("quizzer/to_copy.py"):
                by_hand.append(f"{where}:{node.lineno} a second maker")
            callee = node.func if isinstance(node, ast.Call) else None
            if callee is not None and "shell_command" in (getattr(callee, "id", ""), getattr(callee, "attr", "")) \
                    and isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                    and node.args[0].value == "quizzer" and where != Path("quizzer/to_copy.py"):
                by_hand.append(f"{where}:{node.lineno} shell_command('quizzer', ...) spelled out")
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant) \
                    and re.match(r"quizzer (?:-|[a-z])", str(node.values[0].value)):
                by_hand.append(f"{where}:{node.lineno} an f-string command")
    assert by_hand == []


def test_no_sentence_writes_a_quizzer_command_of_its_own() -> None:
    """Every msgid that names a quizzer command (``quizzer`` then one of its commands) is one of these,
    each naming it as a thing, not as a line to run: the options' and commands' help (the same whatever
    the database), the command being run, what made a file.  A sentence telling the person what to run
    takes it as {command}, made by the one maker ('waits for quizzer check' after an edit on a --db
    database, 'until quizzer unsuspend ID' in the review's help: each named no database)."""
    from babel.messages.pofile import read_po

    from quizzer.cli import build_parser

    parser = build_parser()
    (commands,) = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]  # noqa: SLF001
    words = "|".join(map(re.escape, sorted(commands.choices, key=len, reverse=True)))
    names = re.compile(rf"\bquizzer (?:{words})\b")
    catalogue = Path(__file__).resolve().parents[1] / "quizzer" / "locale" / "ko" / "LC_MESSAGES" / "quizzer.po"
    with catalogue.open("rb") as file:
        messages = read_po(file)
    naming = sorted({text for message in messages
                     for text in (message.id if isinstance(message.id, tuple) else (message.id,))
                     if text and names.search(text)})
    assert naming == sorted(NAMED_AS_THINGS), naming


#: the msgids that name a quizzer command without telling the person to run it on a database
NAMED_AS_THINGS = [
    # the help of options and commands: the same whatever the database
    "card ids (see 'quizzer cards')",
    "deck name (see 'quizzer decks')",
    "learn the new cards at once: no kind of card waits for 'quizzer check' (kinds you held back stay held)",
    "Delete a deck with its notes, cards and reviews (a backup of it is kept; quizzer import restores it).",
    "Save every deck with its cards, state and reviews as JSON (quizzer import restores it).",
    "files:\n  database  {database}  (--db PATH, $QUIZZER_DB or $QUIZZER_HOME change it)\n"
    "  settings  {settings}  ($QUIZZER_CONFIG or $QUIZZER_HOME change it)\n"
    "  'quizzer where' shows them and the documents each deck comes from.",
    # the command being run, or the screen where it was done (the one to run is {command})
    "quizzer check needs an interactive terminal; {command} prints what waits.",
    "quizzer delete asks before it deletes: run it in a terminal, or add --yes to delete without asking.",
    "No questions can be made: you held back every card of these decks in quizzer check; "
    "{command} asks about them again.",
    "Nothing to review: you held back every card of these decks in quizzer check; {command} asks about them again.",
    # what made a file
    "{source} is not a quizzer dump (made by 'quizzer backup' or 'quizzer export --format json').",
    "{path} is not UTF-8 text (byte {start} is invalid): a quizzer dump is UTF-8, as quizzer backup writes it.",
]
