"""Hangul letters typed one by one (compatibility jamo, the input method off: ``ㅇㅜㅔ``) show in the verdict as
typed; NFKC turned them into conjoining jamo that composed into text never typed ("우ᅦ stands for <file>.")."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from quizzer.command_line import normalize
from quizzer.grading import grade

_JAMO = st.text(st.characters(min_codepoint=0x3131, max_codepoint=0x318E), min_size=1, max_size=8)
_NO_JAMO = st.text(st.characters(blacklist_characters=[chr(c) for c in range(0x3131, 0x318F)]
                                 + [chr(c) for c in range(0xFFA0, 0xFFDD)]))


def test_a_value_typed_in_jamo_is_said_as_typed() -> None:
    verdict = grade(["git add <file>"], "git add ㅇㅜㅔ")
    assert verdict.outcome == "exact"
    assert "ㅇㅜㅔ stands for <file>." in verdict.explanation


def test_a_prose_near_miss_shows_the_jamo_typed() -> None:
    verdict = grade(["웹 서버를 띄운다"], "웹 서버를 띄운ㄷ")
    assert verdict.outcome == "almost"
    assert ("extra", "ㄷ") in verdict.diff


@given(_JAMO)
def test_jamo_are_kept_and_compared_as_before(jamo: str) -> None:
    assert jamo in normalize(f"git add {jamo}")
    assert grade([f"echo {jamo}"], f"echo  {jamo}").outcome == "exact"


@given(_NO_JAMO)
def test_other_text_is_normalized_as_before(text: str) -> None:
    assert normalize(text) == " ".join(unicodedata.normalize("NFKC", text).split())
