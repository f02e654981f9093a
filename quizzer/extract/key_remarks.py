"""A remark about other keys at the end of what a key does (pure).

Tables and lists of shortcut keys often close a key's meaning with a parenthesis that tells of the keys
used next::

    | `Prefix + [` | Enter copy mode (Use `v` to select, `y` to copy). |

The parenthesis is about ``v`` and ``y``, not about ``Prefix + [``: on the key's card it would join three
facts into one answer.  A careful reader keeps what the key does (``Enter copy mode``) as the answer and the
remark as context.  Only a parenthesis that closes the text and holds a code span reading as a key other
than the row's own is such a remark; a plain gloss (``Rename Symbol (live preview)``) stays where it is.
"""

from __future__ import annotations

from quizzer.extract import key_pairs
from quizzer.extract.blocks import Inline
from quizzer.text import clean

__all__ = ["split"]


def split(cell: Inline, key: str) -> tuple[str, str] | None:
    """``(meaning, remark)`` when ``cell`` ends in a parenthesis about other keys than ``key``, else None."""
    if not cell.has_code or not cell.one_line:
        return None
    text = cell.raw.strip()
    end = len(text.rstrip(". "))
    if end == 0 or text[end - 1] != ")":
        return None
    depth, start = 0, -1
    for n in range(end - 1, -1, -1):
        if text[n] == ")":
            depth += 1
        elif text[n] == "(":
            depth -= 1
            if depth == 0:
                start = n
                break
    if start <= 0:
        return None  # no opening bracket, or the whole text is in brackets
    offset = 0
    other_key = False
    for span in cell.spans:
        first, offset = offset, offset + len(span.text)
        if span.kind != "code" or first < len(cell.raw) - len(cell.raw.lstrip()) + start:
            continue
        word = span.text.strip()
        if first < len(cell.raw) - len(cell.raw.lstrip()) + end and word != key and key_pairs.is_key(word):
            other_key = True
    meaning = clean(text[:start])
    if not other_key or not meaning:
        return None
    return meaning, clean(text[start + 1 : end - 1])
