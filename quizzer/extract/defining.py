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

# a sentence ends at ".", "!" or "?" before a space and a capital, a Korean word,
# a code span, a quote, a tag ("<resource> : …") or a dash opening an item run into the line ("… 있다. - <x> : …"):
# "e.g. foo" and "v1.2 is" do not end one
# and a Korean sentence ends at "다." or "요." before a sentence in lower case that names an option ("… 설정할 수
# 있다. maven goal 부분에 -P 옵션으로 …"): what an option does is another fact, never part of what the term is
# (a lower-case sentence naming none stays with the definition, as the writer may have run a remark on)
_END = lazyre.pattern(
    r"(?<=[.!?])\s+(?=[A-Z\uac00-\ud7a3`\"'(<]|-\s)"
    r"|(?<=[\ub2e4\uc694]\.)\s+(?=[a-z][^.!?]*?(?<!\S)--?[A-Za-z])"
)
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
