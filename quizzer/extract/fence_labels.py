"""A short label over code blocks that follow one another with nothing between them (pure).

Some notes put each command line in a fence of its own and head a run of them with one label::

    > 규칙 삭제

    ```bash
    iptables -D INPUT -p tcp --dport 80 -j ACCEPT
    ```
    ```bash
    iptables -D INPUT -p udp --dport 80 -j ACCEPT
    ```

The label (a few words, not a sentence: ``> Used by the site.`` speaks of the block under it) says what each
of them does.  A label naming two things with a slash (``방화벽 활성화/비활성화``,
``start/stop``) over two fences (of one language: ``bash`` and ``bash``) gives the first fence the first and the second the second, its words before
them shared (``방화벽 활성화``, ``방화벽 비활성화``); a third fence gets neither.  A heading is not passed on:
it titles a section whose blocks the rules read one by one.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.walk import Walk

__all__ = ["shared"]

_LONGEST = 40  # a label, not a paragraph
_PAIR = lazyre.pattern(r"^(?P<head>(?:\S+\s+)*?)(?P<first>[^\s/]+)/(?P<second>[^\s/]+)$")


def shared(walk: Walk, block: Code, prose: str | None, from_heading: bool) -> str | None:
    """The text that says what the code block being read does: ``prose`` (the text right above it), or the label
    over the fence right before this one when both are fences of one language (``bash`` then ``bash``, not
    ``bash`` then ``pycon``: a session or output is no second command); remembers what the next fence, if it
    follows at once, is said to do."""
    passed, walk.fence_label = walk.fence_label, None
    info = block.language
    if prose is None and passed is not None and passed[0] == walk.block - 1 and passed[1] == info and passed[2]:
        prose, rest = passed[2][0], passed[2][1:]
        walk.fence_label = (walk.block, info, rest)
        if walk.quote_headed == walk.block - 1:
            walk.quote_headed = walk.block  # the quote over the run heads this fence too
        return prose
    if prose is not None and not from_heading and walk.prose_quote and walk.prose_block == walk.block - 1:
        walk.quote_headed = walk.block  # "> 규칙 삭제" right above: the notes head their blocks with quotes
    if not info or prose is None or from_heading or walk.next_code_line is None or "\n" in prose or len(prose) > _LONGEST:
        return prose
    if prose.rstrip().endswith((".", "!", "다", "요")):
        return prose  # "> Used by WebSite.": a sentence about this block, not a label over a run
    pair = _PAIR.match(prose.strip())
    if pair is not None:
        head = pair.group("head")
        walk.fence_label = (walk.block, info, (f"{head}{pair.group('second')}",))
        return f"{head}{pair.group('first')}"
    walk.fence_label = (walk.block, info, (prose,) * 8)  # a run of fences, each said to do it
    return prose
