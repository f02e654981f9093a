"""``-pass 옵션에 1로 설정하여 첫번째 인코딩 과정임을 설정``: lines telling how each flag of a line is set (pure).

Korean notes walk through an example line flag by flag, one line each: the flag in backticks, ``옵션에`` its
value ``(으)로 설정하여`` and what that does, or ``옵션으로`` and what it does::

    `-an` 옵션으로 오디오는 처리하지 않음을 설정
    `-f` 옵션에 null /dev/null로 설정하여 출력 동영상 파일이 생성되지 않게 설정

When every line of a paragraph is such a line, each is a flag note of the section's command: the flag with
its value (``-f null /dev/null``) → what it does.  A line naming a second option is two facts in one and
makes the paragraph no such list.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para, split_lines
from quizzer.extract.knowledge import GROUPS, VERB_PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk

__all__ = ["REASON", "read"]

REASON = "lines telling how each flag is set and what it does"

_SETTING = lazyre.pattern(
    r"^(?P<flag>--?[A-Za-z][\w:-]*)\s*옵션(?:에\s+(?P<value>\S(?:.*?\S)??)\s*(?:으로|로|를|을)(?:\s*설정(?:하여|해서|하고))?"
    r"|(?:으로|을\s*주어|을\s*주고))\s+(?P<meaning>\S.*?)\s*$"
)
_ANOTHER = lazyre.pattern(r"(?:^|\s)--?[A-Za-z][\w:-]*\s*옵션")


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.CODE)
def read(walk: Walk, block: Para) -> bool:
    """The flag notes of ``block`` when each of its lines tells how a flag is set; False otherwise."""
    if block.lists or block.quote or not block.inline.has_code:
        return False
    lines = [line.plain.strip() for line in split_lines(block.inline)]
    found = [_SETTING.match(line) for line in lines if line]
    if not found or not all(found) or any(_ANOTHER.search(m.group("meaning")) for m in found if m):
        return False
    command = walk.command()
    if command is None or command in GROUPS or command in VERB_PROGRAMS:
        return False  # whose flags they are, the notes do not say
    for n, match in enumerate(m for m in found if m):
        flag, value = match.group("flag"), match.group("value")
        front = f"{flag} {value}" if value else flag
        walk.add(Kind.FLAG, term=front, front=front, back=match.group("meaning"), command=command,
                 line=block.line + n, answers=tuple(dict.fromkeys((front, flag))), reason=REASON)
    walk.prose = None
    return True
