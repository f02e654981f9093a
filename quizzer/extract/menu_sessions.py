"""Letters typed at a partitioning program's menu, written in a block after the line that opens it (pure).

    fdisk /dev/vdb   # 디스크 분할 시작
    m                # 도움말
    g                # 새 GPT 파티션 테이블
    n                # 새 파티션
    1                # 파티션 번호
    (enter)          # 첫 섹터는 기본값
    w                # 저장하고 끝내기

After ``fdisk /dev/vdb`` the lines are not shell commands (there is no program ``m`` or ``g``): they are typed at
fdisk's own prompt, one-letter commands of its menu and the answers to its questions (a number, a size, Enter).
A careful reader files each letter under fdisk (``m`` → 도움말) and an answer likewise (``1`` → 파티션 번호),
with what the comment on its line says. The same letter typed again with another meaning (``p`` to print, later
``p`` for "primary" answering ``n``) cannot be told apart on one card: the first reading is kept, the later
ones are warned with their lines; a comment line of its own between them (a remark over the next few keys) is
warned too, and a comment indented under a line (its second line) is kept as that card's context. The session
ends at the menu's quit (``w``, ``q``) or at the first line that is neither a menu letter nor an answer.
"""

from __future__ import annotations

import re

from quizzer import i18n
from quizzer import lazyre
from quizzer.extract.fences import COMMENT
from quizzer.extract.knowledge import MENU_PROGRAMS
from quizzer.extract.model import Kind, note_key
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

_REASON = "letter typed at a program's menu in a code block"
_TRAILING = lazyre.pattern(r"^(\S+)\s+#\s*(\S.*)$")
# "fdisk /dev/sda", "sudo gdisk /dev/nvme0n1": the program opened on one device, no listing flag
_OPENER = lazyre.pattern(r"^\s*(?:sudo\s+)?(\S+)\s+(/dev/\S+)\s*(?:#.*)?$")
# answers to the menu's questions: a number, a size ("-4G", "+512M"), Enter written out
_ANSWER = lazyre.pattern(
    r"^(?:\d{1,4}|[+-]?\d+(?:\.\d+)?[KMGTP](?:i?B)?|\(?(?:enter|엔터|return|엔터키)\)?|<enter>|⏎)$", re.IGNORECASE
)


def read(walk: Walk, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Read every menu session of ``lines`` into notes; the lines left for the other readers (a session's
    lines become blank lines, so the lines around it stay apart)."""
    if not any("/dev/" in text and _OPENER.match(text) for _, text in lines):
        return lines
    left = list(lines)
    i = 0
    while i < len(left):
        opener = _OPENER.match(left[i][1])
        menu = MENU_PROGRAMS.get(opener.group(1)) if opener else None
        if opener is None or menu is None:
            i += 1
            continue
        end = _session(walk, left, i + 1, opener.group(1), menu)
        for j in range(i + 1, end):
            left[j] = (left[j][0], "")
        i = end
    return left


def _session(walk: Walk, lines: list[tuple[int, str]], start: int, program: str, menu: frozenset[str]) -> int:
    """Read the session that starts at ``lines[start]``; the index of the first line after it."""
    said: dict[str, str] = {}  # each letter's first meaning
    last: tuple[str, int] | None = None  # the card the line before made: its letter and line
    quits = menu & {"q", "w"}
    i = start
    while i < len(lines):
        n, raw = lines[i]
        text = raw.strip()
        if not text:
            last = None
            i += 1
            continue
        comment = COMMENT.match(raw)
        if comment:
            if last is not None and raw[: len(raw) - len(raw.lstrip())]:
                # "  # gpt signature가 남아있다는 경고…" indented under "o # …": the line's second line
                walk.set_context([note_key(walk.deck, Kind.COMMAND, program, last[0])], comment.group(1))
            else:
                walk.warn(n, i18n._(
                    "line {line}: a remark among the letters typed at {program}'s menu; no card made from it"
                ).format(line=n, program=program))
            i += 1
            continue
        trailing = _TRAILING.match(text)
        typed, meaning = (trailing.group(1), clean(trailing.group(2))) if trailing else (text, "")
        if typed not in menu and not _ANSWER.match(typed):
            break  # a shell line again ("fdisk -l # 파티션 확인")
        last = None
        if not meaning:
            walk.warn(n, i18n._(
                "line {line}: '{typed}' typed at {program}'s menu, with no comment saying what it does; no card made from it"
            ).format(line=n, typed=typed, program=program))
        elif typed in said and said[typed] != meaning:
            walk.warn(n, i18n._(
                "line {line}: '{typed}' is typed at {program}'s menu again with another meaning; no card made from it"
            ).format(line=n, typed=typed, program=program))
        else:
            said.setdefault(typed, meaning)
            walk.add(
                Kind.COMMAND, term=typed, front=typed, back=meaning, command=program, line=n,
                answers=(typed,), reason=_REASON,
            )
            last = (typed, n)
        i += 1
        if typed in quits:
            break
    return i
