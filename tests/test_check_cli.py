"""quizzer check on a real database: import holds new shapes, the check keeps or holds them.

The interactive part is driven with prompt-toolkit pipe input through
:func:`quizzer.commands.check.check` (what ``quizzer check`` runs once it has a
terminal); everything else goes through the real command line.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from quizzer.check_session import Tally
from quizzer.commands.check import check
from quizzer.checking import section_key
from quizzer.db import Database, open_database
from quizzer.db.checks import Waiting, verdict, waiting
from quizzer.i18n import set_language

NOTES = """\
# Git

| 명령어 | 설명 |
|---|---|
| `git status` | 작업 트리의 상태를 본다 |
| `git log` | 커밋 기록을 본다 |
| `git diff` | 바뀐 내용을 본다 |

## 용어

- 커밋: 변경 사항을 저장소에 기록한 것
- 브랜치: 독립적으로 갈라진 작업 줄기
"""
GIT, TERMS = section_key(("Git",)), section_key(("Git", "용어"))  # the sections of its table and its terms


@pytest.fixture
def notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """notes.md imported (not trusted): two shapes wait, table rows (3 commands, both ways) and
    `term: definition` lines (2 concepts)."""
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    rc, _, err = run_cli(capsys, "import", str(path))
    assert rc == 0, err
    return path


@pytest.fixture
def db(quizzer_home: Path, notes: Path) -> Iterator[Database]:
    database = open_database(quizzer_home / "quizzer.db")
    try:
        yield database
    finally:
        database.close()


def shapes(db: Database, *, held: bool = False) -> list[Waiting]:
    with db.reading() as session:
        return waiting(session, held=held)


def drive(db: Database, keys: str, *, held: bool = False) -> tuple[Tally, list[str]]:
    """``quizzer check`` (``held``: ``--again``) answering ``keys``: its tally and the lines it printed."""
    printed: list[str] = []
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        pipe.close()  # the end of the input ends the check (as Ctrl-D): a test never waits for keys
        tally = check(db, shapes(db, held=held), cols=lambda: 80, again=held, write=printed.append, input=pipe,
                      output=DummyOutput())
    return tally, printed


def last_line(printed: list[str]) -> str:
    """The summary ``quizzer check`` ends with (after an empty line), unwrapped."""
    return " ".join(printed[len(printed) - printed[::-1].index(""):])


def new_cards(capsys: pytest.CaptureFixture[str]) -> int:
    """The cards of the deck review may show (none answered yet: every one new), those the check holds apart."""
    rc, out, _ = run_cli(capsys, "decks", "--json")
    assert rc == 0
    return int({deck["name"]: deck for deck in json.loads(out)["decks"]}["notes"]["cards"])


def test_import_holds_two_shapes_and_the_list_shows_them(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    table, terms = shapes(db)
    assert (table.reason, table.kind, len(table.cards)) == ("table row", "command", 6)
    assert (terms.reason, terms.kind, len(terms.cards)) == ("`term: definition` line", "concept", 2)
    assert new_cards(capsys) == 0  # nothing reaches review before the check
    rc, out, _ = run_cli(capsys, "check", "--list")
    assert rc == 0
    *lines, last = out.splitlines()  # each shape on a line, and the lines under it indented (a long path wraps)
    assert last == "Run quizzer check to keep or hold back each group."
    starts = [n for n, line in enumerate(lines) if not line.startswith("  ")]
    assert [lines[n][:27] for n in starts] == ["notes: 6 command cards from", "notes: 2 concept cards from"]
    def unwrapped(part: list[str]) -> str:  # where the lines break depends on the length of the path
        return " ".join(line.strip() for line in part)

    assert "read from: table row" in unwrapped(lines[:starts[1]])
    assert "read from: `term: definition` line" in unwrapped(lines[starts[1]:])
    rc, out, _ = run_cli(capsys, "check", "--json")
    data = json.loads(out)["shapes"]
    assert [(s["deck"], s["reason"], s["kind"], len(s["cards"])) for s in data] == [
        ("notes", "table row", "command", 6), ("notes", "`term: definition` line", "concept", 2)]
    assert data[0]["cards"][0]["front"] == "git status" and data[0]["cards"][0]["line"] == 5
    rc, out, _ = run_cli(capsys, "check", "--held")
    assert (rc, out) == (0, "No cards are held back by the check.\n")


def test_y_keeps_a_shape_and_n_holds_the_other_then_nothing_waits(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    tally, printed = drive(db, "yn")
    assert tally == Tally(kept=6, held=2)
    text = "\n".join(printed)
    assert "Group 1 of 2: deck notes," in text and "Group 2 of 2: deck notes," in text  # then the document's path
    assert "6 command cards were read from lines of this kind: table row" in text
    assert "git status" in text and "→ 작업 트리의 상태를 본다" in text and "notes.md:5" in text
    assert printed[-1] == "Kept 6 cards for review, held back 2 cards; nothing left to check."
    assert new_cards(capsys) == 6  # the three commands both ways; the terms stay out
    assert shapes(db) == []
    rc, out, _ = run_cli(capsys, "check")
    assert (rc, out) == (0, "No cards wait for a check.\n")
    rc, out, _ = run_cli(capsys, "check", "--held")
    assert rc == 0 and out.startswith("notes: 2 concept cards from")
    assert out.splitlines()[-1] == "Run quizzer check --again to look at them again."
    # --again: the held shape is asked about again; y now keeps it
    tally, printed = drive(db, "y", held=True)
    assert tally == Tally(kept=2, held=0) and new_cards(capsys) == 8
    rc, out, _ = run_cli(capsys, "check", "--held")
    assert out == "No cards are held back by the check.\n"


def test_one_by_one_keeps_the_yes_notes_and_holds_the_no_notes(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    tally, printed = drive(db, "oyny" + "s")
    assert tally == Tally(kept=4, held=2, skipped=1)  # git status and git diff (both ways) kept; git log held
    assert "1 of 3: notes.md:5" in "\n".join(printed) and "3 of 3: notes.md:7" in "\n".join(printed)
    assert new_cards(capsys) == 4
    (held,) = shapes(db, held=True)
    assert [card.front for card in held.cards] == ["git log", "git log"]
    (left,) = shapes(db)
    assert left.kind == "concept"  # skipped: still waiting
    # --again, n: git log stays held and its shape stays kept (a later table row comes in unasked)
    tally, _ = drive(db, "n", held=True)
    assert tally == Tally(kept=0, held=2) and new_cards(capsys) == 4
    with db.reading() as session:
        assert verdict(session, "notes", "table row", "command", GIT) == "kept"
    assert [card.front for card in shapes(db, held=True)[0].cards] == ["git log", "git log"]
    tally, _ = drive(db, "y", held=True)  # and y brings it into review
    assert tally == Tally(kept=2, held=0) and new_cards(capsys) == 6 and shapes(db, held=True) == []


def test_leaving_one_by_one_midway_keeps_each_answer_and_the_rest_waits(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    tally, printed = drive(db, "oyn" + "s" + "q")  # git status kept, git log held; git diff not reached
    assert tally == Tally(kept=2, held=2, skipped=1, left=1)
    assert last_line(printed) == (
        "Kept 2 cards for review, held back 2 cards; 2 groups still wait: run quizzer check again.")
    assert new_cards(capsys) == 2  # git status, both ways: in review at once
    assert [card.front for card in shapes(db, held=True)[0].cards] == ["git log", "git log"]
    table, _terms = shapes(db)
    assert [card.front for card in table.cards] == ["git diff", "git diff"]  # only the note not answered waits
    with db.reading() as session:
        assert verdict(session, "notes", "table row", "command", GIT) == "unchecked"
    tally, _ = drive(db, "y")  # the rest of the group kept: git log stays held, as it was answered
    assert tally == Tally(kept=2, held=0, left=1) and new_cards(capsys) == 4
    assert [card.front for card in shapes(db, held=True)[0].cards] == ["git log", "git log"]
    with db.reading() as session:
        assert verdict(session, "notes", "table row", "command", GIT) == "kept"


def test_skip_and_quit_store_nothing(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    tally, printed = drive(db, "sq")
    assert tally == Tally(kept=0, held=0, skipped=1, left=1)
    assert last_line(printed) == "Kept 0 cards for review, held back 0 cards; 2 groups still wait: run quizzer check again."
    assert len(shapes(db)) == 2 and shapes(db, held=True) == [] and new_cards(capsys) == 0


def test_each_decision_is_committed_before_the_next_group_shows(db: Database, quizzer_home: Path) -> None:
    seen: list[int] = []

    def write(line: str) -> None:
        if line.startswith("Group 2 of 2"):  # read by another connection while the check runs
            other = open_database(quizzer_home / "quizzer.db")
            try:
                with other.reading() as session:
                    seen.append(len(waiting(session)))
            finally:
                other.close()

    printed: list[str] = []

    def written(line: str) -> None:
        printed.append(line)
        write(line)

    with create_pipe_input() as pipe, pytest.raises(KeyboardInterrupt):  # the command ends as Ctrl-C does (130)
        pipe.send_text("y\x03")  # Ctrl-C on the second group
        check(db, shapes(db), cols=lambda: 80, write=written, input=pipe, output=DummyOutput())
    assert seen == [1] and any(line.startswith("Kept 6 cards for review, held back 0 cards; 1 group") for line in printed)
    assert [shape.kind for shape in shapes(db)] == ["concept"]  # the first decision stayed; the second waits


def test_the_end_of_the_input_midway_keeps_what_was_decided(db: Database) -> None:
    tally, _ = drive(db, "n")  # the input ends after one key
    assert tally == Tally(kept=0, held=6, left=1)
    assert [shape.kind for shape in shapes(db, held=True)] == ["command"]
    assert [shape.kind for shape in shapes(db)] == ["concept"]


def test_a_deck_that_does_not_exist_is_one_sentence(notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_cli(capsys, "check", "nosuch")
    assert rc == 1 and out == ""
    assert err.count("\n") == 1 and "There is no deck named 'nosuch'" in err


def test_only_the_decks_named_and_no_terminal_is_one_sentence(notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(capsys, "check", "--list", "docker-containers.ko")
    assert (rc, out) == (0, "No cards wait for a check.\n")  # the built-in deck is never held
    rc, out, err = run_cli(capsys, "check", "notes")  # pytest's stdin is not a terminal
    assert rc == 1 and err.count("\n") == 1 and "needs an interactive terminal" in err


def test_nothing_to_check_is_one_sentence_and_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_cli(capsys, "check")
    assert (rc, out) == (0, "No cards wait for a check.\n")
    rc, out, err = run_cli(capsys, "check", "--again")
    assert (rc, out) == (0, "No cards are held back by the check.\n")


def test_trusted_import_waits_for_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "trusted.md"
    path.write_text(NOTES, encoding="utf-8")
    rc, _, err = run_cli(capsys, "import", "--trust", str(path))
    assert rc == 0, err
    rc, out, _ = run_cli(capsys, "check", "--list")
    assert (rc, out) == (0, "No cards wait for a check.\n")


def deck_row(out: str, name: str) -> list[str]:
    """The cells of a deck's row in ``quizzer decks`` (bordered or not)."""
    (line,) = [line for line in out.splitlines() if line.replace("│", " ").split()[:1] == [name]]
    return line.replace("│", " ").split()


def test_decks_show_each_decks_cards_waiting_and_held_back(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(capsys, "decks")
    assert rc == 0 and "to check" in out and "held back" not in out  # a column only when a deck has some
    assert deck_row(out, "notes") == ["notes", "5", "0", "0", "0", "8"]  # notes, cards, new, due, to check
    assert deck_row(out, "docker-containers.ko")[-1] == "0"
    rc, out, _ = run_cli(capsys, "decks", "--json")
    decks = {deck["name"]: deck for deck in json.loads(out)["decks"]}
    assert (decks["notes"]["to_check"], decks["notes"]["held_back"]) == (8, 0)
    drive(db, "n")  # the table rows held back, the terms still waiting
    rc, out, _ = run_cli(capsys, "decks")
    assert deck_row(out, "notes") == ["notes", "5", "0", "0", "0", "2", "6"]
    rc, out, _ = run_cli(capsys, "--lang", "ko", "decks")
    assert "확인 대기" in out and "막아 둠" in out


def test_decks_and_an_empty_review_say_how_many_cards_wait(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(capsys, "decks")
    assert rc == 0 and out.splitlines()[-1] == "8 cards wait for your check: run quizzer check."
    rc, out, _ = run_cli(capsys, "decks", "--json")
    assert json.loads(out)["waiting_for_check"] == 8
    rc, out, _ = run_cli(capsys, "review", "notes")  # nothing due: the waiting cards are why
    assert rc == 0 and out.splitlines()[-1] == "8 cards wait for your check: run quizzer check."
    drive(db, "n")  # one shape held, the other still waiting
    rc, out, _ = run_cli(capsys, "decks")
    assert out.splitlines()[-1] == "2 cards wait for your check: run quizzer check."
    drive(db, "y")
    rc, out, _ = run_cli(capsys, "decks")
    assert "wait for your check" not in out
    rc, out, _ = run_cli(capsys, "decks", "--json")
    assert json.loads(out)["waiting_for_check"] == 0
    rc, out, _ = run_cli(capsys, "review", "notes")
    assert "wait for your check" not in out


def test_an_empty_review_of_waiting_cards_sends_to_the_check_not_to_import(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """The deck has cards, they wait for the check: 'no cards left, add notes' would send the
    person to import notes they imported a moment ago."""
    rc, out, _ = run_cli(capsys, "review", "notes")
    assert rc == 0
    assert out.splitlines() == ["Nothing to review yet.", "8 cards wait for your check: run quizzer check."]
    rc, out, _ = run_cli(capsys, "--lang", "ko", "review", "notes")
    assert "quizzer import" not in out and "quizzer check" in out


def test_a_quiz_of_waiting_cards_says_they_wait_for_the_check(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("quiz", "exam"):
        rc, _, err = run_cli(capsys, command, "notes")
        assert rc == 1
        assert err.strip() == (
            "Error: No questions can be made yet: the cards of these decks wait for your check "
            "(run quizzer check).")


def test_the_summary_after_again_does_not_say_nothing_is_left_while_cards_wait(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    drive(db, "nq")  # the table rows held back, the terms still waiting
    _, printed = drive(db, "y", held=True)  # --again keeps the table rows
    assert last_line(printed) == "Kept 6 cards for review, held back 0 cards; 2 cards still wait for your check: run quizzer check."


def test_the_summary_after_again_with_a_group_passed_over_names_again(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    drive(db, "nn")  # both held
    _, printed = drive(db, "s", held=True)
    assert last_line(printed) == ("Kept 0 cards for review, held back 0 cards; 2 held-back groups were not looked at: "
                   "run quizzer check --again.")


def test_the_summary_line_wraps_to_a_narrow_terminal(db: Database) -> None:
    from wcwidth import wcswidth

    set_language("ko")
    try:
        printed: list[str] = []
        with create_pipe_input() as pipe:
            pipe.send_text("q")
            pipe.close()
            check(db, shapes(db), cols=lambda: 40, write=printed.append, input=pipe, output=DummyOutput())
    finally:
        set_language("en")
    assert printed and all(wcswidth(line) <= 40 for line in printed), printed


def test_a_window_narrowed_during_the_check_gets_the_next_group_and_the_summary_at_its_width(db: Database) -> None:
    """The width was read once at the start: a terminal narrowed to 40 columns during the check got the
    next group and 'Kept 0 cards for review, held back 0 car' / 'ds; …' cut by the terminal (u-campaign10)."""
    from wcwidth import wcswidth

    widths = iter([100])
    printed: list[str] = []
    with create_pipe_input() as pipe:
        pipe.send_text("sq")
        pipe.close()
        check(db, shapes(db), cols=lambda: next(widths, 40), write=printed.append, input=pipe, output=DummyOutput())
    second = max(n for n, line in enumerate(printed) if line.startswith("Group 2 of"))
    assert any(wcswidth(line) > 40 for line in printed[:second])  # the first group at 100 columns
    assert all(wcswidth(line) <= 40 for line in printed[second:]), printed[second:]


def test_the_lists_work_on_a_read_only_database(db: Database, quizzer_home: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from test_read_only_db import read_only

    database = quizzer_home / "quizzer.db"
    db.close()
    with read_only(database):
        rc, out, err = run_cli(capsys, "check", "--json")
        assert rc == 0, err
        assert [len(shape["cards"]) for shape in json.loads(out)["shapes"]] == [6, 2]
        rc, out, err = run_cli(capsys, "check", "--held")
        assert (rc, out) == (0, "No cards are held back by the check.\n"), err


def test_review_and_quiz_of_cards_all_held_back_point_to_again_not_to_import(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    drive(db, "nn")  # every card held back
    rc, out, _ = run_cli(capsys, "review", "notes")
    assert rc == 0
    assert " ".join(out.split()) == ("Nothing to review: you held back every card of these decks in quizzer check; "
                                     "quizzer check --again asks about them again.")
    rc, _, err = run_cli(capsys, "quiz", "notes")
    assert rc == 1 and " ".join(err.split()) == (
        "Error: No questions can be made: you held back every card of these decks in quizzer check; "
        "quizzer check --again asks about them again.")
    rc, out, _ = run_cli(capsys, "--lang", "ko", "review", "notes")
    assert "quizzer import" not in out and "quizzer check --again" in out


def test_the_review_screen_opens_saying_how_many_cards_wait(db: Database, quizzer_home: Path) -> None:
    from quizzer.commands.review import _start_notice
    from quizzer.config import Config
    from quizzer.review.controller import Controller
    from quizzer.tui import ReviewScreen

    lite = db  # reading() gives what the counts read (a session here, a sqlite3 connection in the command)
    assert _start_notice(lite, []) == "8 cards wait for your check: run quizzer check."  # type: ignore[arg-type]
    assert _start_notice(lite, ["docker-containers.ko"]) == ""  # type: ignore[arg-type]  # the built-in deck: none
    set_language("ko")
    try:
        assert _start_notice(lite, ["notes"]) == "카드 8장이 확인을 기다립니다: quizzer check 명령을 실행하세요."  # type: ignore[arg-type]
    finally:
        set_language("en")
    screen = ReviewScreen(Controller(db, config=Config()), output=DummyOutput(),
                          notice="8 cards wait for your check: run quizzer check.")
    assert screen.card is not None  # the built-in deck's new cards
    shown = "".join(fragment[1] for fragment in screen._fragments())  # noqa: SLF001 - what the screen draws
    assert "8 cards wait for your check: run quizzer check." in shown


def test_stats_count_the_checks_cards_apart_from_the_persons_suspensions(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    def states() -> dict[str, object]:
        rc, out, _ = run_cli(capsys, "stats", "notes", "--json")
        assert rc == 0
        (deck,) = json.loads(out)["decks"]
        return {key: deck[key] for key in ("suspended", "to_check", "held_back", "total")}

    assert states() == {"suspended": 0, "to_check": 8, "held_back": 0, "total": 8}
    drive(db, "n")
    assert states() == {"suspended": 0, "to_check": 2, "held_back": 6, "total": 8}
    (terms,) = shapes(db)
    drive(db, "y")  # the terms kept
    rc, out, _ = run_cli(capsys, "suspend", str(terms.cards[0].card_id))  # the person's own suspension
    assert states() == {"suspended": 1, "to_check": 0, "held_back": 6, "total": 8}
    rc, out, _ = run_cli(capsys, "stats", "notes")
    header = next(line for line in out.splitlines() if line.split()[:2] == ["deck", "new"])
    assert header.split() == ["deck", "new", "learning", "review", "suspended", "held", "back", "leech", "retired",
                              "total"]  # "to check" only while a deck has cards waiting


def test_an_export_with_every_card_kept_out_by_the_check_writes_nothing_and_says_why(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every card of the deck waiting for the check, 'quizzer export notes' wrote an empty package,
    'Wrote notes.apkg: 0 notes, 0 cards', and ended with status 0 (found by u-campaign)."""
    for name in ("notes.apkg", "notes.txt"):
        rc, out, err = run_cli(capsys, "export", "notes", "-o", str(tmp_path / name))
        assert rc == 1 and not (tmp_path / name).exists()
        assert err.strip() == ("Error: Nothing to export: the 8 cards of these decks wait for quizzer check or are "
                               "held back by it; keep them with quizzer check first.")
    drive(db, "o" + "yny" + "s")
    rc, out, err = run_cli(capsys, "export", "notes", "-o", str(tmp_path / "notes.apkg"))
    assert rc == 0 and (tmp_path / "notes.apkg").exists()


def test_exports_for_anki_leave_out_the_cards_the_check_keeps_out_and_say_so(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    drive(db, "o" + "yny" + "s")  # git status and git diff kept, git log held; the terms still wait
    text = tmp_path / "notes.txt"
    rc, out, err = run_cli(capsys, "export", "notes", "-o", str(text))
    assert rc == 0, err
    written = text.read_text(encoding="utf-8")
    assert "git status" in written and "git diff" in written
    assert "git log" not in written and "커밋" not in written  # held back, waiting
    assert out.splitlines()[-1] == (
        "Left out 4 cards that quizzer check keeps out of review (waiting for it or held back by it).")
    rc, out, _ = run_cli(capsys, "export", "notes", "-o", str(tmp_path / "notes.apkg"), "--json")
    data = json.loads(out)
    assert (data["notes"], data["cards"], data["left_out_by_check"]) == (2, 4, 4)
    rc, out, _ = run_cli(capsys, "--lang", "ko", "export", "notes", "-o", str(tmp_path / "again.txt"))
    assert out.splitlines()[-1] == "quizzer check 명령이 복습에서 빼 둔 카드 4장(확인 대기이거나 막아 둔 것)은 넣지 않았습니다."
    # on a database named with --db the sentence names it too: run as read, the check acts on that database
    monkeypatch.setenv("QUIZZER_HOME", str(tmp_path / "elsewhere"))
    rc, out, _ = run_cli(capsys, "--db", str(db.path), "export", "notes", "-o", str(tmp_path / "other.txt"))
    command = shlex.join(["quizzer", "--db", str(db.path), "check"])
    assert out.splitlines()[-1] == (
        f"Left out 4 cards that {command} keeps out of review (waiting for it or held back by it).")
    monkeypatch.setenv("QUIZZER_HOME", str(db.path.parent))
    rc, out, _ = run_cli(capsys, "backup", "notes", "-o", str(tmp_path / "all.json"))  # a dump keeps everything
    assert "Left out" not in out
    dumped = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert sum(len(note["cards"]) for deck in dumped["decks"] for note in deck["notes"]) == 8


def test_a_backup_carries_the_checks_verdicts_and_restores_them(
    db: Database, notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drive(db, "yn")  # table rows kept, terms held back
    saved = tmp_path / "saved.json"
    rc, _, err = run_cli(capsys, "backup", "notes", "-o", str(saved))
    assert rc == 0, err
    dumped = json.loads(saved.read_text(encoding="utf-8"))
    (deck,) = dumped["decks"]
    assert deck["shape_checks"] == [["`term: definition` line", "concept", "held", TERMS], ["table row", "command", "kept", GIT]]
    other = tmp_path / "other.db"
    rc, _, err = run_cli(capsys, "--db", str(other), "import", str(saved))
    assert rc == 0, err
    restored = open_database(other)
    try:
        with restored.reading() as session:
            assert verdict(session, "notes", "table row", "command", GIT) == "kept"
            assert verdict(session, "notes", "`term: definition` line", "concept", TERMS) == "held"
    finally:
        restored.close()
    # a new table row and a new term in the notes: in at once, held at once, as before the backup
    row = "| `git diff` | 바뀐 내용을 본다 |\n"  # (each in its section: a new section's lines would be asked)
    notes.write_text(NOTES.replace(row, row + "| `git add` | 바뀐 내용을 올린다 |\n") + "- 태그: 커밋에 붙인 이름\n",
                     encoding="utf-8")
    rc, out, err = run_cli(capsys, "--db", str(other), "import", str(notes), "--json")
    assert rc == 0, err
    rc, out, _ = run_cli(capsys, "--db", str(other), "check", "--list")
    assert out == "No cards wait for a check.\n"
    # a dump made before the check (no verdicts) still restores, as a deck never checked
    del deck["shape_checks"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(dumped, ensure_ascii=False), encoding="utf-8")
    rc, _, err = run_cli(capsys, "--db", str(tmp_path / "third.db"), "import", str(old))
    assert rc == 0, err
    deck["shape_checks"] = [["table row", "command", "maybe"]]
    old.write_text(json.dumps(dumped, ensure_ascii=False), encoding="utf-8")
    rc, _, err = run_cli(capsys, "--db", str(tmp_path / "fourth.db"), "import", str(old))
    assert rc == 1 and err.count("\n") == 1 and "decks[0].shape_checks[0]" in err


def test_the_check_shows_each_notes_line_as_written_in_its_document(db: Database, notes: Path) -> None:
    _, printed = drive(db, "s" + "o" + "y")
    text = "\n".join(printed)
    assert "  notes.md:5\n    │ | `git status` | 작업 트리의 상태를 본다 |\n    git status\n" in text
    assert "  1 of 2: notes.md:11\n    │ - 커밋: 변경 사항을 저장소에 기록한 것\n" in text  # one by one too
    notes.unlink()  # the document gone: front and back still shown, no line
    _, printed = drive(db, "q")
    assert "git status" in "\n".join(printed) and "│" not in "\n".join(printed)


def test_the_lists_last_sentence_wraps_between_words_at_40_columns(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Run quizzer check to keep or hold back e/ach group.' was cut by the terminal at 40 columns."""
    monkeypatch.setenv("COLUMNS", "40")
    rc, out, _ = run_cli(capsys, "check", "--list")
    assert rc == 0
    lines = out.splitlines()
    assert all(len(line) < 40 for line in lines), lines
    assert " ".join(lines[-2:]).endswith("Run quizzer check to keep or hold back each group.")


def test_a_document_changed_since_its_import_shows_no_lines_and_says_so(db: Database, notes: Path) -> None:
    """The check showed each card under the line now at its line number: after a line was added at the top
    of the notes (not imported again), every card stood under the line above the one it was read from."""
    from quizzer.check_view import shape_lines
    from quizzer.commands.check import with_written
    from quizzer.db.lite import raw_connection
    from quizzer.db.stamps import imported_digests

    with db.reading() as session:
        digests = imported_digests(raw_connection(session))
    assert set(digests) == {"notes"}
    as_imported = with_written(shapes(db), digests)
    assert not any(shape.changed for shape in as_imported)
    assert [card.written for card in as_imported[0].cards][:2] == ["| `git status` | 작업 트리의 상태를 본다 |"] * 2
    notes.write_text("# 새 머리말\n\n" + NOTES, encoding="utf-8")  # every line two further down
    for changed in (with_written(shapes(db), digests), notes.unlink() or with_written(shapes(db), digests)):
        assert all(shape.changed and not any(card.written for card in shape.cards) for shape in changed)
        shown = " ".join(" ".join(shape_lines(changed[0], position=1, total=2, cols=60)).split())
        assert "The document has changed since it was imported, or is gone: the cards are shown as they were read" in shown
        assert "git status" in shown and "│" not in shown  # front and back, no line quoted
    notes.write_text("# 새 머리말\n\n" + NOTES, encoding="utf-8")
    assert not any(shape.changed for shape in with_written(shapes(db), {}))  # no digest kept: nothing to compare
