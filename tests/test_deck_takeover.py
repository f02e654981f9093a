"""``quizzer import OTHER.md --deck NAME`` where NAME is a deck filled from another document
that is still there: the deck moves to OTHER.md (its notes OTHER.md lacks retired, history
kept), which once happened without a word: a mistyped --deck hid a whole deck, and
importing the first document again then made a second deck of fresh cards beside it.
The result now says what happened and the command that undoes it."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from conftest import run_cli

GIT = "# Git\n\n- **git add**: stage changes\n- **git commit**: record them\n- **git push**: send them\n"
OTHER = "# Shell\n\n- **ls**: list files\n"


def test_a_deck_taken_from_a_document_still_there_says_so_and_how_to_undo_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path
) -> None:
    git = tmp_path / "git.md"
    git.write_text(GIT, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(OTHER, encoding="utf-8")
    assert run_cli(capsys, "import", str(git))[0] == 0
    rc, out, err = run_cli(capsys, "import", str(other), "--deck", "git")
    assert rc == 0, err
    assert f"The deck 'git' now comes from {other} instead of {git}" in err, err
    command = f"quizzer import {git} --deck git"
    assert command in err
    rc, out, err = run_cli(capsys, "import", str(other), "--deck", "git", "--json")
    assert rc == 0 and json.loads(out)["moved"] == []  # already there: nothing moved this time
    # the command it names brings the deck back, history and all
    rc, out, err = run_cli(capsys, *shlex.split(command)[1:], "--json")
    assert rc == 0, err
    result = json.loads(out)
    assert result["imports"][0]["restored"] == 3
    assert result["moved"] == [{"deck": "git", "from": str(other.resolve()), "to": str(git.resolve())}]


def test_taking_over_the_builtin_deck_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               quizzer_home: Path) -> None:
    mine = tmp_path / "mine.md"
    mine.write_text("- **docker ps**: 컨테이너 목록\n", encoding="utf-8")
    rc, _out, err = run_cli(capsys, "import", str(mine), "--deck", "docker-containers.ko")
    assert rc == 0, err
    assert f"The deck 'docker-containers.ko' now comes from {mine} instead of quizzer's built-in document." in err
