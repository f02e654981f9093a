"""The end of a review day: the summary screen (u undoes, q leaves) and what it says."""

from __future__ import annotations

import datetime as dt

from conftest import FakeClock, make_deck, review_rows
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from quizzer.config import Config, Limits
from quizzer.db import Database
from quizzer.i18n import set_language
from quizzer.review.controller import Controller, Summary
from quizzer.summary import nothing_due_line, summary_lines, waiting_line
from quizzer.to_copy import shell_command
from quizzer.tui import ReviewScreen


def controller(db: Database, clock: FakeClock, new: int) -> Controller:
    return Controller(db, config=Config(limits=Limits(new_per_day=new)), clock=clock, timer=clock.timer)


def drain(c: Controller) -> int:
    answered = 0
    while c.session.current() is not None:
        c.answer(5)
        answered += 1
    return answered


def test_siblings_held_until_tomorrow_are_not_waiting_beyond_the_limit(db: Database, clock: FakeClock) -> None:
    make_deck(db, "alpha", 3)  # three notes, each with a forward and a reverse card
    c = controller(db, clock, new=3)
    assert drain(c) == 3
    summary = c.summary()
    assert summary.new_waiting == 0  # the three reverse cards wait for tomorrow, not for the limit
    assert waiting_line(summary) is None
    assert not any("--new-limit" in line for line in summary_lines(summary, finished=True))
    # and indeed a higher limit shows nothing more today
    assert controller(db, clock, new=100).session.current() is None


def test_new_cards_a_higher_limit_would_show_are_announced(db: Database, clock: FakeClock) -> None:
    make_deck(db, "alpha", 5)
    c = controller(db, clock, new=2)
    assert drain(c) == 2
    summary = c.summary()
    assert summary.new_waiting == 3  # three notes untouched today: one card each
    lines = summary_lines(summary, finished=True)
    assert "3 new cards wait beyond today's new-card limit (raise it with --new-limit N)." in lines
    raised = controller(db, clock, new=100)
    assert raised.session.counts()[0] == summary.new_waiting  # exactly what raising the limit shows


def test_nothing_due_mentions_the_limit_only_when_it_holds_cards(db: Database, clock: FakeClock) -> None:
    make_deck(db, "alpha", 2)
    first = controller(db, clock, new=1)
    drain(first)
    line = nothing_due_line(controller(db, clock, new=1).summary(), first.today)
    assert "1 new card waits beyond today's new-card limit" in line
    drain(controller(db, clock, new=5))  # the other note's card: now only siblings remain
    line = nothing_due_line(controller(db, clock, new=5).summary(), first.today)
    assert "--new-limit" not in line
    assert line.startswith("Nothing due today. Your next review is due tomorrow (2024-03-02).")


def test_the_summary_in_korean() -> None:
    summary = Summary(cards=5, seconds=125, grades={5: 2, 4: 1, 3: 1, 2: 1}, tomorrow=5, new_waiting=2)
    set_language("ko")
    lines = summary_lines(summary, finished=True)
    assert lines == [
        "오늘 공부를 마쳤습니다.",
        "답한 카드: 5장, 2분 05초  (점수 2: 1, 3: 1, 4: 1, 5: 2)",
        "내일 복습할 카드: 5장",
        "새 카드 2장이 오늘의 새 카드 한도를 넘어 기다리고 있습니다 (--new-limit N으로 한도를 올리세요).",
    ]
    set_language("en")
    assert summary_lines(summary, finished=False)[:3] == [
        "Stopped; every answer so far is saved.",
        "Cards answered: 5 in 2m 05s  (grades 2: 1, 3: 1, 4: 1, 5: 2)",
        "Due tomorrow: 5 reviews",
    ]


def test_a_summary_with_nothing_answered_says_so_plainly(db: Database, clock: FakeClock) -> None:
    """An answer and its undo, then q: 'Stopped; every answer so far is saved.' over
    'Cards answered: 0 in 0m 03s  (grades none)'."""
    make_deck(db, "alpha", 2)
    c = controller(db, clock, new=2)
    c.current()
    c.answer(5)
    c.undo()
    lines = summary_lines(c.summary(), finished=False)
    assert lines[:2] == ["Stopped.", "No cards answered."]
    assert not any("grades" in line or "0 in" in line for line in lines)
    set_language("ko")
    try:
        lines = summary_lines(c.summary(), finished=False)
    finally:
        set_language("en")
    assert lines[:2] == ["멈췄습니다.", "답한 카드가 없습니다."]


# -- the end-of-session screen (pipe input, no terminal) ---------------------------------

class SizedOutput(DummyOutput):
    def __init__(self, columns: int = 80, rows: int = 30) -> None:
        super().__init__()
        self.size = Size(rows=rows, columns=columns)

    def get_size(self) -> Size:
        return self.size


def run(c: Controller, keys: str) -> ReviewScreen:
    """The screen on ``keys``, then q (and Ctrl-C) so it always returns."""
    with create_pipe_input() as pipe:
        screen = ReviewScreen(c, input=pipe, output=SizedOutput())
        pipe.send_text(keys + "q\x03")
        screen.run()
    return screen


def text_of(screen: ReviewScreen) -> str:
    return "".join(fragment[1] for fragment in screen._fragments())  # noqa: SLF001 - what the screen draws


def grades(db: Database) -> list[int]:
    return [row.grade for row in review_rows(db)]


def test_the_last_answer_opens_the_summary_inside_the_screen(db: Database, clock: FakeClock) -> None:
    make_deck(db, "alpha", 2)
    c = controller(db, clock, new=2)
    screen = run(c, " 5 4" + "x5 3")  # keys after the last card: consumed by the summary screen
    assert grades(db) == [5, 4]  # "5 3" after the end graded nothing
    assert screen.summary is not None and screen.card is None
    assert not screen.quit_early  # the day was finished, then q left
    assert screen.message == "The day is done: u takes the last answer back, q leaves."
    text = text_of(screen)
    assert "Done for today." in text
    assert "Cards answered: 2" in text and "(grades 4: 1, 5: 1)" in text
    assert "Due tomorrow: 2 reviews" in text
    assert " u  undo the last answer" in text and " q  leave" in text


def test_undo_on_the_summary_brings_the_last_card_back(db: Database, clock: FakeClock) -> None:
    made = make_deck(db, "alpha", 2)
    c = controller(db, clock, new=2)
    screen = run(c, " 5 1" + "u")  # the 1 would be re-drilled: undo it first
    assert grades(db) == [5]
    assert screen.summary is None and screen.card is not None and screen.card.card_id == made.forward[1]
    assert screen.quit_early  # q on a card: stopped early
    c = controller(db, clock, new=2)
    screen = run(c, " 4" + "u" + " 5")  # the summary, undo, answer again, the summary again
    assert grades(db) == [5, 5]
    assert screen.summary is not None and screen.summary.cards == 1 and not screen.quit_early


def test_the_summary_screen_in_korean(db: Database, clock: FakeClock) -> None:
    make_deck(db, "alpha", 1)
    set_language("ko")
    screen = run(controller(db, clock, new=1), " 5")
    text = text_of(screen)
    assert "오늘 공부를 마쳤습니다." in text
    assert "답한 카드: 1장" in text and "내일 복습할 카드: 1장" in text
    assert " u  마지막 답 되돌리기" in text and " q  나가기" in text


# -- cards another program changed during the review ------------------------------------

def drain_live(c: Controller) -> int:
    """Answer as the screen does: a card another program took out leaves the queue unseen."""
    answered = 0
    while (view := c.current()) is not None:
        c.answer(5, card_id=view.card_id)
        answered += 1
    return answered


def test_a_card_suspended_by_another_program_is_not_called_beyond_the_limit(db: Database, clock: FakeClock) -> None:
    made = make_deck(db, "alpha", 3)
    c = controller(db, clock, new=20)
    with db.session() as s:  # `quizzer suspend` in another terminal, while the review runs
        from quizzer.review import store

        store.set_suspended(s, made.forward[1], True, at=dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc))
    assert drain_live(c) == 2
    summary = c.summary()
    lines = summary_lines(summary, finished=True)
    # the suspended card's reverse side is new and today's limit (20) has room for it: a
    # review started now shows it, so it does not wait beyond the limit
    assert not any("new-card limit" in line for line in lines)
    # the review to run again is on the database this one used (not quizzer's default one)
    review = shell_command("quizzer", "--db", str(db.path), "review")
    assert f"1 new card can still be learned today: run {review} again." in lines
    again = controller(db, clock, new=20)
    assert again.session.counts()[0] == 1
    set_language("ko")
    assert f"새 카드 1장을 오늘 더 배울 수 있습니다: {review} 명령을 다시 실행하세요." in summary_lines(summary, finished=True)
    set_language("en")


def test_the_room_left_under_the_limit_and_beyond_it_are_told_apart(db: Database, clock: FakeClock) -> None:
    made = make_deck(db, "alpha", 5)
    c = controller(db, clock, new=2)
    with db.session() as s:
        from quizzer.review import store

        store.set_suspended(s, made.forward[0], True, at=dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc))
    assert drain_live(c) == 1  # the queue held two cards; one was suspended meanwhile
    lines = summary_lines(c.summary(), finished=True)
    # the limit (2) has room for one more today; three more notes wait beyond it
    review = shell_command("quizzer", "--db", str(db.path), "review")
    assert f"1 new card can still be learned today: run {review} again." in lines
    assert "3 new cards wait beyond today's new-card limit (raise it with --new-limit N)." in lines
    again = controller(db, clock, new=2)
    assert again.session.counts()[0] == 1
    assert controller(db, clock, new=100).session.counts()[0] == 4


def test_a_stopped_review_says_how_many_cards_are_still_due_today(db: Database, clock: FakeClock) -> None:
    """Stopped with cards still to see, the summary said only 'Due tomorrow: 0 reviews', as if the
    day held nothing more; it says how many are left and the command that goes on."""
    make_deck(db, "alpha", 3)  # three notes, each asked both ways: three new cards today (siblings wait)
    c = controller(db, clock, new=20)
    c.current()
    c.answer(5)
    command = c.summary().db_option  # the review's database named in the command: quizzer --db PATH review
    lines = summary_lines(c.summary(), finished=False)
    assert lines[2] == f"2 cards are still due today: run quizzer {' '.join(command)} review to go on."
    assert lines[3] == "Due tomorrow: 1 review"  # today's first, then tomorrow
    set_language("ko")
    try:
        assert summary_lines(c.summary(), finished=False)[2] == (
            f"오늘 볼 카드가 2장 남았습니다. quizzer {' '.join(command)} review 명령으로 이어서 하세요.")
    finally:
        set_language("en")
    drain(c)
    assert not any("still due today" in line for line in summary_lines(c.summary(), finished=False))
    assert not any("still due today" in line for line in summary_lines(c.summary(), finished=True))
