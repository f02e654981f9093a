"""The app or system whose keys a post's title says it lists (pure).

A post of everyday shortcuts names whose keys they are in its title, right before the word for keys::

    title: 인생이 윤택해 지는 유용한 [ 크롬 브라우저 단축키 ] 모음
    title: 맥북 단축키 정리
    # Chrome keyboard shortcuts

Its keys (``cmd + t``, ``command + H``) are that app's or that system's: a card says ``chrome`` or ``macOS`` as
the program, as it says ``vim`` for keys in notes about vim.  Only names of :data:`KEY_OWNERS` count, and only
when the title names no other of them ("크롬과 파이어폭스 단축키": whose key is which, the title does not say).

A title naming a shell before its word for keys (``Bash 키 입력``, ``zsh shortcuts``) lists the keys of the shell's
line editing (``^A``, ``M-F``): they are the shell's, as a multiplexer's keys are the multiplexer's
(:func:`shell_keys`).

A title naming a program that opens a session before the words for its escape keys (``SSH Escape Sequences``,
``mosh escape keys``) lists the keys typed inside that session (``~.``, ``~C``): they are that program's
(:func:`session_keys`; "SSH keys" alone are key pairs, not keys pressed).
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizzer import lazyre
from quizzer.extract.knowledge import (
    ESCAPE_KEY_WORDS, KEY_OWNERS, KEY_WORDS, SESSION_KEY_PROGRAMS, SHELLS, names_pattern,
)

__all__ = ["key_owner", "session_keys", "shell_keys"]

_OWNER = names_pattern(KEY_OWNERS)
# the owner, words that say what it is or whose ("브라우저", "keyboard", "의", "'s"), then the word for keys (an
# English one a word of its own, the Korean one maybe running on: "단축키모음")
_OWNED_KEYS = lazyre.pattern(
    rf"(?<![\w.-])(?P<owner>{_OWNER})(?:의|'s)?(?:\s+(?:브라우저|browser|키보드|keyboard))?\s*"
    rf"(?:{names_pattern(KEY_WORDS - {'단축키'})}\b|단축키)",
    re.IGNORECASE,
)
# the shell, then its word for keys ("키" a word of its own too: "Bash 키 입력", not "키보드"), at the title's start
_SHELL_KEYS = lazyre.pattern(
    rf"\W*(?P<shell>{names_pattern(SHELLS)})(?:의|'s)?\s*(?:{names_pattern(KEY_WORDS - {'단축키'})}(?![A-Za-z])|키(?!\w)|단축키)",
    re.IGNORECASE,
)
# the program, then the words for its escape keys, anywhere in the title ("Using SSH escape sequences")
_SESSION_KEYS = lazyre.pattern(
    rf"(?<![\w.-])(?P<program>{names_pattern(SESSION_KEY_PROGRAMS)})(?:'s)?\s+{names_pattern(ESCAPE_KEY_WORDS)}(?![A-Za-z])",
    re.IGNORECASE,
)
_ANY_OWNER = lazyre.pattern(rf"(?<![\w.-]){_OWNER}(?![A-Za-z])", re.IGNORECASE)


def _spelled(name: str) -> str:
    return KEY_OWNERS[" ".join(name.casefold().split())]


@lru_cache(maxsize=256)
def key_owner(title: str | None) -> str | None:
    """The app or system whose keys ``title`` names as its subject (``맥북 단축키 정리`` → macOS), else None."""
    if not title:
        return None
    owned = _OWNED_KEYS.search(title)
    if owned is None:
        return None
    owner = _spelled(owned.group("owner"))
    if any(_spelled(named) != owner for named in _ANY_OWNER.findall(title)):
        return None  # "크롬과 파이어폭스 단축키": two apps named
    return owner


@lru_cache(maxsize=256)  # (asked of every term a walk reads, of the notes' one title)
def shell_keys(title: str | None) -> str | None:
    """The shell whose line-editing keys ``title`` names as its subject (``Bash 키 입력`` → bash), else None."""
    named = _SHELL_KEYS.match(title) if title else None
    return named.group("shell").casefold() if named else None


@lru_cache(maxsize=256)
def session_keys(title: str | None) -> str | None:
    """The program whose escape keys ``title`` names as its subject (``SSH Escape Sequences`` → ssh), else None."""
    named = _SESSION_KEYS.search(title) if title else None
    return SESSION_KEY_PROGRAMS[named.group("program").casefold()] if named else None
