"""A code block of options, each under the comment that says what it does (pure).

Notes about one program often list its options in a fence without the program's name::

    # Give the guest four CPUs.
    -smp 4

    # Start without a window.
    -nographic

Each line holding only an option (and its value) is an option of the notes' program; the comment
directly above it is its meaning (its first sentence; later sentences are remarks).  A line
``-d in_asm     Log executed guest instructions.`` carries its own meaning after a wide gap, and
then the comment above may only be a label (``# Examples``).  The block reads so only when every
line that is not a comment is such an option line and each has its comment: anything else is
another style, read elsewhere.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import is_label
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

_COMMENT = lazyre.pattern(r"^\s*#\s?(.*)$")
# "-smp <N>", "--cpu=host", "-display sdl,gl=on", "-S": an option, then at most its value(s)
_OPTION = lazyre.pattern(r"^(--?[A-Za-z][\w-]*)(?:[ =](?P<value>\S.*?))?$")
# "-d in_asm       Log executed guest instructions.": the option, a wide gap, its meaning in words
_GLOSSED = lazyre.pattern(r"^(?P<option>--?[A-Za-z][\w-]*(?: [^\s-]\S*)?)\s{3,}(?P<gloss>[A-Za-z][A-Za-z ,'()-]*[a-z].*)$")
# the end of a comment's first sentence: ". " or a final "."
_SENTENCE_END = lazyre.pattern(r"(?<=[A-Za-z0-9)`\]])\.(?:\s|$)")
# "Open gdbstub on tcp `<port>` (`-s` shorthand for …)": a remark in parentheses at the end, another fact
_REMARK = lazyre.pattern(r"\s+\([^()]*\)$")


def _first_sentence(comments: list[str]) -> str:
    text = " ".join(part.strip() for part in comments if part.strip())
    end = _SENTENCE_END.search(text)
    first = (text[:end.start()] if end else text).strip()
    return _REMARK.sub("", first) or first


def read(walk: Walk, block: Code) -> bool:
    """Read ``block`` as options each under its comment; False (nothing done) when it is not that style."""
    entries: list[tuple[int, str, str, str]] = []  # (line of the meaning, the option line, option, meaning)
    comments: list[tuple[int, str]] = []
    for n, raw in block.lines:
        text = raw.strip()
        if not text:
            comments = []  # a comment above a blank line is not the next line's
            continue
        comment = _COMMENT.match(text)
        if comment:
            comments.append((n, comment.group(1)))
            continue
        glossed = _GLOSSED.match(text)
        if glossed:
            if comments and not is_label(" ".join(c for _, c in comments)):
                return False  # a comment and a gloss: which one says what the option does?
            option_text, meaning, line = glossed.group("option"), glossed.group("gloss").rstrip("."), n
        else:
            option = _OPTION.match(text)
            if option is None or not comments or "  " in text:
                return False
            meaning, line = _first_sentence([c for _, c in comments]), comments[0][0]
            if not meaning or is_label(meaning):
                return False
            option_text = text
        flag = re.match(r"--?[A-Za-z][\w-]*", option_text)
        assert flag is not None
        entries.append((line, option_text, flag.group(0), meaning))
        comments = []
    if not entries or comments:
        return False  # no option at all, or a comment left over with no line under it
    owner = walk.section_command() or walk.tool  # named, not guessed from the lines seen so far
    for line, option_text, flag_name, meaning in entries:
        walk.add(
            Kind.OPTION, term=option_text, front=clean(option_text), back=meaning, command=owner, line=line,
            answers=(clean(option_text), flag_name),
            reason="option alone on its line in a code block, the comment above says what it does",
        )
    return True
