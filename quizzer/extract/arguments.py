"""A word listed under an options label of a command, without dashes, in notes that write options with theirs (pure).

    ## get

    ```bash
    oc get [OPTIONS]
    ```

    ### Options

    - **pods**: All running pods in the current project
    - **bc [name]**: A named build config

Notes that write their options with dashes (``- **--follow**: …``) and list a bare word under a command's
``Options`` label list what the command takes as its argument: ``pods`` is typed as ``oc get pods``.  A careful
reader makes a card of it as written, never adding dashes the notes left out: the word (with its value) and the
line it makes with its command are the right answers.  Only under a command that names a sub-command (``oc get``,
``kubectl describe``): a program alone (``oc``) takes many words, each its own sub-command; then the item is warned.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.knowledge import GROUPS, VERB_PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["argument"]

_REASON = "word listed under its command's options label, without dashes"
# "pods", "bc [name]", "bc [name] -o yaml": a word, then its value or a flag
_ARGUMENT = lazyre.pattern(r"[a-z][\w.-]*(?:\s+(?:\[[^\]]+\]|<[^>]+>|--?[A-Za-z][\w-]*|[a-z][\w.-]*)){0,4}")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")


def argument(walk: Walk, term: str, description: str, line: int, depth: int) -> bool:
    """An option note for ``term`` of the section's command; False when the notes name no sub-command for it."""
    if not walk.options_block or not _ARGUMENT.fullmatch(term.strip()) or not _WORDY.search(description):
        return False
    command = walk.command(depth)
    if command is None or " " not in command or command in GROUPS or command in VERB_PROGRAMS:
        return False
    term = clean(term)
    walk.add(Kind.OPTION, term=term, front=term, back=clean(description), command=command, line=line,
             answers=(term, f"{command} {term}"), reason=_REASON)
    return True
