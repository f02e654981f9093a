"""Blocks that hold wrapped prose, not command lines (pure).

Authors paste a passage of a standard or a manual into a fence to keep its layout::

    ```
       The timeout is counted from the last packet received, and a value
       of zero turns it off. Clients may send a keep-alive before the
       timeout ends.
    ```

A line of it can start like a command (``of zero turns it off.``).  A block whose lines are mostly
English sentences (five words or more, two of them small words such as ``the``, ``is``, ``of``, no
option among them and no comment after them), three of them at least, is text to read, not lines to
type: warned, never carded.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre

__all__ = ["is_text"]

_SMALL = frozenset("the a an of is are be to in and or with for by from that this it as not can may".split())
_WORD = lazyre.pattern(r"[A-Za-z][A-Za-z'’-]*")
_COMMENT = ("#", "//")
_PROMPTS = frozenset({"$", "%"})  # "$ git bisect start  : Start the binary search": a line typed at a prompt, glossed
_TRAILING_COMMENT = lazyre.pattern(r"\s(?:#|//)\s")  # "sudo ufw enable # Enable the firewall for the …": a command, glossed


def _sentence(text: str) -> bool:
    tokens = text.split()
    if len(tokens) < 5 or tokens[0] in _PROMPTS or _TRAILING_COMMENT.search(text) or any(token.startswith("-") and len(token) > 1 for token in tokens):
        return False
    words = [token.strip(".,;:()\"'").casefold() for token in tokens]
    return sum(word in _SMALL for word in words) >= 2 and sum(bool(_WORD.fullmatch(w)) for w in words) * 2 >= len(words)


def is_text(lines: Sequence[tuple[int, str]]) -> bool:
    """Three lines or more of ``lines`` are sentences, and they are half or more of the lines not comments."""
    written = [text.strip() for _, text in lines if text.strip() and not text.lstrip().startswith(_COMMENT)]
    if len(written) < 3:
        return False  # (most blocks: a line or two, too few to hold three sentences)
    sentences = sum(_sentence(text) for text in written)
    return sentences >= 3 and sentences * 2 >= len(written)
