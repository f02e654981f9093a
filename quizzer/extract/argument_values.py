"""Values of an argument the command line above passes, listed under it (pure).

A section often shows one command line, then lists the values its argument takes::

    ```shell
    sudo chmod +x {file}
    ```

    ### Modes I use

    - `+x`: make it executable
    - `600(rw-------)`: only the owner reads and writes

The first item's code span is a word of that line (``+x``), so the list is of that slot's values: each
item is an option note of the line's command (``chmod``), the value as written → its meaning, not a term
of no command nor a program named ``600``.  Only a list that is the first thing after the fence (headings
deeper than the fence's own between them, nothing else) starts so, only when the fence holds that one line;
the run goes on over the next items of the list (items nested under them are skipped) while each opens
with one word in code.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.model import Kind
from quizzer.extract.terms import split_term
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation, strip_prompt, tokenize

__all__ = ["REASON", "read"]

REASON = "a value of the argument of the line above, listed under it"
_FENCE = lazyre.pattern(r"^\s{0,3}(```|~~~)")
_HEADING = lazyre.pattern(r"^\s{0,3}(#{1,6})\s")
_VALUE = lazyre.pattern(r"[^\s-][^\s]*")  # one word, no option (options have readers of their own)
_REACH = 12  # lines looked at above the list for its fence


def _heading_level(text: str) -> int:
    match = _HEADING.match(text)
    return len(match.group(1)) if match else 0


def _line_above(walk: Walk, line: int) -> str | None:
    """The one command line of the fence right above ``line`` (blank lines and headings deeper than the
    fence's own between them), else None."""
    n, deepest = line - 1, 7  # the shallowest heading between the list and the fence
    while (text := walk.written(n)) is not None and n >= line - _REACH:
        if _FENCE.match(text):
            break
        if text.strip() and not _heading_level(text):
            return None
        if text.strip():
            deepest = min(deepest, _heading_level(text))
        n -= 1
    else:
        return None
    close = n
    n -= 1
    held: list[str] = []
    while (text := walk.written(n)) is not None and not _FENCE.match(text):
        if text.strip() and not text.lstrip().startswith("#"):
            held.append(text)
        n -= 1
    if text is None or len(held) != 1 or close - n > _REACH:
        return None
    above = n - 1  # the heading over the fence: those between must be deeper
    while (text := walk.written(above)) is not None and not _heading_level(text):
        above -= 1
    if deepest < 7 and (text is None or deepest <= _heading_level(text)):
        return None
    return strip_prompt(held[0]).strip()


def _goes_on(walk: Walk, line: int) -> bool:
    """``line`` is the next item of the run: only blank or indented lines (items nested under the last) between."""
    run = walk.argument_values
    if run is None or line <= run[0]:
        return False
    return all((text := walk.written(n)) is not None and (not text.strip() or text[:1].isspace())
               for n in range(run[0] + 1, line))


@needs(Fact.TOP, Fact.BULLET, Fact.CODE_FIRST)
def read(walk: Walk, block: Para) -> bool:
    """An item of such a list: an option note of the line's command; False when it is none."""
    spans = block.inline.spans
    if len(block.lists) != 1 or block.lists[0].ordered or not spans or spans[0].kind != "code":
        return False
    term = split_term(block.inline)
    if term is None or term.style != "code" or not _VALUE.fullmatch(term.term) or not term.description.strip():
        walk.argument_values = None
        return False
    if _goes_on(walk, block.line):
        command = walk.argument_values[1]  # type: ignore[index]
    else:
        walk.argument_values = None
        written = _line_above(walk, block.line)
        invocation = parse_invocation(written) if written else None
        words = tokenize(written or "")
        last = invocation.command.split()[-1] if invocation is not None else ""
        if last not in words or term.term not in words[words.index(last) + 1 :]:
            return False
        assert invocation is not None
        command = invocation.command
    walk.add(Kind.OPTION, term=term.term, front=term.term, back=term.description, command=command, line=block.line,
             reason=REASON, cleaned=term.cleaned)
    walk.argument_values = (block.line, command)
    return True
