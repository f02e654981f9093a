"""A paragraph over a block that first says what a term is, then points at the block (narration.after_definition,
x-f6b), in examples of our own: the pointing sentence says what the block does."""

from __future__ import annotations

from conftest import draft as _draft

from quizzer.extract.narration import after_definition


def test_the_sentence_pointing_at_the_block_is_its_meaning() -> None:
    text = (
        "# 설치\n\n"
        "`rg`는 빠른 검색 도구이다. 그래서 아래와 같이 설치한다.\n\n"
        "```shell\n$ brew install ripgrep\n```\n"
    )
    assert [(n.line, n.command, n.back) for n in _draft(text).notes] == [
        (6, "brew install", "그래서 아래와 같이 설치한다."),
    ]


def test_only_a_definition_first_and_one_pointer_split_the_paragraph() -> None:
    assert after_definition("Foo is a tool for logs. Install it as follows:") == "Install it as follows:"
    # no definition first: the two sentences together say what the block does
    assert after_definition("먼저 캐시를 지운다. 그리고 아래와 같이 다시 받는다.") is None
    # two sentences point ahead: which one is the block's is not clear
    assert after_definition("X는 도구이다. 아래와 같이 받는다. 다음 명령어로 확인한다.") is None
    assert after_definition("X는 도구이다.") is None


def test_a_paragraph_opening_with_x_ran_defines_x() -> None:
    text = "## 빌드 도구\nMake란, 파일 사이의 의존 관계를 따라 필요한 것만 다시 만드는 도구이다.   \n자세한 건 뒤에서 본다.\n"
    notes = [(n.line, n.kind.value, n.front, n.back) for n in _draft(text).notes]
    assert (2, "concept", "Make", "파일 사이의 의존 관계를 따라 필요한 것만 다시 만드는 도구") in notes


def test_a_sentence_with_ran_elsewhere_is_no_definition() -> None:
    # "란" inside a word, or a name of more than three words: not "X란 … 이다"
    text = "## 메모\n오늘 배운 Linux 명령어 정리란 항목을 새로 만들었다.\n"
    assert all(n.kind.value != "concept" for n in _draft(text).notes)
