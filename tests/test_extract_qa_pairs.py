"""A question and its answer the person wrote as a card (quizzer/extract/qa_pairs.py), in examples of our
own (x-f10): the question is the front, never the label "Q"."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts, warned as _warned


def test_question_and_answer_on_one_line_in_bold_labels() -> None:
    text = "# 운영체제\n\n**Q:** 교착 상태의 네 조건은? **A:** 상호 배제, 점유 대기, 비선점, 순환 대기\n"
    assert _facts(text) == [(3, "concept", None, "교착 상태의 네 조건은?", "상호 배제, 점유 대기, 비선점, 순환 대기")]


def test_question_and_answer_on_two_lines_and_in_two_paragraphs() -> None:
    text = (
        "# Git review\n\n"
        "Q: Which command shows staged changes?\nA: git diff --staged\n\n"
        "Q1. What is a detached HEAD?\n\nA1. HEAD pointing at a commit, not a branch\n"
    )
    assert _facts(text) == [
        (4, "concept", None, "Which command shows staged changes?", "git diff --staged"),
        (8, "concept", None, "What is a detached HEAD?", "HEAD pointing at a commit, not a branch"),
    ]


def test_korean_labels_and_items() -> None:
    text = (
        "## 자료구조\n\n"
        "질문: 스택의 특징은?\n답: 나중에 넣은 것을 먼저 꺼낸다\n\n"
        "- **Q.** 큐의 특징은?\n- **A.** 먼저 넣은 것을 먼저 꺼낸다\n"
    )
    assert _facts(text) == [
        (4, "concept", None, "스택의 특징은?", "나중에 넣은 것을 먼저 꺼낸다"),
        (7, "concept", None, "큐의 특징은?", "먼저 넣은 것을 먼저 꺼낸다"),
    ]


def test_a_label_is_never_a_side_of_a_card() -> None:
    text = "# 복습\n\nQ: 이 질문에는 답이 없다\n\n그냥 문단.\n\nA: 질문 없이 온 답\n"
    notes = _draft(text).notes
    assert not [n for n in notes if n.front in ("Q", "A")]
    assert 3 in _warned(text) and 7 in _warned(text)


def test_q_and_a_as_keys_of_an_editor_stay_keys() -> None:
    text = "# vim\n\nQ: Ex 모드로 들어간다\nA: 줄 끝에서 입력을 시작한다\n"
    assert [(n.command, n.front) for n in _draft(text).notes] == [("vim", "Q"), ("vim", "A")]


def test_lettered_choices_are_part_of_the_question_not_its_answer() -> None:
    # "A) TCP  B) UDP" are the question's choices: "TCP B) UDP" is no answer (r-review)
    text = (
        "# Networking quiz\n\n"
        "Q1. Which protocol is connection-oriented?\nA) TCP\nB) UDP\n\nAnswer: A\n\n"
        "Q2. Which layer does IP work at? A. Network B. Transport\n"
    )
    assert _facts(text) == [(7, "concept", None, "Which protocol is connection-oriented? A) TCP B) UDP", "A")]
    assert 9 in _warned(text)


def test_an_answer_label_starting_the_next_line_wins_over_one_inside_the_question() -> None:
    # "blood type A:" is part of the question; the answer is the line that starts with its label (r-review)
    text = "# Biology\n\nQ: Is blood type A: common among donors?\nA: Yes, about a third of them.\n"
    assert _facts(text) == [(4, "concept", None, "Is blood type A: common among donors?", "Yes, about a third of them.")]


def test_an_answer_label_inside_the_question_is_not_the_answer() -> None:
    # "A:" is written inside the question; the answer's label is the one after the question mark
    text = (
        "# 혈액형\n\n"
        "Q: 혈액형 A: 와 O 중 누구에게나 줄 수 있는 것은? A: O형\n\n"
        "Q: In plan A: which step runs first? **A:** the build\n"
    )
    assert _facts(text) == [
        (3, "concept", None, "혈액형 A: 와 O 중 누구에게나 줄 수 있는 것은?", "O형"),
        (5, "concept", None, "In plan A: which step runs first?", "the build"),
    ]


def test_two_answer_labels_and_no_question_mark_make_no_card() -> None:
    # which "A:" starts the answer is not known: a warning with the line, never "or O A: O" as an answer
    text = "# 혈액형\n\nQ: 혈액형 A: 와 O 중 하나 A: O형\n\nQ: Tell plan A: the steps A: build, test\n"
    assert _facts(text) == []
    assert {3, 5} <= set(_warned(text))
