"""A tool named with the line that installs it, then what it does (pure).

Notes that list tools give each its install line in parentheses after its name::

    - fast (`sudo snap install fast`): gives download speed using Netflix's speed testing service
    - speedtest (`sudo apt install speedtest-cli`): upload and download speed (using Ookla's servers)

The install line says the name is a program, one the reader runs: the card is the program → what it does (never
the name with its install line as a term).  A link or a remark in parentheses ending the gloss is where to read
more, left off (warned).  The install line must install that name (its last word is the name, or starts with it and a
dash: ``speedtest-cli``).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.knowledge import fetches_or_installs
from quizzer.extract.terms import Term
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import parse_invocation

__all__ = ["read"]

_NAMED = lazyre.pattern(r"(?P<name>[a-z][\w.+-]*)\s*\((?P<install>[^()]+)\)")
# ", https://fast.com" or "(using …; see …)" ending the gloss: where to read more, a remark
_TAIL = lazyre.pattern(r"(?:\s*[,;]?\s*\S*https?://\S+|\s*\((?:[^()]|\([^()]*\))*\))\s*$")


def read(walk: Walk, term: Term, line: int) -> bool:
    """The command note of ``name (install line): gloss``; False when the term is not one."""
    named = _NAMED.fullmatch(term.term) if term.style == "plain" and "(" in term.term else None
    if named is None or not fetches_or_installs(named.group("install")):
        return False
    name, package = named.group("name"), named.group("install").split()[-1]
    if package != name and not package.startswith(f"{name}-"):
        return False
    invocation = parse_invocation(name)
    gloss = term.description
    while (tail := _TAIL.search(gloss)) is not None and tail.start() > 0:
        gloss = gloss[: tail.start()]
    if invocation is None or not gloss.strip():
        return False
    walk.add_command(invocation, gloss, line, reason="`command: description` line")
    if remark := term.description[len(gloss) :].strip(" ,;"):
        walk.warn(line, _("line {line}: '{remark}' after what {command} does is a link or a remark; left off its card")
                  .format(line=line, remark=remark, command=name))
    return True
