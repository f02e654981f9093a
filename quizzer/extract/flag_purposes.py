"""A Korean sentence giving, for each of a few flags, what it is for (pure).

    모든 파일을 보려면 옵션으로 `-a`를, 디렉토리만 보려면 `-d`를 커맨드에 함께 쓰면 된다.

Each ``…려면 `-x`를`` pair is one option of the command the notes are about here: ``-a`` → ``모든 파일을
보려면``.  The sentence must end in a verb that adds the flags to the command line (``쓰면 된다``,
``붙인다``, ``입력한다`` …) and every pair must hold a flag; otherwise it is left to the other readers.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import COMMAND_NOUN_KO
from quizzer.extract.terms import option_spellings
from quizzer.extract.walk import Walk

__all__ = ["REASON", "read"]

REASON = "sentence: to do what, add `-x` (a flag each)"

_PAIR = lazyre.pattern(r"(?P<what>[^,`]{2,}?려면)\s*(?:옵션으로|옵션을|옵션)?\s*`(?P<flag>-[^`\s]+)`\s*(?:을|를|이|가)?\s*")
_TAIL = lazyre.pattern(
    rf"^(?:(?:{COMMAND_NOUN_KO}|명령줄)에?\s*)?(?:함께|같이)?\s*(?:작성|입력|추가|사용|쓰|붙이|붙여|주|넣)"
    r"(?:하면\s*된다|하면\s*됩니다|한다|합니다|하세요|면\s*된다|면\s*됩니다|는다|어\s*주면\s*된다|인다|ㄴ다)?\s*[.!]?$"
)


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.ONE_LINE)
def read(walk: Walk, block: Para) -> bool:
    """Options of the section's command from ``block`` when it is such a sentence; False otherwise."""
    if block.lists or block.quote or not block.inline.one_line or "려면" not in block.inline.raw:
        return False
    marked = block.inline.marked.strip()
    pairs: list[tuple[str, list[str]]] = []
    at = 0
    while True:
        pair = _PAIR.match(marked, at)
        if pair is None:
            break
        spellings = option_spellings(pair.group("flag"), bare_ok=False)
        if not spellings:
            return False
        pairs.append((pair.group("what").strip(), spellings))
        at = pair.end()
        if marked[at:at + 1] == ",":
            at += 1
    command = walk.command()
    if len(pairs) < 2 or command is None or not _TAIL.match(marked[at:].strip()):
        return False
    for what, spellings in pairs:
        walk.add_option(spellings, what, command, block.line, reason=REASON)
    return True
