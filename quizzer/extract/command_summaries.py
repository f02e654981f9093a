"""A program's command summary kept as a shell file, read as the markdown list it means (pure).

Cheat-sheet collections keep a program's sub-commands as a shell file: a banner of ``#`` comments naming
the program, then one sub-command a line, written without the program, its short alias in parentheses, and
what it does after a ``#`` aligned in a column::

    ###########################
    # DRUSH
    # Usage: https://www.drush.org/usage/
    ###########################

    cache clear (cc)        # Clear all caches.
    sql query (sqlq)        # Execute a query against the site database.

Markdown reads the banner as headings and each line as a paragraph of prose.  The lines are the program's
sub-commands: ``drush cache clear`` clears all caches.  :func:`as_markdown` writes such a text as the list of
``command: description`` items it means (``- `drush cache clear`: Clear all caches.``), each on its own line,
the banner's name as the level-1 heading, the rest of the banner (rules, links) blanked.  The alias is left
out: a card's front is one command, and an alias beside it would read as a second command named in the gloss.

A text reads so only when its banner comes first and names one word alone (the program), and every other line
that is not blank is a summary line: lower-case words (no flag, no path, no value), at most one alias in
parentheses, a gap of two spaces or more, ``#`` and the gloss; at least three of them.  A line that starts with
the program already keeps its words.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.literal import literal
from quizzer.text import lines_of

__all__ = ["REMARK", "as_markdown"]

REMARK = "# …"  # what :func:`as_markdown` says it left unread at a line: the gloss's sentences after its first

_LEAST = 3  # summary lines a text needs at least
_RULE = lazyre.pattern(r"#{3,}[ \t]*")  # "#####…": the banner's rule
_COMMENT = lazyre.pattern(r"#(?:[ \t]+(?P<text>\S.*?))?[ \t]*")
_NAME = lazyre.pattern(r"[A-Za-z][\w.-]*")  # the banner's one word: "DRUSH", "git-flow"
# "sql query (sqlq)        # Execute a query …": words, an alias, the aligned gloss
# the end of the gloss's first sentence, another beginning after it ("… message. Use --filter to …")
_SENTENCE_END = lazyre.pattern(r"(?<=[a-z0-9)])\.[ \t]+(?=[A-Z])")
_SUMMARY = lazyre.pattern(
    r"(?P<words>[a-z][\w-]*(?: [a-z][\w-]*){0,2})(?: \([a-z][\w-]*\))?[ \t]{2,}#[ \t]+(?P<gloss>\S.*?)[ \t]*"
)


def as_markdown(text: str, unread: list[tuple[int, str]] | None = None) -> str | None:
    """``text`` written as a markdown list of its program's sub-commands when it is a command summary (see the
    module's docstring), else None; line numbers kept.  A gloss of several sentences keeps its first, what the
    sub-command does; the rest are remarks (``Note that …``, ``Use --filter to …``), their line into ``unread``."""
    if not text.startswith("#"):
        return None  # most documents stop here
    program: str | None = None
    summaries = 0
    out: list[str] = []
    remarks: list[tuple[int, str]] = []
    for number, line in enumerate(lines_of(text), start=1):  # most "#" documents stop at their second line
        if not line.strip() or _RULE.fullmatch(line):
            out.append("")
            continue
        comment = _COMMENT.fullmatch(line)
        if comment is not None:
            if summaries:
                return None  # a comment among the lines: a script's, read as one
            named = comment.group("text") or ""
            if program is None and _NAME.fullmatch(named):
                program = named.lower()
                out.append(f"# {program}")
            else:
                out.append("")
            continue
        summary = _SUMMARY.fullmatch(line)
        if summary is None or program is None:
            return None
        summaries += 1
        gloss = summary.group("gloss")
        end = _SENTENCE_END.search(gloss)
        if end is not None:
            gloss = gloss[: end.start() + 1]
            remarks.append((number, REMARK))
        out.append(_item(program, summary.group("words"), gloss))
    if summaries < _LEAST:
        return None
    if unread is not None:
        unread.extend(remarks)
    return "\n".join(out)


def _item(program: str, words: str, gloss: str) -> str:
    """``- `program words`: gloss``, the program put before words that do not name it."""
    command = words if words.split(" ", 1)[0] == program else f"{program} {words}"
    return f"- `{command}`: {literal(gloss)}"
