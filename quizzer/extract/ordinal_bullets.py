"""Bullets after a code block that say, in order, what each of its lines does (pure).

    ```
    mkdir site && cd site
    npm init -y
    npm install vite
    ```
    - 첫번째 작업 폴더를 만들고 그 안으로 들어간다.
    - 두번째 package.json을 기본값으로 만든다.
    - 세번째 vite를 설치한다.

The same told in a paragraph: a line that says the lines of the block follow, one each (``이 두 명령어는 다음과
같다.``, ``These two commands:``), then as many lines as the block has commands, in order.

Each bullet opens with an ordinal word (첫번째, 두 번째, 셋째, First, Second …) that points at the block's
line of that place.  A careful reader makes one command card per line: the line → its bullet, without the
ordinal (the card's line the bullet's).  Only when the bullets count the lines exactly, in order (1, 2, 3 …
for as many lines as the block has); any other count is warned, the lines are not guessed.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import COMMAND_NOUN_KO
from quizzer.extract.nested_item import ITEM
from quizzer.extract.walk import PendingCode, Walk
from quizzer.i18n import _
from quizzer.shell import Invocation
from quizzer.text import clean

__all__ = ["read", "read_lines", "starts"]

_KOREAN = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
_KOREAN_PLAIN = {"첫째": 1, "둘째": 2, "셋째": 3, "넷째": 4, "다섯째": 5, "여섯째": 6, "일곱째": 7, "여덟째": 8, "아홉째": 9}
_ENGLISH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
_ORDINAL = lazyre.pattern(
    r"^(?:(?P<ko>첫|두|세|네|다섯|여섯|일곱|여덟|아홉)\s?번째|(?P<plain>첫째|둘째|셋째|넷째|다섯째|여섯째|일곱째|여덟째|아홉째)"
    r"|(?P<en>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)(?:\s*(?:줄|라인|line)은?)?[,:.)]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_REASON = "bullet after a code block saying what its line of that place does"


def _ordinal(text: str) -> tuple[int, str] | None:
    match = _ORDINAL.match(text.strip())
    if match is None:
        return None
    if match.group("ko"):
        number = _KOREAN[match.group("ko")]
    elif match.group("plain"):
        number = _KOREAN_PLAIN[match.group("plain")]
    else:
        number = _ENGLISH[match.group("en").lower()]
    return number, match.group("rest")


def starts(block: Para) -> bool:
    """Does ``block`` (an item) open with an ordinal word, the first of such a run?"""
    found = _ordinal(block.text) if len(block.lists) == 1 and not block.lists[-1].ordered else None
    return found is not None and found[0] == 1


def read(walk: Walk, block: Para, pending: PendingCode) -> bool:
    """The cards of ``pending``'s lines, each from its ordinal bullet (the run starting at ``block``);
    False (nothing done) when ``block`` opens no such run."""
    if not starts(block):
        return False
    here = ITEM.match(walk.written(block.line) or "")
    if here is None:
        return False
    indent = here.group("indent")
    bullets: list[tuple[int, int, str]] = []
    line = block.line
    while True:
        item = ITEM.match(walk.written(line) or "")
        if item is None or item.group("indent") != indent:
            break
        found = _ordinal(item.group("text"))
        if found is None:
            break
        bullets.append((line, found[0], found[1]))
        line += 1
    lines: dict[int, Invocation] = {}
    for invocation, number in pending.entries:
        lines.setdefault(number, invocation)
    walk.ordinal_until = bullets[-1][0]
    if [number for _, number, _ in bullets] != list(range(1, len(lines) + 1)):
        walk.warn(block.line, _(
            "line {line}: bullets that count the lines of the block above do not count them all, in order; "
            "which line each says is not sure, no card made from them"
        ).format(line=block.line))
        return True
    for (said, _number, meaning), invocation in zip(bullets, lines.values()):
        walk.add_command(invocation, clean(meaning), said, reason=_REASON)
    # "the heading above says what the lines do together": they are each said now, below the block
    walk.unread = [warning for warning in walk.unread if warning.line not in lines]
    return True


_COUNTS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "two": 2, "three": 3, "four": 4, "five": 5}
# "이 두 명령어는 다음과 같다.", "위 명령어들은 각각 아래와 같다:", "These two commands:", "The commands above, in order:"
_EACH_FOLLOWS = lazyre.pattern(
    rf"(?:이|위|위의)\s*(?:(?P<ko>두|세|네|다섯)\s*(?:개의?\s*)?)?(?:{COMMAND_NOUN_KO}|줄)(?:들)?(?:은|는)\s*(?:각각\s*)?"
    r"(?:다음과|아래와)\s*같다\s*[.:：]?"
    r"|(?:these|the)\s+(?:(?P<en>two|three|four|five)\s+)?(?:commands|lines)(?:\s+above)?(?:,?\s+in\s+order)?\s*[.:：]",
    re.IGNORECASE,
)
_BREAK = lazyre.pattern(r"(?:\\|\s{2,})$")  # a hard break ending a line: a backslash or two spaces
_THEN = lazyre.pattern(r"^(?:then|next|finally|그리고|그 ?다음|다음으로)\s*,?\s+", re.IGNORECASE)
_LINES_REASON = "line of a paragraph after a code block saying what its line of that place does"


def read_lines(walk: Walk, block: Para, pending: PendingCode) -> bool:
    """The cards of ``pending``'s lines from a paragraph right after the block that says they follow one each,
    then gives one line to each, in order; False (nothing done) when ``block`` is not such a paragraph."""
    if block.lists or block.quote:
        return False
    written = walk.written(block.line) or ""
    lead = _EACH_FOLLOWS.fullmatch(_BREAK.sub("", written.rstrip("\n")).strip())
    if lead is None:
        return False
    lines: dict[int, Invocation] = {}
    for invocation, number in pending.entries:
        lines.setdefault(number, invocation)
    count = lead.group("ko") or lead.group("en")
    said = []
    line = block.line + 1
    while (text := walk.written(line)) is not None and text.strip():
        said.append((line, _THEN.sub("", _BREAK.sub("", text.rstrip()).strip())))
        line += 1
    if len(said) != len(lines) or count is not None and _COUNTS[count.lower()] != len(lines):
        walk.warn(block.line, _(
            "line {line}: the lines that say what each line of the block above does do not count them all; "
            "which line each says is not sure, no card made from them"
        ).format(line=block.line))
        return True
    for (at, meaning), invocation in zip(said, lines.values()):
        walk.add_command(invocation, clean(meaning), at, reason=_LINES_REASON)
    walk.unread = [warning for warning in walk.unread if warning.line not in lines]
    return True
