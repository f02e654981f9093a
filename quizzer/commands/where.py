"""``quizzer where``: the files quizzer reads and writes, and why those.

Nothing is created or changed: a database that does not exist yet is said to
be so, one that does is read without opening it for writing.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import NamedTuple

from quizzer.commands.common import AddCommand, print_json
from quizzer.i18n import N_

__all__ = ["Locations", "locations", "register"]


class Locations(NamedTuple):  # not a dataclass: `quizzer --help` imports this module, and dataclasses costs ~15 ms
    database: Path
    database_from: str
    settings: Path
    settings_from: str
    builtin_decks: Path | None


def locations(db: str | None) -> Locations:
    """Where the database and the settings are, with what chose each."""
    from quizzer.paths import builtin_decks, config_path, database_path

    if db:
        database_from = "--db"
    elif os.environ.get("QUIZZER_DB"):
        database_from = "$QUIZZER_DB"
    elif os.environ.get("QUIZZER_HOME"):
        database_from = "$QUIZZER_HOME"
    else:
        database_from = N_("your data folder")
    if os.environ.get("QUIZZER_CONFIG"):
        settings_from = "$QUIZZER_CONFIG"
    elif os.environ.get("QUIZZER_HOME"):
        settings_from = "$QUIZZER_HOME"
    else:
        settings_from = N_("your config folder")
    shipped = builtin_decks()
    return Locations(database_path(db), database_from, config_path(), settings_from,
                     shipped[0].parent if shipped else None)


def _deleted(database: Path) -> tuple[Path, int] | None:
    """The folder of the backups ``quizzer delete`` keeps, and how many it holds (None: none)."""
    from quizzer.commands.delete import FOLDER

    folder = database.parent / FOLDER
    try:
        count = sum(1 for path in folder.glob("*.json") if path.is_file())
    except OSError:
        return None
    return (folder, count) if count else None


def cmd_where(args: argparse.Namespace) -> int:
    """Show where the database, the settings and the decks' documents are."""
    from quizzer.config import load_config, unknown_decks
    from quizzer.i18n import _, ngettext

    from quizzer.db.deck_sources import deck_sources

    where = locations(args.db)
    decks = deck_sources(where.database)
    deleted = _deleted(where.database)
    if isinstance(decks, list) and where.settings.is_file():
        from quizzer.paths import db_option

        unknown_decks(load_config(where.settings), [name for name, _source in decks], where=where.settings,
                      db_option=db_option(where.database))
    if args.json:
        print_json({
            "database": {"path": str(where.database), "from": where.database_from, "exists": where.database.exists()},
            "settings": {"path": str(where.settings), "from": where.settings_from, "exists": where.settings.exists()},
            "builtin_decks": str(where.builtin_decks) if where.builtin_decks else None,
            "decks": [{"name": name, "source": source} for name, source in decks] if isinstance(decks, list) else None,
            "deleted_decks": {"path": str(deleted[0]), "backups": deleted[1]} if deleted else None,
        })
        return 0
    from quizzer.text import pad, visible, width

    state = _("exists") if where.database.exists() else _("not created yet")
    rows = [  # label, what it says, the path in it (kept whole)
        (_("database"), _("{path}  ({state}; from {source})").format(
            path=where.database, state=state, source=_(where.database_from)), where.database),
        (_("settings"), _("{path}  ({state}; from {source})").format(
            path=where.settings, source=_(where.settings_from),
            state=_("exists") if where.settings.exists() else _("not there: the defaults apply")), where.settings),
        (_("built-in decks"), str(where.builtin_decks or _("none")), where.builtin_decks or ""),
    ]
    if deleted:  # kept as every backup quizzer makes: nothing of quizzer removes one, not even a restore
        rows.append((_("deleted decks"), ngettext(
            "{path}  ({count} backup of a deleted deck; quizzer never removes it: delete the file in that folder "
            "when you no longer need it)",
            "{path}  ({count} backups of deleted decks; quizzer never removes them: delete the files in that folder "
            "when you no longer need them)",
            deleted[1]).format(path=deleted[0], count=deleted[1]), deleted[0]))
    from quizzer.commands.common import terminal_width

    cols = terminal_width()
    labels = max(width(label) for label, _value, _path in rows)
    lines = [_beside(pad(label, labels) + "  ", value, cols, str(path)) for label, value, path in rows]
    if isinstance(decks, str):
        lines.append(decks)
    elif decks:
        lines.append(_("decks and the documents they come from:"))
        names = max(width(name) for name, _source in decks)
        from quizzer.origins import Origin, deck_origin

        shown = [(name, _("imported from an Anki package (no document)") if deck_origin(source) is Origin.ANKI else source)
                 for name, source in decks]  # an Anki deck's source names no file
        gone = [name for name, source in decks
                if deck_origin(source) is Origin.DOCUMENT and not Path(source).exists()]
        lines += [_beside(f"  {pad(name, names)}  ", source + ("  " + _("(not there any more)") if name in gone else ""),
                          cols, source) for name, source in shown]
        if gone:  # its cards still come up: say how it follows its document (quizzer.importing)
            lines.append(_beside("", _("A deck whose document is not there any more stays in review; if you moved or renamed "
                           "the document, import it from where it is now and the deck follows it."), cols))
    print("\n".join(visible(line) for line in lines))
    return 0


def _beside(head: str, value: str, cols: int | None, path: str = "") -> str:
    """``head`` then ``value``; on a terminal, ``value`` wrapped between words to the columns left
    beside ``head`` (the terminal cut a path or a Korean word at 40 columns), whole to a pipe.
    ``path`` (in ``value``) is never broken: where the wrap would cut it or fold a space in it, it
    goes on a line of its own, whole, and the terminal wraps a longer one itself (copied, it is one
    line: a line break of ours pasted a newline and spaces into it)."""
    if cols is None:
        return head + value
    from quizzer.text import width, wrap_around

    room = cols - width(head)
    if room < 16:  # too little beside it: the value goes under it, indented (a deck's document at 40 columns)
        under = "    " if head.strip() else ""
        return "\n".join([*([head.rstrip()] if under else []),
                          *(under + line for line in wrap_around(value, cols - len(under), path))])
    first, *rest = wrap_around(value, room, path) or [""]
    return "\n".join([head + first, *(" " * width(head) + line for line in rest)])


def register(add: AddCommand) -> None:
    from quizzer.i18n import _

    where = add("where", cmd_where, _("Show where the database, the settings file and the decks' documents are."))
    where.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
