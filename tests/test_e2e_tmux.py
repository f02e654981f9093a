"""End to end: the real ``quizzer review`` in a real terminal (a private tmux server).

Keys go in with ``tmux send-keys``; the test polls ``capture-pane`` until what
it expects is on screen (a generous deadline, never a fixed sleep), quits, and
then checks the database.  Skipped where tmux is not installed.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from conftest import Tmux, quizzer_command
from sqlalchemy import select

from quizzer.db import open_database
from quizzer.db.models import Card, Note, Review
from quizzer.sm2 import NEW, review

def reviews(home: Path) -> list[tuple[Review, Card]]:
    db = open_database(home / "quizzer.db", create=False)
    try:
        with db.session() as s:
            return [tuple(row) for row in s.execute(  # type: ignore[misc]
                select(Review, Card).join(Card, Card.id == Review.card_id).order_by(Review.id)
            )]
    finally:
        db.close()


def answer(tmux: Tmux, grade: int, done_after: int) -> str:
    """Show the answer, grade it, and wait for the progress to count it."""
    tmux.keys("Space")
    tmux.wait_screen("5  perfect")
    tmux.keys(str(grade))
    return tmux.wait_screen(f" {done_after}/")


def test_review_the_seed_deck_in_a_real_terminal(tmux: Tmux, quizzer_home: Path, tmp_path: Path) -> None:
    tmux.start([*quizzer_command(), "review"], columns=80, rows=30)
    first = tmux.wait_screen("0/20  new 20 · review 0 · re-drill 0", "docker-containers.ko", "Space  show the answer")
    captures = [first]
    grades = [5, 4, 3, 5, 1]
    for n, grade in enumerate(grades, start=1):
        captures.append(answer(tmux, grade, n))
    assert "re-drill 2" in captures[-1]  # the 3 and the 1 come back after the day's cards
    # undo the last answer, then grade that card again
    tmux.keys("u")
    tmux.wait_screen("Undone.")
    captures.append(answer(tmux, 2, 5))
    tmux.keys("Space")
    captures.append(tmux.wait_screen("5  perfect"))
    tmux.keys("q")
    summary = tmux.printed(
        "Stopped; every answer so far is saved.", "Cards answered: 5", "grades 2: 1, 3: 1, 4: 1, 5: 2",
        "Due tomorrow: 5 reviews",
    )
    captures.append(summary)
    (tmp_path / "screens.txt").write_text("\n\n".join(captures), encoding="utf-8")
    print("\n" + captures[-2])  # one screen of the review, for the record (pytest -s)

    rows = reviews(quizzer_home)
    assert [(r.grade, r.drill) for r, _ in rows] == [(5, False), (4, False), (3, False), (5, False), (2, False)]
    assert len({card.note_id for _, card in rows}) == 5  # five notes, never two sides of one
    assert [card.new_rank for _, card in rows] == sorted(card.new_rank for _, card in rows)  # document order
    for row, card in rows:
        assert row.day is not None
        expected = review(NEW, row.grade, row.day)
        assert (card.reps, card.interval, card.ef_centi, card.due) == (
            expected.reps, expected.interval, expected.ef_centi, expected.due,
        )
        assert (row.prev_reps, row.prev_due) == (0, None)
        assert row.duration_ms is not None and row.duration_ms >= 0


def test_bare_quizzer_opens_the_review(tmux: Tmux, quizzer_home: Path) -> None:
    tmux.start(quizzer_command(), columns=80, rows=30)
    tmux.wait_screen("Space  show the answer")
    tmux.keys("q")
    tmux.printed("Stopped.", "No cards answered.")
    assert reviews(quizzer_home) == []


def test_limit_flags_and_deck_argument(tmux: Tmux, quizzer_home: Path) -> None:
    tmux.start([*quizzer_command(), "review", "docker-containers.ko", "--new-limit", "2"], columns=80, rows=30)
    tmux.wait_screen("0/2  new 2 · review 0 · re-drill 0")
    answer(tmux, 5, 1)
    tmux.keys("Space")
    tmux.wait_screen("5  perfect")
    tmux.keys("4")
    tmux.wait_screen("u  undo the last answer")  # the last card opens the day's summary, inside the screen
    tmux.keys("q")
    tmux.printed("Done for today.", "Cards answered: 2")  # and it is printed after leaving, too
    assert [r.grade for r, _ in reviews(quizzer_home)] == [5, 4]


def test_note_text_appears_exactly_as_written(tmux: Tmux, quizzer_home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "marks.md"
    notes.write_text(
        "# 마크업\n\n### 삭제\n\n"
        "- **docker image rm 옵션 이미지이름<:태그>**: 하나 이상의 도커 이미지 삭제\n\n"
        "**_ 구문: docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST] _**\n",
        encoding="utf-8",
    )
    subprocess.run([*quizzer_command(), "import", str(notes), "--trust"], check=True, capture_output=True,
                   env={**os.environ, "QUIZZER_HOME": str(quizzer_home)})
    tmux.start([*quizzer_command(), "review", "marks"], columns=80, rows=30)
    seen = tmux.wait_screen("docker image rm 옵션 이미지이름<:태그>")
    assert "Space  show the answer" in seen
    answer(tmux, 5, 1)
    tmux.keys("Space")
    tmux.wait_screen("docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST]")
    tmux.keys("q")
    tmux.printed("Stopped")


def test_a_tiny_terminal_gets_a_message(tmux: Tmux, quizzer_home: Path) -> None:
    tmux.start([*quizzer_command(), "review"], columns=32, rows=10)
    screen = tmux.wait_screen("too small")
    assert "40×14" in screen.replace("\n", "")
    tmux.keys("q")
    tmux.printed("Stopped")


def test_a_narrow_terminal_wraps_korean(tmux: Tmux, quizzer_home: Path) -> None:
    tmux.start([*quizzer_command(), "review"], columns=60, rows=24)
    tmux.wait_screen("Space  show the answer")
    tmux.keys("Space")
    screen = tmux.wait_screen("5  perfect")
    assert "개발, 테스트, 배포, 운영의 컴퓨팅 환경을 일관적으로" in screen.replace("\n", " ")
    assert "u undo · s suspend · e edit · ? help · q quit" in screen
    tmux.keys("q")
    tmux.printed("Stopped")


def test_nothing_due_prints_a_friendly_line(tmux: Tmux, quizzer_home: Path) -> None:
    # every card pushed ten days into the future
    subprocess.run([*quizzer_command(), "decks"], check=True, capture_output=True,
                   env={**os.environ, "QUIZZER_HOME": str(quizzer_home)})
    db = open_database(quizzer_home / "quizzer.db", create=False)
    try:
        with db.session() as s:
            for card in s.scalars(select(Card)):
                card.due, card.reps, card.interval = dt.date.today() + dt.timedelta(days=10), 1, 10
            assert s.scalar(select(Note.id).limit(1)) is not None
    finally:
        db.close()
    # tmux 3.3 drops the first line a pane printed once it is dead: a blank one goes first
    tmux.start(["sh", "-c", 'echo; exec "$0" "$@"', *quizzer_command(), "review"], columns=80, rows=30)
    screen = tmux.wait_exit()  # it prints one line and exits: read it once it has (no race)
    assert "Nothing due today." in screen and "Your next review is due in" in screen


EDITOR_SCRIPT = """\
#!/bin/sh
# called as: editor +LINE FILE (what quizzer passes); records it, then fixes the typo
echo "$1 $2" > "$EDIT_LOG"
sed 's/stage chnages/stage changes/' "$2" > "$2.new" && mv "$2.new" "$2"
"""


def test_e_opens_the_editor_and_shows_the_corrected_card(tmux: Tmux, quizzer_home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "git.md"
    notes.write_text("# Git\n\n- **git add**: stage chnages\n- **git commit**: record changes\n", encoding="utf-8")
    subprocess.run([*quizzer_command(), "import", str(notes), "--trust"], check=True, capture_output=True,
                   env={**os.environ, "QUIZZER_HOME": str(quizzer_home)})
    editor = tmp_path / "editor.sh"
    editor.write_text(EDITOR_SCRIPT, encoding="utf-8")
    editor.chmod(0o755)
    log = tmp_path / "editor.log"
    tmux.start([*quizzer_command(), "review", "git"], columns=80, rows=30,
               env={"VISUAL": str(editor), "EDIT_LOG": str(log)})
    tmux.wait_screen("git add")
    tmux.keys("Space")
    tmux.wait_screen("stage chnages")
    tmux.keys("e")
    screen = tmux.wait_screen("the card shows your edit")
    assert "stage changes" in screen and "chnages" not in screen
    assert log.read_text(encoding="utf-8").split() == ["+3", str(notes.resolve())]
    tmux.keys("5")
    tmux.wait_screen(" 1/")
    tmux.keys("q")
    tmux.printed("Stopped")
    db = open_database(quizzer_home / "quizzer.db", create=False)
    try:
        with db.session() as s:
            backs = {n.front: (n.back, n.retired_at) for n in s.scalars(select(Note))}
    finally:
        db.close()
    assert backs["git add"] == ("stage changes", None)  # the same note, corrected
    [(row, card)] = reviews(quizzer_home)
    assert row.grade == 5 and card.ord == 0
