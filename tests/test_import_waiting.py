"""A new deck's import counts its cards waiting for the check from what it wrote
(quizzer.db.sync, quizzer.checking.questions); any other import reads them back
(quizzer.db.held.waiting_count).  Both must give the same figures, and the groups they count are the
questions `quizzer check` asks."""

from __future__ import annotations

import datetime as dt

import pytest

from quizzer.db import Database
from quizzer.db.checks import joined_shapes, waiting
from quizzer.db.held import waiting_count
from quizzer.db.lite import raw_connection
from quizzer.db.models import Deck
from quizzer.db.sync import BULK_NOTES, sync_deck
from quizzer.extract import extract

NOW = dt.datetime(2030, 3, 1, 12, tzinfo=dt.timezone.utc)

# three levels of headings (a shape keeps two), items in two sections of one heading, table rows,
# a `term: definition` line, a card written by hand (never held), notes under no heading
DEEP = """- **ls -l**: long listing, before any heading

# Shell

## Files

### Listing

- **ls -a**: show hidden files
- **ls -R**: list folders recursively

### Copying

- **cp -r**: copy a folder
- **cp -i**: ask before overwriting

## Processes

| command | meaning |
|---|---|
| `ps aux` | every process |
| `kill -9` | kill at once |

- **top -o cpu**: processes by CPU use

# Words

inode: the record of a file's blocks and owner

hello :: world
"""


def _bulk() -> str:
    """A document of more notes than BULK_NOTES, in several sections (the bulk path of a new deck)."""
    parts = []
    for n in range(BULK_NOTES + 50):
        if n % 400 == 0:
            parts.append(f"\n# Part {n // 2000}\n\n## Group {n // 400}\n\n")
        parts.append(f"- **tool{n} run**: runs the tool number {n}\n")
    return "".join(parts)


@pytest.mark.parametrize("notes", [DEEP, _bulk()], ids=["deep sections", "bulk"])
@pytest.mark.parametrize("check", ["check", "trust"])
def test_a_new_deck_counts_its_waiting_cards_as_they_are_read_back(db: Database, notes: str, check: str) -> None:
    with db.session() as session:
        result = sync_deck(session, extract(notes, deck="d", source="d.md"), now=NOW, origin="/n/d.md",
                           check=check)  # type: ignore[arg-type]
        deck_id = session.query(Deck.id).filter(Deck.name == "d").scalar()
        assert (result.waiting, result.waiting_groups) == waiting_count(raw_connection(session), deck_id)
    if check == "check":
        assert result.waiting > 0 and result.waiting_groups > 1
    else:
        assert (result.waiting, result.waiting_groups) == (0, 0)


def test_the_count_of_a_deck_imported_again_is_read_back(db: Database) -> None:
    for notes in (DEEP, DEEP.replace("- **cp -i**: ask before overwriting\n", "")):
        with db.session() as session:
            result = sync_deck(session, extract(notes, deck="d", source="d.md"), now=NOW, origin="/n/d.md",
                               check="check")
            deck_id = session.query(Deck.id).filter(Deck.name == "d").scalar()
            assert (result.waiting, result.waiting_groups) == waiting_count(raw_connection(session), deck_id)


# small groups of one rule and kind in neighbouring sections, which the check asks about together, and
# headings naming a command (a card read from its heading is grouped in the section the heading sits in)
SMALL_GROUPS = """# Tools

## Listing

- **ls -a**: show hidden files

## Copying

- **cp -r**: copy a folder

## Moving

- **mv -i**: ask before overwriting

## Disks

- **df -h**: free space, readable
- **du -sh**: size of a folder
- **lsblk -f**: file systems
- **mount -a**: mount everything listed

# Commands

### pwd

- prints the folder you are in

### whoami

- prints your user name
"""


@pytest.mark.parametrize("again", [False, True], ids=["new deck", "imported again"])
def test_the_groups_counted_are_the_questions_the_check_asks(db: Database, again: bool) -> None:
    """The import said "21 groups wait for your check" and `quizzer check` then asked "group 1/15": it
    counted shapes, and the check joins small ones of one rule and kind (quizzer.checking.joined)."""
    document = extract(SMALL_GROUPS, deck="d", source="d.md")
    with db.session() as session:
        result = sync_deck(session, document, now=NOW, origin="/n/d.md", check="check")
        if again:
            result = sync_deck(session, extract(SMALL_GROUPS + "\n- **rm -i**: ask before removing\n", deck="d",
                                                source="d.md"), now=NOW, origin="/n/d.md", check="check")
        asked = joined_shapes(waiting(session, ["d"]))
        assert len(waiting(session, ["d"])) > len(asked) > 1  # some shapes joined, not all of them
        assert result.waiting_groups == len(asked)
        assert result.waiting == sum(len(shape.cards) for shape in asked)
