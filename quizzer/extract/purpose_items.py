"""A ``용도:`` / ``Purpose:`` item under a heading naming a term: what that term is for (pure).

    ## venv                              ## rclone
    - 용도: 프로젝트 별 가상환경 관리        - Purpose: sync files with cloud storage
    - 특징: …                            - Pros: …

Notes comparing tools give each its section and say what it is under a label that names the kind of
thing said (its purpose, its definition), not a term of its own: the term is the heading's.  Only a
top-level item (or a line) in the section of a heading that names a term (:func:`heading_name`), with
such a label; the card's line is the item's.  Under a heading that names no term (``## 정리``) the label
says what something is for without saying what: a warning, no card.
"""

from __future__ import annotations

from quizzer.extract.heading_terms import heading_name
from quizzer.extract.knowledge import PURPOSE_LABELS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "a purpose item under a heading naming a term"

def read(walk: Walk, label: str, description: str, line: int, depth: int) -> bool:
    """The concept of the heading's term and ``description``; False (nothing done) when not that shape."""
    if depth > 1 or clean(label).casefold() not in PURPOSE_LABELS or not walk.heading_line:
        return False
    named = heading_name(walk.written(walk.heading_line) or "")
    if named is None or named[1] is not None:
        # "## 정리" / "- 용도: …", "### -v, --verbose" / "- Purpose: …": of what, the heading does not say as a term
        walk.warn(line, _(
            "line {line}: '{label}' says what something is for, but the heading above names no term it could be; "
            "no card made from it"
        ).format(line=line, label=label))
        return True
    name = named[0]
    walk.add(Kind.CONCEPT, term=name, front=name, back=description, command=None, line=line, reason=REASON)
    return True
