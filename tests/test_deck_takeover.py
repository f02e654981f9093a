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


def card_ids(capsys: pytest.CaptureFixture[str], deck: str) -> list[int]:
    rc, out, err = run_cli(capsys, "cards", deck, "--json")
    assert rc == 0, err
    return sorted(card["id"] for card in json.loads(out)["cards"])


def test_importing_the_first_document_again_takes_its_deck_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path
) -> None:
    """After a mistaken ``--deck git``, ``quizzer import git.md`` (as the person always
    typed it) made a second deck of fresh cards beside 'git'; now git.md, whose notes are
    the ones the takeover retired, takes its deck back with their history."""
    git = tmp_path / "git.md"
    git.write_text(GIT, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(OTHER, encoding="utf-8")
    assert run_cli(capsys, "import", str(git))[0] == 0
    before = card_ids(capsys, "git")
    assert run_cli(capsys, "import", str(other), "--deck", "git")[0] == 0
    rc, out, err = run_cli(capsys, "import", str(git), "--json")
    assert rc == 0, err
    result = json.loads(out)
    assert [(item["deck"], item["restored"], item["added"]) for item in result["imports"]] == [("git", 3, 0)]
    assert result["moved"] == [{"deck": "git", "from": str(other.resolve()), "to": str(git.resolve())}]
    assert card_ids(capsys, "git")[: len(before)] == before
    rc, out, err = run_cli(capsys, "decks", "--json")
    assert sorted(deck["name"] for deck in json.loads(out)["decks"]) == ["docker-containers.ko", "git"]
    # and the message names the command that undoes this too
    rc, out, err = run_cli(capsys, "import", str(other), "--deck", "git")
    rc, out, err = run_cli(capsys, "import", str(git))
    assert rc == 0, err
    assert f"The deck 'git' now comes from {git} instead of {other}" in err, err
    assert f"quizzer import {other} --deck git" in err


def test_a_document_sharing_no_retired_note_still_gets_a_deck_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path
) -> None:
    """Only the notes the deck retired call a document back: another git.md elsewhere,
    with other notes, is a new deck as before."""
    git = tmp_path / "git.md"
    git.write_text(GIT, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(OTHER, encoding="utf-8")
    stranger = tmp_path / "elsewhere" / "git.md"
    stranger.parent.mkdir()
    stranger.write_text("# Git\n\n- **git stash**: put changes aside\n", encoding="utf-8")
    assert run_cli(capsys, "import", str(git))[0] == 0
    assert run_cli(capsys, "import", str(other), "--deck", "git")[0] == 0
    rc, out, err = run_cli(capsys, "import", str(stranger), "--json")
    assert rc == 0, err
    result = json.loads(out)
    assert result["moved"] == []
    assert [item["deck"] for item in result["imports"]] == ["elsewhere/git"]


def test_a_document_that_fills_a_deck_is_not_imported_again_under_another_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path
) -> None:
    """'import git.md --deck mygit' after 'import git.md' made a second deck of the same notes,
    fresh cards beside the first deck's, both in review (found by qa5): it is refused, saying
    which deck the document fills, and nothing is written."""
    git = tmp_path / "git.md"
    git.write_text(GIT, encoding="utf-8")
    assert run_cli(capsys, "import", "--trust", str(git))[0] == 0
    before = card_ids(capsys, "git")
    rc, out, err = run_cli(capsys, "import", str(git), "--deck", "mygit")
    assert rc == 1 and out == ""
    assert err.strip() == (f"Error: {git.resolve()} already fills the deck 'git'; a document fills one deck, so it was "
                           "not imported as 'mygit' (import it without --deck to update 'git').")
    rc, out, _err = run_cli(capsys, "decks", "--json")
    assert [d["name"] for d in json.loads(out)["decks"]] == ["docker-containers.ko", "git"]
    assert card_ids(capsys, "git") == before
    assert run_cli(capsys, "import", str(git), "--deck", "git")[0] == 0  # its own deck: as without --deck
    # taking over a deck that exists stays allowed (the built-in deck's history, as the review's edit advises)
    rc, _out, err = run_cli(capsys, "import", str(git), "--deck", "docker-containers.ko")
    assert rc == 0 and "now comes from" in err


def test_taking_over_a_deck_imported_from_anki_does_not_call_it_gone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A deck made by importing an Anki package (its source 'anki:도커'), then a document imported
    over it with --deck: '… (it came from anki:도커, which is gone)', as if a file had been deleted."""
    from quizzer.render import print_skipped

    mine = tmp_path / "도커.md"
    capsys.readouterr()
    print_skipped([], [("도커", "anki:도커", str(mine))])
    err = " ".join(capsys.readouterr().err.split())
    assert "gone" not in err and "anki:" not in err
    assert err == (f"The deck '도커' now comes from {mine} instead of an Anki package: the notes imported from "
                   "Anki were retired, their history kept.")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_command_that_brings_a_deck_back_ends_the_sentence_bare_and_runs_as_copied(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path
) -> None:
    """The command sat in quotes mid-sentence: with a folder whose name needs quoting it read
    ''quizzer import '/…/내 노트/git.md' --deck git'' (quotes in quotes).  Now it stands bare between
    spaces, and those words, run as a shell splits them, bring the deck back."""
    folder = tmp_path / "내 노트"
    folder.mkdir()
    git = folder / "git.md"
    git.write_text(GIT, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(OTHER, encoding="utf-8")
    assert run_cli(capsys, "import", str(git))[0] == 0
    rc, _out, err = run_cli(capsys, "--lang", language, "import", str(other), "--deck", "git")
    assert rc == 0, err
    command = shlex.join(["quizzer", "import", str(git.resolve()), "--deck", "git"])
    assert f" {command} " in err and f"'{command}" not in err, err
    rc, out, err = run_cli(capsys, *shlex.split(command)[1:], "--json")
    assert rc == 0, err
    assert json.loads(out)["imports"][0]["restored"] == 3
