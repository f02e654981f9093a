"""A path quizzer prints is never broken by a line break of ours.

At 40 columns ``quizzer where`` wrapped '/tmp/내 노트 폴더 with spaces/…/quizzer.db' between its words,
each line under the label's indent: copied from the terminal, it was three pieces with newlines and
spaces in it.  Now a path that does not fit where it stands goes on a line of its own, whole (one
longer than the terminal is the terminal's to wrap, which copies as one line), and the words around
it still wrap.  So do the errors that name a file, and the sentences rich prints with a command in them.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import run_cli
from rich.console import Console

import quizzer.commands.common
from quizzer.paths import builtin_decks
from quizzer.text import width, wrap_around

FOLDER = "내 노트 폴더 with spaces/아주 긴 이름의 폴더"


@pytest.fixture
def narrow(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 40)
    return 40


def test_where_keeps_each_path_whole_on_a_narrow_terminal(
        narrow: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / FOLDER
    home.mkdir(parents=True)
    monkeypatch.setenv("QUIZZER_HOME", str(home))
    notes = home / "깃 노트.md"
    notes.write_text("- **git add**: stage changes\n", encoding="utf-8")
    assert run_cli(capsys, "import", str(notes), "--trust")[0] == 0
    rc, out, _err = run_cli(capsys, "where")
    assert rc == 0
    lines = [line.strip() for line in out.splitlines()]
    shipped = builtin_decks()[0].parent  # where this checkout keeps them: as long as the clone's path (CI's is long)
    for path in (home / "quizzer.db", home / "config.toml", notes, shipped):
        assert any(line == str(path) or line.startswith(f"{path} ") or line.endswith(f" {path}") for line in lines), out
    # what is not a path (or a built-in deck's document, kept whole as a path is) still wraps to the terminal
    assert all(width(line) <= narrow for line in out.splitlines()
               if str(home) not in line and str(shipped) not in line and "builtin:" not in line), out


def test_an_error_naming_a_file_keeps_the_path_whole(
        narrow: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / FOLDER / "없는 백업.json"
    rc, _out, err = run_cli(capsys, "--db", str(tmp_path / "q.db"), "import", str(missing))
    assert rc == 1
    assert any(str(missing) in line for line in err.splitlines()), err
    bad = tmp_path / FOLDER / "quizzer.db"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"this is not a database at all\n" * 200)
    rc, _out, err = run_cli(capsys, "--db", str(bad), "decks")
    assert rc == 1 and any(str(bad) in line for line in err.splitlines()), err


def test_several_pieces_stay_whole_and_the_words_around_them_wrap() -> None:
    path, command = f"/tmp/{FOLDER}/q.db", f"quizzer --db '/tmp/{FOLDER}/q.db' check"
    text = f"The database {path} waits for your check: run {command} and then come back."
    lines = wrap_around(text, 40, command, path)
    assert path in lines and command in lines
    assert all(width(line) <= 40 for line in lines if line not in (path, command))
    assert " ".join(lines).split() == text.split()


@pytest.mark.parametrize("columns", [40, 80])
def test_rich_keeps_a_printed_command_whole_at_its_width(columns: int) -> None:
    from quizzer.render import print_sentence

    command = f"quizzer --db '/tmp/{FOLDER}/q.db' check"
    out = io.StringIO()
    console = Console(file=out, width=columns, highlight=False, markup=False, emoji=False)
    print_sentence(console, f"3 cards wait for your check: run {command}.", [command])
    lines = out.getvalue().splitlines()
    assert any(command in line for line in lines), lines
    assert all(width(line.rstrip()) <= columns for line in lines if command not in line), lines


def test_the_file_an_export_wrote_is_named_whole(
        narrow: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / FOLDER / "내 덱 모음.apkg"
    target.parent.mkdir(parents=True)
    rc, out, err = run_cli(capsys, "--db", str(tmp_path / "q.db"), "export", "-o", str(target))
    assert rc == 0, err
    assert any(str(target) in line for line in out.splitlines()), out
