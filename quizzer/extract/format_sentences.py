"""Korean sentences that give a command's form in a code span, then what it does (pure).

::

    `rsync -a <src> <dest>` 형식으로 `<src>` 의 내용을 `<dest>` 에 맞춥니다.
    `crontab -l` 형태로 등록된 작업을 봅니다.

The code span is the usage (its placeholders kept), the rest of the sentence what it does: one
command note per line of the paragraph.  A paragraph where any line is of another shape is left to
the other readers, and so is a form that is no command line or a rest that is no statement.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation
from quizzer.text import clean

__all__ = ["read"]

# "`cmd <arg>` 형식으로 …", "`cmd` 형태로 …", "`cmd` 꼴로 …"
_FORM = lazyre.pattern(r"^`(?P<form>[^`\n]+)`\s*(?:형식|형태|꼴)으?로\s*,?\s+(?P<rest>\S.*?)\s*$")
# the rest ends as a statement does: "… 등록합니다.", "… 확인한다", "… 변경함"
_STATEMENT = lazyre.pattern(r"(?:다|함|됨|음)\s*[.!]?$")


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.CODE)
def read(walk: Walk, block: Para) -> bool:
    """Each line of ``block`` a form in a code span and what it does; False (nothing made) otherwise."""
    if block.lists or block.quote or not block.inline.has_code:
        return False
    found = []
    marked = block.inline.marked
    for offset, raw in enumerate(marked.split("\n")):
        match = _FORM.match(raw.strip())
        if match is None:
            return False
        form, rest = match.group("form").strip(), clean(match.group("rest").replace("`", ""))
        invocation = parse_invocation(form) if looks_like_command(form) else None
        if invocation is None or not _STATEMENT.search(rest) or len(rest.split()) < 2:
            return False
        found.append((invocation, form, rest, block.line + offset))
    for invocation, form, rest, line in found:
        walk.add_command(invocation, rest, line, context=form if form != invocation.line else None,
                         reason="sentence: `form` 형식으로 … (what it does)")
    walk.prose = None  # the blocks below show examples of the forms, which the sentences already tell
    return True
