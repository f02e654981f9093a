"""An item nested under an option's gloss that gives the option a value and says what that does (pure).

    $ tool -d2
    - `-d` : 깊이를 정한다.
        - `-d1`은 바로 아래 폴더만 보여준다.
        - `-d 3`: 세 단계 아래까지 보여준다.
        - 숫자를 빼면 끝까지 내려간다.

Notes that explain an option by the example above it often go on, under the option's own bullet, with the
values the example (or the reader) may give it: each such item is a fact of the option written with that value
(``-d1`` → "바로 아래 폴더만 보여준다"), an option of the line's command.  Only an item opening with a code span
that spells the glossed option and a value, glued on as a number (``-d1``; ``-da`` would be two flags) or after
a space or ``=`` (``-d 3``, ``--depth=3``), then a colon, a dash or a Korean subject particle (``은``, ``는``,
``이``, ``가``) and words; ``` `-d 3`인 폴더 ``` (a noun the value describes) is no such item, nor an item without
the option's spelling.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.terms import FlagDef, strip_markers
from quizzer.extract.walk import Walk
from quizzer.text import HANGUL, clean

__all__ = ["REASON", "read"]

REASON = "item under an option's gloss: the option with a value, and what that does"

# after the code span: "은 …", "는 …", "이 …", "가 …" (the value as the subject), ": …", " - …"
_SAID = lazyre.pattern(rf"^(?:(?:은|는|이|가)\s+|\s*[:：]\s+|\s+[-–—]\s+)(?P<meaning>\S.*)$", re.DOTALL)
_WORDY = lazyre.pattern(rf"[A-Za-z{HANGUL}]{{2,}}")


def _with_value(written: str, spellings: tuple[str, ...]) -> bool:
    """``-l1`` or ``-l 2`` of ``-l``, ``--level=2`` of ``--level``: the option, then one value."""
    for spelling in spellings:
        if not written.startswith(spelling) or written == spelling:
            continue
        value = written[len(spelling):]
        if re.fullmatch(r"\d[\w.]*", value) and not spelling.startswith("--"):
            return True  # "-l1": a number glued on (a letter would be another flag: "-la")
        if re.fullmatch(r"(?:=|\s+)[^\s-]\S*", value):
            return True
    return False


def read(walk: Walk, block: Para, flag: FlagDef, command: str) -> bool:
    """``block``, an item nested under the gloss of ``flag`` (an option of ``command``), as the option with a value
    and what that does; False when it is not one."""
    spans = [span for span in block.inline.spans if span.kind != "text" or span.text.strip()]
    if len(spans) < 2 or spans[0].kind != "code" or not block.inline.one_line:
        return False
    written = clean(spans[0].text)
    if not _with_value(written, (flag.flag, *flag.also)):
        return False
    rest = "".join(span.text for span in block.inline.spans[block.inline.spans.index(spans[0]) + 1:])
    said = _SAID.match(rest)
    if said is None:
        return False
    meaning = clean(strip_markers(said.group("meaning")))
    if not _WORDY.search(meaning):
        return False
    walk.add_option([written], meaning, command, block.line, reason=REASON)
    return True
