"""``* `mysql> flush privileges;` `` under a heading or a sentence: statements typed at a program's prompt,
written as list items in inline code (pure).

    ### 변경된 권한 적용

    * `mysql> flush privileges;`

The prompt names the program (``mysql>``, ``redis>``; a bare ``>`` in notes whose title names a program with
a shell of its own); the text right above the list (a heading, or a sentence) says what the statements do.
One statement, or statements that are one command with other arguments (``grant … to a``, ``grant … to b``),
or items the notes mark as alternatives (``… 또는``), make one note; different statements under one
description (``use db;`` then ``select …``) do not say which does what: a warning, no card.  A statement
with a bullet of its own nested under it is glossed by that bullet.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import CAUTION_WORDS_KO, PROGRAMS, SHELL_PROGRAMS, SQL_OBJECT_VERBS, is_label, is_premise, names_pattern, says_doing, without_premise
from quizzer.extract.model import Kind
from quizzer.extract.repl import shell_program
from quizzer.extract.sentences import is_sentence
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, looks_like_command, parse_invocation, strip_prompt, typed_at_dollar
from quizzer.text import clean, strip_numbering

__all__ = ["bare_prompt_item", "letter_options", "purpose_then_command", "read"]

# "* `mysql> grant …;` 또는": an item that is one code span holding a prompt and a statement
_ITEM = lazyre.pattern(
    r"^(?P<indent>\s*)[-*+]\s+`\s*(?P<name>[A-Za-z][\w-]*)?>\s+(?P<typed>[^`]*\S)\s*`\s*(?P<alt>또는|혹은|or)?\s*$"
)
_BULLET = lazyre.pattern(r"^(?P<indent>\s*)(?:[-*+]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
_HEADING = lazyre.pattern(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")


def read(walk: Walk, block: Para, depth: int) -> bool:
    """Read the list of prompt statements starting at ``block``; True for each item of one already read."""
    if block.line <= walk.prompt_until:
        return True  # an item (or the gloss under one) of a list of statements read at its first item
    if depth != 1 or not block.inline.has_code:
        return False  # _ITEM needs the item to open with a code span
    first = _ITEM.match(walk.written(block.line) or "")
    if first is None:
        return False
    program = _program(walk, first.group("name"))
    if program is None:
        return False
    items, glossed, end = _group(walk, block.line, len(first.group("indent")))
    walk.prompt_until = end
    for line, typed, gloss_line, gloss in glossed:
        walk.add(Kind.COMMAND, term=typed, front=typed, back=gloss, command=program, line=gloss_line,
                 reason="statement typed at a program's prompt, its meaning nested under it")
    if not items:
        return True
    described = _description(walk, block.line)
    if described is None:
        for line, _typed, _alt in items:
            walk.warn(line, _("line {line}: nothing above says what this statement does; no card made from it").format(
                line=line))
        return True
    where, text = described
    statements = [typed for _, typed, _ in items]
    alternatives = all(alt for _, _, alt in items[:-1])
    if len(items) > 1 and not alternatives and len({_verb(s) for s in statements}) > 1:
        walk.warn(items[0][0], _(
            "lines {first}-{last}: different statements under one description ('{text}'); which does what is "
            "not said, so no card made from them"
        ).format(first=items[0][0], last=items[-1][0], text=text))
        return True
    answers = tuple(dict.fromkeys(clean(s) for s in statements))
    walk.add(Kind.COMMAND, term=answers[0], front=answers[0], back=text, command=program, line=where,
             answers=answers, reason="heading or sentence over statements typed at a program's prompt")
    walk.prose = None
    return True


def _program(walk: Walk, name: str | None) -> str | None:
    if name:
        return SHELL_PROGRAMS.get(name.lower())
    return shell_program(walk)


def _verb(statement: str) -> str:
    """What a statement does, without its arguments: ``grant``, ``show grants``, ``drop user``."""
    words = statement.lower().split()
    return " ".join(words[:2]) if words and words[0] in SQL_OBJECT_VERBS else words[0] if words else ""


def _group(walk: Walk, start: int, indent: int) -> tuple[list[tuple[int, str, bool]], list[tuple[int, str, int, str]], int]:
    """The prompt items from ``start`` on at one indent: (line, statement, marked as an alternative); those with
    a bullet of prose nested under them (line, statement, gloss line, gloss); the last line read."""
    items: list[tuple[int, str, bool]] = []
    glossed: list[tuple[int, str, int, str]] = []
    line, end = start, start
    while True:
        text = walk.written(line)
        if text is None:
            break
        if not text.strip():
            line += 1
            continue
        item = _ITEM.match(text)
        if item is None or len(item.group("indent")) != indent:
            break
        typed = clean(item.group("typed"))
        under = _nested_gloss(walk, line + 1, indent)
        if under is not None:
            glossed.append((line, typed, under[0], under[1]))
            end = line = under[0]
        else:
            items.append((line, typed, bool(item.group("alt"))))
            end = line
        line += 1
    return items, glossed, end


def _nested_gloss(walk: Walk, line: int, indent: int) -> tuple[int, str] | None:
    """``  * host가 … 허용`` right under a statement, more indented: what that statement does."""
    text = walk.written(line)
    bullet = _BULLET.match(text or "")
    if bullet is None or len(bullet.group("indent")) <= indent or "`" in bullet.group("text"):
        return None
    after = walk.written(line + 1) or ""
    nested_more = _BULLET.match(after)
    if nested_more is not None and len(nested_more.group("indent")) > indent:
        return None  # more than one line under it: a list of its own, not one gloss
    gloss = clean(bullet.group("text"))
    return (line, gloss) if _WORDY.search(gloss) and not is_label(gloss) else None


def _description(walk: Walk, line: int) -> tuple[int, str] | None:
    """The heading or the sentence right above the list, and its line."""
    for n in range(line - 1, max(0, line - 4), -1):
        text = walk.written(n)
        if text is None:
            return None
        if not text.strip():
            continue
        heading = _HEADING.match(text)
        if heading:
            words = strip_numbering(clean(heading.group("text")))
            return (n, words) if words and not is_label(words) else None
        if _BULLET.match(text) or text.lstrip().startswith((">", "```", "~~~", "|")):
            return None
        sentence = clean(text)
        if len(sentence) > 120 or sentence.endswith((":", "：")):
            return None  # a long paragraph or a lead-in: it does not name what the statement does
        return n, sentence
    return None


def _prompted(text: str) -> Invocation | None:
    """``$ sudo vim /etc/hosts`` → the command after the prompt, when it is one we can tell is a command."""
    if not typed_at_dollar(text):  # "$ chmod 600 key.pem": a shell prompt, then the command typed
        return None
    typed = strip_prompt(text.strip())
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None:
        return None
    program = invocation.command.split()[0]
    known = program in PROGRAMS or bool(invocation.flags) or program.startswith(("./", "/", "~/"))
    return invocation if known else None


# a word of caution or warning: "덮어쓰니 주의할 것", "careful: overwrites"
_CAUTION = lazyre.pattern(rf"{names_pattern(CAUTION_WORDS_KO)}|경고|\b(?:careful|caution|warning|beware)\b", re.IGNORECASE)


def _purpose(text: str) -> str | None:
    """A short phrase saying what to do (``pem키 권한 변경``), not a sentence, a label or a lead-in."""
    text = clean(text).rstrip(":：").strip()
    if typed_at_dollar(text) or looks_like_command(text):
        return None  # another command line, not what it is for
    if not text or len(text) > 60 or is_sentence(text, nominal=True) or is_label(text) or not _WORDY.search(text):
        return None
    if _CAUTION.search(text):
        return None  # "덮어쓰니 주의할 것": a warning on running it, not what it does
    return text


@needs(Fact.CODE, Fact.ONE_LINE)
def purpose_then_command(walk: Walk, block: Para, depth: int) -> bool:
    """``- 변경 확인 `$ date` `` (the purpose, then the command after a shell prompt, on one line), or
    ``- HOSTNAME 변경`` then ``- `$ sudo vim /etc/sysconfig/network` `` as the next item of the same list."""
    if not block.inline.has_code:
        return False
    spans = [span for span in block.inline.spans if span.text.strip()]
    if not spans or spans[-1].kind != "code" or not block.inline.one_line:
        return False
    invocation = _prompted(spans[-1].text)
    if invocation is None:
        return False
    if len(spans) > 1:
        if any(span.kind == "code" for span in spans[:-1]):
            return False
        purpose = _purpose("".join(span.text for span in spans[:-1]))
        if purpose is None:
            return False
        walk.add_command(invocation, purpose, block.line, reason="purpose, then its command after a shell prompt")
        return True
    above = walk.item_prose
    if above is None or above[0] != walk.block - 1 or above[3] != depth:
        return False
    purpose = _purpose(above[2])
    if purpose is None:
        return False
    walk.item_prose = None
    walk.add_command(invocation, purpose, above[1], reason="purpose item, then its command after a shell prompt")
    return True


BARE_REASON = "purpose item, then its command after a shell prompt, no code span"
BARE_HEADING_REASON = "heading over an item of a command after a shell prompt, no code span"


@needs(Fact.LISTED, Fact.BULLET, Fact.FIRST, Fact.NO_QUOTE, Fact.NO_CODE, Fact.ONE_LINE)
def bare_prompt_item(walk: Walk, block: Para, depth: int) -> bool:
    """``- 현재 폴더를 압축`` then ``- $ zip a.zip ./*``: a command typed after a shell prompt, an item of its own with no
    code span, and what it does the item right above it (a premise closing that item, ``…, mydir 폴더가 있음을 가정``,
    left off).  An item that is only a premise (``- a.zip 파일이 있음을 가정``) says nothing of the line; over a first
    item of its section (or right under the heading) the heading says what it does when it names a task
    (``## 2.zip 압축 풀기``)."""
    if block.inline.has_code or block.quote or not block.inline.one_line or not block.lists or block.lists[-1].ordered:
        # what @needs declares (NO_CODE, NO_QUOTE, ONE_LINE, LISTED, BULLET): asked of every block, it reads none other
        return False
    invocation = _prompted(block.inline.raw.strip())
    if invocation is None:
        return False
    above = walk.item_prose
    if above is not None and above[0] == walk.block - 1 and above[3] == depth and not is_premise(above[2]):
        purpose = _purpose(without_premise(above[2]))
        if purpose is None:
            return False
        walk.item_prose = None
        walk.add_command(invocation, purpose, above[1], reason=BARE_REASON)
        return True
    first = walk.block - 1 if above is None or above[0] != walk.block - 1 else above[0] - 1
    if not walk.sections or walk.heading_block != first or depth != 1:
        return False
    heading = strip_numbering(clean(walk.sections[-1].text), tight=True)
    if not says_doing(heading) or is_label(heading):
        return False
    after = _ITEM_TEXT.match(walk.written(block.line + 1) or "")
    if after is not None and _prompted(after.group("text").strip()) is not None:
        return False  # "## 압축 풀기" / "- $ ls" / "- $ unzip a.zip": the lines together do the heading's task
    walk.add_command(invocation, heading, walk.heading_line, reason=BARE_HEADING_REASON)
    return True


LETTER_REASON = "options' letters and meanings labelled under a command after a shell prompt"
# "옵션 : r - 서브 디렉토리 까지 압축, F - …": the label, then letter - meaning pairs joined by commas
_LETTER_OPTIONS = lazyre.pattern(r"^(?:옵션|options?)\s*[:：]\s*(?P<pairs>\S.*)$", re.IGNORECASE)
_LETTER_PAIR = lazyre.pattern(r"^-?(?P<letter>[A-Za-z])\s+[-–]\s+(?P<meaning>\S.*)$")
_ITEM_TEXT = lazyre.pattern(r"^\s*[-*+]\s+(?P<text>\S.*)$")


@needs(Fact.LISTED, Fact.BULLET, Fact.FIRST, Fact.NO_QUOTE, Fact.NO_CODE, Fact.ONE_LINE)
def letter_options(walk: Walk, block: Para, depth: int) -> bool:
    """``- $ zip a.zip ./*`` then ``- 옵션 : r - 서브 디렉토리까지, F - …``: the item right under a command typed after a
    shell prompt labels its options, each a letter (its dash left out), a dash and what it means: an option note of
    the command each (``-r``, the letter as written another answer).  Every pair must read so, else none is read."""
    labelled = _LETTER_OPTIONS.match(clean(block.inline.raw))
    above = _ITEM_TEXT.match(walk.written(block.line - 1) or "") if labelled else None
    invocation = _prompted(above.group("text")) if above else None
    if labelled is None or invocation is None:
        return False
    parts = labelled.group("pairs").split(",")
    pairs = [pair for part in parts if (pair := _LETTER_PAIR.match(part.strip())) and _WORDY.search(pair.group("meaning"))]
    if len(pairs) != len(parts):
        return False
    for pair in pairs:
        letter = pair.group("letter")
        walk.add_option([f"-{letter}"], pair.group("meaning").strip(), invocation.command, block.line, written=letter,
                        reason=LETTER_REASON)
    return True
