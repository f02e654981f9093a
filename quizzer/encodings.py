"""Which encoding bytes that are not UTF-8 are likely in (pure: bytes in, a name out).

A guess is named only when the text it gives reads as that language: Korean
(CP949/EUC-KR) gives common Hangul syllables, Japanese (Shift-JIS/CP932) gives
kana and kanji, Western European (Windows-1252) gives accented letters between
ASCII ones.  Any single-byte encoding "decodes" any bytes, and the CJK ones
decode each other's bytes, into text nobody wrote (Korean read as Windows-1252
is ``¸ñ·Ï``): such a reading is never offered.  Text that fits no family is named
as text in another encoding; bytes that read as no text at all are binary.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable

__all__ = ["MIXED", "UNKNOWN", "guess"]

#: text, but in no encoding this module names (the message says "another encoding")
UNKNOWN = ""
#: partly UTF-8, partly something else (an editor that appended in another encoding)
MIXED = "mixed"

#: share of the non-ASCII characters that must read as the language for a guess
_SURE = 0.9
_HEAD = 65536
_WESTERN_MARKS = frozenset("‘’“”„–—…•€«»°§¿¡·")


def _decode(data: bytes, encoding: str) -> str | None:
    """``data`` in ``encoding``, strictly (a character cut at the end of the head is dropped)."""
    head = data[:_HEAD]
    try:
        return codecs.getincrementaldecoder(encoding)().decode(head, final=len(head) == len(data))
    except UnicodeDecodeError:
        return None


def _share(text: str, good: Callable[[str], bool]) -> float:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    return sum(1 for ch in wide if good(ch)) / len(wide) if wide else 0.0


def _korean(ch: str) -> bool:
    """A Hangul syllable of KS X 1001 (the 2,350 in everyday use), or its punctuation."""
    if not ("\uac00" <= ch <= "\ud7a3" or "\u3000" <= ch <= "\u303f" or "\u3130" <= ch <= "\u318f"):
        return False
    try:
        return len(ch.encode("euc_kr")) == 2  # not Python's 8-byte spelling of any other syllable
    except UnicodeEncodeError:
        return False


def _japanese(ch: str) -> bool:
    """Kana, kanji, Japanese punctuation or full-width forms (not half-width katakana:
    Korean bytes read as Shift-JIS are mostly that)."""
    return ("\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uff01" <= ch <= "\uff5e")


def _western(ch: str) -> bool:
    return ("\u00c0" <= ch <= "\u024f" and ch not in "×÷ƒ" and unicodedata.category(ch).startswith("L")) or (
        ch in _WESTERN_MARKS
    )


def _isolated(text: str) -> float:
    """Share of non-ASCII characters with ASCII on both sides (Western text: most;
    two-byte CJK text read a byte at a time: none)."""
    wide = [i for i, ch in enumerate(text) if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    alone = sum(1 for i in wide if (i == 0 or ord(text[i - 1]) < 0x80) and (i + 1 == len(text) or ord(text[i + 1]) < 0x80))
    return alone / len(wide)


def _text_like(text: str) -> bool:
    """Hardly any control characters or undecodable bytes (a program or random
    bytes read in any encoding are full of them)."""
    odd = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v\x1b") or ch == "\ufffd")
    return odd * 50 <= len(text)


def guess(data: bytes) -> str | None:
    """The likely encoding of ``data`` (not UTF-8): iconv's name for it, :data:`UNKNOWN`
    (text, encoding not named), :data:`MIXED` (UTF-8 and something else), or None (binary)."""
    head = data[:_HEAD]
    if head.count(b"\x00") > len(head) // 4:  # every other byte: UTF-16 without its mark
        odd_zeros = head[1::2].count(b"\x00")
        encoding = "utf-16le" if odd_zeros > head[0::2].count(b"\x00") else "utf-16be"
        return encoding if _text_like(head[: len(head) // 2 * 2].decode(encoding, "replace")) else None
    if b"\x00" in head:
        return None
    korean = _decode(data, "cp949")
    if korean is not None and _text_like(korean) and _share(korean, _korean) >= _SURE:
        return "cp949"
    japanese = _decode(data, "cp932")
    if (japanese is not None and _text_like(japanese) and _share(japanese, _japanese) >= _SURE
            and any("\u3040" <= ch <= "\u30ff" for ch in japanese)):  # kana: kanji alone could be anything
        return "cp932"
    western = head.decode("windows-1252", "replace")
    if not _text_like(western):
        return None
    if _share(western, _western) >= _SURE and _isolated(western) >= 0.5:
        return "windows-1252"
    return MIXED if _utf8_share(head) >= 0.5 else UNKNOWN


def _utf8_share(head: bytes) -> float:
    """Share of the bytes above ASCII that are well-formed UTF-8 of letters people write
    (legacy CJK bytes form some UTF-8 by chance, of scripts nobody wrote there)."""
    high = sum(1 for byte in head if byte > 0x7F)
    valid = sum(len(ch.encode()) for ch in head.decode("utf-8", "replace")
                if "\x7f" < ch != "\ufffd" and (_korean(ch) or _japanese(ch) or _western(ch)))
    return valid / high if high else 0.0
