"""Reading note documents from disk: the edge between files and extraction.

Every problem with a file becomes a :class:`QuizzerError` naming it (or, for
an import that goes on without it, a :class:`Skipped` saying why).
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizzer import lazyre
from quizzer.data_files import Data, data_kind
from quizzer.errors import QuizzerError, os_reason
from quizzer.i18n import N_, _, ngettext
from quizzer.encodings import MIXED
from quizzer.encodings import guess as guess_encoding
from quizzer.text import nfc, visible, without_controls

if TYPE_CHECKING:
    from quizzer.extract import DeckDraft
    from quizzer.extract.model import ExtractWarning

__all__ = [
    "Document",
    "Fingerprint",
    "Skipped",
    "collect",
    "deck_name",
    "deck_names",
    "draft",
    "draft_documents",
    "fingerprint",
    "gather",
    "load",
    "load_documents",
    "origin",
    "read_documents",
]

SUFFIXES = (".md", ".markdown")
NOTE_SUFFIXES = (*SUFFIXES, ".txt", "")  # what a file named on the command line may be


@dataclass(frozen=True, slots=True)
class Document:
    path: Path
    text: str
    digest: str  # sha256 of the bytes: tells a changed built-in deck


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A document's path and the sha256 of its bytes, not decoded: enough to tell
    that it is what was imported before (decoding 8 MB of Korean takes longer
    than hashing it)."""

    path: Path
    digest: str


def fingerprint(path: Path) -> Fingerprint | None:
    """None when the file cannot be read (:func:`load` says why)."""
    try:
        return Fingerprint(path, hashlib.sha256(path.read_bytes()).hexdigest())
    except OSError:
        return None


def deck_name(path: Path) -> str:
    """``decks/docker-containers.ko.md`` → ``docker-containers.ko``."""
    name = _typeable(path.name)
    for suffix in SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return _typeable(path.stem)


def _typeable(part: str) -> str:
    """A file or folder name as part of a deck name a person types: NFC (macOS spells file names
    in NFD), without what ``--deck`` refuses (escape sequences, control characters, bidirectional
    overrides: 'bad<ESC>[31mname.md' made a deck no one could name; a line break or a tab becomes a space),
    unless nothing else is left."""
    part = _LINE_BREAKS.sub(" ", nfc(part)).strip()  # 'notes<LF>x.md' made a deck of two lines in every table
    return without_controls(part) or visible(part)


_LINE_BREAKS = lazyre.pattern(r"[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document (or a path) an import left out, and why, in one sentence."""

    path: str
    reason: str
    #: a command written in ``reason`` for the person to copy ("" if none), see :class:`QuizzerError`
    command: str = ""

    @classmethod
    def of(cls, path: object, error: QuizzerError) -> Skipped:
        """The document at ``path``, left out for ``error``."""
        return cls(str(path), str(error), error.command)

    def error(self) -> QuizzerError:
        """The reason as the error of a command that did nothing else."""
        return QuizzerError(self.reason, command=self.command, paths=(self.path,))

    def as_json(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


def gather(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """The documents named (files as given, folders searched for .md files) and
    the paths that hold none."""
    found: list[Path] = []
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            exists, is_dir = path.exists(), path.is_dir()
        except (OSError, ValueError) as error:  # a name too long, an embedded NUL
            skipped.append(Skipped(str(path), _("Cannot read {path}: {reason}.").format(path=path, reason=error)))
            continue
        if not exists and path.is_symlink():  # a link to nothing, or a loop of links
            skipped.append(_not_a_file(path))
        elif not exists:
            skipped.append(Skipped(str(path), _("There is no file or folder at {path}.").format(path=path)))
        elif is_dir:
            inside = _markdown_under(path, skipped)
            if not inside:
                skipped.append(Skipped(str(path), _("The folder {path} holds no markdown (.md) files.").format(path=path)))
            found.extend(inside)
        elif path.suffix.lower() not in NOTE_SUFFIXES:
            skipped.append(Skipped(str(path), _(
                "{path} is not a markdown document: quizzer imports markdown notes (.md, .markdown, .txt), "
                "Anki packages (.apkg, .colpkg) and quizzer dumps (.json)."
            ).format(path=path)))
        elif not path.is_file():  # a named pipe or a device: reading it would wait for a writer, or for ever
            skipped.append(_not_a_file(path))
        elif not _named_in_text(path):
            skipped.append(_not_text_named(path))
        else:
            found.append(path)
    return list(dict.fromkeys(found)), skipped


def _markdown_under(folder: Path, skipped: list[Skipped]) -> list[Path]:
    """The markdown files in ``folder`` and below (symlinked folders are not followed). A
    sub-folder that cannot be read is skipped with the reason, and so is a named pipe, a device or
    a broken link named .md; one that vanished while the folder was searched (a build's or another
    program's temporary files) is not there."""

    def unreadable(error: OSError) -> None:
        if not isinstance(error, FileNotFoundError):
            where = error.filename or folder
            skipped.append(Skipped(str(where), _("Cannot read {path}: {reason}.").format(
                path=where, reason=os_reason(error))))

    found = [
        Path(top, name)
        for top, _dirs, files in os.walk(folder, onerror=unreadable)
        for name in files
        if Path(name).suffix.lower() in SUFFIXES
    ]
    files = []
    for path in sorted(found):
        if path.is_file() and not _named_in_text(path):
            skipped.append(_not_text_named(path))
        elif path.is_file():
            files.append(path)
        elif path.is_symlink() or path.exists():  # gone since the folder was searched: not there
            skipped.append(_not_a_file(path))
    return files


def _named_in_text(path: Path) -> bool:
    """Whether the whole path of ``path`` is text: a byte of its name that is not UTF-8 (a file named in an old
    Korean encoding) cannot be stored as the deck's document, nor shown."""
    try:
        origin(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _not_text_named(path: Path) -> Skipped:
    return Skipped(str(path), _(
        "The name of {path} is not UTF-8 text (it was saved in another encoding); rename it and import it again."
    ).format(path=path))


def _not_a_file(path: Path) -> Skipped:
    """Why ``path``, named as notes or found in a folder, is no file to read: a named pipe or a device
    (reading it would wait for a writer, or for ever), a link to nothing or a loop of links."""
    try:
        path.stat()
    except OSError as error:
        if path.is_symlink() and error.errno == errno.ELOOP:
            return Skipped(str(path), _("{path} is a link in a loop of links that never reaches a file.").format(
                path=path))
        target = _link_target(path) if isinstance(error, FileNotFoundError) else None
        if target is not None:  # "Cannot read x.md" where ls shows x.md
            return Skipped(str(path), _("{path} is a link to {target}, which is not there.").format(
                path=path, target=target))
        return Skipped(str(path), _("Cannot read {path}: {reason}.").format(path=path, reason=os_reason(error)))
    return Skipped(str(path), _(
        "{path} is not a regular file (a pipe or a device); quizzer reads notes from files."
    ).format(path=path))


def _link_target(path: Path) -> str | None:
    """Where the link ``path`` points; None when it is no link, or no longer one (removed or replaced since it
    was found: a sync tool, an editor saving)."""
    try:
        return os.readlink(path)
    except OSError:
        return None


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """The documents named; a path that holds none is an error."""
    found, skipped = gather(paths)
    if skipped:
        raise skipped[0].error()
    return found


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def load(path: Path) -> Document:
    """Read one document: UTF-8 (or UTF-16 with a byte-order mark); refuse
    binary and empty files, and name the likely encoding of anything else."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise QuizzerError(_("Cannot read {path}: {reason}.").format(path=path, reason=os_reason(error)), paths=(path,)) from None
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise QuizzerError(_("{path} starts like UTF-16 text but is not; save it as UTF-8 and try again.").format(path=path), paths=(path,)) from None
    elif b"\x00" in data[:8192] and guess_encoding(data) is None:
        raise QuizzerError(_("{path} is a binary file, not a markdown document.").format(path=path), paths=(path,))
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if guess_encoding(data) is None:  # no encoding makes text of it
                raise QuizzerError(_("{path} is a binary file, not a markdown document.").format(path=path), paths=(path,)) from None
            raise _not_utf8(path, data, error.start) from None
    if not text.strip():
        raise QuizzerError(_("{path} is empty.").format(path=path), paths=(path,))
    if text.lstrip("\ufeff").startswith("#separator:"):  # what 'quizzer export --format txt' and Anki write
        raise QuizzerError(_(
            "{path} is an Anki text export, not markdown notes: import it in Anki, "
            "or import an Anki package (.apkg) of these decks instead."
        ).format(path=path), paths=(path,))
    kind = data_kind(text, name=path.name)
    if kind is not None:
        raise QuizzerError(_(_NOT_NOTES[kind]).format(path=path), paths=(path,))
    return Document(path, text, hashlib.sha256(data).hexdigest())


#: why a file of data is refused, one sentence for each kind (translated where shown)
_NOT_NOTES = {
    Data.COLON_RECORDS: N_(
        "{path} is a file of records, one a line in fields separated by colons, not notes: quizzer imports "
        "markdown notes (.md, .markdown, .txt), Anki packages (.apkg, .colpkg) and quizzer dumps (.json)."),
    Data.ROWS: N_(
        "{path} is a table of rows, its fields separated by tabs or commas: quizzer reads a table written in "
        "markdown ('| term | meaning |' with a '|---|---|' line under it) in notes (.md, .markdown, .txt)."),
    Data.LOG: N_(
        "{path} is a log, each line starting with its time, not notes: quizzer imports "
        "markdown notes (.md, .markdown, .txt), Anki packages (.apkg, .colpkg) and quizzer dumps (.json)."),
    Data.HISTORY: N_(
        "{path} is a shell history, a command a line, not notes: quizzer imports "
        "markdown notes (.md, .markdown, .txt), Anki packages (.apkg, .colpkg) and quizzer dumps (.json)."),
    Data.JSON: N_(
        "{path} is JSON data, not notes: quizzer imports "
        "markdown notes (.md, .markdown, .txt), Anki packages (.apkg, .colpkg) and quizzer dumps (.json)."),
    Data.COMMANDS: N_(
        "{path} holds shell commands, a command a line, not notes: write after each what it does, after a colon "
        "('git status: show what changed'), or write the notes in markdown (.md)."),
    Data.HIDDEN: N_(
        "{path} is a hidden file (its name starts with a dot), where a program keeps its settings or history, "
        "not notes: quizzer imports markdown notes (.md, .markdown, .txt), Anki packages (.apkg, .colpkg) "
        "and quizzer dumps (.json)."),
}

#: what an encoding is, in the words of the message that names it (translated where shown)
_ENCODING_NAMES = {
    "cp949": N_("Korean Windows text (CP949/EUC-KR)"),
    "cp932": N_("Japanese Windows text (Shift-JIS/CP932)"),
    "utf-16le": N_("UTF-16 without a byte-order mark"),
    "utf-16be": N_("UTF-16 without a byte-order mark"),
    "windows-1252": N_("Western European text (Windows-1252/Latin-1)"),
}
_ANOTHER_ENCODING = N_("another encoding")


def _not_utf8(path: Path, data: bytes, start: int) -> QuizzerError:
    from quizzer.to_copy import Blank, shell_command

    encoding = guess_encoding(data)
    if encoding == MIXED:
        return QuizzerError(_(
            "{path} is not UTF-8 text (byte {start} is invalid): parts of it are UTF-8 and parts are in another "
            "encoding, so no one conversion fixes it; correct those lines in an editor and save it as UTF-8."
        ).format(path=path, start=start), paths=(path,))
    named = _(_ENCODING_NAMES.get(encoding or "", _ANOTHER_ENCODING))
    target = path.with_name(path.stem + ".utf8" + path.suffix)
    if target.is_file():  # converted as advised: the advice again, every import of the folder, said nothing new
        return QuizzerError(_(
            "{path} is not UTF-8 text (byte {start} is invalid), and its UTF-8 copy {copy} is beside it: import "
            "the copy, and delete or move {path} so it is not read again."
        ).format(path=path, start=start, copy=target.name), paths=(path,))
    # converted in place (a copy, then moved over it): a copy beside it filled a deck named after the copy; the
    # original kept under a name no import reads, since the encoding is a guess and a wrong one converts to nonsense
    original = path.with_name(path.name + ".orig")
    command = " && ".join((shell_command("iconv", "-f", encoding or Blank("ENCODING"), "-t", "utf-8", path, into=target),
                           shell_command("mv", path, original), shell_command("mv", target, path)))
    # the command bare, a space either side: in quotes, a quoted path inside it read ''iconv … 'a b.md' > …''
    return QuizzerError(_(
        "{path} is not UTF-8 text (byte {start} is invalid); it looks like {named}: convert it in place with "
        "{command} (its deck keeps its name, the original stays as {original}) and import it again."
    ).format(path=path, start=start, named=named, command=command, original=original.name),
        command=command, paths=(path,))


def deck_names(paths: list[Path], *, fixed: Mapping[Path, str] | None = None, taken: Collection[str] = ()) -> list[str]:
    """A deck name for each document: the file name without .md, and where two
    documents would share one (two ``notes.md``), the folders that tell them
    apart (``linux/notes``, ``docker/notes``).

    ``fixed``: documents that already fill a deck keep its name.  ``taken``:
    names of decks that other documents fill.
    """
    fixed = fixed or {}
    depth = {path: 0 for path in paths}

    def name(path: Path) -> str:
        if path in fixed:
            return fixed[path]
        parts = [_typeable(part) for part in path.parent.parts[len(path.parent.parts) - depth[path] :]] if depth[path] else []
        return "/".join([*parts, deck_name(path)])

    while True:
        names = [name(path) for path in paths]
        clashing = [
            path
            for path, current in zip(paths, names, strict=True)
            if path not in fixed
            and (names.count(current) > 1 or current in taken)
            and depth[path] < len(path.parent.parts)
        ]
        if not clashing:
            return names
        for path in clashing:
            depth[path] += 1


def read_documents(paths: Iterable[str | Path]) -> tuple[list[Document], list[Skipped]]:
    """The documents under ``paths`` that can be read, and the rest with the reason."""
    files, skipped = gather(paths)
    documents = []
    for path in files:
        try:
            documents.append(load(path))
        except QuizzerError as error:
            skipped.append(Skipped.of(path, error))
    return documents, skipped


def origin(path: Path) -> str:
    """Which document a deck comes from, however the path was written."""
    return str(path.resolve())


def draft(document: Document, name: str, source: str) -> DeckDraft:
    """The notes of one document; a document with none is an error."""
    from quizzer.collector import paused
    from quizzer.extract import extract
    from quizzer.piece_memo import keep, memo_for, salt

    memo = memo_for(document.text, origin(document.path), name)  # a long document: the pieces read at its last import
    with paused():  # millions of tokens and no cycles (quizzer.collector)
        result = extract(document.text, deck=name, source=source, memo=memo, salt=salt() if memo is not None else "")
    keep(memo)
    if not result.notes:
        raise QuizzerError(_no_notes(document.path, result.warnings))
    return result


def _no_notes(path: Path, warnings: Sequence[ExtractWarning]) -> str:
    """Why a document gave no card: what quizzer looks for, or, when it set lines aside, the first of them."""
    if not warnings:
        return _(
            "{path} has no notes quizzer can turn into cards "
            "(it looks for '- **command**: purpose' bullets, command tables, commented code blocks ...)."
        ).format(path=path)
    return ngettext(
        "{path} has no notes quizzer can turn into cards; it set {count} line aside ({first}).",
        "{path} has no notes quizzer can turn into cards; it set {count} lines aside, the first: {first}.",
        len(warnings),
    ).format(path=path, count=len(warnings), first=warnings[0].message.rstrip("."))


def load_documents(paths: Iterable[str | Path], *, deck: str | None = None) -> list[tuple[Document, str]]:
    """Read every document under ``paths`` with the deck it fills; raise on the first bad one."""
    files = collect(paths)
    if deck is not None and len(files) > 1:
        raise QuizzerError(_("--deck names one deck, so give it one document, not several."))
    names = [nfc(deck)] if deck is not None else deck_names(files)
    return [(load(path), name) for path, name in zip(files, names, strict=True)]


def draft_documents(paths: Iterable[str | Path], *, deck: str | None = None) -> list[DeckDraft]:
    """Read and extract every document under ``paths``; raise on the first bad one."""
    return [draft(document, name, str(document.path)) for document, name in load_documents(paths, deck=deck)]
