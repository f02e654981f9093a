"""A typed answer to a front that keeps its placeholders (``docker exec -it <pod> sh``): each placeholder
stands for one word the person fills in, and the feedback says what stood for it."""

from __future__ import annotations

import pytest

from quizzer.grading import typed_answers

SHELL = typed_answers(
    kind="command", front="docker exec -it <pod> sh", answers=("docker exec -it", "docker exec -it <pod> sh"),
    command="docker exec", context=None,
)


def test_a_word_typed_for_the_placeholder_is_right_and_said_to_stand_for_it() -> None:
    verdict = SHELL.grade("docker exec -it web sh")
    assert verdict.outcome == "exact"
    assert verdict.answer == "docker exec -it <pod> sh"
    assert verdict.explanation == "Same as docker exec -it <pod> sh. web stands for <pod>."


def test_the_placeholder_typed_as_written_is_right_as_it_is() -> None:
    verdict = SHELL.grade("docker exec -it <pod> sh")
    assert (verdict.outcome, verdict.explanation) == ("exact", "")


def test_the_line_without_its_placeholder_is_not_right() -> None:
    verdict = SHELL.grade("docker exec -it sh")
    assert verdict.outcome != "exact"
    assert "Missing <pod>." in verdict.differences


def test_two_words_for_one_placeholder_are_one_too_many() -> None:
    assert SHELL.grade("docker exec -it web db sh").outcome != "exact"


def test_each_value_given_to_a_flag_or_an_argument_is_named() -> None:
    expected = typed_answers(
        kind="command", front="podman run --name <이름> -p <host>:<port> alpine",
        answers=("podman run --name <이름> -p <host>:<port> alpine",), command="podman run", context=None,
    )
    verdict = expected.grade("podman run -p 80:8080 --name=web alpine")
    assert verdict.outcome == "exact"
    assert "web stands for <이름>." in verdict.explanation
    assert "80:8080 stands for <host>:<port>." in verdict.explanation


@pytest.mark.usefixtures("korean")
def test_the_feedback_is_said_in_korean_too() -> None:
    verdict = SHELL.grade("docker exec -it web sh")
    assert "web은(는) <pod> 자리에 넣은 값입니다." in verdict.explanation
