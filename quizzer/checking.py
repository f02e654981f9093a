"""Which cards a person checks before learning them, and which of them to show (pure).

Extraction is not precise on notes nobody here has seen (20-73 % of cards
wrong on seven blind sets), but within one part of one document a *shape* (the
rule that read a line, the kind of note it made, and the section it is in: its
first two headings) is right or wrong as a whole.  So a document's new notes
are grouped by shape, a person looks at a few of each group (the first, the last,
and the one least like the rest: :func:`samples`) and keeps or holds the group.  The section is part of the shape because
wrong cards cluster by section: a table of keys read right in one section is
read wrong in the next (schema 13; before it a shape was rule and kind only,
and those verdicts still apply to every section: :data:`ANY_SECTION`).

Written cards (``front::back`` in the notes) were a person's choice already:
they are never checked.  Nothing here reads files, the clock or the database:
:mod:`quizzer.db.checks` stores the verdicts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Protocol, TypeVar

from quizzer import lazyre
from quizzer.kinds import Kind

__all__ = [
    "ANY_SECTION", "FROM_HEADING", "SAMPLES", "SECTION_DEPTH", "Checkable", "Shape", "asked", "groups", "joined", "questions",
    "needs_check", "needs_check_kind", "oddness", "samples", "section_key", "section_of_key", "shape_of", "shape_section",
]

#: How many cards of a shape a person looks at.
SAMPLES = 3

#: How many of a note's headings, from the top, make the section of its shape.  Measured on
#: seven blind sets (benchmarks/check_simulation.py): 1 let as many wrong cards through as no
#: section at all; 3 or every heading stopped no more than 2 and had the person look at more.
SECTION_DEPTH = 2

#: The section of a verdict stored before sections were part of a shape (schema 12 and older,
#: or a dump written then): it applies to the rule and kind in every section.  No
#: :func:`section_key` is empty, so it never names a section of its own.
ANY_SECTION = ""

#: The rules that read a card from a heading: the heading names what the card asks about (``### pwd``
#: over its bullets, ``## break : 중단점 설정``).  Such a card's section ends with its own heading, so each
#: was a group of its own (a document with one heading per command asked 22 questions instead of 5): it
#: is grouped in the section its heading sits in (:func:`shape_section`).  The cards under the heading
#: that other rules read (its options, its example lines) keep the heading's section.
FROM_HEADING = frozenset({
    "heading naming a term, a first bullet defining it",
    "heading naming an option, first bullet under it",
    "`What is X?` heading, the paragraph under it",
    "heading `command - description`",
    "heading `term - description` with its usage line",
    "heading asking what a term is, paragraph under it",
    "heading naming a command, bullets under it",
    "heading naming a term, its one bullet",
    "heading naming a term, a paragraph saying what it does",
    "heading naming a command, paragraph under it",
    "heading naming a flag, its examples and bullets",
    "heading naming an option, paragraph under it",
    "heading, then `: definition`",
    "heading: the program in backticks, then what it is for",
    "heading: what it does, then the program's name, over its usage line",
    "heading naming a program, a paragraph saying what it is",
    "heading saying what it does, the command in bold alone in a quote under it",
    "heading: a shell form over a stand-in command, the paragraph under it",
    "numbered heading `sub-command : what it does` over the block that runs it",
    "heading naming a key, the text under it saying what it does",
    "heading `what it does - keys`",
    "a run of bare headings `term - what it is`",
    "heading saying what an option is for, the option alone under it",
})

#: A shape: the rule that read the line (its ``reason``), the kind of note, as stored, and
#: the :func:`section_key` of its first headings.
Shape = tuple[str, str, str]

#: Kinds written by hand in the notes: never checked.
_WRITTEN = frozenset({Kind.WRITTEN.value, Kind.WRITTEN_BOTH.value})


class Checkable(Protocol):
    """A note as extraction drafts it (``NoteDraft``) or as it is stored (``Note``)."""

    @property
    def reason(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def section(self) -> Sequence[str]: ...


_N = TypeVar("_N", bound=Checkable)
_T = TypeVar("_T")


def shape_of(note: Checkable) -> Shape:
    """``(reason, kind, section)``; a note no rule names a reason for: its kind's name as reason."""
    kind = str(note.kind)  # a Kind is a StrEnum: its value
    return (note.reason if note.reason is not None else kind, kind, section_key(shape_section(note.reason, note.section)))


def asked(reason: str | None, kind: str, section: Sequence[str]) -> tuple[str | None, str, tuple[str, ...]]:
    """A note's rule, kind and section as a dictionary key, the section a tuple (a note's is one already: not
    copied): what the import's checks keep an answer for, asked once for each of a new deck's many notes."""
    return reason, kind, section if isinstance(section, tuple) else tuple(section)


def shape_section(reason: str | None, section: Sequence[str]) -> Sequence[str]:
    """The headings a note is grouped by: its section, less the heading it was read from when a
    rule of :data:`FROM_HEADING` read it (that heading is the last of its section)."""
    return section[:-1] if section and reason in FROM_HEADING else section


def section_key(section: Sequence[str]) -> str:
    """The section part of a shape, as stored: the first :data:`SECTION_DEPTH` headings of a
    note's section (outermost first) as a JSON list (``[]`` for a note under no heading);
    never :data:`ANY_SECTION`."""
    return json.dumps(list(section[:SECTION_DEPTH]), ensure_ascii=False)


def section_of_key(key: str) -> tuple[str, ...]:
    """The headings a :func:`section_key` names, or a note's section as stored (JSON text of a
    list); none for :data:`ANY_SECTION` or text that is not such a list."""
    try:
        found = json.loads(key) if key else []
    except ValueError:
        return ()
    if not isinstance(found, list):
        return ()
    return tuple(str(heading) for heading in found)


def needs_check(note: Checkable) -> bool:
    """False for cards written by hand (``::`` and ``:::``); True for what a rule read."""
    return needs_check_kind(note.kind)


def needs_check_kind(kind: str) -> bool:
    """:func:`needs_check` of a note of this kind (a ``Kind`` or its value)."""
    return str(kind) not in _WRITTEN


def groups(notes: Iterable[_N]) -> dict[Shape, list[_N]]:
    """The notes by shape: shapes in the order first seen, notes in the order given."""
    found: dict[Shape, list[_N]] = {}
    for note in notes:
        found.setdefault(shape_of(note), []).append(note)
    return found


def samples(items: Sequence[_T], k: int = SAMPLES, *,
            text: Callable[[_T], tuple[str, str]] | None = None) -> list[_T]:
    """Up to ``k`` items of ``items``, in order: the first, the last and ``k - 2`` between, all of
    them if there are ≤ k.  Without ``text`` the ones between are spread evenly (k = 3: first,
    middle, last); with it (an item's front and back) they are the ones least like the rest of the
    group (:func:`oddness`; the nearest the middle on a tie), because a wrong card in a group of
    right ones is the one that reads unlike them: an aside in brackets, a second sentence, a row
    with no words."""
    n = len(items)
    if n <= k:
        return list(items)
    if k <= 0:
        return []
    if k == 1:
        return [items[0]]
    if text is None:
        # k distinct indexes from 0 to n - 1, increasing (n > k, so the steps are > 1 apart on average)
        picked = sorted({round(i * (n - 1) / (k - 1)) for i in range(k)})
    else:
        odd = oddness([text(item) for item in items])
        middle = (n - 1) / 2
        between = sorted(range(1, n - 1), key=lambda i: (-odd[i], abs(i - middle), i))[: k - 2]
        picked = sorted({0, n - 1, *between})
    return [items[i] for i in picked]


#: marks an item's back has that most of its group's lack: an aside in brackets, a second sentence,
#: more than one line, an address, a label and its colon
_MARKS = tuple(lazyre.pattern(source) for source in (r"[(（]", r"[.!?。]\s+\S", r"\n", r"https?://", r"[:：]\s"))
_WORD = lazyre.pattern(r"\w")


def oddness(texts: Sequence[tuple[str, str]]) -> list[float]:
    """How unlike the rest of its group each (front, back) is: how far its back's and its front's
    lengths are from the group's medians (relative to them), 5 for a side with no letter or digit
    (a table's rule row, a lone symbol), and 1 for each of :data:`_MARKS` its back has where most
    of the group's backs do not.  Pure; the same texts give the same figures."""
    if not texts:
        return []
    fronts = sorted(len(front) for front, _ in texts)
    backs = sorted(len(back) for _, back in texts)
    front_median, back_median = fronts[len(fronts) // 2], backs[len(backs) // 2]
    rare = [sum(bool(mark.search(back)) for _, back in texts) * 2 < len(texts) for mark in _MARKS]
    result = []
    for front, back in texts:
        odd = abs(len(back) - back_median) / (back_median + 10) + abs(len(front) - front_median) / (front_median + 10)
        if not _WORD.search(front) or not _WORD.search(back):
            odd += 5
        odd += sum(1 for mark, few in zip(_MARKS, rare) if few and mark.search(back))
        result.append(odd)
    return result


def joined(items: Sequence[_T], *, key: Callable[[_T], Hashable], size: Callable[[_T], int],
           limit: int = SAMPLES) -> list[list[_T]]:
    """Groups asked about together: each item (a group) joins the last run of items of its
    ``key`` (the same rule and kind in the same document, in another section) when the run's
    ``size`` (notes) stays within ``limit``, so that every note of a run is shown, as it would
    be one group at a time; runs in the order of their first item, items in the order given."""
    runs: list[list[_T]] = []
    last: dict[Hashable, tuple[list[_T], int]] = {}  # key → its last run and that run's size
    for item in items:
        k, n = key(item), size(item)
        found = last.get(k)
        if found is not None and found[1] + n <= limit:
            found[0].append(item)
            last[k] = (found[0], found[1] + n)
            continue
        run = [item]
        runs.append(run)
        last[k] = (run, n)
    return runs


def questions(notes: Iterable[tuple[str | None, str, Sequence[str], int]]) -> int:
    """How many groups ``quizzer check`` asks about, one question each, for notes waiting in one deck
    given as (reason, kind, section, how many notes), in document order: their shapes, then the small
    shapes of one rule and kind :func:`joined` (the import said "21 groups" where the check then
    asked "group 1/15")."""
    given: dict[tuple[str | None, str, Sequence[str]], int] = {}  # as given first: a new deck's 50k notes, 1k sections
    for reason, kind, section, count in notes:
        key = asked(reason, kind, section)
        given[key] = given.get(key, 0) + count
    sizes: dict[tuple[str | None, str, str], int] = {}  # shape → its notes, shapes in the order first seen
    for (reason, kind, section), count in given.items():
        shape = (reason or None, kind, section_key(shape_section(reason, section)))
        sizes[shape] = sizes.get(shape, 0) + count
    return len(joined(list(sizes.items()), key=lambda item: item[0][:2], size=lambda item: item[1]))
