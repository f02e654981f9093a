"""Keys pressed in brackets, a line of their own in a block after the command that starts a program (pure).

    ```shell
    tmux
    (ctrl+b)
    ```

After ``tmux`` the line ``(ctrl+b)`` is no shell command: it is what the author pressed in the program the line
above started (a modifier, a plus, a key, in brackets; misspelt as often as not: ``crtl``).  The block shows a
session, the command and the keys together; the text above it says what they do together, not what the command
alone does, so no card is made from the block and a warning says why.
"""

from __future__ import annotations

from quizzer import i18n
from quizzer import lazyre
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, strip_prompt

__all__ = ["read"]

# "(ctrl+a)", "(crtl + a)", "(Cmd-Shift-p)": a bracketed chord of words joined by + or -, then one key
_PRESSED = lazyre.pattern(r"^\s*\(\s*(?:[A-Za-z]{1,7}\s*[-+]\s*)+[^\s()]{1,6}\s*\)\s*$")


def read(walk: Walk, lines: list[tuple[int, str]]) -> bool:
    """Warn of the block of ``lines`` when a line after its first is keys pressed in brackets; False otherwise."""
    written = [(n, text) for n, text in lines if text.strip()]
    pressed = [n for n, text in written[1:] if _PRESSED.match(text)]
    if not pressed or not looks_like_command(strip_prompt(written[0][1].strip())):
        return False
    walk.warn(written[0][0], i18n._(
        "line {line}: the block shows keys pressed (line {keys}) in the program its first line starts; the text "
        "above says what they do together, not what the command does; no card made from it"
    ).format(line=written[0][0], keys=pressed[0]))
    return True
