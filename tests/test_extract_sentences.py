"""sentences: the one place notes text is cut into its sentences, and told from a phrase."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzer.extract.sentences import ends_in_colon, is_sentence, lead_in_end, sentence_ends, split_sentences

# sentence marks, the marks that open an English sentence, white space (Korean's too) and words, often
_TEXT = st.lists(st.sampled_from([*".。!?`\"'(", " ", "\n", "\t", "\u3000", "a", "Z", "e.g", "설치한다", "-v"])).map("".join)


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


@pytest.mark.parametrize(
    ("text", "sentence", "nominal"),
    [
        ("오늘 날짜 로그 보기", False, False),
        ("pem키 권한 변경", False, False),
        ("로그를 본다.", True, True),
        ("로그를 봐요", True, True),
        ("로그 확인했음", False, True),  # a verb made a noun ends a sentence only where nominal says so
        ("Show the log.", True, True),
        ("Show the log. Then more", True, True),
        ("v1.2 log", False, False),
    ],
)
def test_a_sentence_ends_as_one_or_holds_the_end_of_one(text: str, sentence: bool, nominal: bool) -> None:
    assert is_sentence(text) is sentence
    assert is_sentence(text, nominal=True) is nominal


@given(_TEXT)
def test_a_sentence_is_one_with_nominal_too(text: str) -> None:
    assert not is_sentence(text) or is_sentence(text, nominal=True)


def test_a_sentence_ends_at_a_mark_after_a_word() -> None:
    text = "X는 json이다. 그래서 바꿀 수 있다! Why?  Wait... v1 . done。"
    assert [(m.group(), text[m.end():][:3]) for m in sentence_ends(text)] == [
        (". ", "그래서"), ("! ", "Why"), ("?  ", "Wai"), ("。", "")]
    assert [m.group() for m in sentence_ends(text, full_stops_only=True)] == [". ", "。"]


@given(_TEXT, st.booleans())
def test_each_end_is_a_mark_and_the_white_space_after_it(text: str, full_stops_only: bool) -> None:
    ends = sentence_ends(text, full_stops_only=full_stops_only)
    for end in ends:
        assert end.group()[0] in (".。" if full_stops_only else ".。!?") and not end.group()[1:].strip()
        assert end.end() == len(text) or end.group()[1:]
        assert end.start() and not text[end.start() - 1].isspace() and text[end.start() - 1] != "."
    assert [m.span() for m in ends] == sorted({m.span() for m in ends})


@pytest.mark.parametrize(
    ("text", "lead", "lead_or_for"),
    [
        ("tmux의 주요 용도는 다음과 같다.", "tmux의 주요 용도", "tmux의 주요 용도"),
        ("설정 방법은 아래와  같다", "설정 방법", "설정 방법"),
        ("Pack a folder as follows:  ", "Pack a folder", "Pack a folder"),
        ("Use it for：", "Use it for", "Use it for"),
        ("sed is good for", None, "sed is good"),
        ("Forget it: done", None, None),
        ("다음과 같이 설정했다.", None, None),
    ],
)
def test_a_lead_in_ends_in_a_colon_or_says_what_follows_is_like_this(
    text: str, lead: str | None, lead_or_for: str | None
) -> None:
    for ending_for, expected in ((False, lead), (True, lead_or_for)):
        end = lead_in_end(text, ending_for=ending_for)
        assert (text[: end.start()] if end else None) == expected


@given(_TEXT.map(lambda text: text + "같다 : for"), st.integers(0, 9))
def test_a_lead_in_without_for_is_one_with_it(text: str, cut: int) -> None:
    text = text[: len(text) - cut]
    assert lead_in_end(text) is None or lead_in_end(text, ending_for=True) is not None


@pytest.mark.parametrize(
    ("text", "colon"),
    [("Pack a folder:", True), ("- First, turn off compression:  \n", True), ("설정 방법：", True),
     ("Usage: tar", False), ("다음과 같다.", False), ("", False)],
)
def test_a_lead_in_ends_in_a_colon_white_space_aside(text: str, colon: bool) -> None:
    assert ends_in_colon(text) is colon


@given(_TEXT, st.sampled_from(":："), st.text(alphabet=" \t\n\u3000"))
def test_text_ending_in_a_colon_is_a_lead_in(text: str, colon: str, space: str) -> None:
    assert ends_in_colon(text + colon + space) and lead_in_end(text + colon + space) is not None
    assert ends_in_colon(text) is (lead_in_end(text) is not None and text.rstrip()[-1:] in ":：")
