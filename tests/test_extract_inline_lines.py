"""A sentence, then a command line alone in backticks with no code block after it (x-f6a): the sentence
says what that line does, as over a fence."""

from __future__ import annotations

from conftest import facts


def test_a_sentence_then_a_backticked_command_line_is_that_lines_meaning() -> None:
    text = "## Tables\n\nList every table of the account\n\n`aws dynamodb list-tables --region eu-west-1`\n\nNext part.\n"
    assert facts(text) == [(5, "command", "aws dynamodb", "aws dynamodb list-tables --region eu-west-1",
                            "List every table of the account")]


def test_a_sentence_then_its_usage_in_backticks_over_a_fence_still_describes_the_fence() -> None:
    text = (
        "## Tables\n\nList every table of the account\n`aws dynamodb list-tables`\n\n"
        "```\naws dynamodb list-tables --region eu-west-1\n```\n"
    )
    assert [(line, front) for line, _, _, front, _ in facts(text)] == [(7, "aws dynamodb list-tables --region eu-west-1")]
