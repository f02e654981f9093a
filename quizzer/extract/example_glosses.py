"""An example line that glosses itself in the rest of its sentence (pure).

    - `acme build`: Builds the project.
      - Example: `acme build --release` builds an optimised release.

After the label, a command line in a code span is the subject of the sentence, and the sentence goes on with what
it does, a verb in the third person (``builds``, ``deletes``, ``Adds``): that line → the rest of the sentence, a
card of its own (the example passes more than the command it stands under).  Read only when the line runs the
program the notes are about there (the section's or item's command), so a line of another tool shown as an aside
is not taken for one of its commands.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.example_lines import example_label
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import NOT_DOING_EN
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, strip_prompt

__all__ = ["read"]

# "builds an optimised release.", "Adds testers to a release": a verb in the third person, then what it does
_DOES = lazyre.pattern(r"^(?P<verb>[A-Za-z][a-z]+(?<![su])s)\s+(?P<rest>\S.*?)\s*[.!]?$", re.DOTALL)


@needs(Fact.CODE)
def read(walk: Walk, block: Para) -> bool:
    """``Example: `acme build --release` builds an optimised release.``: that line → what it does; False when
    ``block`` is not that."""
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) != 3 or [span.kind for span in spans] != ["text", "code", "text"]:
        return False
    label = spans[0].text.strip()
    if example_label(label) != label:
        return False  # "Example:" alone before the line ("For example, run `x` …" is a sentence of its own)
    typed = strip_prompt(spans[1].text.strip())
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    said = _DOES.match(" ".join(spans[2].text.split()))
    if invocation is None or said is None or said.group("verb").casefold() in NOT_DOING_EN:
        return False
    program = (walk.command() or "").split(" ", 1)[0]
    if invocation.command.split(" ", 1)[0] != program:
        return False
    walk.add_command(invocation, f"{said.group('verb')} {said.group('rest')}", block.line,
                     reason="example line glossed in the rest of its sentence")
    return True
