"""Option items whose flag and value sit in separate code spans, or behind the program's name (pure).

    ### ping ADDRESS
    - 옵션
       - `-c` `num` : 입력된 숫자만큼만 출력되도록 제한
       - tail `-f` : 내용이 변경될 때마다 실시간으로 출력

``-c num`` is the option ``-c`` written with its value: an option of the command the list is about.
``tail `-f` `` in a list under an options label names whose option it is.  Each reader returns False
when the item is not its style.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS, is_label
from quizzer.extract.terms import option_spellings
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

_MEANING = lazyre.pattern(r"^\s*[:：]\s+(?P<meaning>\S.*)$", re.DOTALL)
_VALUE = lazyre.pattern(r"[A-Za-z_][\w.-]*|<[^>]+>|\[[^\]]+\]")  # "num", "sec", "<file>", "[n]"
_PROGRAM = lazyre.pattern(r"^\s*(?P<program>[a-z][\w-]*)\s+$")
_ITEM = lazyre.pattern(r"^(?P<indent>\s*)(?:[-*+]|\d{1,3}[.)])\s+(?P<text>.*)$")
_OPTIONS = lazyre.pattern(r"^(?:옵션|options?|flags?|플래그)\s*[:：]?$", re.IGNORECASE)


def _parent_label(walk: Walk, line: int) -> str | None:
    """The text of the item this one is nested in (the nearest item above indented less), or None."""
    here = _ITEM.match(walk.written(line) or "")
    if here is None:
        return None
    indent = len(here.group("indent"))
    for above in range(line - 1, max(line - 40, 0), -1):
        item = _ITEM.match(walk.written(above) or "")
        if item is not None and len(item.group("indent")) < indent:
            return item.group("text").strip()
    return None


@needs(Fact.NESTED, Fact.CODE, Fact.ONE_LINE)
def read(walk: Walk, block: Para, depth: int) -> bool:
    if depth < 2 or not block.inline.has_code or not block.inline.one_line:
        return False
    spans = [span for span in block.inline.spans if span.text.strip() or span.kind == "code"]
    if len(spans) == 3 and spans[0].kind == "code" and spans[1].kind == "code" and spans[2].kind == "text":
        # "`-c` `num` : …" (the space between the two spans is not kept above)
        flag, value, rest = spans[0].text.strip(), spans[1].text.strip(), spans[2].text
        meaning = _MEANING.match(rest)
        spellings = option_spellings(flag, bare_ok=False)
        if meaning is None or not spellings or not _VALUE.fullmatch(value):
            return False
        walk.add_option(spellings, clean(meaning.group("meaning")), walk.command(depth), block.line,
                        reason="option and its value in code, then what it does", written=f"{flag} {value}")
        return True
    if len(spans) == 3 and spans[0].kind == "text" and spans[1].kind == "code" and spans[2].kind == "text":
        program = _PROGRAM.match(spans[0].text)
        meaning = _MEANING.match(spans[2].text)
        spellings = option_spellings(spans[1].text.strip(), bare_ok=False)
        if program is None or meaning is None or not spellings or program.group("program") not in PROGRAMS:
            return False
        label = _parent_label(walk, block.line)
        if label is None or not (_OPTIONS.match(clean(label)) or is_label(clean(label)) and "옵션" in label):
            return False  # "cd `..` : 상위 디렉토리" among examples is a command line, not an option
        name = program.group("program")
        walk.add_option(spellings, clean(meaning.group("meaning")), name, block.line,
                        reason="option of the program named before it, in a list of options",
                        written=f"{name} {spans[1].text.strip()}")
        return True
    return False
