"""A review with nothing due because every card left is suspended (by hand, or as a leech) says so,
with the commands that show the cards and bring one back; it said 'these decks have no cards left. Add
notes with: quizzer import NOTES.md', sending the person to write notes they already have."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli

NOTES = "# Git\n\nshow the status::git status\nstage changes::git add\n"


def deck_of_suspended_cards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[int]]:
    notes, db = tmp_path / "git.md", tmp_path / "q.db"
    notes.write_text(NOTES, encoding="utf-8")
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    rc, out, err = run_cli(capsys, "--db", str(db), "cards", "git", "--json")
    assert rc == 0, err
    ids = [card["id"] for card in json.loads(out)["cards"]]
    assert run_cli(capsys, "--db", str(db), "suspend", *map(str, ids))[0] == 0
    return db, ids


def test_every_card_suspended_by_hand_is_said_with_the_commands_to_see_and_bring_them_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, ids = deck_of_suspended_cards(tmp_path, capsys)
    rc, out, err = run_cli(capsys, "--db", str(db), "review", "git")
    assert rc == 0, err
    assert " ".join(out.split()) == (
        f"Nothing to review: every card left in these decks is suspended ({len(ids)}); quizzer --db {db} cards git "
        f"shows their ids, and quizzer --db {db} unsuspend ID brings one back.")


def test_leeches_among_them_are_named_with_what_to_do_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, ids = deck_of_suspended_cards(tmp_path, capsys)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE card SET leech = 1, lapses = 8 WHERE id = ?", (ids[0],))
    con.close()
    rc, out, err = run_cli(capsys, "--db", str(db), "--lang", "ko", "review", "git")
    assert rc == 0, err
    assert " ".join(out.split()) == (
        f"복습할 것이 없습니다. 이 덱들에 남은 카드는 모두 보류되어 있고(카드 {len(ids)}장), 그중 1장은 너무 자주 잊어버린 "
        f"카드(리치)입니다(되살리기 전에 노트를 고쳐 쓰세요). quizzer --db {db} cards git 명령으로 카드 번호를 보고 "
        f"quizzer --db {db} unsuspend ID 명령으로 되살릴 수 있습니다.")


def test_a_deck_with_no_cards_at_all_still_asks_for_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, ids = deck_of_suspended_cards(tmp_path, capsys)
    assert run_cli(capsys, "--db", str(db), "unsuspend", *map(str, ids))[0] == 0
    # the notes rewritten to prose: the two cards retired, no card of the deck left to review ("nothing here" no longer
    # serves: since 7b39bf35 it is the writer's word that nothing is written, and a document of nothing is refused)
    (tmp_path / "git.md").write_text("# Git\n\nA story.\n", encoding="utf-8")
    assert run_cli(capsys, "--db", str(db), "import", str(tmp_path / "git.md"))[0] == 0
    rc, out, _err = run_cli(capsys, "--db", str(db), "review", "git")
    assert rc == 0 and "suspended" not in out


def test_the_card_list_names_a_leech(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`quizzer cards` said only 'suspended' of a leech, the one card a person should rewrite first."""
    db, ids = deck_of_suspended_cards(tmp_path, capsys)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE card SET leech = 1, lapses = 8 WHERE id = ?", (ids[0],))
    con.close()
    rc, out, err = run_cli(capsys, "--db", str(db), "cards", "git", "--json")
    assert rc == 0, err
    assert [(card["id"], card["leech"]) for card in json.loads(out)["cards"]] == [(ids[0], True), (ids[1], False)]
    rc, out, err = run_cli(capsys, "--db", str(db), "cards", "git")
    assert rc == 0, err
    assert out.count("suspended (leech)") == 1 and out.count("suspended") == 3  # the title's "2 suspended" too
