"""quizzer's own .apkg export imported into another database: it merges into the deck of the
same notes (by the guids their stable keys give) and brings the progress; a deck of the same
name with other notes is refused with advice that works (``--deck NAME``)."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest

from quizzer.commands.common import today
from quizzer.db import open_database
from quizzer.db.models import Card, Deck, Note, Review

from tests.test_dump import UTC, cli

BUILTIN = "docker-containers.ko"


def study(db_path: Path) -> None:
    """Three cards of the built-in deck answered (passing grades: Anki keeps them exactly)."""
    day = today()
    db = open_database(db_path)
    try:
        with db.session() as s:
            cards = (s.query(Card).join(Deck, Deck.id == Card.deck_id).filter(Deck.name == BUILTIN)
                     .order_by(Card.id).all()[:3])
            for n, card in enumerate(cards):
                for r in range(n + 1):
                    at = dt.datetime.combine(day - dt.timedelta(days=10 - r), dt.time(3, n), UTC)
                    s.add(Review(card_id=card.id, reviewed_at=at, grade=3 + (n + r) % 3, day=at.date(), drill=False,
                                 duration_ms=2000, prev_reps=r, prev_interval=r, prev_ef_centi=250, interval=r + 1,
                                 ef_centi=250, due=day + dt.timedelta(days=n + 1)))
                card.reps, card.interval, card.due = n + 1, n + 1, day + dt.timedelta(days=n + 1)
    finally:
        db.close()


def progress(db_path: Path) -> dict[tuple[str, int], tuple[object, ...]]:
    db = open_database(db_path)
    try:
        with db.reading() as s:
            out: dict[tuple[str, int], tuple[object, ...]] = {}
            for card, note in (s.query(Card, Note).join(Note, Note.id == Card.note_id)
                               .join(Deck, Deck.id == Card.deck_id).filter(Deck.name == BUILTIN)):
                reviews = [(r.reviewed_at, r.grade) for r in
                           s.query(Review).filter(Review.card_id == card.id).order_by(Review.reviewed_at)]
                out[(note.key, card.ord)] = (card.interval, card.ef_centi, card.due, card.suspended, tuple(reviews))
            return out
    finally:
        db.close()


def test_its_own_export_with_history_merges_into_the_builtin_deck(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("anki.collection")
    home, away, package = tmp_path / "home.db", tmp_path / "away.db", tmp_path / "docker.apkg"
    assert cli(capsys, "--db", str(home), "decks")[0] == 0
    study(home)
    rc, _, err = cli(capsys, "--db", str(home), "export", BUILTIN, "--with-history", "-o", str(package))
    assert rc == 0, err
    rc, out, err = cli(capsys, "--db", str(away), "import", str(package), "--json")  # a fresh database
    assert rc == 0, err
    (result,) = json.loads(out)["imports"][0]["decks"]
    assert result["deck"] == BUILTIN and result["added"] == 0 and result["updated"] == 0 and result["reviews"] == 6
    assert result["rescheduled"] == 3  # the notes' text is the document's: only their cards took a schedule
    mine, theirs = progress(home), progress(away)
    assert theirs == mine and sum(len(p[-1]) for p in theirs.values()) == 6
    db = open_database(away)
    try:
        with db.reading() as s:
            (deck,) = s.query(Deck).all()
            assert deck.source.startswith("builtin:")  # still the deck of the notes
    finally:
        db.close()
    # once more: nothing changes, nothing doubles
    rc, out, _ = cli(capsys, "--db", str(away), "import", str(package), "--json")
    (result,) = json.loads(out)["imports"][0]["decks"]
    assert rc == 0 and result["reviews"] == 0 and result["cards"] == 0 and progress(away) == mine


def test_a_card_answered_here_keeps_its_own_schedule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home, package = tmp_path / "home.db", tmp_path / "docker.apkg"
    assert cli(capsys, "--db", str(home), "decks")[0] == 0
    assert cli(capsys, "--db", str(home), "export", BUILTIN, "-o", str(package))[0] == 0  # no history in it
    study(home)
    before = progress(home)
    rc, out, err = cli(capsys, "--db", str(home), "import", str(package))
    assert rc == 0, err
    assert "0 notes added" in out
    assert progress(home) == before


NOTES = "# Linux\n\n- **ls**: list files\n- **cp**: copy files\n"
OTHER = "# Linux\n\n- **mv**: move files\n"


def test_a_deck_of_other_notes_is_refused_and_the_advice_works(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home, away, package = tmp_path / "home.db", tmp_path / "away.db", tmp_path / "linux.apkg"
    notes = tmp_path / "a" / "linux.md"
    notes.parent.mkdir()
    notes.write_text(NOTES, encoding="utf-8")
    assert cli(capsys, "--db", str(home), "import", str(notes), "--trust")[0] == 0  # learnt: exported to Anki
    assert cli(capsys, "--db", str(home), "export", "linux", "-o", str(package))[0] == 0
    other = tmp_path / "b" / "linux.md"
    other.parent.mkdir()
    other.write_text(OTHER, encoding="utf-8")
    assert cli(capsys, "--db", str(away), "import", str(other))[0] == 0
    rc, out, err = cli(capsys, "--db", str(away), "import", str(package))
    assert rc == 1 and len(err.strip().splitlines()) == 1 and "--deck NAME" in err
    rc, out, err = cli(capsys, "--db", str(away), "import", str(package), "--deck", "linux-anki")
    assert rc == 0, err
    assert "Imported linux-anki" in out and "2 notes added" in out
    rc, out, _ = cli(capsys, "--db", str(away), "decks", "--json")
    assert {d["name"]: d["notes"] for d in json.loads(out)["decks"] if "linux" in d["name"]} == \
        {"linux": 1, "linux-anki": 2}
    rc, _, err = cli(capsys, "--db", str(away), "import", str(package), str(other), "--deck", "x")
    assert rc == 1 and "--deck" in err


def kinds(db_path: Path, deck: str) -> list[tuple[str, str | None, str, str]]:
    db = open_database(db_path)
    try:
        with db.reading() as s:
            return sorted((note.kind, note.command, note.front, note.back) for note in
                          s.query(Note).join(Deck, Deck.id == Note.deck_id).filter(Deck.name == deck))
    finally:
        db.close()


def test_its_own_export_imported_elsewhere_keeps_the_note_kinds(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every note came back a 'concept' (Anki's Basic), its command gone: the export carries
    each note's kind (the Kind field, a quizzer::KIND tag) and its command, and now the
    import reads them back."""
    pytest.importorskip("anki.collection")
    home, away, package = tmp_path / "home.db", tmp_path / "away.db", tmp_path / "docker.apkg"
    assert cli(capsys, "--db", str(home), "export", BUILTIN, "-o", str(package))[0] == 0
    rc, out, err = cli(capsys, "--db", str(away), "import", str(package), "--deck", "copy")
    assert rc == 0, err
    before, after = kinds(home, BUILTIN), kinds(away, "copy")
    assert len({kind for kind, *_ in before}) > 2  # commands, options, concepts … to keep
    assert [(kind, command) for kind, command, *_ in after] == [(kind, command) for kind, command, *_ in before]
    db = open_database(away)
    try:
        with db.reading() as s:
            tags = {tag for note in s.query(Note) for tag in note.tags}
    finally:
        db.close()
    assert not any(tag.startswith("quizzer::") for tag in tags)  # the kind is the kind, not a tag too


def answer_here(db_path: Path, deck: str, front: str, *, days_ago: int) -> None:
    """One passing answer given in quizzer ``days_ago`` days ago, the card due tomorrow."""
    day = today()
    db = open_database(db_path)
    try:
        with db.session() as s:
            card = (s.query(Card).join(Note, Note.id == Card.note_id).join(Deck, Deck.id == Card.deck_id)
                    .filter(Deck.name == deck, Note.front == front, Card.ord == 0).one())
            at = dt.datetime.combine(day - dt.timedelta(days=days_ago), dt.time(3, 0), UTC)
            s.add(Review(card_id=card.id, reviewed_at=at, grade=4, day=at.date(), drill=False, duration_ms=2000,
                         prev_reps=0, prev_interval=0, prev_ef_centi=250, interval=1, ef_centi=250,
                         due=day + dt.timedelta(days=1)))
            card.reps, card.interval, card.due = 1, 1, day + dt.timedelta(days=1)
    finally:
        db.close()


def history(db_path: Path, deck: str) -> dict[str, tuple[object, ...]]:
    """Each forward card by its front: (grades of its answers in order, due, interval)."""
    db = open_database(db_path)
    try:
        with db.reading() as s:
            out: dict[str, tuple[object, ...]] = {}
            for card, note in (s.query(Card, Note).join(Note, Note.id == Card.note_id)
                               .join(Deck, Deck.id == Card.deck_id).filter(Deck.name == deck, Card.ord == 0)):
                grades = tuple(r.grade for r in s.query(Review).filter(Review.card_id == card.id)
                               .order_by(Review.reviewed_at))
                out[note.front] = (grades, card.due, card.interval)
            return out
    finally:
        db.close()


def test_a_round_trip_through_real_anki_keeps_every_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """quizzer → .apkg → Anki (a card answered there) → quizzer: the answers given in Anki were
    dropped for a card that had answers here, and its schedule stayed quizzer's older one.  Now
    the answers newer than the card's last one here come in with Anki's schedule, both into the
    database it came from and into a fresh one that imported the same notes."""
    from tests.anki_helpers import answer, export_with_anki, import_package, open_collection

    pytest.importorskip("anki.collection")
    notes = tmp_path / "linux.md"
    notes.write_text(NOTES, encoding="utf-8")
    home, away = tmp_path / "home.db", tmp_path / "away.db"
    out_apkg, back_apkg = tmp_path / "out.apkg", tmp_path / "back.apkg"
    assert cli(capsys, "--db", str(home), "import", str(notes), "--trust")[0] == 0
    answer_here(home, "linux", "ls", days_ago=3)
    assert cli(capsys, "--db", str(home), "export", "linux", "--with-history", "-o", str(out_apkg))[0] == 0
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, out_apkg)
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            card = min(note.cards(), key=lambda c: c.ord)
            col.sched.set_due_date([card.id], "0")
            answer(col, card.id, "EASY")  # "ls" had an answer here, "cp" had none
    finally:
        col.close()
    export_with_anki(tmp_path / "anki" / "collection.anki2", back_apkg)

    rc, out, err = cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")
    assert rc == 0, err
    (result,) = json.loads(out)["imports"][0]["decks"]
    assert result["added"] == 0 and result["reviews"] == 2
    after = history(home, "linux")
    assert after["ls"][0] == (4, 5) and after["cp"][0] == (5,)
    assert all(due is not None and due > today() for _, due, _ in after.values())  # Anki's schedule, not quizzer's
    assert after["ls"][1] != today() + dt.timedelta(days=1) or after["ls"][2] != 1

    assert cli(capsys, "--db", str(away), "import", str(notes), "--trust")[0] == 0  # a fresh database
    rc, out, err = cli(capsys, "--db", str(away), "import", str(back_apkg), "--json")
    assert rc == 0, err
    assert history(away, "linux") == after
    rc, out, _ = cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")  # once more: nothing doubles
    assert rc == 0 and json.loads(out)["imports"][0]["decks"][0]["reviews"] == 0 and history(home, "linux") == after


def _studied_in_anki(tmp_path: Path, capsys: pytest.CaptureFixture[str], *, front: str | None) -> tuple[
        Path, Path, dict[str, Any], int]:
    """An Anki deck imported, then its basic card answered in Anki (its note's front changed to ``front``
    first, unless None) and the deck exported again: the database, that package, the collection's ids
    and the card's new interval."""
    from tests.anki_helpers import answer, build_anki_collection, export_with_anki, open_collection

    pytest.importorskip("anki.collection")
    source, db_path = tmp_path / "src" / "collection.anki2", tmp_path / "q.db"
    ids = build_anki_collection(source)
    col = open_collection(source)
    try:  # its answers a minute earlier: answers within a second of one another are one answer
        col.db.execute("update revlog set id = id - 60000 where cid = ?", ids["basic_card"])
    finally:
        col.close()
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    export_with_anki(source, first)
    assert cli(capsys, "--db", str(db_path), "import", str(first))[0] == 0
    col = open_collection(source)
    try:
        if front is not None:
            note = col.get_note(col.get_card(ids["basic_card"]).nid)
            note["Front"] = front
            col.update_note(note)
        col.sched.set_due_date([ids["basic_card"]], "0")
        answer(col, ids["basic_card"], "GOOD")
        interval = col.get_card(ids["basic_card"]).ivl
    finally:
        col.close()
    export_with_anki(source, second)
    return db_path, second, ids, interval


def test_a_note_edited_and_studied_in_anki_counts_as_updated_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An Anki deck imported, then a note edited and its card answered in Anki: imported again,
    the note was counted updated twice (its text, and its card's newer schedule) and an
    unchanged note less."""
    db_path, second, ids, interval = _studied_in_anki(tmp_path, capsys, front="hablar (tú)")
    rc, out, err = cli(capsys, "--db", str(db_path), "import", str(second), "--json")
    assert rc == 0, err
    (deck,) = json.loads(out)["imports"][0]["decks"]
    assert (deck["added"], deck["updated"], deck["unchanged"], deck["cards"], deck["reviews"]) == (0, 1, 4, 0, 1)
    db = open_database(db_path)
    try:
        with db.reading() as s:
            card = s.query(Card).join(Note, Note.id == Card.note_id).filter(Note.key == f"anki:{ids['basic']}").one()
            assert card.interval == interval and card.due == today() + dt.timedelta(days=interval)
    finally:
        db.close()


def test_a_note_only_studied_in_anki_is_rescheduled_not_updated(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An Anki deck imported, then one card answered in Anki, its note's text untouched: imported
    again, the note was said to be "updated", which a person reads as edited in Anki."""
    db_path, second, _ids, _interval = _studied_in_anki(tmp_path, capsys, front=None)
    rc, out, err = cli(capsys, "--db", str(db_path), "import", str(second), "--json")
    assert rc == 0, err
    (deck,) = json.loads(out)["imports"][0]["decks"]
    assert (deck["added"], deck["updated"], deck["rescheduled"], deck["unchanged"]) == (0, 0, 1, 4)
    rc, out, err = cli(capsys, "--db", str(db_path), "import", str(second))  # said so, and once more: nothing
    assert rc == 0, err
    assert "0 with new text, 0 with only a new schedule, 5 unchanged" in out


THREE = "# Linux\n\n- **ls**: list files\n- **cp**: copy files\n- **mv**: move files\n"


def _exported_a_week_on(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        answered: tuple[str, ...]) -> tuple[Path, Path, Path]:
    """THREE imported a week ago, the ``answered`` fronts answered here three days ago, the deck
    exported with its history: the database, the package out and the path for the package back."""
    notes = tmp_path / "linux.md"
    notes.write_text(THREE, encoding="utf-8")
    home, out_apkg, back_apkg = tmp_path / "home.db", tmp_path / "out.apkg", tmp_path / "back.apkg"
    assert cli(capsys, "--db", str(home), "import", str(notes), "--trust")[0] == 0
    db = open_database(home)
    try:  # the notes were imported a week ago
        with db.session() as s:
            for note in s.query(Note):
                note.created_at = note.updated_at = note.updated_at - dt.timedelta(days=7)
    finally:
        db.close()
    for front in answered:
        answer_here(home, "linux", front, days_ago=3)
    assert cli(capsys, "--db", str(home), "export", "linux", "--with-history", "-o", str(out_apkg))[0] == 0
    return home, out_apkg, back_apkg


def card_state(db_path: Path, deck: str) -> dict[str, tuple[object, ...]]:
    """Each forward card by its front: (due, interval, suspended, how many answers)."""
    db = open_database(db_path)
    try:
        with db.reading() as s:
            return {note.front: (card.due, card.interval, card.suspended,
                                 s.query(Review).filter(Review.card_id == card.id).count())
                    for card, note in (s.query(Card, Note).join(Note, Note.id == Card.note_id)
                                       .join(Deck, Deck.id == Card.deck_id).filter(Deck.name == deck, Card.ord == 0))}
    finally:
        db.close()


def test_a_card_rescheduled_or_suspended_in_anki_without_an_answer_comes_back_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """quizzer → .apkg → Anki, where one card is given a due date and another suspended, neither
    answered → quizzer: neither came back (only an answer newer than the card's last one here
    counted).  The package's card changed after quizzer's (its mod time) now brings its schedule
    and its suspension; a card untouched in Anki keeps what quizzer did since the export."""
    from tests.anki_helpers import export_with_anki, import_package, open_collection

    pytest.importorskip("anki.collection")
    home, out_apkg, back_apkg = _exported_a_week_on(tmp_path, capsys, answered=("ls", "cp", "mv"))
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, out_apkg)
        cards = {col.get_note(col.get_card(cid).nid)["Front"]: cid for cid in col.find_cards("card:1")}
        col.sched.set_due_date([cards["ls"]], "30")  # rescheduled in Anki, not answered
        col.sched.suspend_cards([cards["cp"]])  # suspended in Anki, not answered
        interval = col.get_card(cards["ls"]).ivl
    finally:
        col.close()
    export_with_anki(tmp_path / "anki" / "collection.anki2", back_apkg)
    db = open_database(home)
    try:  # meanwhile in quizzer: "mv" suspended (no answer), which the untouched package card must not undo
        with db.session() as s:
            card = (s.query(Card).join(Note, Note.id == Card.note_id)
                    .filter(Note.front == "mv", Card.ord == 0).one())
            card.suspended = True
    finally:
        db.close()
    before = card_state(home, "linux")

    rc, out, err = cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")
    assert rc == 0, err
    after = card_state(home, "linux")
    assert after["ls"] == (today() + dt.timedelta(days=30), interval, False, 1)  # Anki's due date; no answer added
    assert after["cp"][2] is True and after["cp"][:2] == before["cp"][:2]  # suspended; its schedule as it was
    assert after["mv"] == before["mv"]  # untouched in Anki: quizzer's suspension stays
    rc, out, _ = cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")  # once more: the same
    assert rc == 0 and card_state(home, "linux") == after


def test_an_anki_card_suspended_there_with_its_note_edited_comes_back_suspended(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An Anki deck imported a week ago; in Anki its note is edited and its card suspended, not answered:
    imported again, the note's new text and the suspension both come (the note's change by this very
    import is not a change of quizzer's newer than Anki's)."""
    from tests.anki_helpers import build_anki_collection, export_with_anki, open_collection

    pytest.importorskip("anki.collection")
    source, db_path = tmp_path / "src" / "collection.anki2", tmp_path / "q.db"
    ids = build_anki_collection(source)
    col = open_collection(source)
    try:  # its answers a day ago (the suspension is not within a second of them)
        col.db.execute("update revlog set id = id - 86400000 where cid = ?", ids["basic_card"])
    finally:
        col.close()
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    export_with_anki(source, first)
    assert cli(capsys, "--db", str(db_path), "import", str(first))[0] == 0
    db = open_database(db_path)
    try:
        with db.session() as s:
            for note in s.query(Note):
                note.created_at = note.updated_at = note.updated_at - dt.timedelta(days=7)
            card = s.query(Card).join(Note, Note.id == Card.note_id).filter(Note.key == f"anki:{ids['basic']}").one()
            before = (card.due, card.interval, card.suspended)
    finally:
        db.close()
    assert before[2] is False
    col = open_collection(source)
    try:
        note = col.get_note(col.get_card(ids["basic_card"]).nid)
        note["Front"] = "hablar (nosotros)"
        col.update_note(note)
        col.sched.suspend_cards([ids["basic_card"]])
    finally:
        col.close()
    export_with_anki(source, second)
    assert cli(capsys, "--db", str(db_path), "import", str(second))[0] == 0
    db = open_database(db_path)
    try:
        with db.reading() as s:
            card, note = (s.query(Card, Note).join(Note, Note.id == Card.note_id)
                          .filter(Note.key == f"anki:{ids['basic']}").one())
            assert note.front == "hablar (nosotros)"
            assert (card.due, card.interval, card.suspended) == (before[0], before[1], True)
    finally:
        db.close()


def test_a_card_changed_on_both_sides_takes_the_state_of_the_side_that_changed_it_last(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """quizzer → .apkg → Anki, where two cards get a new due date, not answered; in quizzer, one of
    them was suspended before that change in Anki, the other after it (``quizzer suspend``).  Without
    a card's own change time the second one's suspension was undone by Anki's older change; now
    the side that changed a card last gives its state (schema 16)."""
    from tests.anki_helpers import export_with_anki, import_package, open_collection

    pytest.importorskip("anki.collection")
    home, out_apkg, back_apkg = _exported_a_week_on(tmp_path, capsys, answered=("ls", "cp"))
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, out_apkg)
        cards = {col.get_note(col.get_card(cid).nid)["Front"]: cid for cid in col.find_cards("card:1")}
        col.sched.set_due_date([cards["ls"], cards["cp"]], "30")  # rescheduled in Anki, not answered
        # an hour ago, so quizzer's change below is plainly later (Anki's mod counts whole seconds)
        col.db.execute(f"update cards set mod = mod - 3600 where id in ({cards['ls']}, {cards['cp']})")
    finally:
        col.close()
    export_with_anki(tmp_path / "anki" / "collection.anki2", back_apkg)
    db = open_database(home)
    try:
        with db.session() as s:
            ids = {note.front: card.id for card, note in s.query(Card, Note).join(Note, Note.id == Card.note_id)
                   .filter(Card.ord == 0)}
            cp = s.get_one(Card, ids["cp"])  # suspended here two hours ago: before Anki's change
            cp.suspended, cp.suspended_at = True, dt.datetime.now(UTC) - dt.timedelta(hours=2)
    finally:
        db.close()
    assert cli(capsys, "--db", str(home), "suspend", str(ids["ls"]))[0] == 0  # now: after Anki's change
    before = card_state(home, "linux")

    rc, out, err = cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")
    assert rc == 0, err
    after = card_state(home, "linux")
    assert after["ls"] == before["ls"] and after["ls"][2] is True  # quizzer's suspension is the later change
    assert after["cp"][0] == today() + dt.timedelta(days=30) and after["cp"][2] is False  # Anki's is the later
    assert cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")[0] == 0  # once more: the same
    assert card_state(home, "linux") == after


def _suspend_here(capsys: pytest.CaptureFixture[str], home: Path, front: str) -> None:
    """`quizzer suspend` on the first card of the note whose front is FRONT, as a person would."""
    db = open_database(home)
    try:
        with db.reading() as s:
            card = (s.query(Card).join(Note, Note.id == Card.note_id).filter(Note.front == front, Card.ord == 0)
                    .one().id)
    finally:
        db.close()
    assert cli(capsys, "--db", str(home), "suspend", str(card))[0] == 0


def _an_hour_earlier(col: object, card_id: int) -> None:
    """The card's answers given in Anki just now and its mod there an hour back, so quizzer's change now
    is plainly later (answers that came with the package, days old, stay where they are)."""
    since = int((time.time() - 600) * 1000)
    col.db.execute(f"update revlog set id = id - 3600000 where cid = {card_id} and id > {since}")  # type: ignore[attr-defined]
    col.db.execute(f"update cards set mod = mod - 3600 where id = {card_id}")  # type: ignore[attr-defined]


def _ls_answered_in_anki(tmp_path: Path, package: Path, back: Path) -> int:
    """In a new Anki collection: ``package`` imported, "ls" made due and answered EASY an hour ago
    (:func:`_an_hour_earlier`), the collection exported to ``back``; the interval Anki gave "ls"."""
    from tests.anki_helpers import answer, export_with_anki, import_package, open_collection

    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, package)
        cards = {col.get_note(col.get_card(cid).nid)["Front"]: cid for cid in col.find_cards("card:1")}
        col.sched.set_due_date([cards["ls"]], "0")
        answer(col, cards["ls"], "EASY")
        ivl: int = col.get_card(cards["ls"]).ivl
        _an_hour_earlier(col, cards["ls"])
    finally:
        col.close()
    export_with_anki(tmp_path / "anki" / "collection.anki2", back)
    return ivl


def test_a_card_answered_in_anki_then_suspended_here_takes_the_schedule_and_keeps_the_suspension(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """quizzer → .apkg → Anki, where "ls" (never answered here) is answered; an hour later it is
    suspended here.  The import back brought Anki's answer but not its schedule, or its schedule
    with Anki's unsuspended state: per field, the schedule comes from the side that answered last
    (Anki), the suspension from the side that changed it last (quizzer)."""
    pytest.importorskip("anki.collection")
    notes = tmp_path / "linux.md"
    notes.write_text(THREE, encoding="utf-8")
    home, out_apkg, back_apkg = tmp_path / "home.db", tmp_path / "out.apkg", tmp_path / "back.apkg"
    assert cli(capsys, "--db", str(home), "import", str(notes), "--trust")[0] == 0
    assert cli(capsys, "--db", str(home), "export", "linux", "-o", str(out_apkg))[0] == 0
    ivl = _ls_answered_in_anki(tmp_path, out_apkg, back_apkg)
    _suspend_here(capsys, home, "ls")

    rc, _, err = cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")
    assert rc == 0, err
    after = card_state(home, "linux")
    assert after["ls"] == (today() + dt.timedelta(days=ivl), ivl, True, 1)  # Anki's schedule, quizzer's suspension
    assert cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")[0] == 0  # once more: the same
    assert card_state(home, "linux") == after


def test_an_anki_deck_card_answered_there_then_suspended_here_takes_the_schedule_and_keeps_the_suspension(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A deck made in Anki and imported; its "comer (yo)" card, new, is answered in Anki, and an
    hour later suspended here.  Imported again, Anki's answer came in while the card stayed new
    (no due date, no interval): its progress lost.  Now it takes Anki's schedule and stays suspended."""
    from tests.anki_helpers import answer, build_anki_collection, export_with_anki, open_collection

    pytest.importorskip("anki.collection")
    source, db_path = tmp_path / "src" / "collection.anki2", tmp_path / "q.db"
    ids = build_anki_collection(source)
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    export_with_anki(source, first)
    assert cli(capsys, "--db", str(db_path), "import", str(first))[0] == 0
    col = open_collection(source)
    try:
        (typed,) = col.find_cards('"Front:comer (yo)"')
        col.sched.set_due_date([typed], "0")
        answer(col, typed, "EASY")
        ivl = col.get_card(typed).ivl
        _an_hour_earlier(col, typed)
        guid = col.get_note(col.get_card(typed).nid).guid
    finally:
        col.close()
    export_with_anki(source, second)
    db = open_database(db_path)
    try:
        with db.reading() as s:
            card_id = s.query(Card).join(Note, Note.id == Card.note_id).filter(Note.key == f"anki:{guid}").one().id
    finally:
        db.close()
    assert cli(capsys, "--db", str(db_path), "suspend", str(card_id))[0] == 0

    rc, _, err = cli(capsys, "--db", str(db_path), "import", str(second), "--json")
    assert rc == 0, err
    db = open_database(db_path)
    try:
        with db.reading() as s:
            card = s.get_one(Card, card_id)
            answers = s.query(Review).filter(Review.card_id == card_id).count()
            assert (card.due, card.interval, card.suspended, answers) == (
                today() + dt.timedelta(days=ivl), ivl, True, 1)
            assert card.reps > 0
    finally:
        db.close()


def test_a_card_answered_here_then_in_anki_then_suspended_here_takes_ankis_schedule_and_stays_suspended(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"ls" answered here, exported with its history, answered in Anki, an hour later suspended here.
    One change time stood for the schedule and the suspension (schema 16), so the suspension here made
    quizzer's older schedule look the newer: Anki's answer entered the log, its schedule did not.  Now
    the suspension has its own time (schema 17): Anki's schedule, quizzer's suspension."""
    pytest.importorskip("anki.collection")
    home, out_apkg, back_apkg = _exported_a_week_on(tmp_path, capsys, answered=("ls",))
    # Anki's answer an hour back (not the answer from here, three days ago, the package brought)
    ivl = _ls_answered_in_anki(tmp_path, out_apkg, back_apkg)
    before = card_state(home, "linux")
    assert before["ls"][3] == 1 and before["ls"][1] != ivl  # one answer here; Anki's interval is another
    _suspend_here(capsys, home, "ls")

    rc, _, err = cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")
    assert rc == 0, err
    after = card_state(home, "linux")
    assert after["ls"] == (today() + dt.timedelta(days=ivl), ivl, True, 2)  # Anki's schedule, quizzer's suspension
    assert after["cp"] == before["cp"] and after["mv"] == before["mv"]
    assert cli(capsys, "--db", str(home), "import", str(back_apkg), "--json")[0] == 0  # once more: the same
    assert card_state(home, "linux") == after
