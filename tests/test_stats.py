"""``quizzer stats``: every figure from a review history made by hand, with known answers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import KST, MadeDeck, make_deck

from quizzer.config import Config, Limits
from quizzer.days import study_day
from quizzer.db import Database
from quizzer.db.models import Card, Note, Review
from quizzer.stats import compute
from quizzer.stats.collect import Stats, collect, study_command
from conftest import run_cli as run

TODAY = dt.date(2024, 6, 30)  # a Sunday
NYC = dt.timezone(dt.timedelta(hours=-5), "EST")
UTC = dt.timezone.utc


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def add_review(db: Database, card_id: int, when: dt.date | dt.datetime, grade: int, *, drill: bool = False,
               prev_due: dt.date | None = None, prev_interval: int = 0, ms: int | None = 1000,
               rollover: int = 4) -> None:
    """One row of the review log; a datetime (local, aware) gives its study day as quizzer does."""
    if isinstance(when, dt.datetime):
        moment, study = when, study_day(when, rollover)
    else:
        moment, study = dt.datetime.combine(when, dt.time(12), KST), when
    with db.session() as s:
        s.add(Review(card_id=card_id, reviewed_at=moment.astimezone(UTC), grade=grade, day=study, drill=drill,
                     duration_ms=ms, prev_due=prev_due, prev_interval=prev_interval if prev_due else 0))


def set_cards(db: Database, ids: list[int], **values: object) -> None:
    with db.session() as s:
        for card_id in ids:
            card = s.get_one(Card, card_id)
            for key, value in values.items():
                setattr(card, key, value)


def stats_of(db: Database, today: dt.date = TODAY, *, deck: MadeDeck | None = None, period: int = 30,
             config: Config = Config()) -> Stats:
    with db.reading() as s:
        return collect(s, today=today, config=config, period_days=period,
                       deck_ids=None if deck is None else [deck.deck_id],
                       deck_names=None if deck is None else [deck.name])


# -- streaks -------------------------------------------------------------------------


def test_streaks_pure() -> None:
    days = [day(-10), day(-9), day(-8), day(-5), day(-1)]
    assert compute.streaks(days, TODAY) == compute.Streak(1, 3, day(-10), day(-8), False)  # today not over yet
    assert compute.streaks([*days, TODAY], TODAY).current == 2
    assert compute.streaks(days[:-1], TODAY).current == 0  # yesterday missed: broken
    assert compute.streaks([], TODAY) == compute.Streak(0, 0, None, None, False)
    assert compute.streaks([day(1)], TODAY).longest == 0  # a day after today does not count


def test_streak_follows_the_rollover_hour(db: Database) -> None:
    deck = make_deck(db, "git", 1)
    card = deck.forward[0]
    # 28th 22:00 and 29th 03:30 are one study day (the 28th); the 29th has no answer at all
    add_review(db, card, dt.datetime(2024, 6, 27, 21, 0, tzinfo=KST), 4)
    add_review(db, card, dt.datetime(2024, 6, 28, 22, 0, tzinfo=KST), 4)
    add_review(db, card, dt.datetime(2024, 6, 29, 3, 30, tzinfo=KST), 4)
    add_review(db, card, dt.datetime(2024, 6, 30, 4, 30, tzinfo=KST), 4)
    stats = stats_of(db)
    # by calendar date 27, 28, 29, 30 would be a streak of 4
    assert (stats.streak.current, stats.streak.longest) == (1, 2)
    assert stats.today.answered == 1
    # with the day starting at midnight the 29th 03:30 is its own day: then it is four
    db2_days = [study_day(t, 0) for t in (dt.datetime(2024, 6, 27, 21, 0, tzinfo=KST),
                                          dt.datetime(2024, 6, 28, 22, 0, tzinfo=KST),
                                          dt.datetime(2024, 6, 29, 3, 30, tzinfo=KST),
                                          dt.datetime(2024, 6, 30, 4, 30, tzinfo=KST))]
    assert compute.streaks(db2_days, TODAY).current == 4


def test_streak_across_a_time_zone_change(db: Database) -> None:
    """Seoul in the evening of the 28th, New York in the evening of the 29th (local time), then Seoul
    again: each answer counts for the study day it had where it was given, so the streak holds,
    although in Seoul's time the New York answer fell on the 30th and the 29th had none."""
    deck = make_deck(db, "git", 1)
    card = deck.forward[0]
    seoul = dt.datetime(2024, 6, 28, 23, 0, tzinfo=KST)
    new_york = dt.datetime(2024, 6, 29, 21, 0, tzinfo=NYC)  # 2024-06-30 11:00 in Seoul
    assert study_day(new_york.astimezone(KST)) == TODAY
    add_review(db, card, seoul, 4)
    add_review(db, card, new_york, 4)
    add_review(db, card, dt.datetime(2024, 6, 30, 20, 0, tzinfo=KST), 5)
    stats = stats_of(db)
    assert (stats.streak.current, stats.streak.longest, stats.streak.studied_today) == (3, 3, True)
    assert stats.today.answered == 1


# -- today -----------------------------------------------------------------------------


def test_today_split_time_and_what_is_left(db: Database) -> None:
    deck = make_deck(db, "git", 6, reversible=False)
    a, b, c, d, e, f = deck.forward
    add_review(db, a, TODAY, 4, ms=2000)  # a new card (no due before)
    add_review(db, b, TODAY, 2, prev_due=day(-1), prev_interval=6, ms=3000)  # a review, failed
    add_review(db, b, TODAY, 3, drill=True, ms=500)  # its re-drill, still under 4: asked again
    add_review(db, c, day(-1), 5, ms=99_000)  # yesterday's: not today's
    set_cards(db, [a], due=day(1), reps=1, interval=1)
    set_cards(db, [b], due=day(1), reps=0, interval=1)
    set_cards(db, [c], due=day(6), reps=1, interval=6)
    set_cards(db, [d, e], due=day(-3), reps=2, interval=6)  # two reviews still due
    stats = stats_of(db, config=Config(limits=Limits(new_per_day=1, reviews_per_day=200)))
    t = stats.today
    assert (t.answered, t.new, t.review, t.redrill, t.ms) == (3, 1, 1, 1, 5500)
    assert (t.left_review, t.left_new, t.left_redrill) == (2, 0, 1)  # the one new card of the day is done
    assert stats.as_json()["today"]["answered"] == 3
    stats = stats_of(db, config=Config(limits=Limits(new_per_day=5, reviews_per_day=1)))
    assert (stats.today.left_review, stats.today.left_new) == (0, 1)  # f; one review was done, limit 1


# -- forecast --------------------------------------------------------------------------


def test_forecast_leaves_out_suspended_and_retired_cards(db: Database) -> None:
    deck = make_deck(db, "git", 8, reversible=False)
    c = deck.forward
    set_cards(db, c[0:2], due=day(1))
    set_cards(db, [c[2]], due=day(1), suspended=True)
    set_cards(db, [c[3]], due=day(1))
    with db.session() as s:
        s.get_one(Note, deck.note_ids[3]).retired_at = dt.datetime(2024, 6, 1, tzinfo=UTC)
    set_cards(db, [c[4]], due=day(30))
    set_cards(db, [c[5]], due=day(31))  # beyond the 30 days
    set_cards(db, [c[6]], due=day(-4))  # overdue
    set_cards(db, [c[7]], due=TODAY)
    stats = stats_of(db)
    assert len(stats.forecast) == 30
    assert stats.forecast[0] == (day(1), 2)
    assert stats.forecast[-1] == (day(30), 1)
    assert sum(n for _d, n in stats.forecast) == 3
    assert (stats.backlog.overdue, stats.backlog.due_today) == (1, 1)
    data = stats.as_json()
    assert data["forecast"][0] == {"day": "2024-07-01", "due": 2}
    assert data["backlog"] == {"overdue": 1, "due_today": 1, "total": 2}


# -- retention ---------------------------------------------------------------------------


def test_retention_young_and_mature_with_drills_left_out(db: Database) -> None:
    deck = make_deck(db, "git", 2, reversible=False)
    young, mature = deck.forward
    # young (interval < 21) in the last 7 days: pass, fail; drills and new cards do not count
    add_review(db, young, day(-2), 4, prev_due=day(-2), prev_interval=6)
    add_review(db, young, day(-1), 2, prev_due=day(-1), prev_interval=6)
    add_review(db, young, day(-1), 1, drill=True, prev_due=day(-1), prev_interval=6)
    add_review(db, young, day(-1), 5, drill=True, prev_due=day(-1), prev_interval=6)
    add_review(db, young, day(-1), 5)  # a new card's first answer (no due before)
    add_review(db, young, day(-3), 5, prev_due=day(2), prev_interval=6)  # not due yet: left out
    # young 8..30 days ago: one pass; 31..365 days ago: one fail; 400 days ago: out of every window
    add_review(db, young, day(-20), 3, prev_due=day(-21), prev_interval=20)
    add_review(db, young, day(-100), 0, prev_due=day(-100), prev_interval=1)
    add_review(db, young, day(-400), 0, prev_due=day(-400), prev_interval=1)
    # mature (interval ≥ 21): today a pass, a month ago a fail and a pass, and a year ago a pass
    add_review(db, mature, TODAY, 5, prev_due=day(-2), prev_interval=21)
    add_review(db, mature, day(-29), 1, prev_due=day(-29), prev_interval=40)
    add_review(db, mature, day(-29), 4, drill=True, prev_due=day(-29), prev_interval=40)
    add_review(db, mature, day(-10), 4, prev_due=day(-10), prev_interval=30)
    add_review(db, mature, day(-364), 3, prev_due=day(-364), prev_interval=25)
    stats = stats_of(db)
    got = {r.days: ((r.young.passed, r.young.total), (r.mature.passed, r.mature.total)) for r in stats.retention}
    assert got == {
        7: ((1, 2), (1, 1)),
        30: ((2, 3), (2, 3)),
        365: ((2, 4), (3, 4)),
    }
    week = stats.as_json()["retention"][0]
    assert week == {"days": 7, "young": {"passed": 1, "reviews": 2, "rate": 0.5},
                    "mature": {"passed": 1, "reviews": 1, "rate": 1.0},
                    "all": {"passed": 2, "reviews": 3, "rate": 0.6667}}
    # grades of the last 30 days: scheduling answers only (drills left out)
    assert stats.period.grades.counts == (0, 1, 1, 1, 2, 3)
    assert stats.period.answers == 11  # every answer of the 30 days, drills too
    assert stats.period.days_studied == 7  # days 0, -1, -2, -3, -10, -20, -29


def test_retention_of_an_empty_window_is_none() -> None:
    assert compute.Rate(0, 0).rate is None
    assert compute.Rate(0, 0).as_json() == {"passed": 0, "reviews": 0, "rate": None}


# -- heatmap -------------------------------------------------------------------------------


def test_heatmap_layout_and_shades() -> None:
    counts = [(TODAY, 8), (day(-1), 2), (day(-7), 1), (day(-400), 50)]
    heat = compute.heatmap(counts, TODAY, weeks=26)
    assert heat.first.weekday() == 0 and heat.first == dt.date(2024, 1, 1)
    assert len(heat.cells) == 26 and all(len(week) == 7 for week in heat.cells)
    assert heat.cells[-1][6] == 8 and heat.cells[-1][5] == 2 and heat.cells[-2][6] == 1
    assert heat.most == 8  # the day 400 days ago is out of the grid
    assert [heat.level(n) for n in (0, 1, 2, 3, 8)] == [0, 1, 1, 2, 4]
    wednesday = compute.heatmap([], dt.date(2024, 6, 26))
    assert wednesday.cells[-1][2] == 0 and wednesday.cells[-1][3] is None  # after today: no cell


def test_buckets() -> None:
    buckets = compute.bucket_counts([(1, 3), (6, 1), (7, 2), (21, 4), (400, 1)], compute.INTERVAL_BUCKETS)
    assert [(b.first, b.count) for b in buckets if b.count] == [(0, 3), (2, 1), (7, 2), (21, 4), (365, 1)]
    ease = compute.bucket_counts([(130, 1), (250, 5), (260, 2)], compute.EASE_BUCKETS)
    assert [(b.first, b.count) for b in ease if b.count] == [(130, 1), (250, 5), (251, 2)]


# -- cards by state, distributions, weak spots ------------------------------------------------


def test_states_distributions_and_weak_spots(db: Database) -> None:
    deck = make_deck(db, "git", 8, reversible=False)
    other = make_deck(db, "docker", 2, reversible=False)
    c = deck.forward
    set_cards(db, [c[1]], due=day(1), reps=0, interval=1, lapses=3, ef_centi=170)  # learning (lapsed)
    set_cards(db, [c[2]], due=day(1), reps=1, interval=1, ef_centi=240)  # learning
    set_cards(db, [c[3]], due=day(5), reps=2, interval=6)  # review
    set_cards(db, [c[4]], due=day(30), reps=4, interval=40, lapses=1, ef_centi=200)  # review
    set_cards(db, [c[5]], due=day(3), reps=0, interval=1, suspended=True, leech=True, lapses=8, ef_centi=130)
    set_cards(db, [c[6]], due=day(3), reps=3, interval=20, leech=True, lapses=8, ef_centi=150)  # leech, live
    with db.session() as s:
        s.get_one(Note, deck.note_ids[7]).retired_at = dt.datetime(2024, 6, 1, tzinfo=UTC)
        s.get_one(Note, deck.note_ids[1]).section = ["Git", "Branches"]
    stats = stats_of(db)
    states = {row.deck: row for row in stats.decks}
    git = states["git"]
    assert (git.new, git.learning, git.review, git.suspended, git.leech, git.retired, git.total) == (1, 2, 3, 1, 2, 1, 8)
    assert (states["docker"].new, states["docker"].total) == (2, 2)
    assert {(b.first, b.count) for b in stats.intervals if b.count} == {(0, 2), (2, 1), (14, 1), (30, 1)}
    assert {(b.first, b.count) for b in stats.ease if b.count} == {(150, 1), (170, 1), (190, 1), (230, 1), (250, 1)}
    assert [(w.card_id, w.lapses) for w in stats.weak_lapses] == [(c[5], 8), (c[6], 8), (c[1], 3), (c[4], 1)]
    assert stats.weak_lapses[0].command == f"quizzer unsuspend {c[5]}"
    assert stats.weak_lapses[2].command == "quizzer quiz git --section Branches"
    assert [w.card_id for w in stats.weak_ease] == [c[2]]  # the others: those above are not listed twice
    only = stats_of(db, deck=other)
    assert [row.deck for row in only.decks] == ["docker"] and not only.weak_lapses


def test_the_lowest_ease_lists_other_cards_than_the_most_forgotten(db: Database) -> None:
    """Lapses lower a card's EF, so the cards forgotten most often also had the lowest ease, and the two
    lists named the same cards (u-campaign7). The second is for the cards answered right with effort."""
    deck = make_deck(db, "git", 9, reversible=False)
    c = deck.forward
    for n, card in enumerate(c[:6]):  # forgotten often, and their EF fell with it
        set_cards(db, [card], due=day(1), reps=1, interval=1, lapses=6 - n, ef_centi=130 + n)
    set_cards(db, [c[6]], due=day(4), reps=3, interval=4, ef_centi=180)  # never forgotten, hard each time
    set_cards(db, [c[7]], due=day(4), reps=3, interval=4, ef_centi=220)
    stats = stats_of(db)
    assert [w.card_id for w in stats.weak_lapses] == c[:5]
    assert [w.card_id for w in stats.weak_ease] == [c[5], c[6], c[7]]
    text = screen(stats, 120)
    assert "Cards forgotten most often" in text and "Other cards with the lowest ease" in text


def test_weak_sections_need_enough_reviews(db: Database) -> None:
    deck = make_deck(db, "git", 3, reversible=False)
    with db.session() as s:
        s.get_one(Note, deck.note_ids[0]).section = ["Git", "3. 브랜치 다루기"]
        s.get_one(Note, deck.note_ids[1]).section = ["Git", "Remotes"]
        s.get_one(Note, deck.note_ids[2]).section = ["Git", "Few"]
    a, b, few = deck.forward
    for n in range(6):  # 2 of 6 pass
        add_review(db, a, day(-n), 4 if n < 2 else 1, prev_due=day(-n), prev_interval=6)
    for n in range(5):  # 4 of 5 pass
        add_review(db, b, day(-n), 4 if n else 2, prev_due=day(-n), prev_interval=6)
    for n in range(4):  # too few to say
        add_review(db, few, day(-n), 0, prev_due=day(-n), prev_interval=6)
    add_review(db, a, day(-40), 0, prev_due=day(-40), prev_interval=6)  # before the period
    stats = stats_of(db)
    assert [(w.section[-1], w.rate.passed, w.rate.total) for w in stats.weak_sections] == [
        ("3. 브랜치 다루기", 2, 6), ("Remotes", 4, 5)]
    assert stats.weak_sections[0].command == "quizzer quiz git --section '3. 브랜치 다루기'"


def test_study_command_quotes_what_the_shell_would_read() -> None:
    assert study_command("my deck", ("A", "it's")) == "quizzer quiz 'my deck' --section 'it'\"'\"'s'"
    assert study_command("git", ()) == "quizzer review git"


# -- the command -----------------------------------------------------------------------------


def test_json_of_a_new_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "stats", "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["today"]["answered"] == 0
    assert (data["streak"]["current"], data["streak"]["longest"]) == (0, 0)
    assert len(data["forecast"]) == 30 and all(set(f) == {"day", "due"} for f in data["forecast"])
    assert [r["days"] for r in data["retention"]] == [7, 30, 365]
    assert data["exams"] == []


def test_unknown_deck_is_one_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "stats", "nosuchdeck")
    assert rc == 1 and err.startswith("Error: There is no deck named 'nosuchdeck'")


# -- the screen: golden text at 80 and 120 columns -----------------------------------------

GOLDEN = Path(__file__).parent / "golden" / "stats"


def a_history(db: Database) -> None:
    """Six months of reviews of a Korean deck, with a weak section, leeches and two exams."""
    import random

    from quizzer.db.models import Exam, ExamAnswer

    deck = make_deck(db, "docker", 30, reversible=False)
    rng = random.Random(4)
    fronts = ["docker run -d", "컨테이너 목록 보기 [--all]", "docker image rm", "이미지이름<:태그>"]
    with db.session() as s:
        for n, note_id in enumerate(deck.note_ids):
            note = s.get_one(Note, note_id)
            note.front = fronts[n % 4] + f" {n}"
            note.section = ["도커", "3. 컨테이너 다루기" if n % 3 else "[bold]네트워크[/bold]"]
    for n, card in enumerate(deck.forward):
        if n >= 24:
            continue  # six new cards
        set_cards(db, [card], due=day(rng.randint(-3, 40)), reps=rng.randint(1, 6), interval=rng.choice(
            [1, 6, 15, 30, 90, 400]), ef_centi=rng.choice([130, 170, 210, 250, 260]), lapses=rng.choice([0, 0, 1, 3]))
    set_cards(db, [deck.forward[0]], suspended=True, leech=True, lapses=8)
    for back in range(180):
        if back % 11 in (3, 4) or back == 1:
            continue
        for k in range(rng.randint(1, 12) if back else 5):
            card = deck.forward[rng.randrange(24)]
            weak = deck.note_ids.index(deck.note_ids[deck.forward.index(card)]) % 3 == 0
            grade = rng.choice([1, 2, 3, 4] if weak else [3, 4, 5, 5])
            add_review(db, card, day(-back), grade, prev_due=day(-back), prev_interval=rng.choice([1, 6, 30]),
                       ms=rng.randint(2000, 15000))
            if grade < 4:
                add_review(db, card, day(-back), 4, drill=True, ms=3000)
    with db.session() as s:
        for n, score in enumerate((12, 21)):
            started = dt.datetime.combine(day(-20 + 10 * n), dt.time(12), UTC)
            exam = Exam(started_at=started, finished_at=started + dt.timedelta(minutes=15), ended="finished",
                        time_limit_s=1200, seed=n, decks=["docker"], questions=[{}] * 30)
            s.add(exam)
            s.flush()
            for position in range(30):
                s.add(ExamAnswer(exam_id=exam.id, position=position, typed="x",
                                 outcome="exact" if position < score else "wrong", spent_ms=1000))


def screen(stats: Stats, width: int) -> str:
    import io

    from rich.console import Console

    from quizzer.stats.render import print_stats

    console = Console(width=width, file=io.StringIO(), color_system=None, force_terminal=False,
                      highlight=False, markup=False, emoji=False, legacy_windows=False)
    print_stats(stats, console=console)
    return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]


def check_golden(name: str, text: str, update: bool) -> None:
    path = GOLDEN / name
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs (UPDATE_GOLDEN=1 rewrites it)"


@pytest.mark.parametrize("width", [80, 120])
def test_screen_golden(db: Database, width: int) -> None:
    import os

    from quizzer.i18n import set_language

    set_language("en")
    a_history(db)
    text = screen(stats_of(db), width)
    assert all(len(line) <= width for line in text.splitlines())
    assert "[bold]네트워크[/bold]" in text  # note text is never markup
    check_golden(f"history-{width}.txt", text, bool(os.environ.get("UPDATE_GOLDEN")))


@pytest.mark.parametrize("width", [80, 120])
def test_empty_database_and_a_deck_without_reviews_are_friendly(db: Database, width: int) -> None:
    import os

    from quizzer.i18n import set_language

    set_language("en")
    empty = screen(stats_of(db), width)
    assert "Nothing to show yet" in empty
    check_golden(f"empty-{width}.txt", empty, bool(os.environ.get("UPDATE_GOLDEN")))
    make_deck(db, "git", 3)
    fresh = screen(stats_of(db), width)
    assert "No answers yet" in fresh and "No weak spots yet" in fresh
    check_golden(f"no-reviews-{width}.txt", fresh, bool(os.environ.get("UPDATE_GOLDEN")))


def test_cards_an_exam_sent_back_are_not_contradicted_by_no_answers(db: Database) -> None:
    """An exam's send-back schedules its missed cards and writes no review: the deck table showed them
    learning under 'No answers yet'.  The line says what the numbers beside it are."""
    from quizzer.i18n import set_language
    from quizzer.quiz.store import send_back
    from quizzer.review.logic import LeechRule

    deck = make_deck(db, "git", 3)
    with db.session() as s:
        send_back(s, None, [(deck.forward[0],), (deck.forward[1],)], today=TODAY,
                  at=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc), leech=LeechRule())
    stats = stats_of(db)
    assert stats.total_answers == 0
    assert sum(row.learning + row.review for row in stats.decks) == 2  # what the table beside it shows
    text = " ".join(screen(stats, 120).split())
    assert "No answers yet" not in text
    assert ("No reviews yet: 2 cards are scheduled without one (an exam's send-back schedules its missed cards "
            "without a review), and the answers, streaks and retention count reviews.") in text
    set_language("ko")
    try:
        assert "카드 2장은 복습 없이 일정에 올라 있습니다" in " ".join(screen(stats_of(db), 120).split())
    finally:
        set_language("en")


def test_svg_saves_what_was_shown(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    picture = tmp_path / "stats.svg"
    rc, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "stats", "--svg", str(picture))
    assert rc == 0, err
    assert picture.read_text(encoding="utf-8").startswith("<svg") and "Statistics" in picture.read_text()
    assert f"Saved what was shown to {picture}." in out
    rc, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "stats", "--svg", str(tmp_path / "no" / "x.svg"))
    assert rc == 1 and err.startswith("Error: Cannot save the picture to")


def test_an_existing_picture_is_overwritten_only_with_force(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    picture = tmp_path / "stats.svg"
    picture.write_text("mine", encoding="utf-8")
    rc, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "stats", "--svg", str(picture))
    assert rc == 1 and out == "" and err.count("\n") == 1
    assert f"{picture} already exists" in err and "--force" in err
    assert picture.read_text(encoding="utf-8") == "mine"
    rc, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "stats", "--svg", str(picture), "--force")
    assert rc == 0, err
    assert picture.read_text(encoding="utf-8").startswith("<svg")


@pytest.mark.parametrize("where", ["no/x.svg", "a-folder", "file/x.svg"])
def test_a_picture_path_that_cannot_be_written_is_refused_before_any_figure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str
) -> None:
    """The stats are not printed and then failed on: one sentence, exit 1, no file left."""
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "file").write_text("", encoding="utf-8")
    before = sorted(tmp_path.rglob("*"))
    picture = tmp_path / where
    rc, out, err = run(capsys, "--db", str(tmp_path / "new.db"), "stats", "--svg", str(picture))
    assert rc == 1 and out == ""
    assert err.startswith(f"Error: Cannot save the picture to {picture}: ") and err.count("\n") == 1
    assert sorted(p for p in tmp_path.rglob("*") if p.name != "new.db") == before


def test_heatmap_rows_line_up_with_wide_weekday_names(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.cells import cell_len

    from quizzer.stats import render

    korean = {"Mon": "월", "Wed": "수", "Fri": "금", "Sun": "일"}
    monkeypatch.setattr(render, "_", lambda message: korean.get(message, message))
    grid = render.heatmap_grid(compute.heatmap([(TODAY, 3)], TODAY)).plain.splitlines()
    rows = grid[1:8]
    starts = {cell_len(row[: next(i for i, ch in enumerate(row) if ch in "·░▒▓█◆")]) for row in rows}
    assert starts == {3}, rows
    assert rows[6].endswith(render.TODAY_MARK)


def test_a_month_is_named_over_the_week_of_its_first_day() -> None:
    """The month row named a month by its weeks' Mondays: on Thursday 3 December, December 1st (a Tuesday)
    was in the grid under no name, which waited for Monday the 7th (u-campaign7)."""
    from quizzer.stats import render

    today = dt.date(2026, 12, 3)
    month_row, monday_row = render.heatmap_grid(compute.heatmap([(today, 2)], today)).plain.splitlines()[:2]
    assert month_row.endswith("12") and len(month_row) == len(monday_row) + 1  # over the last week's column
    assert month_row.split() == ["07", "08", "09", "10", "11", "12"]
    assert month_row.index("11") == monday_row.index("·") + 2 * 20  # 1 November, a Sunday: the week of 26 October
    before = dt.date(2026, 11, 30)  # a Monday: December has not begun
    assert render.heatmap_grid(compute.heatmap([], before)).plain.splitlines()[0].split()[-1] == "11"


def test_due_today_agrees_with_decks_and_the_review(db: Database) -> None:
    """``quizzer stats``, ``quizzer decks`` and the review queue count the same due cards:
    not those of suspended cards or retired notes, nor those the review holds back (a note
    with a card answered today shows none again until tomorrow; a note with two cards due
    shows one, the other waits: one card a note a day); the held ones come up tomorrow, so
    the forecast counts them there."""
    from conftest import FakeClock

    from quizzer.db.decks import deck_refs
    from quizzer.review.controller import Controller
    from quizzer.review.day_queue import shown_today

    alpha = make_deck(db, "alpha", 6)
    beta = make_deck(db, "beta", 3, reversible=False)
    f, r = alpha.forward, alpha.reverse
    add_review(db, f[0], TODAY, 4, prev_due=day(-1), prev_interval=1)  # answered today (in Anki, say)…
    set_cards(db, [f[0]], due=TODAY, reps=1, interval=1)  # …and due again today: held back
    set_cards(db, [r[0]], due=day(-2), reps=1, interval=3)  # its sibling, overdue: held back too
    set_cards(db, [f[1]], due=day(-3), reps=1, interval=3)  # overdue
    # r[1] stays new: the review shows f[1] today, and r[1] waits behind it, not for the new-card limit
    set_cards(db, [f[2]], due=TODAY, reps=1, interval=2)  # due today…
    set_cards(db, [r[2]], due=TODAY, reps=1, interval=2)  # …with its sibling, neither answered: one shown
    set_cards(db, [f[3]], due=TODAY, reps=1, interval=2, suspended=True)
    set_cards(db, [f[4], r[4]], due=day(-1), reps=1, interval=2)  # (retired below)
    with db.session() as s:
        s.get_one(Note, alpha.note_ids[4]).retired_at = dt.datetime(2024, 6, 1, tzinfo=UTC)
    set_cards(db, [f[5]], due=day(1), reps=1, interval=2)  # tomorrow
    b = beta.forward
    add_review(db, b[0], TODAY, 4, prev_due=day(-1), prev_interval=1)
    set_cards(db, [b[0]], due=day(-1), reps=1, interval=1)  # answered today, still due: held back
    set_cards(db, [b[1]], due=day(-5), reps=1, interval=4)  # overdue
    set_cards(db, [b[2]], due=day(2), reps=1, interval=4)

    config = Config(limits=Limits(new_per_day=0, reviews_per_day=500))
    clock = FakeClock(dt.datetime.combine(TODAY, dt.time(12), KST))
    expected = {"alpha": 2, "beta": 1}  # alpha: f[1] (overdue), f[2] or r[2]; beta: b[1] (overdue)
    with db.reading() as s:  # quizzer decks' due
        refs = deck_refs(s, [])
        assert {ref.name: shown_today(s, refs, TODAY, config)[ref.id][1] for ref in refs} == expected
    for deck, due in [(alpha, 2), (beta, 1), (None, 3)]:
        names = () if deck is None else (deck.name,)
        queue = Controller(db, config=config, deck_names=names, clock=clock, timer=clock.timer).session.counts()
        stats = stats_of(db, deck=deck, config=config)
        assert queue == (0, due, 0)
        assert stats.backlog.total == stats.today.left_review == due
    # new cards waiting beyond the limit: what a higher limit shows, one card a note a day (r[3]: its
    # sibling is suspended; r[5]: its sibling is due tomorrow), not r[1], behind its due sibling f[1]
    raised = Config(limits=Limits(new_per_day=100, reviews_per_day=500))
    for deck, new in [(alpha, 2), (beta, 0), (None, 2)]:
        names = () if deck is None else (deck.name,)
        summary = Controller(db, config=config, deck_names=names, clock=clock, timer=clock.timer).summary()
        shown = Controller(db, config=raised, deck_names=names, clock=clock, timer=clock.timer).session.counts()
        assert summary.new_waiting == shown[0] == stats_of(db, deck=deck, config=raised).today.left_new == new
    stats = stats_of(db, config=config)
    assert (stats.backlog.overdue, stats.backlog.due_today) == (2, 1)
    assert stats.forecast[0] == (day(1), 1 + 3 + 1)  # f[5], the three held back today, the waiting one of note 2
    assert stats.forecast[1] == (day(2), 1)
    assert compute.forecast([(day(-1), 2), (TODAY, 1)], TODAY, 2, held=[(day(-1), 1)]) == (
        [(day(1), 1), (day(2), 0)], compute.Backlog(1, 1))


def test_a_narrow_heatmap_keeps_the_latest_weeks_and_today() -> None:
    """At 40 columns the 26 weeks were cut on the right, under a heading still saying 26 weeks: today's
    week and the ones before it were lost, and so was the end of the legend."""
    from rich.cells import cell_len
    from rich.console import Console

    from quizzer.stats import render

    heat = compute.heatmap([(TODAY, 3), (day(-7), 1), (day(-170), 9)], TODAY)
    fitted = render.fit_heatmap(heat, 40)
    assert 10 <= len(fitted.cells) < 26 and fitted.cells[-1] == heat.cells[-1] and fitted.today == TODAY
    assert fitted.day(len(fitted.cells) - 1, TODAY.weekday()) == TODAY
    assert fitted.most == 3  # the busiest day of the weeks shown (day -170 is not)
    assert render.fit_heatmap(heat, 80) is heat
    console = Console(width=40, record=True, color_system=None)
    console.print(render.heatmap_grid(fitted))
    console.print(render.heatmap_legend(fitted))
    lines = console.export_text().splitlines()
    assert all(cell_len(line) <= 40 for line in lines), lines
    assert lines[7].endswith(render.TODAY_MARK)
    assert "the busiest day had 3." in " ".join(" ".join(lines[8:]).split())


def test_a_heatmap_with_no_answer_names_no_busiest_day() -> None:
    """With no answer yet the legend ended "the busiest day had 0.": there was no busiest day."""
    from quizzer.stats import render

    legend = render.heatmap_legend(compute.heatmap([], TODAY)).plain
    assert legend.rstrip().endswith("today.") and "busiest" not in legend


@pytest.mark.parametrize(("hour", "day"), [(2, "2026-12-01"), (5, "2026-12-02")])
def test_an_exam_is_dated_by_the_study_day_as_today_is(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database, hour: int, day: str,
) -> None:
    """At 02:00 the study day is still the day before (it starts at 4 AM, README): 'Today, 2026-12-01'
    stood over an exam of that same night dated 2026-12-02, the calendar date."""
    import time

    from quizzer.db.models import Exam

    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    try:
        now = dt.datetime(2026, 12, 2, hour, 0, tzinfo=KST)
        monkeypatch.setattr("quizzer.days.local_now", lambda: now)
        with db.session() as s:
            started = now - dt.timedelta(minutes=30)
            s.add(Exam(started_at=started.astimezone(UTC), finished_at=now.astimezone(UTC), ended="finished",
                       time_limit_s=1200, seed=1, decks=["docker"], questions=[{}] * 10))
        rc, out, err = run(capsys, "--db", str(db.path), "stats")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert rc == 0, err
    assert f"Today, {day}" in out
    exam_lines = [line for line in out.splitlines() if "%" in line and "20" in line and "-12-0" in line]
    assert exam_lines and all(day in line for line in exam_lines), out


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_narrow_heatmap_leaves_room_for_the_last_months_name(language: str) -> None:
    """At 40 columns in Korean (weekday names two cells wide) the grid took 19 weeks, its last column at the
    40th, and December's '12' over it was cut to '1', a January (u-campaign9)."""
    from rich.cells import cell_len
    from rich.console import Console

    from quizzer.i18n import set_language
    from quizzer.stats import render

    set_language(language)
    try:
        today = dt.date(2026, 12, 3)
        fitted = render.fit_heatmap(compute.heatmap([(today, 2)], today), 40)
        console = Console(width=40, record=True, color_system=None)
        console.print(render.heatmap_grid(fitted))
        lines = console.export_text().splitlines()
    finally:
        set_language("en")
    assert all(cell_len(line) <= 40 for line in lines), lines
    assert lines[0].split()[-1] == "12", lines[0]
