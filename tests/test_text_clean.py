"""``clean`` folds whitespace as ``" ".join(nfc(text).split())`` does (its shortcut for text with nothing
to fold, printable text with no space at either end and none doubled, must agree with the folding)."""

from __future__ import annotations

import sys

from quizzer.text import clean, nfc


def folded(text: str) -> str:
    return " ".join(nfc(text).split())


def test_clean_is_the_folding_around_every_space_and_control() -> None:
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    # what the shortcut stands on: str.split splits only at unprintable characters and the space
    assert [char for char in spaces if char.isprintable()] == [" "]
    controls = [chr(code) for code in range(0x2100) if not chr(code).isprintable()]
    for char in [*spaces, *controls, "a", "가", "\u0301", "\u200b", "\ufeff", "\U000e0001"]:
        for text in (char, f"a{char}b", f"{char}x", f"x{char}", f"a {char} b", f"{char}{char}", f"가{char}\u1161"):
            assert clean(text) == folded(text), (hex(ord(char)), text)


def test_clean_of_common_text() -> None:
    for text in ("", " ", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u3000b", "도커 이미지", "e\u0301", "tool0 ls", "\u1100\u1161"):
        assert clean(text) == folded(text)
    assert clean("  docker   run \n -it  ") == "docker run -it"
