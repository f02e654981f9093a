"""The values an option takes, each glossed in a list nested under the option's item (pure).

    - `-o` : 출력 형식을 설정
      - short : 기본 형식, 한 줄에 하나
      - json : 한 줄에 JSON 하나

A careful reader takes ``short`` as a value of ``-o`` (``-o short``), a note of the option's command, not
as an option of its own (``--short``) nor as a term with no command.  Only a bare word (or ``word-word``), or
the option itself with a value (``--decorate=short`` under ``--decorate``), nested right under an item that
was read as an option counts; anything else under it is left to the other rules.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.terms import Term
from quizzer.extract.walk import Walk
from quizzer.i18n import _

__all__ = ["not_an_option", "read", "without_remark"]

_VALUE = lazyre.pattern(r"[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*")


def read(walk: Walk, term: Term, line: int, depth: int) -> bool:
    """Read ``term`` as a value of the option of the item it is nested under; False if it is not one."""
    above = walk.item_option
    if above is None or depth != above[0] + 1:
        return False
    _depth, option, command = above
    if term.term.startswith(f"{option}=") and _VALUE.fullmatch(term.term[len(option) + 1 :]):
        front = term.term  # "`--decorate=short`: 기본" under "`--decorate`: …": the option with that value
    elif _VALUE.fullmatch(term.term):
        front = f"{option} {term.term}"
    else:
        return False
    walk.add_option([front], term.description, command, line, reason="value of the option above, nested under it")
    return True


# "FIELD=value", "_UID= 33": a setting written in code, neither an option nor a term
_SETTING = lazyre.pattern(r"[A-Za-z_][A-Za-z0-9_]*\s*=\s*\S*")


def not_an_option(walk: Walk, term: Term, line: int, depth: int) -> bool:
    """``- `_UID= 33` : …`` among the items of a list the notes label as options: something passed to the
    command that is not an option; which command and how it is written is not sure, so a warning, no card
    (read as a term it would be a card with no command)."""
    if not depth or not walk.options_block or term.style != "code" or not _SETTING.fullmatch(term.term):
        return False
    walk.warn(line, _(
        "line {line}: '{term}' is listed among options but is not one (a setting passed to the command); "
        "not made a card"
    ).format(line=line, term=term.term))
    return True


# "- -n : 스키마   # -n public, -n a,b": a remark after spaces and a '#', as in a shell script
_REMARK = lazyre.pattern(r"\S\s{2,}#\s")


# a sentence after the first that starts "By default", "기본적으로", "기본값은"
_BY_DEFAULT = lazyre.pattern(r"(?<=[.!])\s+(?:by default|기본적으로|기본값은)\b", re.IGNORECASE)


def without_remark(walk: Walk, meaning: str, line: int) -> str:
    """An option's meaning without the ``# remark`` the notes put after it, spaced off as a comment in a
    script (examples, values, an aside: not what the option means); the remark is warned about, not lost.
    A later sentence that says what happens by default ("… on the command line. By default the tool prints
    CSV …") tells of the program without the option, a fact apart: warned, not read."""
    default = _BY_DEFAULT.search(meaning) if "efault" in meaning else None
    if default is not None and len(meaning[: default.start()].split()) >= 3:
        walk.warn(line, _(
            "line {line}: the sentence '{remark}' tells what happens by default, not what the option does; not read"
        ).format(line=line, remark=meaning[default.start() :].strip()))
        meaning = meaning[: default.start() + 1].strip()
    if " # " not in meaning or not _REMARK.search(walk.written(line) or ""):
        return meaning
    kept, remark = meaning.split(" # ", 1)
    if not kept.strip():
        return meaning
    walk.warn(line, _("line {line}: the remark after '#' ('{remark}') is not part of the meaning; not read").format(
        line=line, remark=remark.strip()))
    return kept.strip()
