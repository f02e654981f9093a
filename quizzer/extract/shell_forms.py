"""A heading that is a shell form over a stand-in command, and the paragraph under it (pure).

Notes about the shell itself title each section with a form whose program is a stand-in for any
command (``cmd > file``, ``command 2>&1 | tee log``, ``cmd1 && cmd2``, ``<cmd> &``) and say in the
next paragraph what the form does.  The heading names no program, so it is no command heading; it
is the subject of the paragraph all the same: one concept, the form → the paragraph, on the
paragraph's line.  The code block that follows shows the form at work with real programs
(``$ date > file``); the paragraph is the form's, never the description of those lines.

Only a heading whose first word is a stand-in (``knowledge.STAND_IN_COMMANDS``, bare or in ``<>``
or ``[]``) and that holds a shell operator (``>``, ``<``, ``|``, ``&``, ``;``), and only the
paragraph right under it: not a list, not a lead-in ending in a colon, not a label, not a command line.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS, STAND_IN_COMMANDS, is_label
from quizzer.extract.model import Kind
from quizzer.extract.signals import code_only
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk

__all__ = ["is_form", "read"]

_OPERATOR = lazyre.pattern(r"[<>|&;]")
_BRACKETS = "<>[]{}"
_LONGEST = 300
# a sentence ends at ".", "!" or "?" before white space and more text ("… to a file. `2` is …")
_END = lazyre.pattern(r"(?<=[\w)\]'\"][.!?])\s+(?=\S)")
# "`2` is the default …", "`-` means stdin": a code span opening a sentence of its own
_COPULA = lazyre.pattern(r"\s+(?:is|are|means|stands\s+for)\b")  # a paragraph longer than this is an explanation, not what the form does


def is_form(heading: str) -> bool:
    """``cmd > file``, ``<command> &``, ``cmd1 | cmd2``: a shell form over a stand-in command."""
    first, _, rest = heading.strip().partition(" ")
    return first.strip(_BRACKETS).casefold() in STAND_IN_COMMANDS and bool(_OPERATOR.search(rest or first))


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def read(walk: Walk, block: Para) -> bool:
    """The concept of a shell-form heading and the paragraph right under it; False when not that style."""
    if (
        block.lists or block.quote or not walk.prose_heading or not walk.sections
        or walk.heading_block != walk.block - 1
    ):
        return False
    heading = walk.sections[-1].text.strip()
    if not is_form(heading):
        return False
    text = strip_markers(_first_sentence(block)).strip()
    words = text.split()
    if (
        len(words) < 2 or len(text) > _LONGEST or text.endswith((":", "："))  # "Examples:" leads into the block
        or is_label(text) or code_only(block) or text.startswith("$")
        or words[0] in PROGRAMS or words[0].casefold() in STAND_IN_COMMANDS  # "cmd 2>&1 > file": another form
    ):
        return False
    walk.add(Kind.CONCEPT, term=heading, front=heading, back=text, command=None, line=block.line,
             reason="heading: a shell form over a stand-in command, the paragraph under it")
    walk.prose = None
    walk.prose_heading = False
    walk.lead_in = None
    return True


def _first_sentence(block: Para) -> str:
    """The paragraph's first sentence: what the form does; what follows are remarks beside it.

    A sentence also ends where, after a code span, another code span opens a clause of its own with
    no full stop between them (``same as `cmd > file` `1` is the default …``)."""
    spans = block.inline.spans
    parts: list[str] = []
    for n, span in enumerate(spans):
        if span.kind == "code":
            after = spans[n + 1].text if n + 1 < len(spans) else ""
            if (
                n >= 2 and spans[n - 2].kind == "code" and not spans[n - 1].text.strip()
                and spans[n + 1 :] and spans[n + 1].kind != "code" and _COPULA.match(after)
            ):
                return "".join(parts[:-1])
            parts.append(span.text)
            continue
        end = _END.search(span.text + ("`" if n + 1 < len(spans) else ""))  # "to a file. " then "`2`"
        if end is not None:
            parts.append(span.text[: end.start()])
            return "".join(parts)
        parts.append(span.text)
    return "".join(parts)
