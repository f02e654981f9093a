"""``* Subnet : nmap 10.0.0.0/24 : 10.0.0.1 부터 … 까지 Scan``: a label, a command line, what it does (pure).

Notes group examples under a word that names the case (``Subnet``, ``IP Range``, ``압축``) and then
write the command line and its meaning, each after a colon.  The card is the command line → its
meaning; the label says which case, as context, never the front (it is no term the notes define).
Only a line whose middle part is a command of a program quizzer knows reads so.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation

__all__ = ["read"]

# "nmap 192.168.0.1-20 : 192.168.0.1 부터 … Scanning한다.": a command line, a spaced colon, its meaning
_LINE_THEN_MEANING = lazyre.pattern(r"^(?P<line>\S.*?\S)\s+[:：]\s+(?P<meaning>\S.*)$")


def read(walk: Walk, label: str, description: str, line: int) -> bool:
    """Read ``label: command : meaning``; False (nothing done) when the description is not a line and its meaning."""
    if ":" not in description and "：" not in description or "\n" in description:
        return False  # no colon for _LINE_THEN_MEANING to find
    split = _LINE_THEN_MEANING.match(description.strip())
    if split is None:
        return False
    command, meaning = split.group("line"), split.group("meaning")
    invocation = parse_invocation(command) if looks_like_command(command) else None
    if invocation is None or invocation.command.split()[0] not in PROGRAMS or _LINE_THEN_MEANING.match(meaning):
        return False
    walk.add_command(invocation, meaning, line, context=label,
                     reason="label, then a command line and what it does, each after a colon")
    return True
