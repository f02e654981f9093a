"""Commands over note documents: ``extract`` (nothing stored) and ``import``."""

from __future__ import annotations

import argparse
import sys

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizzer.commands import common  # terminal_width looked up when called, as tests patch it there
from quizzer.commands.common import (
    AddCommand, builtin_decks_current, deck_name, now, open_review_db, print_json, say, startup_done)
from quizzer.errors import QuizzerError
from quizzer.i18n import _, ngettext
from quizzer.output import clean_line_after_ctrl_c

if TYPE_CHECKING:
    from quizzer.importing import ImportInterrupted

    from quizzer.db.check_import import Mode
    from quizzer.db.results import Batch, ImportResult
    from quizzer.documents import Document, Fingerprint, Skipped

__all__ = ["register"]


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the notes of documents without touching the database."""
    from quizzer.documents import Skipped, deck_names, draft, load_documents, read_documents

    startup_done()
    if args.strict:
        loaded = load_documents(args.paths, deck=args.deck)
        drafts = [draft(document, name, str(document.path)) for document, name in loaded]
        skipped: list[Skipped] = []
    else:
        documents, skipped = read_documents(args.paths)
        if args.deck is not None and len(documents) > 1:
            raise QuizzerError(_("--deck names one deck, so give it one document, not several."))
        names = [args.deck] * len(documents) if args.deck is not None else deck_names([d.path for d in documents])
        drafts = []
        for document, name in zip(documents, names, strict=True):
            try:
                drafts.append(draft(document, name, str(document.path)))
            except QuizzerError as error:
                skipped.append(Skipped.of(document.path, error))
    _alone(bool(drafts), skipped)
    if args.json:
        print_json({"decks": [item.as_json() for item in drafts], "skipped": [item.as_json() for item in skipped]})
    else:
        from quizzer.render import print_drafts, print_skipped

        print_drafts(drafts, verbose=args.verbose)
        print_skipped(skipped, cols=common.terminal_width(sys.stderr))
    return 0 if drafts else 1


def _alone(done: bool, skipped: Sequence[Skipped]) -> None:
    """Nothing done and one reason why: that reason is the error (one sentence, exit 1)."""
    if not done and len(skipped) == 1:
        raise skipped[0].error()


def cmd_import(args: argparse.Namespace) -> int:
    """Import documents into decks, keeping review history of every note."""
    from quizzer.commands.exchange import PACKAGE_SUFFIXES, import_packages

    startup_done()
    packages = [path for path in args.paths if path.lower().endswith(PACKAGE_SUFFIXES)]
    documents = [path for path in args.paths if path not in packages]
    imported: list[dict[str, object]] = []
    if args.deck is not None and packages and documents:
        raise QuizzerError(_("--deck names one deck, so give it one document, not several."))
    if packages:  # Anki packages and quizzer dumps (.apkg, .colpkg, .json)
        imported = import_packages(args, packages)
        if not documents:
            if args.json:
                print_json({"imports": imported})
            return 0
    if args.strict:
        return _import_strict(args, documents, imported)
    return _import_folder(args, documents, imported)


def _import_strict(args: argparse.Namespace, documents: list[str], imported: list[dict[str, object]]) -> int:
    """``--strict``: the first problem stops everything, before anything is written."""
    from quizzer.documents import draft, load_documents
    from quizzer.paths import database_path

    from quizzer.importing import ImportInterrupted

    results = _unchanged(args, _fingerprints(args, documents, strict=True)[0])
    interrupted: ImportInterrupted | None = None
    if results is None:
        from quizzer.decks import import_documents

        loaded = load_documents(documents, deck=args.deck)
        drafts = None
        if not database_path(args.db).exists():  # nothing to compare with: a bad document fails before it is made
            drafts = [draft(document, name, str(document.path)) for document, name in loaded]
        db = open_review_db(args)  # plain sqlite3: the import's statements need no SQLAlchemy
        try:
            results = import_documents(db, loaded, now=now(), adopt=args.deck is not None, drafts=drafts,
                                       check=_check(args))
        except ImportInterrupted as stop:  # the documents before the Ctrl-C are imported: said, as any import's
            interrupted, results = stop, list(stop.batch.results)
        finally:
            db.close()
    gone = _gone(args, documents)
    if args.json:
        print_json({"imports": imported + [result.as_json() for result in results],
                    "gone": [{"deck": deck, "document": source} for deck, source in gone],
                    "deleted_before": _deleted_json(_deleted_before(args, results))})
        return 0
    from quizzer.paths import db_option
    from quizzer.render import print_imports, print_skipped, print_waiting

    print_imports(results, verbose=args.verbose)
    print_waiting(results, db_option(database_path(args.db)))
    print_skipped((), cols=common.terminal_width(sys.stderr), db_option=db_option(database_path(args.db)), gone=gone,
                  made=results, deleted=_deleted_before(args, results))
    _interrupted(interrupted)
    return 0


def _check(args: argparse.Namespace) -> Mode:
    """What the check before learning does with this import's new cards: ``--trust``, or
    ``check = false`` in the settings, lets them in (quizzer.db.check_import)."""
    from quizzer.config import load_config

    return "trust" if args.trust or not load_config().check else "check"


def _import_folder(args: argparse.Namespace, documents: list[str], imported: list[dict[str, object]]) -> int:
    """Import what can be imported, one transaction a document; list what was skipped, and the decks
    whose documents are no longer in a folder imported."""
    import dataclasses

    from quizzer.db.results import Batch
    from quizzer.documents import read_documents

    from quizzer.importing import ImportInterrupted

    found, left_out = _fingerprints(args, documents, strict=False)
    known = _unchanged(args, found)
    interrupted: ImportInterrupted | None = None
    if known is not None:
        batch = Batch(tuple(known), tuple(left_out), ())
    else:
        loaded, skipped = read_documents(documents)
        if args.deck is not None and len(loaded) > 1:
            raise QuizzerError(_("--deck names one deck, so give it one document, not several."))
        try:
            batch = _import_changed(args, loaded, skipped)
        except ImportInterrupted as stop:  # the documents before the Ctrl-C are imported: said, as any import's
            clean_line_after_ctrl_c()
            interrupted, batch = stop, stop.batch
    batch = dataclasses.replace(batch, gone=_gone(args, documents))
    if interrupted is None:
        _alone(bool(batch.results or imported), batch.skipped)
    if args.json:
        data = batch.as_json()
        data["imports"] = imported + list(data["imports"])  # type: ignore[call-overload]
        data["deleted_before"] = _deleted_json(_deleted_before(args, batch.results))
        print_json(data)
    else:
        from quizzer.paths import database_path, db_option
        from quizzer.render import print_imports, print_skipped, print_waiting

        if batch.results:
            print_imports(batch.results, verbose=args.verbose)
            print_waiting(batch.results, db_option(database_path(args.db)))
        print_skipped(batch.skipped, batch.moved, cols=common.terminal_width(sys.stderr),
                      db_option=db_option(database_path(args.db)), gone=batch.gone, made=batch.results,
                      deleted=_deleted_before(args, batch.results))
    _interrupted(interrupted)
    return 0 if batch.results or imported else 1


def _interrupted(stop: ImportInterrupted | None) -> None:
    """After a Ctrl-C, what was imported having been shown: how many documents it left out and which one it
    stopped at; then the command ends as a Ctrl-C does ('Interrupted.', status 130)."""
    if stop is None:
        return
    left = stop.left
    if left:
        say(ngettext(
            "{count} document was not imported (the Ctrl-C came at {document}); the same command imports it.",
            "{count} documents were not imported (the Ctrl-C came at {document}); the same command imports them.",
            len(left)).format(count=len(left), document=left[0]), sys.stderr, paths=[left[0]])
    raise KeyboardInterrupt


def _deleted_json(deleted: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"deck": deck, "backup": backup} for deck, backup in deleted]


def _deleted_before(args: argparse.Namespace, results: Sequence[ImportResult]) -> list[tuple[str, str]]:
    """The decks this import made that a ``quizzer delete`` took out before, each with its newest
    backup (deck, backup file): the new deck has none of the history the backup holds."""
    from quizzer.commands.delete import latest_backup
    from quizzer.paths import database_path

    database = database_path(args.db)
    found = [(result.deck, latest_backup(database, result.deck)) for result in results if result.new_deck]
    return [(deck, str(backup)) for deck, backup in found if backup is not None]


def _gone(args: argparse.Namespace, paths: list[str]) -> tuple[tuple[str, str], ...]:
    """The decks filled from a document under a folder of ``paths`` that is not there any more (deleted,
    or moved where this import did not find it): the person is told what became of their cards."""
    import os
    from pathlib import Path

    from quizzer.db.deck_sources import deck_sources
    from quizzer.origins import Origin, deck_origin
    from quizzer.paths import database_path

    folders = [folder.resolve() for folder in (Path(path).expanduser() for path in paths) if folder.is_dir()]
    decks = deck_sources(database_path(args.db)) if folders else []
    if isinstance(decks, str):  # the database could not be read: the import said so already
        return ()
    return tuple((deck, source) for deck, source in decks
                 if deck_origin(source) is Origin.DOCUMENT and any(Path(source).is_relative_to(f) for f in folders)
                 and not os.path.exists(source))  # (False, never an error, for a name too long)


def _fingerprints(
    args: argparse.Namespace, paths: list[str], *, strict: bool
) -> tuple[list[tuple[Fingerprint, str | None]], list[Skipped]]:
    """The documents named, each with the deck it fills when that is known without
    the database (``--deck``; ``--strict``: the file name), and the paths that hold
    none.  No documents when any could not be read, or ``--strict`` meets a path
    that holds none: the full path says why."""
    from quizzer.documents import deck_names, fingerprint, gather
    from quizzer.text import nfc

    files, skipped = gather(paths)
    if (strict and skipped) or (args.deck is not None and len(files) > 1):
        return [], skipped
    found = [fingerprint(path) for path in files]
    read = [item for item in found if item is not None]
    if len(read) < len(found):
        return [], skipped
    if args.deck is not None:
        names: list[str | None] = [nfc(args.deck)] * len(read)
    elif strict:
        names = list(deck_names(files))
    else:
        names = [None] * len(read)
    return list(zip(read, names, strict=True)), skipped


def _unchanged(
    args: argparse.Namespace, documents: list[tuple[Fingerprint, str | None]]
) -> list[ImportResult] | None:
    """When every document is what its deck was last imported from, by this quizzer,
    importing changes nothing: the results, read on the plain sqlite3 connection
    (SQLAlchemy not imported, nothing extracted or written).  Else None: the full path.
    A deck name of None: the deck filled from that document."""
    from quizzer.db.lite import open_lite
    from quizzer.db.migrations import CURRENT
    from quizzer.db.stamps import unchanged_all
    from quizzer.paths import database_path

    if not documents:
        return None
    lite = open_lite(database_path(args.db), CURRENT)
    if lite is None:  # no database yet, or one to upgrade
        return None
    try:
        if not builtin_decks_current(lite):
            return None
        with lite.reading() as connection:
            results = unchanged_all(connection, documents)
    finally:
        lite.close()
    if results is not None and any(result.waiting for result in results) and _check(args) == "trust":
        return None  # --trust lets in the cards still waiting for a check: the full path
    return results


def _import_changed(args: argparse.Namespace, loaded: list[Document], skipped: list[Skipped]) -> Batch:
    """The full path: plan the decks, extract, write (one transaction a document)."""
    from quizzer.db.results import Batch
    from quizzer.documents import Skipped, deck_names, draft
    from quizzer.importing import import_paths
    from quizzer.output import progress_bar
    from quizzer.paths import database_path

    size = sum(len(document.text) for document in loaded)
    new_file = not database_path(args.db).exists()
    # A first import reads every document before the database is made (a batch with nothing to import
    # makes none): that reading is the first half of the bar, the writing its second (240 documents
    # sat 30 s on a blank terminal before the bar came).
    with progress_bar(_("Importing"), size=size) as progress:
        drafts = {}
        if new_file:
            names = [args.deck] * len(loaded) if args.deck is not None else deck_names([d.path for d in loaded])
            read = 0
            for document, name in zip(list(loaded), names, strict=True):
                try:
                    drafts[document.path] = draft(document, name, str(document.path))
                except QuizzerError as error:
                    skipped.append(Skipped.of(document.path, error))
                    loaded.remove(document)
                read += len(document.text)
                if progress is not None:
                    progress(read, 2 * size)
        if not loaded:
            return Batch((), tuple(skipped), ())
        if progress is not None and new_file:
            written = progress

            def progress(done: int, total: int) -> None:  # the second half: what is written of what was read
                written(size + done * size // max(total, 1), 2 * size)

        db = open_review_db(args)  # plain sqlite3: the import's statements need no SQLAlchemy
        try:
            return import_paths(db, (), now=now(), deck=args.deck, loaded=loaded, skipped=skipped,
                                drafts=drafts, progress=progress, check=_check(args))
        finally:
            db.close()


def register(add: AddCommand) -> None:
    extract = add("extract", cmd_extract, _("Show the notes quizzer finds in documents (the database is not touched)."))
    extract.add_argument("paths", nargs="+", metavar="PATH", help=_(
        "notes files (.md, .markdown, .txt, or no suffix) or folders (their .md and .markdown files)"))
    extract.add_argument("--deck", metavar="NAME", type=deck_name, help=_("deck name (default: the file name without .md)"))
    extract.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    _batch_options(extract)

    importer = add(
        "import", cmd_import,
        _("Import documents into decks (re-importing keeps every card's history), Anki decks (.apkg, .colpkg) "
          "or a quizzer dump (.json)."),
    )
    importer.add_argument("paths", nargs="+", metavar="PATH",
                          help=_("notes files (.md, .markdown, .txt, or no suffix) or folders (their .md and "
                                 ".markdown files); .apkg/.colpkg files; .json dumps"))
    importer.add_argument("--deck", metavar="NAME", type=deck_name,
                          help=_("deck name (default: the file name without .md, or the Anki package's deck)"))
    importer.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    _batch_options(importer)
    importer.add_argument("--replace", action="store_true",
                          help=_("a .json dump: put its decks in place of differing decks of the same name"))
    importer.add_argument("--trust", action="store_true",
                          help=_("learn the new cards at once: no kind of card waits for 'quizzer check' "
                                 "(kinds you held back stay held)"))


def _batch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--strict", action="store_true",
                        help=_("stop at the first document that cannot be read, before anything is written"))
    parser.add_argument("--verbose", action="store_true", help=_("print every warning, not only the first few"))
