"""A numbered task, and the bare command lines nested under it that do it (pure).

::

    2. 저장소 내려받기
      - `git clone https://example.org/r.git` (macOS/Linux)
      - `git.exe clone https://example.org/r.git` (Windows)

    3. 작업 폴더 비우기
      - `git clean -fd`

How-to notes number their tasks and nest the line for each under it.  A nested item that is a command line in
a code span and nothing more (or with only where it runs in parentheses: one word, ``(Windows)``,
``(macOS/Linux)``) says nothing of its own: the task above is what it does.  A careful reader makes a command
card per such line: the line → the task, at the task's line.  A nested line with a gloss of its own
(``(단일 패키지 설치)``) is read by that gloss instead.  Only a task that reads as one: a few words with no code,
a Korean ``…하기``/``…기`` or an English imperative, not a sentence, not a lead-in (``…:``).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import IMPERATIVES
from quizzer.extract.nested_item import nested_items
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, strip_prompt
from quizzer.text import clean, has_hangul

__all__ = ["REASON", "read"]

REASON = "numbered task, the bare command line nested under it"

_NUMBERED = lazyre.pattern(r"^(?P<indent>\s*)\d+[.)]\s+\S")
# "`git clean -fd`", "`source .venv/bin/activate` (macOS/Linux)": a code span, then at most one word in parentheses
_BARE = lazyre.pattern(r"^`(?P<line>[^`\n]+)`\s*(?:\((?P<where>[^()\s]+)\))?\s*$")
_MOST_WORDS = 6


def _task(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MOST_WORDS or "`" in text or text.rstrip().endswith((":", "：", ".", "다", "요")):
        return False
    if has_hangul(text):
        return words[-1].endswith("기")  # "가상환경 만들기", "작업 폴더 비우기"
    return words[0].casefold() in IMPERATIVES


def read(walk: Walk, block: Para) -> bool:
    """Command notes of the bare lines nested under a numbered task item; False when there are none."""
    written = walk.written(block.line) or ""
    numbered = _NUMBERED.match(written)
    if numbered is None or "\n" in block.inline.raw.strip() or block.quote:
        return False
    task = clean(strip_markers(block.text))
    if not _task(task):
        return False
    nested = nested_items(walk, block.line, len(numbered.group("indent").expandtabs(4)))
    made = False
    for _line, text in nested or ():
        bare = _BARE.match(text.strip())
        if bare is None:
            continue
        typed = strip_prompt(bare.group("line").strip())
        invocation = parse_invocation(typed) if looks_like_command(typed) else None
        if invocation is None:
            continue
        walk.add_command(invocation, task, block.line, reason=REASON)
        made = True
    return made
