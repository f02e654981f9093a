"""Commands over note documents: ``extract`` (nothing stored) and ``import``."""

from __future__ import annotations

import argparse

from quizzer.commands.common import AddCommand, now, open_db, print_json, startup_done
from quizzer.i18n import _

__all__ = ["register"]


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the notes of documents without touching the database."""
    from quizzer.documents import draft_documents

    startup_done()
    drafts = draft_documents(args.paths, deck=args.deck)
    if args.json:
        print_json({"decks": [draft.as_json() for draft in drafts]})
        return 0
    from quizzer.render import print_drafts

    print_drafts(drafts)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import documents into decks, keeping review history of every note."""
    from quizzer.decks import import_documents
    from quizzer.documents import draft, load_documents
    from quizzer.paths import database_path

    from quizzer.commands.exchange import PACKAGE_SUFFIXES, import_packages

    startup_done()
    packages = [path for path in args.paths if path.lower().endswith(PACKAGE_SUFFIXES)]
    documents = [path for path in args.paths if path not in packages]
    if packages:  # Anki packages and quizzer dumps (.apkg, .colpkg, .json)
        imported = import_packages(args, packages)
        if not documents:
            if args.json:
                print_json({"imports": imported})
            return 0
    loaded = load_documents(documents, deck=args.deck)
    drafts = None
    if not database_path(args.db).exists():  # nothing to compare with: a bad document fails before it is made
        drafts = [draft(document, name, str(document.path)) for document, name in loaded]
    db = open_db(args)
    try:
        results = import_documents(db, loaded, now=now(), adopt=args.deck is not None, drafts=drafts)
    finally:
        db.close()
    if args.json:
        print_json({"imports": (imported if packages else []) + [result.as_json() for result in results]})
        return 0
    from quizzer.render import print_imports

    print_imports(results)
    return 0


def register(add: AddCommand) -> None:
    extract = add("extract", cmd_extract, _("Show the notes quizzer finds in documents (the database is not touched)."))
    extract.add_argument("paths", nargs="+", metavar="PATH", help=_("markdown files or folders of them"))
    extract.add_argument("--deck", metavar="NAME", help=_("deck name (default: the file name without .md)"))
    extract.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))

    importer = add(
        "import", cmd_import,
        _("Import documents into decks (re-importing keeps every card's history), Anki decks (.apkg, .colpkg) "
          "or a quizzer dump (.json)."),
    )
    importer.add_argument("paths", nargs="+", metavar="PATH",
                          help=_("markdown files or folders of them; .apkg/.colpkg files; .json dumps"))
    importer.add_argument("--deck", metavar="NAME", help=_("deck name (default: the file name without .md)"))
    importer.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    importer.add_argument("--replace", action="store_true",
                          help=_("a .json dump: put its decks in place of differing decks of the same name"))
