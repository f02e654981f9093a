"""A comment over a line that says a key or an operator of the line does it (pure).

``# 실행 후 ctrl+z 로 잡을 멈춘다`` over ``sleep 10``, ``# then press Ctrl+Z to suspend it``: the key pressed
while the line runs does what the comment says, not the line; the fact is the key's.  ``# & 백그라운드로 실행``
over ``sleep 100 &``: the comment names the line's trailing operator first; the fact is the operator's.
"""

from __future__ import annotations

import re

__all__ = ["key_said", "operator_said"]

_MODIFIER = r"(?:ctrl|control|cmd|command|alt|option|opt|shift|meta|super|⌘|⌥|⌃|⇧)"
_CHORD = rf"{_MODIFIER}(?:\s*[+-]\s*{_MODIFIER})*\s*[+-]\s*[A-Za-z0-9](?![\w+-])"
# "ctrl+z 로 …", "Ctrl-C 를 눌러 …", "ctrl+d 키로 …": the key, then what it does
_KOREAN = re.compile(rf"(?P<key>{_CHORD})\s*(?:키)?\s*(?:로|으로|[을를]\s*눌러서?|눌러서?)\s+(?P<rest>\S.*)$", re.IGNORECASE)
# "press Ctrl+Z to suspend it", "hit ctrl-c to stop it"
_ENGLISH = re.compile(rf"\b(?:press|hit|type)\s+(?P<key>{_CHORD})\s+to\s+(?P<rest>\S.*)$", re.IGNORECASE)


# what may stand before the key: nothing, or a step done first ("명령 실행 후", "run it, then", "start it and")
_FIRST = re.compile(r"(?:^|.*(?:후|다음|뒤|중에|동안|then|and|while|,))\s*$", re.IGNORECASE)


def key_said(comment: str) -> tuple[str, str] | None:
    """The key a comment says to press and what it does then, or None when it names no key so (a key in an aside,
    "세션 만들기 (prefix 는 ctrl+b 로 변경)", is no step of the comment)."""
    found = _KOREAN.search(comment) or _ENGLISH.search(comment)
    if found is None:
        return None
    before = comment[: found.start()]
    if "(" in before or not _FIRST.fullmatch(before):
        return None
    return found.group("key"), found.group("rest").rstrip(" .")


# shell operators a comment may gloss by starting with them: "& 백그라운드로 실행", "| 앞의 출력을 넘김"
_OPERATOR = re.compile(r"^(?P<op>&&|\|\||&|\||>>|>|2>&1|<)\s+(?P<rest>\S.*)$")


def operator_said(comment: str, line: str) -> tuple[str, str] | None:
    """The operator a comment starts with, and what it does, when ``line`` ends with that operator; else None."""
    found = _OPERATOR.match(comment.strip())
    if found is None or line.split()[-1:] != [found.group("op")]:
        return None
    return found.group("op"), found.group("rest").rstrip(" .")
