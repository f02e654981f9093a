"""``quizzer stats``: today, streaks, forecast, heatmap, retention, weak spots."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from quizzer.commands.common import AddCommand, open_review_db, print_json, whole_number

from quizzer.i18n import _

__all__ = ["register"]


def cmd_stats(args: argparse.Namespace) -> int:
    """Show the statistics of every deck (or of the decks named)."""
    from quizzer.config import load_config
    from quizzer.days import local_now, study_day
    from quizzer.paths import db_option
    from quizzer.db.decks import deck_refs
    from quizzer.stats.collect import collect

    if args.svg is not None:
        svg_target(args.svg, force=args.force)  # before any figure is printed: a bad path fails alone
    config = load_config()
    today = study_day(local_now(), config.rollover_hour)
    db = open_review_db(args)  # plain sqlite3: every figure is a few SQL statements, no SQLAlchemy to import
    try:
        with db.reading() as connection:
            decks = deck_refs(connection, list(args.decks)) if args.decks else None
            stats = collect(
                connection, today=today, config=config, period_days=args.days,
                deck_ids=None if decks is None else [deck.id for deck in decks],
                deck_names=None if decks is None else [deck.name for deck in decks],
                db_option=db_option(db.path),
            )
    finally:
        db.close()
    if args.json:
        print_json(stats.as_json())
        return 0
    from quizzer.stats.render import print_stats

    print_stats(stats, decks=[] if decks is None else [deck.name for deck in decks], svg=args.svg)
    return 0


def svg_target(given: str, *, force: bool = False) -> Path:
    """The picture's path, refused (one sentence) when it could not be written: a missing
    folder, a folder where the file should be, a folder that cannot be written to, and a
    file already there without ``force`` (as export and backup refuse one)."""
    from quizzer.errors import QuizzerError
    from quizzer.exchange.files import refuse_special

    path = Path(given).expanduser()
    parent = path.parent
    # each said in the interface's language (os.strerror is the C library's English: '…: No such file or directory.')
    refused = (
        _("Cannot save the picture to {path}: {parent} is a file, not a folder.") if parent.exists() and not parent.is_dir()
        else _("Cannot save the picture to {path}: there is no folder {parent}.") if not parent.is_dir()
        else _("Cannot save the picture to {path}: it is a folder; give --svg a file name.") if path.is_dir()
        else _("Cannot save the picture to {path}: it or its folder is read-only.")
        if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))
        else None
    )
    if refused is not None:
        raise QuizzerError(refused.format(path=path, parent=parent), paths=(path,))
    refuse_special(path)
    if path.exists() and not force:
        raise QuizzerError(_("{path} already exists; add --force to overwrite it, or give --svg another file.").format(path=path), paths=(path,))
    return path


def register(add: AddCommand) -> None:
    stats = add("stats", cmd_stats,
                _("Show statistics: today, streaks, the next 30 days, a heatmap, retention and weak spots."))
    stats.add_argument("decks", nargs="*", metavar="DECK", help=_("only these decks (default: all)"))
    stats.add_argument("--days", type=whole_number(1, 36500), default=30, metavar="N",
                       help=_("the period for answers, grades and weak sections, in days (default 30)"))
    stats.add_argument("--json", action="store_true", help=_("print every figure as JSON instead"))
    stats.add_argument("--svg", metavar="FILE", help=_("also save what is shown as an SVG picture"))
    stats.add_argument("--force", action="store_true", help=_("overwrite the file if it exists"))
