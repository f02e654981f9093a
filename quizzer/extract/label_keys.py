"""``* start:   `<C-n>` start multicursor …``: a label naming an action, then its key, then what it does (pure).

A plugin's README often lists its keys so, the label and its colon first, spaces up to a column, the key in
backticks and the gloss after it::

    * start:        `<C-n>` start a cursor on the word
      * next:       `<C-n>` add a cursor on the next match
    * quit:         `<Esc>` back to one cursor

The key is the subject and the words after it its meaning: a command note of the notes' editor (or of its
plugin, :meth:`Walk.key_program`).  The label is no term: it names the action the words say.  Only a label of
a few words, a key as :func:`key_pairs.is_key` knows one and words after it; where the notes name no program
with keys, whose key it is is not said: a warning, not a card.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract import key_pairs
from quizzer.extract.walk import Walk
from quizzer.i18n import _

__all__ = ["read"]

# "  * start:          `<C-n>` start multicursor …": the label (a word or three), its colon, the key, the gloss
_LABEL_KEY = lazyre.pattern(
    r"^\s*(?:[-*+]\s+)?(?P<label>[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,2}):\s+`(?P<key>[^`\s][^`]*)`\s+(?P<gloss>[^`\s].*)$"
)


def read(walk: Walk, description: str, line: int) -> bool:
    """The key of a ``label: `key` gloss`` line and its meaning (``description``, the text after the label as read,
    its markup gone); False if the line is not one."""
    match = _LABEL_KEY.match(walk.written(line) or "")
    if match is None or not key_pairs.is_key(match.group("key")):
        return False
    key = match.group("key").strip()
    gloss = description.strip()
    gloss = gloss[len(key):].strip() if gloss.startswith(key) else gloss
    if walk.key_program() is None:
        walk.warn(line, _(
            "line {line}: '{key}' is a key, but the notes name no program whose keys they list; no card made from it"
        ).format(line=line, key=key))
        return True
    walk.add_key(key, gloss, line, reason="label, then its key and what it does")
    return True
