"""Errors that were English f-strings are said in the interface language, as one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzer.cli import main


def error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    return err


def test_errors_in_korean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "q.db")
    dump = tmp_path / "new.json"
    dump.write_text('{"format": "quizzer-dump", "version": 99, "decks": []}', encoding="utf-8")
    assert "형식 버전 99의 quizzer 덤프" in error(capsys, "--db", db, "--lang", "ko", "import", str(dump))
    first, second = tmp_path / "a" / "linux.md", tmp_path / "b" / "linux.md"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text("# Linux\n\n- **ls**: list files\n", encoding="utf-8")
    assert main(["--db", db, "import", str(first)]) == 0
    assert "'linux' 덱은" in error(capsys, "--db", db, "--lang", "ko", "import", str(second), "--strict")
    korean = tmp_path / "euckr.md"
    korean.write_bytes("# 리눅스\n\n- **ls**: 파일 목록\n".encode("cp949"))
    message = error(capsys, "--db", db, "--lang", "ko", "import", str(korean))
    assert "UTF-8 텍스트가 아닙니다" in message and "한국어 Windows 텍스트" in message and "iconv -f cp949" in message
