"""An item that says what to do, then the keys that do it after "with" (pure).

::

    - Lock the screen with Ctrl+Cmd+Q
    - Open the emoji picker with Ctrl+Cmd+Space, then pick one.

What comes before "with" is what the keys do; a clause after them (", then pick one") is what to do next,
left out.  Only keys written as a chord (``Ctrl+Cmd+Q``, ``Command+Shift+3``) count: "with sudo", "with the
mouse" are no keys.  The keys belong to the notes' key program when they have one (an editor's notes),
else to no program.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import is_key_chord
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

_FOOTNOTE = lazyre.pattern(r"\[\^[^\]]*\]")
_WITH = lazyre.pattern(r"^(?P<what>[A-Z][^,.;:()]{3,80}?)\s+with\s+(?P<key>[^\s,.;]+)(?:[,.;]|\s*$)")
_REASON = "what to do, then the keys that do it after 'with'"


@needs(Fact.LISTED, Fact.NO_QUOTE, Fact.FIRST)
def read(walk: Walk, block: Para) -> bool:
    """A command note of the keys ``block`` names after "with"; False when it is not that shape."""
    if not block.lists or block.quote or not block.first:
        return False
    if "with" not in block.text and "[^" not in block.text:
        return False  # _WITH needs the word (a footnote's mark dropped may join one: "wi[^1]th")
    first = _FOOTNOTE.sub("", block.text.split("\n", 1)[0]).strip()
    match = _WITH.match(first)
    if match is None or not is_key_chord(match.group("key")):
        return False
    key, meaning = match.group("key"), clean(match.group("what"))
    if len(meaning.split()) < 2:
        return False
    walk.add_key_note(key, meaning, block.line, reason=_REASON)
    return True
