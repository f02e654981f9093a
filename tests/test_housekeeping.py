"""Issue 9's housekeeping: one definition of each default, names that do not
collide, and the collector paused only while quizzer starts."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import quizzer.cards
import quizzer.command_line
import quizzer.db.counts
import quizzer.db.queries
import quizzer.decks
import quizzer.extract.model
import quizzer.extract.rules
import quizzer.extract.score
import quizzer.shell
from quizzer.cli import main
from quizzer.commands.common import start_up
from quizzer.config import Config, Limits, load_config
from quizzer.days import DEFAULT_ROLLOVER_HOUR
from quizzer.db import Database
from quizzer.db.models import Card
from quizzer.review.logic import DEFAULT_LEECH_LAPSES, LeechRule
from quizzer.sm2 import INITIAL_EF_CENTI, NEW, PASS_THRESHOLD, passed
from quizzer.text import HANGUL, has_hangul

from conftest import make_deck


def test_each_default_has_one_definition(tmp_path: Path) -> None:
    assert load_config(tmp_path / "none.toml") == Config()  # a missing file: exactly the defaults
    assert Config().rollover_hour == DEFAULT_ROLLOVER_HOUR
    assert Config().leech_lapses == LeechRule().lapses == DEFAULT_LEECH_LAPSES
    assert Config().limits == Limits()
    assert NEW.ef_centi == INITIAL_EF_CENTI
    assert [passed(grade) for grade in range(6)] == [grade >= PASS_THRESHOLD for grade in range(6)]


def test_a_stored_card_starts_at_the_initial_ease(db: Database) -> None:
    made = make_deck(db, "d", 1)
    with db.session() as session:
        assert session.get_one(Card, made.forward[0]).ef_centi == INITIAL_EF_CENTI


def test_one_hangul_range_and_one_list_of_option_markers() -> None:
    for module in (quizzer.shell, quizzer.cards, quizzer.extract.score, quizzer.extract.rules):
        assert module._HANGUL.pattern == f"[{HANGUL}]", module.__name__
    assert has_hangul("도커") and has_hangul("ㅋ") and not has_hangul("docker")
    assert quizzer.command_line.OPTION_MARKERS is quizzer.shell.OPTION_MARKERS
    assert "[option]" in quizzer.shell.OPTION_MARKERS


def test_names_that_collided_are_gone() -> None:
    assert not hasattr(quizzer.cards, "render")  # quizzer.render is the tables; a card's face is face_of
    assert hasattr(quizzer.cards, "face_of")
    assert not hasattr(quizzer.extract.model, "Warning")  # no builtin shadowed
    assert "ExtractWarning" in quizzer.extract.model.__all__


def test_start_up_pauses_the_collector_and_puts_it_back() -> None:
    assert gc.isenabled()
    with start_up():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with start_up():
            pass
        assert not gc.isenabled()  # as it was before
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), start_up():
        raise RuntimeError("a bug")
    assert gc.isenabled()


def test_what_paused_work_leaves_alive_is_old_and_its_cycles_are_still_freed() -> None:
    """After the work, its survivors are in the oldest generation (no young collection walks them
    at the next allocation), and a cycle it made is freed by a full collection."""
    import weakref

    from quizzer.collector import paused

    class Node:
        pass

    gc.collect()
    with paused():
        kept = [[n] for n in range(1000)]
        cycle = Node()
        cycle.me = cycle  # type: ignore[attr-defined]
        gone = weakref.ref(cycle)
        del cycle
    assert gc.isenabled() and gc.get_count()[0] < 50 and gc.get_freeze_count() == 0
    assert any(item is kept for item in gc.get_objects(generation=2))
    assert not any(item is kept for item in gc.get_objects(generation=0))
    assert gone() is not None  # not collected yet: old objects wait for a full collection
    gc.collect()
    assert gone() is None


def test_paused_leaves_objects_frozen_by_someone_else_frozen() -> None:
    from quizzer.collector import paused

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_short_commands_run_paused_long_work_collects(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    seen: dict[str, bool] = {}
    summaries = quizzer.db.counts.deck_summaries
    importing = quizzer.decks.import_documents

    def record_summaries(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["decks"] = gc.isenabled()
        return summaries(*args, **kwargs)

    def record_import(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["import"] = gc.isenabled()
        return importing(*args, **kwargs)

    monkeypatch.setattr(quizzer.db.counts, "deck_summaries", record_summaries)
    monkeypatch.setattr("quizzer.importing.import_documents", record_import)
    notes = tmp_path / "git.md"
    notes.write_text("- **git status**: show the status\n", encoding="utf-8")
    assert main(["decks"]) == 0
    assert main(["import", str(notes)]) == 0
    assert seen == {"decks": False, "import": True}
    assert gc.isenabled()


def test_an_unknown_deck_is_one_sentence_from_one_place(db: Database) -> None:
    """``cards DECK`` (ORM queries) and ``review DECK`` (the review store) say the same."""
    from quizzer.errors import QuizzerError
    from quizzer.review import store

    make_deck(db, "alpha", 1)
    with db.reading() as session, pytest.raises(QuizzerError) as from_queries:
        quizzer.db.queries.find_deck(session, "alpah")
    with db.reading() as session, pytest.raises(QuizzerError) as from_store:
        store.find_decks(session, ["alpah"])
    assert str(from_queries.value) == str(from_store.value) == "There is no deck named 'alpah' (decks: alpha)."


def test_the_screens_share_one_typed_through_and_one_lock_wait() -> None:
    """The review and quiz screens each had their own '?'-then-text binding, and only the review
    screen said it waited for another program's lock (the quiz and exam froze silently)."""
    import inspect

    import quizzer.quiz.screen
    import quizzer.tui

    for module in (quizzer.tui, quizzer.quiz.screen):
        source = inspect.getsource(module)
        assert "def _typed_through" not in source and "add_typed_through(keys, self)" in source, module.__name__
        assert "LockWait(" in source and "except DatabaseBusy" not in source, module.__name__
