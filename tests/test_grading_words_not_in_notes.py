"""A card whose notes hold no argument keeps accepting typed arguments (quizzer cannot know what a command takes),
but the verdict names the typed words the notes do not have, as written; they went unsaid ("Same as docker ps
-a." for ``docker ps -a foo``)."""

from __future__ import annotations

import pytest

from quizzer.grading import grade
from quizzer.i18n import set_language


def test_the_word_the_notes_lack_is_named() -> None:
    verdict = grade(["docker ps -a"], "docker ps -a foo")
    assert verdict.outcome == "exact"
    assert verdict.explanation == "Same as docker ps -a; foo is not in the notes."


def test_several_words_are_named_in_order() -> None:
    verdict = grade(["docker ps -a"], "docker ps -a foo bar")
    assert verdict.explanation == "Same as docker ps -a; foo, bar are not in the notes."


@pytest.mark.parametrize("word", ["[red]x[/red]", "<b>x</b>", "이미지이름<:태그>", "a\\tb", "'it works'"])
def test_markup_and_escapes_show_as_written(word: str) -> None:
    verdict = grade(["docker ps -a"], f"docker ps -a {word}")
    assert verdict.outcome == "exact"
    assert f"; {word} is not in the notes." in verdict.explanation


def test_placeholders_filled_still_say_what_they_stand_for() -> None:
    assert grade(["git add <file>"], "git add a.txt").explanation == "Same as git add <file>. a.txt stands for <file>."


def test_a_line_typed_as_written_says_nothing() -> None:
    assert grade(["docker ps -a"], "docker ps -a").explanation == ""
    assert grade(["docker ps -a"], "docker ps --all").explanation == "Same as docker ps -a."


def test_in_korean() -> None:
    set_language("ko")
    verdict = grade(["docker ps -a"], "docker ps -a foo")
    assert verdict.explanation == "docker ps -a와(과) 같지만, foo은(는) 노트에 없습니다."
