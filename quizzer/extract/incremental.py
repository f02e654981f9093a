"""Extracting a long document again without reading its unchanged pieces again (pure).

A long document is read a piece at a time (``quizzer.extract.pieces``: a piece
starts at a top-level heading where nothing of markdown is open).  What a piece
gives is a function of what it reads:

- its text and where it starts (its first line, in the key);
- the walk's state when it starts: every field of :class:`Walk` but the
  outputs, pickled (the heading path, the tool, the pending code block, the
  block counter, the programs seen so far …; a field added later is state too);
- the notes (and their first blocks) of earlier pieces it looks up by key: a
  note it merges into or adds to.  A piece is run against an overlay that
  records every key it reads from earlier pieces, and the value it found;
- lines of the document outside the piece (``walk.source``), recorded the same way;
- the last warning before it (a warning is not said twice in a row).

A piece's :class:`PieceResult` keeps what it read and what it wrote; it is used
again only when its key (text, first line, state in, last warning, the
caller's salt: quizzer's code and language) is the same and every recorded
read finds the same value now, so the result is the one a full extraction
gives.  A line added or removed shifts every later piece, whose state (block
and line numbers) then differs: those pieces are read again.

The memo is a plain mapping key → :class:`PieceResult`; keeping it between
runs (a file) is the caller's business.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import marshal
import operator
import pickle
import zlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Generic, TypeVar, cast

from quizzer.extract.model import ExtractWarning, Kind, NoteDraft
from quizzer.extract.pieces import PIECE_LINES as _PIECE_LINES

__all__ = [
    "OUTPUTS", "PIECE_LINES", "Decoded", "PieceResult", "Sources", "Untracked", "decode", "encode", "lines_key", "piece_key", "read_piece",
    "restore", "state_of",
]

#: Lines a piece has at least, when extracting with a memo (tests make it small).
PIECE_LINES = _PIECE_LINES

#: Walk fields that are its outputs or tracked reads, not the state a piece starts from.
OUTPUTS = frozenset({"notes", "warnings", "unread", "_origin", "source", "hint"})

V = TypeVar("V")


class Untracked(Exception):
    """A piece did something to the notes a memo cannot record: extract without one."""


@dataclass(frozen=True, slots=True)
class PieceResult:
    """What one piece read from outside itself and what it gave."""

    reads: tuple[tuple[str, NoteDraft], ...]  # notes of earlier pieces looked up, as found
    origin_reads: tuple[tuple[str, int], ...]  # their first blocks, as found
    sizes: tuple[int | None, int | None]  # how many notes (and first blocks) earlier pieces left, if asked
    line_reads: tuple[tuple[int, str | None], ...]  # lines outside the piece (-1: the line count)
    notes: tuple[tuple[str, NoteDraft], ...]  # notes written, in the order first written
    origins: tuple[tuple[str, int], ...]
    warnings: tuple[ExtractWarning, ...]
    unread: tuple[ExtractWarning, ...]
    extra: tuple[Any, ...]  # what the caller collects per piece (headings, lines nested too deeply)
    state: bytes  # the walk's state after the piece, pickled
    absent: tuple[str, ...] = ()  # keys looked up that no earlier piece had written (most lookups)
    origin_absent: tuple[str, ...] = ()
    encoded: bytes = b""  # all of the above as a memo keeps it (:func:`encode`); b"": not kept


class Sources:
    """Which kept result wrote each note of a walk, and where in it: a note's value is known by its
    result's content (a digest of :attr:`PieceResult.encoded`) and its place there, without reading
    the note (:func:`quizzer.extract.decide.decide` keys its stretches so)."""

    __slots__ = ("digests", "results", "places", "starts", "texts")

    #: a note's place in its result is below this; its result's number is above
    SPAN = 1 << 32

    def __init__(self) -> None:
        self.digests: list[bytes] = []  # each result's, in the order read
        self.results: list[PieceResult] = []  # held, so that no note of theirs is freed and its id taken
        self.places: dict[int, int] = {}  # id(note) → its result's number × SPAN + its place there
        self.starts: list[int] = []  # the first line of each piece of the document, in order (:meth:`cut`)
        self.texts: list[str] = []  # a digest of each piece's text

    def cut(self, starts: Sequence[int], texts: Sequence[str]) -> None:
        """Told the document's pieces (all of it, in order): each one's first line and a digest of its text."""
        self.starts, self.texts = list(starts), list(texts)

    def lines(self, low: int, high: int) -> bytes | None:
        """What fixes the document's lines ``low`` to ``high`` (a slice's bounds) without reading them: the
        digests of the pieces that hold them, with the first one's first line (None: not told the pieces).
        The pieces joined are the document and a digest fixes a piece's text, so its lines and how many;
        the pieces named run from the one holding ``low`` to the last that starts before ``high``, so a
        slice running past the document's end names its last piece, and one that ends before it does not."""
        if not self.starts or not 0 <= low < high:
            return None
        first = bisect.bisect_right(self.starts, low) - 1
        last = bisect.bisect_left(self.starts, high)
        return marshal.dumps((low, high, self.starts[first], self.texts[first:last]), 2)

    def add(self, result: PieceResult) -> None:
        if not result.encoded:
            return
        at = len(self.digests)
        self.digests.append(hashlib.blake2b(result.encoded, digest_size=20).digest())
        self.results.append(result)
        self.places.update(zip(map(id, map(_SECOND, result.notes)), range(at * self.SPAN, (at + 1) * self.SPAN)))

    def of(self, note: NoteDraft) -> int | None:
        """The number × :attr:`SPAN` + place of the result that wrote this very note, if one did (the
        notes of :attr:`results` are alive, so no other object has the id of one)."""
        return self.places.get(id(note))

    def known(self, notes: Sequence[NoteDraft]) -> tuple[bytes, list[NoteDraft]]:
        """``notes`` known without reading them: the digests of the kept results that wrote them and each
        note's place there, as bytes (b"" when none of them was), and the notes no kept result wrote
        (to be known by their values).  Two runs of notes with the same bytes and loose notes of the same
        values are the same notes (:func:`quizzer.extract.decide.decide`'s stretches, the import's runs)."""
        placed = list(map(self.places.get, map(id, notes)))  # each note's result and place, or None
        known = [at for at in placed if at is not None]
        if not known:
            return b"", list(notes)
        low, high = min(known) // self.SPAN, max(known) // self.SPAN
        offset = low * self.SPAN  # the results numbered from the first here: the same wherever the run sits
        return (
            marshal.dumps(([-1 if at is None else at - offset for at in placed], self.digests[low : high + 1]), 2),
            [note for note, at in zip(notes, placed) if at is None],
        )


_SECOND = operator.itemgetter(1)


_ABSENT = object()


class _Overlay(dict[str, V], Generic[V]):
    """A piece's notes over the earlier pieces': writes stay here, reads of earlier keys are recorded.

    Only lookups by key keep the piece's reads known; anything that lists the
    notes makes the piece depend on all of them (``whole``), and it is not kept."""

    def __init__(self, base: Mapping[str, V]) -> None:
        super().__init__()
        self.base = base
        self.reads: dict[str, V | None] = {}
        self.whole = False
        self.size: int | None = None  # how many earlier notes there were, if the piece asked
        self.new = 0  # keys written here that no earlier piece wrote

    def __setitem__(self, key: str, value: V) -> None:
        if not dict.__contains__(self, key) and key not in self.base:
            self.new += 1
        dict.__setitem__(self, key, value)

    def _below(self, key: str) -> V | None:
        value: V | None = self.base.get(key)
        self.reads.setdefault(key, value)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        here = dict.get(self, key, _ABSENT)  # one lookup for a note this piece wrote
        if here is not _ABSENT:
            return here
        value: V | None = self.base.get(key)  # _below, without its call: asked of every note made
        self.reads.setdefault(key, value)
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or self._below(cast(str, key)) is not None

    def __getitem__(self, key: str) -> V:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        value = self._below(key)
        if value is None:
            raise KeyError(key)
        return value

    def merged(self) -> dict[str, V]:
        self.whole = True
        return {**self.base, **dict(self.items_here())}

    def items_here(self) -> Iterator[tuple[str, V]]:
        return iter(dict.items(self))

    def __iter__(self) -> Iterator[str]:
        return iter(self.merged())

    def __len__(self) -> int:
        self.size = len(self.base)
        return self.size + self.new

    def keys(self) -> Any:
        return self.merged().keys()

    def values(self) -> Any:
        return self.merged().values()

    def items(self) -> Any:
        return self.merged().items()

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    # nothing removes a note from a walk; if a rule ever does, the overlay cannot say it: read in full
    def pop(self, *args: Any) -> Any:
        raise Untracked("pop")

    def popitem(self) -> Any:
        raise Untracked("popitem")

    def __delitem__(self, key: str) -> None:
        raise Untracked("del")

    def clear(self) -> None:
        raise Untracked("clear")


class _Lines(Sequence[str]):
    """The document's lines; reads outside ``first``…``last`` are recorded."""

    def __init__(self, lines: Sequence[str], first: int, last: int) -> None:
        self.lines, self.first, self.last = lines, first, last
        self.reads: dict[int, str | None] = {}

    def __len__(self) -> int:
        self.reads[-1] = str(len(self.lines))
        return len(self.lines)

    def __bool__(self) -> bool:  # a document has a line, if an empty one: no need to ask how many
        return True

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int) and self.first <= index < self.last:
            return self.lines[index]
        if isinstance(index, int) and index >= 0:
            self.reads[index] = self.lines[index] if index < len(self.lines) else None
            return self.lines[index]
        if isinstance(index, slice) and index.step in (None, 1) and (index.start or 0) >= 0 and (index.stop or -1) >= 0:
            for n in range(index.start or 0, index.stop):  # each line it holds, or not: past the end
                if not self.first <= n < self.last:
                    self.reads[n] = self.lines[n] if n < len(self.lines) else None
            return self.lines[index]
        self.reads[-2] = None  # a negative index, an open slice: not kept
        return self.lines[index]


class _Unpickler(pickle.Unpickler):
    """Plain data and quizzer's own classes only: a cache file cannot name anything else to call."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "collections" and name == "Counter" or module.startswith("quizzer.") and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not read from a cache")


def _loads(data: bytes) -> Any:
    return _Unpickler(io.BytesIO(data)).load()


def state_of(walk: Any) -> bytes:
    """The walk's state between pieces (every field but :data:`OUTPUTS`), pickled; :class:`Untracked`
    if a field holds what pickle cannot keep (the document is then read whole)."""
    try:
        return pickle.dumps(
            [(f.name, getattr(walk, f.name)) for f in fields(walk) if f.name not in OUTPUTS], pickle.HIGHEST_PROTOCOL
        )
    except Exception as error:  # noqa: BLE001 - PicklingError, TypeError, AttributeError …
        raise Untracked(f"the walk's state cannot be kept: {error}") from error


def restore(walk: Any, state: bytes) -> None:
    for name, value in _loads(state):
        setattr(walk, name, value)


def lines_key(salt: str, text: str) -> str:
    """Where a memo keeps the lines of a piece's code blocks (a function of its text alone)."""
    return "lines:" + hashlib.sha256(f"{salt}\0{text}".encode()).hexdigest()


def piece_key(salt: str, text_key: str, first_line: int, state: bytes, last: ExtractWarning | None) -> str:
    """A piece's key: ``text_key`` is its text's :func:`lines_key` (the text hashed once for both)."""
    digest = hashlib.sha256()
    for part in (salt.encode(), str(first_line).encode(), state, repr(last).encode(), text_key.encode()):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def _valid(result: PieceResult, walk: Any) -> bool:
    notes, origin, source = walk.notes, walk._origin, walk.source
    return (
        result.sizes[0] in (None, len(notes))
        and result.sizes[1] in (None, len(origin))
        and notes.keys().isdisjoint(result.absent)
        and origin.keys().isdisjoint(result.origin_absent)
        and all(notes.get(key) == value for key, value in result.reads)
        and all(origin.get(key) == value for key, value in result.origin_reads)
        and all(
            (str(len(source)) if n == -1 else source[n] if n < len(source) else None) == value
            for n, value in result.line_reads
        )
    )


def _apply(result: PieceResult, walk: Any, state: list[tuple[str, Any]]) -> None:
    walk.notes.update(result.notes)  # (plain dicts, written in the order the piece wrote them)
    walk._origin.update(result.origins)
    walk.warnings.extend(result.warnings)
    walk.unread.extend(result.unread)
    for name, value in state:
        setattr(walk, name, value)


def read_piece(
    walk: Any,
    memo: MutableMapping[str, Any],
    *,
    salt: str,
    text: str,
    text_key: str,
    first_line: int,
    given: object = None,
    run: Callable[[], tuple[Any, ...]],
    sources: Sources | None = None,
) -> tuple[Any, ...]:
    """Read one piece into ``walk``: from ``memo`` when its result there still holds, else by
    ``run()`` (which returns what the caller collects per piece), keeping the result in ``memo``.
    ``text_key``: the text's :func:`lines_key`; ``first_line``: lines before the piece; ``given``: what else the
    caller gives the piece (in the key);
    ``sources``: told of each kept result's notes."""
    state = state_of(walk) + pickle.dumps(given, pickle.HIGHEST_PROTOCOL)
    key = piece_key(salt, text_key, first_line, state, walk.warnings[-1] if walk.warnings else None)
    known = memo.get(key)
    if isinstance(known, PieceResult) and _valid(known, walk):
        try:
            state_out = _loads(known.state)
        except Exception:  # noqa: BLE001 - a state this quizzer cannot read: read the piece again
            pass
        else:
            _apply(known, walk, state_out)
            if sources is not None:
                sources.add(known)
            return known.extra
    notes, origin, source = walk.notes, walk._origin, walk.source
    warnings, unread = walk.warnings, walk.unread
    here_notes: _Overlay[NoteDraft] = _Overlay(notes)
    here_origin: _Overlay[int] = _Overlay(origin)
    lines = _Lines(source, first_line, first_line + text.count("\n") + 1)
    walk.notes, walk._origin, walk.source = here_notes, here_origin, lines
    walk.warnings, walk.unread = warnings[-1:], []
    try:
        extra = run()
    finally:
        walk.notes, walk._origin, walk.source = notes, origin, source
        new_warnings, walk.warnings = walk.warnings[len(warnings[-1:]):], warnings
        new_unread, walk.unread = walk.unread, unread
    result = PieceResult(
        reads=tuple((key_, note) for key_, note in here_notes.reads.items() if note is not None),
        origin_reads=tuple((key_, block) for key_, block in here_origin.reads.items() if block is not None),
        absent=tuple(key_ for key_, note in here_notes.reads.items() if note is None),
        origin_absent=tuple(key_ for key_, block in here_origin.reads.items() if block is None),
        sizes=(here_notes.size, here_origin.size),
        line_reads=tuple(lines.reads.items()),
        notes=tuple(here_notes.items_here()),
        origins=tuple(here_origin.items_here()),
        warnings=tuple(new_warnings),
        unread=tuple(new_unread),
        extra=extra,
        state=state_of(walk),
    )
    for key_, note in result.notes:
        notes[key_] = note
    for key_, block in result.origins:
        origin[key_] = block
    warnings.extend(result.warnings)
    unread.extend(result.unread)
    if not (here_notes.whole or here_origin.whole or -2 in lines.reads):
        result = replace(result, encoded=_plain(result))
        memo[key] = result
        if sources is not None:
            sources.add(result)
    return extra


# -- keeping a memo: plain tuples, pickled without classes -------------------------

_NOTE_FIELDS = tuple(f.name for f in fields(NoteDraft))
_KIND_AT = _NOTE_FIELDS.index("kind")
_KEY_AT = _NOTE_FIELDS.index("key")
_KINDS = {kind.value: kind for kind in Kind}
_NOTE: Any = NoteDraft  # made from its values in field order


# a note's values in field order, its kind by name, in one call
_PLAIN_FIELDS = operator.attrgetter(*(f"{name}._value_" if name == "kind" else name for name in _NOTE_FIELDS))


def _once(keys: tuple[str, ...], column: Sequence[str]) -> tuple[str, ...] | None:
    """``column`` (keys) as a memo keeps it: None when it is ``keys`` as they are.  A piece's notes are written
    under their own keys, looked up (absent) and given first blocks in the order written: one key kept four times
    was most of a kept piece's strings, each made again when it was read."""
    kept = tuple(column)
    return None if kept == keys else kept


def _again(keys: tuple[str, ...], kept: Sequence[str] | None) -> tuple[str, ...]:
    """The column :func:`_once` kept, ``keys`` themselves (the same strings) when it kept None."""
    return keys if kept is None else tuple(map(str, kept))


def _columns(pairs: Sequence[tuple[str, NoteDraft]]) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """Keyed notes as plain values: the keys, then each field of every note (its kind by name), a column a
    field, so that :func:`_keyed_notes` makes them back in one call of each field's column (the notes' own
    keys by :func:`_once`)."""
    keys = tuple(key for key, _ in pairs)
    columns: list[Any] = list(zip(*map(_PLAIN_FIELDS, map(_SECOND, pairs))))
    if columns:
        columns[_KEY_AT] = _once(keys, columns[_KEY_AT])
    return keys, tuple(columns)


def _keyed_notes(keys: tuple[str, ...], columns: Sequence[Any]) -> tuple[tuple[str, NoteDraft], ...]:
    """The keyed notes :func:`_columns` gave (a piece kept holds some 500: made column by column, no note's
    values sliced or looked up one at a time)."""
    if not keys:
        return ()
    fields_: list[Any] = list(columns)
    fields_[_KIND_AT] = map(_KINDS.__getitem__, fields_[_KIND_AT])
    fields_[_KEY_AT] = _again(keys, fields_[_KEY_AT])
    return tuple(zip(keys, map(_NOTE, *fields_)))


def _plain(result: PieceResult | tuple[str, ...]) -> bytes:
    if isinstance(result, tuple):
        return zlib.compress(pickle.dumps(("lines", result), pickle.HIGHEST_PROTOCOL), 1)
    r = result
    keys, columns = _columns(r.notes)
    values = (
        _columns(r.reads),
        r.origin_reads,
        r.sizes,
        r.line_reads,
        (keys, columns),
        (_once(keys, [key for key, _ in r.origins]), tuple(block for _, block in r.origins)),
        tuple((w.line, w.message) for w in r.warnings),
        tuple((w.line, w.message) for w in r.unread),
        r.extra,
        r.state,
        _once(keys, r.absent),
        r.origin_absent,
    )
    return zlib.compress(pickle.dumps(("piece", values), pickle.HIGHEST_PROTOCOL), 1)


def encode(memo: Mapping[str, PieceResult | tuple[str, ...]], known: Mapping[str, bytes] | None = None) -> bytes:
    """``memo`` as bytes :func:`decode` reads (plain data: no class is named in them); ``known``:
    results already encoded (as :func:`decode` read them), kept as they are, as is a result
    :func:`read_piece` encoded."""
    known = known or {}
    return pickle.dumps(
        (_NOTE_FIELDS, {
            key: known.get(key) or (result.encoded if isinstance(result, PieceResult) else b"") or _plain(result)
            for key, result in memo.items()
        }),
        pickle.HIGHEST_PROTOCOL,
    )


class _Plain(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not read from a cache")


class Decoded(dict[str, Any]):
    """A memo read back: each result is made into notes when it is looked up."""

    def __init__(self, plain: dict[str, bytes]) -> None:
        super().__init__()
        self.plain = plain

    def get(self, key: str, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            data = self.plain.get(key)
            if data is None:
                return default
            try:
                what, values = _Plain(io.BytesIO(zlib.decompress(data))).load()
                if what == "lines":
                    self[key] = tuple(str(line) for line in values)
                    return dict.__getitem__(self, key)
                reads, origin_reads, sizes, line_reads, notes, origins, warnings, unread, extra, state, absent, origin_absent = (
                    values
                )
                keys = notes[0]
                self[key] = PieceResult(
                    _keyed_notes(*reads),
                    origin_reads,
                    sizes,
                    line_reads,
                    _keyed_notes(keys, notes[1]),
                    tuple(zip(_again(keys, origins[0]), origins[1], strict=True)),
                    tuple(ExtractWarning(line, message) for line, message in warnings),
                    tuple(ExtractWarning(line, message) for line, message in unread),
                    extra,
                    state,
                    _again(keys, absent),
                    tuple(map(str, origin_absent)),
                    data,
                )
            except Exception:  # noqa: BLE001 - a damaged result is a missing one
                return default
        return dict.__getitem__(self, key)

    def encoded(self, key: str, result: object) -> bytes | None:
        """``result`` as read from the file, if it is the one read for ``key``."""
        return self.plain[key] if dict.get(self, key) is result else None


def decode(data: bytes) -> dict[str, Any]:
    """The memo :func:`encode` wrote (empty when ``data`` is not one: a cache may be anything)."""
    try:
        names, plain = _Plain(io.BytesIO(data)).load()
        if names != _NOTE_FIELDS or not isinstance(plain, dict) or not all(isinstance(v, bytes) for v in plain.values()):
            return {}
    except Exception:  # noqa: BLE001 - a damaged cache is an empty one
        return {}
    return Decoded(plain)
