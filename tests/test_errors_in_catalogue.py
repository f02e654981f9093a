"""Every sentence quizzer raises for a person goes through the message catalogue, so the Korean interface
says it in Korean: ``--with-history`` without Anki's engine said "오류: --with-history needs Anki's own
engine, which is not installed: …" (a literal string, never translated)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from quizzer.cli import main

PACKAGE = Path(__file__).resolve().parent.parent / "quizzer"


def test_no_error_is_raised_with_a_literal_sentence() -> None:
    literal = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QuizzerError"
                    and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))):
                literal.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert literal == []


def test_with_history_without_ankis_engine_says_so_in_korean(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "practice.md"
    notes.write_text("# 연습\n\n- `tool -a`: 모두 보기\n", encoding="utf-8")
    db = str(tmp_path / "q.db")
    assert main(["--db", db, "import", str(notes), "--trust"]) == 0
    capsys.readouterr()
    monkeypatch.setitem(sys.modules, "anki.collection", None)  # quizzer without the [anki] extra
    rc = main(["--lang", "ko", "--db", db, "export", "practice", "--with-history", "-o", str(tmp_path / "p.apkg")])
    assert rc == 1
    assert capsys.readouterr().err == (
        "오류: --with-history에는 Anki 엔진이 필요한데 설치되어 있지 않습니다: pip install 'quizzer[anki]'.\n")
