"""An option typed with the keyboard left in Korean (`-ㅣ` for `-l`): the option on the same key (knowledge's
DUBEOLSIK_KEYS, one test per entry), in examples of our own."""

from __future__ import annotations

import pytest

from conftest import facts as _notes
from quizzer.extract.knowledge import DUBEOLSIK_KEYS


@pytest.mark.parametrize(("hangul", "latin"), sorted(DUBEOLSIK_KEYS.items()))
def test_a_hangul_letter_after_a_dash_is_the_option_on_its_key(hangul: str, latin: str) -> None:
    text = f"## 파일 목록 ls\n`ls [옵션] [경로]`\n\n### 옵션\n`-{hangul}` : 어떤 출력\n"
    assert (5, "option", "ls", f"-{latin}", "어떤 출력") in _notes(text)


def test_the_keys_are_the_standard_layout_s() -> None:
    assert "".join(DUBEOLSIK_KEYS[letter] for letter in "ㅂㅈㄷㄱ") == "qwer"
    assert DUBEOLSIK_KEYS["ㅣ"] == "l" and DUBEOLSIK_KEYS["ㅡ"] == "m" and len(DUBEOLSIK_KEYS) == 26


def test_a_hangul_word_after_a_dash_is_no_option() -> None:
    text = "## 파일 목록 ls\n`ls [옵션] [경로]`\n\n### 옵션\n`-한글` : 어떤 출력\n"
    assert not [n for n in _notes(text) if n[1] == "option"]
