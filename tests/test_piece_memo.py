"""The piece cache ($QUIZZER_HOME/cache/pieces/) stays bounded: past its cap the files
used least recently go, never the one just written or one an import is writing."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizzer import piece_memo
from quizzer.extract import extract, incremental
from quizzer.paths import cache_path


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(incremental, "PIECE_LINES", 4)  # documents of a few dozen lines are cut
    yield


def document(name: str) -> str:
    return "\n".join(f"- **{name} cmd{n}**: does thing number {n} of {name}" for n in range(40)) + "\n"


def import_once(name: str, *, cap: int | None = None) -> Path:
    """What ``documents.draft`` does for a long document: read its pieces, extract, keep them."""
    text = document(name)
    memo = piece_memo.memo_for(text, f"/notes/{name}.md", name)
    assert memo is not None
    draft = extract(text, deck=name, source=f"{name}.md", memo=memo, salt=piece_memo.salt())
    assert len(draft.notes) == 40
    piece_memo.keep(memo, cap=cap)
    return memo.path


def age(path: Path, seconds: float) -> None:
    moment = time.time() - seconds
    os.utime(path, (moment, moment))


def test_the_least_recently_used_files_go_past_the_cap() -> None:
    a, b = import_once("alpha"), import_once("bravo")
    age(a, 300)
    age(b, 200)
    assert import_once("alpha") == a  # unchanged: used as it is, so touched
    assert a.stat().st_mtime > b.stat().st_mtime
    size = max(a.stat().st_size, b.stat().st_size)
    c = import_once("charlie", cap=2 * size + size // 2)  # room for two files of the three
    assert sorted(p.name for p in (cache_path() / "pieces").iterdir()) == sorted([a.name, c.name])
    assert not b.exists()
    # bravo imported again: extracted whole, kept again, and now alpha is the oldest
    age(a, 100)
    import_once("bravo", cap=2 * size + size // 2)
    assert b.exists() and c.exists() and not a.exists()


def test_the_file_just_written_stays_even_over_the_cap() -> None:
    a = import_once("alpha")
    age(a, 100)
    b = import_once("bravo", cap=1)
    assert b.exists() and not a.exists()


def test_a_temporary_being_written_stays_and_a_leftover_goes() -> None:
    folder = cache_path() / "pieces"
    folder.mkdir(parents=True)
    writing, leftover = folder / ".new-writing", folder / ".new-leftover"
    writing.write_bytes(b"x" * 10_000)
    leftover.write_bytes(b"x" * 10_000)
    age(leftover, 2 * 3600)  # an import that crashed long ago
    kept = import_once("alpha", cap=1)
    assert writing.exists() and kept.exists() and not leftover.exists()


def test_under_the_default_cap_nothing_goes() -> None:
    paths = [import_once(name) for name in ("alpha", "bravo", "charlie")]
    assert all(path.exists() for path in paths)
    assert piece_memo.CAP >= 16 * 1024 * 1024
