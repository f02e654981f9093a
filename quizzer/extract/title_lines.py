"""A task title over notes that hold one command line: what that line does (pure).

    # List PID And Name Of Current Shell Process

    In a blog post she shows off an odd-looking command for …

    ```bash
    $ ps -p $$ -o pid=,comm=

    38105 -zsh
    ```

A TIL names in its title the task its one command line does, then tells where the line came from and breaks it
down.  When the notes' one title (a level-1 heading, no other heading) says a task in English (``List …``, ``Free
disk space used by Docker``: a verb of knowledge.IMPERATIVES first) and their code blocks hold one command line in all (``walk.command_lines``),
the title says what that line does: a command note at the title's line (the text above the block, a story of where
the line came from as often as not, is then left off it: one description of the line).  Lines of output (``38105 -zsh``) are no command lines; a second command line anywhere leaves the
title to the notes as a whole.

A Korean title naming a problem (``Git 한글 깨짐문제``, ``npm 설치 오류 해결``: a problem noun ends it) over notes of one
command line names the problem that line fixes, read the same way; so is a title in the front matter (or a site
generator's metadata lines) when no heading stands above the block.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import IMPERATIVES, PROBLEM_NOUNS
from quizzer.extract.transcripts import continued
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, strip_prompt

__all__ = ["REASON", "count", "read"]

REASON = "the notes' task title over their one command line"

_PROMPT = lazyre.pattern(r"^\s*[$%]\s+\S")
_COMMENT = lazyre.pattern(r"^\s*(?:#|//)")


def _is_command(text: str) -> bool:
    return bool(text.strip()) and not _COMMENT.match(text) and (
        _PROMPT.match(text) is not None or looks_like_command(text.strip()))


def count(lines: Iterable[str]) -> int:
    """How many lines of a document's code blocks are command lines: typed at a prompt, or reading as one (a line
    of output that reads as a command counts too: the count is never too low); a line continued with a backslash
    is one with the lines it goes on to (:func:`quizzer.extract.transcripts.continued`), counted by its first."""
    return sum(1 for _whole, parts in continued(list(enumerate(lines))) if _is_command(parts[0]))


def _task_title(title: str) -> bool:
    """``List PID And Name Of …``: an English title of two words or more opening with a verb saying what to do."""
    words = title.split()
    return len(words) > 1 and words[0].casefold() in IMPERATIVES


# "Git 한글 깨짐문제", "npm 설치 오류 해결": a Korean title naming a problem (a problem noun ending it, maybe glued to
# the word before, then maybe 해결 and its ways)
_PROBLEM_TITLE = lazyre.pattern(rf"[가-힣]\s*(?:{'|'.join(sorted(PROBLEM_NOUNS))})(?:\s*해결(?:법|\s*방법|하기)?)?$")


def _title(walk: Walk) -> tuple[str, int] | None:
    """The notes' one title and its line: their one level-1 heading (no other heading above the block), or, with no
    heading yet, their front matter's or metadata's title."""
    if len(walk.sections) == 1 and walk.sections[0].level == 1:
        return walk.sections[0].text, walk.heading_line
    if walk.sections or walk.titled is None:
        return None
    return walk.titled, 1  # (the front matter, blanked, opens the notes)


# "The `openssl` utility can be used to generate …", "git lets you …": the text says what its program is used for
_USED_TO = lazyre.pattern(r"\b(?:(?:can|could|may)\s+be|is|are)\s+used\s+to\s+[a-z]|\b(?:lets|allows)\s+you\s+(?:to\s+)?[a-z]")


def _says_use(prose: str | None, program: str) -> bool:
    """``prose`` (the text above the block) names ``program`` and says what it can be used to do: what the line does,
    in the author's words, which the title only names the task of."""
    return prose is not None and program in prose.split("`") + prose.split() and _USED_TO.search(prose) is not None


def read(walk: Walk, block: Code, prose: str | None = None) -> bool:
    """The command note of ``block``'s one line said by the notes' task title (or a Korean title naming the problem the
    line fixes), when the notes are of that shape; False otherwise.  The text above the block then says nothing more
    of the line: one description of it (the caller leaves that text off), unless that text (``prose``) names the
    line's program and says what it can be used to do (then the title is left to it).  A line continued with a
    backslash is one line."""
    titled = _title(walk) if walk.command_lines == 1 else None
    if titled is None:
        return False
    title, title_line = titled
    if not _task_title(title) and _PROBLEM_TITLE.search(title) is None:
        return False
    lines = [whole for whole, _parts in continued(block.lines) if _is_command(whole)]
    if len(lines) != 1:
        return False
    typed = strip_prompt(lines[0]).strip()
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None or _says_use(prose, invocation.command.split()[0]):
        return False
    walk.add_command(invocation, title, title_line, reason=REASON)  # at the title's line
    return True
