"""The keys a person pressed with the keyboard left in Korean (두벌식): each Hangul letter stands on a Latin
key, so ``ㅛ`` is the ``y`` of a yes/no question and ``ㅠㅁㅊ`` the ``bac`` of a step order.  A Hangul input
method joins letters into syllables as they come (``a`` then ``b`` gives ``뮤``): those are taken apart."""

from __future__ import annotations

__all__ = ["DUBEOLSIK_KEYS", "keys_pressed"]

#: The Latin letter on the key of each Hangul letter of the standard Korean keyboard (두벌식).
DUBEOLSIK_KEYS: dict[str, str] = dict(zip("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ", "qwertyuiopasdfghjklzxcvbnm"))
#: with Shift, and the letters an input method makes of two keys (a double vowel, a double final consonant)
_MORE_KEYS = {
    "ㄲ": "R", "ㄸ": "E", "ㅃ": "Q", "ㅆ": "T", "ㅉ": "W", "ㅒ": "O", "ㅖ": "P",
    "ㅘ": "hk", "ㅙ": "ho", "ㅚ": "hl", "ㅝ": "nj", "ㅞ": "np", "ㅟ": "nl", "ㅢ": "ml",
    "ㄳ": "rt", "ㄵ": "sw", "ㄶ": "sg", "ㄺ": "fr", "ㄻ": "fa", "ㄼ": "fq", "ㄽ": "ft", "ㄾ": "fx", "ㄿ": "fv",
    "ㅀ": "fg", "ㅄ": "qt",
}
_KEYS = {**DUBEOLSIK_KEYS, **_MORE_KEYS}
# a syllable's parts, in Unicode's order: 19 first consonants, 21 vowels, 27 last consonants (or none)
_FIRSTS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_LASTS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _letters(ch: str) -> str:
    """A syllable's letters (``뮤`` → ``ㅁㅠ``); any other character itself."""
    index = ord(ch) - 0xAC00
    if not 0 <= index < 11172:
        return ch
    first, vowel, last = index // 588, index % 588 // 28, index % 28
    return _FIRSTS[first] + _VOWELS[vowel] + (_LASTS[last - 1] if last else "")


def keys_pressed(text: str) -> str:
    """``text`` as the Latin keys that typed it where it holds Hangul letters or syllables (``ㅠㅁㅊ`` →
    ``bac``, ``뮤`` → ``ab``); any other character as it is."""
    return "".join(_KEYS.get(letter, letter) for ch in text for letter in _letters(ch))
