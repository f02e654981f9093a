"""The real command line, driven in-process (and twice as ``python -m quizzer``).

Each test gets its own QUIZZER_HOME under tmp_path; QUIZZER_DB and
QUIZZER_CONFIG are removed so nothing reaches the real home directory.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import quizzer
from quizzer import __version__
from quizzer.cli import build_parser, main
from conftest import run_cli as run


PROJECT_ROOT = Path(quizzer.__file__).resolve().parent.parent
BUILTIN_DECK = "docker-containers.ko"

GIT_NOTES = """\
# Git

- **git status**: show the working tree status
- **git add**: stage changes

| command | purpose |
|---|---|
| `git log` | show history |
"""

# Text that rich would eat if it were treated as markup.
MARKUP_NOTES = """\
# Docker

- **docker pull**: pull name[:tag | @IMAGE_DIGEST] from a registry
- **docker rmi**: remove 이미지이름<:태그> and [bold]not bold[/bold]
"""


@pytest.fixture(autouse=True)
def cli_home(quizzer_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """conftest's isolated QUIZZER_HOME, under this file's name."""
    home = quizzer_home
    monkeypatch.setenv("COLUMNS", "300")  # rich folds cells narrower than the text
    return home


def is_empty(folder: Path) -> bool:
    """Nothing written there (tests/conftest.py may have made the folder itself)."""
    return not folder.exists() or not any(folder.iterdir())


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def one_sentence(err: str) -> str:
    """The single ``Error: …`` line a failing command prints."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Error: "), err
    assert lines[0].endswith("."), err
    return lines[0]


def subprocess_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"QUIZZER_DB", "QUIZZER_CONFIG"}}
    env["QUIZZER_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return env


# -- help, version, python -m ---------------------------------------------------


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: quizzer")
    for name in ("extract", "import", "decks", "cards", "review", "suspend", "unsuspend"):
        assert name in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"quizzer {__version__}"


def _subcommands() -> dict[str, tuple[argparse.ArgumentParser, str | None]]:
    parser = build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {choice.dest: choice.help for choice in action._choices_actions}
    return {name: (sub, helps.get(name)) for name, sub in action.choices.items()}


def test_every_command_and_argument_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    commands = _subcommands()
    assert {"extract", "import", "decks", "cards"} <= set(commands)
    for name, (sub, help_text) in commands.items():
        assert help_text and help_text.strip(), f"command {name!r} has no help text"
        assert sub.description, f"command {name!r} has no description"
        for action in sub._actions:
            assert action.help and action.help.strip(), f"{name} {action.dest} has no help text"
        with pytest.raises(SystemExit) as exit_info:
            main([name, "--help"])
        assert exit_info.value.code == 0
        assert help_text in " ".join(capsys.readouterr().out.split())
    for action in build_parser()._actions:
        if not isinstance(action, argparse._SubParsersAction):
            assert action.help, f"global option {action.dest} has no help text"


def test_python_dash_m_quizzer_help_version_and_extract(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = subprocess_env(home)
    helped = subprocess.run([sys.executable, "-m", "quizzer", "--help"], env=env, capture_output=True,
                            text=True, check=False)
    assert helped.returncode == 0, helped.stderr
    assert "usage: quizzer" in helped.stdout
    version = subprocess.run([sys.executable, "-m", "quizzer", "--version"], env=env, capture_output=True,
                             text=True, check=False)
    assert version.returncode == 0
    assert version.stdout.strip() == f"quizzer {__version__}"
    notes = write(tmp_path / "git.md", GIT_NOTES)
    extracted = subprocess.run([sys.executable, "-m", "quizzer", "extract", str(notes), "--json"], env=env,
                               capture_output=True, check=False)
    assert extracted.returncode == 0, extracted.stderr
    data = json.loads(extracted.stdout.decode("utf-8"))
    assert [n["front"] for n in data["decks"][0]["notes"]] == ["git status", "git add", "git log"]
    assert is_empty(home)


def test_python_dash_m_quizzer_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all\n" * 200)
    before = bad.read_bytes()
    result = subprocess.run([sys.executable, "-m", "quizzer", "--db", str(bad), "decks"],
                            env=subprocess_env(tmp_path / "home"), capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "damaged or is not a quizzer database" in one_sentence(result.stderr)
    assert bad.read_bytes() == before


# -- extract ----------------------------------------------------------------------


def test_extract_json_has_the_promised_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             cli_home: Path) -> None:
    notes = write(tmp_path / "git.md", GIT_NOTES)
    rc, out, err = run(capsys, "extract", str(notes), "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert set(data) >= {"decks"}
    (deck,) = data["decks"]
    assert deck["name"] == "git"
    assert deck["source"] == str(notes)
    assert isinstance(deck["warnings"], list)
    assert len(deck["notes"]) == 3
    types = {"key": str, "kind": str, "front": str, "back": str, "section": list, "line": int, "tags": list}
    for note in deck["notes"]:
        for field, kind in types.items():
            assert isinstance(note[field], kind), (field, note)
        assert note["command"] is None or isinstance(note["command"], str)
        assert all(isinstance(s, str) for s in note["section"])
        assert all(isinstance(t, str) for t in note["tags"])
    first = deck["notes"][0]
    assert (first["kind"], first["front"], first["back"], first["command"], first["line"]) == (
        "command", "git status", "show the working tree status", "git status", 3)
    assert first["section"] == ["Git"]
    assert is_empty(cli_home), "extract must not create a database"


def test_extract_table_shows_why_each_card_was_made_and_the_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_home: Path
) -> None:
    notes = write(tmp_path / "git.md", GIT_NOTES + "\n- **git add**: stage again\n")
    rc, out, err = run(capsys, "extract", str(notes))
    assert rc == 0, err
    assert "why" in out
    assert "`command:" in out and "table row" in out  # the rules (cells may fold on a narrow terminal)
    assert "repeats the command 'git add'" in out.replace("\n", "")
    rc, out, _ = run(capsys, "extract", str(notes), "--json")
    reasons = [note["reason"] for note in json.loads(out)["decks"][0]["notes"]]
    assert reasons[:3] == ["`command: description` line", "`command: description` line", "table row"]


def test_extract_json_warnings_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = write(tmp_path / "dup.md", "# T\n\n- **git add**: stage\n- **git add**: stage again\n")
    rc, out, _ = run(capsys, "extract", str(notes), "--json")
    assert rc == 0
    warnings = json.loads(out)["decks"][0]["warnings"]
    assert warnings, "a repeated command should be reported"
    for warning in warnings:
        assert set(warning) >= {"line", "message"}
        assert isinstance(warning["line"], int) and isinstance(warning["message"], str)


def test_extract_json_is_nfc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nfd = unicodedata.normalize("NFD", "# 도커\n\n- **docker ps**: 실행 중인 컨테이너 목록\n")
    assert not unicodedata.is_normalized("NFC", nfd)
    notes = write(tmp_path / "ko.md", nfd)
    rc, out, _ = run(capsys, "extract", str(notes), "--json")
    assert rc == 0
    assert unicodedata.is_normalized("NFC", out)
    note = json.loads(out)["decks"][0]["notes"][0]
    assert note["back"] == "실행 중인 컨테이너 목록"
    assert note["section"] == ["도커"]


def test_deck_name_from_an_nfd_file_name_is_nfc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """macOS spells file names in NFD; the deck must still be '도커' as the user types it."""
    notes = write(tmp_path / unicodedata.normalize("NFD", "도커.md"), "- **docker ps**: list containers\n")
    rc, out, _ = run(capsys, "extract", str(notes), "--json")
    assert rc == 0
    deck = json.loads(out)["decks"][0]
    assert deck["name"] == "도커"
    assert unicodedata.is_normalized("NFC", deck["notes"][0]["key"])


def test_extract_with_db_option_does_not_create_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = write(tmp_path / "git.md", GIT_NOTES)
    db = tmp_path / "explicit.db"
    rc, _, _ = run(capsys, "--db", str(db), "extract", str(notes))
    assert rc == 0
    assert not db.exists()


def test_extract_table_is_readable_and_markup_is_not_interpreted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = write(tmp_path / "docker.md", MARKUP_NOTES)
    rc, out, _ = run(capsys, "extract", str(notes))
    assert rc == 0
    assert "docker" in out and "2 notes" in out
    for header in ("line", "kind", "command", "front", "back"):
        assert header in out
    assert "name[:tag | @IMAGE_DIGEST]" in out
    assert "이미지이름<:태그>" in out
    assert "[bold]not bold[/bold]" in out
    assert "\x1b[" not in out  # not a terminal: no styling codes


def test_extract_folder_reads_every_markdown_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "notes" / "git.md", GIT_NOTES)
    write(tmp_path / "notes" / "sub" / "docker.md", MARKUP_NOTES)
    write(tmp_path / "notes" / "readme.txt", "- **ls**: not markdown, ignored\n")
    rc, out, _ = run(capsys, "extract", str(tmp_path / "notes"), "--json")
    assert rc == 0
    assert sorted(deck["name"] for deck in json.loads(out)["decks"]) == ["docker", "git"]


# -- import, decks, cards ----------------------------------------------------------


def test_import_prints_counts_per_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git = write(tmp_path / "git.md", GIT_NOTES)
    docker = write(tmp_path / "docker.md", MARKUP_NOTES)
    rc, out, _ = run(capsys, "import", str(git), str(docker))
    assert rc == 0
    for header in ("deck", "added", "updated", "unchanged", "retired"):
        assert header in out
    rows = {line.split()[1]: line.split()[3:12:2] for line in out.splitlines()
            if line.startswith("│") and line.split()[1] in {"git", "docker"}}
    assert rows == {"git": ["3", "0", "0", "0", "0"], "docker": ["2", "0", "0", "0", "0"]}

    rc, out, _ = run(capsys, "import", str(git), str(docker), "--json")
    assert rc == 0
    counts = {r["deck"]: (r["added"], r["updated"], r["unchanged"], r["retired"]) for r in json.loads(out)["imports"]}
    assert counts == {"git": (0, 0, 3, 0), "docker": (0, 0, 2, 0)}


def test_new_database_gets_the_builtin_deck(capsys: pytest.CaptureFixture[str], cli_home: Path) -> None:
    rc, out, _ = run(capsys, "decks", "--json")
    assert rc == 0
    decks = {d["name"]: d for d in json.loads(out)["decks"]}
    assert BUILTIN_DECK in decks
    builtin = decks[BUILTIN_DECK]
    assert set(builtin) >= {"name", "notes", "cards", "new", "due"}
    assert builtin["notes"] > 0 and builtin["cards"] >= builtin["notes"]
    # new: what today's review shows of it, one card a note, the new-card limit applied
    from quizzer.config import Limits

    assert builtin["new"] == min(Limits().new_per_day, builtin["notes"]) and builtin["due"] == 0
    assert (cli_home / "quizzer.db").exists()


def test_decks_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(write(tmp_path / "git.md", GIT_NOTES)), "--trust")
    rc, out, _ = run(capsys, "decks")
    assert rc == 0
    for header in ("deck", "notes", "cards", "new", "due"):
        assert header in out
    (git_line,) = [line for line in out.splitlines() if " git " in line]
    assert git_line.split()[1:10:2] == ["git", "3", "6", "3", "0"]  # one card a note a day: 3 of the 6 new
    rc, out, _ = run(capsys, "decks", "--json")
    decks = {d["name"]: d for d in json.loads(out)["decks"]}
    assert decks["git"] == {"name": "git", "notes": 3, "cards": 6, "new": 3, "due": 0, "to_check": 0, "held_back": 0}


def test_cards_filters_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = GIT_NOTES + "\n## Ideas\n\n- **git stash**: shelve 100% of the changes_for later\n"
    run(capsys, "import", str(write(tmp_path / "git.md", notes)))
    rc, out, _ = run(capsys, "cards", "git", "--json")
    assert rc == 0
    data = json.loads(out)
    assert data["deck"] == "git"
    cards = data["cards"]
    assert [(c["front"], c["direction"]) for c in cards][:2] == [("git status", "forward"), ("git status", "reverse")]
    assert len(cards) == 8
    for card in cards:
        assert set(card) >= {"id", "kind", "front", "back", "due", "interval", "suspended"}
        assert card["due"] is None and card["retired"] is False

    rc, out, _ = run(capsys, "cards", "git", "--search", "HISTORY", "--json")
    assert [c["front"] for c in json.loads(out)["cards"]] == ["git log", "git log"]
    # LIKE wildcards in the search are literal text
    rc, out, _ = run(capsys, "cards", "git", "--search", "100%", "--json")
    assert {c["front"] for c in json.loads(out)["cards"]} == {"git stash"}
    rc, out, _ = run(capsys, "cards", "git", "--search", "s_a", "--json")
    assert json.loads(out)["cards"] == []
    rc, out, _ = run(capsys, "cards", "git", "--kind", "command", "--json")
    assert len(json.loads(out)["cards"]) == 8
    rc, out, _ = run(capsys, "cards", "git", "--kind", "concept", "--json")
    assert rc == 0 and json.loads(out)["cards"] == []


def test_cards_table_shows_text_exactly_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(write(tmp_path / "docker.md", MARKUP_NOTES)))
    rc, out, _ = run(capsys, "cards", "docker")
    assert rc == 0
    assert "docker: 0 cards in review · 4 to check" in out  # they wait for quizzer check
    assert "name[:tag | @IMAGE_DIGEST]" in out
    assert "이미지이름<:태그>" in out
    assert "[bold]not bold[/bold]" in out


def test_builtin_syntax_line_shows_exactly_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "cards", BUILTIN_DECK, "--search", "IMAGE_DIGEST")
    assert rc == 0
    assert "name[:tag | @IMAGE_DIGEST]" in out


def test_cards_json_is_nfc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nfd = unicodedata.normalize("NFD", "# 도커\n\n- **docker ps**: 실행 중인 컨테이너 목록\n")
    run(capsys, "import", str(write(tmp_path / "ko.md", nfd)))
    rc, out, _ = run(capsys, "cards", "ko", "--json")
    assert rc == 0
    assert unicodedata.is_normalized("NFC", out)
    assert json.loads(out)["cards"][0]["back"] == "실행 중인 컨테이너 목록"


def test_cards_search_in_nfd_finds_nfc_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(write(tmp_path / "ko.md", "- **docker ps**: 실행 중인 컨테이너 목록\n")))
    rc, out, _ = run(capsys, "cards", "ko", "--search", unicodedata.normalize("NFD", "컨테이너"), "--json")
    assert rc == 0
    assert len(json.loads(out)["cards"]) == 2


def test_cards_runs_without_deprecation_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """pyproject allows SQLAlchemy 2.1, and the suite turns warnings into errors."""
    run(capsys, "import", str(write(tmp_path / "git.md", GIT_NOTES)))
    rc, out, _ = run(capsys, "cards", "git", "--json")
    assert rc == 0
    assert len(json.loads(out)["cards"]) == 6


def test_unknown_deck_is_one_sentence_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_home: Path) -> None:
    run(capsys, "import", str(write(tmp_path / "git.md", GIT_NOTES)))
    db = cli_home / "quizzer.db"
    before = db.read_bytes()
    rc, out, err = run(capsys, "cards", "nosuch")
    assert rc == 1 and out == ""
    sentence = one_sentence(err)
    assert "'nosuch'" in sentence and "git" in sentence
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists()


def test_no_command_means_review(capsys: pytest.CaptureFixture[str], cli_home: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """With no new cards allowed and none due: a sentence, not the interactive screen."""
    config = write(cli_home.parent / "config.toml", "new_per_day = 0\n")
    monkeypatch.setenv("QUIZZER_CONFIG", str(config))
    rc, out, _ = run(capsys)
    assert rc == 0
    assert "Nothing" in out


def test_wal_and_lock_files_do_not_linger(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          cli_home: Path) -> None:
    run(capsys, "import", str(write(tmp_path / "git.md", GIT_NOTES)))
    run(capsys, "decks")
    assert sorted(p.name for p in cli_home.iterdir()) == ["quizzer.db"]
    with sqlite3.connect(cli_home / "quizzer.db") as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_main_leaves_the_garbage_collector_on(capsys: pytest.CaptureFixture[str]) -> None:
    import gc

    assert main(["decks"]) == 0
    assert gc.isenabled()
    assert main(["cards", "no-such-deck"]) == 1
    assert gc.isenabled()


def test_extract_never_loads_the_database_layer(tmp_path: Path) -> None:
    """`quizzer extract` is pure: SQLAlchemy is not even imported (it costs ~0.2 s)."""
    notes = write(tmp_path / "n.md", "- **git log**: history\n")
    code = (
        "import sys\nfrom quizzer.cli import main\n"
        f"rc = main(['extract', {str(notes)!r}, '--json'])\n"
        "print('LOADED' if 'sqlalchemy' in sys.modules else 'CLEAN', rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("CLEAN 0")


HEAVY = ("sqlalchemy", "prompt_toolkit", "rich", "markdown_it", "babel", "genanki", "rapidfuzz", "platformdirs", "anki")
LOADED = r"""
import runpy, sys
try:
    runpy.run_module("quizzer", run_name="__main__")
except SystemExit as end:
    code = end.code
modules = sorted(sys.modules)  # before json, which this report needs and quizzer may not
import json
print(json.dumps({"code": code, "loaded": sorted({m.split(".")[0] for m in modules}), "modules": modules}),
      file=sys.stderr)
"""


#: Standard modules --help does without: shutil and tempfile (with the compression modules
#: they bring: argparse's terminal width, platformdirs), the clock, JSON (~10 ms in all).
NOT_FOR_HELP = {"shutil", "tempfile", "lzma", "bz2", "datetime", "json", "random"}


@pytest.mark.parametrize("home", ["QUIZZER_HOME", "HOME"])
@pytest.mark.parametrize("argv", [["--help"], ["--lang", "ko", "--help"], ["import", "--help"], ["--version"]])
def test_help_loads_no_heavy_module(argv: list[str], home: str, cli_home: Path, tmp_path: Path) -> None:
    """`quizzer --help` (as the program runs it) imports no third-party library and
    no command's work: it stays fast (~40 ms of CPU, Python's own start-up ~13 ms, on
    a 2-core machine).  As people run it too: no QUIZZER_HOME, the folders of XDG."""
    env = {**os.environ, "QUIZZER_HOME": str(cli_home)}
    if home == "HOME":
        env = {k: v for k, v in env.items() if not k.startswith(("QUIZZER_", "XDG_"))}
        env["HOME"] = str(tmp_path / "home")
    run = subprocess.run([sys.executable, "-c", LOADED, *argv], capture_output=True, text=True, env=env)
    report = json.loads(run.stderr.splitlines()[-1])
    assert report["code"] in (0, None)
    assert run.stdout.startswith(("usage: quizzer", "사용법: quizzer", "quizzer "))
    if home == "HOME" and argv[-1] == "--help" and "import" not in argv and sys.platform == "linux":
        assert str(tmp_path / "home" / ".local" / "share" / "quizzer" / "quizzer.db") in run.stdout
    if sys.platform == "linux" or home == "QUIZZER_HOME":
        assert not set(report["loaded"]) & set(HEAVY)
        assert not set(report["modules"]) & NOT_FOR_HELP
    # without a settings file, not even the settings module (dataclasses, tomllib) nor the note model
    assert not set(report["modules"]) & {"dataclasses", "inspect", "tomllib", "quizzer.config", "quizzer.extract"}
    # English help is ASCII, Korean help ASCII and Hangul: widths known without wcwidth (~20 ms to import)
    assert "wcwidth" not in report["loaded"]


def test_help_stays_lean_with_a_settings_file(tmp_path: Path, cli_home: Path) -> None:
    """The language comes from the settings file before the help is built: reading it loads nothing heavy."""
    config = write(tmp_path / "config.toml", 'language = "ko"\nnew_per_day = 5\n')
    run = subprocess.run([sys.executable, "-c", LOADED, "--help"], capture_output=True, text=True,
                         env={**os.environ, "QUIZZER_HOME": str(cli_home), "QUIZZER_CONFIG": str(config)})
    report = json.loads(run.stderr.splitlines()[-1])
    assert report["code"] in (0, None) and "사용법" in run.stdout
    assert not set(report["loaded"]) & set(HEAVY)


@pytest.mark.parametrize("argv", [["decks"], ["decks", "--json"]])
def test_decks_loads_neither_the_orm_nor_the_screen(argv: list[str], cli_home: Path) -> None:
    """`quizzer decks` on a database that is ready: the plain sqlite3 path (rich draws its table)."""
    env = {**os.environ, "QUIZZER_HOME": str(cli_home)}
    subprocess.run([sys.executable, "-m", "quizzer", "decks"], env=env, check=True, capture_output=True)  # made once
    run = subprocess.run([sys.executable, "-c", LOADED, *argv], capture_output=True, text=True, env=env)
    report = json.loads(run.stderr.splitlines()[-1])
    assert report["code"] in (0, None) and "docker-containers.ko" in run.stdout
    assert not set(report["loaded"]) & {"sqlalchemy", "prompt_toolkit", "markdown_it", "rapidfuzz", "genanki"}
    assert "tomllib" not in report["loaded"]  # no settings file: nothing to parse


def test_an_error_wraps_between_words_on_a_narrow_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 40 columns the terminal cut 'al/l 17' in the error naming the nearest decks; to a pipe it stays one line."""
    import io
    import os as _os

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    assert main(["--db", str(tmp_path / "q.db"), "decks"]) == 0  # made before: a new one is said (test_db_path_chosen)
    with monkeypatch.context() as patch:
        patch.setattr(sys, "stderr", terminal)
        patch.setattr("shutil.get_terminal_size", lambda fallback=(80, 24): _os.terminal_size((40, 24)))
        assert main(["--db", str(tmp_path / "q.db"), "cards", "docker-containerz"]) == 1
    lines = terminal.getvalue().splitlines()
    assert len(lines) > 1 and all(len(line) <= 39 for line in lines), lines
    assert all(not line.endswith(("-", "'quizz")) for line in lines), lines
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "q.db"), "cards", "docker-containerz"]) == 1
    one_sentence(capsys.readouterr().err)


def test_suspend_and_unsuspend_take_their_moment_from_the_commands_clock(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The card's own change time that `quizzer suspend` and `unsuspend` write came from a wall clock
    read inline; it comes from the commands' one clock (quizzer.commands.common.now), as other commands' stamps do."""
    import datetime as dt

    import quizzer.commands.review

    db = tmp_path / "q.db"
    run(capsys, "--db", str(db), "import", "--trust", str(write(tmp_path / "git.md", GIT_NOTES)))
    card = json.loads(run(capsys, "--db", str(db), "cards", "git", "--json")[1])["cards"][0]["id"]
    for command, moment in (("suspend", dt.datetime(2026, 11, 30, 20, 0, tzinfo=dt.timezone.utc)),
                            ("unsuspend", dt.datetime(2026, 11, 30, 21, 30, tzinfo=dt.timezone.utc))):
        monkeypatch.setattr(quizzer.commands.review, "now", lambda moment=moment: moment)
        assert run(capsys, "--db", str(db), command, str(card))[0] == 0
        with sqlite3.connect(db) as con:
            (changed,) = con.execute("SELECT suspended_at FROM card WHERE id = ?", (card,)).fetchone()
        con.close()
        assert changed == int(moment.timestamp() * 1000)


def test_cards_counts_the_suspended_apart_from_those_in_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", "--trust", str(write(tmp_path / "git.md", GIT_NOTES)))
    rc, out, _ = run(capsys, "cards", "git")
    assert rc == 0 and out.splitlines()[0].strip() == "git: 6 cards"  # all in review: as before
    ids = [card["id"] for card in json.loads(run(capsys, "cards", "git", "--json")[1])["cards"]]
    assert run(capsys, "suspend", str(ids[0]), str(ids[3]))[0] == 0
    rc, out, _ = run(capsys, "cards", "git")
    assert rc == 0 and out.splitlines()[0].strip() == "git: 4 cards in review · 2 suspended"
    rc, out, _ = run(capsys, "--lang", "ko", "cards", "git")
    assert rc == 0 and out.splitlines()[0].strip() == "git: 복습 카드 4장 · 보류됨 2장"
    rows = json.loads(run(capsys, "cards", "git", "--json")[1])["cards"]  # the JSON keeps its shape
    assert len(rows) == 6 and [row["suspended"] for row in rows].count(True) == 2
    # cards the check keeps out of review are told apart too, as quizzer decks does
    run(capsys, "import", str(write(tmp_path / "docker.md", MARKUP_NOTES)))
    rc, out, _ = run(capsys, "cards", "docker")
    assert rc == 0 and out.splitlines()[0].strip() == "docker: 0 cards in review · 4 to check"


def test_every_output_option_says_where_it_writes_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """A first-time `quizzer backup` wrote quizzer-backup-DATE.json into the current folder, and its help
    ('file or folder to write') did not say where a backup goes without -o."""
    for name, (sub, _help) in _subcommands().items():
        for action in sub._actions:
            if "--output" in action.option_strings:
                assert action.help and "(default: " in action.help, f"{name} -o does not say its default"
