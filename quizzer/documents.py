"""Reading note documents from disk: the edge between files and extraction.

Every problem with a file becomes a :class:`QuizzerError` naming it, raised
before anything is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizzer.errors import QuizzerError
from quizzer.text import nfc

if TYPE_CHECKING:
    from quizzer.extract import DeckDraft

__all__ = ["Document", "collect", "deck_name", "draft", "draft_documents", "load", "load_documents", "origin"]

SUFFIXES = (".md", ".markdown")


@dataclass(frozen=True, slots=True)
class Document:
    path: Path
    text: str
    digest: str  # sha256 of the bytes: tells a changed built-in deck


def deck_name(path: Path) -> str:
    """``decks/docker-containers.ko.md`` → ``docker-containers.ko``."""
    name = nfc(path.name)  # macOS spells file names in NFD
    for suffix in SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return nfc(path.stem)


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """The documents named: files as given, folders searched for .md files."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            raise QuizzerError(f"There is no file or folder at {path}.")
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not inside:
                raise QuizzerError(f"The folder {path} holds no markdown (.md) files.")
            found.extend(inside)
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def load(path: Path) -> Document:
    """Read one document as UTF-8 text, refusing binary and empty files."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise QuizzerError(f"Cannot read {path}: {error.strerror or error}.") from None
    if b"\x00" in data[:8192]:
        raise QuizzerError(f"{path} is a binary file, not a markdown document.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QuizzerError(
            f"{path} is not UTF-8 text (byte {error.start} is invalid); save it as UTF-8 and try again."
        ) from None
    if not text.strip():
        raise QuizzerError(f"{path} is empty.")
    return Document(path, text, hashlib.sha256(data).hexdigest())


def origin(path: Path) -> str:
    """Which document a deck comes from, however the path was written."""
    return str(path.resolve())


def draft(document: Document, name: str, source: str) -> DeckDraft:
    """The notes of one document; a document with none is an error."""
    from quizzer.extract import extract

    result = extract(document.text, deck=name, source=source)
    if not result.notes:
        raise QuizzerError(
            f"{document.path} has no notes quizzer can turn into cards "
            "(it looks for '- **command**: purpose' bullets, command tables, commented code blocks …)."
        )
    return result


def load_documents(paths: Iterable[str | Path], *, deck: str | None = None) -> list[tuple[Document, str]]:
    """Read every document under ``paths`` with the deck it fills; raise on the first bad one."""
    files = collect(paths)
    if deck is not None and len(files) > 1:
        raise QuizzerError("--deck names one deck, so give it one document, not several.")
    names = [nfc(deck) if deck else deck_name(path) for path in files]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise QuizzerError(f"Two documents would fill the same deck '{repeated[0]}'; import them one at a time.")
    return [(load(path), name) for path, name in zip(files, names, strict=True)]


def draft_documents(paths: Iterable[str | Path], *, deck: str | None = None) -> list[DeckDraft]:
    """Read and extract every document under ``paths``; raise on the first bad one."""
    return [draft(document, name, str(document.path)) for document, name in load_documents(paths, deck=deck)]
