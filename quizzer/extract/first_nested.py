"""An item naming a command line, and the first of the items nested under it saying what it does (pure).

    - `pip cache purge`
      - 내려받아 둔 패키지 캐시를 모두 지운다
      - 용량이 부족할 때 쓴다
      - `pip cache dir` 로 위치를 본다

Notes of every kind list commands as items and say what each does on the first item nested under it,
then add remarks, examples and caveats.  A careful reader takes the first nested item as the meaning and
leaves the remarks to the rules that read them.  :mod:`quizzer.extract.nested_commands` reads the same
shape with one nested item; this reads it with several, only when the item is a command line of a program
the notes know or are about and the first nested item, on one line, says what a thing does
(:func:`quizzer.extract.heading_terms.says_what`: not a command line, a label, an example, a lead-in, a
remark, the author's story …).
"""

from __future__ import annotations

from quizzer.extract.blocks import Para
from quizzer.extract.heading_terms import says_what
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.nested_commands import command_line
from quizzer.extract.nested_item import ITEM, nested_under
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation

__all__ = ["REASON", "read"]

REASON = "item naming a command line, the first of the items nested under it"


def read(walk: Walk, block: Para) -> bool:
    """The command card of an item and the first item nested under it; False (nothing done) when not that shape."""
    found = nested_under(walk, block)
    if found is None:
        return False
    here, nested, line = found
    following = ITEM.match(walk.written(line + 1) or "")
    if following is None or len(following.group("indent")) != len(nested.group("indent")):
        return False  # one nested item (nested_commands reads it), or a nested item over several lines
    typed = command_line(walk, here.group("text"))
    if typed is None:
        return False
    invocation = parse_invocation(typed)
    meaning = says_what(nested.group("text"))
    if invocation is None or meaning is None:
        return False
    if meaning.split(" ", 1)[0] in PROGRAMS | {invocation.command.split()[0]}:
        return False  # "- minikube 사용시 …": the program named again, a remark on it, not what the line does
    walk.add_command(invocation, meaning, line, reason=REASON)
    walk.nested_line = line
    return True
