"""A dump edited by hand or damaged is refused in one sentence naming the place in the file,
before anything is written; it once stopped with a traceback halfway (a ``null`` front,
a date that is not one, notes that are not a list) or restored a deck with no name."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

NOTES = "# Git\n\n- **git add**: stage changes\n- **git commit**: record them\n"


def _set(path: tuple[Any, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
    return change


def _twice(data: dict[str, Any]) -> None:
    data["decks"][0]["notes"].append(copy.deepcopy(data["decks"][0]["notes"][0]))


DAMAGE = {
    "a null front": (_set(("decks", 0, "notes", 0, "front"), None), "decks[0].notes[0].front"),
    "a date that is not one": (_set(("decks", 0, "created_at"), "yesterday"), "decks[0].created_at"),
    "notes that are not a list": (_set(("decks", 0, "notes"), 5), "decks[0].notes"),
    "a deck with no name": (_set(("decks", 0, "name"), ""), "decks[0].name"),
    "a deck name with an escape": (_set(("decks", 0, "name"), "a\x1b[2Jb"), "decks[0].name"),
    "a text ease": (_set(("decks", 0, "notes", 0, "cards", 0, "ef_centi"), "x"), "decks[0].notes[0].cards[0].ef_centi"),
    "a due day that is no day": (_set(("decks", 0, "notes", 0, "cards", 0, "due"), "2026-13-40"),
                                 "decks[0].notes[0].cards[0].due"),
    "a missing key": (_drop(("decks", 0, "notes", 0, "key")), "decks[0].notes[0].key"),
    "a note twice": (_twice, "decks[0].notes[2].key"),
    "a short review row": (_set(("decks", 0, "notes", 0, "cards", 0, "reviews"), [[1, 2]]),
                           "decks[0].notes[0].cards[0].reviews[0]"),
    "answers that are not a list": (_set(("decks", 0, "notes", 0, "answers"), "git add"), "decks[0].notes[0].answers"),
}


@pytest.mark.parametrize("case", DAMAGE)
def test_a_damaged_dump_is_one_sentence_and_writes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path
) -> None:
    notes = tmp_path / "git.md"
    notes.write_text(NOTES, encoding="utf-8")
    saved = tmp_path / "saved.json"
    assert run_cli(capsys, "import", str(notes))[0] == 0
    assert run_cli(capsys, "backup", "-o", str(saved))[0] == 0
    before = tmp_path / "before.json"
    assert run_cli(capsys, "backup", "-o", str(before))[0] == 0
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["decks"] = [deck for deck in data["decks"] if deck["name"] == "git"]
    data["decks"][0]["name"] = "restored"  # a deck this database lacks: it would be created
    change, where = DAMAGE[case]
    change(data)
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rc, out, err = run_cli(capsys, "import", str(damaged))
    assert rc == 1, out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {damaged} is damaged: "), err
    assert f" at {where} " in lines[0] and lines[0].endswith("nothing was restored."), err
    assert "\x1b" not in err
    after = tmp_path / "after.json"
    assert run_cli(capsys, "backup", "-o", str(after))[0] == 0
    assert after.read_bytes() == before.read_bytes()


def test_an_undamaged_dump_still_restores(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          quizzer_home: Path) -> None:
    notes = tmp_path / "git.md"
    notes.write_text(NOTES, encoding="utf-8")
    saved = tmp_path / "saved.json"
    assert run_cli(capsys, "import", str(notes))[0] == 0
    assert run_cli(capsys, "backup", "-o", str(saved))[0] == 0
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["decks"][0]["name"] = data["decks"][0]["name"] + " copy"
    copy_ = tmp_path / "copy.json"
    copy_.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rc, out, err = run_cli(capsys, "import", str(copy_))
    assert rc == 0, err
