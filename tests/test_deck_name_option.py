"""``--deck NAME`` names a deck a person will type and read: an empty name (a deck
listed as a blank row, that no command can name) or one with control characters
is refused with one sentence, before anything is read or written."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

NOTES = "# git\n\n- **git add**: stage changes\n"


def _refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, name: str, lang: str = "en") -> str:
    """What ``quizzer COMMAND notes --deck NAME`` says on stderr; it must exit 2 as argparse does."""
    notes = tmp_path / "git.md"
    notes.write_text(NOTES, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        run_cli(capsys, "--lang", lang, command, str(notes), "--deck", name)
    assert exit_.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize("command", ["import", "extract"])
@pytest.mark.parametrize("name", ["a\nb", "bad\x1b[2J", "tab\there"])
def test_a_deck_name_that_no_one_could_type_or_read_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path, command: str, name: str
) -> None:
    err = _refused(tmp_path, capsys, command, name)
    assert "argument --deck: expected a deck name without control characters, not '" in err
    assert "Traceback" not in err and "\x1b" not in err and not (quizzer_home / "quizzer.db").exists()


@pytest.mark.parametrize("command", ["import", "extract"])
@pytest.mark.parametrize("name", ["", "   ", "\u3000"])
@pytest.mark.parametrize(("lang", "said"), [("en", "a deck name cannot be blank"), ("ko", "덱 이름은 비워 둘 수 없습니다")])
def test_a_blank_deck_name_is_refused_in_one_plain_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path, command: str, name: str, lang: str,
    said: str,
) -> None:
    """It said "expected a deck name: some text without control characters, not ''": a riddle
    about control characters for a name left empty."""
    err = _refused(tmp_path, capsys, command, name, lang=lang)
    assert err.strip().splitlines()[-1].endswith(f"--deck: {said}"), err
    assert "control" not in err and "제어" not in err and not (quizzer_home / "quizzer.db").exists()


def test_a_deck_name_is_taken_without_its_surrounding_spaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "git.md"
    notes.write_text(NOTES, encoding="utf-8")
    rc, _out, err = run_cli(capsys, "import", str(notes), "--deck", "  my git  ")
    assert rc == 0, err
    rc, out, err = run_cli(capsys, "cards", "my git", "--json")
    assert rc == 0, err
    assert '"deck": "my git"' in out


@pytest.mark.parametrize("command", ["import", "extract"])
@pytest.mark.parametrize("name", ["::", "git::", "::git", "a:: ::b", "a::::b", " :: "])
def test_a_deck_name_with_an_empty_part_around_double_colons_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path, command: str, name: str
) -> None:
    """Anki reads ``::`` as parent::child: an empty part would be a nameless deck in an export."""
    err = _refused(tmp_path, capsys, command, name)
    assert "argument --deck: expected a deck name with some text on each side of every '::'" in err
    assert "Traceback" not in err and not (quizzer_home / "quizzer.db").exists()


def test_a_nested_deck_name_with_every_part_named_is_taken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "git.md"
    notes.write_text(NOTES, encoding="utf-8")
    rc, _out, err = run_cli(capsys, "import", str(notes), "--deck", "tools::git")
    assert rc == 0, err


def test_a_deck_named_after_a_file_name_with_control_characters_can_be_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path
) -> None:
    """A file named 'bad<ESC>[31mname.md' (or with a right-to-left override, U+202E) made a deck
    of that name: listed inertly ('bad^[[31mname'), but no one could type it to review it. The
    name from a file name drops what --deck refuses, as a folder's name does."""
    import json

    folder = tmp_path / "내 노트\x1b[1m"
    folder.mkdir()
    for name in ("bad\x1b[31mname.md", "한글\u202eevil.md", "notes.md"):
        (folder / name).write_text(NOTES, encoding="utf-8")
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")  # another notes.md: the folder tells them apart
    rc, out, err = run_cli(capsys, "extract", str(folder), str(tmp_path / "notes.md"), "--json")
    assert rc == 0, err
    names = sorted(deck["name"] for deck in json.loads(out)["decks"])
    assert names == sorted(["badname", "한글evil", "내 노트/notes", f"{tmp_path.name}/notes"])
    rc, out, err = run_cli(capsys, "import", str(folder), "--trust")
    assert rc == 0, err
    rc, out, err = run_cli(capsys, "cards", "badname")  # typed as one would
    assert rc == 0 and "badname: 2 cards" in out, err
