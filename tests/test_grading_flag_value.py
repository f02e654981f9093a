"""A flag typed with the value the notes' example line gives it is the notes' own answer (u-campaign): asked for
docker run's flag that maps the port, '-p 8001:80' (as the line 'docker run --name webserver1 -d -p 8001:80
nginx:1.18' writes it) was right but said "Same as -p; 8001:80 is not in the notes." — it is in them."""

from __future__ import annotations

from quizzer.grading import typed_answers

LINE = "docker run --name webserver1 -d -p 8001:80 nginx:1.18"


def graded(front: str, typed: str, *, context: str | None = LINE):  # type: ignore[no-untyped-def]
    return typed_answers(kind="flag", front=front, answers=[front], command="docker run", context=context).grade(typed)


def test_a_flag_with_the_value_of_the_notes_line_is_right_with_nothing_to_say() -> None:
    for front, typed in (("-p", "-p 8001:80"), ("--name", "--name webserver1"), ("-p", "docker run -p 8001:80")):
        verdict = graded(front, typed)
        assert (verdict.outcome, verdict.explanation) == ("exact", ""), (typed, verdict)


def test_the_flag_alone_stays_right_and_another_value_is_still_said() -> None:
    assert graded("-p", "-p").outcome == "exact"
    other = graded("-p", "-p 9000:80")
    assert other.outcome == "exact" and "9000:80" in other.explanation
    assert graded("-p", "-p 8001:80", context=None).explanation  # no line in the notes: nothing to compare with


def test_a_flag_that_takes_no_value_does_not_take_the_next_word() -> None:
    # -d takes no value: 'nginx:1.18' after '-d -p …' is never its value, and '-d -p' is not one answer
    verdict = graded("-d", "-d -p")
    assert verdict.explanation


def test_the_verdict_names_no_closer_answer_than_the_one_typed() -> None:
    from quizzer.answer_box import verdict_lines

    shown = "\n".join("".join(text for _style, text in line) for line in verdict_lines(
        graded("-p", "-p 8001:80"), 60, shown_answer="-p", typed_shown=True))
    assert "8001:80" not in shown and "Right" in shown
