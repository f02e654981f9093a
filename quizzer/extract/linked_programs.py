"""A program's name written as a link, in a paragraph of notes that run it (pure).

    [oxipng](https://github.com/shssoichiro/oxipng) is a lossless PNG compressor.
    Use [shfmt](https://github.com/mvdan/sh) for formatting, and [shellcheck](…) for linting.

    ```
    $ oxipng -o 3 *.png
    ```

A blog links a tool's name to its page where a cheat sheet puts it in backticks; markdown-it keeps only the link's
words, which then read as any word of prose.  When those words are one name that a command line of the notes' code
blocks runs (``walk.run_programs``), they are that program's name: the paragraph is read with each such name as a
code span, by the rules that read "`oxipng` is a …" and "Use `shfmt` for …".  A link whose words are no program the
notes run (``[tutorial](…)``, ``[Squoosh.app](…)``) stays words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Para, Span
from quizzer.extract.walk import Walk

__all__ = ["as_code"]

# "[oxipng](https://…)", "[`am`](https://…)": a link whose words are one name (its address has no space)
_LINK = lazyre.pattern(r"(?<!!)\[`?([A-Za-z][\w.+-]*)`?\]\([^()\s]*\)")


def _source(walk: Walk, block: Para) -> str:
    """The paragraph's lines as written (its links still there)."""
    count = block.inline.raw.strip().count("\n") + 1
    return "\n".join(walk.written(block.line + n) or "" for n in range(count))


def as_code(walk: Walk, block: Para) -> Para | None:
    """``block`` with each name of a program the notes run that the paragraph writes as a link in a code span;
    None when it links to none."""
    if not walk.run_programs or block.lists or block.quote:
        return None
    source = _source(walk, block)
    names = {m.group(1) for m in _LINK.finditer(source)} & set(walk.run_programs) if "](" in source else set()
    if not names:
        return None
    name = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")
    spans: list[Span] = []
    for span in block.inline.spans:
        if span.kind != "text":
            spans.append(span)
            continue
        parts = name.split(span.text)  # text, name, text, name, …, text
        spans += [Span("code" if n % 2 else "text", part) for n, part in enumerate(parts) if part]
    return replace(block, inline=Inline(tuple(spans)))
