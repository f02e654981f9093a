"""Lines break between words, and a word too long for its line between its parts: the exam report's
table cut ```docker-compose.override.yml``와(`` over ``과)`` (rich folds a long word at its last cell)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table

from quizzer.i18n import set_language
from quizzer.quiz.check import Attempt
from quizzer.quiz.model import Format, Question
from quizzer.quiz.render import print_report
from quizzer.quiz.report import make_report
from quizzer.rich_text import shown_text
from quizzer.text import line_starts, width, wrap

QUESTION = "`docker-compose.override.yml`와(과) 함께 서비스를 백그라운드로 올리는 명령어"
WHY = "`docker-compose`(은)는 예전 명령어이고 `--detach`와(과) `-d`는 같습니다"
#: what is never cut: the alternations (three in the report's notes, one each of the others) and the
#: particles with the part of the code term before them
ALTERNATIONS = {"와(과)": 3, "(은)는": 1, "을(를)": 1}
WHOLE = ("yml`와(과)", "`-d`는", "conf`을(를)", "플래그와(과)")


def test_a_long_word_breaks_after_its_parts_and_keeps_its_particle() -> None:
    assert wrap(QUESTION, 20) == ["`docker-compose.", "override.yml`와(과)", "함께 서비스를", "백그라운드로 올리는", "명령어"]
    assert wrap("--kubeconfig=/etc/kubernetes/admin.conf", 16) == ["--kubeconfig=/", "etc/kubernetes/", "admin.conf"]
    assert wrap("`--detach`와(과) `-d`는", 15) == ["`--detach`", "와(과) `-d`는"]  # a part too long: before its particle


def test_words_that_fit_break_only_between_words() -> None:
    assert wrap("컨테이너와(과) 호스트의 포트를 연결하는 옵션은?", 16) == ["컨테이너와(과)", "호스트의 포트를", "연결하는 옵션은?"]


def test_a_part_longer_than_the_line_still_breaks_between_characters() -> None:
    assert wrap("가나다라마바사아자차카타파하", 10) == ["가나다라마", "바사아자차", "카타파하"]


@given(st.text(alphabet=st.sampled_from(list("ab -./=가나`(과)와\t")), max_size=60), st.integers(min_value=2, max_value=30))
def test_lines_fit_and_keep_every_character(text: str, cells: int) -> None:
    lines = wrap(text, cells)
    assert all(width(line) <= cells for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())
    starts = line_starts(text, cells)
    assert starts == sorted(set(starts)) and all(0 < at < len(text) for at in starts)


def _report_text(columns: int) -> str:
    typed = Question(Format.TYPED, "command", "도커 컴포즈", "파일", QUESTION, "docker compose up -d",
                     "docker compose up -d", accepted=("docker compose up -d",))
    flag = Question(Format.TYPED, "flag", "쿠버네티스", "옵션",
                    "`--kubeconfig=/etc/kubernetes/admin.conf`을(를) 지정하는 플래그와(과) 그 값", "--kubeconfig",
                    "--kubeconfig", accepted=("--kubeconfig",))
    answers = {0: Attempt("docker-compose up --detach --file docker-compose.override.yml", "wrong", WHY),
               1: Attempt("--kube-config", "almost", "")}
    report = make_report([typed, flag], answers, [1.0, 2.0], ended="finished", seconds_used=3.0)
    console = Console(width=columns, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    print_report(report, console)
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("columns", [40, 60, 80, 100, 120])
def test_the_exam_report_never_cuts_a_particle_or_an_alternation(columns: int) -> None:
    set_language("ko")
    try:
        text = _report_text(columns)
    finally:
        set_language("en")
    tokens = text.replace("│", " ").replace("┃", " ").split()
    for alternation, count in ALTERNATIONS.items():
        assert sum(token.count(alternation) for token in tokens) == count, (alternation, text)
    for whole in WHOLE:
        assert any(whole in token for token in tokens), (whole, text)
    assert all(width(line) <= columns for line in text.splitlines())


def test_a_table_cell_wraps_as_wrap_does() -> None:
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(overflow="fold", width=20)
    table.add_row(shown_text(QUESTION))
    console = Console(width=40, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    console.print(table)
    lines = [line.rstrip() for line in console.file.getvalue().splitlines()]  # type: ignore[attr-defined]
    assert lines == wrap(QUESTION, 20)


def test_a_line_printed_on_its_own_wraps_and_hangs_as_in_a_table() -> None:
    """rich's print joins the Text objects it is given into one plain Text: a line printed on its
    own (a warning, a report's sentence) was cut at the last cell that fits and lost its hang."""
    console = Console(width=20, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    console.print(shown_text(QUESTION))
    console.print(shown_text("12. 이미지를 받는다 그리고 컨테이너를 만든다", hang=True))
    lines = [line.rstrip() for line in console.file.getvalue().splitlines()]  # type: ignore[attr-defined]
    assert lines == [*wrap(QUESTION, 20), "12. 이미지를 받는다", "    그리고", "    컨테이너를", "    만든다"]
