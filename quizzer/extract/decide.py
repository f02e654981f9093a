"""Deciding: every note the rules found passes here before it is kept (pure).

The rules find pairs (a term and what the notes say of it) by the shape of the
document; this stage asks of each pair whether it is one fact a person should
learn.  A pair that is not sure to be one (a side that is a label or a lead-in,
a clause cut at a colon, a value with no words, an argument of the command
above, another usage given as the meaning, the installation of the tool the
notes are about) is not made a card: it becomes a warning with its line and
why, so a person can see it and write the card by hand if they want it.

Nothing here knows a document: the signals are the words and shapes of the
sides, and the data in ``knowledge.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quizzer.extract.knowledge import INSTALLERS, is_label, is_label_phrase
from quizzer.extract.model import ExtractWarning, Kind, NoteDraft
from quizzer.i18n import _
from quizzer.shell import looks_like_command, parse_invocation, tokenize
from quizzer.text import HANGUL

__all__ = ["Doubt", "decide", "term_doubt"]


class Doubt:
    """Why a pair is not made a card: each a whole sentence for the warning."""

    LABEL = "label"
    CLAUSE = "clause"
    VALUE = "value"
    ARGUMENT = "argument"
    USAGE = "usage"
    INSTALL = "install"
    JOINED = "joined"
    ECHO = "echo"


def _message(doubt: str) -> str:
    return {
        Doubt.LABEL: _("line {line}: '{front}' → '{back}' has a side that only introduces what follows; not made a card"),
        Doubt.CLAUSE: _("line {line}: '{front}' is part of a sentence, not a term; not made a card"),
        Doubt.VALUE: _("line {line}: '{back}' is a value, not what '{front}' means; not made a card"),
        Doubt.ARGUMENT: _(
            "line {line}: '{front}' is an argument of the command line above it, not a term of its own; "
            "not made a card"
        ),
        Doubt.USAGE: _("line {line}: '{back}' is another way to run '{front}', not what it does; not made a card"),
        Doubt.INSTALL: _("line {line}: '{front}' installs the program the notes are about; not made a card"),
        Doubt.ECHO: _("line {line}: '{back}' only repeats a word of '{front}', it does not say what it does; not made a card"),
        Doubt.JOINED: _("line {line}: '{front}' joins two commands with a slash; not made a card (write one line for each)"),
    }[doubt]


# a word ending in an object or topic particle, or a phrase ending in a place/case word: a clause
_HANGUL_WORD = f"[{HANGUL}]"
_OBJECT = re.compile(rf"{_HANGUL_WORD}(?:을|를)(?:\s|$)")
_TOPIC = re.compile(rf"{_HANGUL_WORD}{{2,}}(?:은|는)\s")
_CLAUSE_END = re.compile(rf"{_HANGUL_WORD}(?:에|에서|으로|경우|때)\s*$")
_INNER_CLAUSE = re.compile(rf"{_HANGUL_WORD}(?:에서|으로|에게)\s")
_PROMPT = re.compile(r"^[$#>]\s")
# a value: no word of two letters or more in it ("4.3.3", ".tgz", "2774")
_WORD = re.compile(rf"[A-Za-z{HANGUL}]{{2,}}")


def term_doubt(term: str, definition: str) -> str | None:
    """Why ``term: definition`` is not a term and its definition (None when it is)."""
    if is_label(term) or is_label_phrase(term) or is_label(definition) or definition.rstrip().endswith((":", "：")):
        return Doubt.LABEL
    if _PROMPT.match(term) or _OBJECT.search(term) or _TOPIC.search(f"{term} ") or _CLAUSE_END.search(term):
        return Doubt.CLAUSE
    if _INNER_CLAUSE.search(term) and len(term.split()) >= 4:
        return Doubt.CLAUSE  # "명령 모드에서 :으로 진입 후 화면 하단에 뜨는": a sentence the colon cut, not a term
    if " " not in definition.strip() and (not _WORD.search(definition) or not definition[:1].isalpha()):
        return Doubt.VALUE
    return None


def _usage_of(note: NoteDraft) -> bool:
    """``curl: curl --version``: the back is the same program run another way."""
    if note.command is None or "\n" in note.back:
        return False
    tokens = tokenize(note.back)
    if not 1 < len(tokens) <= 6 or re.search(f"[{HANGUL}]", note.back) or not any(t.startswith("-") for t in tokens):
        return False  # "find all files …", "rpm 버전 출력": words after the program's name, not a usage
    invocation = parse_invocation(note.back)
    return invocation is not None and invocation.command.split()[0] == note.command.split()[0]


def _slash_joined(note: NoteDraft) -> bool:
    """``docker images/volumes prune``: two sub-commands in one front, two facts on one card."""
    tokens = tokenize(note.front)
    return len(tokens) > 1 and bool(re.fullmatch(r"[a-z][a-z-]*(?:/[a-z][a-z-]*)+", tokens[1]))


def _installs(note: NoteDraft, program: str | None) -> bool:
    """``apt-get install screen`` in notes about screen: installation, not a fact about the program."""
    if program is None or note.command is None:
        return False
    tokens = [t for t in tokenize(note.front) if not t.startswith("-")]
    if tokens[:1] in (["sudo"], ["doas"]):
        tokens = tokens[1:]
    if len(tokens) < 3 or tokens[0] not in INSTALLERS or tokens[1] not in ("install", "add"):
        return False  # "apk add", "apt install", "brew install"
    packages = tokens[2:]
    return any(program in re.split(r"[^a-z0-9+-]+", p.lower()) for p in packages)


_MARKERS = re.compile(r"^\s*(?:[-*+>]|\d+[.)])?\s*`*\s*(?:\$\s+)?")


def _argument_above(
    term: str, line: int, lines: Sequence[str], read: dict[int, tuple[str, ...]] | None = None
) -> bool:
    """``nodejsdocker - Name of the container …`` under ``docker run … --name nodejsdocker …``: a gloss
    of one argument of that example, not a term to learn on its own.  ``read`` keeps each line's
    arguments for the next term (the ten lines above one term are mostly above the next one too)."""
    read = {} if read is None else read
    for n in range(*slice(max(0, line - 11), line - 1).indices(len(lines))):
        arguments = read.get(n)
        if arguments is None:
            text = _MARKERS.sub("", lines[n]).strip().strip("`")
            arguments = read[n] = tokenize(text)[1:] if looks_like_command(text) else ()
        if term in arguments:
            return True
    return False


# where a one-word description that repeats the line is a topic, not a gloss: a comment over the line, a
# "Restart: kubectl rollout restart …" item (a comment after the line, "cat /proc/net/route  # Route", is its gloss)
_ECHO_REASONS = frozenset({"comment above it in a code block", "`description: command` line"})


def _echoes(note: NoteDraft) -> bool:
    """A one-word back that is a word of the front."""
    back = note.back.strip().rstrip(".").casefold()
    return " " not in back and "\n" not in back and len(back) > 1 and back in note.front.casefold()


def _placeholder_above(front: str, line: int, lines: Sequence[str]) -> bool:
    """``awk program`` glossed under ``awk [OPTION][awk program][ARGUMENT]``: a slot of that usage line."""
    if " " not in front:
        return False  # one word ("file") is too common to tell
    slots = (f"[{front}]", f"<{front}>", f"{{{front}}}")
    return any(slot in text for text in lines[max(0, line - 11): line - 1] for slot in slots)


def _doubt(
    note: NoteDraft, *, program: str | None, lines: Sequence[str], read: dict[int, tuple[str, ...]] | None = None
) -> str | None:
    if note.kind in (Kind.WRITTEN, Kind.WRITTEN_BOTH, Kind.STEP):
        return None  # a person wrote it; a step's side is its procedure
    if note.kind is Kind.CONCEPT and note.reason == "`term: definition` line":
        doubt = term_doubt(note.front, note.back)
        if doubt is not None:
            return doubt
        if _argument_above(note.front, note.line, lines, read):
            return Doubt.ARGUMENT
    if note.kind is Kind.COMMAND and note.reason == "`command: description` line" and _placeholder_above(note.front, note.line, lines):
        return Doubt.ARGUMENT  # "awk program : …" under "awk [OPTION][awk program][ARGUMENT]"
    if note.kind is Kind.COMMAND and note.reason in _ECHO_REASONS and _echoes(note):
        return Doubt.ECHO  # "# csv" over "jq -r '… | @csv' > out.csv": names the topic, the answer is in the question
    if is_label(note.front) or is_label(note.back) or note.back.rstrip().endswith((":", "：")):
        return Doubt.LABEL
    if note.kind in (Kind.COMMAND, Kind.OPTION, Kind.FLAG) and _usage_of(note):
        return Doubt.USAGE
    if note.kind is Kind.COMMAND and _slash_joined(note):
        return Doubt.JOINED
    if note.kind is Kind.COMMAND and _installs(note, program):
        return Doubt.INSTALL
    return None


def decide(
    notes: Iterable[NoteDraft], *, program: str | None, lines: Sequence[str] = ()
) -> tuple[list[NoteDraft], list[ExtractWarning]]:
    """The notes to keep, and a warning for each one that is not sure to be one fact.

    ``lines`` are the document's lines (to see the command line a term may be an argument of).
    """
    ordered = sorted(notes, key=lambda note: note.line)
    kept: list[NoteDraft] = []
    warnings: list[ExtractWarning] = []
    read: dict[int, tuple[str, ...]] = {}
    for note in ordered:
        doubt = _doubt(note, program=program, lines=lines, read=read)
        if doubt is None:
            kept.append(note)
        else:
            warnings.append(ExtractWarning(note.line, _message(doubt).format(
                line=note.line, front=note.front, back=note.back.split("\n")[0])))
    return kept, warnings
