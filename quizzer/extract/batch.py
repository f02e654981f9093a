"""Windows batch / cmd comments read as the comments they are (pure).

A ``.bat`` file or a ``cmd`` prompt marks a comment with ``::`` or ``REM`` where a shell writes
``#``: ``:: 윈도우 이미지를 복구`` over ``DISM /Online …`` says what that line does, and
``CD C:\\Users && REM 유저폴더 이동`` says it after the line.  This module rewrites those markers
to ``#`` so that the general code reader (``code.py``) reads them like any other comment; the
rest of the block is left as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Code

__all__ = ["BATCH_INFOS", "as_shell_comments"]

# fence languages of Windows batch files and the cmd prompt
BATCH_INFOS = frozenset("batch bat cmd dos batchfile winbatch".split())

# ":: text", "::", "REM text", "rem": a whole line that is a comment
_LINE_COMMENT = lazyre.pattern(r"^(?P<indent>\s*)(?:::|rem(?=\s|$))\s?(?P<text>.*)$", re.IGNORECASE)
# "CD C:\Users && REM 유저폴더 이동", "dir & rem 목록": a comment after the command on its line
_TRAILING_REM = lazyre.pattern(r"\s*&&?\s*rem\s+(?P<text>\S.*)$", re.IGNORECASE)
# where the markers are looked for at all: a line that starts with one, or "& REM" after a command
# "DISM /Online", "SFC /scannow", "CD C:\\Users": a program named in capitals at the start of a line
_CAPITAL_PROGRAM = lazyre.pattern(r"^(\s*)([A-Z][A-Z0-9]{1,11})(?=\s|$)")
_CAPITAL_SWITCH = lazyre.pattern(r"(?<=\s)/[A-Z][A-Z0-9]*(?=\s|$)")
_ANY_MARKER = lazyre.pattern(r"^\s*(?:::|rem(?:\s|$))|&\s*rem\s", re.IGNORECASE | re.MULTILINE)


def as_shell_comments(block: Code) -> Code:
    """``block`` with its batch comment markers written as ``#``.

    In a fence tagged as batch or cmd, and in one with no language whose lines use the markers
    (a line starting with ``::`` or ``REM`` is no Unix command), ``::``/``REM`` lines become
    ``# text`` and a trailing ``&& REM text`` becomes ``  # text``.  Other fences are returned
    unchanged: ``REM`` in a shell script is no comment.
    """
    language = block.language
    if language not in BATCH_INFOS and language != "":
        return block
    if language not in BATCH_INFOS and not any(_ANY_MARKER.search(text) for _, text in block.lines):
        return block
    rows: list[tuple[int, str]] = []
    for n, text in block.lines:
        whole = _LINE_COMMENT.match(text)
        if whole:
            text = f"{whole.group('indent')}# {whole.group('text').rstrip()}".rstrip()
        else:
            trailing = _TRAILING_REM.search(text)
            if trailing:
                text = f"{text[: trailing.start()].rstrip()}  # {trailing.group('text').rstrip()}"
            # "DISM /Online …", "IPCONFIG /flushdns": cmd does not mind case, and a program's name in
            # capitals is a habit of these notes; written in small letters it reads as the command it is
            text = _CAPITAL_PROGRAM.sub(lambda m: m.group(1) + m.group(2).lower(), text, count=1)
            # "/PID", "/F": a switch, not a placeholder in capitals
            text = _CAPITAL_SWITCH.sub(lambda m: m.group(0).lower(), text)
        rows.append((n, text))
    return replace(block, lines=tuple(rows))
