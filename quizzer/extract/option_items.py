"""A list item holding only a bold or code option (and its argument), its meaning on the item's next line (pure).

Man-page-like notes write an option list so::

    - **-o** _file_
    write the output to file instead of the screen
    - **-q**
    print nothing
    - `-c:v`
      the video codec of the output

Each item is one option of the section's command: the bold (or code) option is the term, the written form with
its argument another right answer, and the item's next line (a soft or hard break away) what it means.
Lines after that one are said once as a warning, not joined to the meaning.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para, split_lines
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

# "- **-w** _filename_", "* **--count** *N*", "- **-U**  ": the bullet holds the bold option and at most its argument
_ITEM = lazyre.pattern(
    r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?P<mark>\*\*|`)(?P<option>--?[A-Za-z][\w-]*(?::\w+)?)(?P=mark)"
    r"(?:\s+(?P<arg>_\S(?:[^\n]*?\S)?_|\*[^*\s][^*]*\*|<[^<>]+>|[A-Za-z][\w-]*))?\s*(?:\\|<br\s*/?>)?\s*$"
)
_BOLD = "bold option alone in a list item, its meaning on the next line"
_CODE = "option in backticks alone in a list item, its meaning on the next line"
# the meaning line: words, not another option or a command line
_MEANING = lazyre.pattern(r"^[^\W\d_-]")


@needs(Fact.BREAK, Fact.NO_QUOTE)
def read(walk: Walk, block: Para) -> bool:
    """Read ``block`` as a bold option item with its meaning under it; False when it is not that style."""
    if "\n" not in block.inline.raw or block.quote:
        return False
    item = _ITEM.match(walk.written(block.line) or "")
    if item is None:
        return False
    lines = [line.plain for line in split_lines(block.inline)]
    lines = [line for line in lines[1:] if line]
    if not lines or not _MEANING.match(lines[0]):
        return False
    option = item.group("option")
    written = option + (f" {clean(item.group('arg').strip('_*'))}" if item.group("arg") else "")
    walk.add_option(
        [option], lines[0], walk.command(len(block.lists)), block.line + 1, written=written,
        reason=_BOLD if item.group("mark") == "**" else _CODE,
    )
    for n in range(1, len(lines)):
        walk.skipped(block.line + 1 + n)
    return True
