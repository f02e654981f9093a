"""Reading an Anki package (.apkg, .colpkg) into plain records.

With the ``anki`` package (``pip install 'quizzer[anki]'``) the package is
imported into a throw-away collection by Anki's own importer, which reads
every format.  Without it the standard library reads the legacy formats (a zip
holding an SQLite ``collection.anki21`` or ``collection.anki2``); the modern
``collection.anki21b`` is zstd-compressed and needs the extra.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizzer.errors import QuizzerError
from quizzer.i18n import _

__all__ = ["AnkiCollection", "read_package"]

_NOTES = "SELECT id, guid, mid, flds, tags FROM notes ORDER BY id"
_CARDS = "SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odid, odue, mod FROM cards ORDER BY id"
_REVLOG = "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id"


@dataclass(frozen=True, slots=True)
class AnkiCollection:
    """What quizzer takes from a collection; rows as Anki stores them."""

    models: dict[int, dict[str, Any]]  # notetype id → Anki's legacy notetype JSON
    decks: dict[int, str]  # deck id → full name ("Spanish::Verbs")
    notes: list[tuple[Any, ...]]  # id, guid, mid, flds, tags
    cards: list[tuple[Any, ...]]  # id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odid, odue, mod
    revlog: list[tuple[Any, ...]]  # id, cid, ease, ivl, lastIvl, factor, time, type
    today: int  # the collection's day number now (review cards' due counts from its start)
    media: int  # media files in the package


def _media_count(names: list[str]) -> int:
    return sum(1 for name in names if name.isdigit())


def read_package(path: Path, *, now: dt.datetime) -> AnkiCollection:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (OSError, zipfile.BadZipFile):
        if _starts_as_zip(path):  # a download or a copy cut short: the person has the right file, damaged
            raise _damaged(path) from None
        raise QuizzerError(_("{path} is not an Anki package (.apkg or .colpkg is a zip file).").format(path=path), paths=(path,)) from None
    if not {"collection.anki21b", "collection.anki21", "collection.anki2"} & set(names):
        raise QuizzerError(_("{path} is a zip file but not an Anki package: it holds no collection.").format(path=path), paths=(path,))
    try:
        import anki.collection  # noqa: F401
    except ImportError:
        return _read_legacy(path, names, now=now)
    return _read_with_anki(path, names)


def _read_legacy(path: Path, names: list[str], *, now: dt.datetime) -> AnkiCollection:
    if "collection.anki21b" in names:
        raise QuizzerError(_(
            "{path} is in Anki's modern format (zstd-compressed), which needs Anki's engine: "
            "pip install 'quizzer[anki]' (or export from Anki with 'Support older Anki versions' ticked)."
        ).format(path=path), paths=(path,))
    member = "collection.anki21" if "collection.anki21" in names else "collection.anki2"
    with tempfile.TemporaryDirectory(prefix="quizzer-anki-") as folder:
        try:
            with zipfile.ZipFile(path) as archive:
                extracted = archive.extract(member, folder)
        except (zipfile.BadZipFile, EOFError, zlib.error):  # "Bad CRC-32 for file 'collection.anki2'"
            raise _damaged(path) from None
        connection = sqlite3.connect(extracted)
        try:
            crt, models, decks = connection.execute("SELECT crt, models, decks FROM col").fetchone()
            note_types, deck_names = _tables(models, decks)
            collection = AnkiCollection(
                models=note_types,
                decks=deck_names,
                notes=connection.execute(_NOTES).fetchall(),
                cards=connection.execute(_CARDS).fetchall(),
                revlog=connection.execute(_REVLOG).fetchall(),
                today=max(0, (int(now.timestamp()) - int(crt)) // 86400),
                media=_media_count(names),
            )
        except (sqlite3.DatabaseError, ValueError) as error:
            raise QuizzerError(_("{path} holds a damaged Anki collection ({error}).").format(path=path, error=error), paths=(path,)) from None
        finally:
            connection.close()
    return collection


def _tables(models: str, decks: str) -> tuple[dict[int, Any], dict[int, str]]:
    """The collection's note types and deck names, from the JSON its ``col`` row holds; ValueError when they are
    not what Anki writes there (a collection changed by hand or by another program)."""
    try:
        return ({int(key): value for key, value in json.loads(models).items()},
                {int(key): value["name"] for key, value in json.loads(decks).items()})
    except (AttributeError, KeyError, TypeError) as error:  # (json's own ValueError passes as it is)
        raise ValueError(repr(error)) from None  # (the detail in parentheses, as sqlite's own)


def _read_with_anki(path: Path, names: list[str]) -> AnkiCollection:
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki.errors import AnkiException

    with tempfile.TemporaryDirectory(prefix="quizzer-anki-") as folder:
        col_path = str(Path(folder) / "collection.anki2")
        try:
            if path.suffix.lower() == ".colpkg":
                from anki._backend import RustBackend

                RustBackend().import_collection_package(
                    col_path=col_path, backup_path=str(path),  # backup_path: the package to restore from
                    media_folder=str(Path(folder) / "media"), media_db=str(Path(folder) / "media.db"),
                )
                col = Collection(col_path)
            else:
                col = Collection(col_path)
                options = ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False)
                col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options))
        except AnkiException as error:
            raise _unread(path, names, error) from None
        db = col.db
        assert db is not None
        try:
            return AnkiCollection(
                models={int(model["id"]): model for model in col.models.all()},
                decks={int(entry.id): entry.name for entry in col.decks.all_names_and_ids()},
                notes=[tuple(row) for row in db.all(_NOTES)],
                cards=[tuple(row) for row in db.all(_CARDS)],
                revlog=[tuple(row) for row in db.all(_REVLOG)],
                today=col.sched.today,
                media=_media_count(names),
            )
        finally:
            col.close()


def _starts_as_zip(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _damaged(path: Path) -> QuizzerError:
    return QuizzerError(_(
        "{path} is a damaged Anki package (cut short, or changed since it was written): export it from Anki again, "
        "or copy it again."
    ).format(path=path), paths=(path,))


def _unread(path: Path, names: list[str], error: Exception) -> QuizzerError:
    """Why Anki's engine could not read the package, as a sentence a person can act on."""
    from anki import import_export_pb2
    from anki.buildinfo import version
    from anki.errors import BackendIOError, DBError
    from google.protobuf.message import DecodeError

    if "meta" in names:
        meta = import_export_pb2.PackageMetadata()
        try:
            with zipfile.ZipFile(path) as archive:
                meta.ParseFromString(archive.read("meta"))
        except (DecodeError, KeyError, OSError, zipfile.BadZipFile):  # a meta unread says nothing of the version
            meta.Clear()
        if meta.version > max(import_export_pb2.PackageMetadata.Version.values()):
            return QuizzerError(_(
                "{path} was made by a newer Anki than quizzer's Anki engine (anki {version}) can read: "
                "update it with pip install -U anki, or export from Anki with 'Support older Anki versions' ticked."
            ).format(path=path, version=version), paths=(path,))
    if isinstance(error, (BackendIOError, DBError)):  # "Failed to copy from 'collection.anki21b' to '/tmp/…': Invalid
        # checksum"; a collection that unpacks into a malformed database
        return _damaged(path)
    return QuizzerError(_("Anki could not read {path}: {error}.").format(path=path, error=str(error).rstrip(".")),
                        paths=(path,))
