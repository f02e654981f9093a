"""A console session under a heading that names a command (pure).

    #### 2. # du -sh [Dir]
    ```console
    # du -sh /var/log
    120M    /var/log
    ```
    Shows the total size of the directory ...

The block shows the heading's command run once and what it printed: it is an example, not what the
command does; the text after the block is.  The block is such a session when the heading names a command
and the block is mostly output: every line that reads as a command runs the heading's program (or no
program quizzer knows, like ``69/udp open|filtered``), and there are at least twice as many lines of output (not comments, glosses or prompts), three at least.
"""

from __future__ import annotations

from collections.abc import Sequence

import re

from quizzer import lazyre
from quizzer.extract.knowledge import PROGRAMS
from quizzer.shell import Invocation, typed_at_dollar

__all__ = [
    "continued",
    "MESSAGE", "checked_around", "has_prose", "is_session", "narrated", "printed", "printed_any", "quotes_output", "shows_file", "shows_output",
]

_NOT_OUTPUT = ("#", "//", "=>", "->", "$")


def is_session(heading: Invocation, lines: Sequence[tuple[int, str]], commands: Sequence[Invocation]) -> bool:
    """``lines`` (a block's) are a run of ``heading``'s program and its output, ``commands`` the lines read as commands."""
    program = heading.command.split()[0] if heading.command.split() else ""
    runs = [c.command.split()[0] if c.command.split() else "" for c in commands]
    if not commands or not program or any(run != program and (run in PROGRAMS or not run) for run in runs):
        return False
    typed = {c.line.strip() for c in commands}
    # what the program printed: not a command, a comment ("# …", "// …") or a gloss ("=> …")
    output = sum(
        1 for _, text in lines
        if text.strip() and not text.lstrip().startswith(_NOT_OUTPUT) and not any(t in text for t in typed)
    )
    return output >= max(3, 2 * len(commands))


# "trunk : 프로젝트는 trunk에서 시작": a word, a spaced colon, Korean words; the author's note, not a command
_NOTE_LINE = lazyre.pattern(r"^\s*[A-Za-z][\w -]*\s[:：]\s.*[\uac00-\ud7a3]")


def has_prose(lines: Sequence[tuple[int, str]]) -> bool:
    """A line of ``lines`` (a block's) is a ``term : 설명`` note written between the commands."""
    return any(_NOTE_LINE.match(text) for _, text in lines)


# a remark after what a line printed: "bin  pkg  src  # the output of ls", "Fri May 24 …  # date's output"
_REMARK = lazyre.pattern(r"\S\s+#\s*[^\W\d_]")


def narrated(lines: Sequence[tuple[int, str]]) -> bool:
    """``lines`` (a block's) are a console session (``$ `` prompts) with a comment after a line of
    output: the comments remark on what happens in the session, not on what a command does."""
    if not any(typed_at_dollar(text) is not None for _, text in lines):
        return False
    return any(
        _REMARK.search(text) and typed_at_dollar(text) is None and not text.lstrip().startswith(_NOT_OUTPUT)
        for _, text in lines
    )


# "slurm_update error: …", "srun: error: …", "fatal: not a git repository": a message a program printed
MESSAGE = lazyre.pattern(r"^\s*(?:[\w.-]+:?\s+)?(?:error|warning|fatal)(?:\[\w+\])?:\s", re.IGNORECASE)
# "# cat app.conf", "$ cat ~/.ssh/config", "[root@web ~]# cat x": a prompt, then cat showing one file
_CAT_FILE = lazyre.pattern(r"^\s*(?:\[[^\]]*\]\s*)?[#$%]\s*cat\s+[^\s|;&<>]+\s*$")
_ANY_PROMPT = lazyre.pattern(r"^\s*(?:\[[^\]]*\]\s*)?[$%]\s|^\s*\[[^\]]*\]\s*#\s")


def shows_file(lines: Sequence[tuple[int, str]]) -> bool:
    """The block opens with a prompt and ``cat FILE``: what follows is that file as printed, not lines to run
    (no other prompt in the block)."""
    texts = [text for _, text in lines if text.strip()]
    return (
        len(texts) > 1 and _CAT_FILE.match(texts[0]) is not None
        and not any(_ANY_PROMPT.match(text) for text in texts[1:])
    )


def printed(lines: Sequence[tuple[int, str]], commands: Sequence[Invocation]) -> str:
    """What the commands of ``lines`` (a block's) printed: its lines that are no command, comment, gloss
    or prompt, joined; empty when there are fewer than two or than twice the commands."""
    output = _output(lines, commands)
    return "\n".join(output) if len(output) >= max(2, 2 * len(commands)) else ""


def _output(lines: Sequence[tuple[int, str]], commands: Sequence[Invocation]) -> list[str]:
    if not commands:
        return []
    typed = {c.line.strip() for c in commands}
    output: list[str] = []
    for whole, parts in continued(lines):
        if whole.strip() and not whole.lstrip().startswith(_NOT_OUTPUT) and not any(t in whole for t in typed):
            output.extend(parts)
    return output


def continued(lines: Sequence[tuple[int, str]]) -> list[tuple[str, list[str]]]:
    """The block's lines, those continued with a backslash joined into one ("openssl req -new \\" / "  -out a.crt":
    the command typed, none of it printed), each with the lines it was written on."""
    joined: list[tuple[str, list[str]]] = []
    carry: tuple[str, list[str]] | None = None
    for _, text in lines:
        whole, parts = (f"{carry[0]} {text.strip()}", [*carry[1], text]) if carry is not None else (text, [text])
        carry = None
        if whole.rstrip().endswith("\\") and not whole.lstrip().startswith(_NOT_OUTPUT[:2]):
            carry = (whole.rstrip()[:-1].rstrip(), parts)
            continue
        joined.append((whole, parts))
    if carry is not None:
        joined.append(carry)
    return joined


def printed_any(lines: Sequence[tuple[int, str]], commands: Sequence[Invocation]) -> bool:
    """Does ``lines`` (a block's) hold a line the ``commands`` printed, even one (or a typed line wrapped)?"""
    return bool(_output(lines, commands))


def shows_output(lines: Sequence[tuple[int, str]], commands: Sequence[Invocation]) -> bool:
    """``$ cmd`` then a line it printed, even one: the block is a run with its output (a prompt marks what
    was typed, so any other line is printed)."""
    return any(text.startswith("$ ") for _, text in lines) and bool(_output(lines, commands))


# a token only a run's output holds: an id, a time, a NAME_IN_CAPS, a key=value ("JobId=7654321", "09:42:18")
_ODD_TOKEN = lazyre.pattern(r"[^\s,;()\"']*(?:\d|_|=)[^\s,;()\"']*")


def quotes_output(text: str, output: str, typed: str) -> bool:
    """``text`` (a remark after a block) repeats a token of what the block printed that the typed line does
    not hold: it tells what the output says, not what the command does."""
    for token in _ODD_TOKEN.findall(text):
        token = token.rstrip(".:")
        if len(token) >= 4 and token in output and token not in typed:
            return True
    return False


def checked_around(typed: Sequence[str]) -> set[str]:
    """The lines of a session (``typed``, its command lines in order) run before and again after one other line
    (``git remote -v``, ``git remote rm destination``, ``git remote -v``): they show the state that line changes,
    what it does is what the text above says.  Empty when no line is run so, or when more than one line is left
    (``… --set …`` and ``… --config …`` between two ``python3 --version``: the text may tell them apart)."""
    checks = set()
    for text in set(typed):
        at = [n for n, line in enumerate(typed) if line == text]
        if len(at) > 1 and any(line != text for line in typed[at[0] + 1 : at[-1]]):
            checks.add(text)
    return checks if len(set(typed) - checks) == 1 else set()
