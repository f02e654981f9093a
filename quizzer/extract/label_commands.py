"""``Label``: command, command — a cheat sheet's label over the command lines that do it (pure).

A ``term: definition`` line whose definition is one or more command lines of one program
(``- `Upload file`: blobctl put <file> bs://<bucket>/``) is not a term and its meaning: the
label says what each command line does.  Each line becomes a command note with the label as its
back, when every item is a plain command line of that program; anything else (a line with prose
after it, items of different programs) stays a warning (``decide``).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.model import Kind, NoteDraft, note_key
from quizzer.shell import glues, looks_like_command, parse_invocation, tokenize, written
from quizzer.text import HANGUL

__all__ = ["REASON", "is_quotation", "label_commands", "names_variable", "typed_in_prose"]

REASON = "label over the command lines that do it"

# a word of prose after a command line: "… init This will ask you …"
_PROSE_WORD = lazyre.pattern(r"^[A-Z][a-z]+$")
_KOREAN = lazyre.pattern(f"[{HANGUL}]")
_QUOTED = lazyre.pattern(r"'[^']*'|\"[^\"]*\"")
# "$ branch: git branch | cut -c3-": a cheat-sheet variable (navi's way) that the command's output fills in
_VARIABLE_NAME = lazyre.pattern(r"^\$\s*\{?[A-Za-z_][A-Za-z0-9_]*\}?$")


def names_variable(label: str) -> bool:
    """Is ``label`` (``$ branch``, ``${name}``) a variable the command after it fills in, not what the command does?"""
    return _VARIABLE_NAME.match(label.strip()) is not None


# '"jq is like sed for JSON data"': a quotation, whole in quotes
_QUOTATION = lazyre.pattern(r"^(?:\"[^\"]+\"|“[^“”]+”|'[^']+'|‘[^‘’]+’)$")


def is_quotation(label: str) -> bool:
    """Is ``label`` a quotation, whole in quotes (``"jq is like sed for JSON data" - jq project document``)? The
    words after it name who said it, not a command it labels."""
    return _QUOTATION.match(label.strip()) is not None


# what follows a label's colon on its line, markup closing the label left off: "**Quit:** `vim -c q`" → "`vim -c q`"
_AFTER_LABEL = lazyre.pattern(r"[:：][*_]*\s+(?P<rest>\S.*)$")


def typed_in_prose(raw: str) -> bool:
    """``Shortcut: type `ZZ` in normal mode``: the words after the label run as prose, what to type set apart in a
    code span after a word outside it ("type", "press", "run"); the first word is no program run (the shell's
    ``type``), the line is no command line.  ``raw``: the line as written."""
    after = _AFTER_LABEL.search(raw)
    if after is None or "`" not in after.group("rest"):
        return False
    return not after.group("rest").lstrip("*_ ").startswith("`")


def label_commands(note: NoteDraft, program: str) -> list[NoteDraft] | None:
    """The command notes ``note``'s back holds, one per comma-separated command line of ``program``; None
    when an item is not one plainly."""
    if names_variable(note.front) or is_quotation(note.front):
        return None
    items = [item.strip() for item in note.back.split(", ")]
    notes: list[NoteDraft] = []
    for item in items:
        tokens = tokenize(item)
        if not tokens or tokens[0] != program or not looks_like_command(item):
            return None
        if (
            any(_PROSE_WORD.match(token) for token in tokens[1:]) or item.count('"') % 2 or item.count("'") % 2
            or _KOREAN.search(_QUOTED.sub("", item))
        ):
            return None  # prose after the line ("mount 위치": where it is mounted), or a quote the comma cut
        if len(tokens) > 2 and tokens[1].startswith("-") and not tokens[2].startswith("-"):
            return None  # "tool -m acl set …": a flag before what may be a sub-command; which command is unsure
        invocation = parse_invocation(item)
        if invocation is None:
            return None
        subject = invocation.concrete
        # "blobctl cp bs://<bucket>/<key> ." is not "blobctl cp .": a front that would glue words is the line as
        # written, the glued line no answer (walk.add_command's reading); the key is the concrete line
        glued = glues(item)
        front = written(item) if glued else subject
        deck = note.key.split("|", 1)[0]
        notes.append(
            NoteDraft(
                key=note_key(deck, Kind.COMMAND, invocation.command, subject),
                kind=Kind.COMMAND,
                front=front,
                back=note.front,
                command=invocation.command,
                section=note.section,
                line=note.line,
                tags=note.tags,
                answers=tuple(dict.fromkeys((invocation.subject, front) if glued else (subject, invocation.subject))),
                context=invocation.line,
                reason=REASON,
            )
        )
    return notes
