"""A review day against the database: the imperative shell around the session.

Every answer is one committed transaction before the next card is chosen, so
a crash, Ctrl-C or kill -9 loses at most the card on screen.  The clock is
passed in; the screen (``quizzer.tui``) only calls these methods.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizzer.config import Config
from quizzer.days import local_now, study_day
from quizzer.errors import CardGone, DatabaseBusy, QuizzerError
from quizzer.i18n import _
from quizzer.review import as_read, day_queue, store
from quizzer.review.logic import Answer, LeechRule, answer_card
from quizzer.review.session import Session

if TYPE_CHECKING:
    from quizzer.db import Database
    from quizzer.db.lite import LiteDatabase
    from quizzer.extract.model import DeckDraft
    from quizzer.review import editing

__all__ = ["Controller", "Summary", "local_now"]


@dataclass(frozen=True, slots=True)
class _Suspension:
    """An undoable suspension: the time of the card's suspension before it (epoch ms; None: none),
    which its undo puts back (an Anki import compares it with Anki's changes)."""

    suspended_ms: int | None


@dataclass(frozen=True, slots=True)
class Summary:
    cards: int
    seconds: float
    grades: dict[int, int] = field(default_factory=dict)
    tomorrow: int = 0
    next_due: dt.date | None = None
    #: new cards a higher new-card limit would show today (those below included)
    new_waiting: int = 0
    #: of those, the ones today's limit still has room for: they came in after the review's
    #: queue was made (a sibling suspended or a note retired by another program, an import)
    new_today: int = 0
    #: the words that name the database in the commands the summary gives (:func:`quizzer.paths.db_option`)
    db_option: tuple[str, ...] = ()
    #: cards a review of the same decks shows now (new, review and re-drill): said when this one was stopped
    left: int = 0
    #: the words after ``quizzer review`` that run this review again (its decks, ``--typed``)
    again: tuple[str, ...] = ()


class Controller:
    def __init__(
        self,
        db: Database | LiteDatabase,
        *,
        config: Config,
        deck_names: Sequence[str] = (),
        again: Sequence[str] = (),
        clock: Callable[[], dt.datetime] = local_now,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        """``again``: the words after ``quizzer review`` the summary's commands give to go on with
        this review (the decks as named, ``--typed``): without them, 'run quizzer review to go on'
        after ``quizzer review git --typed`` started another review, of every deck, not typed."""
        self.db = db
        self.again = tuple(again)
        self.config = config
        self.clock = clock
        self.timer = timer
        #: False: a write gives up at once (DatabaseBusy) while another program holds the
        #: lock, so the screen can say it is waiting instead of freezing for the busy timeout
        self.wait = True
        self.leech = LeechRule(config.leech_lapses, config.leech_suspend)
        with db.reading() as s:
            decks = store.find_decks(s, list(deck_names))
            self.decks: list[store.DeckRef] = decks
            self.deck_ids = [deck.id for deck in decks]
        if not self.decks:
            from quizzer.paths import db_option
            from quizzer.to_copy import Blank, quizzer_command

            command = quizzer_command("import", Blank("NOTES.md"), db_option=db_option(db.path))
            raise QuizzerError(_("There are no decks yet; add one with {command}.").format(command=command),
                               command=command)
        # each undoable step: its review row, or the card and instant that find it (an answer
        # written in one statement, quizzer.review.as_read); or a suspension
        self._undo_rows: list[int | tuple[int, dt.date, dt.datetime] | _Suspension] = []
        self._as_read: as_read.AsRead | None = None  # the card on screen as read, for its answer
        #: the database on its plain connection when an answer can be one statement there (None: it cannot)
        self._lite = self._prepare()
        self.started = timer()
        self._shown_at = self.started
        self.today = self._today()
        self.session = self._load()

    def _prepare(self) -> LiteDatabase | None:
        """The database, if an answer can be one statement on its connection (quizzer.review.as_read)."""
        from quizzer.db.lite import LiteDatabase

        if not isinstance(self.db, LiteDatabase) or self.db.read_only:
            return None
        as_read.prepare(self.db.connection)
        return self.db

    def _today(self) -> dt.date:
        return study_day(self.clock(), self.config.rollover_hour)

    def _load(self) -> Session:
        with self.db.reading() as s:
            plan, cards = day_queue.queue(s, self.decks, self.today, self.config)
        return Session(cards, redrill=plan.redrill, graded_today=plan.graded_today)

    def roll_over(self) -> bool:
        """Start a new day's queue if the clock passed the day's start hour."""
        today = self._today()
        if today == self.today:
            return False
        self.today = today
        answers = self.session.answers
        self.session = self._load()
        self.session.answers.extend(answers)  # the summary still counts them
        self._undo_rows.clear()  # yesterday's answers stay
        self._as_read = None
        return True

    # -- the card on screen ------------------------------------------------------
    def current(self) -> store.CardView | None:
        """The card to show now.  A card another program took out since the queue was built
        (suspended it, retired its note by an import, deleted its deck) leaves today's queue
        here, before it is shown: one lookup by primary keys, as the view needs anyway.  Where an
        answer is one statement that lookup is a statement on its own too (SQLite's autocommit: one
        read, not a ``BEGIN``, the lookup and a ``COMMIT``); the answer checks again what it read."""
        self._as_read = None
        with self._lite.alone() if self._lite is not None else self.db.reading() as s:
            while (card_id := self.session.current()) is not None:
                if self._lite is not None:  # the card's state too, for its answer
                    found = as_read.live_card(s, card_id, self.today)
                    if found is not None:
                        view, self._as_read = found
                        return view
                else:
                    live = store.live_card_view(s, card_id)
                    if live is not None:
                        return live
                self.session.forget(card_id)
        return None

    def shown(self) -> None:
        """The card on screen was just shown: its answer time starts now."""
        self._shown_at = self.timer()

    def elapsed(self) -> float:
        """Seconds since the card on screen was shown."""
        return self.timer() - self._shown_at

    def answer(self, grade: int, *, card_id: int | None = None, typed: store.TypedAnswer | None = None) -> Answer:
        """Grade the card on screen (``card_id``, when given, must be it); ``typed``:
        the typed answer and the grader's suggestion, logged with the grade."""
        current = self.session.current()
        if current is None:
            raise QuizzerError(_("There is no card to answer."))
        if card_id is not None and card_id != current:
            raise QuizzerError(_("That card is no longer the one to answer; press Space to see the current card."))
        card_id = current
        at = self.clock()
        duration = int((self.timer() - self._shown_at) * 1000)
        answer = self._answer_as_read(card_id, grade, at=at, duration=duration, typed=typed)
        logged: int | tuple[int, dt.date, dt.datetime] = (card_id, self.today, at)
        if answer is None:
            with self.db.session(wait=self.wait) as s:
                # read again: another session on this database may have graded it since the queue was built
                try:
                    state, graded, note_live = store.load_for_answer(s, card_id, self.today)
                except LookupError:  # another program deleted it (its deck deleted or replaced)
                    self.session.forget(card_id)
                    raise CardGone(_("That card was deleted by another program (its deck deleted or "
                                     "replaced); nothing was saved for it, here is the next card.")) from None
                if state.suspended or not note_live:  # taken out since shown: `quizzer suspend`, an import
                    self.session.forget(card_id)
                    raise CardGone(_("That card was taken out by another program while it was on screen "
                                     "(suspended, or its note removed by an import); nothing was saved for it, "
                                     "here is the next card."))
                graded = graded or self.session.graded_today(card_id)
                answer = answer_card(state, grade, self.today, graded_today=graded, leech=self.leech)
                logged = store.apply_answer(s, answer, at=at, duration_ms=duration, typed=typed)
        # committed: only now does the session move on
        self.session.record(answer)
        self._undo_rows.append(logged)
        return answer

    def _answer_as_read(
        self, card_id: int, grade: int, *, at: dt.datetime, duration: int, typed: store.TypedAnswer | None
    ) -> Answer | None:
        """The answer in one statement, from the card as read when shown; None, with nothing
        written, when it was not read so or is no longer so (the caller reads it again)."""
        seen, self._as_read = self._as_read, None
        if self._lite is None or seen is None or seen.state.card_id != card_id or seen.day != self.today:
            return None
        graded = seen.graded or self.session.graded_today(card_id)
        answer = answer_card(seen.state, grade, self.today, graded_today=graded, leech=self.leech)
        with self._lite.alone(wait=self.wait) as con:
            if not as_read.write(con, answer, at=at, duration_ms=duration, typed=typed):
                return None
        return answer

    def last_review_id(self) -> int | None:
        """The review row of the last undoable step (None: a suspension, or none): for tests
        and benchmarks/durability.py."""
        if not self._undo_rows:
            return None
        with self.db.reading() as s:
            return self._review_id(s, self._undo_rows[-1])

    @staticmethod
    def _review_id(handle: object, logged: int | tuple[int, dt.date, dt.datetime] | _Suspension) -> int | None:
        if isinstance(logged, _Suspension):
            return None
        if isinstance(logged, int):
            return logged
        from quizzer.db.lite import raw_connection

        return as_read.logged_review(raw_connection(handle), *logged)

    def suspend(self, *, card_id: int | None = None) -> int | None:
        current = self.session.current()
        if current is None or (card_id is not None and card_id != current):
            return None
        card_id = current
        self._as_read = None
        with self.db.session(wait=self.wait) as s:
            before = store.suspended_at_ms(s, card_id)
            store.set_suspended(s, card_id, True, at=self.clock())
        self.session.drop(card_id)
        self._undo_rows.append(_Suspension(before))
        return card_id

    def undo(self) -> int | None:
        """Take back the last answer or suspension; returns its card."""
        step = self.session.last_step()
        if step is None:
            return None
        logged = self._undo_rows[-1]
        review_id: int | None = None
        self._as_read = None
        with self.db.session(wait=self.wait) as s:
            if isinstance(logged, _Suspension):
                store.undo_suspension(s, step.card_id, suspended_ms=logged.suspended_ms)
            else:
                review_id = self._review_id(s, logged)
                try:
                    if review_id is not None:
                        store.undo_answer(s, review_id, left_suspended=None if step.answer is None
                                          else step.answer.after.suspended)
                except LookupError:  # the review row is gone
                    review_id = None
        # committed: only now does the session step back
        self._undo_rows.pop()
        self.session.undo()
        if not isinstance(logged, _Suspension) and review_id is None:  # another program deleted the card with its reviews
            raise CardGone(_("That answer cannot be undone: another program deleted its card (its deck "
                             "deleted or replaced)."))
        return step.card_id

    # -- editing the notes ---------------------------------------------------------
    def _full_db(self) -> Database:
        """SQLAlchemy's side of the database (imports, the ORM), opened when first needed."""
        from quizzer.db.lite import LiteDatabase

        return self.db.full() if isinstance(self.db, LiteDatabase) else self.db

    def edit_target(self, card_id: int) -> editing.EditTarget:
        """Where the card's note is written (a QuizzerError if it cannot be edited there)."""
        from quizzer.review import editing  # SQLAlchemy's side: only when editing

        return editing.edit_target(self._full_db(), card_id)

    def edit_drafts(self, target: editing.EditTarget) -> list[DeckDraft]:
        """The edited document read and extracted, once (:meth:`reimport` writes it)."""
        from quizzer.review import editing

        return editing.drafts_of(target)

    def reimport(self, target: editing.EditTarget, *, drafts: list[DeckDraft] | None = None) -> editing.Edited:
        """Re-import the document after an edit (``drafts``: :meth:`edit_drafts`); a note the edit
        removed leaves today's queue.  With ``wait`` off, another program's lock is DatabaseBusy at once."""
        from quizzer.review import editing

        try:
            edited = editing.reimport(self._full_db(), target, now=self.clock().astimezone(dt.timezone.utc),
                                      check=self.config.check, drafts=drafts, wait=self.wait)
        except DatabaseBusy:
            raise  # another program's lock: the screen says it waits and tries again
        except QuizzerError as error:
            raise QuizzerError(_("Your edit is saved in {file}, but it could not be imported: {error}").format(
                file=target.path.name, error=error)) from None
        if not edited.live:
            for card_id in edited.card_ids:
                self.session.forget(card_id)
        if edited.result.changed:
            with self.db.reading() as s:  # the cards to come, as a review started now holds them
                cards = day_queue.queue(s, self.decks, self.today, self.config)[1]
            self.session.refill(cards, on_screen=self.session.current() if edited.live else None)
        return edited

    # -- the end -----------------------------------------------------------------
    def summary(self) -> Summary:
        grades: dict[int, int] = {}
        for answer in self.session.answers:
            grades[answer.grade] = grades.get(answer.grade, 0) + 1
        with self.db.reading() as s:
            due = store.tomorrow_load(s, self.deck_ids, self.today)
            tomorrow = min(due, sum(self.config.limits_for(deck.name).reviews_per_day for deck in self.decks))
            upcoming = store.next_due(s, self.deck_ids, self.today)
            waiting = store.new_waiting(s, self.deck_ids, self.today)
            within = 0
            if waiting:
                room = store.new_room(s, self.decks, self.today, self.config)
                within = sum(min(store.new_waiting(s, [deck_id], self.today), left)
                             for deck_id, left in room.items() if left)
        from quizzer.paths import db_option

        # what the next review of these decks shows: not this one's queue, which a new card suspended
        # unanswered (room under the limit), another program's answers or an import have made stale
        left = sum(self._load().counts())
        return Summary(len(self.session.answers), self.timer() - self.started, grades, tomorrow, upcoming, waiting,
                       within, tuple(db_option(self.db.path)), left, self.again)


