"""An exam's report prints note text as written: markup stays text, and an escape sequence in a
note shows as ``^[[31m`` (a report of a missed question with one printed it raw: the terminal
turned the rest red and the table's columns no longer lined up)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from quizzer.quiz.check import Attempt
from quizzer.quiz.model import Format, Question
from quizzer.quiz.render import print_report
from quizzer.quiz.report import Report, make_report

ESC = "자세한 정보를 본다 \x1b[31m빨강"
NOTES = (ESC, "[bold]x[/bold]", "<b>x</b>", "name[:tag | @IMAGE_DIGEST]", "이미지이름<:태그>")


def _report() -> tuple[Report, tuple[str, ...]]:
    choice = Question(Format.CHOICE, "command", "시험", "기본 \x1b[2J명령어", "이 명령어는 무엇을 하나요?", NOTES[2],
                      NOTES[3], key="4", choices=(ESC, "a", "b", NOTES[3]))
    typed = Question(Format.TYPED, "command", "시험", "[bold]옵션[/bold]", "p", NOTES[4], "kubectl delete",
                     accepted=("kubectl delete",))
    answers = {0: Attempt("1", "wrong", f"고른 답: {ESC}"), 1: Attempt(f"{NOTES[1]} {ESC}", "wrong", "")}
    return make_report([choice, typed], answers, [1.0, 2.0], ended="finished", seconds_used=3.0), NOTES


@pytest.mark.parametrize("width", [40, 200])  # a list under 80 columns, a table over
def test_the_report_shows_note_text_as_written_and_no_escape_reaches_the_terminal(width: int) -> None:
    report, notes = _report()
    console = Console(width=width, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    print_report(report, console)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b" not in text
    assert text.count("^[[31m") >= 2  # the choice given, what was typed
    assert "^[[2J" in text  # the section's heading
    flat = "".join(text.split())  # the 40-column list wraps long lines
    for note in notes[1:]:
        assert "".join(note.split()) in flat
    assert "[bold]옵션[/bold]" in flat


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_time_per_question_keeps_its_words_whole_in_40_columns(language: str) -> None:
    from quizzer.i18n import _, set_language

    set_language(language)
    report, _notes = _report()
    console = Console(width=40, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    print_report(report, console)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    times = text[text.index(_("Time per question")):]
    for word in (_("multiple choice"), _("typed answer"), _("command"), _("wrong")):
        assert all(part in times.split() for part in word.split()), (word, times)


def _cells(line: str) -> list[str]:
    """``line`` as terminal cells: a wide character, then an empty cell."""
    from wcwidth import wcwidth

    cells: list[str] = []
    for ch in line:
        cells += [ch] + [""] * (max(wcwidth(ch), 1) - 1)
    return cells


STEPS = {
    "ko": ("저장소의 설정 파일을 열어 원격 주소와 브랜치 이름이 맞는지 하나하나 확인하고 틀린 곳을 고친다",
           "컨테이너의 80포트를 호스트의 8001포트와 연결하고 백그라운드에서 실행되게 한다",
           "이미지를 받는다"),
    "en": ("open the repository's settings file and check one by one that the remote address and branch are right",
           "publish the container's port 80 on the host's port 8001 and keep it running in the background",
           "pull the image"),
}


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("width", [40, 60, 100])  # a list under 80 columns, a table over
def test_a_missed_orders_steps_go_on_under_their_text_not_their_number(language: str, width: int) -> None:
    """The report's missed list: a step whose text wraps started its second line under its number."""
    steps = STEPS[language]
    order = Question(Format.ORDER, "step", "d", "설치", "순서", "설치", "ABC", key="ABC", choices=steps)
    report = make_report([order], {0: Attempt("CBA", "wrong", "")}, [4.0], ended="finished", seconds_used=4.0)
    console = Console(width=width, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    print_report(report, console)
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    for number, step in enumerate(steps[:2], 1):
        first = next(n for n, line in enumerate(lines) if f"{number}. {step.split()[0]}" in line)
        cells = _cells(lines[first])
        start = _cells(lines[first].split(f"{number}. {step.split()[0]}")[0])
        text_at = len(start) + len(f"{number}. ")
        below = _cells(lines[first + 1]) + [" "] * width
        assert all(cell in (" ", "") for cell in below[len(start):text_at]), (lines[first], lines[first + 1])
        assert below[text_at].strip(), (lines[first], lines[first + 1])
        assert cells[text_at].strip()


@pytest.mark.parametrize("language, head, line", [("en", "your answer", "Your answer: "), ("ko", "내 답", "내 답: ")])
@pytest.mark.parametrize("width", [40, 200])  # a list under 80 columns, a table over
def test_the_missed_answer_is_headed_in_words_true_of_a_chosen_one(language: str, head: str, line: str,
                                                                    width: int) -> None:
    """The missed table headed the answer given 'you typed' even when it was chosen with a key
    (a multiple-choice question): it says 'your answer', in the table and in the narrow list."""
    from quizzer.i18n import set_language

    set_language(language)
    report, _notes = _report()
    console = Console(width=width, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    print_report(report, console)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "you typed" not in text.lower() and "입력한" not in text
    flat = " ".join(text.split())  # a table's head, or the list's line, wherever it wraps
    assert (head if width > 80 else line) in flat
    chosen = flat[flat.index(line if width <= 80 else head):]
    assert "1. " in chosen  # the choice given is shown with its number under that heading


@pytest.mark.parametrize("width", [40, 200])  # a list under 80 columns, a table over
def test_a_missed_choice_says_the_choice_given_once(width: int) -> None:
    """A wrong pick's 'why' repeated the answer given beside it ('your answer: 1. X', 'You chose: X')."""
    from quizzer.i18n import set_language

    set_language("en")
    choice = Question(Format.CHOICE, "command", "s", "h", "What does this command do?", "ls -l", "long listing",
                      key="2", choices=("delete the file", "long listing", "b", "c"))
    typed = Question(Format.TYPED, "command", "s", "h", "p", "lists files", "ls", accepted=("ls",))
    answers = {0: Attempt("1", "wrong", "You chose: delete the file"), 1: Attempt("rm", "wrong", "Not the answer.")}
    report = make_report([choice, typed], answers, [1.0, 2.0], ended="finished", seconds_used=3.0)
    console = Console(width=width, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    print_report(report, console)
    flat = " ".join(console.file.getvalue().split())  # type: ignore[attr-defined]
    assert flat.count("delete the file") == 1 and "You chose" not in flat
    assert "Not the answer." in flat  # a typed answer still says why
