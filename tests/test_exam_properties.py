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
