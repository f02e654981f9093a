"""Capitalised keywords, example labels and example paragraphs under a command heading (x-f6a)."""

from __future__ import annotations

from conftest import facts, warned

from quizzer.extract.knowledge import is_label


def test_a_keyword_in_capitals_is_a_term_not_the_sub_command_typed_in_lowercase() -> None:
    text = (
        "# docker\n\n## Compose file\n\n"
        "BUILD : 이미지를 만들 위치\n"
        "PULL : 이미지를 받아올지 정하는 값\n"
    )
    assert facts(text) == [
        (5, "concept", None, "BUILD", "이미지를 만들 위치"),
        (6, "concept", None, "PULL", "이미지를 받아올지 정하는 값"),
    ]


def test_an_example_label_with_a_parenthesis_is_a_label() -> None:
    assert is_label("ex)")
    assert is_label("예)")
    assert not is_label("ls (list)")


def test_an_example_paragraph_under_a_command_heading_is_no_description() -> None:
    text = "# docker\n\n## 명령어\n\n### pull\n\nex) docker pull nginx:1.25\n"
    assert not [f for f in facts(text) if f[1] == "command"]
    assert 7 in warned(text)
    text = "# docker\n\n## 명령어\n\n### pull\n\nex)\n"
    assert facts(text) == []


def test_a_sentence_of_five_words_with_articles_before_a_colon_is_no_term() -> None:
    text = "Undo the last step of the setup:\nremove the venv, delete the lock file\n"
    assert facts(text) == []
    assert 1 in warned(text)
    # a short name is still a term; a label over one command line is still read as that line's purpose
    assert facts("Cold start: the first request after a deploy\n") == [
        (1, "concept", None, "Cold start", "the first request after a deploy")
    ]
