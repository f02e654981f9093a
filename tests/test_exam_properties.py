"""Properties of exam prep as a person expects them (quizzer quiz / quizzer exam).

Each states what someone taking a quiz would take for granted: a value quoted
any way a shell reads alike is the same answer; two steps that read the same
may be put in either order; an exam's clock never gives a question more time
than the exam had.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.grading import grade
from quizzer.quiz.build import order_question
from quizzer.quiz.check import check, valid
from quizzer.quiz.history import ExamRow
from quizzer.quiz.model import Fact

# words a value may be made of: Korean and English, no shell metacharacters
_WORD = st.text(alphabet=st.sampled_from(list("abcxyz012가나다한글커밋")), min_size=1, max_size=5)
_VALUE = st.lists(_WORD, min_size=2, max_size=3).map(" ".join)  # a value with a space: it must be quoted


def _quoted(value: str, how: str) -> str:
    if how == "single":
        return f"'{value}'"
    if how == "double":
        return f'"{value}"'
    return value.replace(" ", "\\ ")  # backslash before each space, as bash completion writes it


@settings(max_examples=200, deadline=None)
@given(_VALUE, st.sampled_from(["single", "double", "escaped"]), st.sampled_from(["single", "double", "escaped"]))
def test_a_value_quoted_any_way_a_shell_reads_alike_is_the_same_answer(value: str, notes: str, typed: str) -> None:
    answer = f"git commit -m {_quoted(value, notes)}"
    assert grade([answer], f"git commit -m {_quoted(value, typed)}").outcome == "exact"
    assert grade([answer], f"git commit --message={_quoted(value, typed)}").outcome == "exact"


def test_an_escaped_space_is_part_of_its_word() -> None:
    assert grade(['git commit -m "첫 커밋"'], "git commit -m 첫\\ 커밋").outcome == "exact"
    assert grade(["cd My\\ Documents"], "cd 'My Documents'").outcome == "exact"
    assert grade(["cd My\\ Documents"], "cd My Documents").outcome != "exact"  # two words to a shell


def _steps(texts: list[str]) -> list[Fact]:
    return [Fact(note_id=n + 1, deck="d", kind="step", front=f"설치 — {n + 1}", back=text, section=("설치",),
                 position=n + 1, card_ids=(n + 1,)) for n, text in enumerate(texts)]


_STEP = st.sampled_from(["저장한다", "Save the file", "docker build .", "재시작한다"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_STEP, min_size=3, max_size=8), st.integers(min_value=0, max_value=2**32), st.randoms())
def test_an_order_that_reads_as_the_right_one_is_right(texts: list[str], seed: int, rng: random.Random) -> None:
    """Two steps that read the same ("save the file" twice) may be typed in either order."""
    question = order_question(_steps(texts), random.Random(seed))
    letters = string.ascii_uppercase[: len(question.choices)]
    typed = "".join(rng.sample(letters, len(letters)))
    assert valid(question, typed) is None
    shown = [question.choices[letters.index(letter)] for letter in typed]
    assert check(question, typed).right == (shown == texts)


# -- an exam's clock and its report -----------------------------------------------------------

_MOVE = st.one_of(
    st.tuples(st.just("wait"), st.floats(min_value=0, max_value=400, allow_nan=False)),
    st.tuples(st.sampled_from(["next", "previous", "skip"]), st.just(0.0)),
    st.tuples(st.just("answer"), st.sampled_from([0.0, 1.0])),  # 1: right, 0: wrong
)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=6), st.floats(min_value=1, max_value=1200, allow_nan=False),
       st.lists(_MOVE, max_size=30), st.sampled_from(["time", "finished", "stopped"]))
def test_an_exam_never_gives_its_questions_more_time_than_it_had(
    count: int, limit: float, moves: list[tuple[str, float]], how: str
) -> None:
    from quizzer.quiz.check import Attempt
    from quizzer.quiz.model import Format, Question
    from quizzer.quiz.report import make_report
    from quizzer.quiz.session import QuizSession

    now = [0.0]
    questions = [Question(Format.TYPED, "command", "d", f"s{n % 2}", "p", "t", "ls", accepted=("ls",))
                 for n in range(count)]
    session = QuizSession(questions, timer=lambda: now[0], time_limit=limit)
    for move, amount in moves:
        if move == "wait":
            now[0] += amount
        elif move == "next":
            session.next()
        elif move == "previous":
            session.previous()
        elif move == "skip":
            session.next_unanswered()
        elif not session.out_of_time():
            session.record(session.index, Attempt("ls" if amount else "pwd", "exact" if amount else "wrong"))
        remaining = session.remaining()
        assert remaining is not None and 0 <= remaining <= limit
        assert remaining == 0 or not session.out_of_time()
    session.end(how)
    used = min(session.elapsed(), limit)
    assert all(spent >= 0 for spent in session.spent)
    assert sum(session.spent) <= used + 1e-6  # time past the limit, or between questions, is no question's
    report = make_report(questions, session.answers, session.spent, ended=how, seconds_used=used, time_limit=limit)
    assert report.score == sum(1 for a in session.answers.values() if a.right)
    assert report.score + len(report.missed) == report.total == count
    assert report.unanswered == count - len(session.answers)
    assert 0 <= report.percent <= 100 and (report.percent == 100) == (report.score == count)
    for tallies in (report.by_section(), report.by_kind(), report.by_format()):
        assert sum(t.total for t in tallies) == count and sum(t.right for t in tallies) == report.score


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=1000), st.data())
def test_a_report_says_100_percent_only_when_nothing_was_missed(total: int, data: st.DataObject) -> None:
    """-n goes up to 10000 (the history says the same): 199 of 200 is no 100 %, and 1 of 300 is no 0 %."""
    from quizzer.quiz.check import Attempt
    from quizzer.quiz.model import Format, Question
    from quizzer.quiz.report import make_report

    right = data.draw(st.integers(min_value=0, max_value=total))
    question = Question(Format.TYPED, "command", "d", "s", "p", "t", "ls", accepted=("ls",))
    answers = {n: Attempt("ls", "exact" if n < right else "wrong") for n in range(total)}
    report = make_report([question] * total, answers, [], ended="finished", seconds_used=1.0)
    assert report.score == right
    assert (report.percent == 100) == (right == total)
    assert (report.percent == 0) == (right == 0)
    assert abs(report.percent - 100 * right / total) < 1
    assert report.percent == ExamRow(1, dt.datetime.now(dt.timezone.utc), "finished", (), total, right, total,
                                     None).percent


_CURL_PARTS = ["-X POST", "-H 'Content-Type: application/json'", "-F file=@사진.png", "-u 사용자:암호"]


@settings(max_examples=100, deadline=None)
@given(st.permutations(_CURL_PARTS), st.booleans())
def test_curl_options_with_values_may_come_in_any_order(parts: list[str], long: bool) -> None:
    """A write-the-line answer for curl: its usual options take the next word, as curl reads them."""
    typed = " ".join(parts)
    if long:
        typed = typed.replace("-X ", "--request ").replace("-F ", "--form=").replace("-u ", "--user ")
    answer = f"curl {' '.join(_CURL_PARTS)} https://example.com/api"
    assert grade([answer], f"curl {typed} https://example.com/api").outcome == "exact", typed
