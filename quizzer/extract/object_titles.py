"""Text above a code block that names the thing its lines work on, not what they do (pure).

Lists of apps or packages to install give each entry its name, often with its identifier in the store,
then the lines that find and install it::

    2) 메모장
    **123456789** Notes (1.2.3)

    ```
    mas search notes
    mas install 123456789
    ```

    Firefox (org.mozilla.firefox)

    ```
    flatpak search firefox
    flatpak install flathub org.mozilla.firefox
    ```

The text names the app twice, each line taking one of its names as its argument (``notes`` to search
by, ``123456789`` to install by): it is the title of the entry, what the lines work on, and says nothing
of what searching or installing does.  Said of each line, every card would answer "Notes 123456789".
:func:`names_objects` tells such a text: two lines or more of the block each have an argument the text
names as a word of its own, each naming one the other does not.  One argument named by every line ("nginx
설치" over ``apt install nginx`` / ``systemctl start nginx``), or one line naming all the other names ("web
컨테이너 nginx 실행" over ``docker pull nginx`` / ``docker run --name web nginx``), is a task said of them,
left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.shell import Invocation, tokenize

__all__ = ["names_objects"]

_WORD = lazyre.pattern(r"[^\W_]+(?:[.@-][^\W_]+)*")


def _arguments(invocation: Invocation) -> set[str]:
    """The words of a line after its program and the word after it (its sub-command, whether known or
    not; ``sudo`` before them left out), flags left out, folded."""
    tokens = tokenize(invocation.line)
    program = invocation.command.split()[0]
    start = next((i for i, token in enumerate(tokens) if token.rsplit("/", 1)[-1] == program), 0)
    skip = start + max(2, len(invocation.command.split()))
    return {token.casefold() for token in tokens[skip:] if not token.startswith("-") and len(token) >= 3}


def names_objects(prose: str, invocations: Sequence[Invocation]) -> bool:
    """``prose`` names an argument of two lines of ``invocations`` each, one the other line does not have."""
    words = {word.casefold() for word in _WORD.findall(prose)}
    named = [hits for hits in (_arguments(invocation) & words for invocation in invocations) if hits]
    return any(a - b and b - a for i, a in enumerate(named) for b in named[i + 1 :])
