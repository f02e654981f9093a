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
        (4, "concept", "git", "Which command shows staged changes?", "git diff --staged"),
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


def test_lettered_choices_in_the_question_then_the_answer_label() -> None:
    # r-review2: "A) TCP B) UDP" are the question's choices; the "A:" after them starts the answer, on the same
    # line or on its own (before: no card, "a question with no answer"), at the line of that label
    text = (
        "# 네트워크\n\n"
        "Q: 신뢰성 있는 전송은? A) TCP B) UDP A: TCP\n\n"
        "Q: Which one resolves names?\nA) DNS\nB) NTP\nA: DNS\n"
    )
    assert _facts(text) == [
        (3, "concept", None, "신뢰성 있는 전송은? A) TCP B) UDP", "TCP"),
        (8, "concept", None, "Which one resolves names? A) DNS B) NTP", "DNS"),
    ]
    assert _warned(text) == []


def test_a_bracketed_section_right_above_the_first_question_is_a_label_of_the_group() -> None:
    text = (
        "[networking]\nQ: Which port does SSH listen on by default?\nA: 22\n\n"
        "Q: What does DNS turn into addresses?\nA: host names\n\n"
        "[storage]\nQ: Which file lists the disks mounted at boot?\nA: /etc/fstab\n"
    )
    assert _facts(text) == [
        (3, "concept", None, "Which port does SSH listen on by default?", "22"),
        (6, "concept", None, "What does DNS turn into addresses?", "host names"),
        (10, "concept", None, "Which file lists the disks mounted at boot?", "/etc/fstab"),
    ]
    assert not [n for n in _draft(text).notes if n.front in ("Q", "A")]


def test_a_bracketed_link_is_no_section() -> None:
    text = "# Notes\n\n[the manual](https://example.org/man)\nQ: is this a question?\n"
    assert not [n for n in _draft(text).notes if n.front in ("Q", "A")]


def test_an_answer_that_is_one_command_line_files_the_card_under_its_program() -> None:
    text = (
        "Q: Which command follows a service's log as it grows?\nA: journalctl -fu nginx\n\n"
        "Q: How do you list the timers?\nA: Run systemctl list-timers, then read the NEXT column\n\n"
        "Q: Which commands list TCP and UDP sockets?\nA: ss -t\nss -u\n\n"
        "Q: What do you do before a big search?\nA: find the folder it is in first.\n"
    )
    assert [(n.line, n.command) for n in _draft(text).notes] == [(2, "journalctl"), (5, None), (8, None), (12, None)]


def test_an_answer_the_person_types_is_still_their_card() -> None:
    text = "Q: Which fields does a group entry hold?\nA: -name\n-members, comma separated\n"
    assert _facts(text) == [(2, "concept", None, "Which fields does a group entry hold?", "-name -members, comma separated")]
