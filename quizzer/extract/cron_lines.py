"""Crontab entries in a code block (pure): ``0 1 * * * backup.sh   # 매일 1시``.

A line of five schedule fields (minute, hour, day of the month, month, day of the week) or an ``@daily``-like
nickname, then a command, is an entry of a crontab.  What a person learns from it is when its command runs, as
the entry's comment says: the comment after it on its line, or the comment lines right above it when it is the
only entry under them.  The card's subject is the whole entry (a schedule is not a program), a concept of no
command.

A comment over a run of several entries heads them as a group and glosses none of them; where the notes leave
unsure which entry a comment is about, the reader warns and makes no card.  An entry whose command is a stand-in
(``* * * * * command``) shows the entry's form, not a schedule to learn.  Every entry read, and the comments it
used, are blanked from the lines handed back, so that no other reading takes ``0`` for a program.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizzer import i18n
from quizzer import lazyre
from quizzer.extract.fences import COMMENT
from quizzer.extract.gate import COMMENT_ABOVE
from quizzer.extract.knowledge import COMMAND_WORDS_KO, STAND_IN_COMMANDS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["entry", "read"]

# one field: "*", "5", "1-5", "*/10", "0-30/5", "1,15", and the names of months and week days ("JAN-DEC", "MON")
_VALUE = r"(?:\d{1,2}(?:-\d{1,2})?|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)(?:-[A-Z]{3})?)"
_FIELD = rf"(?:\*|{_VALUE})(?:/\d{{1,2}})?(?:,{_VALUE}(?:/\d{{1,2}})?)*"
_ENTRY = lazyre.pattern(
    rf"^\s*(?P<schedule>(?:{_FIELD}\s+){{4}}{_FIELD}|@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly))"
    r"\s+(?P<command>[^\s#].*?)(?:\s+#\s*(?P<comment>\S.*?))?\s*$"
)
# a schedule that only numbers spell ("1 2 3 4 5 …") may be anything printed in columns; a crontab's has a "*", a
# step, a name or is a nickname
_SCHEDULE_MARK = lazyre.pattern(r"[*/@A-Z]")
_STAND_INS = STAND_IN_COMMANDS | COMMAND_WORDS_KO
# "<script>", "[command]", "{job}": a name in brackets (not find's "{}" nor a redirection)
_BRACKETED = lazyre.pattern(r"^[<\[{][^\s<>\[\]{}]*\w[^\s<>\[\]{}]*[>\]}]$")

@dataclass(frozen=True, slots=True)
class Entry:
    """A crontab entry as written: the schedule and command (``entry``, spaces folded) and its trailing comment."""

    written: str
    command: str
    comment: str | None


def entry(line: str) -> Entry | None:
    """``line`` as a crontab entry, or None when it is not one."""
    match = _ENTRY.match(line)
    if match is None or not _SCHEDULE_MARK.search(match.group("schedule")):
        return None
    command = match.group("command")
    return Entry(clean(f"{match.group('schedule')} {command}"), command, match.group("comment"))


def _stand_in(command: str) -> bool:
    """``command``, ``sudo command``, ``<cmd>``, ``[script]``, ``명령어``: a word standing for what is run, the entry's
    form (a redirection's ``>>`` is typed as written)."""
    return any(
        word.strip("<>[]{}").casefold() in _STAND_INS or _BRACKETED.match(word) for word in command.split()
    )


@dataclass
class _Run:
    """The comment lines right above an entry since the line before it that is no comment, and the entry."""

    comments: list[tuple[int, str, int]] = field(default_factory=list)  # line, text, indent
    line: int = 0
    entry: Entry | None = None


def read(walk: Walk, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Card each crontab entry of ``lines`` with its comment; ``lines`` with the entries and their comments blank."""
    if not any(_ENTRY.match(text) for _, text in lines):
        return lines  # (most blocks: no line of five fields)
    used: set[int] = set()
    for group in _groups(lines):
        used |= _read_group(walk, group)
    return [(n, "" if n in used else text) for n, text in lines]


def _groups(lines: list[tuple[int, str]]) -> list[list[_Run]]:
    """The entries of each run of lines between blank lines (and other lines), each with the comments over it."""
    groups: list[list[_Run]] = []
    group: list[_Run] = []
    comments: list[tuple[int, str, int]] = []
    for n, text in lines:
        said = COMMENT.match(text) if text.strip() else None
        found = entry(text) if text.strip() and said is None else None
        if said is not None:
            comments.append((n, clean(said.group(1)), len(text) - len(text.lstrip())))
            continue
        if found is not None:
            group.append(_Run(comments, n, found))
            comments = []
            continue
        if group:  # a blank line or another command: the run ends
            groups.append(group)
        group, comments = [], []
    if group:
        groups.append(group)
    return groups


def _read_group(walk: Walk, group: list[_Run]) -> set[int]:
    """Card the entries of one run; the lines read."""
    used: set[int] = set()
    several = len(group) > 1
    for i, run in enumerate(group):
        assert run.entry is not None
        used.add(run.line)
        used.update(n for n, _, _ in run.comments)
        if _stand_in(run.entry.command):
            continue  # "* * * * * command": the form of an entry
        if run.entry.comment:
            walk.add(
                Kind.CONCEPT, term=run.entry.written, front=run.entry.written, back=run.entry.comment, command=None,
                line=run.line, reason="comment after it on its line in a code block",
            )
            continue
        comments = run.comments
        if several and i == 0 and len({indent for _, _, indent in comments}) > 1:
            # "# 스크립트 실행" / "  # 절대경로 사용" / entry / "  # 홈 경로 …" / entry: the outer comment heads the run
            outer = min(indent for _, _, indent in comments)
            comments = [said for said in comments if said[2] > outer]
        if not comments:
            continue
        followed = i + 1 < len(group) and not group[i + 1].comments
        if followed or (several and i == 0 and len(comments) > 1 and comments == run.comments):
            # "# 백업" over two entries, or "# 백업" / "# 매일 1시" over the first of several: a group's heading
            # or the entry's own, the notes do not say
            walk.warn(run.line, i18n._(
                "line {line}: the comment above may be about more than this crontab entry; no card made from it"
            ).format(line=run.line))
            continue
        walk.add(
            Kind.CONCEPT, term=run.entry.written, front=run.entry.written,
            back="\n".join(text for _, text, _ in comments), command=None, line=run.line, reason=COMMENT_ABOVE,
        )
    return used
