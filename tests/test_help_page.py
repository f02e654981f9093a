"""A screen's help taller than its room scrolls: at 40×20 the keys of an exam (26 lines) and of a
review (30) were cut under the header with an ellipsis, the last ones never readable.  Driven with
prompt-toolkit's pipe input on a small output: every line of the page can be brought on screen,
each frame fits, and the keys that scroll the help do nothing else."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from conftest import FakeClock
from prompt_toolkit.input import PipeInput
from prompt_toolkit.keys import Keys
from wcwidth import wcswidth

from quizzer.config import Config
from quizzer.db import Database
from quizzer.help_page import HelpPage
from quizzer.i18n import _
from quizzer.paths import db_option
from quizzer.quiz.controller import QuizController
from quizzer.quiz.screen import QuizScreen
from quizzer.quiz.view import help_keys
from quizzer.screen import help_lines
from quizzer.tui import ReviewScreen, help_entries
from tests.test_quiz_tui import MARKS, SizedOutput
from tests.test_tui import make_controller, make_deck

F1, DOWN, PAGE_DOWN, PAGE_UP, CTRL_C = "\x1bOP", "\x1b[B", "\x1b[6~", "\x1b[5~", "\x03"
DEADLINE = 30.0


def test_the_window_shows_what_fits_and_says_which_lines() -> None:
    page = [[("", f"line {n}")] for n in range(1, 11)]
    help_page = HelpPage()
    assert help_page.window(page, 10, 40) == page  # it fits: all of it, no line of ours
    shown = help_page.window(page, 4, 40)
    assert [line[0][1] for line in shown] == ["line 1", "line 2", "line 3", "↑ ↓ more: lines 1–3 of 10"]
    help_page.scroll(Keys.PageDown)
    assert help_page.window(page, 4, 40)[0] == [("", "line 4")]
    for _ in range(5):
        help_page.scroll(Keys.PageDown)  # past the end: the last roomful, the room kept full
    assert [line[0][1] for line in help_page.window(page, 4, 40)][:3] == ["line 8", "line 9", "line 10"]
    for _ in range(20):
        help_page.scroll(Keys.Up)
    assert help_page.window(page, 4, 40)[0] == [("", "line 1")]


def _frames(app_run: Callable[[], object], pipe: PipeInput, text: Callable[[], str], opened: Callable[[], bool],
            last: str, close: str) -> list[str]:
    """What the screen draws once the help is open, after Page Down, Page Up, then each ↓ until the
    page's ``last`` line shows (each key changes what is drawn); then ``close`` ends it."""
    frames: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(app_run())  # type: ignore[arg-type]
        loop = asyncio.get_running_loop()
        end = loop.time() + DEADLINE
        pipe.send_text(F1)
        while not opened():
            assert loop.time() < end, "the help never opened"
            await asyncio.sleep(0.01)
        frames.append(text())
        for key in [PAGE_DOWN, PAGE_UP, *[DOWN] * 40]:
            if key == DOWN and last in frames[-1]:
                break
            before = text()
            pipe.send_text(key)
            while text() == before:
                assert loop.time() < end, f"{key!r} changed nothing"
                await asyncio.sleep(0.01)
            frames.append(text())
        pipe.send_text(close)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    return frames


def _every_line_was_read(page: list[str], frames: list[str], columns: int, rows: int) -> None:
    for frame in frames:
        lines = frame.split("\n")
        assert len(lines) <= rows and all(wcswidth(line) <= columns for line in lines), frame
    seen = {line.rstrip() for frame in frames for line in frame.split("\n")}
    assert [line for line in page if line.rstrip() not in seen] == []


@pytest.mark.parametrize("language", ["en", "ko"])
def test_an_exams_help_scrolls_at_40_by_20(
        db: Database, clock: FakeClock, pipe: PipeInput, language: str) -> None:
    from quizzer.i18n import set_language

    set_language(language)
    controller = QuizController(db, [MARKS, MARKS], config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=600)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, 20))
    text = lambda: "".join(fragment[1] for fragment in screen._fragments())  # noqa: E731, SLF001
    page = ["".join(fragment[1] for fragment in line) for line in help_lines(_("Keys"), help_keys(True), 38)]
    frames = _frames(screen.run_async, pipe, text, lambda: screen.help, page[-1], F1 + CTRL_C)
    assert len(page) > 20  # the test can tell
    _every_line_was_read(page, frames, 40, 20)
    assert "↑ ↓" in frames[0] and frames[2] == frames[0]  # Page Down, Page Up: back at the top
    assert controller.session.index == 0  # ↓ and Page Down scrolled the help, not the exam


def test_a_reviews_help_scrolls_at_the_smallest_size(db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    make_deck(db, "alpha", 3)
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=SizedOutput(40, 14))
    text = lambda: "".join(fragment[1] for fragment in screen._fragments())  # noqa: E731, SLF001
    entries = help_entries(db_option=db_option(db.path))  # the page names the review's database
    page = ["".join(fragment[1] for fragment in line) for line in help_lines(_("Keys"), entries, 38)]
    frames = _frames(screen.app.run_async, pipe, text, lambda: screen.help, page[-1], "?q")
    _every_line_was_read(page, frames, 40, 14)
    assert len(frames) > 3 and screen.controller.session.done == 0  # it scrolled; no card was answered


def test_the_reviews_help_names_its_typed_keys_in_korean() -> None:
    """The Korean help read 'Enter (typed)' and '? (typed)': the key stays, the word beside it is translated."""
    from quizzer.i18n import set_language

    set_language("ko")
    try:
        keys = [key for key, _meaning in help_entries(db_option=[])]
    finally:
        set_language("en")
    assert "Enter (입력형)" in keys and "? (입력형)" in keys and "Space / Enter" in keys
    assert not [key for key in keys if "typed" in key]


def test_the_reviews_help_gives_the_unsuspend_command_for_the_sessions_database(
        db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    """'s' said "until 'quizzer unsuspend ID'": with --db on another database, run as read it unsuspended
    nothing there.  The help names the review's database, as every printed command does."""
    from quizzer.i18n import set_language
    from quizzer.to_copy import shell_command

    make_deck(db, "alpha", 3)
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=SizedOutput(200, 60))
    command = shell_command("quizzer", "--db", str(db.path), "unsuspend") + " ID"
    page = ["".join(fragment[1] for fragment in line) for line in screen._help(200)]  # noqa: SLF001
    assert [line for line in page if f"until {command})" in line], page
    set_language("ko")
    try:
        meanings = dict(help_entries(db_option=["--db", "내 덱.db"]))
    finally:
        set_language("en")
    assert meanings["s"] == "이 카드 보류 (quizzer --db '내 덱.db' unsuspend 번호 명령으로 풀 때까지 나오지 않습니다)"
