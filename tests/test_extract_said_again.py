"""One sentence read twice, or one fact written again with another case (x-f35en2), examples of our own: the card's
answer holds it once, not the same words on two lines."""

from __future__ import annotations

from conftest import facts

from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk


def test_a_bold_name_is_sentence_read_as_a_term_and_as_the_program_gives_one_back() -> None:
    # "**fdfind** is a …." is read as the notes' program's definition and as a term line ("is a …" its definition)
    text = "# fdfind\n\n**fdfind** is a simple, fast finder of files by name. It reads your ignore files.\n"
    backs = [back for _line, kind, _command, front, back in facts(text) if kind == "concept" and front == "fdfind"]
    assert backs == ["a simple, fast finder of files by name"]


def _backs(*said: str) -> str:
    walk = Walk("notes", source=("x",))
    for back in said:
        walk.add(Kind.COMMAND, term="gx", front="gx", back=back, command="tool", line=1, reason="test")
    return next(iter(walk.notes.values())).back


def test_the_same_fact_said_again_with_a_copula_a_full_stop_or_another_case_is_said_once() -> None:
    assert _backs("Open the link", "open the link.") == "Open the link"
    assert _backs("a finder of files", "is a finder of files.") == "a finder of files"


def test_two_different_sentences_stay_two_lines() -> None:
    assert _backs("Open the link", "open the link in a new tab") == "Open the link\nopen the link in a new tab"
    # a copula before other words is no restatement
    assert _backs("a finder of files", "is fast") == "a finder of files\nis fast"
