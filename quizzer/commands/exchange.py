"""Commands that move decks out of quizzer: ``export`` and ``backup``.

``import`` (in :mod:`quizzer.commands.notes`) reads these files back.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from quizzer.commands.common import AddCommand, now, open_db, print_json, say, startup_done, today
from quizzer.text import visible

if TYPE_CHECKING:
    from quizzer.exchange.anki_import import AnkiImportResult
    from quizzer.exchange.anki_map import ImportPlan

__all__ = ["register"]

BIG = 5_000  # notes: from here on a progress bar shows (on a terminal)


def _export(args: argparse.Namespace, fmt: str, default: str | None = None) -> int:
    from quizzer.exchange.export import ExportRequest, export
    from quizzer.exchange.files import default_name, output_path
    from quizzer.i18n import _
    from quizzer.output import progress_bar

    startup_done()
    db = open_db(args)
    try:
        if not args.decks:
            from quizzer.db.queries import all_decks

            with db.reading() as session:
                names = [deck.name for deck in all_decks(session)]
        else:
            from quizzer.db.queries import find_decks

            with db.reading() as session:
                names = [deck.name for deck in find_decks(session, list(args.decks))]
        target = output_path(args.output, default or default_name(names, fmt), force=args.force)
        request = ExportRequest(
            decks=tuple(names), format=fmt, target=target,
            with_history=getattr(args, "with_history", False), flat=getattr(args, "flat", False),
        )
        with progress_bar(_("Exporting"), size=None, smallest=BIG) as progress:
            counts = export(db, request, today=today(), progress=progress)
    finally:
        db.close()
    if args.json:
        print_json({"file": str(target), "format": fmt, "notes": counts.notes, "cards": counts.cards,
                    "reviews": counts.reviews, "left_out_by_check": counts.left_out})
    else:
        from quizzer.i18n import count_cards, count_notes, count_reviews, ngettext

        notes, cards = count_notes(counts.notes), count_cards(counts.cards)
        if request.with_history or fmt == "json":
            wrote = _("Wrote {file}: {notes}, {cards}, {reviews}.").format(
                file=target, notes=notes, cards=cards, reviews=count_reviews(counts.reviews))
        elif fmt == "apkg":  # '0 reviews' read as a history lost: it was left out, and can be taken along
            wrote = _("Wrote {file}: {notes}, {cards}; not their schedule or review log (--with-history "
                      "takes them along).").format(file=target, notes=notes, cards=cards)
        else:  # a text file holds no schedule
            wrote = _("Wrote {file}: {notes}, {cards}.").format(file=target, notes=notes, cards=cards)
        say(visible(wrote), paths=[target])
        if counts.left_out:
            from quizzer.paths import db_option
            from quizzer.to_copy import quizzer_command

            command = quizzer_command("check", db_option=db_option(db.path))
            say(ngettext(
                "Left out {count} card that {command} keeps out of review (waiting for it or held back by it).",
                "Left out {count} cards that {command} keeps out of review (waiting for it or held back by it).",
                counts.left_out).format(count=counts.left_out, command=command), command=command)
    return 0


PACKAGE_SUFFIXES = (".apkg", ".colpkg", ".json")


def import_packages(args: argparse.Namespace, paths: list[str]) -> list[dict[str, object]]:
    """``quizzer import`` of Anki packages and quizzer dumps; prints a line for each unless --json."""
    from quizzer.errors import QuizzerError
    from quizzer.i18n import _

    if args.deck is not None and (len(paths) > 1 or paths[0].lower().endswith(".json")):
        raise QuizzerError(_("--deck renames the deck of one markdown document or one Anki package; "
                             "quizzer dumps bring their own deck names."))
    results: list[dict[str, object]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.is_file():
            raise QuizzerError(_("There is no file at {path}.").format(path=path), paths=(path,))
        if path.suffix.lower() == ".json":
            results.append(_restore(args, path))
        else:
            results.append(_import_anki(args, path))
    return results


def _restore(args: argparse.Namespace, path: Path) -> dict[str, object]:
    from quizzer.exchange.dump import parse, restore
    from quizzer.i18n import _, count_cards, count_decks, count_notes, count_reviews

    from quizzer.errors import QuizzerError, os_reason

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise QuizzerError(_("Cannot read {path}: {reason}.").format(path=path, reason=os_reason(error)),
                           paths=(path,)) from None
    try:  # as a document is read: UTF-8, with or without its mark, or UTF-16 with its mark (an editor's "Unicode")
        text = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QuizzerError(_(
            "{path} is not UTF-8 text (byte {start} is invalid): a quizzer dump is UTF-8, as quizzer backup writes it."
        ).format(path=path, start=error.start), paths=(path,)) from None
    data = parse(text, str(path))
    db = open_db(args)
    try:
        with db.session() as session:
            counts = restore(session, data, replace=args.replace, source=str(path))
    finally:
        db.close()
    result: dict[str, object] = {
        "file": str(path), "decks": counts.decks, "notes": counts.notes, "cards": counts.cards,
        "reviews": counts.reviews, "unchanged": counts.unchanged, "replaced": counts.replaced,
        "created": counts.created, "controls_removed": counts.controls,
    }
    if not args.json:
        message = _("Restored {file}: {decks} ({created} created, {unchanged} already as saved, {replaced} replaced), "
                    "{notes}, {cards}, {reviews}.")
        say(visible(message.format(
            file=path, decks=count_decks(counts.decks), created=counts.created, unchanged=counts.unchanged,
            replaced=counts.replaced,
            notes=count_notes(counts.notes), cards=count_cards(counts.cards), reviews=count_reviews(counts.reviews))),
            paths=[path])
        if counts.controls:
            say(_removed_controls(counts.controls))
    return result


def _removed_controls(count: int) -> str:
    """What an Anki package or a dump held that no note keeps (as a document's lines are warned)."""
    from quizzer.i18n import ngettext

    return ngettext(
        "Terminal control characters (an escape sequence such as ESC [31m, or another control code) were removed "
        "from {count} note.",
        "Terminal control characters (an escape sequence such as ESC [31m, or another control code) were removed "
        "from {count} notes.", count).format(count=count)


def _left_out(reason: str, count: int) -> str:
    from quizzer.i18n import ngettext

    if reason == "occlusion":
        text = ngettext("Left out: {count} image occlusion note.", "Left out: {count} image occlusion notes.", count)
    elif reason == "other_template":
        text = ngettext("Left out: {count} card of a third or later card template.",
                        "Left out: {count} cards of third or later card templates.", count)
    elif reason == "no_text":
        text = ngettext("Left out: {count} note with no text on its front or back (empty, or only images or sounds).",
                        "Left out: {count} notes with no text on their front or back (empty, or only images or sounds).",
                        count)
    else:
        text = ngettext("Left out: {count} note of a note type quizzer cannot read.",
                        "Left out: {count} notes of note types quizzer cannot read.", count)
    return text.format(count=count)


def _say_document_kept(result: AnkiImportResult) -> None:
    """What became of the Anki side's changes to notes of a deck quizzer exported from a document."""
    from quizzer.i18n import ngettext
    from quizzer.origins import Origin, deck_origin

    document = result.document
    if document is None or deck_origin(document) is not Origin.DOCUMENT:
        return
    sentences = (
        (result.edited_in_anki, ngettext(
            "{count} note of {deck} was edited in Anki; quizzer keeps its text as {document} writes it: make the "
            "edit there and import that document again.",
            "{count} notes of {deck} were edited in Anki; quizzer keeps their text as {document} writes it: make "
            "the edits there and import that document again.", result.edited_in_anki)),
        (result.added_in_anki, ngettext(
            "{count} note was added to {deck} in Anki and is not in {document}: it is in review now, and the next "
            "import of that document retires it (its history kept) unless you write it there.",
            "{count} notes were added to {deck} in Anki and are not in {document}: they are in review now, and the "
            "next import of that document retires them (their history kept) unless you write them there.",
            result.added_in_anki)),
    )
    for count, sentence in sentences:
        if count:
            say(visible(sentence.format(count=count, deck=result.deck, document=document)), paths=[document])


def renamed(plan: ImportPlan, name: str, path: Path) -> ImportPlan:
    """``--deck NAME``: the package's one deck under another name."""
    from dataclasses import replace

    from quizzer.errors import QuizzerError
    from quizzer.exchange.anki_map import ImportedDeck
    from quizzer.i18n import ngettext

    if len(plan.decks) > 1:
        raise QuizzerError(ngettext("{file} holds {count} deck; --deck can rename only one.",
                                    "{file} holds {count} decks; --deck can rename only one.",
                                    len(plan.decks)).format(file=path.name, count=len(plan.decks)))
    return replace(plan, decks=tuple(ImportedDeck(name, deck.notes) for deck in plan.decks))


def _import_anki(args: argparse.Namespace, path: Path) -> dict[str, object]:
    import time

    from quizzer.config import load_config
    from quizzer.days import local_now
    from quizzer.exchange.anki_import import write_plan
    from quizzer.exchange.anki_map import plan_import, study_day_of
    from quizzer.exchange.anki_read import read_package
    from quizzer.i18n import _, count_cards, count_notes, count_reviews, ngettext

    moment = now()
    collection = read_package(path, now=moment)
    plan = plan_import(
        collection, today=today(), day_of=study_day_of(local_now().tzinfo, load_config().rollover_hour)
    )
    if args.deck is not None:
        plan = renamed(plan, args.deck, path)
    db = open_db(args)
    try:
        with db.session() as session:
            results = write_plan(session, plan, now=moment, anki_now_ms=int(time.time() * 1000))  # Anki's clock
    finally:
        db.close()
    result: dict[str, object] = {
        "file": str(path), "decks": [r.as_json() for r in results], "skipped": plan.skipped, "media": plan.media,
        "media_references": plan.media_references, "controls_removed": plan.controls, "fields_left": plan.fields_left,
        "clozes": {"notes": plan.clozes[0], "made": plan.clozes[1]},
    }
    if not args.json:
        for r in results:
            say(visible(_("Imported {deck} from {file}: {added} added, {updated} with new text, {rescheduled} with only "
                            "a new schedule, {unchanged} unchanged; {cards} and {reviews} added.").format(
                deck=r.deck, file=path.name, added=count_notes(r.added), updated=r.updated,
                rescheduled=r.rescheduled, unchanged=r.unchanged,
                cards=count_cards(r.cards), reviews=count_reviews(r.reviews))))
            _say_document_kept(r)
        if plan.clozes[0]:
            say(ngettext("A cloze note's gaps are notes of their own in quizzer: {count} cloze note made {notes}.",
                         "A cloze note's gaps are notes of their own in quizzer: {count} cloze notes made {notes}.",
                         plan.clozes[0]).format(count=plan.clozes[0], notes=count_notes(plan.clozes[1])))
        for reason, count in plan.skipped.items():
            say(_left_out(reason, count))
        if plan.media:
            say(ngettext("Left out: {count} media file (quizzer shows text only).",
                           "Left out: {count} media files (quizzer shows text only).", plan.media).format(count=plan.media))
        if plan.media_references:
            say(ngettext("Left out: {count} sound or picture reference in the notes' text (quizzer shows text only).",
                           "Left out: {count} sound or picture references in the notes' text (quizzer shows text only).",
                           plan.media_references).format(count=plan.media_references))
        if plan.fields_left:
            say(ngettext("Left out: the text of fields after the first two, in {count} note whose cards show it "
                         "(quizzer keeps a note's first field as its front and its second as its back).",
                         "Left out: the text of fields after the first two, in {count} notes whose cards show it "
                         "(quizzer keeps a note's first field as its front and its second as its back).",
                         plan.fields_left).format(count=plan.fields_left))
        if plan.controls:
            say(_removed_controls(plan.controls))
        if not results:
            say(visible(_("{file} holds no notes quizzer can use.").format(file=path.name)))
    return result


FORMATS = ("apkg", "txt", "json")


def export_format(chosen: str | None, output: str | None) -> str:
    """The format to write: --format, else the extension of -o, else apkg; a
    contradicting pair (``--format apkg -o out.txt``) and an extension of no format
    without --format (``-o out.csv``) are refused."""
    from quizzer.errors import QuizzerError
    from quizzer.i18n import _

    suffix = Path(output).suffix.lower().lstrip(".") if output else ""
    if suffix == "colpkg":  # Anki opens one as a whole collection, in place of the user's own
        raise QuizzerError(_("{file} names an Anki collection package, which replaces a whole collection in Anki; "
                             "export the decks as .apkg instead.").format(file=output), paths=(output or "",))
    named = suffix if suffix in FORMATS else None
    if chosen is None and suffix and named is None:  # out.csv would get an Anki package under a text file's name
        raise QuizzerError(_("quizzer does not know what to write as {file}; name it .apkg, .txt or .json, "
                             "or choose the format with --format.").format(file=output), paths=(output or "",))
    if chosen is not None and named is not None and chosen != named:
        raise QuizzerError(_("--format {format} does not match the file name {file}; "
                             "give one of them, or make them agree.").format(format=chosen, file=output), paths=(output or "",))
    return chosen or named or "apkg"


def cmd_export(args: argparse.Namespace) -> int:
    """Export decks to an Anki package, Anki's text format or a JSON dump."""
    return _export(args, export_format(args.format, args.output))


def cmd_backup(args: argparse.Namespace) -> int:
    """Every deck (or those named), with cards, state and reviews, as JSON."""
    if args.output and Path(args.output).suffix.lower() in (".apkg", ".colpkg", ".txt"):
        from quizzer.errors import QuizzerError
        from quizzer.i18n import _

        from quizzer.paths import database_path, db_option
        from quizzer.to_copy import quizzer_command

        command = quizzer_command("export", db_option=db_option(database_path(args.db)))
        raise QuizzerError(_("A backup is a JSON file, but {file} names another format; "
                             "for Anki use {command} (add --with-history to keep the schedule), "
                             "or give the backup a .json name.").format(file=args.output, command=command),
                           command=command, paths=(args.output,))
    import datetime as dt

    return _export(args, "json", default=f"quizzer-backup-{dt.date.today().isoformat()}.json")


def register(add: AddCommand) -> None:
    from quizzer.i18n import _

    export = add("export", cmd_export, _("Export decks for Anki (.apkg, .txt) or as a complete JSON dump."))
    export.add_argument("decks", nargs="*", metavar="DECK", help=_("decks to export (default: every deck)"))
    export.add_argument("--format", choices=FORMATS, default=None,
                        help=_("file format (default: the extension of -o's file, else apkg)"))
    export.add_argument("-o", "--output", metavar="FILE", help=_("file or folder to write (default: DECK.FORMAT here)"))
    export.add_argument("--with-history", action="store_true",
                        help=_("apkg: carry each card's schedule and review log (needs: pip install 'quizzer[anki]')"))
    export.add_argument("--flat", action="store_true", help=_("apkg/txt: one Anki deck, no subdecks from headings"))
    export.add_argument("--force", action="store_true", help=_("overwrite the file if it exists"))
    export.add_argument("--json", action="store_true", help=_("print what was written as JSON"))

    backup = add("backup", cmd_backup, _("Save every deck with its cards, state and reviews as JSON (quizzer import restores it)."))
    backup.add_argument("decks", nargs="*", metavar="DECK", help=_("decks to save (default: every deck)"))
    backup.add_argument("-o", "--output", metavar="FILE",
                        help=_("file or folder to write (default: quizzer-backup-DATE.json here)"))
    backup.add_argument("--force", action="store_true", help=_("overwrite the file if it exists"))
    backup.add_argument("--json", action="store_true", help=_("print what was written as JSON"))
