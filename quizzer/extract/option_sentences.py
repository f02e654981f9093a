"""English sentences that say what one option does: ``The `-v` option prints each file name.`` (pure).

Tips pages explain a command line they gave above option by option, a sentence (or a list item) each::

    Use `tar -c -z -f notes.tgz notes/` to pack a folder.

    - The `-z` [option](https://…) compresses the archive with gzip.
    - The `-f` option names the archive file.

Each such sentence is an option note: the option → what the sentence says it does (from its verb on, the first
sentence only).  Whose option it is: the nearest command line above (a code span or a line of its own) that
passes it (``tar``), in the same section (or the one above an ``## explanation`` section), when no line of another
program there passes it too (``sed -i`` and ``grep -ri``: not sure, a warning); else the program the sentence
names, one quizzer or the notes know (``In rsync, the `-n` option …``), or the command a heading or hint names
for the section; else the walk warns that no command is named.  The first word must be a verb saying
what is done (``compresses``, ``enables``; knowledge.NOT_DOING_EN lists those that do not): ``is
deprecated``, ``was added in 2.3``, ``can be given twice``, ``needs root rights``, ``takes a level:``, ``expects
an expression, as shown below`` say something else of the option and make no card.  ``The `--exclude="a"`
and `--exclude="b"` options exclude …``: one option written twice is one note; two options in one sentence are
two facts in one and make none.  A sentence right over a code block is the block's to read (what the option does
in the line below).
"""

from __future__ import annotations

import re

from quizzer import i18n
from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import NOT_DOING_EN, PROGRAMS, is_explaining_heading, says_requirement
from quizzer.extract.terms import option_spellings
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, parse_invocation, split_flags, tokenize
from quizzer.text import clean

__all__ = ["read"]

_REASON = "sentence: the `-x` option does what"
# "The `-c` option enables …", "The `--a` and `--b` options exclude …", "In rsync, the `-n` flag …"
_SENTENCE = lazyre.pattern(
    r"^(?:In\s+(?P<program>[a-z][\w-]*),\s+)?the\s+(?P<options>`[^`\n]+`(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)`[^`\n]+`)*)"
    r"\s+(?P<noun>options?|flags?|switch(?:es)?)\s+(?P<meaning>[a-z][^\n]*)$",
    re.IGNORECASE,
)
_CODE = lazyre.pattern(r"`([^`\n]+)`")
# "… as shown below", "… as follows": the sentence leads into what follows, an example or a list of values
_LEADS_ON = lazyre.pattern(r"\bas\s+(?:shown|follows|below)\b|\b(?:below|these|following)\b|[:：]$", re.IGNORECASE)
_SENTENCE_END = lazyre.pattern(r"(?<=[a-z0-9)\"'])[.!?](?:\s+|$)")
# how far above the sentence its command line may stand (an "explanation" section under the line it explains)
_LOOK_BACK = 40
_JOINS = lazyre.pattern(r"\s*(?:&&|\|\||;)\s*")
_HEADING = lazyre.pattern(r"^\s{0,3}#{1,6}\s+")


def _uses(invocation: Invocation, option: str) -> bool:
    """Does the line pass ``option`` (``--format`` is ``--format=freeze``'s; ``-n`` one of ``-nx``'s letters)?"""
    name = option.split("=", 1)[0]
    for flag in invocation.flags:
        if flag == option or flag.split("=", 1)[0] == name or name in split_flags(flag):
            return True
    return False


def _commands_passing(walk: Walk, line: int, option: str) -> list[str]:
    """The commands of the lines above ``line`` (a code span in one, or the line itself) that pass ``option``,
    nearest first, in the same section: the look-back stops at the section's heading, unless that heading only
    says the section explains what is above it (``## explanation``: one more section up)."""
    found: list[str] = []
    headings = 0
    for above in range(line - 1, max(0, line - 1 - _LOOK_BACK), -1):
        text = walk.written(above)
        if text and _HEADING.match(text):
            headings += 1
            if headings > 1 or not is_explaining_heading(_HEADING.sub("", text)):
                break
            continue
        if not text or "-" not in text:
            continue
        spans = _CODE.findall(text) or [text.strip()]
        for span in reversed(spans):
            for part in reversed(_JOINS.split(span)):
                invocation = parse_invocation(part) if part and tokenize(part) else None
                if invocation is not None and _uses(invocation, option):
                    found.append(invocation.command)
    return found


@needs(Fact.CODE, Fact.FIRST)
def read(walk: Walk, block: Para) -> bool:
    """The option note of a sentence saying what one option does; False (nothing done) when not that shape."""
    if not block.inline.has_code or not block.first or walk.next_code_line is not None:
        return False  # over a code block, the sentence tells what the option does in the line below (code's)
    written = block.inline.marked.strip()
    if "\n" in written:
        return False
    found = _SENTENCE.match(written)
    if found is None:
        return False
    options = {clean(code) for code in _CODE.findall(found.group("options"))}
    names = {option.split("=", 1)[0] for option in options}
    if len(names) != 1:
        return False  # "The `-a` and `-v` options …": two options, two facts in one sentence
    option = sorted(options)[0] if len(options) == 1 else names.pop()
    spellings = option_spellings(option, bare_ok=False)
    if not spellings or not spellings[0].startswith("-"):
        return False
    meaning = clean(_SENTENCE_END.split(found.group("meaning"), maxsplit=1)[0]).rstrip(".")
    first = meaning.split()[0].casefold() if meaning.split() else ""
    plural = found.group("noun").casefold().endswith("s")
    if len(meaning.split()) < 2 or says_requirement(meaning) or _LEADS_ON.search(meaning):
        return False
    if first in NOT_DOING_EN:
        return False  # "is deprecated", "can be given twice", "takes a level", "expects an expression"
    if not plural and not (first.endswith("s") and len(first) > 3):
        return False  # "The `-r` option, which …", "The `-x` option recursively …": no verb right after
    if "=" in option:
        spellings = list(dict.fromkeys([option, option.split("=", 1)[0]]))
    passing = _commands_passing(walk, block.line, option)
    command = passing[0] if passing else None
    program = found.group("program")
    if program is not None and program not in PROGRAMS and program not in (walk.program, *walk.fenced_programs):
        program = None  # "In general, the `-q` flag …", "In practice, …": no program named
    if program is not None and (command is None or command.split()[0] != program):
        command = program  # "In rsync, the `-n` option …": the sentence names the program
    programs = list(dict.fromkeys(passing_command.split()[0] for passing_command in passing))
    if program is None and len(programs) > 1:
        # "`sed -i …`" then "`grep -ri …`" above "The `-i` option edits each file in place": lines of two programs
        # pass it, the nearest need not be the one the sentence is about
        walk.warn(block.line, i18n._(
            "line {line}: lines of {programs} above all pass the option {option}, and the notes do not say whose it "
            "is; skipped (<!-- quizzer: command=NAME --> above it says which)"
        ).format(line=block.line, programs=", ".join(programs), option=", ".join(spellings)))
        return True
    if command is None:
        # no line above passes it: the section's command when a heading or hint names one, else none is sure
        command = walk.section_command()
    walk.add_option(spellings, meaning, command, block.line, reason=_REASON)
    return True
