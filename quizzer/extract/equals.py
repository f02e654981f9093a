"""``- `cmd` = 설명``: a list item whose subject is in code, then `` = `` and what it does (pure).

Study notes often gloss a command, a key or an option with an equals sign instead of a colon:

    - `shutdown -r` = restart
      - `shutdown -h now` = halt now
    - `ctrl + r` = 이전 명령어 검색
    - `w` 또는 `who` = 사용자들 확인
    - `useradd -m -d /home/me me`
      - `-m` = 홈 디렉토리 만들기

Only a code span is read this way (``standard in = 0`` in prose is a value, not a gloss), and only
where the code is a command with evidence (a program we know, flags, a path, a pipe or ``&&``), a
key pressed, or a flag of the command line in the item it is nested under.  Anything else (a
setting ``enabled = true``, a value, a bare word we cannot tell from a setting) is a warning with
its line, not a card.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract import key_pairs
from quizzer.extract.blocks import Inline, Para, split_lines
from quizzer.extract.knowledge import KEY_PROGRAMS, PROGRAMS, is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.terms import FlagDef, option_spellings
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, is_flag, looks_like_command, parse_invocation, split_flags, tokenize
from quizzer.text import clean

__all__ = ["read"]

# what follows the code: " = meaning" (not "==", not "=>")
_EQUALS = lazyre.pattern(r"^\s*=(?![=>])\s*(?P<what>\S.*)$", re.DOTALL)
# between two spellings of one subject: "`w` 또는 `who`", "`a`, `b`", "`x` or `y`", "`h`/`j`"
_JOINERS = frozenset({",", "/", "or", "또는", "혹은"})
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")  # a word of two letters or more, in any script
_PARENT = lazyre.pattern(r"^(?P<indent>\s*)(?:[-*+]|\d{1,3}[.)])\s+`(?P<code>[^`]+)`\s*$")
_ITEM = lazyre.pattern(r"^(?P<indent>\s*)(?:[-*+]|\d{1,3}[.)])\s")
_FEEDS = frozenset({"cat"})  # "cat file | sort": the file is fed to the command after the pipe
# "A | B", "prog1 && prog2", "A > file": a shell operator between placeholders
_OPERATOR = lazyre.pattern(r"^[A-Za-z]\w*\s+(?:\||&&|\|\||>>?|<)\s+[A-Za-z]\w*$")
_KEYLIKE = lazyre.pattern(r"[\x21-\x7e]{1,4}")  # "dd", "yy", "u", ":w", "gg"


def _subject(inline: Inline) -> tuple[list[str], str] | None:
    """The code spellings at the start of ``inline`` and the meaning after `` = ``; None if it is not so."""
    spans = [span for span in inline.spans if span.text.strip() or span.kind == "code"]
    if not spans or spans[0].kind != "code":
        return None
    codes = [spans[0].text.strip()]
    index = 1
    while (
        index + 1 < len(spans)
        and spans[index].kind != "code"
        and spans[index].text.strip() in _JOINERS
        and spans[index + 1].kind == "code"
    ):
        codes.append(spans[index + 1].text.strip())
        index += 2
    rest = "".join(span.text for span in spans[index:])
    match = _EQUALS.match(rest)
    if match is None or not all(codes):
        return None
    return codes, clean(match.group("what"))


@needs(Fact.CODE_FIRST, Fact.EQUALS)
def read(walk: Walk, block: Para, depth: int) -> bool:
    """Read a list item ``- `code` = meaning``; False when the item is not one (other rules then try)."""
    spans = block.inline.spans
    if not spans or spans[0].kind != "code" or "=" not in block.inline.raw:
        return False  # most items: no code first, or no "=" at all
    lines = [line for line in split_lines(block.inline) if line.raw.strip()]
    if not lines:
        return False
    found = _subject(lines[-1])
    if found is None:
        return False
    codes, what = found
    line = block.line + len(lines) - 1
    for n, earlier in enumerate(lines[:-1]):  # "`echo … > message.txt`,  " then "`mail … < message.txt` = …"
        walk.unless_read(block.line + n, _(
            "line {line}: a command line with no meaning of its own (the meaning after it is the next line's); "
            "no card made from it"
        ).format(line=block.line + n))
    if not _WORDY.search(what):  # "`-s /bin/bash` = ?", "`x` = 1": no meaning to learn
        walk.warn(line, _("line {line}: '{subject}' has no meaning after its '='; no card made from it").format(
            line=line, subject=codes[0]))
        return True
    head = codes[0]
    if _key(walk, codes, what, line):
        return True
    spellings = option_spellings(head.split()[0], bare_ok=False) if head.startswith("-") else None
    if spellings:
        return _flag(walk, head, what, line)
    if _argument_of_parent(walk, head, line):  # "  - `/home/me` = 홈 디렉토리" under "- `useradd -d /home/me …`"
        walk.warn(line, _(
            "line {line}: '{subject}' is an argument of the command line above, not a command; no card made from it"
        ).format(line=line, subject=head))
        return True
    invocation = parse_invocation(head) if looks_like_command(head) else None
    if invocation is None and _OPERATOR.search(head):
        # "`A | B` = A의 결과를 B에 넣는다": what a shell operator does, shown with placeholders
        walk.add(Kind.CONCEPT, term=head, front=head, back=what, command=None, line=line,
                 reason="`operator` = what it does, in a list")
        return True
    if invocation is None or not any(_evidence(walk, i, c) for i, c in _spellings(codes)):
        walk.warn(line, _(
            "line {line}: '{subject}' may be a setting or a value rather than a command; no card made from it"
        ).format(line=line, subject=head))
        return True
    invocation = _fed(invocation)
    walk.add_command(invocation, what, line, also=(head, *codes[1:]), reason="`command` = what it does, in a list")
    if depth:
        walk.item_commands[depth] = invocation
    return True


def _key(walk: Walk, codes: list[str], what: str, line: int) -> bool:
    """``ctrl + r`` anywhere; ``dd`` or ``:wq`` where the notes or the section are about an editor."""
    head = codes[0]
    if is_key_chord(head):
        program = _key_program(walk)
        walk.add(
            Kind.COMMAND, term=head, front=head, back=what, command=program, line=line,
            answers=tuple(dict.fromkeys(clean(c) for c in codes)), reason="`key` = what it does, in a list",
        )
        return True
    program = _key_program(walk)
    if program is None or not all(_KEYLIKE.fullmatch(c) for c in codes) or head.startswith("-"):
        return False
    if head in PROGRAMS and not head.startswith(":"):
        return False
    if key_pairs.split_keys(walk, codes, what, line, program=program):
        return True  # "`j`/`k` = 아래/위로 이동": each key its own part of the meaning
    walk.add(
        Kind.COMMAND, term=head, front=head, back=what, command=program, line=line,
        answers=tuple(dict.fromkeys(clean(c) for c in codes)), reason="`key` = what it does, in a list",
    )
    return True


def _key_program(walk: Walk) -> str | None:
    """The editor or multiplexer whose keys these are: the document's, or the section's (``### vim file``)."""
    program = walk.key_program()
    if program is not None:
        return program
    named = walk.section_command()
    if named:
        return KEY_PROGRAMS.get(named.split()[0])
    heading = walk.sections[-1].text.split() if walk.sections else []  # "### vim 편집": a heading naming the editor
    return KEY_PROGRAMS.get(heading[0].lower()) if heading else None


def _evidence(walk: Walk, invocation: Invocation, head: str) -> bool:
    """A command, not a setting or a word: a program we know, flags, a path, a pipe or ``&&`` between commands."""
    program = invocation.command.split()[0]
    tokens = tokenize(head)
    return (
        program in PROGRAMS
        or program == walk.program
        or bool(invocation.flags)
        or program.startswith(("./", "/", "~/"))
        or "|" in tokens
        or "&&" in tokens
    )


def _spellings(codes: list[str]) -> list[tuple[Invocation, str]]:
    """Each code spelling that reads as a command, with its text: ``w`` 또는 ``who``."""
    read = [(parse_invocation(code) if looks_like_command(code) else None, code) for code in codes]
    return [(invocation, code) for invocation, code in read if invocation is not None]


def _argument_of_parent(walk: Walk, head: str, line: int) -> bool:
    parent = _parent_line(walk, line)
    return parent is not None and " " not in head and head in tokenize(parent)[1:]


def _fed(invocation: Invocation) -> Invocation:
    """``cat file.txt | sort -bf``: the file is only fed in; the line is about ``sort -bf``."""
    if invocation.command not in _FEEDS or invocation.flags or not invocation.piped:
        return invocation
    tokens = tokenize(invocation.line)
    after = " ".join(tokens[tokens.index("|") + 1 :]) if "|" in tokens else ""
    inner = parse_invocation(after) if after and looks_like_command(after) else None
    if inner is None:
        return invocation
    return Invocation(inner.command, inner.flags, invocation.line, inner.piped)


def _flag(walk: Walk, head: str, what: str, line: int) -> bool:
    """``  - `-m` = 홈 디렉토리 만들기`` under ``- `useradd -m -d …` ``: a flag of that line."""
    parent = _parent_line(walk, line)
    invocation = parse_invocation(parent) if parent and looks_like_command(parent) else None
    flag = head.split()[0]
    flags = [t for t in tokenize(invocation.line) if is_flag(t)] if invocation is not None else []
    written = {*flags, *(single for t in flags for single in split_flags(t))}  # "-czf" holds "-z"
    if invocation is None or flag not in written and flag.split("=", 1)[0] not in written:
        walk.warn(line, _(
            "line {line}: the option {option} is not in a command line the item is nested under; no card made from it"
        ).format(line=line, option=flag))
        return True
    walk.add_flag(FlagDef(flag, what), invocation, line, reason="`-x` = meaning, under its command line")
    return True


def _parent_line(walk: Walk, line: int) -> str | None:
    """The code of the item ``line`` is nested under, when that item is a command line alone in code."""
    own = walk.written(line)
    mine = _ITEM.match(own or "")
    if mine is None:
        return None
    indent = len(mine.group("indent").expandtabs(4))
    for n in range(line - 1, max(0, line - 40), -1):
        text = walk.written(n)
        if text is None or not text.strip():
            continue
        item = _ITEM.match(text)
        if item is None:
            continue
        if len(item.group("indent").expandtabs(4)) < indent:
            parent = _PARENT.match(text)
            return parent.group("code") if parent else None
    return None
