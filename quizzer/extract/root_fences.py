"""A line typed at a root prompt ``#`` inside a code block, read as the command it is (pure).

Notes copied from a root shell keep its prompt::

    # sbatch -N5 job.sh
    Submitted batch job 4711

In a shell block ``#`` starts a comment as often, so a careful reader takes it as a prompt only with
evidence: the words after it run a program the notes' code blocks run often (``walk.fenced_programs``:
typed at a ``$`` prompt or given options on three lines or more), and the next line of the block is what
it printed: a line that is no comment and no command (a comment stands over a command, or over nothing).
In notes that write their root prompt so twice or more (``walk.root_prompts``), a program they run once
(``# sbatch job.sh`` over ``Submitted batch job 4711``) is typed at it too; so is any command line after a
``$ su`` (``$ sudo -i``, ``$ sudo su -``) in the same block, the line that makes the prompt ``#``; and, in a
block of two lines or more typed at ``$``, a line of a program quizzer knows given an option (``# make
--directory=build install`` between ``$ ./configure`` and ``$ rm -rf build``): a comment there would be words.  Such a line is
given the ``$`` prompt the other readers know, so its output is read as output and the text above the
block as what it does.  In such notes a block of nothing but ``#`` command lines (two or more, or one continued
with a backslash) is typed at the prompt whole, the continued lines joined to theirs; one ``# … \\`` line over an
indented line that is no comment is itself such evidence (:func:`quizzer.extract.knowledge.root_prompted`): a
comment is never continued.

A fence marked ``text`` holds prose or output as often as commands; :func:`console` says when it is a console
after all: its first line typed at a ``$`` prompt, or every line of it a ``# comment`` or the line under one
(two such pairs or more), as a shell block would be written.  A fence marked as a programming language is one
when its first line that is no comment is typed at a ``$`` prompt, or when every line of it but comments is a
command line, more than half of them (two or more) of a program quizzer knows (``sudo apt-get update``, ``git clone …`` in a ```` ```python ```` fence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import MARKDOWN_FENCE_INFOS, PLAIN_TEXT_FENCE_INFOS, PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, typed_at_dollar

__all__ = ["console", "glossed", "named_alone", "prompted", "runs_program", "runs_with_option"]

_ROOT = lazyre.pattern(r"^(?P<indent>\s*)#[ \t]+(?P<typed>(?P<program>[a-z][\w-]*)(?:\s.*)?)$")
_HANGUL = lazyre.pattern(r"[\uac00-\ud7a3]")
_COMMANDISH = lazyre.pattern(r"^\s*(?:\$\s+)?(?P<program>[a-z][\w-]*)(?:\s|$)")


_COMMENT = lazyre.pattern(r"^\s*#+\s+\S")
_ANY_COMMENT = lazyre.pattern(r"^\s*(?:#|//)")


def _dollar_word(text: str) -> bool:
    """``$ ls``: a word typed at a ``$`` prompt, lower-case as a program's name is."""
    typed = typed_at_dollar(text)
    return typed is not None and "a" <= typed[:1] <= "z"


def console(block: Code) -> bool:
    """A ``text`` fence that reads as a console: typed at a ``$`` prompt, or lines each under its comment.
    A fence marked as another language (``javascript``) is one when its first line but comments is typed at a
    ``$`` prompt (``// 상태 확인`` / ``$ git status``): the mark was picked for its colours, no program's source
    starts so."""
    rows = [text for _, text in block.lines if text.strip()]
    if not rows:
        return False
    if block.language not in PLAIN_TEXT_FENCE_INFOS:
        first = next((text for text in rows if not _ANY_COMMENT.match(text)), "")
        return _dollar_word(first) and looks_like_command(first.lstrip()[1:].strip()) or _all_known(rows)
    if _dollar_word(rows[0]):
        return True
    pairs = 0
    for index, text in enumerate(rows):
        if _COMMENT.match(text):
            continue
        if index == 0 or not _COMMENT.match(rows[index - 1]):
            return False  # a line with no comment over it: text, output
        pairs += 1
    return pairs >= 2


def named_alone(block: Code) -> bool:
    """A ``text`` fence holding one line, the name of a program quizzer knows and nothing else (``cd``, `` ls ``):
    the program a gloss above it names, written as a command (a program's output is seldom one such word; the
    reader still asks the text above to say what is done)."""
    if block.language not in PLAIN_TEXT_FENCE_INFOS:
        return False
    rows = [text.strip() for _, text in block.lines if text.strip()]
    return len(rows) == 1 and rows[0] in PROGRAMS


def runs_with_option(block: Code, program: str | None) -> bool:
    """A ``text`` fence whose first line runs ``program``, the notes' own, with an option right after its name
    (``pacman -Rsn $(pacman -Qtdq)`` in notes on pacman): a command line marked text for its plain colours.  What a
    program printed seldom starts with its name and a dash (``git version 2.39`` starts with the name alone), nor
    does its usage as a help prints it (``usage: pacman …``)."""
    if program is None or block.language not in PLAIN_TEXT_FENCE_INFOS:
        return False
    first = next((text.strip() for _, text in block.lines if text.strip()), "")
    runs = re.compile(rf"(?:sudo\s+)?{re.escape(program)}\s+-{{1,2}}[A-Za-z]")
    return runs.match(first) is not None and looks_like_command(first) and parse_invocation(first) is not None


def runs_program(block: Code, program: str | None) -> bool:
    """A fence marked markdown whose every line runs ``program``, the notes' own, given something (``ss -4 'dport
    443'`` in notes on ss that mark every fence ```` ```markdown ````): command lines whatever the mark says;
    markdown would not start each line with the program's name.  (A text fence may hold what the program
    printed, ``git version 2.39``: :func:`console` asks more of it.)"""
    if program is None or block.language not in MARKDOWN_FENCE_INFOS:
        return False
    rows = [text.strip() for _, text in block.lines if text.strip()]
    runs = re.compile(rf"(?:\$\s+)?(?:sudo\s+)?{re.escape(program)}\s+\S")
    return bool(rows) and all(
        runs.match(text) is not None and looks_like_command(text) and parse_invocation(text) is not None for text in rows
    )


# "sudo apt-get update", "git clone …", "export PATH=…": a line that starts with a program quizzer knows, not
# called like a function ("print(x)", "exit()") nor given a value ("sort = True")
_KNOWN_LINE = lazyre.pattern(r"^\s*(?:sudo\s+)?(?P<program>[a-z][\w.-]*)(?:\s+(?![=+\-*/]=?\s)\S.*)?$")


def _all_known(rows: list[str]) -> bool:
    """Every line but the comments is a command line, and two or more of them (more than half) run a program
    quizzer knows: a shell block marked ``python`` or ``js`` for its colours (the mark's own language would not
    start its lines so)."""
    written = [text for text in rows if not _COMMENT.match(text) and text.strip() != "#"]
    lines = [_GLOSS.sub("", text) for text in written]
    matches = [_KNOWN_LINE.match(text) for text in lines]
    if not lines or any(match is None or not looks_like_command(text.strip()) for match, text in zip(matches, lines)):
        return False
    known = sum(match is not None and match.group("program") in PROGRAMS for match in matches)
    # "dir .. : 상위 디렉토리의 파일 목록": a line of a known program glossed after a spaced colon is no language's
    # source, even alone in its block
    glossed = any(text != line for text, line in zip(written, lines))
    return known >= 2 and known * 2 > len(lines) or glossed and known == len(lines)


# "dir .. : 상위 디렉토리의 파일 목록": a spaced colon and a Korean gloss after the line (code._colon_gloss reads it)
_GLOSS = lazyre.pattern(r"\s+:\s+\S[^:]*[\uac00-\ud7a3].*$")


def prompted(walk: Walk, block: Code) -> Code:
    """``block`` with its root-prompt lines written after a ``$`` prompt; the same block when it has none."""
    if not any(text.lstrip().startswith("# ") for _, text in block.lines):
        return block  # no line a root prompt could type (most blocks: asked first, before the two scans below)
    programs = walk.fenced_programs
    opened = _opens_root(block)
    dollars = sum(_dollar_word(text) for _, text in block.lines)
    if not programs and not walk.root_prompts and opened is None and dollars < 2 and not any(
        _ROOT.match(text) is not None and _printed_under(block.lines, index) for index, (_, text) in enumerate(block.lines)
    ):
        return block
    lines = list(block.lines)
    if walk.root_prompts and _all_typed(lines):
        # "# umask 077" / "# wg genkey > key" in notes that write their root prompt: a block of nothing but
        # such lines is a run of commands, as the others are (comments stand over something)
        return replace(block, lines=_typed(lines))
    changed = False
    for index, (n, text) in enumerate(lines):
        root = _ROOT.match(text)
        if root is not None and opened is not None and index > opened:
            typed = root.group("typed").split(" #", 1)[0]  # "# yum remove x #왜 지우는지": its own comment after it
            if parse_invocation(typed) is not None and looks_like_command(typed) and not _HANGUL.search(typed):
                lines[index] = (n, f"{root.group('indent')}$ {root.group('typed')}")
                changed = True
            continue
        if root is not None and (dollars >= 2 or _printed_under(lines, index)) and _flagged_known(root.group("typed")):
            # "$ ./configure" / "# make --directory=build install" / "$ rm -rf build": among lines typed at "$", a
            # known program given options is typed at the root prompt; a comment there would be words.  So it is
            # over what it printed ("# mount | grep tank" / "tank on /tank type zfs (rw)"): a comment stands over a
            # command, and the line under it runs none
            lines[index] = (n, f"{root.group('indent')}$ {root.group('typed')}")
            changed = True
            continue
        if root is None or parse_invocation(root.group("typed")) is None or root.group("program") not in programs and not (
            walk.root_prompts and looks_like_command(root.group("typed"))
        ):
            continue  # a program run once is typed at a root prompt only in notes that write one elsewhere
        after = next((t for _, t in lines[index + 1 :] if t.strip()), None)
        if after is None or after.lstrip().startswith("#") or _HANGUL.search(root.group("typed")):
            continue  # the block's last line, a comment over comments, a remark in Korean: a comment as often
        below = _COMMANDISH.match(after)
        if below is not None and (below.group("program") in programs or below.group("program") in PROGRAMS):
            continue  # "# scontrol: show the config" over "scontrol show config": a comment over the command
        lines[index] = (n, f"{root.group('indent')}$ {root.group('typed')}")
        changed = True
    return replace(block, lines=tuple(lines)) if changed else block


def _all_typed(lines: list[tuple[int, str]]) -> bool:
    """Every line of a block is a command line after a bare ``#`` (no Korean, no comment of its own) or the
    continuation of one (after a line ending in a backslash), and two lines or more are, or one is continued."""
    typed = 0
    continued = joined = False
    for _, text in lines:
        if not text.strip():
            continued = False
            continue
        if not continued:
            root = _ROOT.match(text)
            command = root.group("typed") if root is not None else ""
            if root is None or "#" in command or _HANGUL.search(command) or not looks_like_command(command) or (
                parse_invocation(command.rstrip("\\ ")) is None
            ):
                return False
            typed += 1
        else:
            joined = True
        continued = text.rstrip().endswith("\\")
    return typed >= 2 or joined


def _typed(lines: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """The lines of a block :func:`_all_typed` passes, each written after a ``$`` prompt, the lines that continue
    one joined to it (``# wg set wg0 \\`` / ``    peer KEY``: ``$ wg set wg0 peer KEY``)."""
    typed: list[tuple[int, str]] = []
    continued = False
    for n, text in lines:
        if continued:
            typed[-1] = (typed[-1][0], f"{typed[-1][1]} {text.strip()}")
        elif text.strip():
            root = _ROOT.match(text)
            assert root is not None  # _all_typed
            typed.append((n, f"{root.group('indent')}$ {root.group('typed')}"))
        continued = bool(text.strip()) and typed[-1][1].endswith("\\")
        if continued:
            typed[-1] = (typed[-1][0], typed[-1][1][:-1].rstrip())
    return tuple(typed)


# "$ su", "$ sudo -i", "$ sudo su -": the line makes the shell a root shell; its prompt is "#" from then on
_ROOT_SHELL = lazyre.pattern(r"^\s*\$\s+(?:su(?:\s+-|\s+root|\s+-\s+root)?|sudo\s+(?:-i|-s|su(?:\s+-)?(?:\s+root)?))\s*$")


def _flagged_known(typed: str) -> bool:
    """``make --directory=build install``, ``mount | grep tank``: a program quizzer knows, given an option or piped
    into another, no Korean, no comment."""
    invocation = parse_invocation(typed) if "#" not in typed and not _HANGUL.search(typed) else None
    return invocation is not None and bool(invocation.flags or invocation.piped) and (
        invocation.command.split()[0] in PROGRAMS) and looks_like_command(typed)


# what only a program prints, never a shell line: a mode string as ls -l writes it ("drwxr-x--- 2 root …"), or a
# parenthesis after words, where the shell would stop at a syntax error ("tank on /tank type zfs (rw,noacl)")
_PRINTED = lazyre.pattern(r"^\s*(?:[-dlcbps][r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-][+.@]?\s|[^\s()'\"`$=]+(?:\s+[^\s()'\"`$=]+)+\s+\()")


def _printed_under(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """The line right under line ``index`` of a block is what a command printed: its first word no program
    quizzer knows, and it reads as only a program's output does (:data:`_PRINTED`)."""
    if index + 1 >= len(lines) or _PRINTED.match(lines[index + 1][1]) is None:
        return False
    head = _COMMANDISH.match(lines[index + 1][1])
    return head is None or head.group("program") not in PROGRAMS


def _opens_root(block: Code) -> int | None:
    """The index of the line of ``block`` typed at a ``$`` prompt that opens a root shell (``$ su``), if any:
    the ``# yum update`` lines after it are typed at the root prompt, as a terminal shows them."""
    return next((index for index, (_, text) in enumerate(block.lines) if _ROOT_SHELL.match(text)), None)


# "# ufw status\t\t\t# 방화벽 상태": a root prompt, the line typed, and its own comment after a gap (not "# == …",
# "# <=> …": a form said to equal another, which the rules for usage lines read)
_GLOSSED_ROOT = lazyre.pattern(
    r"^(?P<indent>\s*)#[ \t]+(?P<typed>(?P<program>[a-z][\w-]*)(?:[ \t]+[^#\t]*?)?)(?P<gloss>(?:\t+|[ ]{2,})#[ \t]*[^\s=<].*)$"
)


def glossed(block: Code) -> Code:
    """``block`` with each ``# prog …  # gloss`` line written ``$ prog …  # gloss``: a comment never carries a
    comment of its own, so the first ``#`` is a root prompt before a program quizzer knows."""
    if "#" not in "".join(text for _, text in block.lines):
        return block
    lines = list(block.lines)
    changed = False
    for index, (n, text) in enumerate(lines):
        root = _GLOSSED_ROOT.match(text)
        if root is None or root.group("program") not in PROGRAMS or _HANGUL.search(root.group("typed")):
            continue
        if parse_invocation(root.group("typed").strip()) is None:
            continue
        lines[index] = (n, f"{root.group('indent')}$ {root.group('typed').rstrip()}  {root.group('gloss').strip()}")
        changed = True
    return replace(block, lines=tuple(lines)) if changed else block
