"""A heading asking for a task, and under it only "add the ``-x`` option" over the line passing it (pure).

::

    ### 숨김 파일까지 보고 싶다면?
    - `-a` 옵션을 추가하여 명령어를 실행하면 됩니다.
    ```
    $ ls -l -a
    ```

The heading asks how to do a task (``…싶다면?``, ``…하려면?``); the item under it says only to add one flag and
run the command.  The flag is what does the task: a flag card (the flag → the task as the heading asks it) and the
block's one line, which passes the flag, does the task too (a command card of the line → the same).  Read when the
heading and the item are all the text above the block (``walk.pending``'s prose, the item joined under its heading).
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.knowledge import says_wish
from quizzer.extract.terms import FlagDef
from quizzer.extract.walk import Walk, asked_task
from quizzer.shell import Invocation, passed_flags

__all__ = ["REASON", "read"]

REASON = "heading asking for a task, the item under it adding one flag to the line"

# "`-x` 옵션을 추가하여 명령어를 실행해주시면 됩니다.", "-a 옵션을 붙여서 실행한다.": add the flag, run; nothing more
_ADD_AND_RUN = lazyre.pattern(
    r"^`?(?P<flag>--?[A-Za-z][\w-]*)`?\s*옵션(?:을|를)?\s*(?:추가|붙이|붙여|넣어|주어|줘)\S*\s+"
    r"(?:(?:명령어?|커맨드)(?:를|을)?\s*)?(?:실행|입력)\S*(?:\s*(?:주시면|주면|하면|보면))?"
    r"(?:\s*(?:됩니다|된다|돼요|됨))?\s*[.!]?$"
)


def read(walk: Walk, prose: str, entries: Sequence[tuple[Invocation, int]]) -> bool:
    """The flag note (at the item's line) and the line's note from ``prose`` (the heading, then the item) over the
    one line of ``entries``; False when they are not of that shape."""
    heading, _, item = prose.partition("\n")
    adding = _ADD_AND_RUN.match(item.strip()) if item and "\n" not in item and len(entries) == 1 else None
    if adding is None:
        return False
    task = asked_task(heading.strip())
    if task == heading.strip() and not says_wish(heading.strip().rstrip("?？")):
        return False  # "### 삭제" over "add -x": the heading names no task the flag is for
    invocation, line = entries[0]
    flag = adding.group("flag")
    if flag not in passed_flags(invocation):
        return False
    task = task.rstrip("?？").strip()
    said = next(  # the item's line: the nearest above the block that names the flag
        (n for n in range(line - 1, 0, -1) if flag in (walk.written(n) or "") and "옵션" in (walk.written(n) or "")), line
    )
    walk.add_flag(FlagDef(flag, task), invocation, said, reason=REASON)
    walk.add_command(invocation, task, line, reason=REASON)
    return True
