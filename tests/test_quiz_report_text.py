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
    assert text.count("^[[31m") >= 3  # the choice typed, the reason, what was typed
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
