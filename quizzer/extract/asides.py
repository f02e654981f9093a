"""A remark in parentheses at the end of an item over a block (pure).

    - Change `http` to `https` throughout (`g` here is for multiple instances on a line)
    - Delete everything between two markers (Note: `!` at the end negates the range.)

The words before it say what the block does; the parentheses remark on a part of its line or add a note, a
fact of their own.  Joined to the description they would put two facts on one card, so the description
ends before them.  Only a note (``Note:``, ``NB:``, ``참고:``) or a gloss of a code span (```g` here is …``,
```!` means …``) is such a remark; other parentheses (``List files (hidden ones too)``) say more of the task.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Inline
from quizzer.text import FINAL_RIEUL, final_consonant

__all__ = ["italic_remark", "statement_aside", "without_aside"]

_ASIDE = lazyre.pattern(
    r"\s\((?:(?:note|nb|참고|주의)\s*:|`[^`]+`\s+(?:here\s+)?(?:is|means|stands\s+for)\b)[^()]*\)[.\s]*$",
    re.IGNORECASE,
)


def without_aside(inline: Inline, text: str) -> str:
    """``text`` (the item's plain text) without the remark in parentheses that ends ``inline``, if it has one."""
    marked = inline.marked
    if not _ASIDE.search(marked) or not text.rstrip(". \n").endswith(")"):
        return text
    cut = text.rstrip(". \n")[:-1].rfind("(")
    return text[:cut].rstrip() if cut > 0 else text


# a Hangul syllable ending in ㄹ (할, 볼, 둘, 받을): the verb of a memo's "… 할 것" ("to be done")
_L_FINAL = "".join(chr(code) for code in range(0xAC00, 0xD7A4) if final_consonant(chr(code)) == FINAL_RIEUL)
# "(the default database is 0)", "(기본값은 0이다)", "(this flag is deprecated)", "(it's shown in kb)" at the end of a description: a
# statement of its own beside what the line does; not a condition ("(even if it is not merged)", "(only when …)"),
# which tells the line apart from one doing the same without it; nor a memo to the reader, "(가상환경 활성화 후
# 사용할 것)", a caution or a precondition written as "… 할 것"
_STATEMENT = lazyre.pattern(
    r"\s*\((?!\s*(?:even|only|unless|if|when|except|as\s+long\s+as)\b)"
    r"(?P<aside>[^()]*?(?:\b(?:is|are|was|were|defaults?)\b|\b(?:it|that|this|there|here)['’]s\b|이다|입니다|이며|[" + _L_FINAL + r"]\s*것(?=\s*\)))[^()]*)\)\s*[.:：]?\s*$",
    re.IGNORECASE,
)


def statement_aside(text: str) -> re.Match[str] | None:
    """The statement in parentheses that ends ``text`` (its ``aside`` group the words inside), if one does."""
    return _STATEMENT.search(text) if text.rstrip(" .:：").endswith(")") else None


# "*Shortcut: you can also type `:cq` …*", "_Tip: …_": a line wholly in italics that opens with a label and a colon
_ITALIC_REMARK = lazyre.pattern(r"\s*(?P<mark>\*|_)(?!\1)\s*(?P<label>[^\W\d_][\w-]*(?: [\w-]+)?)\s*[:：]\s*\S.*?(?P=mark)\s*")


def italic_remark(lines: Sequence[str]) -> int | None:
    """The index of the first line after the first of an item (``lines`` as written) that is a remark set apart
    in italics (``*Shortcut: …*`` hugging the last step of a list): markdown joins it to the item, but it is no
    part of what the item says; None when no line is one."""
    return next((n for n, line in enumerate(lines) if n and _ITALIC_REMARK.fullmatch(line)), None)
