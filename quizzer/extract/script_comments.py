"""A script (``#!/bin/bash``) whose lines of the notes' program carry a comment saying what they do (pure).

A script as a whole is not a list of commands to learn, but notes often gloss its lines::

    #!/bin/bash
    gedit & sleep 0.5
    wmctrl -r :ACTIVE: -b add,above      # keep the window on top
    id=$(wmctrl -l | tail -1)            # the id of the newest window

A line that runs the program the notes are about (their title names it), with a comment after it set off
by spaces, is that command → the comment.  ``var=$(program …)`` runs it too.  Every other line stays
unread and is warned about: it runs another program or nothing says what it does.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import parse_invocation

__all__ = ["read"]

# "xdotool key ctrl+v      # Paste from clipboard": the line, two spaces or more, the comment
_GLOSSED = lazyre.pattern(r"^\s*(?P<line>\S.*?\S)\s{2,}#\s*(?P<comment>\S.*?)\s*$")
# "wid=$(xdotool getactivewindow)": the command substituted into a variable
_CAPTURED = lazyre.pattern(r"^[A-Za-z_]\w*=\$\((?P<command>[^()]+)\)$")


def read(walk: Walk, block: Code) -> bool:
    """Read the glossed lines of the notes' program in a script; False (nothing done) when there are none."""
    tool = walk.tool
    if tool is None:
        return False
    rows = [(n, text) for n, text in block.lines[1:] if text.strip() and not text.lstrip().startswith("#")]
    read_lines: set[int] = set()
    for n, text in rows:
        glossed = _GLOSSED.match(text)
        if glossed is None:
            continue
        line = glossed.group("line")
        captured = _CAPTURED.match(line)
        command = captured.group("command").strip() if captured else line
        invocation = parse_invocation(command)
        if invocation is None or command.split()[0] != tool or invocation.piped:
            continue
        walk.add_command(invocation, glossed.group("comment"), n, also=(line,),
                         reason="line of the notes' program in a script, its comment after it")
        read_lines.add(n)
    if not read_lines:
        return False
    for n, _text in rows:
        if n not in read_lines:
            walk.warn(n, _(
                "line {line}: a line of a script that is not a glossed line of the notes' program; skipped"
            ).format(line=n))
    return True
