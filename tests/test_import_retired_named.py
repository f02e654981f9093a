"""A re-import that retires notes names them: a line deleted by mistake took a card and its history out of
review with only a count ("retired 1"), even with --verbose; which card, the person could not tell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizzer.cli import main

NOTES = """\
# Docker

- `docker ps -a`: list every container, stopped ones too
- `docker logs -f <container>`: follow a container's log
- `docker images`: list the images
"""


def _import(capsys: pytest.CaptureFixture[str], db: Path, notes: Path, *more: str) -> str:
    assert main(["--db", str(db), "import", str(notes), "--trust", *more]) == 0
    return capsys.readouterr().out


def test_the_notes_retired_are_named_in_the_documents_order(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "docker.md"
    notes.write_text(NOTES, encoding="utf-8")
    first = _import(capsys, db, notes)
    assert "no longer in" not in first
    notes.write_text("# Docker\n\n- `docker images`: list the images\n", encoding="utf-8")
    out = " ".join(_import(capsys, db, notes).split())
    assert (f"2 notes of docker are no longer in {notes}: they leave review, their history kept, and come back if "
            "you write them there again: docker ps -a, docker logs -f.") in out
    notes.write_text("# Docker\n\n- `docker images`: list the images\n", encoding="utf-8")
    assert "no longer in" not in _import(capsys, db, notes)  # said once, when it happens


def test_json_lists_them_and_a_long_list_is_cut(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "tools.md"
    notes.write_text("# Tools\n\n" + "".join(f"- `tool{n} --go`: run tool {n}\n" for n in range(8)), encoding="utf-8")
    _import(capsys, db, notes)
    notes.write_text("# Tools\n\n- `tool0 --go`: run tool 0\n", encoding="utf-8")
    result = json.loads(_import(capsys, db, notes, "--json"))["imports"][0]
    assert result["retired"] == 7 and result["retired_notes"][:2] == ["tool1 --go", "tool2 --go"]
    notes.write_text("# Tools\n\n" + "".join(f"- `tool{n} --go`: run tool {n}\n" for n in range(8)), encoding="utf-8")
    _import(capsys, db, notes)
    notes.write_text("# Tools\n\n- `tool0 --go`: run tool 0\n", encoding="utf-8")
    out = " ".join(_import(capsys, db, notes).split())
    assert "tool1 --go, tool2 --go, tool3 --go, tool4 --go, tool5 --go and 2 more." in out


def test_in_korean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "docker.md"
    notes.write_text(NOTES, encoding="utf-8")
    _import(capsys, db, notes)
    notes.write_text("# Docker\n\n- `docker images`: list the images\n", encoding="utf-8")
    assert main(["--lang", "ko", "--db", str(db), "import", str(notes), "--trust"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"{notes}에 더는 없는 docker 덱의 노트 2개는 복습에서 빠집니다" in out


def test_a_retired_step_is_named_in_the_interfaces_language(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "deploy.md"
    notes.write_text("# Deploy\n\n- `docker images`: list the images\n\n## Ship it\n\n"
                     "1. Build the image with `docker build -t app .`\n2. Push it with `docker push app`\n",
                     encoding="utf-8")
    _import(capsys, db, notes)
    notes.write_text("# Deploy\n\n- `docker images`: list the images\n", encoding="utf-8")
    assert main(["--lang", "ko", "--db", str(db), "import", str(notes), "--trust"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Ship it — 1단계, Ship it — 2단계." in out and "step 1" not in out  # as the review and the lists show it
