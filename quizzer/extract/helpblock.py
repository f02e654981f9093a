"""Option blocks as a program's ``--help`` prints them (pure).

``  -n, --dry-run        Don't run anything; just print.`` — the option's spellings (with their
values: ``-f FILE``, ``--file=FILE``, ``--debug[=FLAGS]``), two spaces or more, what it does; or
the spellings alone on a line and what they do on the next, indented deeper.  A code block made
only of such rows is a list of options of the command the section is about (the notes' program
when no heading names one), or of the command whose usage line opens the block, its rows indented under it
(``valgrind [OPTIONS] PROGRAM`` over ``    --leak-check=full    Enable full leak check.``).  A ``#`` comment
opening such a block, over its usage line (``# Join files line by line.`` / ``paste FILE [FILE]`` / ``    -d CHAR
delimiter``), says what the program does, as a man page's NAME line does.  A block with any other line is not this
style.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.gate import COMMENT_ABOVE
from quizzer.extract.knowledge import HELP_BLOCK_FENCE_INFOS
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation
from quizzer.text import clean

__all__ = ["USAGE", "read"]

# one spelling with its value: "-f FILE", "--file=FILE", "--debug[=FLAGS]", "-o <path>", "-j [N]"
# (IDA's and DOS tools' help writes a value as "#" signs, "-b####", and a switch's forms as "-P+", "-P-")
_SPELLING = r"--?[A-Za-z0-9?][\w-]*\+?(?:\[=?[^\]\s]+\]|=[^\s,]+|#+|\s(?:[A-Z][A-Z0-9_]*|<[^>\s]+>|\[[^\]\s]+\])(?=,|\s|$))?"
_ROW = lazyre.pattern(rf"^(?P<indent>[ \t]*)(?P<spellings>{_SPELLING}(?:,[ \t]*{_SPELLING})*)(?:(?:[ \t]{{2,}}|(?<=#)[ \t])(?P<meaning>\S.*))?$")
_NAME = lazyre.pattern(r"^--?[A-Za-z0-9?][\w-]*\+?")
_LABEL = lazyre.pattern(r"^\s*[A-Z][\w ]{0,30}:\s*$")  # "Options:", "Debugging options:"
_MANY = 8  # rows enough that one line of another shape among them is a slip, not another style


def read(walk: Walk, block: Code) -> bool:
    """Every row of an option block as an option note of the section's command; False if not that style."""
    if block.language not in HELP_BLOCK_FENCE_INFOS:
        return False
    found: list[tuple[int, str, list[str], list[str]]] = []
    stray = 0
    base = 0  # the indent of the first row
    open_row: tuple[int, str, list[str], list[str]] | None = None
    indent = 0
    gloss = _gloss_over_usage(block)
    usage = _usage_over(block, gloss)
    if gloss is not None and usage is None:
        return False
    for n, text in block.lines:
        if not text.strip() or _LABEL.match(text) or usage is not None and n == usage[0] or gloss and n == gloss[0]:
            continue
        match = _ROW.match(text.rstrip())
        deeper = len(text) - len(text.lstrip()) > base
        if deeper and open_row is not None and open_row[3] and (match or open_row[3][-1].endswith(":")):
            open_row[3].append(text.strip())  # "       Example:" / "           -dPAGESIZE=8192": inside the meaning above
            continue
        if match:
            written = match.group("spellings")
            names = [_NAME.match(part.strip()).group(0) for part in written.split(",")]  # type: ignore[union-attr]
            meaning = match.group("meaning")
            open_row = (n, written, names, [meaning] if meaning else [])
            indent = len(match.group("indent"))
            base = indent if not found else base
            found.append(open_row)
            continue
        if open_row is None or len(text) - len(text.lstrip()) <= indent or text.lstrip().startswith("-"):
            if len(found) < _MANY or stray:
                return False  # a line that is neither an option nor the meaning of the one above
            stray = n  # one such line among many rows ("?      this screen" after "-?     this screen"): set aside
            open_row = None
            continue
        if not open_row[3]:
            open_row = (n, open_row[1], open_row[2], open_row[3])  # the meaning's own line
            found[-1] = open_row
        open_row[3].append(text.strip())
    if not found or any(not meanings for _, _, _, meanings in found):
        return False
    if stray:
        walk.skipped(stray)
    if usage is not None:
        walk.syntax(usage[1], usage[0], reason="usage line in a code block")
        invocation = parse_invocation(usage[1])
        if gloss is not None and invocation is not None:
            walk.add_command(invocation, gloss[1], gloss[0], reason=COMMENT_ABOVE)
    command = walk.command(0)
    for line, written, names, meanings in found:
        meaning = clean(" ".join(meanings)).rstrip(".")
        walk.add_option(names, meaning, command, line, reason="option row of a --help style block", written=written)
    return True


# "valgrind [OPTIONS] PROGRAM [ARGS]": a program (its name may open with a digit: "7zz"), then words in capitals or
# brackets naming what to give it
USAGE = lazyre.pattern(r"^(?P<program>(?:[a-z]|\d+[a-z])[\w.+-]*)(?:[ \t]+(?:\[[^\]]+\]|<[^>]+>|[A-Z][A-Z_]*|\.\.\.))+[ \t]*$")


# "# Concatenate files line by line.": a comment that is a sentence, opening the block
_GLOSS = lazyre.pattern(r"^#\s+(?P<gloss>[A-Z][^#]*[a-z)][.]?)\s*$")


def _gloss_over_usage(block: Code) -> tuple[int, str] | None:
    """(line, words) of a ``#`` comment that is the block's first line, when another line follows it; else None."""
    rows = [(n, text) for n, text in block.lines if text.strip()]
    match = _GLOSS.match(rows[0][1]) if len(rows) > 1 else None
    return (rows[0][0], match.group("gloss")) if match else None


def _usage_over(block: Code, gloss: tuple[int, str] | None = None) -> tuple[int, str] | None:
    """The block's first line (after a comment glossing it, ``gloss``) when it is a usage line (``valgrind [OPTIONS]
    PROGRAM [ARGS]``) at the margin and every other line is indented under it; else None."""
    rows = [(n, text) for n, text in block.lines if text.strip() and (gloss is None or n != gloss[0])]
    if len(rows) < 2 or USAGE.match(rows[0][1]) is None or parse_invocation(rows[0][1]) is None:
        return None
    if not all(text[:1] in " \t" for _, text in rows[1:]):
        return None
    return rows[0]
