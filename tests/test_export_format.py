"""``quizzer export -o FILE``: the extension of FILE chooses the format unless
--format says otherwise, and a contradicting pair is refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from conftest import run_cli as run

NOTES = "# Linux\n\n- **ls**: list files\n- **cp**: copy files\n"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "q.db"
    notes = tmp_path / "linux.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(capsys, "--db", str(path), "import", "--trust", str(notes))[0] == 0  # exported, not held
    return path


@pytest.mark.parametrize(("name", "fmt"), [("out.txt", "txt"), ("out.TXT", "txt"), ("out.json", "json"),
                                           ("out.apkg", "apkg"), ("out", "apkg")])
def test_the_extension_chooses_the_format(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, fmt: str) -> None:
    target = tmp_path / name
    code, out, err = run(capsys, "--db", str(db), "export", "linux", "-o", str(target), "--json")
    assert code == 0, err
    assert json.loads(out)["format"] == fmt
    assert zipfile.is_zipfile(target) == (fmt == "apkg")
    if fmt == "txt":
        assert target.read_text(encoding="utf-8").startswith("#separator:")
    if fmt == "json":
        json.loads(target.read_text(encoding="utf-8"))


def test_a_format_that_contradicts_the_file_name_is_refused(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.txt"
    code, out, err = run(capsys, "--db", str(db), "export", "linux", "--format", "apkg", "-o", str(target))
    assert code == 1 and out == ""
    assert "--format apkg does not match" in err and len(err.strip().splitlines()) == 1
    assert not target.exists()
    assert run(capsys, "--db", str(db), "export", "linux", "--format", "txt", "-o", str(target))[0] == 0


@pytest.mark.parametrize("name", ["x.apkg", "x.APKG", "x.colpkg", "x.txt"])
def test_a_backup_is_never_written_under_another_formats_name(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    target = tmp_path / name
    code, out, err = run(capsys, "--db", str(db), "backup", "-o", str(target))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    # the export to run instead acts on the database given
    assert "JSON" in err and str(target) in err and f"quizzer --db {db} export" in err
    assert not target.exists()


def test_a_backup_under_any_other_name_is_json(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("x.json", "x.bak", "x"):
        assert run(capsys, "--db", str(db), "backup", "-o", str(tmp_path / name))[0] == 0
        assert json.loads((tmp_path / name).read_text(encoding="utf-8"))["format"] == "quizzer-dump"


def test_an_export_is_never_named_as_a_whole_anki_collection(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.colpkg"
    code, out, err = run(capsys, "--db", str(db), "export", "linux", "-o", str(target))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and ".apkg" in err
    assert not target.exists()


@pytest.mark.parametrize("name", ["out.csv", "out.md", "out.anki"])
def test_an_extension_of_no_format_is_refused_unless_the_format_is_given(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    target = tmp_path / name
    code, out, err = run(capsys, "--db", str(db), "export", "linux", "-o", str(target))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert str(target) in err and "--format" in err and ".apkg" in err
    assert not target.exists()
    code, out, err = run(capsys, "--db", str(db), "export", "linux", "--format", "txt", "-o", str(target))
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("#separator:")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_step_in_the_text_export_reads_in_its_notes_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str) -> None:
    """A step's front, stored '배포 순서 — step 1', went into the text export as it is stored: Anki's Basic card
    asked a Korean learner '배포 순서 — step 1'.  It is written in the notes' language, whatever quizzer's."""
    db, notes = tmp_path / "q.db", tmp_path / "배포.md"
    notes.write_text("# 배포\n\n## 배포 순서\n\n1. 이미지를 빌드한다\n2. 레지스트리에 올린다\n\n"
                     "## Release\n\n1. tag the commit\n2. push the tag\n", encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", "--trust", str(notes))[0] == 0
    target = tmp_path / "out.txt"
    assert run(capsys, "--db", str(db), "--lang", language, "export", "배포", "-o", str(target))[0] == 0
    fronts = [line.split("\t")[3] for line in target.read_text(encoding="utf-8").splitlines() if "\t" in line]
    assert "배포 순서 — 1단계" in fronts and "Release — step 1" in fronts, fronts
