"""Typed review (quizzer review --typed, or typed = true for a deck) through pipe input:
Hangul typed into the answer box, the verdict, accepting and overriding the suggested
grade, and what the review log keeps.  Also the answer box and verdict pieces alone."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from conftest import EPOCH, FakeClock, review_rows, set_card
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from sqlalchemy import select
from wcwidth import wcswidth

from quizzer.answer_box import CURSOR, AnswerBox, verdict_lines
from quizzer.config import Config, Limits, load_config
from quizzer.db import Database
from quizzer.db.models import Card, Note
from quizzer.decks import import_drafts
from quizzer.documents import draft_documents
from quizzer.grading import grade
from quizzer.i18n import set_language
from quizzer.review.controller import Controller
from quizzer.text import width
from quizzer.tui import ReviewScreen

NOTES = """# 도커

### 명령어

- **docker login**: 도커 허브 로그인
- **docker stats webserver1**: 컨테이너의 리소스 사용량
- **docker rmi 옵션 이미지이름<:태그>**: 이미지 삭제
"""
ENTER, BACKSPACE, CTRL_C = "\r", "\x7f", "\x03"


class SizedOutput(DummyOutput):
    def __init__(self, columns: int = 80, rows: int = 30) -> None:
        super().__init__()
        self.size = Size(rows=rows, columns=columns)

    def get_size(self) -> Size:
        return self.size


@pytest.fixture
def notes_db(db: Database, tmp_path: Path) -> Database:
    doc = tmp_path / "typed.md"
    doc.write_text(NOTES, encoding="utf-8")
    import_drafts(db, draft_documents([doc]), now=EPOCH.astimezone(dt.timezone.utc))
    return db


def cards(db: Database) -> dict[tuple[str, int], int]:
    """(note front, ord) → card id."""
    with db.session() as s:
        rows = s.execute(select(Note.front, Card.ord, Card.id).join(Card, Card.note_id == Note.id)).all()
    return {(front, ord_): card_id for front, ord_, card_id in rows}


def controller(db: Database, clock: FakeClock, **config: object) -> Controller:
    return Controller(db, config=Config(limits=Limits(new_per_day=20), **config), clock=clock,  # type: ignore[arg-type]
                      timer=clock.timer)


def run(screen: ReviewScreen, pipe: PipeInput, keys: str) -> ReviewScreen:
    pipe.send_text(keys + CTRL_C)  # Ctrl-C quits even while the answer box is open
    screen.run()
    return screen


def text_of(screen: ReviewScreen) -> str:
    return "".join(fragment[1] for fragment in screen._fragments())  # noqa: SLF001 - what the screen draws


def test_typed_review_with_hangul_and_an_override(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    ids = cards(notes_db)
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput(), typed=True)
    assert screen.asking  # a command card: the answer box is open
    assert "Type the answer and press Enter:" in text_of(screen)
    keys = (
        # card 1, "What does this command do? docker login": Hangul sent as jamo (as some input
        # methods do), one syllable too many, Backspace removes that whole syllable
        unicodedata.normalize("NFD", "도커허브 로그인함") + BACKSPACE + ENTER
        + ENTER  # the verdict is exact: Enter takes the suggested grade (5)
        # card 2, docker stats: a near miss (a particle left out), then an override with 5
        + "컨테이너 리소스 사용량" + ENTER + "5"
    )
    run(screen, pipe, keys)
    rows = review_rows(notes_db)
    assert [(r.card_id, r.typed_answer, r.typed_outcome, r.suggested_grade, r.grade) for r in rows] == [
        (ids[("docker login", 0)], "도커허브 로그인", "exact", 5, 5),
        (ids[("docker stats webserver1", 0)], "컨테이너 리소스 사용량", "almost", 3, 5),
    ]
    assert [r.overridden for r in rows] == [False, True]
    assert screen.message == "Graded 5 instead of the suggested 3 (kept in the log)."


def test_a_reverse_card_grades_a_command_line(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    ids = cards(notes_db)
    for front in ("docker login", "docker stats webserver1", "docker rmi"):
        set_card(notes_db, ids[(front, 0)], suspended=True)  # only the reverse cards are left
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput(), typed=True)
    assert "어떤 명령어가 이 일을 하나요?" in text_of(screen)  # a Korean note asks in Korean
    keys = (
        "quit" + BACKSPACE * 4  # q, u and s are text in the box, never commands
        + "docker  login" + ENTER + ENTER  # extra space: exact, Enter grades 5
        + "docker container stats webserver1" + ENTER + ENTER  # the management form: exact
        + "docker image rm -f nginx:1.18" + ENTER + ENTER  # an alias and a placeholder value: exact
    )
    run(screen, pipe, keys)
    rows = review_rows(notes_db)
    assert [(r.typed_answer, r.typed_outcome, r.grade) for r in rows] == [
        ("docker  login", "exact", 5),
        ("docker container stats webserver1", "exact", 5),
        ("docker image rm -f nginx:1.18", "exact", 5),
    ]
    with notes_db.session() as s:
        assert not any(s.scalars(select(Card.suspended).where(Card.ord == 1)))


def test_the_verdict_shows_with_the_right_answer(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    ids = cards(notes_db)
    set_card(notes_db, ids[("docker login", 0)], suspended=True)
    set_card(notes_db, ids[("docker login", 1)], suspended=True)
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput(), typed=True)
    screen._submit("컨테이너 리소스 사용량")  # noqa: SLF001 - as Enter would
    shown = text_of(screen)
    assert "컨테이너의 리소스 사용량" in shown  # the answer
    assert "≈ Almost  suggested grade 3" in shown
    assert "Enter  grade 3: right, with difficulty · or 0–5" in shown
    # the diff: "의" is missing, marked, and the label says how (not "You typed:", which it was not)
    assert "".join("Your answer (underlined: missing, struck out: extra): 컨테이너의 리소스 사용량".split()) in "".join(
        shown.split())  # wrapped at the screen's width
    assert screen.verdict is not None and screen.verdict.typed == "컨테이너 리소스 사용량"


def test_slow_exact_answers_suggest_4(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    screen = ReviewScreen(controller(notes_db, clock, typed_slow_seconds=10), input=pipe, output=SizedOutput(),
                          typed=True)
    clock.advance(seconds=11)
    screen._submit("도커 허브 로그인")  # noqa: SLF001
    assert screen.verdict is not None and screen.verdict.outcome == "exact"
    assert screen.suggested == 4


def test_undo_asks_the_typed_question_again(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    ids = cards(notes_db)
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput(), typed=True)
    # card 1 answered and stored; on card 2, u is text until the verdict shows, then it undoes card 1
    run(screen, pipe, "도커 허브 로그인" + ENTER + ENTER + "u" + BACKSPACE + "틀림" + ENTER + "u")
    assert review_rows(notes_db) == []
    assert screen.card is not None and screen.card.card_id == ids[("docker login", 0)]
    assert screen.asking and screen.box.text == ""


def test_help_opens_while_the_box_is_empty(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput(), typed=True)
    run(screen, pipe, "?")
    assert screen.help
    with create_pipe_input() as again:
        screen = ReviewScreen(controller(notes_db, clock), input=again, output=SizedOutput(), typed=True)
        run(screen, again, "왜?")
        assert not screen.help and screen.box.text == "왜?"


def test_without_typed_the_review_is_self_graded(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput())
    assert not screen.asking
    run(screen, pipe, " 4")
    assert [(r.grade, r.typed_answer) for r in review_rows(notes_db)] == [(4, None)]


def test_typed_per_deck_from_the_config(notes_db: Database, clock: FakeClock, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('typed_slow_seconds = 30\n[decks.typed]\ntyped = true\n[decks.other]\ntyped = false\n',
                    encoding="utf-8")
    config = load_config(path)
    assert config.typed_for("typed") and not config.typed_for("other") and not config.typed_for("third")
    assert config.typed_slow_seconds == 30
    with create_pipe_input() as inp:
        screen = ReviewScreen(Controller(notes_db, config=config, clock=clock, timer=clock.timer), input=inp,
                              output=SizedOutput())
        assert screen.asking


# -- the pieces alone ----------------------------------------------------------------------
def test_answer_box_keeps_hangul_whole() -> None:
    box = AnswerBox()
    box.insert(unicodedata.normalize("NFD", "로그인"))
    assert box.text == "로그인" and box.cursor == 3
    box.backspace()
    assert box.text == "로그"
    box.move(-1)
    box.insert("ㄱ")
    assert box.text == "로ㄱ그"
    box.end()
    box.insert("a\nb")
    assert box.take() == "로ㄱ그a b" and box.text == ""


def test_answer_box_lines_wrap_by_width_with_the_cursor() -> None:
    box = AnswerBox(prompt="> ")
    box.insert("도커허브로그인")  # 14 cells
    lines = box.lines(10)  # 8 cells of room: 4 syllables a line
    texts = ["".join(text for style, text in line if style != CURSOR) for line in lines]
    assert texts == ["> 도커허브", "  로그인"]
    assert (CURSOR, "") == lines[-1][-2]  # after the last syllable
    box.home()
    assert (CURSOR, "") in box.lines(10)[0]


def test_verdict_lines_show_the_diff_of_a_near_miss() -> None:
    verdict = grade(["도커 허브 로그인"], "도커 허브 로긴")
    lines = verdict_lines(verdict, 40, shown_answer="도커 허브 로그인", grade_note="3")
    flat = ["".join(text for _style, text in line) for line in lines]
    assert flat[0] == "≈ Almost  3"
    assert any(style == "class:diff.missing" for line in lines for style, _text in line)
    assert not any("Closest accepted answer" in line for line in flat)
    usage = grade(["docker rmi", "docker rmi 옵션 이미지이름<:태그>"], "docker image rm -f nginx")
    assert usage.outcome == "exact"
    exact = verdict_lines(usage, 60, shown_answer="docker rmi")
    assert any("Closest accepted answer: docker rmi 옵션 이미지이름<:태그>" in "".join(t for _s, t in line)
               for line in exact)


def test_a_near_miss_diff_is_not_called_what_was_typed() -> None:
    """Typed '레지스트리에서 이미지를 받는다' for '…내려받는다', the screen read 'You typed: 레지스트리에서
    이미지를 내려받는다': the diff holds the missing '내려' (only underlined), so without its styles the
    line said the right answer had been typed (found by u-campaign).  Its label says how it is marked."""
    verdict = grade(["레지스트리에서 이미지를 내려받는다"], "레지스트리에서 이미지를 받는다")
    assert verdict.outcome == "almost" and verdict.diff
    flat = " ".join("".join(text for _style, text in line).strip()
                    for line in verdict_lines(verdict, 200, shown_answer="레지스트리에서 이미지를 내려받는다"))
    assert "You typed:" not in flat
    assert "Your answer (underlined: missing, struck out: extra): 레지스트리에서 이미지를 내려받는다" in flat


@pytest.mark.parametrize("language", ["en", "ko"])
def test_what_was_typed_sits_under_the_verdict_as_the_explanation_and_the_answer_do(language: str) -> None:
    """'You typed: git log' stood at the left edge between an explanation and the quiz's answer indented
    under the verdict; every line after the verdict's first is indented the same, a diff's too."""
    set_language(language)  # conftest sets English back
    wrong = grade(["git branch"], "git log")
    near = grade(["도커 허브 로그인"], "도커 허브 로긴")
    usage = grade(["docker rmi", "docker rmi 옵션 이미지이름<:태그>"], "docker image rm -f nginx")
    for verdict, shown in ((wrong, "git branch"), (near, "도커 허브 로그인"), (usage, "docker rmi")):
        lines = verdict_lines(verdict, 30, shown_answer=shown)
        flat = ["".join(text for _style, text in line) for line in lines]
        assert len(flat) >= 3 and not flat[0].startswith(" ")
        assert all(line.startswith("  ") and width(line) <= 30 for line in flat[1:]), flat


@pytest.mark.parametrize(("columns", "rows"), [(40, 14), (60, 20), (80, 30)])
def test_the_answer_box_and_the_verdict_keys_always_show(seeded_db: Database, clock: FakeClock, columns: int,
                                                         rows: int) -> None:
    """Every typed card of the seed, asked and answered, at the smallest size and two others."""
    with create_pipe_input() as inp:
        screen = ReviewScreen(controller(seeded_db, clock), input=inp, output=SizedOutput(columns, rows), typed=True)
        seen = 0
        while screen.card is not None and seen < 40:
            if screen.asking:
                screen.box.insert("docker 컨테이너 실행 --name 웹서버")
                lines = text_of(screen).split("\n")
                assert len(lines) == rows
                assert any(line.startswith("› docker 컨테이너") for line in lines), lines
                assert "Enter  submit the answer" in lines[-2]
                screen._submit(screen.box.take())  # noqa: SLF001
                lines = text_of(screen).split("\n")
                assert len(lines) == rows
                assert any("Enter  grade 1" in line for line in lines), lines
            else:
                screen._reveal()  # noqa: SLF001
            screen._grade(5 if screen.verdict is None else 1)  # noqa: SLF001
            seen += 1
        assert seen >= 20


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(("columns", "rows"), [(40, 14), (40, 24)])
def test_every_line_of_the_keys_fits_a_narrow_terminal_in_either_language(
    seeded_db: Database, clock: FakeClock, language: str, columns: int, rows: int
) -> None:
    """At 40 columns the key lines wrap instead of running off the edge ("… · or 0–" cut, "Ctrl-C" with
    nothing after it): every line fits, and each key line says all it says at 80 columns."""
    from wcwidth import wcswidth

    from quizzer.i18n import set_language

    set_language(language)

    def check(screen: ReviewScreen) -> str:
        lines = text_of(screen).split("\n")
        assert len(lines) == rows
        for line in lines:
            assert wcswidth(line) <= columns, f"{wcswidth(line)} cells > {columns}: {line!r}"
        return " ".join(line.strip() for line in lines)

    with create_pipe_input() as inp:
        screen = ReviewScreen(controller(seeded_db, clock), input=inp, output=SizedOutput(columns, rows), typed=True)
        seen = 0
        while screen.card is not None and seen < 12:
            if screen.asking:
                screen.box.insert("docker 컨테이너 실행")
                check(screen)
                screen._submit(screen.box.take())  # noqa: SLF001
                shown = check(screen)
                assert ("0–5" in shown) or ("0-5" in shown), shown
            else:
                check(screen)
                screen._reveal()  # noqa: SLF001
                check(screen)
            screen._grade(5 if screen.verdict is None else 1)  # noqa: SLF001
            seen += 1
        assert seen >= 10


def test_an_answer_may_begin_with_a_question_mark(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    """vim's '?문자열' (search backward) could not be typed (found by qa5): '?' on the empty box
    opened the help and the rest was lost.  Typing on over the help closes it and keeps the '?'."""
    ids = cards(notes_db)
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput(), typed=True)
    run(screen, pipe, "?문자열" + ENTER + "1")
    rows = review_rows(notes_db)
    assert [(r.card_id, r.typed_answer, r.grade) for r in rows] == [(ids[("docker login", 0)], "?문자열", 1)]
    with create_pipe_input() as again:  # '?' twice: the help opens and closes, the box stays empty
        screen = ReviewScreen(controller(notes_db, clock), input=again, output=SizedOutput(), typed=True)
        run(screen, again, "??")
        assert not screen.help and screen.box.text == ""


def test_q_quits_a_typed_review_on_a_terminal_too_small_as_the_screen_says(notes_db: Database, clock: FakeClock,
                                                                           pipe: PipeInput) -> None:
    """Too small, the screen says only 'press q to quit'; with the answer box open q went into the
    hidden box instead and the review went on."""
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput(30, 8), typed=True)
    assert screen.asking and "press q to quit" in " ".join(text_of(screen).split())
    run(screen, pipe, "q")  # the Ctrl-C after it is never read when q quits
    assert not screen.interrupted and screen.box.text == ""


def test_no_key_but_the_stop_keys_acts_on_a_typed_review_too_small(notes_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    """Too small, the screen shows only 'press q to quit': letters went into the hidden answer box
    and ? opened the help; none may act (q, Ctrl-D and Ctrl-C leave)."""
    screen = ReviewScreen(controller(notes_db, clock), input=pipe, output=SizedOutput(30, 8), typed=True)
    card = screen.card
    assert screen.asking
    pipe.send_text("ls" + ENTER + "x?" + "\x1bOP" + "\x04" + "\x03")  # \x1bOP: F1; \x04: Ctrl-D, a stop
    screen.run()
    assert screen.box.text == "" and not screen.help and screen.message == "" and screen.card == card
    assert review_rows(notes_db) == [] and screen.quit_early and not screen.interrupted  # Ctrl-D left, not Ctrl-C


def test_the_answer_shows_after_a_typed_answer_when_rows_are_short(db: Database, clock: FakeClock, tmp_path: Path,
                                                                    pipe: PipeInput) -> None:
    """At 40×14 the answer of a typed card went behind '…' under the kind and the prompt the person
    had just read: those give way first, then the lines saying why, and the answer shows whole."""
    doc = tmp_path / "push.md"
    doc.write_text("# 도커\n\n- **docker push**: 로컬에 있는 도커 이미지를 허브 레지스트리에 업로드\n", encoding="utf-8")
    import_drafts(db, draft_documents([doc]), now=EPOCH.astimezone(dt.timezone.utc))
    output = SizedOutput(40, 14)
    screen = ReviewScreen(controller(db, clock), input=pipe, output=output, typed=True)
    run(screen, pipe, "이미지 삭제" + ENTER)
    assert screen.verdict is not None and screen.revealed
    small = text_of(screen)
    assert len(small.split("\n")) == 14 and "✗ Wrong" in small
    assert "로컬에 있는 도커 이미지를 허브 레지스트리에 업로드" in " ".join(small.split())
    assert "What does this command do?" not in small and "이 명령어는" not in small  # the prompt gave way
    output.size = Size(rows=30, columns=40)
    tall = text_of(screen)
    assert "이 명령어는 무엇을 하나요?" in tall and "You typed: 이미지 삭제" in " ".join(tall.split())


@pytest.mark.parametrize("cols", [30, 40, 60])
def test_a_near_miss_diff_wraps_between_words(cols: int) -> None:
    """At 60 columns the diff of '이미지를 보여 준다' for '내려받은 이미지를 보여 준다' broke mid-word, '내려받'
    at the end of the label's line and '은 이미지를 …' under it (found by u-campaign3)."""
    answer = "내려받은 이미지를 보여 준다"
    verdict = grade([answer], "이미지를 보여 준다", prose=True)
    assert verdict.diff
    lines = ["".join(text for _style, text in line) for line in verdict_lines(verdict, cols, shown_answer=answer)]
    assert all(wcswidth(line) <= cols for line in lines)
    words = {word for line in lines for word in line.split()}
    assert set(answer.split()) <= words  # each word whole on one line
