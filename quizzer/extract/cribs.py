"""Styles of cheat sheets and wikis: a command line or sign with its meaning on the same or the next line (pure).

``- find . -empty -delete`` / ``delete empty directories``; ``**p** command, prints the line``;
``- . (period) matches any single char``; a heading ``sed 's/a/b/' file, any separator works``
whose meaning is the paragraph under it; ``Here:`` items glossing the tokens of the example line
above them.  Each reader returns False when the block is not its style.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract import name_expansions, nested_commands, prefix_keys
from quizzer.extract.blocks import Para, split_lines
from quizzer.extract.knowledge import (
    GROUPS, HELP_FLAGS, PROGRAMS, VERB_PROGRAMS, is_label_phrase, is_remark, says_doing, says_requirement, short_form,
    without_system, sub_command,
)
from quizzer.extract.model import Kind
from quizzer.extract.nested_item import nested_under, of_a_part
from quizzer.extract.sentences import ends_in_colon
from quizzer.extract.terms import FlagDef, split_term, strip_markers
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import AS_ROOT, Invocation, looks_like_command, parse_invocation, tokenize
from quizzer.text import HANGUL, clean, has_hangul

__all__ = [
    "command_then_meaning", "command_with_gloss", "command_with_remark", "example_gloss", "heading_item", "program_command",
    "answer", "command_sentence", "definition_item", "flag_clause", "label_over_code", "remember_example", "symbol",
]

_HANGUL = lazyre.pattern(f"[{HANGUL}]")

# "**p** command, prints the specified line(s)", "- q command, exit the program"
_PROGRAM_COMMAND = lazyre.pattern(r"^(?P<name>\S{1,3})\s+command\s*[,:：]\s*(?P<meaning>\S.*)$", re.IGNORECASE)


@needs(Fact.COMMAND_WORD)
def program_command(walk: Walk, text: str, line: int) -> bool:
    """A one-letter command of the notes' program (sed's ``p``, ``d``, ``=``), named and explained on one line."""
    if "command" not in text.lower():  # what _PROGRAM_COMMAND needs (no letter of it has another case form)
        return False
    match = _PROGRAM_COMMAND.match(strip_markers(text))
    program = walk.program
    if not match or program is None or program not in PROGRAMS or match.group("name").lower() in PROGRAMS:
        return False
    meaning = match.group("meaning").strip()
    if len(meaning.split()) < 2:
        return False
    name = match.group("name")
    walk.add(
        Kind.COMMAND, term=name, front=name, back=meaning, command=program, line=line, answers=(name,),
        reason="`x command, what it does` line",
    )
    return True


def command_with_remark(walk: Walk, text: str, line: int) -> bool:
    """``sed 's/a/b/' file, the separator can be any char``: the heading names the command; the remark is
    not its meaning (the paragraph under the heading is), so it is said as a warning."""
    head, comma, remark = text.partition(", ")
    if not comma or not remark or not re.search(r"['\"]|\s-", head) or not looks_like_command(head):
        return False
    invocation = parse_invocation(head)
    if invocation is None or invocation.command.split()[0] not in PROGRAMS:
        return False
    walk.set_command(invocation.command)
    walk.heading_command = (invocation, line)
    walk.warn(line, _("line {line}: the remark after the command in this heading is not read; skipped").format(line=line))
    return True


_SIGN = r"(?:\\[A-Za-z0-9]|[^\w\s()]{1,3}|\(\))"
# ". (period) matches any single char", "^ (caret) and $ (dollar sign) match line begin and end"
_SYMBOL = lazyre.pattern(
    rf"^(?P<sign>{_SIGN})\s*\((?P<name>[A-Za-z][A-Za-z ]{{1,30}})\)"
    rf"(?:\s+and\s+(?P<sign2>{_SIGN})\s*\((?P<name2>[A-Za-z][A-Za-z ]{{1,30}})\))?\s+(?P<meaning>\S.*)$"
)


def symbol(walk: Walk, block: Para) -> bool:
    """A sign glossed with its name, then what it means: a regular-expression or shell cheat sheet."""
    if "(" not in block.inline.raw and walk.sign_block != walk.block - 1:
        return False  # no "(name)" for _SYMBOL, no run of glossed signs for _bare_sign
    text = block.text
    match = _SYMBOL.match(text) if not text[:1].isalpha() else None  # a letter is a word character: no _SIGN
    if not match or len(match.group("meaning").split()) < 2:
        return _bare_sign(walk, block)
    walk.sign_block = walk.block
    signs = [match.group("sign")] + ([match.group("sign2")] if match.group("sign2") else [])
    names = [match.group("name").strip()] + ([match.group("name2").strip()] if match.group("name2") else [])
    front = " and ".join(signs)
    walk.add(
        Kind.CONCEPT, term=front, front=front, back=match.group("meaning"), command=None, line=block.line,
        answers=tuple(dict.fromkeys((front, *signs, " and ".join(names), *names))),
        reason="sign (its name) and what it means",
    )
    return True


_BARE_SIGN = lazyre.pattern(rf"^(?P<sign>{_SIGN}(?:\s+{_SIGN})?)\s+(?P<meaning>[a-z][\w'’]*\s+\w.*)$")


def _bare_sign(walk: Walk, block: Para) -> bool:
    """``() repeats several items`` in a run of glossed signs: a sign without its name, then what it means."""
    if walk.sign_block != walk.block - 1:
        return False  # only in a run of glossed signs (most items: asked before the pattern)
    match = _BARE_SIGN.match(block.text)
    if match is None:
        return False
    walk.sign_block = walk.block
    sign = match.group("sign")
    walk.add(
        Kind.CONCEPT, term=sign, front=sign, back=match.group("meaning"), command=None, line=block.line,
        answers=(sign,), reason="sign and what it means, among glossed signs",
    )
    return True


# prose, not a command line: no flags, paths, quotes, pipes, redirects or globs
_SHELLISH = lazyre.pattern(r"(?:^|\s)-|[/\\|<>\"'`*{}\[\]=$~;:]")
# "다음과 같이 사용한다", "아래처럼 입력", "예를 들면": the line introduces another, it says nothing itself
_KO_LEAD_IN = lazyre.pattern(r"(?:다음|아래|이렇게|위와|예를\s*들)")


def _is_meaning_line(walk: Walk, text: str, *, korean: bool = False) -> bool:
    """``count number of directories`` under a command line: a plain phrase, not another command."""
    words = text.split()
    if len(words) < 2 or _SHELLISH.search(text) or is_remark(text):
        return False
    if _HANGUL.search(text):
        if not korean:
            return False
        # "이 ip 로 들어오는 패킷 모두 보여줌": a Korean phrase, unless it leads in to what follows
        return not ends_in_colon(text) and not is_label_phrase(text) and not _KO_LEAD_IN.search(text)
    first = words[0].lower()
    if first in GROUPS or first in VERB_PROGRAMS or first == walk.program and len(words) < 3:
        return False
    if first in AS_ROOT and parse_invocation(text) is not None:
        return False  # "sudo apt-get update" under a command line: the next command, run as root
    return first not in PROGRAMS or len(words) >= 3


@needs(Fact.BREAK, Fact.NO_QUOTE, Fact.NO_STRONG)
def command_then_meaning(walk: Walk, block: Para) -> bool:
    """``- find . -type d -empty -delete`` with ``delete empty directories`` on the item's next line.

    Only the first line under the command is its meaning; what follows is said once as a warning.
    A next line that starts with a flag of the command (``-n1 tells xargs to …``) glosses that flag.
    """
    if "\n" not in block.inline.raw or block.quote or any(span.kind == "strong" for span in block.inline.spans):
        return False  # one line, or bold in it: asked before the lines are split
    split = [line for line in split_lines(block.inline) if line.plain]
    lines = [line.plain for line in split]
    if len(lines) < 2:
        return False
    if split_term(split[0]) is not None:
        return False  # "`ufw enable` - Activate it." then more lines: the first line is a command and its meaning already
    written = _as_written(walk, block.line, lines[0])
    invocation = parse_invocation(written) if looks_like_command(written) else None
    if invocation is None or not (invocation.flags or " " in invocation.line):
        return False
    if invocation.command.split()[0] not in PROGRAMS and invocation.command.split()[0] != walk.program:
        return False
    meaning = lines[1]
    gloss = re.match(r"^(--?[A-Za-z][\w-]*)\s+(\S.*)$", meaning)
    if gloss and _is_meaning_line(walk, re.sub(r"\s*\([^()]*\)\s*$", "", gloss.group(2))):  # "(same as \\;)" aside
        owner = _flag_owner(invocation, gloss.group(1))
        if owner is None:
            return False
        walk.add_flag(
            FlagDef(gloss.group(1), gloss.group(2)), invocation, block.line + 1, command=owner,
            reason="command line, then a line glossing one of its flags",
        )
    elif _is_meaning_line(walk, meaning, korean=not _HANGUL.search(lines[0])):
        # a Korean meaning under a command line alone ("- `nano x` 에서 … 찾으면" is a sentence, not a line)
        walk.add_command(
            invocation, meaning, block.line + 1, also=(invocation.line,),
            reason="command line, then its meaning on the next line",
        )
    elif _sign_line(walk, meaning, block.line + 1):
        pass  # "\\+ : all results at once": a sign of the line explained, the line itself is not
    else:
        return False
    for n in range(2, len(lines)):
        if _sign_line(walk, lines[n], block.line + n):
            continue
        walk.skipped(block.line + n)
    return True


# "{} is a placeholder for each name found", "\\; says that …", "+ : all at once"
_SIGN_LINE = lazyre.pattern(rf"^(?P<sign>{_SIGN})\s*(?::\s+|\s+(?:is|are|says that|means)\s+)(?P<meaning>\S.*)$")


def _sign_line(walk: Walk, text: str, line: int) -> bool:
    """A sign of the command line above, and what it means there."""
    match = _SIGN_LINE.match(text)
    if not match or len(match.group("meaning").split()) < 3:
        return False
    sign = match.group("sign")
    walk.add(
        Kind.CONCEPT, term=sign, front=sign, back=match.group("meaning"), command=None, line=line, answers=(sign,),
        reason="sign of the command line above, what it means",
    )
    return True


_ITEM_MARK = lazyre.pattern(r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+")
_ESCAPED = lazyre.pattern(r"\\([!-/:-@\[-`{-~])")


def _as_written(walk: Walk, line: int, rendered: str) -> str:
    """A command line as the notes' source writes it: ``find … {} \\;`` keeps the backslash that
    markdown reads as an escape (the shell needs it); the rendered text when the source has markup."""
    written = walk.written(line)
    if written is None:
        return rendered
    source = _ITEM_MARK.sub("", written).strip()
    if "`" in source or source.startswith(("**", "__")):
        return rendered
    # markdown ate escapes and read `*.java | sed 's/.*x *//'` as emphasis: compare without them
    return source if _unmarked(_ESCAPED.sub(r"\1", source)) == _unmarked(rendered) else rendered


def _unmarked(text: str) -> str:
    return re.sub(r"[\s*_]", "", text)


def _flag_owner(invocation: Invocation, flag: str) -> str | None:
    """Which program of a piped line (``find … | xargs -0 -n1 grep``) has ``flag``."""
    if flag in invocation.flags:
        return invocation.command
    for part in invocation.piped:
        tokens = part.split()
        if flag in tokens[1:]:
            return tokens[0]
    return None


# "-it - This flag sets interactive mode", "--rm : remove it after", "-p 8081:80 - port mapping"
_GLOSS_ITEM = lazyre.pattern(r"^(?P<token>\S+(?:\s\S+)?)\s+[-–:：]\s+(?P<meaning>\S.*)$")


def remember_example(walk: Walk, block: Para) -> bool:
    """An item that is an example command line with flags: the items after it may gloss its parts.

    Never reads the item itself (returns False), so the other rules still see it.
    """
    raw = block.inline.raw
    if "-" not in raw:  # no flags in the line (is_flag needs a dash): most items of long notes
        walk.example = None
        return False
    first = clean(raw.strip().split("\n", 1)[0])
    # no "-" in the line: no flags (is_flag), so no need to read it (most items of long notes)
    invocation = parse_invocation(first) if "-" in first and looks_like_command(first) else None
    if invocation is not None and invocation.flags and invocation.command.split()[0] in PROGRAMS:
        walk.example = (invocation, walk.block)
    else:
        walk.example = None
    return False


def example_gloss(walk: Walk, block: Para) -> bool:
    """``- -d - runs it in the background`` right after an example line: what that part of the line does."""
    example = walk.example
    if example is None or example[1] != walk.block - 1:
        return False
    lines = [line.plain for line in split_lines(block.inline) if line.plain]
    if not lines or any(len(line.split()) > 1 for line in lines[1:]):
        return False  # one line, or one line and a joining word ("OR") run on from the next line
    match = _GLOSS_ITEM.match(lines[0])
    if not match or len(match.group("meaning").split()) < 2:
        return False
    invocation = example[0]
    tokens = tokenize(invocation.line)
    written = match.group("token")
    parts = written.split()
    at = next((i for i in range(1, len(tokens) - len(parts) + 1) if list(tokens[i : i + len(parts)]) == parts), None)
    if at is None:
        return False
    also: tuple[str, ...]
    if parts[0].startswith("-"):
        flag, also = parts[0], (written,) if len(parts) > 1 else ()
    elif len(parts) == 1 and tokens[at - 1].startswith("-") and "=" not in tokens[at - 1]:
        flag, also = tokens[at - 1], (written, f"{tokens[at - 1]} {written}")  # the value of a flag
    elif len(parts) == 1:
        # an argument of the line (the image "user/app", a file): what it is in this example, not a flag of
        # the program; a card would ask for it as one
        walk.warn(block.line, _(
            "line {line}: '{word}' is an argument of the example line above, not a flag; no card made from it"
        ).format(line=block.line, word=written))
        walk.example = (invocation, walk.block)
        return True
    else:
        return False
    walk.add_flag(
        FlagDef(flag, match.group("meaning"), also), invocation, block.line, command=short_form(invocation.command),
        reason="item glossing part of the example line above it",
    )
    walk.example = (invocation, walk.block)
    return True


_SAYS_HELP = lazyre.pattern(r"\bhelp\b|\busage\b|도움말|사용법", re.IGNORECASE)


@needs(Fact.TOP)
def heading_item(walk: Walk, block: Para) -> bool:
    """``## Start the app on macOS`` then ``- `open -a App` ``: a bare command item right under a heading of
    prose does what the heading says; so do later bare items of the same command under it."""
    if walk.heading_item is None and not (walk.prose_heading and walk.heading_block == walk.block - 1):
        return False  # cheap test first: most items are not right under a heading, nor in such a run
    lines = split_lines(block.inline)
    if len(block.lists) != 1 or any(len(line.plain.split()) > 1 for line in lines[1:]):
        return False  # one line, or one line and a joining word ("OR") run on from the next line
    if not all(span.kind == "code" or not span.text.strip() for span in lines[0].spans):
        return False  # "- `docker images` To validate …" says what it does itself (checked first: cheap)
    text = lines[0].plain
    if (nested := nested_under(walk, block)) is not None and of_a_part(nested[1].group("text"), text) is None:
        return False  # "- `adb`" / "  - 기기의 상태를 관리하는 도구": the items under it say what it is, not the heading
    invocation = parse_invocation(text) if looks_like_command(text) else None
    if invocation is None or invocation.command.split()[0] not in PROGRAMS and not invocation.flags:
        return False
    command = short_form(invocation.command)
    if walk.heading_item is not None:
        heading, owner = walk.heading_item
        if owner != command:
            walk.heading_item = None
            return False
    elif walk.prose_heading and walk.prose and walk.heading_block == walk.block - 1:
        heading = walk.prose
        if "\n" in heading or ends_in_colon(heading) or not _says_task(without_system(heading)):
            return False  # "🍺 Homebrew (Mac OS)": the way to get it, and where; the words in brackets say no action
        walk.heading_item = (heading, command)
    else:
        return False
    walk.set_command(command)
    if invocation.flags and all(flag in HELP_FLAGS for flag in invocation.flags) and not _SAYS_HELP.search(heading):
        # "### Install a module" / "- `tool install -h`" (its help pasted below): the heading says what
        # "tool install" does; "-h" only asks it for its help
        line = " ".join(token for token in tokenize(invocation.line) if token not in HELP_FLAGS)
        invocation = Invocation(invocation.command, (), line, invocation.piped)
    # named by the short form: "docker exec …" and "docker container exec …" under one heading are one command
    named = Invocation(command, invocation.flags, invocation.line, invocation.piped)
    walk.add_command(named, heading, block.line, reason="heading of prose over its bare command item")
    if nested is not None and (part := of_a_part(nested[1].group("text"), text)) is not None:
        nested_commands.flag_glossed(walk, invocation, part, nested[2])  # "  - `-f` 옵션: …": that flag's gloss
    return True


def _says_task(heading: str) -> bool:
    """A heading of three words or more, or a Korean one of two whose last is a doing (``파일 덮어쓰기``, ``로그 보기``):
    what the item under it does.  Shorter ones name a thing (``🍺 Homebrew``, ``기본 옵션``), not a doing."""
    words = heading.split()
    return len(words) >= 3 or len(words) == 2 and has_hangul(heading) and says_doing(heading)


_WHERE_FIRST = lazyre.pattern(r"^(?:all platforms|windows|linux|mac(?:os)?|unix|linux/mac(?:os)?)\s*:\s+", re.IGNORECASE)
_SPACED_SEPARATOR = lazyre.pattern(r"\s[-–:：]\s")
_GLOSSED = lazyre.pattern(r"^(?P<line>[^()]+?)\s*\((?P<meaning>[^()]+)\)\s*$")


@needs(Fact.CLOSE_PAREN, Fact.ONE_LINE)
def command_with_gloss(walk: Walk, block: Para) -> bool:
    """``- docker-compose build (build images)``: a command line, what it does in parentheses after it."""
    if ")" not in block.inline.raw or not block.inline.one_line:
        return False
    text = block.text
    if text[-1] != ")" or _HANGUL.search(text, text.rfind("(") + 1):
        return False  # no gloss at the end; a Korean one is no meaning line here (most such items of long notes)
    match = _GLOSSED.match(text)
    # "(Windows: start text interface)": where it runs, then what it does
    said = _WHERE_FIRST.sub("", match.group("meaning"), count=1) if match else ""
    if not match or not (_is_meaning_line(walk, said) or says_requirement(said)):
        return False
    line = match.group("line")
    if _SPACED_SEPARATOR.search(line):
        return False  # "`find . -name x` : finds … (remark)": a term line with a remark, not a glossed line
    invocation = parse_invocation(line) if looks_like_command(line) else None
    if invocation is None or invocation.command.split()[0] not in PROGRAMS and not _glossed_column(walk, block.line):
        return False
    if invocation.line == invocation.command and name_expansions.spells(invocation.command, said):
        # "- kubectl (kube control)": the program's name and the words it was made from, not what it does
        name_expansions.add(walk, invocation.command, said, block.line)
        return True
    if says_requirement(said):
        # "- `brew install jq` (macOS only)", "(needs root rights)": what the line needs or where it runs
        walk.warn(block.line, _(
            "line {line}: the words in parentheses say what the command needs or where it runs, not what it does; "
            "no card made from it"
        ).format(line=block.line))
        return True
    walk.add_command(invocation, match.group("meaning"), block.line, reason="command line, what it does in parentheses")
    return True


# "  - tool input-file  (All platforms: start the GUI)": an item, its line, two spaces, the gloss in parentheses
_COLUMN_ITEM = lazyre.pattern(r"^\s*[-*+]\s+[a-z][\w.-]*(?: [^()]*?)?\S {2,}\([^()]+\)\s*$")


def _glossed_column(walk: Walk, line: int) -> bool:
    """The item on ``line`` and one beside it are both a command line with its gloss in parentheses set off by
    two spaces: a list of a program's command lines, one quizzer does not know by name."""
    if not _COLUMN_ITEM.match(walk.written(line) or ""):
        return False
    return any(_COLUMN_ITEM.match(walk.written(other) or "") for other in (line - 1, line + 1))


def label_over_code(walk: Walk, block: Para) -> bool:
    """``**update column** `enabled` in row `id` `` on the line right above a fence: a bold label saying what the
    block does, with the names it works on, not a term and its definition."""
    spans = [span for span in block.inline.spans if span.text.strip()]
    return (
        walk.next_code_line == block.line + 1
        and block.inline.one_line
        and len(spans) >= 2
        and spans[0].kind == "strong"
        and spans[1].kind == "code"
    )


# "Git reset lets you revert to a previous commit", "tar is used to pack files": a command, what it does
_LETS_YOU = lazyre.pattern(
    r"(?:^|(?<=[.!?]\s))(?P<subject>[A-Za-z][\w-]*(?: [a-z][\w-]*)?) "
    r"(?:lets you|allows you to|is used to|is used for) (?P<what>[^.!?]*\w)"
)


# "a program", "a command-line tool": only the kind of thing; what makes it this one is said after it ("a backup
# tool" says more, and stays)
_KIND_ALONE = lazyre.pattern(r"an?\s+(?:command-line\s+|CLI\s+)?(?:command|utility|tool|program)", re.IGNORECASE)


def _appositions(walk: Walk, block: Para) -> None:
    """```vi`, a terminal text editor,``: a code span and the noun phrase set beside it, what it is."""
    spans = block.inline.spans
    for n in range(len(spans) - 1):
        if spans[n].kind != "code":
            continue
        # up to the end of the sentence or a clause of its own (", but …", ", which …")
        match = re.match(
            r"^,\s+(an?\s+[A-Za-z][\w ,-]*?\w)\s*(?:[.;]|,?\s+(?:but|and|which|so|that)\b|$)",
            spans[n + 1].text.replace("\n", " "),
        )
        name = spans[n].text.strip()
        if (
            match and re.fullmatch(r"[A-Za-z][\w.+-]*", name) and 2 <= len(match.group(1).split()) <= 8
            and not _KIND_ALONE.fullmatch(match.group(1))  # "`rsync`, a program that …": what it is comes after
        ):
            line = block.line + "".join(span.text for span in spans[:n]).count("\n")
            walk.add(
                Kind.CONCEPT, term=name, front=name, back=match.group(1), command=None, line=line,
                reason="`name`, a … (what it is, set beside it)",
            )


def _run_here(walk: Walk, program: str) -> bool:
    """Whether the notes run ``program`` (a line of their code blocks) or are about it."""
    return program in walk.run_programs or program in walk.fenced_programs or program in (walk.program, walk.tool)


def command_sentence(walk: Walk, block: Para) -> None:
    """Sentences of a paragraph that say what a named command lets you do, or what a `name` is (set beside
    it); the paragraph is read on as well."""
    _appositions(walk, block)
    raw = block.inline.raw
    if "lets you" not in raw and "allows you to" not in raw and "is used " not in raw:
        return
    for match in _LETS_YOU.finditer(raw.replace("\n", " ")):
        words = match.group("subject").lower().split()
        if words[0] not in PROGRAMS:
            continue
        command = sub_command(words[0], words[1]) if len(words) == 2 else words[0]
        if command is None:
            continue
        line = block.line + raw[: match.start()].count("\n")
        if " used " in match.group(0) and not _run_here(walk, words[0]):
            # "Grep is used for searching." in a plugin's README: used by the plugin, not a command the notes teach
            walk.unless_read(line, _(
                "line {line}: '{command}' is said to be used, but the notes never run it: used by what they are "
                "about, not a command to learn; no card made from it"
            ).format(line=line, command=command))
            continue
        what = re.split(r",\s+(?:which|where|so|and then|but)\b", match.group("what"))[0]  # a clause about something else
        walk.add_command(Invocation(command, (), command), what, line, reason="sentence: a command lets you …")


# "doesn't change the file, -i will change it in place": a flag and what it does, after a comma
_FLAG_CLAUSE = lazyre.pattern(
    r"(?:^|,\s+)(?P<flag>--?[A-Za-z][\w-]*)\s+(?P<meaning>(?:will|would|makes?|lets?|tells?|forces?)\s+\w.*)$"
)


@needs(Fact.DASH, Fact.ONE_LINE)
def flag_clause(walk: Walk, block: Para) -> bool:
    """An item ending in a clause about a flag (``…, -i will change the file in place``): that flag's option."""
    if "-" not in block.inline.raw or not block.inline.one_line:
        return False
    match = _FLAG_CLAUSE.search(block.text)
    if not match:
        return False
    command = walk.command(len(block.lists))
    walk.add_option([match.group("flag")], match.group("meaning"), command, block.line, reason="clause about a flag")
    return True


# "bind mount is not managed by docker", "StatefulSet runs its pods in order" is not read: only "is"/"are"
_IS_ITEM = lazyre.pattern(r"^(?P<term>[A-Za-z][\w-]*(?: [a-z][\w-]*)?) (?P<definition>(?:is|are) (?:not |an? |the )?\w.*)$")
_NOT_A_TERM = frozenset(
    "it this that there these those he she they we you i what which who here one each all some any".split()
    # "If it is properly installed, …", "Once this is done, …": a clause about a condition, not a term
    + "if when once unless while after before because since though although as so then".split()
)


@needs(Fact.ONE_LINE, Fact.IS)
def definition_item(walk: Walk, block: Para) -> bool:
    """``- bind mount is not managed by docker``: an item that says what a short term is."""
    if not block.inline.one_line:
        return False
    text = block.text
    if " is " not in text and " are " not in text:  # what _IS_ITEM needs, looked for without the pattern
        return False
    match = _IS_ITEM.match(text)
    if not match or len(match.group("definition").split()) < 4:
        return False
    term = match.group("term")
    keys = walk.key_program(term) if block.inline.spans[0].kind == "code" else None
    if keys is not None and prefix_keys.read(walk, term, match.group("definition"), block.line, program=keys):
        return True  # "- `fn a` is the current prefix" in notes about tmux: the key the others are pressed after
    words = term.lower().split()
    if words[0] in _NOT_A_TERM or term.lower() in PROGRAMS or words[-1] in ("command", "option", "flag"):
        return False  # "s command is quoted …" is about a command, not a term
    argued = _argument_of(walk, term) if block.inline.spans[0].kind == "code" else None
    if argued is not None:
        # "* `local` is the name of the script to run" under "zeek -r trace.pcap local": a part of that line
        walk.add(Kind.FLAG, term=f"{argued} {term}", front=term, back=match.group("definition"), command=argued,
                 line=block.line, answers=(term,), reason="item: a word of the line above is …")
        return True
    walk.add(
        Kind.CONCEPT, term=term, front=term, back=match.group("definition"), command=None, line=block.line,
        reason="item: a term is …",
    )
    return True


def _argument_of(walk: Walk, word: str) -> str | None:
    """The command of the section's last command note when ``word`` is one of the words its line was written
    with, after the command itself; None otherwise."""
    for note in reversed(walk.notes.values()):
        if note.kind is Kind.COMMAND and note.command and note.line > walk.heading_line:
            written = tokenize(note.context or note.front)
            return note.command if word in written[len(note.command.split()):] else None
    return None


_QUESTION = lazyre.pattern(r"^(?:what is|what are|what's|what does)\s+(?P<term>.{1,40}?)(?:\s+mean)?\s*\?$", re.IGNORECASE)


def question(heading: str) -> str | None:
    """``What is "non-fast-forward"?``: the term a FAQ heading asks about."""
    match = _QUESTION.match(heading.strip())
    if not match:
        return None
    term = re.sub(r"^(?:an?|the)\s+", "", match.group("term").strip(), flags=re.IGNORECASE).strip("\"'“”‘’`*")
    return term if term and len(term.split()) <= 4 else None


def answer(walk: Walk, block: Para) -> bool:
    """The paragraph right under a ``What is X?`` heading: what X is."""
    term, walk.question = walk.question, None
    if term is None or walk.heading_block != walk.block - 1:
        return False
    walk.add(
        Kind.CONCEPT, term=term, front=term, back=block.text, command=None, line=block.line,
        answers=(term,), reason="`What is X?` heading, the paragraph under it",
    )
    walk.prose = None
    return True
