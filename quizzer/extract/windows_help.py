"""A Windows program's help pasted in a code block, as ``PROGRAM /?`` prints it (pure).

::

    Copies folders and what is in them.

    ROBOCOPY <source> <target> [/S] [/MIR]

    /S -- copies the folders under it.
    /MIR -- mirrors a whole tree.

    To copy a tree:
       robocopy C:\\a D:\\a /S

The usage line starts with the program's name in capitals (``ROBOCOPY``, ``CMDKEY``) and writes its syntax
(``[/S]``, ``{/add | /generic}``, ``<원본>``): the mark of this help, and the program every other line is about.
It is a Windows help only with a Windows switch (``/S`` in the usage line, or ``/x -- …`` rows) and a name
that the block's examples run or that is a Windows program (``knowledge.WINDOWS_HELP_PROGRAMS``): a capitals
word over ``<url>`` (an environment variable) or ``[all | docs]`` (make's targets) is no program.
The block is what a program printed (a bare fence, ``text``, ``console``), not a script (``batch``: ``SFC
/scannow`` there is a line run).  Around it:

* a sentence before the usage line (ending as a sentence does) says what the program does: a command note of
  the program;
* ``/x -- meaning`` rows (``-x`` too; the spelling may carry its value, ``/v:<server>``) are its options, the
  meaning's first sentence the back;
* a lead-in ending in a colon (``To copy a tree:``, ``… 복사하려면:``) over lines indented deeper that run the
  program: the first of them does what the lead-in says (a command note at the lead-in's line; ``…하려면`` is
  written ``…하기``).  The lines after it are more examples of the same, left as they are.

Anything else in the block (a label like ``예:``, a lead-in over prose) is not a card; what is said outside
the shapes above is warned.  A block with no capitals usage line, or with nothing read around it, is not this
style.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import PLAIN_TEXT_FENCE_INFOS, WINDOWS_HELP_PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation
from quizzer.text import clean

__all__ = ["read"]

_USAGE = lazyre.pattern(r"^(?P<name>[A-Z][A-Z0-9_-]+)(?:\.EXE)?\s+[\[{<(/-]")
_SYNTAX = lazyre.pattern(r"[\[{<|]")  # a usage line writes its syntax: "[/S]", "{/add | /generic}", "<원본>"
_SWITCH = lazyre.pattern(r"(?:^|[\s\[{|])/[A-Za-z?]")  # a Windows switch: "[/S]", "{/add | /generic}", " /list"
_PRINTED = PLAIN_TEXT_FENCE_INFOS | {"", "console", "help", "output"}  # what a run printed
_ROW = lazyre.pattern(r"^(?P<written>[/-][A-Za-z?][\w?]*(?:[:=]\S+|\[[^\]\s]+\])?)\s+--\s+(?P<meaning>\S.*)$")
_NAME = lazyre.pattern(r"^[/-][A-Za-z?][\w?]*")
_LEAD_IN = lazyre.pattern(r"^(?P<what>\S.*?)\s*[:：]$")
_SENTENCE = lazyre.pattern(r"(?:[.。]|다\.?)$")
_FIRST_SENTENCE = lazyre.pattern(r"^(.+?[.。])(?:\s|$)")
# a label, not what a line does: "예:", "Examples:", "이 명령의 구문:", "Usage:"
_LABEL = lazyre.pattern(r"^(?:예|예제|예시|examples?|usage|syntax|구문|사용법|(?:이\s+)?명령의\s+구문|options?|옵션)$", re.IGNORECASE)
_TO_DO_KO = lazyre.pattern(r"(?:하려면|려면|으려면)$")
_TO_DO_EN = lazyre.pattern(r"^To\s+(?=\w)")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _is_label(text: str) -> bool:
    lead = _LEAD_IN.match(text.strip())
    return lead is not None and _LABEL.match(lead.group("what")) is not None


def _meaning(text: str) -> str:
    first = _FIRST_SENTENCE.match(text.strip())
    return clean(first.group(1) if first else text).rstrip(".。")


def _task(lead: str) -> str:
    """``도메인 자격 증명을 만들려면`` → ``도메인 자격 증명을 만들기``; ``To list them`` → ``list them``."""
    stem = _TO_DO_KO.sub("", lead)
    if stem != lead:
        return stem + ("하기" if lead.endswith("하려면") else "기")
    return _TO_DO_EN.sub("", lead)


def _windows_help(program: str, rows: list[tuple[int, str]], usage: int) -> bool:
    """The marks of a Windows help around the usage line ``rows[usage]``: a ``/x`` switch (in it, or rows
    ``/x -- …``) and ``program`` run by a line after it or known as a Windows program."""
    switch = _SWITCH.search(rows[usage][1].strip()) is not None or any(
        text.strip().startswith("/") and _ROW.match(text.strip()) for _line, text in rows[usage + 1:]
    )
    runs = any(
        text.split()[0].lower() in (program, f"{program}.exe") for _line, text in rows[usage + 1:] if text.strip()
    )
    return switch and (runs or program in WINDOWS_HELP_PROGRAMS)


def read(walk: Walk, block: Code) -> bool:
    """The notes of a Windows help block; False when ``block`` is not one."""
    if block.language not in _PRINTED:
        return False  # ("```batch": lines of a script, not what a program printed)
    rows = [(n, text) for n, text in block.lines if text.strip()]
    usage = next((k for k, (_line, text) in enumerate(rows) if _USAGE.match(text.strip()) and _SYNTAX.search(text)), None)
    if usage is None:
        return False
    program = _USAGE.match(rows[usage][1].strip()).group("name").lower()  # type: ignore[union-attr]
    if not _windows_help(program, rows, usage):
        return False
    said: list[tuple[int, str, str, list[str], str | None]] = []  # (line, kind, meaning, spellings, written)
    commands: list[tuple[int, str, int, str]] = []  # (lead-in line, task, line, command line)
    unread: list[int] = []
    k = usage + 1
    before = rows[:usage]
    if before and _SENTENCE.search(before[0][1].strip()) and _indent(before[0][1]) == _indent(rows[usage][1]):
        said.append((before[0][0], "program", _meaning(before[0][1]), [], None))  # what the program does
        before = before[1:]
    if any(not _is_label(text) for _line, text in before):
        return False  # more than a sentence and a label ("이 명령의 구문:") before the usage line
    if k < len(rows) and rows[k][1].strip()[:1] in tuple("[{<(|") and not _LEAD_IN.match(rows[k][1].strip()):
        k += 1  # "{:대상 이름}]": the usage line's tail, wrapped
    while k < len(rows):
        n, text = rows[k]
        stripped = text.strip()
        row = _ROW.match(stripped)
        lead = _LEAD_IN.match(stripped)
        if row:
            names = [_NAME.match(row.group("written")).group(0)]  # type: ignore[union-attr]
            said.append((n, "option", _meaning(row.group("meaning")), names, row.group("written")))
            k += 1
            continue
        if _is_label(stripped):
            k += 1
            continue
        if lead:
            under: list[tuple[int, str]] = []
            k += 1
            while k < len(rows) and _indent(rows[k][1]) > _indent(text):
                under.append(rows[k])
                k += 1
            examples = [(m, line.strip()) for m, line in under if line.strip().split()[0].lower() in (program, f"{program}.exe")]
            if examples and examples[0] == (under[0][0], under[0][1].strip()):
                commands.append((n, _task(lead.group("what")), *examples[0]))
            else:
                unread.append(n)
            continue
        unread.append(n)
        k += 1
    if not said and not commands:
        return False
    for line, kind, meaning, names, written in said:
        if kind == "program":
            invocation = parse_invocation(program)
            if invocation is not None:
                walk.add_command(invocation, meaning, line, reason="first sentence of a Windows help pasted in a code block")
        else:
            walk.add_option(names, meaning, program, line, reason="/x -- meaning row of a Windows help", written=written)
    for line, task, _typed_line, typed in commands:
        invocation = parse_invocation(typed) if looks_like_command(typed) else None
        if invocation is not None:
            walk.add_command(invocation, task, line, reason="lead-in of a Windows help over its first example")
    for line in unread:
        walk.skipped(line, unless_read=True)
    return True
