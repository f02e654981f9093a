"""The review screen driven with prompt-toolkit's pipe input (no terminal).

Keys go in through ``create_pipe_input``; the assertions are on the database
and the session, or on the text of the fragments the screen would draw at a
size we choose, never on escape-sequence bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EPOCH, FakeClock, MadeDeck, card_row, make_deck, review_rows, set_card
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from sqlalchemy import select
from wcwidth import wcswidth

from quizzer.config import Config, Limits
from quizzer.db import Database
from quizzer.db.models import Card, Note
from quizzer.decks import import_drafts
from quizzer.documents import draft_documents
from quizzer.review import store
from quizzer.review.controller import Controller
from quizzer.tui import TINY_LABELS, MIN_COLUMNS, MIN_ROWS, SHORT_LABELS, ReviewScreen

QUIT = "q"


class SizedOutput(DummyOutput):
    """A dummy terminal of a chosen size."""

    def __init__(self, columns: int = 80, rows: int = 30) -> None:
        super().__init__()
        self.size = Size(rows=rows, columns=columns)

    def get_size(self) -> Size:
        return self.size


def make_controller(db: Database, clock: FakeClock, new: int = 20, **config: object) -> Controller:
    return Controller(
        db, config=Config(limits=Limits(new_per_day=new), **config), clock=clock, timer=clock.timer  # type: ignore[arg-type]
    )


def run(controller: Controller, pipe: PipeInput, keys: str, output: DummyOutput | None = None) -> ReviewScreen:
    """Run the screen on ``keys``; a final q (and Ctrl-C) make sure it always returns."""
    screen = ReviewScreen(controller, input=pipe, output=output or DummyOutput())
    pipe.send_text(keys + QUIT + "\x03")
    screen.run()
    return screen


def text_of(screen: ReviewScreen) -> str:
    return "".join(fragment[1] for fragment in screen._fragments())  # noqa: SLF001 - what the screen draws


def lines_of(screen: ReviewScreen) -> list[str]:
    return text_of(screen).split("\n")


def shown(controller: Controller, output: DummyOutput, *, revealed: bool = False, help: bool = False) -> ReviewScreen:
    with create_pipe_input() as inp:
        screen = ReviewScreen(controller, input=inp, output=output)
    screen.revealed = revealed
    screen.help = help
    return screen


@pytest.fixture
def deck(db: Database) -> MadeDeck:
    return make_deck(db, "alpha", 5)


# -- keys ------------------------------------------------------------------------------


def test_space_reveals_digits_grade_q_quits(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    c = make_controller(db, clock)
    screen = run(c, pipe, " 5 4")
    rows = review_rows(db)
    assert [(r.card_id, r.grade, r.drill) for r in rows] == [(deck.forward[0], 5, False), (deck.forward[1], 4, False)]
    assert screen.quit_early
    assert c.session.current() == deck.forward[2]


def test_enter_reveals_too(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    run(make_controller(db, clock), pipe, "\r3")
    assert [r.grade for r in review_rows(db)] == [3]


def test_a_grade_before_the_answer_is_shown_does_nothing(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    screen = run(make_controller(db, clock), pipe, "5")
    assert review_rows(db) == []
    assert "Show the answer first" in screen.message


def test_other_keys_explain_the_keys(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    screen = run(make_controller(db, clock), pipe, "x")
    assert review_rows(db) == []
    assert "Space shows the answer" in screen.message


def test_ctrl_c_quits_keeping_the_answers(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=DummyOutput())
    pipe.send_text(" 4\x03")
    screen.run()
    assert screen.quit_early
    assert [r.grade for r in review_rows(db)] == [4]


def test_the_screen_ends_by_itself_when_the_day_is_done(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    c = make_controller(db, clock, new=3)
    screen = run(c, pipe, " 3 5 5 2 4")  # 1: 3 → re-drill; 3: 5; re-drill 1: 2, then 4
    assert not screen.quit_early
    assert [(r.card_id, r.grade, r.drill) for r in review_rows(db)] == [
        (deck.forward[0], 3, False),
        (deck.forward[1], 5, False),
        (deck.forward[2], 5, False),
        (deck.forward[0], 2, True),
        (deck.forward[0], 4, True),
    ]
    assert c.session.current() is None
    summary = c.summary()
    assert summary.cards == 5 and summary.grades == {3: 1, 5: 2, 2: 1, 4: 1}


def test_nothing_due_means_no_screen(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    screen = ReviewScreen(make_controller(db, clock, new=0), input=pipe, output=DummyOutput())
    screen.run()  # returns at once, reading no keys
    assert screen.card is None


def test_u_undoes_the_last_answer(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    before = card_row(db, deck.forward[1])
    c = make_controller(db, clock)
    screen = run(c, pipe, " 5 2u")
    assert [r.card_id for r in review_rows(db)] == [deck.forward[0]]
    assert card_row(db, deck.forward[1]) == before
    assert c.session.current() == deck.forward[1]
    assert screen.message == "Undone."


def test_a_key_pressed_with_the_keyboard_left_in_korean_is_its_letter(
        db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    """u-campaign4: ㅕ (the u key in Korean) said "Keys: … u undo …" and undid nothing, ㅂ (q) did not quit."""
    c = make_controller(db, clock)
    screen = ReviewScreen(c, input=pipe, output=DummyOutput())
    pipe.send_text(" 5 2ㅕㅂ\x03")  # (a Ctrl-C after, had ㅂ not quit)
    screen.run()
    assert [r.card_id for r in review_rows(db)] == [deck.forward[0]]
    assert screen.message == "Undone." and screen.quit_early and not screen.interrupted


def test_u_with_nothing_to_undo(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    screen = run(make_controller(db, clock), pipe, "u")
    assert screen.message == "Nothing to undo yet."


def test_s_suspends_and_u_brings_it_back(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    c = make_controller(db, clock)
    screen = run(c, pipe, "s")
    assert card_row(db, deck.forward[0])["suspended"] is True
    assert f"Card {deck.forward[0]} suspended" in screen.message
    assert c.session.current() == deck.forward[1]
    with create_pipe_input() as again:
        run(c, again, "u")
    assert card_row(db, deck.forward[0])["suspended"] is False
    assert c.session.current() == deck.forward[0]


def test_help_toggles_with_question_mark(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    c = make_controller(db, clock)
    screen = run(c, pipe, "?")
    assert screen.help
    assert "undo the last answer" in text_of(screen)
    assert "re-imported when you close the editor" in text_of(screen)  # e is the edit key now
    with create_pipe_input() as again:
        screen2 = ReviewScreen(c, input=again, output=DummyOutput())
        screen2.help = True
        again.send_text("e")  # not while the card is hidden behind the help
        again.send_text("?" + QUIT)
        screen2.run()
    assert not screen2.help and not screen2.editing
    assert "undo the last answer" not in text_of(screen2)


def test_a_new_leech_is_announced(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    set_card(db, deck.forward[0], due=dt.date(2024, 3, 1), reps=0, interval=1, lapses=7)
    screen = run(make_controller(db, clock), pipe, " 0")
    assert "leech" in screen.message and "suspended" in screen.message
    assert card_row(db, deck.forward[0])["suspended"] is True


# -- what is on screen -------------------------------------------------------------------


def test_grade_keys_are_labelled_once_the_answer_shows(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = make_controller(db, clock)
    hidden = text_of(shown(c, SizedOutput(80, 30)))
    assert "show the answer" in hidden
    assert not any(label in hidden for label in SHORT_LABELS.values())
    revealed = text_of(shown(c, SizedOutput(80, 30), revealed=True))
    for grade, label in SHORT_LABELS.items():
        assert f" {int(grade)}  {label}" in revealed
    assert f"{deck.name} back 0" in revealed and f"{deck.name} back 0" not in hidden


def test_progress_shows_counts(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    set_card(db, deck.forward[4], due=dt.date(2024, 2, 1), reps=2, interval=6)
    c = make_controller(db, clock)
    c.answer(2)  # the review: goes to the re-drill line
    text = text_of(shown(c, SizedOutput(80, 30)))
    assert "1/6" in text
    assert "new 4 · review 0 · re-drill 1" in text


@pytest.fixture
def marks_db(db: Database, tmp_path: Path) -> Database:
    doc = tmp_path / "marks.md"
    doc.write_text(
        "# 마크업 시험\n\n### 도커 이미지 삭제\n\n"
        "- **docker image rm 옵션 이미지이름<:태그>**: 하나 이상의 도커 이미지 삭제 (컨테이너 실행중인 이미지는 삭제 불가능)\n"
        "- **docker pull**: 도커 허브 레지스트리에서 로컬로 도커 이미지 내려받기\n\n"
        "**_ 구문: docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST] _**\n",
        encoding="utf-8",
    )
    import_drafts(db, draft_documents([doc]), now=EPOCH.astimezone(dt.timezone.utc))
    return db


def all_faces(db: Database, controller: Controller, output: DummyOutput) -> Iterator[tuple[int, str]]:
    """Every card of every deck drawn on ``output``: question, answer, and answer with help."""
    with db.session() as s:
        card_ids = list(s.scalars(select(Card.id).order_by(Card.id)))
    for card_id in card_ids:
        with db.session() as s:
            view = store.card_view(s, card_id)
        for revealed, help in ((False, False), (True, False), (True, True)):
            screen = shown(controller, output, revealed=revealed, help=help)
            screen.card = view
            screen.message = "Show the answer first (Space), then grade it 0–5."
            yield card_id, text_of(screen)


def test_note_text_is_shown_exactly_as_written(marks_db: Database, clock: FakeClock) -> None:
    c = make_controller(marks_db, clock)
    texts = "\n".join(text for _, text in all_faces(marks_db, c, SizedOutput(100, 40)))
    assert "docker image rm 옵션 이미지이름<:태그>" in texts
    assert "docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST]" in texts


def test_markup_like_text_in_the_database_is_not_interpreted(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    tricky = "[bold]red[/bold] <b>x</b> &amp; <style fg='red'>y</style> {name} %s \\n"
    with db.session() as s:
        note = s.get_one(Note, deck.note_ids[0])
        note.front, note.back, note.context = tricky, "<:태그> [:tag]", "name[:tag | @IMAGE_DIGEST]"
    c = make_controller(db, clock)
    text = text_of(shown(c, SizedOutput(120, 40), revealed=True))
    assert tricky in text
    assert "<:태그> [:tag]" in text
    assert "name[:tag | @IMAGE_DIGEST]" in text


def test_context_shows_deck_section_and_the_example_line_of_a_flag(seeded_db: Database, clock: FakeClock) -> None:
    with seeded_db.session() as s:
        card_id, command, context, section = s.execute(
            select(Card.id, Note.command, Note.context, Note.section)
            .join(Note, Note.id == Card.note_id)
            .where(Note.kind == "flag", Note.context.is_not(None), Card.ord == 0)
            .order_by(Card.id)
            .limit(1)
        ).one()
    c = make_controller(seeded_db, clock)
    screen = shown(c, SizedOutput(120, 40))
    with seeded_db.session() as s:
        screen.card = store.card_view(s, card_id)
    text = text_of(screen)
    assert context is not None and command is not None
    assert "docker-containers.ko" in text.split("\n")[0]
    assert " › ".join(section[-2:]) in text.split("\n")[0]
    assert context in text  # the example command line, before the answer
    assert command in text


def check_fits(text: str, columns: int) -> None:
    for line in text.split("\n"):
        assert wcswidth(line) <= columns, f"{wcswidth(line)} cells > {columns}: {line!r}"


@pytest.mark.parametrize("columns", [60, 80])
def test_every_seed_card_fits_the_width_korean_included(seeded_db: Database, clock: FakeClock, columns: int) -> None:
    c = make_controller(seeded_db, clock)
    count = 0
    for _card_id, text in all_faces(seeded_db, c, SizedOutput(columns, 30)):
        check_fits(text, columns)
        count += 1
    assert count > 30


def test_korean_wraps_by_display_width_not_characters(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    long_korean = "컨테이너 어플리케이션 서비스 테스트를 위한 로컬 및 원격 저장소에 이미지 저장하여 관리 " * 3
    without_spaces = "가나다라마바사아자차카타파하" * 8
    with db.session() as s:
        note = s.get_one(Note, deck.note_ids[0])
        note.front, note.back = long_korean.strip(), without_spaces
    c = make_controller(db, clock)
    text = text_of(shown(c, SizedOutput(60, 40), revealed=True))
    check_fits(text, 60)
    body = [line for line in text.split("\n") if "가나" in line or "다라" in line]
    assert len(body) >= 4  # 224 cells of Korean wrapped into lines of at most 56
    assert "".join(line.strip() for line in body).startswith(without_spaces[:20])
    assert "".join(line.strip() for line in body) == without_spaces


@pytest.mark.parametrize("columns, rows", [(30, 10), (MIN_COLUMNS - 1, 40), (80, MIN_ROWS - 1), (20, 20)])
def test_a_tiny_terminal_gets_a_clear_message(db: Database, clock: FakeClock, deck: MadeDeck, columns: int, rows: int) -> None:
    c = make_controller(db, clock)
    text = text_of(shown(c, SizedOutput(columns, rows), revealed=True))
    assert "too small" in text.replace("\n", " ")
    assert f"{MIN_COLUMNS}×{MIN_ROWS}" in text.replace("\n", "")
    assert "back 0" not in text  # no half-drawn card
    check_fits(text, columns)


def test_the_tiny_message_can_still_be_quit(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    screen = run(make_controller(db, clock), pipe, "", output=SizedOutput(20, 8))
    assert screen.quit_early
    assert review_rows(db) == []


def test_a_very_narrow_terminal_message_fits(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = make_controller(db, clock)
    check_fits(text_of(shown(c, SizedOutput(8, 40))), 8)


def test_the_progress_line_fits_at_the_minimum_width(db: Database, clock: FakeClock) -> None:
    make_deck(db, "beta", 30)
    c = make_controller(db, clock)
    check_fits(text_of(shown(c, SizedOutput(MIN_COLUMNS, 30))), MIN_COLUMNS)


def test_grade_keys_are_visible_at_the_minimum_size(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = make_controller(db, clock)
    lines = lines_of(shown(c, SizedOutput(MIN_COLUMNS, MIN_ROWS), revealed=True))
    visible = "\n".join(lines[:MIN_ROWS])
    assert len(lines) <= MIN_ROWS
    for label in TINY_LABELS.values():  # a short terminal gets the short meanings
        assert label in visible
    assert "front 0" in visible  # and the card itself still shows


def faces_at(db: Database, controller: Controller, columns: int, rows: int, *, help: bool) -> Iterator[tuple[int, list[str]]]:
    with db.session() as s:
        card_ids = list(s.scalars(select(Card.id).order_by(Card.id)))
    for card_id in card_ids:
        screen = shown(controller, SizedOutput(columns, rows), revealed=True, help=help)
        with db.session() as s:
            screen.card = store.card_view(s, card_id)
        yield card_id, lines_of(screen)


def test_every_seed_card_fits_a_narrow_terminal_in_height_too(seeded_db: Database, clock: FakeClock) -> None:
    c = make_controller(seeded_db, clock)
    too_tall = [(card_id, len(lines)) for card_id, lines in faces_at(seeded_db, c, 60, 24, help=False) if len(lines) > 24]
    assert too_tall == []


def test_help_fits_a_standard_terminal(seeded_db: Database, clock: FakeClock) -> None:
    c = make_controller(seeded_db, clock)
    too_tall = [(card_id, len(lines)) for card_id, lines in faces_at(seeded_db, c, 80, 24, help=True) if len(lines) > 24]
    assert too_tall == []


def test_help_meanings_line_up_in_a_column(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = make_controller(db, clock)
    lines = lines_of(shown(c, SizedOutput(100, 40), help=True))
    assert "u" + " " * 13 + "undo the last answer (or suspension)" in lines


def test_keys_do_nothing_to_a_card_hidden_by_the_help(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    """With the help over the card, Space/digits/s/u must not act on what cannot be seen."""
    screen = run(make_controller(db, clock), pipe, "?" + " 5" + "s" + "u")
    assert review_rows(db) == []
    assert screen.help


def test_keys_do_nothing_on_a_terminal_too_small_to_show_the_card(db: Database, clock: FakeClock, deck: MadeDeck, pipe: PipeInput) -> None:
    run(make_controller(db, clock), pipe, " 5 5", output=SizedOutput(20, 8))
    assert review_rows(db) == []


def test_escape_sequences_and_bidi_overrides_are_shown_not_obeyed(db: Database, clock: FakeClock) -> None:
    make_deck(db, "evil\x1b]2;title\x07\u202e", 1)
    screen = shown(make_controller(db, clock), SizedOutput(100, 30), revealed=True)
    text = text_of(screen)
    assert "evil^[]2;title^G<U+202E> front 0" in text  # the deck in the header, the question
    assert "evil^[]2;title^G<U+202E> back 0" in text  # the answer
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text


def test_the_printed_summary_is_the_one_the_done_screen_showed(db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    """The done screen said 'in 0m 05s'; the summary printed after q, made again, said 'in 0m 21s': the
    minutes spent reading the done screen counted as study.  Its time stops when the day is done."""
    import asyncio

    make_deck(db, "alpha", 2)
    c = make_controller(db, clock, new=2)
    screen = ReviewScreen(c, input=pipe, output=DummyOutput())

    async def drive() -> None:
        running = asyncio.ensure_future(screen.app.run_async())
        clock.advance(seconds=5)
        pipe.send_text(" 5 5")
        for _ in range(3000):  # a deadline, not a timing assertion
            if screen.summary is not None:
                break
            await asyncio.sleep(0.01)
        clock.advance(seconds=16)  # reading the done screen
        pipe.send_text(QUIT)
        await asyncio.wait_for(running, 30)

    asyncio.run(drive())
    assert screen.summary is not None and screen.summary.cards == 2
    assert screen.final_summary() == screen.summary and screen.summary.seconds == 5
    assert c.summary().seconds == 21  # what was printed before


def test_no_key_but_the_stop_keys_acts_on_a_review_too_small(db: Database, clock: FakeClock, deck: MadeDeck,
                                                             pipe: PipeInput) -> None:
    """Too small, the screen shows only 'press q to quit': ? opened the help, a stray key changed the
    message; none may act on a screen no one sees."""
    screen = run(make_controller(db, clock), pipe, " 5s?xeu", output=SizedOutput(20, 8))
    assert review_rows(db) == [] and not screen.help and not screen.revealed and not screen.editing
    assert screen.message == "" and screen.quit_early and not screen.interrupted


@pytest.mark.parametrize(("key", "interrupted"), [("\x04", False), ("\x03", True)])
def test_ctrl_d_stops_and_ctrl_c_interrupts_a_review_too_small(db: Database, clock: FakeClock, deck: MadeDeck,
                                                               pipe: PipeInput, key: str, interrupted: bool) -> None:
    """Ctrl-D, the stop every other screen advertises, did nothing while the terminal was too small
    (only q left): the stop keys are one set, whatever the screen shows."""
    screen = ReviewScreen(make_controller(db, clock), input=pipe, output=SizedOutput(20, 8))
    pipe.send_text(key + "\x03")  # a Ctrl-C after it, so that the screen always returns
    screen.run()
    assert screen.quit_early and screen.interrupted is interrupted and review_rows(db) == []
