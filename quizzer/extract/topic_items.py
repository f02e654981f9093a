"""Korean list items that say what a command or an option does in a sentence (pure).

* ``- `disown`은 … 삭제하여 SIGHUP 신호가 전송되지 않도록 한다.``: a command in a code span opens
  the item with the topic particle, and the sentence says what it does;
* ``- `tar [옵션] [파일]` `` alone: its usage line; the items nested under it are about it;
* ``  - `-h` 옵션이 사용되면 …`` / ``  - 파일이 없으면, `-f` 옵션은 …``: an option and what it does,
  of the command the item above (or the section) is about.

Each reader returns False when the item is not its style.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract import name_expansions
from quizzer.extract.blocks import Para
from quizzer.extract.key_pairs import is_key
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.terms import option_spellings
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, looks_like_command, parse_invocation, tokenize
from quizzer.text import clean

__all__ = ["command_sentence", "option_sentence", "usage_item", "usage_only"]

# "은 ", "는 ", "이란 ": the topic particle right after the code span
_TOPIC = lazyre.pattern(r"^\s*(?:은|는|이란|란)\s+(?P<rest>\S.*)$", re.DOTALL)
# a sentence that ends as a statement does: "… 한다.", "… 된다", "… 명령어이다.", "… 출력함"
_STATEMENT = lazyre.pattern(r"(?:다|함|됨|음|임)\s*[.!]?\s*$")
# "명령어로", "명령이다", "command": the sentence itself says the word is a command
_CALLED_COMMAND = lazyre.pattern(r"명령어|명령|command", re.IGNORECASE)
# how an option opens its sentence: "`-h` 옵션이 사용되면 …", "`-a` 옵션은 …", "`-r` 옵션을 주면 …"
_OPTION_LEAD = lazyre.pattern(
    r"^\s*옵션\s*(?:은|는|이\s*사용되면|을\s*사용하면|을\s*쓰면|을\s*주면|을\s*붙이면|이\s*있으면)\s*,?\s*(?P<rest>\S.*)$",
    re.DOTALL,
)
# a condition before the option: "jobspec이 지정되지 않으면, " (short, ends with "면,")
_CONDITION = lazyre.pattern(r"^(?P<condition>[^`]{1,40}?면)\s*,\s*$")
_PLACEHOLDER_TOKEN = lazyre.pattern(r"^[\[<{].*[\]>}]$")


def _code_first(block: Para) -> tuple[str, str] | None:
    """The item's first code span and the text after it, when the item opens with one."""
    spans = [span for span in block.inline.spans if span.text.strip() or span.kind == "code"]
    if not spans or spans[0].kind != "code":
        return None
    return spans[0].text.strip(), "".join(span.text for span in spans[1:])


@needs(Fact.CODE, Fact.ONE_LINE)
def command_sentence(walk: Walk, block: Para, depth: int) -> bool:
    """``- `disown`은 bash의 내부 명령어로 … 않도록 한다.``: what the command does."""
    if not block.inline.has_code or not block.inline.one_line:
        return False
    first = _code_first(block)
    if first is None:
        return False
    code, after = first
    topic = _TOPIC.match(after)
    if topic is None or not looks_like_command(code):
        return False
    meaning = clean(topic.group("rest"))
    invocation = parse_invocation(code)
    if invocation is None or not _STATEMENT.search(meaning) or len(meaning.split()) < 3:
        return False
    if name_expansions.said_origin(code, meaning):
        # "- `fc`는 `fix command`의 줄임말이다.": which words the name comes from, a concept, not what fc does (the
        # word "command" in them says nothing of the sort)
        walk.add(Kind.CONCEPT, term=code, front=code, back=meaning.rstrip("."), command=None, line=block.line,
                 reason="sentence: a name and the words it stands for")
        return True
    program = invocation.command.split()[0]
    if program not in PROGRAMS and program != walk.program and walk.key_program() is not None and is_key(code):
        # "`v`는 … Vi를 실행해 준다." in notes of bash's keys: a key pressed there, not a program named v
        return walk.add_key(code, meaning, block.line, reason="sentence: `key`은 … (what it does)")
    if program not in PROGRAMS and program != walk.program and not _CALLED_COMMAND.search(meaning):
        return False  # "`inode`는 …": a term, not a command, unless the sentence says it is one
    if walk.heading_flag is not None and invocation.flags == (walk.heading_flag,) and invocation.command == walk.command():
        # "### -f : 파일의 inode를 follow한다" / "- `tail -f`는 파일의 inode를 follow한다.": the heading's option again
        walk.warn(block.line, _(
            "line {line}: '{line_text}' is the option of the heading above, and the sentence says again what it "
            "does; no card made from it"
        ).format(line=block.line, line_text=code))
        return True
    walk.add_command(invocation, meaning, block.line, reason="sentence: `command`은 … (what it does)")
    if depth:
        walk.item_commands[depth] = invocation
    return True


def usage_only(text: str, invocation: Invocation) -> bool:
    """Every word of ``text`` after its command in brackets (``disown [-ar] [-h] [jobspec]``, ``scp [파일]
    [id]@[ip]:[경로]``): a usage line; an example has real values."""
    tokens = tokenize(text)[len(invocation.command.split()) :]
    return bool(tokens) and all(_PLACEHOLDER_TOKEN.match(token) for token in tokens)


@needs(Fact.CODE)
def usage_item(walk: Walk, block: Para, depth: int) -> bool:
    """``- `disown [-ar] [-h] [jobspec]` ``: an item that is only a usage line, with placeholders."""
    if not block.inline.has_code:
        return False
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) != 1 or spans[0].kind != "code" or "\n" in spans[0].text:
        return False
    text = spans[0].text.strip()
    invocation = parse_invocation(text) if looks_like_command(text) else None
    if invocation is None:
        return False
    if not usage_only(text, invocation):
        return False
    program = invocation.command.split()[0]
    if program not in PROGRAMS and program != walk.program and program != walk.command():
        return False
    above = walk.item_prose
    if above is not None and above[0] == walk.block - 1 and depth == above[3] + 1:
        # "- 단일 파일 보낼 때" / "  - `scp [파일] [id]@[ip]:[경로]`": the bullet right above says what the line
        # nested under it does; the line is that command's, read with its bullet (rules._command_under_bullet)
        return False
    walk.syntax(text, block.line, reason="usage line alone in a list item")
    if depth:
        walk.item_commands[depth] = invocation
    return True


@needs(Fact.CODE, Fact.ONE_LINE)
def option_sentence(walk: Walk, block: Para, depth: int) -> bool:
    """``- `-h` 옵션이 사용되면 …``, ``- jobspec이 없으면, `-a` 옵션은 …``: what one option does."""
    if not block.inline.has_code or not block.inline.one_line:
        return False
    spans = list(block.inline.spans)
    at = next((i for i, span in enumerate(spans) if span.kind == "code" and span.text.strip()), None)
    if at is None:
        return False
    before = "".join(span.text for span in spans[:at])
    condition = _CONDITION.match(before) if before.strip() else None
    if before.strip() and condition is None:
        return False
    lead = _OPTION_LEAD.match("".join(span.text for span in spans[at + 1 :]))
    spellings = option_spellings(spans[at].text.strip(), bare_ok=False)
    if lead is None or not spellings:
        return False
    meaning = clean(lead.group("rest"))
    if condition is not None:
        meaning = f"{clean(condition.group('condition'))}, {meaning}"
    if not _STATEMENT.search(meaning) or len(meaning.split()) < 2:
        return False
    walk.add_option(spellings, meaning, walk.command(depth), block.line, reason="sentence: `-x` 옵션은 … (what it does)")
    return True
