"""A script or a program's config file kept under a markdown name, read as the code block it is (pure).

Cheat sheets copied from a cheat.sh sheet or a dotfile often keep their first form, a plain text of
``#`` comments over the lines they gloss::

    # list every unit that failed
    systemctl --failed

    # turn the mouse on
    set -g mouse on

Markdown reads each comment as a heading and each line under it as a paragraph; the text is a script,
and its comments say what the lines under them do.  :func:`as_code` indents such a text by four spaces,
so markdown reads it as one code block (its lines keep their numbers) and the code readers read the
comments over their lines.

A text reads so only when every line that is not blank is a comment (``#`` and a space, or a ``#!``
first line) or a line written as code: a lower-case word first, something only code has (a flag or a
hyphenated name, a number, a quote, a path, a pipe, a variable), no sentence's end; at least three of each, and no
other markdown (a list, a fence, a deeper heading, a capitalised line of prose) anywhere.  One prose line
(``make sure it runs``) keeps the text markdown.

A config file in INI form (a ``.gitconfig``: ``[alias]`` over ``    co = checkout``, ``# comments`` over the
settings) reads so too: its first line a section ``[name]`` or ``[name "sub"]``, and every line that is not
blank a section, a setting ``key = value``, a ``#`` or ``;`` comment, or the next line of a value whose line
ends in a backslash; at least two settings.
"""

from __future__ import annotations

from quizzer import lazyre

__all__ = ["as_code", "indented"]

_LEAST = 3  # comments and lines of code a text needs at least
_COMMENT = lazyre.pattern(r"#(?:[ \t]+\S.*)?")
# "jot -c 128 0", "set -g base-index 1", "unbind-key x", "./run.sh": a word of code, then the rest
_CODE = lazyre.pattern(r"(?:[a-z][\w.+-]*|\.{0,2}/[\w./-]+|~/[\w./-]*)(?:[ \t]+\S.*)?")
# what only code has: a flag or a hyphenated word, a number, a quote, a path, a pipe …
_CODE_SIGN = lazyre.pattern(r"(?:^|\s)-|\S-\S|\d|['\"`|<>$=/~%{}\[\]\\]")
_SENTENCE_END = lazyre.pattern(r"[.!?:,;]$")


def _is_code(line: str) -> bool:
    match = _CODE.fullmatch(line)
    if match is None or _SENTENCE_END.search(line):
        return False
    return _CODE_SIGN.search(line) is not None


_SECTION = lazyre.pattern(r"\[[A-Za-z][\w.-]*(?:[ \t]+\"[^\"\n]*\")?\][ \t]*")
_SETTING = lazyre.pattern(r"[ \t]*[A-Za-z][\w.-]*[ \t]*=.*")
_CONFIG_COMMENT = lazyre.pattern(r"[ \t]*[#;].*")


def _is_config(text: str) -> bool:
    """Whether ``text`` is a config file in INI form (see the module's docstring)."""
    if text.lstrip()[:1] != "[":
        return False  # most documents stop here
    settings = 0
    going_on = False  # the line before ended in a backslash: this one is its value's next line
    first = True
    for line in text.split("\n"):
        if going_on:
            going_on = line.endswith("\\")
            continue
        if not line.strip():
            continue
        if first and _SECTION.fullmatch(line) is None:
            return False
        first = False
        if _SETTING.fullmatch(line):
            settings += 1
            going_on = line.endswith("\\")
        elif _SECTION.fullmatch(line) is None and _CONFIG_COMMENT.fullmatch(line) is None:
            return False
    return settings >= 2


def indented(text: str) -> str:
    """``text`` indented by four spaces, blank lines kept: one code block in markdown, each line where it was."""
    return "\n".join("    " + line if line.strip() else line for line in text.split("\n"))


def as_code(text: str) -> str | None:
    """``text`` indented as one code block when it is a bare script or config file (see the module's docstring),
    else None."""
    if _is_config(text):
        return indented(text)
    comments = code = 0
    start = 0
    while start <= len(text):  # line by line, stopping at the first that is neither (most documents: their second)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        start = end + 1
        if not line.strip():
            continue
        if line[:1].isspace():
            return None  # an indented line: a list's, a block's, markdown's own layout
        if line.startswith("#!") and comments == code == 0:
            continue
        if _COMMENT.fullmatch(line):
            comments += 1
        elif _is_code(line):
            code += 1
        else:
            return None
    if comments < _LEAST or code < _LEAST:
        return None
    return indented(text)
