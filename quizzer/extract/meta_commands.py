"""What to do, then the backslash command of a database client that does it (pure).

Notes on a database client (psql, mysql) list its backslash commands as cheat sheets list keys,
the action first and the command last::

    - show all tables: `\\dt`
    - who am I connected as `\\conninfo`
    - list the roles: `\\du` or `\\du+`
    - Server version: (and the build) `\\version`)

The command is the subject and the words before it what it does: a command note of the client the
notes are about (named by their title: ``# Postgres``, ``# psql``), never a concept whose answer is
the command.  The item reads so only when the code spans after the words are all backslash commands
(one, or several joined by "or" / "/" / ","), the words say more than a label, and the notes name
the client; a parenthesis closing the words (a remark on them) is left out of the meaning.

A heading may say it over a paragraph holding nothing but the command in code (``## list the databases`` /
`` `\\l` ``): the heading is what the command does, as the words before it are in a list, when it says an action
(``Gotcha``, ``Performance`` name a topic: no card).

A paragraph may say the same in a sentence: ``You can use the `\\x` command to toggle expanded output.`` (its first
sentence, up to a comma or a clause joined by "and after" / "and then"): the command and what it does.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.heading_keys import heading_action
from quizzer.extract.knowledge import BACKSLASH_COMMANDS, BACKSLASH_FAMILIES, is_label, names_task, says_doing
from quizzer.extract.model import Kind
from quizzer.extract.repl import shell_program
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["is_meta_command", "read", "read_heading", "read_sentence"]

# "\dt", "\du+", "\c dbname", "\dt schema.*": a backslash, the command's letters, its arguments
_META = lazyre.pattern(r"\\(?P<name>[A-Za-z]{1,12})\+?(?:\s+[^\s\\`]+)*")
# "a new line inside a string", "a tab character", "줄바꿈 문자": the words name a character the backslash
# escapes in a string (MySQL's "\n", "\t"), not what the client's command of those letters does
_CHARACTER = lazyre.pattern(
    r"\b(?:strings?|characters?|chars?|new\s?lines?|line\s+breaks?|tabs?|escaped?|escapes|quotes?|backslash)\b"
    r"|문자|줄\s?바꿈|개행|탭|이스케이프",
    re.IGNORECASE,
)
_SEPARATOR = lazyre.pattern(r"\s*(?:[:：]|[-–—→]|->|=>)?\s*$")
_JOIN = lazyre.pattern(r"\s*(?:or|/|,|또는)\s*", re.IGNORECASE)
_REMARK = lazyre.pattern(r"\s*\([^()]*\)\s*$")  # "(current user, port)" closing the words: a remark on them
_TAIL = lazyre.pattern(r"\s*[).。]?\s*")  # what may follow the last command: a stray ")" or a full stop
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_REASON = "what it does, then the client's backslash command"
_SENTENCE_REASON = "sentence: use the client's backslash command to do something"
# "Or you can use the ", "We can also use ": what comes before the command
_USE = lazyre.pattern(r"\s*(?:or\s+|also\s+)?(?:you|we|one)\s+can\s+(?:also\s+)?use\s+(?:the\s+)?", re.IGNORECASE)
# " command from inside psql to open the editor and after …": what comes after it, up to the end of the first clause
_TO = lazyre.pattern(
    r"\s+(?:command\s+|meta-command\s+)?(?:(?:from\s+)?(?:inside|in|within)\s+[\w-]+\s+)?to\s+"
    r"(?P<meaning>[a-z][^.!?,;]*?)(?=\s+and\s+(?:after|then|when|once)\b|[.!?,;]|$)",
    re.IGNORECASE,
)


def is_meta_command(text: str) -> bool:
    """``\\dt``, ``\\c mydb``: a backslash command of a database client."""
    return _META.fullmatch(text.strip()) is not None


def _of_client(program: str | None, commands: list[str], meaning: str) -> bool:
    """The commands are the client's own (``\\d…`` of psql, one of its table) and the words say what one does,
    not which character a backslash escapes in a string."""
    known = BACKSLASH_COMMANDS.get(program or "")
    if known is None or _CHARACTER.search(meaning):
        return False
    for command in commands:
        name = _META.fullmatch(command)
        if name is None:
            return False
        letters = name.group("name")
        if letters not in known and not letters.startswith(BACKSLASH_FAMILIES.get(program or "", ())):
            return False
    return True


@needs(Fact.CODE, Fact.TEXT_FIRST, Fact.NO_BREAK)
def read(walk: Walk, inline: Inline, line: int) -> bool:
    """``list the roles: `\\du```: the command and what it does; False if the item is not that."""
    spans = inline.spans
    if len(spans) < 2 or spans[0].kind != "text" or spans[1].kind != "code":
        return False
    commands: list[str] = []
    for n, span in enumerate(spans[1:], start=1):
        if n % 2 == 1:
            if span.kind != "code" or not is_meta_command(span.text):
                return False
            commands.append(clean(span.text))
        elif span.kind != "text" or not (_JOIN.fullmatch(span.text) or n == len(spans) - 1 and _TAIL.fullmatch(span.text)):
            return False
    words = spans[0].text
    separator = _SEPARATOR.search(words)
    meaning = words[: separator.start()] if separator else words
    remark = _REMARK.search(meaning)
    if remark is not None:
        meaning = meaning[: remark.start()]
    meaning = clean(meaning.rstrip(":： "))
    if not _WORDY.search(meaning) or is_label(meaning):
        return False
    program = shell_program(walk)
    if not _of_client(program, commands, meaning):
        return False
    walk.add(Kind.COMMAND, term=commands[0], front=commands[0], back=meaning, command=program, line=line,
             answers=tuple(commands), reason=_REASON)
    return True


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.TEXT_FIRST, Fact.CODE)
def read_sentence(walk: Walk, block: Para) -> bool:
    """``You can use the `\\x` command to toggle expanded output.``: the command and what it does; False if not, and
    for an item or a quote."""
    spans = block.inline.spans
    if block.lists or block.quote:
        return False
    if len(spans) < 3 or spans[0].kind != "text" or spans[1].kind != "code" or spans[2].kind != "text":
        return False
    if not _USE.fullmatch(spans[0].text) or not is_meta_command(spans[1].text):
        return False
    match = _TO.match(spans[2].text.replace("\n", " "))
    if match is None:
        return False
    program = shell_program(walk)
    command = clean(spans[1].text)
    if not _of_client(program, [command], match.group("meaning")):
        return False
    walk.add(Kind.COMMAND, term=command, front=command, back=clean(match.group("meaning")), command=program,
             line=block.line, answers=(command,), reason=_SENTENCE_REASON)
    return True


# "to make it readable": what for; "db list", "user listing": the object, then the doing noun of a list
_FOR = lazyre.pattern(r"to\s+[a-z]+\b.*|(?:\w+\s+){1,2}(?:list|listing)", re.IGNORECASE)


def _says_action(heading: str) -> bool:
    """``list the databases``, ``to make it readable``, ``db list``: a heading saying what to do, not a topic
    (``Gotcha``, ``Performance``, ``Bonus``) over the command."""
    return says_doing(heading) or names_task(heading) or _FOR.fullmatch(heading.strip()) is not None


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def read_heading(walk: Walk, block: Para) -> bool:
    """``## db list`` over a paragraph of `` `\\l` `` alone: the command and what the heading says it does; False if
    the paragraph is not one backslash command of the notes' client right under a heading that says what it does."""
    if walk.heading_block != walk.block - 1 or block.lists or block.quote:
        return False
    spans = [span for span in block.inline.spans if span.kind != "text" or span.text.strip()]
    if len(spans) != 1 or spans[0].kind != "code" or not is_meta_command(spans[0].text):
        return False
    action = heading_action(walk)
    program = shell_program(walk)
    command = clean(spans[0].text)
    if action is None or not _says_action(action) or not _of_client(program, [command], action):
        return False
    walk.add(Kind.COMMAND, term=command, front=command, back=action, command=program, line=walk.heading_line,
             answers=(command,), reason=_REASON)
    return True
