"""Where quizzer keeps things (database and settings) and what config.toml may say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quizzer.config

from quizzer.cli import main
from quizzer.config import Config, Limits, config_path, load_config
from quizzer.errors import QuizzerError
from quizzer.paths import database_path


@pytest.fixture(autouse=True)
def config_home(quizzer_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """conftest's isolated QUIZZER_HOME, under this file's name."""
    home = quizzer_home
    # the platform folders, for the tests that fall all the way back to them
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return home


def is_empty(folder: Path) -> bool:
    """Nothing written there (tests/conftest.py may have made the folder itself)."""
    return not folder.exists() or not any(folder.iterdir())


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- the database path -------------------------------------------------------------------------


def test_database_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config_home: Path) -> None:
    monkeypatch.setenv("QUIZZER_DB", str(tmp_path / "env.db"))
    assert database_path(tmp_path / "flag.db") == tmp_path / "flag.db"
    assert database_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("QUIZZER_DB")
    assert database_path(None) == config_home / "quizzer.db"
    monkeypatch.delenv("QUIZZER_HOME")
    assert database_path(None) == tmp_path / "xdg-data" / "quizzer" / "quizzer.db"


def test_database_path_expands_the_user_folder(tmp_path: Path) -> None:
    assert database_path("~/notes/q.db") == tmp_path / "user" / "notes" / "q.db"


@pytest.mark.parametrize("winner", ["flag", "QUIZZER_DB", "QUIZZER_HOME", "platform"])
def test_the_cli_writes_where_the_precedence_says(winner: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    places = {
        "flag": tmp_path / "flag.db",
        "QUIZZER_DB": tmp_path / "env.db",
        "QUIZZER_HOME": tmp_path / "home" / "quizzer.db",
        "platform": tmp_path / "xdg-data" / "quizzer" / "quizzer.db",
    }
    # every source set, then everything that outranks the winner taken away
    monkeypatch.setenv("QUIZZER_DB", str(places["QUIZZER_DB"]))
    outranking = list(places)[: list(places).index(winner)]
    for name in outranking:
        if name != "flag":
            monkeypatch.delenv(name)
    argv = ["--db", str(places["flag"])] if winner == "flag" else []
    assert main([*argv, "decks", "--json"]) == 0
    assert "docker-containers.ko" in json.loads(capsys.readouterr().out)["decks"][0]["name"]
    assert [name for name, path in places.items() if path.exists()] == [winner]


# -- the settings file -------------------------------------------------------------------------


def test_config_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config_home: Path) -> None:
    monkeypatch.setenv("QUIZZER_CONFIG", str(tmp_path / "elsewhere.toml"))
    assert config_path() == tmp_path / "elsewhere.toml"
    monkeypatch.delenv("QUIZZER_CONFIG")
    assert config_path() == config_home / "config.toml"
    monkeypatch.delenv("QUIZZER_HOME")
    assert config_path() == tmp_path / "xdg-config" / "quizzer" / "config.toml"


def test_no_file_means_anki_defaults(config_home: Path) -> None:
    config = load_config()
    assert config == Config()
    assert (config.rollover_hour, config.limits, config.leech_lapses, config.leech_suspend) == (
        4, Limits(new_per_day=20, reviews_per_day=200), 8, True)
    assert is_empty(config_home)


def test_a_full_file(config_home: Path) -> None:
    write(config_home / "config.toml", """\
rollover_hour = 0
new_per_day = 5
reviews_per_day = 50
leech_lapses = 3
leech_suspend = false

[decks."docker-containers.ko"]
new_per_day = 10

[decks."도커 명령어"]
reviews_per_day = 7
""")
    config = load_config()
    assert config.rollover_hour == 0
    assert config.limits == Limits(5, 50)
    assert config.leech_lapses == 3 and config.leech_suspend is False
    # a deck's table overrides what it names and inherits the rest from the top level
    assert config.limits_for("docker-containers.ko") == Limits(10, 50)
    assert config.limits_for("도커 명령어") == Limits(5, 7)
    assert config.limits_for("other") == Limits(5, 50)


def test_quizzer_config_wins_over_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config_home: Path) -> None:
    write(config_home / "config.toml", "new_per_day = 1\n")
    monkeypatch.setenv("QUIZZER_CONFIG", str(write(tmp_path / "mine.toml", "new_per_day = 2\n")))
    assert load_config().limits.new_per_day == 2


BAD_CONFIGS = {
    "not toml": ("new_per_day = = 3\n", "not valid TOML"),
    "negative": ("new_per_day = -1\n", "new_per_day must be a whole number from 0"),
    "text": ('reviews_per_day = "lots"\n', "reviews_per_day must be a whole number"),
    "bool as number": ("new_per_day = true\n", "new_per_day must be a whole number"),
    "float": ("new_per_day = 2.5\n", "new_per_day must be a whole number"),
    "hour 24": ("rollover_hour = 24\n", "rollover_hour must be a whole number from 0 to 23"),
    "no lapses": ("leech_lapses = 0\n", "leech_lapses must be a whole number from 1"),
    "suspend text": ('leech_suspend = "yes"\n', "leech_suspend must be true or false"),
    "decks not a table": ('decks = "all"\n', "[decks] must be a table"),
    "deck not a table": ('[decks]\ngit = 3\n', 'git'),
    "deck limit bad": ('[decks.git]\nnew_per_day = -5\n', "new_per_day must be a whole number"),
}


@pytest.mark.parametrize("case", BAD_CONFIGS)
def test_bad_settings_are_one_sentence_naming_the_file(case: str, config_home: Path) -> None:
    text, says = BAD_CONFIGS[case]
    path = write(config_home / "config.toml", text)
    with pytest.raises(QuizzerError) as error:
        load_config()
    message = str(error.value)
    assert str(path) in message and says in message, message


def test_settings_that_are_not_utf8(config_home: Path) -> None:
    path = config_home / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("# r\u00e9glages\nnew_per_day = 3\n".encode("latin-1"))
    with pytest.raises(QuizzerError, match="Cannot read the settings file"):
        load_config()


def test_a_settings_folder_is_one_sentence(config_home: Path) -> None:
    (config_home / "config.toml").mkdir(parents=True)
    with pytest.raises(QuizzerError, match="Cannot read the settings file"):
        load_config()


@pytest.mark.parametrize("command", [["decks"], ["review"]])
def test_the_cli_reports_bad_settings_in_one_line(command: list[str], config_home: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    write(config_home / "config.toml", "rollover_hour = 99\n")
    rc = main(command)
    out, err = capsys.readouterr()
    assert rc == 1 and out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "rollover_hour" in lines[0]


def test_review_limits_from_the_command_line_must_be_whole_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["review", "--new-limit", "-3"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "expected a whole number from 0 to" in err and "Traceback" not in err


# -- settings that say what they do (issue 9) ------------------------------------------------


def test_an_unknown_key_is_a_warning_naming_the_nearest_known_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text('new_per_dya = 5\nzzz = 1\n[decks."git"]\nreview_per_day = 3\n', encoding="utf-8")
    said: list[str] = []
    config = load_config(path, warn=said.append)
    assert config.limits.new_per_day == 20  # the misspelt key changes nothing
    assert any("'new_per_dya'" in line and "did you mean 'new_per_day'?" in line and str(path) in line for line in said)
    assert any("'zzz'" in line and "ignored" in line for line in said)
    assert any('[decks."git"]' in line and "'reviews_per_day'" in line for line in said)
    assert len(said) == 3


def test_known_keys_make_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "rollover_hour = 4\nnew_per_day = 20\nreviews_per_day = 200\nleech_lapses = 8\nleech_suspend = true\n"
        'typed = false\ntyped_slow_seconds = 20\n[decks."git"]\nnew_per_day = 10\nreviews_per_day = 9\ntyped = true\n',
        encoding="utf-8",
    )
    said: list[str] = []
    load_config(path, warn=said.append)
    assert said == []


def test_a_deck_table_that_names_no_deck_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       quizzer_home: Path) -> None:
    (quizzer_home / "config.toml").write_text('[decks."docker-containrs.ko"]\nnew_per_day = 3\n', encoding="utf-8")
    main(["decks"])  # makes the database with the built-in deck (and says it too)
    capsys.readouterr()
    quizzer.config._warned.clear()  # said once a process; this test is three
    main(["where"])
    err = capsys.readouterr().err
    assert "[decks.\"docker-containrs.ko\"] names no deck; did you mean 'docker-containers.ko'?" in err
    quizzer.config._warned.clear()  # said once a process; this test is two
    main(["review"])
    assert "names no deck" in capsys.readouterr().err


def test_decks_says_once_that_a_deck_table_names_no_deck(capsys: pytest.CaptureFixture[str],
                                                          quizzer_home: Path) -> None:
    """'quizzer decks' said nothing about a [decks."NAME"] table with a typo in NAME (qa3)."""
    (quizzer_home / "config.toml").write_text(
        '[decks."docker-containrs.ko"]\nnew_per_day = 3\n[decks."nothing-like-it"]\ntyped = true\n', encoding="utf-8"
    )
    quizzer.config._warned.clear()  # said once a process
    assert main(["decks", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["decks"]  # the listing itself as before
    lines = err.strip().splitlines()
    assert sum("[decks.\"docker-containrs.ko\"] names no deck; did you mean 'docker-containers.ko'?" in line
               for line in lines) == 1, err
    assert sum("[decks.\"nothing-like-it\"] names no deck (see quizzer decks)" in line for line in lines) == 1, err
    assert len(lines) == 2, err


def test_where_shows_the_files_without_creating_any(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    quizzer_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["where"]) == 0
    out = capsys.readouterr().out
    assert f"database        {quizzer_home / 'quizzer.db'}  (not created yet; from $QUIZZER_HOME)" in out
    assert f"settings        {quizzer_home / 'config.toml'}" in out
    assert list(quizzer_home.iterdir()) == []
    monkeypatch.setenv("QUIZZER_CONFIG", str(tmp_path / "elsewhere.toml"))
    assert main(["--db", str(tmp_path / "other.db"), "where", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["database"] == {"path": str(tmp_path / "other.db"), "from": "--db", "exists": False}
    assert data["settings"]["path"] == str(tmp_path / "elsewhere.toml")
    assert data["settings"]["from"] == "$QUIZZER_CONFIG"
    main(["decks"])
    capsys.readouterr()
    main(["where", "--json"])
    decks = json.loads(capsys.readouterr().out)["decks"]
    assert decks == [{"name": "docker-containers.ko", "source": "builtin:docker-containers.ko.md"}]


def test_help_names_the_files(capsys: pytest.CaptureFixture[str], quizzer_home: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())  # a line wider than the terminal is wrapped
    assert f"database {quizzer_home / 'quizzer.db'}" in out and f"settings {quizzer_home / 'config.toml'}" in out
    assert "quizzer where" in out


def test_where_marks_a_deck_whose_document_is_gone(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   quizzer_home: Path) -> None:
    """After renaming a notes file, nothing said which deck had lost its document (found by qa5)."""
    notes = tmp_path / "gitflow.md"
    notes.write_text("# Git\n\n- **git add**: stage\n- **git commit**: record\n", encoding="utf-8")
    assert main(["import", "--trust", str(notes)]) == 0
    capsys.readouterr()
    assert main(["where"]) == 0
    assert "not there any more" not in capsys.readouterr().out
    notes.rename(tmp_path / "flow.md")
    assert main(["where"]) == 0
    out = capsys.readouterr().out
    assert f"gitflow               {notes.resolve()}  (not there any more)" in out
    assert ("A deck whose document is not there any more stays in review; if you moved or renamed the "
            "document, import it from where it is now and the deck follows it.") in " ".join(out.split())
    assert "builtin:docker-containers.ko.md  (" not in out


def test_where_says_a_deck_from_an_anki_package_has_no_document(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                quizzer_home: Path) -> None:
    """A deck imported from an .apkg was listed as 'anki:NAME  (not there any more)', with the advice to
    import its document from where it is now (found by u-campaign): it never had one."""
    notes = tmp_path / "git.md"
    notes.write_text("# Git\n\n- **git add**: stage\n- **git commit**: record\n", encoding="utf-8")
    package = tmp_path / "git.apkg"
    assert main(["import", "--trust", str(notes)]) == 0
    assert main(["export", "git", "-o", str(package)]) == 0
    assert main(["import", str(package), "--deck", "from-anki"]) == 0
    capsys.readouterr()
    assert main(["where"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "from-anki imported from an Anki package (no document)" in out
    assert "not there any more" not in out


def test_where_says_a_damaged_database_in_the_interfaces_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`where` on a damaged database said SQLite's English inside the Korean sentence ('데이터베이스를 읽을 수
    없습니다 (database disk image is malformed).'): it says what every command says of such a file."""
    db = tmp_path / "q.db"
    db.write_bytes(b"garbage, not a database at all" * 200)
    assert main(["--db", str(db), "--lang", "ko", "where"]) == 0  # the places are still shown
    out = capsys.readouterr().out
    assert f"데이터베이스 {db}이(가) 망가졌거나 quizzer 데이터베이스가 아닙니다" in " ".join(out.split())
    assert "malformed" not in out and "not a database" not in out


@pytest.mark.parametrize("korean", [False, True])
def test_an_unreadable_settings_file_says_why_in_the_interfaces_words(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, korean: bool) -> None:
    """QUIZZER_HOME naming a file said "Cannot read the settings file …/config.toml: [Errno 20] Not a
    directory: '…/config.toml'." (the path twice, and Python's words, in Korean too), and settings not in
    UTF-8 "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte" (u-polish)."""
    from quizzer.i18n import _, set_language

    a_file = tmp_path / "a-file"
    a_file.write_text("", encoding="utf-8")
    latin = tmp_path / "latin" / "config.toml"
    latin.parent.mkdir()
    latin.write_bytes("# r\u00e9glages\nnew_per_day = 3\n".encode("latin-1"))
    set_language("ko" if korean else "en")
    try:
        with pytest.raises(QuizzerError) as under_a_file:
            load_config(a_file / "config.toml")
        with pytest.raises(QuizzerError) as not_utf8:
            load_config(latin)
        reason = _("a part of the path is a file, not a folder")
        invalid = _("it is not UTF-8 text (byte {start} is invalid)").format(start=3)
    finally:
        set_language("en")
    for error in (under_a_file.value, not_utf8.value):
        message = str(error)
        assert "Errno" not in message and "codec" not in message and message.count(str(tmp_path)) == 1, message
    assert reason in str(under_a_file.value) and invalid in str(not_utf8.value)
