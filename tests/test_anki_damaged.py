"""An Anki package quizzer cannot read says why in one sentence a person can act on: cut short or
changed (a download stopped halfway), or made by a newer Anki than quizzer's engine.  Anki's own
words were passed on ("Failed to copy from 'collection.anki21b' to '/tmp/.tmpX': Invalid checksum.",
"This collection requires a newer version of Anki to open..")."""

from __future__ import annotations

import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest

from tests.anki_helpers import build_anki_collection, export_with_anki
from tests.test_dump import cli

DAMAGED = "is a damaged Anki package (cut short, or changed since it was written): export it from Anki again"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package Anki exported (modern format: a zstd collection and a meta with its version)."""
    pytest.importorskip("anki.collection")
    folder = tmp_path_factory.mktemp("anki")
    build_anki_collection(folder / "src" / "collection.anki2")
    export_with_anki(folder / "src" / "collection.anki2", folder / "made.apkg")
    return folder / "made.apkg"


def _rewritten(package: Path, target: Path, member: str, change: bytes) -> Path:
    """``package`` with ``member`` changed: ``change`` over its first bytes (a meta given whole)."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == member:
                data = change if member == "meta" else data[:200] + change + data[200 + len(change):]
            out.writestr(info, data)
    return target


def _error(capsys: pytest.CaptureFixture[str], tmp_path: Path, package: Path) -> str:
    rc, _, err = cli(capsys, "--db", str(tmp_path / "q.db"), "import", str(package))
    assert rc == 1
    assert err.count("\n") == 1 and err.startswith("Error: ")
    return err


def test_a_package_cut_short_is_damaged(package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cut = tmp_path / "cut.apkg"
    cut.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    assert DAMAGED in _error(capsys, tmp_path, cut)


def test_a_package_whose_collection_was_changed_is_damaged(
        package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    changed = _rewritten(package, tmp_path / "changed.apkg", "collection.anki21b", b"\xff" * 64)
    err = _error(capsys, tmp_path, changed)
    assert DAMAGED in err
    assert "/tmp" not in err.replace(str(tmp_path), "")  # no folder of Anki's own


def test_a_package_from_a_newer_anki_says_so(package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from anki.buildinfo import version

    newer = _rewritten(package, tmp_path / "newer.apkg", "meta", b"\x08\x09")  # version 9: after Anki's latest (3)
    err = _error(capsys, tmp_path, newer)
    assert f"was made by a newer Anki than quizzer's Anki engine (anki {version}) can read: " in err
    assert "pip install -U anki" in err and ".." not in err


def test_a_file_that_is_no_zip_at_all_is_still_no_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.apkg"
    text.write_text("- `tool -a`: 모두 보기\n", encoding="utf-8")
    assert "is not an Anki package (.apkg or .colpkg is a zip file)." in _error(capsys, tmp_path, text)


def _plain_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A package quizzer exported itself (the legacy format: an uncompressed collection.anki2)."""
    notes = tmp_path / "practice.md"
    notes.write_text("# 연습\n\n- `tool -a`: 모두 보기\n- `tool -b`: 짧게 보기\n", encoding="utf-8")
    made = tmp_path / "plain.apkg"
    assert cli(capsys, "--db", str(tmp_path / "home.db"), "import", str(notes), "--trust")[0] == 0
    assert cli(capsys, "--db", str(tmp_path / "home.db"), "export", "practice", "-o", str(made))[0] == 0
    return made


def test_without_ankis_engine_a_changed_package_is_damaged_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    made = _plain_package(tmp_path, capsys)
    with zipfile.ZipFile(made) as archive:  # stored uncompressed: bytes changed inside fail its CRC
        member = archive.getinfo("collection.anki2")
    raw = bytearray(made.read_bytes())
    start = member.header_offset + 30 + len(member.filename) + 100
    raw[start:start + 20] = b"\xff" * 20
    made.write_bytes(bytes(raw))
    monkeypatch.setitem(sys.modules, "anki.collection", None)  # quizzer without the [anki] extra
    assert DAMAGED in _error(capsys, tmp_path, made)


def test_a_collection_whose_tables_are_not_ankis_is_damaged_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    made = _plain_package(tmp_path, capsys)
    monkeypatch.setitem(sys.modules, "anki.collection", None)  # quizzer without the [anki] extra
    for models, decks in (("{not json", '{"1": {"name": "x"}}'), ("{}", '{"1": "no name"}'), ("[]", "{}")):
        with zipfile.ZipFile(made) as archive:
            members = {info.filename: archive.read(info.filename) for info in archive.infolist()}
        collection = tmp_path / "collection.anki2"
        collection.write_bytes(members["collection.anki2"])
        with sqlite3.connect(collection) as db:
            db.execute("UPDATE col SET models = ?, decks = ?", (models, decks))
        db.close()
        members["collection.anki2"] = collection.read_bytes()
        edited = tmp_path / "edited.apkg"
        with zipfile.ZipFile(edited, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        assert "holds a damaged Anki collection" in _error(capsys, tmp_path, edited)
