"""A verdict names a flag written with its value after '=' as it was typed: ``ls --sort=time`` for ls's ``-t``
said "--sort time instead of -t." (u-campaign8)."""

from __future__ import annotations

from quizzer.grading import typed_answers


def explained(notes: str, typed: str, *, kind: str = "command", command: str | None = None) -> str:
    return typed_answers(kind=kind, front=notes, answers=[notes], command=command, context=None).grade(typed).explanation


def test_a_flag_and_its_value_after_an_equals_sign_are_named_as_typed() -> None:
    assert explained("-t", "--sort=size", kind="option", command="ls") == "--sort=size instead of -t."
    assert explained("docker run --name web nginx", "docker run --network=host nginx") == (
        "--network=host instead of --name web.")
    assert explained('git commit --message="<message>"', "git commit") == 'Missing --message="<message>".'
    assert explained("docker run --name web nginx", "docker run --network host nginx") == (
        "--network host instead of --name web.")
