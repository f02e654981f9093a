"""A command line written otherwise than an earlier line whose card has the same front (``docker logs``, then
``docker logs > out.txt``: the subject ends at the redirect) is a card of its own, keyed by its line as written
(walk.add, f12bb143); alone, that line is keyed as the other was.  Deleting the earlier line, or swapping the two,
gave the later line's fact the earlier one's note and history and retired its own: a re-import gives each line its
own note back (sync._retiring_commands' ``rewritten``), and each card's history follows its line."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path
from random import Random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from test_import import give_history

from quizzer.cli import main
from quizzer.db.engine import Database, open_database
from quizzer.db.sync import sync_deck
from quizzer.extract import extract

A = "- `docker logs web`: 컨테이너 로그 출력\n"
B = "- `docker logs web > out.txt`: 로그를 파일로 저장\n"
C = "- `docker ps`: 실행 중인 컨테이너 목록\n"
_NOW = dt.datetime(2030, 1, 1, 9, tzinfo=dt.timezone.utc)


def _import(capsys: pytest.CaptureFixture[str], db: Path, notes: Path, text: str) -> dict[str, object]:
    notes.write_text(f"# Docker\n\n{text}", encoding="utf-8")
    assert main(["--db", str(db), "import", str(notes), "--trust", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out)["imports"][0])


def _notes(db: Path) -> dict[str, tuple[int, str, bool]]:
    """Each note by the first line of its back (what its line says): its id, key and whether it is live."""
    con = sqlite3.connect(db)
    try:
        return {back.split("\n")[0]: (note_id, key, retired is None)
                for note_id, key, back, retired in con.execute(
                    "SELECT note.id, key, back, retired_at FROM note JOIN deck ON deck.id = note.deck_id "
                    "WHERE deck.name = 'docker'")}
    finally:
        con.close()


def _history(db: Path) -> dict[int, list[tuple[object, ...]]]:
    """Each note's cards with their review state and reviews, by note id."""
    con = sqlite3.connect(db)
    try:
        found: dict[int, list[tuple[object, ...]]] = {}
        for row in con.execute("SELECT note_id, id, ord, reps, interval, due FROM card ORDER BY note_id, ord"):
            reviews = con.execute("SELECT reviewed_at, grade FROM review WHERE card_id = ?", (row[1],)).fetchall()
            found.setdefault(row[0], []).append((*row[1:], tuple(reviews)))
        return found
    finally:
        con.close()


def _answered(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, Path, dict[str, list[tuple[object, ...]]]]:
    """Both lines imported and answered, each card with a history of its own: that history by what the line says."""
    db, notes = tmp_path / "q.db", tmp_path / "docker.md"
    result = _import(capsys, db, notes, A + C + B)
    assert result["added"] == 3
    give_history(db, "docker")
    history = _history(db)
    by_line = {said: history[note_id] for said, (note_id, _, _) in _notes(db).items()}
    assert len({tuple(cards) for cards in by_line.values()}) == 3  # three distinct histories
    return db, notes, by_line


def test_deleting_the_earlier_line_keeps_each_lines_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, notes, by_line = _answered(capsys, tmp_path)
    result = _import(capsys, db, notes, C + B)
    assert (result["added"], result["retired"]) == (0, 1)
    after = _notes(db)
    history = _history(db)
    assert after["로그를 파일로 저장"][2] and not after["컨테이너 로그 출력"][2]
    assert after["로그를 파일로 저장"][1] == "docker|command|docker logs|docker logs web"  # the key of the line alone
    for said in ("로그를 파일로 저장", "컨테이너 로그 출력", "실행 중인 컨테이너 목록"):
        assert history[after[said][0]] == by_line[said], said
    # and the deleted line written again: each its own note and history once more
    result = _import(capsys, db, notes, A + C + B)
    assert (result["added"], result["restored"], result["retired"]) == (0, 1, 0)
    again = _notes(db)
    assert all(live for _, _, live in again.values())
    assert {said: history for said, (note_id, _, _) in again.items()
            for history in [_history(db)[note_id]]} == by_line
    assert again["컨테이너 로그 출력"][1] == "docker|command|docker logs|docker logs web"
    assert again["로그를 파일로 저장"][1] == "docker|command|docker logs|docker logs web > out.txt"


def test_deleting_the_later_line_after_the_earlier_keeps_each_lines_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, notes, by_line = _answered(capsys, tmp_path)
    _import(capsys, db, notes, C + B)  # the earlier line deleted: the later one has the key of both
    result = _import(capsys, db, notes, A + C)  # and now the earlier back, the later gone
    assert (result["added"], result["restored"], result["retired"]) == (0, 1, 1)
    after = _notes(db)
    assert after["컨테이너 로그 출력"][2] and not after["로그를 파일로 저장"][2]
    for said in by_line:
        assert _history(db)[after[said][0]] == by_line[said], said


def test_writing_the_earlier_line_above_a_line_alone_keeps_its_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "docker.md"
    _import(capsys, db, notes, C + B)  # the redirecting line alone: keyed as the plain line will be
    give_history(db, "docker")
    before = _notes(db)
    history = _history(db)
    result = _import(capsys, db, notes, A + C + B)
    assert (result["added"], result["retired"]) == (1, 0)
    after = _notes(db)
    assert after["로그를 파일로 저장"][0] == before["로그를 파일로 저장"][0]
    assert after["로그를 파일로 저장"][1] == "docker|command|docker logs|docker logs web > out.txt"
    assert _history(db)[after["로그를 파일로 저장"][0]] == history[before["로그를 파일로 저장"][0]]
    assert after["컨테이너 로그 출력"][0] not in history  # a new note, unanswered


def test_swapping_the_lines_keeps_the_later_lines_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, notes, by_line = _answered(capsys, tmp_path)
    # the redirecting line first: extraction joins the plain line to its card (one note, written as the first line)
    result = _import(capsys, db, notes, B + C + A)
    assert result["added"] == 0
    after = _notes(db)
    history = _history(db)
    joined = after["로그를 파일로 저장"]
    assert joined[2] and history[joined[0]] == by_line["로그를 파일로 저장"]
    plain = after["컨테이너 로그 출력"]  # its own note, retired with its history, not another line's card
    assert not plain[2] and history[plain[0]] == by_line["컨테이너 로그 출력"]
    assert history[after["실행 중인 컨테이너 목록"][0]] == by_line["실행 중인 컨테이너 목록"]
    # and back: each line its own note and history
    _import(capsys, db, notes, A + C + B)
    again = _notes(db)
    assert all(live for _, _, live in again.values())
    for said in by_line:
        assert _history(db)[again[said][0]] == by_line[said], said


def test_editing_the_earlier_lines_gloss_keeps_each_lines_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, notes, by_line = _answered(capsys, tmp_path)
    result = _import(capsys, db, notes, A.replace("컨테이너 로그 출력", "컨테이너 로그 보기") + C + B)
    assert (result["added"], result["updated"], result["retired"]) == (0, 1, 0)
    after = _notes(db)
    assert all(live for _, _, live in after.values())
    by_line["컨테이너 로그 보기"] = by_line.pop("컨테이너 로그 출력")
    for said in by_line:
        assert _history(db)[after[said][0]] == by_line[said], said


# -- any edit of such lines: each line's note stays its own ----------------------------------------------------------

_LINES = st.tuples(st.sampled_from(["docker logs web", "docker logs", "lsof -i TCP:[Port]"]),
                   st.lists(st.sampled_from([">", "out.txt", ">>", "log.txt", "-f", "[Port End]", "2>&1"]), max_size=3)
                   ).map(lambda pa: " ".join((pa[0], *pa[1])))


def _said(db: Database) -> dict[str, tuple[int, int]]:
    """Each note by the first line of its back: its id and how many lines its back has (more: lines joined)."""
    with db.reading() as s:
        return {back.split("\n")[0]: (note_id, back.count("\n") + 1)
                for note_id, back in s.execute(text("SELECT id, back FROM note"))}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, min_size=1, max_size=5, unique=True), st.randoms(use_true_random=False), st.data())
def test_a_lines_note_follows_it_through_any_edit(lines: list[str], random: Random, data: st.DataObject) -> None:
    # each line says something else; edited: some of them, in any order; imported all, edited, all (or the other way)
    bullets = [(line, f"설명{n}") for n, line in enumerate(lines)]
    edited = bullets[:]
    random.shuffle(edited)
    edited = edited[: data.draw(st.integers(0, len(edited)), label="kept")]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "q.db")
        try:
            first: dict[str, tuple[int, int]] = {}
            documents = (edited, bullets, edited) if data.draw(st.booleans(), label="edited first") else (bullets, edited, bullets)
            for n, document in enumerate(documents):
                notes = "# Logs\n\n" + "".join(f"- `{line}`: {said}\n" for line, said in document)
                with db.session() as s:
                    sync_deck(s, extract(notes, deck="d", source="d.md"), now=_NOW + dt.timedelta(days=n), origin="/n/d.md")
                now = _said(db)
                if not first:
                    first = now
                    continue
                # a line that had a note of its own keeps it (its history), retired or not, wherever it is written
                # (a note that joined two lines, the later one's card: which line it follows is not asked here)
                for said, (note_id, _) in now.items():
                    if said in first and first[said][1] == 1:
                        assert note_id == first[said][0], (said, document)
        finally:
            db.close()
