"""A table of named things with a description column and no command or option column (pure).

    | Format | Extension | Short | Notes                          |
    |--------|-----------|-------|--------------------------------|
    | zstd   | .tar.zst  | .tzst | fast, with a good ratio        |

Notes compare formats, algorithms or tools in a table of three columns or more: the first names the thing,
one column says what it is (its header: 설명, Description, …), the others hold short attributes.  No header
names a command or an option, so the rows are not commands: each is a concept, the first cell → its
description, the other short cells further right answers.  Only when every first cell is a short name;
otherwise the table is warned about (nothing is dropped silently).

A first column that names a group and is left empty in the rows that continue it (a merged cell written
as empty ones) is no column of names: the names are in the next column::

    | Group  | Hook       | Description            |
    |--------|------------|------------------------|
    | commit | pre-commit | runs before the commit |
    |        | post-commit| runs after it          |

A first column of single letters or signs (a code: the file-type letter of ``ls -l``, a status letter) with a
column of names before the description says what each letter stands for: the name leads the answer, the
description follows it (``d`` → ``디렉토리: 디렉토리를 나타내는 문자``)::

    | 문자 | 파일 타입 | 설명                   |
    |------|-----------|------------------------|
    | `-`  | 일반 파일 | 일반적인 파일을 나타내는 문자 |
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Table
from quizzer.extract.knowledge import EMPTY_CELLS
from quizzer.extract.model import Kind
from quizzer.extract.terms import cell_term
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["read"]

_NAME = lazyre.pattern(r"[^\s|]+(?: [^\s|]+){0,2}")  # a name of one to three words
_LONGEST_NAME = 30
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_ASIDE = lazyre.pattern(r"\s*\([^()]*\)")  # "네임드 파이프 (Named Pipe)": the name's English in parentheses


def _cell(cells: tuple[Inline, ...], index: int) -> str:
    return clean(cell_term(cells[index])) if index < len(cells) else ""


def read(walk: Walk, block: Table, desc_col: int) -> bool:
    """The concepts of such a table; False when it is not one (fewer than three columns, no rows)."""
    if len(block.header) < 3 or desc_col == 0 or not block.rows:
        return False
    first = 1 if desc_col != 1 and _grouping(block) else 0
    rows = [(line, _cell(cells, first), _cell(cells, desc_col), cells) for line, cells in block.rows]
    if _letters(rows, desc_col):
        for line, letter, meaning, cells in rows:
            name = _cell(cells, 1)
            back = meaning if name.casefold() in meaning.casefold() else f"{name}: {meaning}"
            walk.add(Kind.CONCEPT, term=letter, front=letter, back=back, command=None, line=line,
                     reason="table row: a letter, the name it stands for and its description")
        return True
    if not all(
        _NAME.fullmatch(name) and len(name) <= _LONGEST_NAME and not name.startswith("-") and _WORDY.search(meaning)
        for _, name, meaning, _cells in rows
    ):
        walk.warn(block.line, _(
            "line {line}: a table with a description column whose first column is not a list of names; "
            "no card made from it"
        ).format(line=block.line))
        return True
    for line, name, meaning, cells in rows:
        others = [_cell(cells, i) for i in range(first + 1, len(block.header)) if i != desc_col]
        answers = tuple(
            part.strip() for other in others for part in other.split(",")
            if part.strip().casefold() not in EMPTY_CELLS and " " not in part.strip()
        )
        walk.add(Kind.CONCEPT, term=name, front=name, back=meaning, command=None, line=line,
                 answers=answers, reason="table row: a name and its description")
    return True


def _letters(rows: list[tuple[int, str, str, tuple[Inline, ...]]], desc_col: int) -> bool:
    """Each row's first cell is one letter or sign, the next a short name, then the description."""
    return desc_col == 2 and all(
        len(letter) == 1 and not letter.isspace() and _NAME.fullmatch(_ASIDE.sub("", _cell(cells, 1))) is not None
        and len(_cell(cells, 1)) <= _LONGEST_NAME and _WORDY.search(_cell(cells, 1)) and _WORDY.search(meaning)
        for _, letter, meaning, cells in rows
    )


def _grouping(block: Table) -> bool:
    """The first column names groups of the rows below it: filled in the first row, empty in some rows after
    (they continue the group above), never the same name twice."""
    groups = [_cell(cells, 0) for _, cells in block.rows]
    named = [group for group in groups if group.casefold() not in EMPTY_CELLS]
    return groups[0].casefold() not in EMPTY_CELLS and len(named) < len(groups) and len(set(named)) == len(named)
