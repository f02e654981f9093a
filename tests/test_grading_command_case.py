"""A sub-command typed in another case ('Git Log', 'docker IMAGE ls') is a slip of that word, named as
typed: it was explained as 'git is a different command from git log', a sentence about words the person
did not type wrong.  The program's own case stays free (README: the program name's case ignored)."""

from __future__ import annotations

import pytest

from quizzer.grading import grade


@pytest.mark.parametrize(("answer", "typed", "said"), [
    ("kubectl get pods", "kubectl GET pods", "GET: did you mean get?"),
    ("kubectl get pods", "Kubectl Get pods", "Get: did you mean get?"),
    ("docker network ls", "docker Network ls", "Network: did you mean network?"),
])
def test_a_sub_command_in_another_case_is_almost(answer: str, typed: str, said: str) -> None:
    verdict = grade([answer], typed)
    assert (verdict.outcome, verdict.explanation) == ("almost", said)


def test_the_program_alone_in_another_case_is_right() -> None:
    assert grade(["kubectl get pods"], "KUBECTL get pods").outcome == "exact"


def test_another_sub_command_is_still_another_command() -> None:
    verdict = grade(["kubectl get pods"], "kubectl Delete pods")
    assert verdict.outcome == "wrong" and "did you mean" not in verdict.explanation
