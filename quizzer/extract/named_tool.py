"""The program notes are about, when no title names a program quizzer knows (pure).

    # xsel
    …
    $ xsel --output --clipboard

A title that is one name alone, which the notes' code blocks run often (typed at a prompt, given options), names
the notes' program though quizzer does not know it: the options a pasted ``--help`` lists under it are its own.

    See also the options in the Jekyll docs …  | `--trace` | Show the full backtrace … |
    … they can be seen alone with `jekyll help`.

The prose calls the program by its name (``Jekyll``, capitalised as a product is) and a code span runs it
(`` `jekyll help` ``): a careful reader knows which program the option tables are about.  Only one program
may be so named and run; two (``Docker`` and `` `kubectl get` ``) say nothing.
"""

from __future__ import annotations

import re

from quizzer import lazyre

__all__ = ["named_and_run", "titled_and_run"]

# "`jekyll help`", "`hugo server -D`": a program's name, then a word or an option, in one code span
_RUN = lazyre.pattern(r"`([a-z][a-z0-9_-]{1,20}) +(?:[a-z][\w-]*|-{1,2}[A-Za-z])[^`\n]*`")
_CODE_SPAN = lazyre.pattern(r"`[^`\n]*`")


def named_and_run(text: str) -> str | None:
    """The one program a code span runs whose name the prose writes capitalised; None if none or several."""
    programs = set(_RUN.findall(text))
    if not programs:
        return None
    prose = _CODE_SPAN.sub(" ", text)
    # "in the Jekyll docs": capitalised inside a sentence, as a name is ("Select the …" starts one)
    named = [p for p in programs if re.search(rf"(?:[^\W\d_]|,) {re.escape(p.capitalize())}\b", prose)]
    return named[0] if len(named) == 1 else None


def titled_and_run(title: str, programs: tuple[str, ...]) -> str | None:
    """``title`` when it is one name alone among ``programs``, those the notes' code blocks run often
    (:func:`quizzer.extract.knowledge.fenced_programs`); None for any other title."""
    name = title.strip().strip("`")
    return name if name in programs else None
