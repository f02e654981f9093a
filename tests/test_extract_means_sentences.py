"""A sentence over a code block that only names the line's program as the means of the heading's task (x-f31ko1,
block_headings.by_means), in examples of our own.

``### jq 설치`` / ``brew를 이용해서 설치한다.`` / ``brew install jq``: the sentence says which program does it, the
heading what is done; the card's answer is the heading, even for a program quizzer does not know (the sentence
names it as the one doing the heading's task).
"""

from __future__ import annotations

import pytest

from conftest import facts
from quizzer.extract.block_headings import by_means

TEXT = """# 패키지

### jq 설치

pkgx를 이용해서 설치한다.

    pkgx install jq

### 목록 보기

pkgx로 확인한다.

    pkgx list
"""


def test_a_sentence_naming_only_the_means_leaves_the_heading_to_say_what_the_line_does() -> None:
    found = facts(TEXT)
    assert (7, "command", "pkgx", "pkgx install jq", "jq 설치") in found
    # the heading's task (보기) is not the sentence's (설치): the sentence is read as before, a heading not taken
    assert not any(f[4] == "목록 보기" for f in found)


@pytest.mark.parametrize(
    ("sentence", "heading", "program", "means"),
    [
        ("brew를 이용해서 설치한다.", "jq 설치", "brew", True),
        ("apt로 설치합니다", "curl 설치", "apt", True),
        ("brew를 이용해서 설치한다.", "jq 설치", "apt", False),  # another program than the line's
        ("brew를 이용해서 설치한다.", "설치", "brew", False),  # the heading says no more than the sentence
        ("brew를 이용해서 최신 버전으로 설치한다.", "jq 설치", "brew", False),  # the sentence says more
    ],
)
def test_by_means(sentence: str, heading: str, program: str, means: bool) -> None:
    assert by_means(sentence, heading, program) is means


@pytest.mark.parametrize(
    "text",
    [
        "# Vim\n\n## Jump to a line\n\nGo to line 100.\n\n```\n:100\n```\n",
        "# vim 단축키\n\n## 줄 이동\n\n맨 위로 이동한다.\n\n```\ngg\n```\n",
    ],
)
def test_a_key_alone_in_a_block_under_a_heading_and_a_sentence_is_read_without_a_program(text: str) -> None:
    # a key block's entry names no program: asking whether the sentence names only the line's program as its
    # means took the first word of an empty command and raised IndexError (a vim note: heading, sentence, ":100")
    assert all(front in (":100", "gg") for _, _, _, front, _ in facts(text))
