"""A label line, then the command line that does it in a code span on the next line (pure).

::

    Free the page cache:
    `sysctl -w vm.drop_caches=1`

    Show open sockets
    `ss -tulpn`

One paragraph of two lines: the first says what to do (no code in it, a few words, a capital first as a
label starts, or Korean, which has no case; an optional colon at its end), the second is one code span holding a command line and
nothing else, and no fence right below (the pair then says what the fence's lines do).  The label is the
command's meaning, at the label's line.  A first line that starts in lower
case (``by days older than:``) goes on from a label above, which this paragraph does not hold; it is left
to the other readers, and so is a label ending as a sentence does (``… works.``, ``… 실행하면 된다``).

Several such pairs in one paragraph, the labels ending in a colon (``make GPT:`` / ``sgdisk -o /dev/sdc`` /
``back to MBR:`` / ``sgdisk -m 1 /dev/sdc``), the command lines bare or in backticks, read the same way,
pair by pair (:func:`read_pairs`); a first label over the next one (``partitioning:``) names them all and is
no meaning of its own, and a remark after a TAB on a command line is not read.

A heading right over a paragraph that is one such code span and nothing else (``## 로컬 서버 실행`` /
`` `hugo server` ``) says what the line does the same way, and so does a list item of one such label ending in
a colon right over it that says an action (an imperative first, a Korean noun of doing or -기 last), the list
closed before the code span (tldr pages' way: ``- 압축 파일 풀기:`` / a blank line /
`` `tar xf 파일.tar` ``; :func:`under_item`), when the line runs a program quizzer knows or the notes' own.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Block, Para, split_lines
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import PROGRAMS, is_label, is_label_phrase, is_remark, says_doing
from quizzer.extract.own_programs import owns
from quizzer.extract.signals import code_alone
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, looks_like_command, parse_invocation, strip_prompt
from quizzer.text import HANGUL, clean

__all__ = ["read", "read_pairs", "under_heading", "under_item"]

_UNDER_ITEM = "item ending in a colon, then its command line in code"  # the reason under_item gives
_LABEL = lazyre.pattern(rf"^(?P<label>[A-Z{HANGUL}][^`\n]{{2,80}}?)\s*[:：]?\s*$")
_MAX_WORDS = 10
# a Korean line ending as a sentence or a clause does ("다음과 같이 실행하면 된다", "왜 느린지 모르겠다", "…하면",
# "…해요"): it tells of the line, it is no label; a label ends as a noun or a 하기 form ("서버 켜기", "로그 보기")
_KO_SENTENCE_END = lazyre.pattern(
    r"[가-힣](?:다|요|까|죠|[하되으려이]면|면서|[는은인]데|니까|지만|[해어아워]서|[는은인던]지)\s*$"
)


def under_heading(walk: Walk, block: Para) -> bool:
    """``## 로컬 서버 실행`` right over a paragraph of one code span holding a command line (`` `hugo server` ``),
    no fence below: the heading says what the line does, as it would over a fence of that one line."""
    if (
        block.lists or block.quote or "\n" in block.inline.raw.strip() or walk.next_code_line is not None
        or not walk.prose_heading or walk.prose is None or walk.heading_block != walk.block - 1
    ):
        return False
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) != 1 or spans[0].kind != "code":
        return False
    typed = strip_prompt(spans[0].text.strip())
    invocation = parse_invocation(typed) if looks_like_command(typed) and " " in typed else None
    if invocation is None or clean(walk.prose) == clean(typed):
        return False
    walk.add_command(invocation, walk.prose, block.line, reason="heading, then its command line in code")
    walk.prose = None
    return True


def _label(text: str) -> str | None:
    """The label a line holds (``Free the page cache``), or None when it is a sentence, too long or too short."""
    label = _LABEL.match(text.strip())
    if label is None or label.group("label").rstrip().endswith((".", "!", "?")) or _KO_SENTENCE_END.search(label.group("label")):
        return None
    meaning = clean(label.group("label"))
    return meaning if 2 <= len(meaning.split()) <= _MAX_WORDS else None


# words that point at the line instead of saying what it does
_POINTS = lazyre.pattern(r"\b(?:following|below|above|this|these|that|as\s+follows)\b|다음|아래|위와|이렇게|예를", re.IGNORECASE)


def under_item(walk: Walk, block: Para, blocks: Sequence[Block], n: int) -> bool:
    """``- 압축 파일 풀기:`` / a blank line / `` `tar xf 파일.tar` `` (``block`` = ``blocks[n]``, outside the list):
    the item says what the line does; False when not that shape."""
    if block.lists or block.quote or "\n" in block.inline.raw.strip() or n == 0:
        return False
    item = blocks[n - 1]
    if not isinstance(item, Para) or not item.lists or not item.first or item.quote or item.inline.has_code:
        return False
    said = item.inline.raw.strip()
    if "\n" in said or not said.endswith((":", "：")):
        return False  # an item that does not lead into what follows it is a point of its own
    meaning = _label(said)
    typed = code_alone(block)
    if meaning is None or typed is None or is_label(meaning) or is_label_phrase(meaning) or is_remark(meaning):
        return False  # "- 주의할 점:", "- For example:": words that introduce or remark, not what the line does
    if not says_doing(meaning):
        return False  # "- You should see something like:", "- 출력 결과 예시:": what one sees, no action (review9)
    if _POINTS.search(meaning):
        return False  # "- Run the following command:", "- 아래처럼 입력:": it points at the line, says nothing of it
    typed = strip_prompt(typed)
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None or not owns(walk, invocation.command.split()[0]):
        return False
    walk.add_command(invocation, meaning, item.line, reason=_UNDER_ITEM)
    walk.prose = None
    return True


def read(walk: Walk, block: Para) -> bool:
    """A command note of ``block``'s second line, glossed by its first; False when not that shape."""
    if block.lists or block.quote or block.inline.raw.count("\n") != 1 or walk.next_code_line is not None:
        return False  # (a fence right below: the label and its usage say what the fence's lines do)
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) != 2 or spans[0].kind != "text" or spans[1].kind != "code" or "\n" not in spans[0].text:
        return False
    label = _LABEL.match(spans[0].text.strip())
    if label is None or label.group("label").rstrip().endswith((".", "!", "?")) or _KO_SENTENCE_END.search(label.group("label")):
        return False
    meaning = clean(label.group("label"))
    if len(meaning.split()) > _MAX_WORDS or len(meaning.split()) < 2:
        return False
    typed = strip_prompt(spans[1].text.strip())
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None:
        return False
    walk.add_command(invocation, meaning, block.line, reason="label line, then its command line in code")
    walk.prose = None
    return True


_PAIR_LABEL = lazyre.pattern(r"^(?P<label>[^`:：\n]{2,80}?)\s*[:：]$")
_REMARK_AFTER = lazyre.pattern(r"\t+|\s{3,}")  # "sgdisk -m 1 /dev/sdc<TAB>then reboot": the line, then a remark


def _typed_line(text: str) -> tuple[Invocation, bool] | None:
    """The command line of a line of the paragraph (bare or in backticks) and whether a remark follows it."""
    parts = _REMARK_AFTER.split(text.strip(), maxsplit=1)
    typed = strip_prompt(parts[0].strip().strip("`").strip())
    if "`" in typed or not looks_like_command(typed):
        return None
    invocation = parse_invocation(typed)
    if invocation is None or invocation.command.split()[0] not in PROGRAMS:
        return None
    return invocation, len(parts) > 1


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def read_pairs(walk: Walk, block: Para) -> bool:
    """Command notes of a paragraph of ``label:`` lines, each over its command line; False when not that shape."""
    if block.lists or block.quote:
        return False
    count = len(split_lines(block.inline))
    lines = [(walk.written(block.line + n) or "").strip() for n in range(count)]  # as written: a TAB ends the line
    if count < 4 or any(not line for line in lines):
        return False
    pairs: list[tuple[int, str, Invocation, bool]] = []
    start = 1 if _PAIR_LABEL.match(lines[0]) and _PAIR_LABEL.match(lines[1]) else 0  # "partitioning:" over the pairs
    if (len(lines) - start) % 2:
        return False
    for n in range(start, len(lines), 2):
        label = _PAIR_LABEL.match(lines[n])
        typed = _typed_line(lines[n + 1])
        if label is None or typed is None or len(label.group("label").split()) > _MAX_WORDS:
            return False
        pairs.append((block.line + n, clean(label.group("label")), *typed))
    if len(pairs) < 2:
        return False
    for line, meaning, invocation, remark in pairs:
        walk.add_command(invocation, meaning, line, reason="label line, then its command line")
        if remark:
            walk.warn(line + 1, _(
                "line {line}: the remark after the command line '{command}' is not read; skipped"
            ).format(line=line + 1, command=invocation.line))
    walk.prose = None
    return True
