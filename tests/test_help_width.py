"""Korean text is measured in terminal cells (a letter takes two): ``quizzer where`` lines its
values up after labels of any language, and ``--help`` wraps within the terminal and its column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizzer.cli import main
from quizzer.text import width


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def column(line: str, value: str) -> int:
    """The cell where ``value`` starts in ``line``."""
    return width(line[: line.index(value)])


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_where_lines_up_its_labels_and_deck_names(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = tmp_path / "리눅스 명령어.md"
    notes.write_text("# 리눅스\n\n- **ls**: 파일 목록\n", encoding="utf-8")
    run(capsys, "--db", str(db), "import", str(notes))
    lines = run(capsys, "--db", str(db), "--lang", lang, "where").splitlines()
    starts = {column(lines[0], str(db)), column(lines[1], "/"), column(lines[2], "/")}
    assert len(starts) == 1, lines[:3]
    decks = [line for line in lines if line.startswith("  ")]
    # the widest name is docker-containers.ko (20 cells; 리눅스 명령어 takes 13)
    assert {column(line, "builtin:" if "builtin:" in line else str(tmp_path)) for line in decks} == {2 + 20 + 2}
    if lang == "ko":
        assert "데이터 폴더" not in lines[0] and "정한 곳: --db" in lines[0]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_where_says_each_state_in_one_pair_of_parentheses(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Korean said '(없음 (기본값을 씁니다), 정한 곳: $QUIZZER_HOME)' of a settings file not made yet."""
    monkeypatch.setenv("QUIZZER_HOME", str(tmp_path))
    lines = run(capsys, "--lang", lang, "where").splitlines()
    settings = next(line for line in lines if "config.toml" in line)
    said = settings[settings.index("config.toml") + len("config.toml"):].strip()
    assert said.startswith("(") and said.endswith(")") and "(" not in said[1:-1] and ")" not in said[1:-1], said
    assert "$QUIZZER_HOME" in said


@pytest.mark.parametrize("argv", [["--help"], ["import", "--help"], ["exam", "--help"]])
def test_korean_help_wraps_in_cells(
        argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    with pytest.raises(SystemExit):
        main(["--lang", "ko", *argv])
    text = capsys.readouterr().out
    lines = text.split("\n\n파일:")[0].splitlines()  # the files at the end are paths, as long as they are
    assert any("가" <= ch <= "힣" for line in lines for ch in line)
    assert [line for line in lines if width(line) > 60] == []
    usage = [line for line in lines[: next(n for n, line in enumerate(lines) if not line)]]
    for line in usage[1:]:  # the usage goes on under its first bracket
        prog = "quizzer " + ("" if argv[0] == "--help" else argv[0] + " ")
        assert len(line) - len(line.lstrip()) == width("사용법: " + prog), usage
    column = None  # where the help text of the entry above starts
    for line in lines:
        entry = re.match(r"^( +\S.*?  +)\S", line)
        if entry and not line.startswith(" " * 10):
            column = width(entry.group(1))
        elif line.startswith(" " * 10) and column is not None:
            assert len(line) - len(line.lstrip()) == column, line
        elif not line.strip():
            column = None


def test_where_says_in_korean_that_the_database_cannot_be_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database\n", encoding="utf-8")
    lines = run(capsys, "--db", str(bad), "--lang", "ko", "where").splitlines()
    said = " ".join(lines)
    # what every command says of a damaged file (not SQLite's English: 'file is not a database')
    assert f"데이터베이스 {bad}이(가) 망가졌거나 quizzer 데이터베이스가 아닙니다" in said
    assert "cannot" not in said and "file is not a database" not in said


def test_korean_widths_without_wcwidth_are_those_of_wcwidth() -> None:
    """ASCII and Korean letters are measured without importing wcwidth (the Korean --help):
    every such character, and text of them, takes the cells wcwidth gives it."""
    import wcwidth

    from quizzer import text

    fast = [chr(c) for c in range(0x110000) if 0xD800 > c or c > 0xDFFF if text._ASCII_OR_KOREAN.fullmatch(chr(c))]  # noqa: SLF001
    assert len(fast) > 11_000 and "\u3164" not in fast  # the Hangul filler: wcwidth's own rule
    for ch in fast:
        assert width(ch) == wcwidth.wcwidth(ch), hex(ord(ch))
    for sample in ("도커 컨테이너 run -d", "ㄱㄴㄷ abc", "가" * 30):
        assert width(sample) == wcwidth.wcswidth(sample)
    assert width("도커\u3164") == wcwidth.wcswidth("도커\u3164")  # outside the fast path: wcwidth decides


COMMANDS = ["review", "suspend", "unsuspend", "quiz", "exam", "extract", "import", "decks", "cards", "stats",
            "export", "backup", "where"]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_help_keeps_to_a_40_column_terminal(
        lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """On a 40-column terminal the help ran past the edge: the top help's description and
    files (kept as written), a usage part or an option's choices longer than a line
    (argparse never breaks one), and in Korean ('사용법: ' is a cell wider) more."""
    monkeypatch.setenv("COLUMNS", "40")
    for argv in (["--help"], *([command, "--help"] for command in COMMANDS)):
        with pytest.raises(SystemExit):
            main(["--lang", lang, *argv])
        text = capsys.readouterr().out
        # a path (the files at the end) is as long as it is, on a line of its own, to be copied whole
        assert [line for line in text.splitlines() if width(line) > 40 and not re.fullmatch(r" *\S*/\S*", line)] == [], argv
        # nothing lost: every word of the usage is still there
        assert "DECK" in text or argv[0] not in ("cards", "review")
    with pytest.raises(SystemExit):
        main(["--lang", lang, "cards", "--help"])
    flat = " ".join(capsys.readouterr().out.split())
    assert "written-both" in flat and "--search TEXT" in flat
