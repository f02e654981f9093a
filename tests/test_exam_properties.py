"""Properties of exam prep as a person expects them (quizzer quiz / quizzer exam).

Each states what someone taking a quiz would take for granted: a value quoted
any way a shell reads alike is the same answer; two steps that read the same
may be put in either order; an exam's clock never gives a question more time
than the exam had.
"""

from __future__ import annotations

import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.grading import grade
from quizzer.quiz.build import order_question
from quizzer.quiz.check import check, valid
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
