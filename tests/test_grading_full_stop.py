"""A verdict names a line or a word that ends with a full stop within “ ”: the sentence's own stop doubled it,
"Same as docker build -t <이름> .." and "./ should be .." (read as the parent folder) (u-campaign8)."""

from __future__ import annotations

from quizzer.grading import grade, typed_answers


def graded(notes: str, typed: str) -> tuple[str, str]:
    verdict = typed_answers(kind="command", front=notes, answers=[notes], command=None, context=None).grade(typed)
    return verdict.outcome, verdict.explanation


def test_a_line_ending_in_a_dot_is_set_apart() -> None:
    assert graded("docker build -t <name> .", "docker build --tag web .") == (
        "exact", "Same as “docker build -t <name> .”. web stands for <name>.")
    assert graded("grep -rn 'TODO' .", "grep -nr 'TODO' ./") == ("almost", "./ should be “.”.")
    assert graded("grep -rn 'TODO' .", "grep -rn 'TODO'") == ("almost", "Missing “.”.")
    assert graded("grep -rn 'TODO' .", "grep -rn 'TODO' . ..")[1] == "“..” is not part of this line."


def test_a_definition_ending_in_a_full_stop_and_words_without_one_are_as_before() -> None:
    assert grade(["Lists the files."], "lists the files").explanation == "Same as “Lists the files.”."
    assert graded("ls -la ~/work", "ls -al ~/work") == ("exact", "Same as ls -la ~/work.")
    assert graded("cp -r src/ dest/", "cp -r src/ dst/") == ("almost", "dst/ should be dest/.")
