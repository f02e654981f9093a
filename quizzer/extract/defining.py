"""The sentence that defines a term, out of a paragraph written after it (pure).

``**Volumes**: A volume is a folder the engine manages. It outlives the container. Create one with
`docker volume create`.``: the first sentence says what a volume is; the next ones are remarks and, often,
another fact (what a command does) that would join the term's card with a second answer.  A careful reader
keeps the first sentence as the answer and the rest as context beside it (nothing is lost).  A first
sentence of one or two words ("Yes.", "Function.") defines nothing on its own: the paragraph stays whole.
"""

from __future__ import annotations

from quizzer import lazyre

__all__ = ["split"]

# a sentence ends at ".", "!" or "?" (or "다."/"요." in Korean) before a space and a capital, a Korean word,
# a code span, a quote, a tag ("<resource> : …") or a dash opening an item run into the line ("… 있다. - <x> : …"):
# "e.g. foo" and "v1.2 is" do not end one
_END = lazyre.pattern(r"(?<=[.!?])\s+(?=[A-Z\uac00-\ud7a3`\"'(<]|-\s)")
_SHORTEST = 3  # words in a first sentence that can define on its own
# "Or press …", "또는 …": the next sentence gives another way, not a remark of its own
_ALTERNATIVE = lazyre.pattern(r"(?:Or|또는|혹은)\s")


def split(text: str) -> tuple[str, str | None]:
    """``(first sentence, the rest)`` of ``text``; ``(text, None)`` when it is one sentence or starts too short."""
    if "\n" in text:
        return text, None  # lines of their own (merged facts, a list): not one paragraph
    if "." not in text and "!" not in text and "?" not in text:
        return text, None  # _END needs one of them (most one-line definitions of long notes have none)
    parts = _END.split(text, maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) < _SHORTEST:
        return text, None
    if _ALTERNATIVE.match(parts[1]):
        return text, None  # "Open it from the menu. Or press Win+R, …": another way to the same end, one definition
    return parts[0], parts[1]
