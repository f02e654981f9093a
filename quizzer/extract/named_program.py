"""Text over a block of several command lines that says what one of them does, naming its program (pure).

    fish를 기본 셸로 바꾸기 위해 chsh 명령어를 사용하자.
    ```
    $ which fish
    /usr/local/bin/fish
    $ chsh -s /usr/local/bin/fish
    ```

The text gives a purpose and names the command that serves it (``chsh 명령어``, ``the chsh command``); the
other lines (finding the shell's path first) lead up to it.  A careful reader gives the purpose to the one line
running the named program, and to no other.  Read so only when the text names exactly one of the block's
programs as a command, that program runs on exactly one line, and the text states a purpose (``… 위해``,
``…려면``, ``To …``, ``… command to …``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.knowledge import COMMAND_NOUN_KO
from quizzer.shell import Invocation

__all__ = ["named_line"]

_PURPOSE = lazyre.pattern(r"위해|려면|^to\s|\bcommand\s+to\s", re.IGNORECASE)


def _names_as_command(text: str, program: str) -> bool:
    """``chsh 명령어를 사용``, ``chsh 커맨드를 입력``, ``use the chsh command``, ``run the `chsh` command``: the command
    the text says to use ("before the chsh command, …" names it and uses another)."""
    name = re.escape(program)
    return re.search(
        rf"(?<![\w./-])`?{name}`?\s*{COMMAND_NOUN_KO}(?:를|을)?\s*(?:사용|이용|쓰|써|실행|입력)"
        rf"|\b(?:use|run|with)\s+the\s+`?{name}`?\s+command\b",
        text,
        re.IGNORECASE,
    ) is not None


def named_line(prose: str, invocations: Sequence[Invocation]) -> int | None:
    """The place of the one line whose program ``prose`` names as the command for its purpose, or None."""
    text = prose.strip().split("\n")[-1]
    if len(invocations) < 2 or _PURPOSE.search(text) is None:
        return None
    programs = [invocation.command.split()[0] for invocation in invocations]
    named = [program for program in dict.fromkeys(programs) if _names_as_command(text, program)]
    if len(named) != 1 or programs.count(named[0]) != 1:
        return None
    return programs.index(named[0])
