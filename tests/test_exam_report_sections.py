"""The report's "By section" names each section by as many headings as tell it from the others: two
"### Options" (of git log and of git diff) were one row "Options", as were two decks' "## Setup" (u-campaign8)."""

from __future__ import annotations

from quizzer.quiz.check import EXACT, Attempt
from quizzer.quiz.model import Format, Question
from quizzer.quiz.report import make_report


def asked(deck: str, *headings: str) -> Question:
    return Question(format=Format.TYPED, kind="option", deck=deck, section=headings[-1] if headings else "",
                    prompt="Type it.", text="what it does", answer="-x", headings=headings)


def by_section(questions: list[Question], right: set[int]) -> list[tuple[str, int, int]]:
    answers = {n: Attempt("-x", EXACT, "") for n in right}
    report = make_report(questions, answers, [1.0] * len(questions), ended="finished", seconds_used=9.0)
    return [(t.name, t.right, t.total) for t in report.by_section()]


def test_two_sections_of_one_name_under_other_headings_are_two_rows() -> None:
    questions = [asked("gitx", "Git", "git log", "Options"), asked("gitx", "Git", "git diff", "Options"),
                 asked("gitx", "Git", "git log", "Options"), asked("gitx", "Git", "Branches")]
    assert by_section(questions, {0, 2}) == [("git log › Options", 2, 2), ("git diff › Options", 0, 1),
                                            ("Branches", 0, 1)]


def test_two_decks_with_the_same_headings_are_told_by_their_deck() -> None:
    questions = [asked("mysql", "Setup"), asked("redis", "Setup"), asked("redis", "Setup")]
    assert by_section(questions, {1}) == [("mysql: Setup", 0, 1), ("redis: Setup", 1, 2)]


def test_a_heading_alone_in_its_name_keeps_its_short_name_and_old_exams_read_as_before() -> None:
    old = Question.from_json({k: v for k, v in asked("docker", "도커", "이미지").as_json().items() if k != "headings"})
    assert old.headings == () and old.section == "이미지"
    assert by_section([old, asked("docker", "도커", "컨테이너"), asked("docker")], set()) == [
        ("이미지", 0, 1), ("컨테이너", 0, 1), ("—", 0, 1)]
    assert Question.from_json(asked("d", "A", "B").as_json()).headings == ("A", "B")


def test_every_kind_of_question_carries_its_notes_headings() -> None:
    import random

    from quizzer.quiz.build import build_questions
    from quizzer.quiz.model import Fact

    where = ("Git", "git log", "Options")
    facts = [Fact(n, "gitx", "option", flag, meaning, command="git log", section=where, card_ids=(n,))
             for n, (flag, meaning) in enumerate([("--oneline", "one line each"), ("--graph", "draw branches"),
                                                  ("--stat", "changed files"), ("-p", "each patch")])]
    facts += [Fact(10 + n, "gitx", "step", f"Release — step {n + 1}", step, section=("Git", "Release"),
                   position=n + 1, card_ids=(10 + n,)) for n, step in enumerate(["tag", "push", "announce"])]
    questions = build_questions(facts, random.Random(3), count=20)
    assert {q.format for q in questions} >= {Format.CHOICE, Format.ORDER}
    assert all(q.headings == (where if q.kind == "option" else ("Git", "Release")) for q in questions)
