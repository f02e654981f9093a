"""A one-line sentence that says what a term means, ``X 뜻은 …`` / ``X의 의미는 …``
(quizzer.extract.meaning_sentences, x-f13ko), with examples of our own."""

from __future__ import annotations

from quizzer.extract.meaning_sentences import REASON
from tests.conftest import draft


def _meant(text: str) -> list[tuple[int, str, str]]:
    return [(n.line, n.front, n.back) for n in draft(text).notes if n.reason == REASON]


def test_a_term_and_what_it_means() -> None:
    text = (
        "# 권한\n\n"
        "> `drwx------` 뜻은 즉 주인만 읽고 쓰고 들어갈 수 있다는 것\n\n"
        "umask의 의미는 새 파일에서 빼는 권한\n"
    )
    assert _meant(text) == [
        (3, "drwx------", "주인만 읽고 쓰고 들어갈 수 있다는 것"),
        (5, "umask", "새 파일에서 빼는 권한"),
    ]


def test_a_word_pointing_back_or_a_longer_paragraph_is_no_such_sentence() -> None:
    text = (
        "# 권한\n\n"
        "이 뜻은 주인만 읽는다는 것\n\n"
        "umask의 의미는 새 파일에서 빼는 권한\n"
        "그리고 보통 022이다.\n"
    )
    assert _meant(text) == []
