"""``e`` on the review screen: edit the card's notes, re-import them, show the card as edited.

The editor is a small Python script (set as $VISUAL) that records how it was
called and replaces one text with another in the file; keys go in through
prompt-toolkit's pipe input while the screen runs in an event loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import EPOCH, FakeClock, card_row, review_rows
from prompt_toolkit.input import PipeInput
from prompt_toolkit.output import DummyOutput
from test_tui import make_controller, text_of

from sqlalchemy import select

from quizzer.db import Database
from quizzer.db.models import Card, Note, Review
from quizzer.decks import import_drafts
from quizzer.documents import draft_documents
from quizzer.editor import GOTO_EDITORS, editor_command
from quizzer.review.session import Session
from quizzer.to_copy import shell_command
from quizzer.tui import ReviewScreen

NOTES = "# Git\n\n- **git add**: stage changes\n- **git commit**: record changes\n- **git status**: show the state\n"

EDITOR = """\
import os, pathlib, sys
line, path = sys.argv[1], pathlib.Path(sys.argv[2])
pathlib.Path(os.environ["EDIT_LOG"]).write_text(line + " " + str(path), encoding="utf-8")
text = path.read_text(encoding="utf-8")
path.write_text(text.replace(os.environ["EDIT_FROM"], os.environ["EDIT_TO"]), encoding="utf-8")
sys.exit(int(os.environ.get("EDIT_STATUS", "0")))
"""


@pytest.fixture
def notes(db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "git.md"
    path.write_text(NOTES, encoding="utf-8")
    import_drafts(db, draft_documents([path]), now=EPOCH.astimezone(dt.timezone.utc))
    return path


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], Path]:
    """Set $VISUAL to the script; ``editor(old, new)`` says what it will change; returns its log."""
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    log = tmp_path / "editor.log"
    monkeypatch.setenv("VISUAL", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    monkeypatch.setenv("EDIT_LOG", str(log))

    def configure(old: str, new: str) -> Path:
        monkeypatch.setenv("EDIT_FROM", old)
        monkeypatch.setenv("EDIT_TO", new)
        return log

    return configure


def give_history(db: Database, front: str) -> int:
    """The forward card of ``front``, answered a week ago and due today; returns its id."""
    with db.session() as s:
        card = s.scalars(select(Card).join(Note).where(Note.front == front, Card.ord == 0)).one()
        card.reps, card.interval, card.due = 1, 1, dt.date(2024, 3, 1)
        s.add(Review(card_id=card.id, reviewed_at=EPOCH - dt.timedelta(days=7), grade=4, day=dt.date(2024, 2, 23)))
        return card.id


def press(screen: ReviewScreen, pipe: PipeInput, keys: str, quit: str = "q") -> None:
    """Run the screen, send ``keys``, wait until the edit is over (generous deadline), then quit."""

    async def drive() -> None:
        running = asyncio.ensure_future(screen.app.run_async())
        pipe.send_text(keys)
        for _ in range(6000):  # up to a minute; a deadline, not a timing assertion
            if screen.message and not screen.editing or running.done():
                break
            await asyncio.sleep(0.01)
        if not running.done():
            pipe.send_text(quit)
        await running

    asyncio.run(drive())


def test_a_note_the_edit_added_is_said(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    """e, and the edit fixed the card and added a card written by hand (a missing fact): the message said only
    that the card shows the edit, nothing of the new card, which came into review unannounced."""
    editor("stage changes", "add changes to the index\n\nWhat does HEAD name::the current commit")
    give_history(db, "git add")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, " e")
    assert screen.message == ("Re-imported git.md: the card shows your edit, its history kept. "
                              "Your edit added 1 note: its cards come up as new cards, in this review while "
                              "today's new-card limit has room.")
    with db.reading() as s:
        assert s.scalars(select(Note.back).where(Note.front == "What does HEAD name")).one() == "the current commit"


def test_e_edits_the_card_and_keeps_its_history(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    log = editor("stage changes", "add changes to the index")
    card_id = give_history(db, "git add")
    before = card_row(db, card_id)
    reviews = [(r.id, r.card_id, r.grade) for r in review_rows(db)]
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    assert screen.card is not None and screen.card.card_id == card_id  # due today: shown first
    press(screen, pipe, " e")
    assert log.read_text(encoding="utf-8") == f"+3 {notes.resolve()}"  # the card's own line
    assert "add changes to the index" in notes.read_text(encoding="utf-8")
    assert screen.card is not None and screen.card.card_id == card_id
    assert screen.card.back == "add changes to the index"
    assert screen.message == "Re-imported git.md: the card shows your edit, its history kept."
    assert "add changes to the index" in text_of(screen)  # on screen, the answer still shown
    assert card_row(db, card_id) == before
    assert [(r.id, r.card_id, r.grade) for r in review_rows(db)] == reviews


def test_an_edit_that_changes_nothing_says_so(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    editor("no such text", "")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    assert "did not change" in screen.message


def test_a_missing_editor_is_one_sentence_and_nothing_changes(
        db: Database, clock: FakeClock, notes: Path, monkeypatch: pytest.MonkeyPatch, pipe: PipeInput) -> None:
    monkeypatch.setenv("VISUAL", "/no/such/editor --wait")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    before = screen.card
    press(screen, pipe, "e")
    assert screen.message == "The editor '/no/such/editor' was not found; set $VISUAL or $EDITOR to an editor you have."
    assert screen.card == before and notes.read_text(encoding="utf-8") == NOTES


def test_a_failing_editor_does_not_reimport(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path],
        monkeypatch: pytest.MonkeyPatch, pipe: PipeInput) -> None:
    editor("stage changes", "half-typed")
    monkeypatch.setenv("EDIT_STATUS", "1")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    assert "ended with status 1, so the notes were not re-imported" in screen.message
    assert screen.card is not None and screen.card.back == "stage changes"


def test_a_failing_editor_says_its_status_in_korean_without_a_particle_on_the_number(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path],
        monkeypatch: pytest.MonkeyPatch, pipe: PipeInput) -> None:
    """'상태 3로 끝나서' (found by u-campaign): a particle after a number reads right for some numbers only
    (3으로, 2로); the status stands in parentheses, with no particle after it."""
    from quizzer.i18n import set_language

    editor("stage changes", "half-typed")
    monkeypatch.setenv("EDIT_STATUS", "3")
    set_language("ko")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    assert "오류로 끝나서(종료 상태 3) 노트를 다시 가져오지 않았습니다." in screen.message


def test_an_edit_that_removes_the_note_moves_on(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    editor("- **git add**: stage changes\n", "")
    c = make_controller(db, clock)
    screen = ReviewScreen(c, input=pipe, output=DummyOutput())
    gone = screen.card
    assert gone is not None
    new, review, redrill = c.session.counts()
    press(screen, pipe, "e")
    assert "retired (its history is kept)" in screen.message
    assert screen.card is not None and screen.card.front != "git add"
    assert c.session.counts() == (new - 1, review, redrill)  # the note's card left today's queue


def test_a_document_that_is_gone_is_one_sentence(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    editor("x", "y")
    notes.unlink()
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    command = shell_command("quizzer", "--db", str(db.path), "import", "FILE")  # on the review's database
    assert screen.message == (f"This card's notes were in {notes.resolve()}, which is no longer there; if you "
                              f"moved or renamed it, import it from where it is now ({command}) and "
                              "its cards keep their history.")  # what to do next (found by qa5)


def test_a_deck_from_an_anki_package_says_to_edit_it_in_anki(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    """e on a card of a deck imported from an .apkg said its notes were in 'anki:Spanish, which is no
    longer there' and to import it 'from where it is now' (found by u-campaign): there never was a
    document.  It says where the card came from and how to change it."""
    from quizzer.db.models import Deck
    from quizzer.exchange.anki_import import ANKI_SOURCE

    log = editor("x", "y")
    with db.session() as s:
        s.scalars(select(Deck)).one().source = ANKI_SOURCE + "Spanish"
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    command = shell_command("quizzer", "--db", str(db.path), "import", "FILE.apkg", "--deck", "git")
    assert screen.message == ("This card comes from an Anki package, not from notes quizzer can open: "
                              f"change it in Anki, export the deck again and run {command}; its cards keep "
                              "their history.")
    assert not log.exists()  # no editor was opened


def test_the_builtin_deck_says_how_to_take_it_over(
        seeded_db: Database, clock: FakeClock, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    log = editor("x", "y")
    screen = ReviewScreen(make_controller(seeded_db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    assert screen.message.startswith("The built-in deck cannot be edited in place: copy ")
    assert "docker-containers.ko.md" in screen.message
    # on the review's database (here not the default one): run as it says, the copy takes over its deck
    from quizzer.paths import db_option
    from quizzer.to_copy import shell_command

    command = shell_command("quizzer", *db_option(seeded_db.path), "import", "FILE", "--deck", "docker-containers.ko")
    assert "--db" in command
    assert f" {command} to take it over" in screen.message
    assert not log.exists()  # no editor was opened


def test_editor_command_prefers_visual_then_editor_then_vi(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    assert editor_command(path, 7, {"VISUAL": "nvim -u NONE", "EDITOR": "nano"}) == ["nvim", "-u", "NONE", "+7", str(path)]
    assert editor_command(path, 7, {"EDITOR": "nano"}) == ["nano", "+7", str(path)]
    assert editor_command(path, 0, {"VISUAL": " "}) == ["vi", "+1", str(path)]
    assert "cannot be read as a command" in str(editor_command(path, 1, {"EDITOR": "vim 'unclosed"}))


@pytest.mark.parametrize("program", sorted(GOTO_EDITORS))
def test_window_editors_get_file_colon_line_and_wait(program: str, tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    goto, wait = GOTO_EDITORS[program]
    assert editor_command(path, 7, {"VISUAL": f"/usr/bin/{program}"}) == [
        f"/usr/bin/{program}", wait, *goto, f"{path}:7"]
    # told to wait already: not twice
    assert editor_command(path, 7, {"VISUAL": f"{program} -w"}) == [program, "-w", *goto, f"{path}:7"]


def test_a_forgotten_card_stays_out_even_after_undo() -> None:
    from quizzer.review.logic import Candidate

    queue = [Candidate(card_id=n, note_id=n, deck_id=1, due=None, new_rank=n, ord=0) for n in (1, 2, 3)]
    session = Session(queue)
    session.forget(2)
    assert session.counts() == (2, 0, 0)
    assert session.current() == 1


def test_an_edit_that_cannot_be_imported_changes_nothing_in_quizzer(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    editor(NOTES, "   \n")  # the editor saved an empty document
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    before = screen.card
    press(screen, pipe, "e")
    assert screen.message.startswith("Your edit is saved in git.md, but it could not be imported: ")
    assert "is empty" in screen.message
    assert screen.card == before


def test_an_edit_after_a_typed_verdict_asks_again(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    editor("stage changes", "add changes to the index")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput(), typed=True)
    assert screen.asking
    press(screen, pipe, "stage changes\re", quit="\x03")  # right by the old notes; then the notes change
    assert screen.message == "Re-imported git.md: the card shows your edit, its history kept."
    assert screen.asking and screen.verdict is None  # graded against the new answer, not the old
    assert review_rows(db) == []


# -- the check before learning (quizzer.db.checks): an edit re-imports with it ----------------------


def test_an_edit_that_renames_a_card_of_a_kept_kind_brings_it_in_at_once(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    editor("**git add**", "**git stage**")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    assert screen.card is not None and screen.card.front == "git add"
    press(screen, pipe, "e")
    assert screen.message.endswith("a card the edit made comes up as a new card.")
    with db.reading() as s:
        assert set(s.scalars(select(Card.suspended).join(Note).where(Note.front == "git stage"))) == {False}


def test_an_edit_that_makes_a_card_of_a_kind_not_kept_says_it_waits(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    editor("- **git add**: stage changes\n- **git commit**: record changes\n- **git status**: show the state\n",
           "- **git commit**: record changes\n- **git status**: show the state\n\n"
           "| command | meaning |\n|---|---|\n| `git add -A` | stage all changes |\n")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    command = shell_command("quizzer", "--db", str(db.path), "check")  # on the review's database, not the default one
    assert screen.message.endswith(f"a card the edit made is of a kind this deck has not kept: it waits for {command}.")
    with db.reading() as s:
        assert set(s.scalars(select(Card.held).join(Note).where(Note.front == "git add -A"))) == {1}


def test_an_edit_that_keeps_the_card_and_adds_cards_of_a_kind_not_kept_says_how_many_wait(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    editor("- **git status**: show the state\n",
           "- **git status**: show the state\n\n| command | meaning |\n|---|---|\n"
           "| `git add -A` | stage all changes |\n| `git rm` | remove a file |\n")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    assert screen.card is not None and screen.card.front == "git add"
    press(screen, pipe, "e")
    with db.reading() as s:
        waiting = len(list(s.scalars(select(Card.id).where(Card.held == 1))))
    assert waiting >= 2  # the two table rows (both ways, maybe)
    command = shell_command("quizzer", "--db", str(db.path), "check")  # run as read, it checks the review's database
    assert screen.message == f"Re-imported git.md; this card did not change. {waiting} new cards wait for {command}."
    from quizzer.i18n import ngettext, set_language

    set_language("ko")
    try:
        assert ngettext("{count} new card waits for {command}.", "{count} new cards wait for {command}.",
                        waiting) == "새 카드 {count}장이 {command} 명령을 기다립니다."
    finally:
        set_language("en")


def test_an_edit_that_adds_a_card_of_a_kind_held_back_says_it_stays_out(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    from quizzer.db.checks import hold
    from quizzer.review.editing import EditTarget, reimport

    notes.write_text(NOTES + "\n| command | meaning |\n|---|---|\n| `git rm` | remove a file |\n", encoding="utf-8")
    reimport(db, EditTarget("git", notes, 3, 0), now=EPOCH.astimezone(dt.timezone.utc))
    with db.session() as s:
        assert hold(s, "git", "table row", "command") >= 1  # the person held the table rows back
    editor("| `git rm` | remove a file |\n", "| `git rm` | remove a file |\n| `git mv` | move a file |\n")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    with db.reading() as s:
        held = list(s.scalars(select(Card.held).join(Note).where(Note.front == "git mv")))
    assert held == [2, 2]  # both ways, held like the rest of their group
    command = shell_command("quizzer", "--db", str(db.path), "check", "--held")  # on the review's database
    assert screen.message == ("Re-imported git.md; this card did not change. 2 new cards belong to groups you held "
                              f"back: they stay out of review ({command} lists them).")


def test_the_screen_says_it_re_imports_before_the_import_may_wait(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-import after an edit waits (up to the busy timeout) while another program writes:
    the screen sat silent meanwhile; it now says it is re-importing first."""
    editor("stage changes", "add changes to the index")
    controller = make_controller(db, clock)
    said: list[str] = []
    reimport = controller.reimport

    def watched(target: Any, **given: Any) -> Any:
        said.append(screen.message)
        return reimport(target, **given)

    monkeypatch.setattr(controller, "reimport", watched)
    screen = ReviewScreen(controller, input=pipe, output=DummyOutput())
    press(screen, pipe, "e")
    assert said == ["Re-importing git.md…"]
    assert "did not change" in screen.message or "shows your edit" in screen.message


def test_the_reimport_held_up_by_another_programs_lock_shows_the_spinner_and_goes_in_when_free(
        db: Database, db_path: Path, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path],
        pipe: PipeInput) -> None:
    """The re-import after ``e`` froze the screen for the busy timeout while another program wrote:
    it is a write like an answer, said on screen with the spinner, tried again, and q leaves."""
    import sqlite3

    from test_locked_screen import until

    editor("stage changes", "add changes to the index")
    card_id = give_history(db, "git add")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    other = sqlite3.connect(db_path, isolation_level=None)
    shown: list[str] = []

    async def drive() -> None:
        running = asyncio.ensure_future(screen.app.run_async())
        other.execute("BEGIN IMMEDIATE")  # another program takes the write lock
        pipe.send_text(" e")
        await until(lambda: screen.lock.held)
        shown.append(text_of(screen))
        pipe.send_text("5")  # ignored while the edit waits
        await asyncio.sleep(0.1)
        other.execute("COMMIT")  # free: the edit goes in
        await until(lambda: not screen.lock.held and screen.message)
        shown.append(text_of(screen))
        pipe.send_text("q")
        await running

    asyncio.run(drive())
    other.close()
    waiting = " ".join(shown[0].split())  # the sentence wraps
    assert "Waiting for the database, which another program is using" in waiting
    assert "your edit of git.md is imported as soon as it is free, and q leaves without importing it" in waiting
    assert screen.message == "Re-imported git.md: the card shows your edit, its history kept."
    assert screen.card is not None and screen.card.card_id == card_id and screen.card.back == "add changes to the index"
    assert len(review_rows(db)) == 1  # the 5 typed meanwhile graded nothing


def test_q_leaves_while_the_edit_waits_for_the_lock_and_the_file_keeps_it(
        db: Database, db_path: Path, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path],
        pipe: PipeInput) -> None:
    import sqlite3

    from test_locked_screen import until

    editor("stage changes", "add changes to the index")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    other = sqlite3.connect(db_path, isolation_level=None)

    async def drive() -> None:
        running = asyncio.ensure_future(screen.app.run_async())
        other.execute("BEGIN IMMEDIATE")
        pipe.send_text("e")
        await until(lambda: screen.lock.held)
        pipe.send_text("q")
        await running

    asyncio.run(drive())
    other.execute("ROLLBACK")
    other.close()
    assert screen.quit_early and "add changes to the index" in notes.read_text(encoding="utf-8")
    with db.reading() as s:
        assert s.scalars(select(Note.back).where(Note.front == "git add")).one() == "stage changes"


def test_q_while_the_lock_holds_an_edit_up_leaves_it_in_the_file_and_says_how_to_import_it(
        db: Database, db_path: Path, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path],
        pipe: PipeInput, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The edit's import waits for another program's lock with a spinner and a sentence naming the
    file; q leaves without it, and the review command then says it was not imported and how to:
    the command it names, run as a person would (the CLI, on their database), imports the edit."""
    import re
    import sqlite3

    from conftest import run_cli

    from quizzer.lock_wait import left_behind

    editor("stage changes", "add changes to the index")
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    other = sqlite3.connect(db_path, isolation_level=None)

    async def drive() -> str:
        running = asyncio.ensure_future(screen.app.run_async())
        other.execute("BEGIN IMMEDIATE")  # another program writes: the import must wait
        pipe.send_text(" e")
        for _ in range(6000):  # up to a minute; a deadline, not a timing assertion
            if screen.lock.held or running.done():
                break
            await asyncio.sleep(0.01)
        shown = " ".join(text_of(screen).split())  # the sentence as one line, however the screen wrapped it
        pipe.send_text("q")
        await running
        return shown

    try:
        shown = asyncio.run(drive())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "your edit of git.md is imported as soon as it is free" in shown
    assert "q leaves without importing it (the file keeps it)" in shown
    assert screen.quit_early and screen.lock.held
    behind = left_behind(screen.lock)
    assert behind is not None
    said, written = behind
    assert written == shlex.join(['quizzer', 'import', str(notes.resolve())])  # the terminal keeps it whole
    assert said == (f"Your edit of git.md was not imported: another program was using the database. The file keeps "
                    f"it; {written} imports it.")
    assert "add changes to the index" in notes.read_text(encoding="utf-8")  # nothing lost: the file keeps it
    with db.session() as s:
        assert s.scalar(select(Note.back).where(Note.front == "git add")) == "stage changes"  # not imported
    command = re.fullmatch(r"Your edit of git\.md .* The file keeps it; (.+) imports it\.", said)
    assert command is not None
    argv = shlex.split(command[1])
    assert argv[0] == "quizzer"
    # a review given --db names it in the command: run as it says, it imports into that database even where
    # $QUIZZER_DB (or the default) points elsewhere
    from quizzer.paths import db_option

    given = left_behind(screen.lock, db_option(db_path))
    assert given is not None
    command = re.fullmatch(r"Your edit of git\.md .* The file keeps it; (.+) imports it\.", given[0])
    assert command is not None
    argv = shlex.split(command[1])
    assert argv[:3] == ["quizzer", "--db", str(db_path)]
    monkeypatch.setenv("QUIZZER_DB", str(db_path.with_name("elsewhere.db")))
    rc, _, err = run_cli(capsys, *argv[1:])  # as it says
    assert rc == 0, err
    with db.session() as s:
        assert s.scalar(select(Note.back).where(Note.front == "git add")) == "add changes to the index"


def test_the_session_after_an_edit_holds_what_a_fresh_review_would(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    """An edit that adds a note: its new card is in this review, as ``quizzer review`` run now would show it, and
    the header counts it (u-campaign11: the header kept 'new 4' and the card waited for the next review)."""
    editor("stage changes", "add changes to the index\n\nWhat does HEAD name::the current commit")
    give_history(db, "git add")
    controller = make_controller(db, clock)
    screen = ReviewScreen(controller, input=pipe, output=DummyOutput())
    before = controller.session.counts()
    press(screen, pipe, " e")
    assert controller.session.counts() == make_controller(db, clock).session.counts() == (
        before[0] + 1, before[1], before[2])
    assert screen.card is not None and screen.card.back == "add changes to the index"  # the card on screen stays
    assert screen.message == ("Re-imported git.md: the card shows your edit, its history kept. "
                              "Your edit added 1 note: its cards come up as new cards, in this review while "
                              "today's new-card limit has room.")


def test_a_note_the_edit_retired_leaves_room_another_card_fills(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    """Under a new-card limit, the edit took the card on screen out of the notes: the room it left goes to the
    next new card, as in a fresh review (the header had said one card fewer than ``quizzer review`` then showed)."""
    editor("- **git add**: stage changes\n", "")
    controller = make_controller(db, clock, new=2)
    screen = ReviewScreen(controller, input=pipe, output=DummyOutput())
    assert controller.session.counts() == (2, 0, 0)
    press(screen, pipe, "e")
    assert "retired (its history is kept)" in screen.message
    assert controller.session.counts() == make_controller(db, clock, new=2).session.counts() == (2, 0, 0)


def test_an_edit_during_the_re_drill_asks_the_card_it_added_first(
        db: Database, clock: FakeClock, notes: Path, editor: Callable[[str, str], Path], pipe: PipeInput) -> None:
    """The card on screen is a re-drill; the edit added a note: its new card comes first, as in a review started
    now, and the screen says the notes were re-imported (not that the new card 'shows your edit')."""
    editor("stage changes", "add changes to the index\n\nWhat does HEAD name::the current commit")
    controller = make_controller(db, clock)
    screen = ReviewScreen(controller, input=pipe, output=DummyOutput())
    press(screen, pipe, " 1 5 5e")  # git add graded 1, the two others 5: git add again, as a re-drill
    assert controller.session.counts() == (1, 0, 1)
    assert screen.card is not None and screen.card.front == "What does HEAD name"
    assert screen.message.startswith("Re-imported git.md. Your edit added 1 note")
