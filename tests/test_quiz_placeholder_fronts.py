"""Choosing the command for a meaning: a front that keeps its placeholder (``podman exec -it <pod> sh``) never
has beside it, as a wrong choice, a line that would be right too (the same line with another placeholder's name,
or with a value filled in)."""

from __future__ import annotations

import random

from quizzer.quiz.build import choice_question, typed_question
from quizzer.quiz.model import Fact

SHELL = Fact(1, "pods", "command", "docker exec -it <pod> sh", "open a shell in the pod", "docker exec",
             answers=("docker exec -it", "docker exec -it <pod> sh"), section=("a",), card_ids=(10, 11))
OTHERS = [
    # the same line under another heading, its placeholder named otherwise
    Fact(2, "pods", "command", "docker exec -it <name> sh", "get a shell", "docker exec",
         answers=("docker exec -it", "docker exec -it <name> sh"), section=("b",), card_ids=(20, 21)),
    # the line with a value filled in
    Fact(3, "pods", "command", "docker exec -it web sh", "a shell in web", "docker exec",
         answers=("docker exec -it web sh", "docker exec -it"), section=("b",), card_ids=(30, 31)),
    *(Fact(n, "pods", "command", front, f"does {n}", front, answers=(front,), section=("c",), card_ids=(n * 10,))
      for n, front in enumerate(("docker ps -a", "docker images", "docker logs -f", "docker stop"), start=4)),
]


def test_a_line_that_would_be_right_too_is_never_a_wrong_choice() -> None:
    for seed in range(40):
        question = choice_question(SHELL, [SHELL, *OTHERS], random.Random(seed))
        assert question is not None
        if question.text == SHELL.back:  # which command does this? the choices are fronts
            assert question.answer == "docker exec -it <pod> sh"
            assert not {"docker exec -it <name> sh", "docker exec -it web sh"} & set(question.choices)


def test_a_typed_question_gives_the_line_its_card_shows_as_the_answer() -> None:
    """'du -sh 문서/' (its Korean value on the front): the typed quiz said 'Answer: du -sh' under 'closest answer:
    du -sh 문서/' (u-campaign12): the answer shown is the front, the line the review shows; any accepted still."""
    fact = Fact(1, "리눅스", "command", "du -sh 문서/", "폴더의 크기", "du", answers=("du -sh", "du -sh 문서/"),
                section=("a",), card_ids=(10, 11))
    question = typed_question(fact)
    assert question is not None and question.answer == "du -sh 문서/"
    assert set(question.accepted) >= {"du -sh", "du -sh 문서/"}
