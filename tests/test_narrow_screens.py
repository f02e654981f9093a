"""What a person met in a 40-column Korean terminal (LANG=ko_KR.UTF-8, tmux): the exam's header
kept only '시험 ·' (the deck went to a second line the header never draws), the line under an
answered question was cut at the edge ('…Enter로 저장합니'), and the lock's waiting notice and the
review's last sentence went out as one long line the terminal cut mid-word ('ho/me', '있으/니')."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from conftest import FakeClock, run_cli
from prompt_toolkit.input import PipeInput
from test_quiz_tui import ENTER, SizedOutput, questions_of, text_of, until
from wcwidth import wcswidth

import quizzer.commands.common
import quizzer.commands.notes
from quizzer.config import Config
from quizzer.db import Database
from quizzer.durations import duration_text
from quizzer.i18n import _, ngettext
from quizzer.quiz.controller import QuizController
from quizzer.quiz.check import EXACT
from quizzer.quiz.model import Format, Question
from quizzer.quiz.screen import QuizScreen
from quizzer.text import clip


def test_clip_keeps_what_fits_and_says_where_it_was_cut() -> None:
    assert clip("시험 · docker-containers.ko · 이미지", 40) == "시험 · docker-containers.ko · 이미지"
    assert clip("시험 · docker-containers.ko · 이미지", 26) == "시험 · docker-containers.…"
    assert clip("가나다", 4) == "가…"  # never past the width: a wide character that would not fit stays out


def test_the_exam_header_at_40_columns_names_the_deck(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None) -> None:
    questions = questions_of(seeded_db, 3)
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=1200)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, 30))
    first = text_of(screen).split("\n")[0]
    assert first.startswith(f"{_('Exam')} · docker-containers"), first
    assert wcswidth(first) <= 40


def test_the_line_under_an_answered_question_wraps_whole_at_40_columns(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None) -> None:
    questions = [q for q in questions_of(seeded_db, 12) if q.format is Format.TYPED][:1]
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=1200)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, 30))

    async def drive() -> str:
        task = asyncio.ensure_future(screen.run_async())
        pipe.send_text("docker ps\r")
        await until(lambda: controller.session.answered(0), "the answer")
        shown = text_of(screen)
        pipe.send_text("\x03")
        await asyncio.wait_for(task, 30)
        return shown

    shown = asyncio.run(drive())
    assert all(wcswidth(line) <= 40 for line in shown.split("\n"))
    assert " ".join(_("Answered; Enter stores a changed answer.").split()) in " ".join(shown.split())


def test_the_locks_waiting_notice_wraps_between_words_on_a_terminal(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, korean: None) -> None:
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 39)
    notice = _("Another program is writing to the database {path}; waiting for it (up to {time}).").format(
        path="/tmp/ql7/home/quizzer.db", time=duration_text(15))
    quizzer.commands.common._say(notice)  # noqa: SLF001 - what open_database is given to say it
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) > 1 and all(wcswidth(line) <= 39 for line in lines), lines
    assert " ".join(lines) == notice  # broken only where it had spaces


def test_an_error_wraps_between_words_on_a_terminal(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 39)
    rc, _out, err = run_cli(capsys, "--lang", "ko", "--db", f"{tmp_path}/q.db", "import", f"{tmp_path}/없는 파일.md")
    assert rc == 1
    lines = err.splitlines()
    path = f"{tmp_path}/없는 파일.md"  # a path is kept whole on a line of its own, to copy (as every error's path)
    assert len(lines) > 1 and all(wcswidth(line) <= 39 for line in lines if line.strip() != path), lines
    assert path in [line.strip() for line in lines]


def test_an_item_goes_on_under_its_own_text() -> None:
    """The line question's flags (``• 컨테이너의 80포트를 호스트의`` over ``8001포트와 연결`` under the bullet)."""
    from quizzer.screen import wrapped

    lines = ["".join(text for _style, text in line)
             for line in wrapped("docker run\n• 컨테이너의 80포트를 호스트의 8001포트와 연결\n• 백그라운드 실행", 30, "")]
    assert lines == ["docker run", "• 컨테이너의 80포트를 호스트의", "  8001포트와 연결", "• 백그라운드 실행"]


def test_where_puts_a_long_decks_document_under_it_indented(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """At 40 columns the built-in deck's document went under its name from the first column, where
    it read as a deck of its own."""
    assert run_cli(capsys, "--db", f"{tmp_path}/q.db", "decks")[0] == 0  # made, the built-in deck in it
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 39)
    rc, out, _err = run_cli(capsys, "--db", f"{tmp_path}/q.db", "where")
    assert rc == 0
    lines = out.splitlines()
    at = lines.index("  docker-containers.ko")
    assert lines[at + 1] == "    builtin:docker-containers.ko.md"
    # a path is never broken: one too long for the line is the terminal's to wrap (copied, one line)
    assert all(wcswidth(line) <= 39 or line.split()[-1].startswith("/") for line in lines), lines
    assert f"database        {tmp_path}/q.db" in lines


def test_a_usage_error_wraps_between_words_on_a_terminal(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """argparse's own error line (an empty --deck) went out whole: the terminal cut '덱 이/름은'."""
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 39)
    with pytest.raises(SystemExit) as stopped:
        run_cli(capsys, "--lang", "ko", "--db", f"{tmp_path}/q.db", "import", f"{tmp_path}/a.md", "--deck", "")
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    said = err[err.index("quizzer import:"):].splitlines()  # after the usage (argparse lays it out itself)
    assert len(said) > 1 and all(wcswidth(line) <= 39 for line in said), said
    assert "덱 이름은" in " ".join(said)


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "노트 모음"
    folder.mkdir()
    (folder / "ok.md").write_text("# 설치\n\n- `docker ps`: 실행 중인 컨테이너를 보여 준다\n", encoding="utf-8")
    (folder / "옛날 메모.md").write_bytes("# 메모\n\n- 한글로 쓴 옛날 문서\n".encode("euc-kr"))
    return folder


def test_a_skipped_documents_reason_wraps_under_its_indent_on_a_terminal(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A whole folder's import at 40 columns: the reason a file was skipped went out as one line the
    terminal cut mid-word; now it wraps between words, every line after the first two cells further in
    (where one file's reason ends shows), but for the iconv command, whole on a line of its own (to
    copy; see test_commands_to_copy)."""
    folder = _bad_folder(tmp_path)
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 39)
    rc, _out, err = run_cli(capsys, "--lang", "ko", "--db", f"{tmp_path}/q.db", "import", "--trust", str(folder))
    assert rc == 0
    lines = err.splitlines()
    reason = lines[lines.index(ngettext("Skipped {count} document:", "Skipped {count} documents:", 1).format(count=1)) + 1:]
    commands = [line for line in reason if line.startswith("    iconv ")]
    assert len(commands) == 1 and commands[0].endswith("옛날 메모.md'"), reason
    assert len(reason) > 2 and reason[0].startswith("  /") and all(line.startswith("    ") for line in reason[1:]), reason
    # the file's path is never broken either (too long for the line, the terminal wraps it: one line copied)
    path = str(folder / "옛날 메모.md")
    assert f"  {path}" in reason, reason
    assert all(wcswidth(line) <= 39 for line in reason if line not in commands and line != f"  {path}"), reason


def test_a_skipped_documents_reason_stays_one_line_in_a_file(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Sent to a file or a pipe, the reason stays whole: a path and an iconv command to copy."""
    folder = _bad_folder(tmp_path)
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: None)
    rc, _out, err = run_cli(capsys, "--db", f"{tmp_path}/q.db", "import", "--trust", str(folder))
    assert rc == 0
    said = err.splitlines()
    assert [line for line in said if line.startswith("  ")] == [
        line for line in said if "옛날 메모.md" in line and "iconv" in line]


# one, two and three lines each at 40 columns, so a screenful of them ends anywhere
EIGHT_STEPS = tuple(f"{n}단계: " + ("저장소의 설정 파일을 열어 원격 주소와 브랜치 이름을 확인한다", "이미지를 받는다",
                                   "컨테이너의 80포트를 호스트의 8001포트와 연결")[n % 3] for n in range(1, 9))
DOWN, UP, PAGE_DOWN, PAGE_UP = "\x1b[B", "\x1b[A", "\x1b[6~", "\x1b[5~"


def _steps_seen(shown: str) -> set[str]:
    return {line[1] for line in shown.split("\n") if len(line) > 2 and line[0] == " " and line[2] == " "
            and line[1] in "ABCDEFGH"}


def _eight_steps_then_a_choice(seeded_db: Database, clock: FakeClock, pipe: PipeInput, exam: bool,
                               order: tuple[str, str, str], *, rows: int) -> tuple[QuizController, QuizScreen]:
    """A quiz (or an exam of 20 minutes) of an eight-step order (its section, prompt and procedure) and then a
    multiple choice, on a screen 40 columns wide and ``rows`` high."""
    section, prompt, procedure = order
    steps = Question(Format.ORDER, "step", "d", section, prompt, procedure, "ABCDEFGH", key="ABCDEFGH",
                     choices=EIGHT_STEPS)
    other = Question(Format.CHOICE, "command", "d", "s", "p", "t", answer="b", key="2", choices=("a", "b", "c", "d"))
    controller = QuizController(seeded_db, [steps, other], config=Config(), clock=clock, timer=clock.timer,
                                exam=exam, time_limit=1200 if exam else None)
    return controller, QuizScreen(controller, input=pipe, output=SizedOutput(40, rows))


@pytest.mark.parametrize("exam", [True, False])
def test_an_eight_step_order_at_20_rows_shows_every_step_by_scrolling(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None, exam: bool) -> None:
    """At 40×20 an eight-step order hid steps E-H behind '…': now the steps that fit show, a line
    says which, and ↓ ↑ bring the others (in an exam Tab still moves on); the answer box stays."""
    controller, screen = _eight_steps_then_a_choice(
        seeded_db, clock, pipe, exam, ("설치", "설치 과정을 순서대로 놓으세요: 단계의 글자를 차례로 입력하세요.", "설치 과정"), rows=20)
    screens: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.steps_shown is not None, "the first steps")
        screens.append(text_of(screen))
        for _n in range(8):
            pipe.send_text(DOWN)
            await asyncio.sleep(0.05)
            screens.append(text_of(screen))
        pipe.send_text(UP)
        await until(lambda: screen.steps_shown is not None and screen.steps_shown[1] < 8, "back up")
        screens.append(text_of(screen))
        assert controller.session.index == 0  # ↓ scrolled the steps, not to the next question
        for _n in range(3):  # screenfuls back: the first steps again
            pipe.send_text(PAGE_UP)
            await asyncio.sleep(0.05)
        await until(lambda: screen.steps_shown is not None and screen.steps_shown[0] == 0, "the first steps again")
        pipe.send_text(PAGE_DOWN)
        await until(lambda: screen.steps_shown is not None and screen.steps_shown[0] > 0, "a screenful on")
        screens.append(text_of(screen))
        pipe.send_text("ABCDEFGH" + ENTER)
        await until(lambda: controller.session.answered(0), "the answer")
        pipe.send_text("\x03")
        await asyncio.wait_for(task, 30)

    asyncio.run(drive())
    assert set().union(*map(_steps_seen, screens)) == set("ABCDEFGH")
    assert not _steps_seen(screens[0]) >= set("ABCDEFGH")  # the first screen could not hold them all
    for shown in screens:
        lines = shown.split("\n")
        assert len(lines) <= 20 and all(wcswidth(line) <= 40 for line in lines), shown
        assert "…" not in lines
        assert any(line.startswith(screen.box.prompt) for line in lines), shown  # the answer box stays
        assert "↑ ↓" in " ".join(shown.split())
        said = " ".join(shown.split())  # the line saying which steps show, whole (its second line was cut)
        assert _("Steps {first}–{last} of {count} shown: ↑ and ↓ show the others.").split()[-1] in said, shown
    assert controller.session.answers[0].outcome == EXACT


def test_an_eight_step_order_on_a_tall_screen_shows_them_all_without_a_scrolling_line(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None) -> None:
    order = Question(Format.ORDER, "step", "d", "설치", "p", "설치 과정", "ABCDEFGH", key="ABCDEFGH", choices=EIGHT_STEPS)
    controller = QuizController(seeded_db, [order], config=Config(), clock=clock, timer=clock.timer, exam=False)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, 40))
    shown = text_of(screen)
    assert _steps_seen(shown) == set("ABCDEFGH") and screen.steps_shown is None
    assert "↑ ↓" not in shown


def test_an_answered_eight_step_order_at_20_rows_shows_the_whole_right_order(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None) -> None:
    """Answered in practice at 40×20, the verdict and the right order (every step, in order) show in
    place of the steps and the instruction; they were cut with '…' after the fifth step."""
    order = Question(Format.ORDER, "step", "d", "설치", "설치 과정을 순서대로 놓으세요: 단계의 글자를 차례로 입력하세요.",
                     "설치 과정", "ABCDEFGH", key="ABCDEFGH", choices=EIGHT_STEPS)
    controller = QuizController(seeded_db, [order], config=Config(), clock=clock, timer=clock.timer, exam=False)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, 20))

    async def drive() -> str:
        task = asyncio.ensure_future(screen.run_async())
        pipe.send_text("HGFEDCBA" + ENTER)
        await until(lambda: screen.checked is not None, "the verdict")
        shown = text_of(screen)
        pipe.send_text("\x03")
        await asyncio.wait_for(task, 30)
        return shown

    shown = asyncio.run(drive())
    lines = shown.split("\n")
    assert len(lines) <= 20 and "…" not in lines, shown
    flat = "".join(shown.split())
    assert all("".join(step.split()) in flat for step in EIGHT_STEPS), shown


def test_the_lock_waits_sentence_goes_on_under_itself_not_under_the_spinner(korean: None) -> None:
    """At 40 columns the review's 'waiting for the database' sentence went on at the edge, under the spinner."""
    from quizzer.lock_wait import LockWait

    lock = LockWait(lambda: None, lambda action: None)  # type: ignore[arg-type,return-value]
    lines = ["".join(text for _style, text, *_rest in line) for line in lock.lines(38, leave="q", keys="q 끝내기")]
    said, bar = lines[:-1], lines[-1]
    assert bar == "q 끝내기" and len(said) > 1
    assert all(line.startswith("  ") and not line.startswith("   ") for line in said[1:]), said
    assert all(wcswidth(line) <= 38 for line in said), said


def test_cards_lists_a_step_in_the_interfaces_language(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`quizzer cards` in Korean listed '도커 서비스의 과정 — step 1': the stored front's English word."""
    rc, out, _err = run_cli(capsys, "--lang", "ko", "--db", f"{tmp_path}/q.db", "cards", "docker-containers.ko",
                            "--kind", "step")
    assert rc == 0
    assert "1단계" in out and "8단계" in out and "step" not in out, out
    rc, out, _err = run_cli(capsys, "--lang", "ko", "--db", f"{tmp_path}/q.db", "cards", "docker-containers.ko",
                            "--kind", "step", "--json")
    assert "— step 1" in out  # what is stored, for scripts


@pytest.mark.parametrize("argv", [("quiz", "-n", "0"), ("stats", "--days", "-1"), ("exam", "--time", "abc")])
def test_a_korean_usage_error_says_what_was_given_plainly(
        argv: tuple[str, ...], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """'1부터 10000까지의 수여야 합니다 (0이(가) 아니라)': the value a person gave, with a particle for
    either ending, read haltingly; now '(받은 값: 0)'."""
    with pytest.raises(SystemExit) as stopped:
        run_cli(capsys, "--lang", "ko", "--db", f"{tmp_path}/q.db", *argv)
    assert stopped.value.code == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "받은 값: " in err and "아니라)" not in err, err


@pytest.mark.parametrize("columns", [40, 60])
def test_an_order_whose_steps_all_show_never_says_only_some_do(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None, columns: int) -> None:
    """At 60×20 a Korean exam showed all eight steps A–H under 'Steps A–H of 8 shown: ↑ and ↓ show
    the others' (u-campaign): with the blank lines and the kind line gone every step fitted, and ↑ ↓
    were taken from moving between questions for nothing.  At every height, a screen that shows
    every step has no such line, and keeps ↑ ↓ for the questions."""
    order = Question(Format.ORDER, "step", "d", "설치", "설치 과정을 순서대로 놓으세요: 단계의 글자를 차례로 입력하세요.",
                     "설치 과정", "ABCDEFGH", key="ABCDEFGH", choices=EIGHT_STEPS)
    other = Question(Format.CHOICE, "command", "d", "s", "p", "t", answer="b", key="2", choices=("a", "b", "c", "d"))
    whole = 0
    for rows in range(14, 41):
        controller = QuizController(seeded_db, [order, other], config=Config(), clock=clock, timer=clock.timer,
                                    exam=True, time_limit=1200)
        screen = QuizScreen(controller, input=pipe, output=SizedOutput(columns, rows))
        shown = text_of(screen)
        controller.finish("stopped")
        if _steps_seen(shown) == set("ABCDEFGH"):
            whole += 1
            assert "↑ ↓" not in shown and screen.steps_shown is None, (rows, shown)
    assert whole >= 10


@pytest.mark.parametrize("exam", [True, False])
def test_a_long_line_question_at_40x14_keeps_its_answer_box(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None, exam: bool) -> None:
    """At 40×14 a Korean 'write the line' question (three flag meanings and the values) pushed the answer box
    behind '…' (u-campaign): what was typed did not show.  The blank lines give way, then the kind line, then
    the end of the question; the box stays."""
    line = Question(Format.LINE, "flag", "d", "s", "이 모든 일을 하는 docker run 명령줄 전체를 쓰세요.", "docker run",
                    "docker run --name webserver1 -d -p 8001:80 nginx:1.18",
                    accepted=("docker run --name webserver1 -d -p 8001:80 nginx:1.18",),
                    details=("• 컨테이너 이름", "• 백그라운드 실행", "• 컨테이너의 80포트를 호스트의 8001포트와 연결",
                             "나오는 순서대로의 값: webserver1  8001:80  nginx:1.18"))
    controller = QuizController(seeded_db, [line], config=Config(), clock=clock, timer=clock.timer,
                                exam=exam, time_limit=1200 if exam else None)
    for rows in range(14, 25):
        screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, rows))
        lines = text_of(screen).split("\n")
        assert len(lines) <= rows and any(line.startswith(screen.box.prompt) for line in lines), (rows, lines)
        assert "이 모든 일을 하는 docker run 명령줄" in lines[3] or "이 모든 일을 하는 docker run 명령줄" in lines[4]


LONG_CHOICES = ("도커 이미지를 tar 파일로 저장", "개발, 테스트, 배포, 운영의 컴퓨팅 환경을 일관적으로 제공함",
                "다운로드한 이미지 세부 정보 조회", "도커 허브로부터 이미지를 내려받아 로컬 저장소에 저장한 뒤 목록에서 확인")


@pytest.mark.parametrize("exam", [True, False])
def test_a_choice_question_at_40x14_shows_every_choice_whole(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None, exam: bool) -> None:
    """At 40×14 an exam's multiple choice put the end of choice 4 behind '…' (u-polish): a number to press
    for a choice not read.  The choices that fit show whole, a line says which, and ↓ ↑ bring the others
    (↓ does not move on to the next question meanwhile)."""
    choice = Question(Format.CHOICE, "concept", "docker-containers.ko", "컨테이너 서비스", "이 질문의 답을 고르세요.",
                      "컨테이너 서비스 환경 도입의 이유는?", answer=LONG_CHOICES[1], key="2", choices=LONG_CHOICES)
    other = Question(Format.CHOICE, "command", "d", "s", "p", "t", answer="b", key="2", choices=("a", "b", "c", "d"))
    controller = QuizController(seeded_db, [choice, other], config=Config(), clock=clock, timer=clock.timer,
                                exam=exam, time_limit=1200 if exam else None)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, 14))
    screens: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: "컨테이너 서비스 환경 도입의 이유는?" in text_of(screen), "the question")
        screens.append(text_of(screen))
        for _n in range(4):
            pipe.send_text(DOWN)
            await asyncio.sleep(0.05)
            screens.append(text_of(screen))
        assert controller.session.index == 0  # ↓ showed the other choices, not the next question
        pipe.send_text("2")
        await until(lambda: controller.session.answered(0), "the answer")
        pipe.send_text("\x03")
        await asyncio.wait_for(task, 30)

    asyncio.run(drive())
    for shown in screens:
        lines = shown.split("\n")
        assert len(lines) <= 14 and all(wcswidth(line) <= 40 for line in lines), shown
        assert "…" not in lines, shown
    seen = " ".join(" ".join(" ".join(shown.split()) for shown in screens).split())
    for n, text in enumerate(LONG_CHOICES, 1):
        assert f"{n} {text}" in seen, (n, screens)  # every choice read whole, beside its number


@pytest.mark.parametrize("exam", [True, False])
def test_an_eight_step_order_at_40x14_gives_its_steps_the_room(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None, exam: bool) -> None:
    """At 40×14 an exam's eight-step order showed one step at a time under its three-line instruction
    (u-polish): the instruction folds to what is ordered, the steps take the room, and ↓ ↑ still bring
    every step; the answer box stays."""
    from quizzer.quiz.build import order_prompt

    controller, screen = _eight_steps_then_a_choice(
        seeded_db, clock, pipe, exam, ("도커", order_prompt("도커 서비스의 과정", "ko"), "도커 서비스의 과정"), rows=14)
    screens: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.steps_shown is not None, "the first steps")
        screens.append(text_of(screen))
        for _n in range(8):
            pipe.send_text(DOWN)
            await asyncio.sleep(0.05)
            screens.append(text_of(screen))
        assert controller.session.index == 0  # ↓ scrolled the steps, not to the next question
        for _n in range(8):
            pipe.send_text(UP)
            await asyncio.sleep(0.05)
        await until(lambda: screen.steps_shown is not None and screen.steps_shown[0] == 0, "the first steps again")
        pipe.send_text("ABCDEFGH" + ENTER)
        await until(lambda: controller.session.answered(0), "the answer")
        pipe.send_text("\x03")
        await asyncio.wait_for(task, 30)

    asyncio.run(drive())
    assert set().union(*map(_steps_seen, screens)) == set("ABCDEFGH")
    assert len(_steps_seen(screens[0])) >= 2, screens[0]  # more than one step at a time
    for shown in screens:
        lines = shown.split("\n")
        assert len(lines) <= 14 and all(wcswidth(line) <= 40 for line in lines), shown
        assert "…" not in lines, shown
        assert "도커 서비스의 과정" in shown, shown  # what is put in order still shows
        assert any(line.startswith(screen.box.prompt) for line in lines), shown
    assert controller.session.answers[0].outcome == EXACT


STEP_AFTER = {
    "en": ("Docker service — step 1", "Write a Dockerfile from a base image",
           "The base image is pulled from the registry the first time; later builds reuse the cached layers, "
           "so keep the lines that change least at the top of the file and the copy of your code last."),
    "ko": ("도커 서비스의 과정 — step 1", "베이스 이미지를 이용한 Dockerfile 작성",
           "베이스 이미지는 처음 한 번만 저장소에서 받고, 그 뒤의 빌드는 캐시된 레이어를 다시 씁니다. 그러니 가장 덜 바뀌는 "
           "줄을 파일 위쪽에 두고, 코드를 복사하는 줄은 맨 마지막에 두세요."),
}


@pytest.mark.parametrize("language", ["en", "ko"])
def test_what_follows_a_steps_answer_at_40x14_is_read_whole_by_scrolling(
        db: Database, clock: FakeClock, pipe: PipeInput, language: str) -> None:
    """At 40×14 in review, the text shown after a step card's answer went behind '…' (u-polish): it could
    not be read.  The question and the answer show first, a line says which lines show, and ↓ ↑ bring the
    rest; ↓ grades nothing and moves to no other card."""
    from conftest import make_deck
    from sqlalchemy import update

    from quizzer.db.models import Note
    from quizzer.i18n import set_language
    from quizzer.tui import ReviewScreen
    from tests.test_tui import make_controller

    front, back, context = STEP_AFTER[language]
    made = make_deck(db, "docker", 2, reversible=False, kind="step")
    with db.session() as s:
        s.execute(update(Note).where(Note.id == made.note_ids[0]).values(front=front, back=back, context=context))
    set_language(language)
    try:
        controller = make_controller(db, clock)
        screen = ReviewScreen(controller, input=pipe, output=SizedOutput(40, 14))
        shown = lambda: "".join(fragment[1] for fragment in screen._fragments())  # noqa: E731, SLF001
        screens: list[str] = []

        async def drive() -> None:
            task = asyncio.ensure_future(screen.app.run_async())
            await until(lambda: screen.card is not None, "the card")
            pipe.send_text(" ")
            await until(lambda: screen.revealed, "the answer")
            screens.append(shown())
            for _n in range(12):
                pipe.send_text(DOWN)
                await asyncio.sleep(0.05)
                screens.append(shown())
            assert screen.revealed and controller.session.done == 0  # ↓ scrolled; no card was answered
            pipe.send_text(UP * 12)
            await until(lambda: shown() == screens[0], "the top again")
            pipe.send_text("q")
            await asyncio.wait_for(task, 30)

        asyncio.run(drive())
    finally:
        set_language("en")
    assert back in " ".join(screens[0].split())  # the answer shows at once, whole
    for frame in screens:
        lines = frame.split("\n")
        assert len(lines) <= 14 and all(wcswidth(line) <= 40 for line in lines), frame
        assert "…" not in [line.strip() for line in lines], frame
    words = set(" ".join(screens).split())
    assert all(word in words for word in context.split()), screens  # every word of it read
