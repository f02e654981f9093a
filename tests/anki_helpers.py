"""Helpers for the tests that use a real Anki collection (the ``anki`` package)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from quizzer.db import Database
from quizzer.db.models import Card, Deck, Note

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 3, 1, 1, 0, tzinfo=UTC)

#: Note text that HTML, Anki's [sound:] tags or its templates would eat if not escaped.
TRICKY = (
    ("syntax", "docker image rm 옵션 이미지이름<:태그>", "이미지를 지운다 (여러 개: 공백으로 구분)", "docker image rm", None),
    ("command", "docker pull", "pull name[:tag | @IMAGE_DIGEST] from a registry", "docker pull", "docker pull nginx:1.25"),
    ("command", "docker evil", "<script>document.title='pwned'</script> runs nothing", "docker evil", None),
    ("flag", "-x", "<img src=x onerror=\"document.title='pwned'\"> & shows as text", "docker run", "docker run -x  ubuntu\n  bash"),
    ("option", "--sound", "[sound:boom.mp3] {{Front}} [latex]x^2[/latex] &amp;", "docker run", None),
    ("concept", "용어 <b>굵게</b>", "정의   with   spaces", None, "line one\nline two"),
    ("step", "설치 — step 1", "apt install docker.io", None, "설치"),
)


def anki() -> Any:
    return pytest.importorskip("anki.collection")


def make_tricky_deck(db: Database, name: str = "tricky") -> None:
    """A deck straight through the ORM, with every tricky text above (reverse cards where quizzer makes them)."""
    from quizzer.db.sync import card_ords

    with db.session() as s:
        deck = Deck(name=name, source=f"/notes/{name}.md", created_at=NOW)
        s.add(deck)
        s.flush()
        for n, (kind, front, back, command, context) in enumerate(TRICKY):
            note = Note(
                deck_id=deck.id, key=f"{name}|{kind}|{command or ''}|{front}", kind=kind, front=front, back=back,
                command=command, context=context, answers=[], section=["Docker", f"Part {n % 2}"],
                tags=["Docker", f"Part_{n % 2}"], line=n + 3, position=None, doc_order=n, created_at=NOW,
                updated_at=NOW,
            )
            s.add(note)
            s.flush()
            for ord_ in card_ords(kind):
                s.add(Card(note_id=note.id, deck_id=deck.id, ord=ord_, new_rank=n))


def open_collection(path: Path) -> Any:
    path.parent.mkdir(parents=True, exist_ok=True)
    return anki().Collection(str(path))


def import_package(col: Any, package: Path) -> Any:
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    options = ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=options))


def answer(col: Any, card_id: int, rating: str) -> None:
    """Answer one card in real Anki (v3 scheduler): rating is AGAIN, HARD, GOOD or EASY."""
    from anki.scheduler.v3 import CardAnswer

    card = col.get_card(card_id)
    card.start_timer()
    states = col._backend.get_scheduling_states(card.id)
    col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=getattr(CardAnswer, rating)))


def build_anki_collection(path: Path) -> dict[str, Any]:
    """A collection made in Anki: Basic (with reviews and a lapse), reversed (one card suspended),
    a cloze note with two gaps, a type-in note, an image occlusion note.  Returns ids to check."""
    col = open_collection(path)
    try:
        verbs = col.decks.id("Spanish::Verbs")
        top = col.decks.id("Spanish")

        def add(model: str, deck: int, tags: list[str], **fields: str) -> Any:
            note = col.new_note(col.models.by_name(model))
            for name, value in fields.items():
                note[name.replace("_", " ")] = value
            note.tags = tags
            col.add_note(note, deck)
            return note

        basic = add("Basic", verbs, ["verb", "leech"], Front="hablar <b>(yo)</b>", Back="hablo &amp; <i>I speak</i><br>2nd line")
        rev = add("Basic (and reversed card)", top, ["noun"], Front="el perro", Back="the dog")
        cloze = add("Cloze", top, [], Text="{{c1::Seoul}} is the capital of {{c2::Korea::country}}", Back_Extra="geo")
        typed = add("Basic (type in the answer)", verbs, [], Front="comer (yo)", Back="como")
        try:
            add("Image Occlusion", top, [], Occlusion="{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2:oi=1}}",
                Image='<img src="map.png">')
            occlusion = 1
        except Exception:  # this Anki would not make one without the image
            occlusion = 0
        (basic_card,) = basic.card_ids()
        for rating in ("EASY", "GOOD", "AGAIN", "GOOD"):  # graduate, review, lapse, relearn
            if col.get_card(basic_card).type == 2:
                col.sched.set_due_date([basic_card], "0")
            answer(col, basic_card, rating)
        if col.get_card(basic_card).type != 2:
            col.sched.set_due_date([basic_card], "0")
            answer(col, basic_card, "GOOD")
        col.sched.set_due_date([basic_card], "5")
        forward, backward = sorted(rev.card_ids(), key=lambda cid: col.get_card(cid).ord)
        answer(col, forward, "GOOD")  # learning
        col.sched.suspend_cards([backward])
        return {
            "basic": basic.guid, "rev": rev.guid, "cloze": cloze.guid, "typed": typed.guid, "occlusion": occlusion,
            "basic_card": basic_card, "forward": forward, "backward": backward,
        }
    finally:
        col.close()


def export_with_anki(path: Path, target: Path, *, legacy: bool = False) -> None:
    """Anki's own exporter, scheduling and media included."""
    from anki.collection import ExportAnkiPackageOptions

    col = open_collection(path)
    try:
        options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy)
        col.export_anki_package(out_path=str(target), options=options, limit=None)
    finally:
        col.close()
