"""Text that is data, not notes (pure: a file's name and text in, a verdict out).

A person passes the wrong file by mistake (``/etc/passwd``, a log, a shell history, a table):
read as notes, its lines become cards of a system's accounts or of log messages (``Dec 1 10:00:01
host sshd[812]`` → ``Accepted publickey…``), every one of them wrong.  The rule, in general terms:

- A file whose name says markdown (``.md``, ``.markdown``) is notes whatever its lines hold (a
  note about ``/etc/passwd`` quotes some of them).
- A hidden file (its name starts with a dot, no ``.txt``: ``.bash_history``, ``.bashrc``,
  ``.gitconfig``, ``.env``) is where a program keeps its settings or history: not notes.
- A text that is one JSON value is data.
- Otherwise a text is data when more than half of its lines (blank lines and comments left out)
  are records a program wrote, each of a shape no sentence has: fields separated by colons
  (``root:x:0:0:root:/root:/bin/bash``, no colon followed by a space as a definition has, no
  ``front:::back`` card), fields separated by tabs or by commas without a space, a log line that
  starts with its date and time or with a kernel's bracketed seconds, a shell history's line
  (``: 1700000000:0;ls`` of zsh; ``  501  ls`` of ``history``, where the numbers run on one by one:
  a list of ports, ``22    ssh`` then ``80    http``, is not one).
- A text of shell commands, a command a line, with nothing said about them (a setup script, a
  list of commands to run: ``sudo apt install -y nginx``, ``cd app``).  Such a line starts with a
  program (one quizzer knows, or any word when the line has a shell's marks: an option, a path, a
  pipe, a redirection, a variable) and holds no description: no ``: `` outside quotes, no `` - ``,
  `` — `` or arrow (``->``, ``=>``, ``→``), no `` = ``, `` := `` or `` ~ `` before a word (``git status =
  what changed``), no words after a bar that no program reads (``git status
  | show what changed``), no last ``(…)`` of words, no gap of two spaces or a tab, no ``#`` comment,
  no Korean outside quotes, no four plain words in a row (prose), no sentence's full stop.  Comments over the commands (``# Print PYTHONPATH`` over ``python3 -c …``,
  two at least) say what they do: then the text is notes.  Lines with no blank between them are
  one markdown paragraph, so the one ``PORT: 3000`` among them made one card of the whole file
  (``git clone … npm install`` → ``3000 npm run dev git status``).
- Markdown structure makes a text notes: a fence, a list item or a heading.  ``#`` lines are
  comments, not headings, when one of them is bare (``#``, ``##``) or two follow one another
  (a comment block, as at the top of macOS's ``/etc/passwd``): then they count for neither side.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from enum import Enum

from quizzer import lazyre
from quizzer.text import has_hangul

__all__ = ["Data", "data_kind"]


class Data(Enum):
    """What kind of data a text is (each has its own sentence where the import refuses it)."""

    COLON_RECORDS = "colon records"
    ROWS = "rows"
    LOG = "log"
    HISTORY = "history"
    JSON = "json"
    HIDDEN = "hidden"
    COMMANDS = "commands"


_MARKDOWN_SUFFIXES = (".md", ".markdown")
_CARD = lazyre.pattern(r"[^:]:::[^:]")  # Obsidian's front:::back, text on both sides
#: a fence or a list item (bullet or numbered), as CommonMark starts them
_STRUCTURE = lazyre.pattern(r"^ {0,3}(?:```|~~~|[-*+][ \t]|\d{1,9}[.)][ \t])", re.MULTILINE)
_HEADING = lazyre.pattern(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_BARE_HASHES = lazyre.pattern(r"^\s*#+\s*$")
_LOG = lazyre.pattern(
    r"^\[?\s*(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"  # 2024-05-01 12:00:01, [2024-05-01T12:00
    r"|[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}"  # syslog: Dec  1 10:00:01
    r"|\d+\.\d+\])"  # the kernel's [    0.004000]
)
_ZSH_HISTORY = lazyre.pattern(r"^:\s*\d+:\d+;")  # ': 1700000000:0;ls'
_NUMBERED = lazyre.pattern(r"^\s*(\d+)\*?\s{2,}\S")  # what 'history' prints: '  501  ls'
_TAB_FIELDS = lazyre.pattern(r"\S\t+\S")
_COMMENT = lazyre.pattern(r"^\s*#(?!!)")  # a shell comment, not the '#!' line that names a script's shell
_QUOTED = lazyre.pattern(r"'[^']*'|\"[^\"]*\"")
#: the program a command line starts with (after ``$ `` or ``sudo ``): a word, or a path to one
_PROGRAM = lazyre.pattern(r"^(?:\$\s+)?(?:sudo\s+)?(?P<program>[a-z][a-z0-9._+-]*|(?:\.{1,2}|~)?/[^\s/]\S*)(?=\s|$)")
#: what only a shell line holds: an option, a path argument, a pipe, a redirection, a variable, an assignment
_SHELL_MARK = lazyre.pattern(r"\s--?[A-Za-z0-9]|\s(?:\.{1,2}|~)?/|[|<>;&$=*`]|\s\.\S")
#: what says something about a command: a definition's colon, a dash or an arrow between words, a gloss's
#: ' = ', ' := ' or ' ~ ' before a word ('git status = what changed'; not '= "$b"', '~ /tmp'), a gap, a
#: comment, a sentence's end, a last '(…)' of words ('git status (show what changed)')
_DESCRIBED = lazyre.pattern(r"[:：]\s|::|\s(?:[-–—]|->|=>|[→⇒])\s|\s:?=\s+(?=[^\W\d_])|\s~\s+(?=[^\W\d_])"
                        r"|\S(?: {2,}|\t)\S|\s#|[A-Za-z]\.$|\s\((?=[^()]*\s)[^()$]*\)$")
#: four plain words in a row: prose ('search every file under src for TODO'), not a command's arguments
_PROSE = lazyre.pattern(r"(?:^|\s)[A-Za-z]+(?:\s+[A-Za-z]+){3}(?=\s|[,;.]|$)")


def _colon_record(line: str) -> bool:
    fields = line.split(":")
    return (len(fields) >= 4 and bool(fields[0]) and not any(ch.isspace() for ch in fields[0])
            and ": " not in line and _CARD.search(line) is None)


def _row(line: str) -> bool:
    """Fields separated by tabs, or three or more separated by commas with no space after one."""
    return _TAB_FIELDS.search(line) is not None or (line.count(",") >= 2 and ", " not in line)


def _numbered_run(lines: list[str]) -> bool:
    """Are the numbered lines ('  501  ls') numbered one after another, as 'history' numbers them
    (a list of ports, '22    ssh' then '80    http', is not)?"""
    numbers = [int(match.group(1)) for match in map(_NUMBERED.match, lines) if match]
    return len(numbers) >= 2 and all(later == earlier + 1 for earlier, later in zip(numbers, numbers[1:], strict=False))


def _bare_command(line: str) -> bool:
    """Is ``line`` a shell command with nothing said about it (``sudo apt install -y nginx``,
    ``cd app``), not ``git status: what changed`` nor ``ls 파일 목록``?"""
    from quizzer.extract.knowledge import PROGRAMS

    match = _PROGRAM.match(line)
    if match is None:
        return False
    unquoted = _QUOTED.sub("''", line)
    if _DESCRIBED.search(unquoted) or has_hangul(unquoted) or _PROSE.search(unquoted[match.end():]):
        return False
    *_piped, last = unquoted.split(" | ")
    if _piped and (len(words := last.split()) >= 2 and words[0] not in PROGRAMS and not _SHELL_MARK.search(last)):
        return False  # 'git status | show what changed': words after the bar, no program reading the pipe
    program = match.group("program")
    return program in PROGRAMS or "/" in program or _SHELL_MARK.search(unquoted[match.end():]) is not None


def _record(line: str, *, history: bool) -> Data | None:
    """The kind of record ``line`` is, if any; ``history``: the text's numbered lines run on one by one."""
    if _ZSH_HISTORY.match(line) or (history and _NUMBERED.match(line)):
        return Data.HISTORY
    line = line.strip()
    if _colon_record(line):
        return Data.COLON_RECORDS
    if _LOG.match(line):
        return Data.LOG
    if _row(line):
        return Data.ROWS
    if _bare_command(line):
        return Data.COMMANDS
    return None


def _comments(lines: list[str]) -> bool:
    """Are the text's ``#`` lines comments (one bare, or two in a row), not headings?"""
    return any(
        _BARE_HASHES.match(line) or (_HEADING.match(line) and _HEADING.match(before))
        for before, line in zip(["", *lines], lines, strict=False)
    )


def _commented(lines: list[str]) -> bool:
    """Do comments say what the commands under them do (``# Print PYTHONPATH`` over
    ``python3 -c …``), two of them at least?"""
    return sum(
        1 for line, after in zip(lines, lines[1:], strict=False)
        if _COMMENT.match(line) and after.strip() and not _COMMENT.match(after)
    ) >= 2


def _json(text: str) -> bool:
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return False
    try:
        return isinstance(json.loads(stripped), dict | list)
    except ValueError:
        return False


def data_kind(text: str, *, name: str) -> Data | None:
    """What kind of data ``text`` (of the file named ``name``) is, or None when it is notes."""
    lower = name.lower()
    if lower.endswith(_MARKDOWN_SUFFIXES):
        return None
    if name.startswith(".") and not lower.endswith(".txt"):
        return Data.HIDDEN
    if _json(text):
        return Data.JSON
    if _STRUCTURE.search(text):
        return None
    lines = text.splitlines()
    commented = _commented(lines)
    if _comments(lines):
        lines = [line for line in lines if not _HEADING.match(line) and not _BARE_HASHES.match(line)]
    elif any(_HEADING.match(line) for line in lines):
        return None
    content = [line.lstrip("\ufeff") for line in lines if line.strip()]
    history = _numbered_run(content)
    kinds = Counter(kind for kind in (_record(line, history=history) for line in content) if kind is not None)
    if 2 * sum(kinds.values()) <= len(content):
        return None
    kind = kinds.most_common(1)[0][0]
    return None if kind is Data.COMMANDS and commented else kind
