"""sentences.split_sentences: the one place notes text is cut into its sentences."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quizzer.extract.sentences import split_sentences

# sentence marks, the marks that open an English sentence, white space (Korean's too) and words, often
_TEXT = st.lists(st.sampled_from([*".!?`\"'(", " ", "\n", "\t", "\u3000", "a", "Z", "e.g", "설치한다", "-v"])).map("".join)


def test_a_sentence_ends_at_the_white_space_after_its_mark() -> None:
    assert split_sentences("Run a script. Use `-A` to allow all! Why? Because.") == [
        "Run a script.", "Use `-A` to allow all!", "Why?", "Because."]
    assert split_sentences("vim을 설치한다. 그리고 git도 설치.") == ["vim을 설치한다.", "그리고 git도 설치."]
    assert split_sentences("v1.2 and up, not .bashrc") == ["v1.2 and up, not .bashrc"]


def test_with_capital_next_the_next_sentence_opens_as_an_english_one_does() -> None:
    assert split_sentences("Use a file, e.g. a log. Then `ls` it. (Or not.)", capital_next=True) == [
        "Use a file, e.g. a log.", "Then `ls` it.", "(Or not.)"]
    assert split_sentences("vim을 설치한다. 그리고 git도 설치.", capital_next=True) == ["vim을 설치한다. 그리고 git도 설치."]


def test_the_pieces_are_as_cut() -> None:
    assert split_sentences("") == [""]
    assert split_sentences("  One. Two  ") == ["  One.", "Two  "]
    assert split_sentences("One. ") == ["One.", ""]


@given(_TEXT, st.booleans())
def test_the_pieces_are_the_text_without_the_white_space_at_each_end(text: str, capital_next: bool) -> None:
    pieces = split_sentences(text, capital_next=capital_next)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())
    for piece, after in zip(pieces, pieces[1:]):
        assert piece[-1:] in {".", "!", "?"} and not after[:1].isspace()
        assert not capital_next or re.match(r"[A-Z`\"'(]", after)


@given(_TEXT, st.booleans())
def test_stripped_text_gives_stripped_sentences(text: str, capital_next: bool) -> None:
    pieces = split_sentences(text.strip(), capital_next=capital_next)
    assert all(piece == piece.strip() and piece for piece in pieces) or pieces == [""]
