"""Files an unkind user gives quizzer (issue: trust in daily use): whatever the bytes, the name or the
kind of file, a command ends with exit status 0, or non-zero with one sentence on stderr naming the
problem; never a traceback, never an escape sequence from a file's name or text on the terminal,
and what the database held before is all still there, whole.

The property test imports and extracts hypothesis-made files (invalid UTF-8, UTF-16 with its mark,
NUL bytes, CRLF and CR-only line ends, a 5 MB line, an empty file, names holding a line break or an
escape sequence) into a database that already holds a deck; the others are the paths that are no
file: a named pipe, a link to nothing, a loop of links, a device, a file gone between the folder's
listing and its reading.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzer import documents
from quizzer.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and links are POSIX things")

KEPT = "# Git\n\n- **git status**: show what changed\n- **git add**: stage changes\n"
NOTES = "# 리눅스\n\n- **ls**: 파일 목록 보기\n- **cp**: copy files\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_sentence(code: int, out: str, err: str) -> None:
    """The rule for a command a user made fail: non-zero, one line on stderr, no traceback, no escape."""
    assert code != 0, (out, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert "\x1b" not in err + out and "\x07" not in err + out


def stored(db: Path) -> list[tuple[str, str, str]]:
    """Every note the database holds (deck, front, back), and that SQLite finds the file whole."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return sorted(connection.execute(
            "SELECT deck.name, note.front, note.back FROM note JOIN deck ON deck.id = note.deck_id").fetchall())


@pytest.fixture
def kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database holding one deck of notes, imported and trusted."""
    (tmp_path / "git.md").write_text(KEPT, encoding="utf-8")
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", "--trust", str(tmp_path / "git.md"))[0] == 0
    return db


def contents() -> st.SearchStrategy[bytes]:
    text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
    lines = st.lists(st.sampled_from([
        "# 제목", "- **ls**: list files", "- **cp**: 복사", "ls -la", "PORT: 3000", "\x1b[2J\x1b]0;pwn\x07", "",
        "| a | b |", "|---|---|", "```", "root:x:0:0:root:/root:/bin/bash", "a,b,c", "\u202eevil"]), max_size=12)
    ends = st.sampled_from(["\n", "\r\n", "\r"])
    return st.one_of(
        st.builds(lambda ls, end: end.join(ls).encode("utf-8"), lines, ends),
        st.builds(lambda ls, end: end.join(ls).encode("utf-16"), lines, ends),  # with its byte-order mark
        st.builds(lambda ls, junk: "\n".join(ls).encode("utf-8") + junk, lines, st.binary(min_size=1, max_size=8)),
        st.builds(lambda t: t.encode("utf-8"), text),
        st.binary(max_size=300),
        st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 64, "- **ls**: list\x00 files\n".encode(),
                         "# 깃\n- **git**: 버전 관리\n".encode("cp949")]),
    )


def names() -> st.SearchStrategy[str]:
    stem = st.sampled_from(["notes", "노트", "a\nb", "bad\x1b[31mname", "x\x1b]0;title\x07", "tab\there", "-dash",
                            " space ", "\u202ertl"])
    return st.builds(lambda s, suffix: s + suffix, stem, st.sampled_from([".md", ".txt", "", ".MD", ".json"]))


def test_any_file_imports_or_fails_in_one_sentence_and_keeps_what_was_stored(
        kept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = stored(kept)
    folder = tmp_path / "given"

    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(data=contents(), name=names(), command=st.sampled_from(["import", "extract"]))
    def check(data: bytes, name: str, command: str) -> None:
        folder.mkdir(exist_ok=True)
        path = folder / name
        path.write_bytes(data)
        try:
            code, out, err = run(capsys, "--db", str(kept), command, str(path))
            if code != 0:
                assert_one_sentence(code, out, err)
            assert "Traceback" not in err and "\x1b" not in out + err
            after = stored(kept)
            assert [note for note in after if note[0] == "git"] == [note for note in before if note[0] == "git"]
            assert all("\x1b" not in deck and "\n" not in deck for deck, _front, _back in after)
        finally:
            path.unlink()

    check()


def test_a_five_megabyte_line_is_read_or_refused_whole(kept: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.md"
    path.write_text("# Long\n\n- **ls**: " + "목록 " * 1_700_000 + "\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", str(kept), "import", "--trust", str(path))
    assert code == 0, err
    decks = dict(json.loads(run(capsys, "--db", str(kept), "decks", "--json")[1]).items())["decks"]
    assert {deck["name"] for deck in decks} >= {"git", "long"}


def test_a_file_name_with_a_line_break_names_a_deck_of_one_line(kept: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """'a<LF>b.md' made the deck 'a\\nb': two lines in every table, and a name no one types."""
    path = tmp_path / "linux\nbasics\t1.md"
    path.write_text(NOTES, encoding="utf-8")
    assert run(capsys, "--db", str(kept), "import", "--trust", str(path))[0] == 0
    names = [deck["name"] for deck in json.loads(run(capsys, "--db", str(kept), "decks", "--json")[1])["decks"]]
    assert "linux basics 1" in names
    assert run(capsys, "--db", str(kept), "cards", "linux basics 1")[0] == 0
    assert documents.deck_name(Path("노트\r\n정리.md")) == "노트 정리"


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    """A folder of notes that also holds a named pipe, a link to nothing and a loop of links, all named .md."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "linux.md").write_text(NOTES, encoding="utf-8")
    os.mkfifo(folder / "pipe.md")
    (folder / "gone.md").symlink_to(folder / "nowhere.md")
    (folder / "loop.md").symlink_to(folder / "loop2.md")
    (folder / "loop2.md").symlink_to(folder / "loop.md")
    return folder


def test_a_folder_says_which_of_its_md_files_are_no_files(odd_folder: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """They were left out without a word: the person never learnt why 'pipe.md' made no deck."""
    code, out, err = run(capsys, "--db", str(tmp_path / "q.db"), "import", "--trust", "--json", str(odd_folder))
    assert code == 0 and "Traceback" not in err
    skipped = {Path(item["path"]).name: item["reason"] for item in json.loads(out)["skipped"]}
    assert set(skipped) == {"pipe.md", "gone.md", "loop.md", "loop2.md"}
    assert skipped["pipe.md"].endswith("is not a regular file (a pipe or a device); quizzer reads notes from files.")
    # what the link is, not "Cannot read gone.md: there is no such file or folder." where ls shows gone.md, nor the
    # system's English "Too many levels of symbolic links" in any interface
    assert skipped["gone.md"] == f"{odd_folder / 'gone.md'} is a link to {odd_folder / 'nowhere.md'}, which is not there."
    assert skipped["loop.md"] == f"{odd_folder / 'loop.md'} is a link in a loop of links that never reaches a file."
    assert [deck["name"] for deck in json.loads(run(capsys, "--db", str(tmp_path / "q.db"), "decks", "--json")[1])
            ["decks"] if deck["name"] == "linux"] == ["linux"]


@pytest.mark.parametrize("name", ["loop.md", "gone.md", "pipe.md"])
def test_such_a_path_named_alone_is_one_sentence(odd_folder: Path, tmp_path: Path, name: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert_one_sentence(*run(capsys, "--db", str(db), "import", str(odd_folder / name)))
    assert not db.exists()


def test_a_file_gone_between_the_listing_and_the_reading_is_skipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text(KEPT, encoding="utf-8")
    (folder / "b.md").write_text(NOTES, encoding="utf-8")
    read = documents.load

    def lost_before_reading(path: Path) -> documents.Document:
        if path.name == "a.md":
            path.unlink()  # another program (a sync, an editor's save) took it away after the listing
        return read(path)

    monkeypatch.setattr(documents, "load", lost_before_reading)
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--db", str(db), "import", "--trust", "--json", str(folder))
    assert code == 0 and "Traceback" not in err
    assert [(Path(s["path"]).name, s["reason"].endswith("a.md: there is no such file or folder."))
            for s in json.loads(out)["skipped"]] == [("a.md", True)]
    assert [deck for deck, _front, _back in stored(db) if deck == "b"] == ["b", "b"]


@pytest.mark.parametrize("argv", [
    ["export", "--format", "json", "--force", "-o"],
    ["export", "--format", "txt", "-o"],
    ["backup", "--force", "-o"],
    ["stats", "--force", "--svg"],
])
@pytest.mark.parametrize("special", ["pipe", "/dev/null"])
def test_a_pipe_or_a_device_is_never_written_over(kept: Path, tmp_path: Path, argv: list[str], special: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """With --force the file was written beside it and renamed over it: as root, 'backup -o /dev/full
    --force' replaced the device with the backup; a named pipe became a plain file."""
    target = tmp_path / special if special == "pipe" else Path(special)
    if special == "pipe":
        os.mkfifo(target)
    before = target.stat()
    assert_one_sentence(*run(capsys, "--db", str(kept), *argv, str(target)))
    after = target.stat()
    assert (after.st_mode, after.st_ino, after.st_rdev) == (before.st_mode, before.st_ino, before.st_rdev)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_a_dump_saved_by_an_editor_as_unicode_restores(kept: Path, tmp_path: Path, encoding: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """'Cannot read backup.json: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte.'"""
    backup = tmp_path / "backup.json"
    assert run(capsys, "--db", str(kept), "backup", "-o", str(backup))[0] == 0
    again = tmp_path / "again.json"
    again.write_bytes(backup.read_text(encoding="utf-8").encode(encoding))
    fresh = tmp_path / "fresh.db"
    code, _out, err = run(capsys, "--db", str(fresh), "import", str(again))
    assert code == 0, err
    assert stored(fresh) == stored(kept)


def test_a_dump_that_is_not_utf8_is_one_sentence(kept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "backup.json"
    path.write_bytes('{"format": "quizzer-dump", "decks": ["깃"]}'.encode("cp949"))
    before = stored(kept)
    code, out, err = run(capsys, "--db", str(kept), "import", str(path))
    assert_one_sentence(code, out, err)
    assert "is not UTF-8 text (byte " in err and "codec" not in err
    assert stored(kept) == before


@pytest.mark.parametrize("argv", [
    ["cards", "linux\nnotes"],
    ["review", "linux\r\nnotes"],
    ["export", "a\nb", "--format", "json"],
    ["quiz", "--section", "첫\n둘", "-n", "1"],
    ["stats", "x\ny"],
])
def test_a_line_break_typed_in_an_argument_stays_on_the_errors_one_line(
        kept: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """'There is no deck named 'x' then 'y' (decks: …)' on a line of its own."""
    code, out, err = run(capsys, "--db", str(kept), *argv)
    assert_one_sentence(code, out, err)
    assert "^J" in err
