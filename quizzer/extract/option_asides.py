"""An option's description that first tells of another option, then of this one (pure).

    | `--no-cache` | By default `--cache` keeps the downloads between runs. This flag turns that off. |

The first sentence is about ``--cache``; what ``--no-cache`` does is the sentence that says "This flag …".
A careful reader's card answers with that sentence and shows the first as its context: a back holding both
would teach what another option does as this one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.sentences import split_sentences
from quizzer.shell import flags_named

__all__ = ["this_option"]

_THIS = lazyre.pattern(r"this\s+(?:flag|option|switch|parameter)\b|이\s*(?:옵션|플래그)", re.IGNORECASE)


def this_option(meaning: str, spellings: Sequence[str]) -> tuple[str, str] | None:
    """(what this option does, what is said before it of another option), or None when the description is
    not so split."""
    if "-" not in meaning:
        return None
    sentences = split_sentences(meaning.strip())
    if len(sentences) < 2:
        return None
    others = [o for o in flags_named(sentences[0]) if o not in spellings]
    if not others:
        return None
    for n in range(1, len(sentences)):
        if _THIS.match(sentences[n]):
            return " ".join(sentences[n:]), " ".join(sentences[:n])
    return None
