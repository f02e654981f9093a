"""A front that now keeps its placeholders (``podman exec -it <pod> sh``, once ``podman exec -it sh``) is the
same note: its key did not change, so re-importing the notes updates the front in place and every card keeps
its review history; exports show the placeholder as written (escaped for Anki's HTML)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_import import card_states, counts, dump, give_history, import_json, live_fronts, write

from conftest import run_cli
from quizzer.db.row_record import record_key
from quizzer.db.stamps import import_key

NOTES = """# 파드 메모

## 파드 안에서 셸 열기

```
kubectl exec -it <파드> -- sh
```

## 파드 목록 보기

```
kubectl get pods -A
```
"""
OLD_FRONT = "kubectl exec -it -- sh"  # what the front was before it kept its placeholder
NEW_FRONT = "kubectl exec -it <파드> -- sh"


def _as_before(db: Path) -> None:
    """Make the stored note what an import wrote before fronts kept placeholders.  That import's stamp named
    the quizzer of before, and its record of the rows written (quizzer.db.row_record) the draft of before,
    neither of which the quizzer of now matches: they go too."""
    con = sqlite3.connect(db)
    try:
        with con:
            changed = con.execute("UPDATE note SET front = ? WHERE front = ?", (OLD_FRONT, NEW_FRONT)).rowcount
            con.executemany("DELETE FROM meta WHERE key = ?", [(import_key("pods"),), (record_key("pods"),)])
    finally:
        con.close()
    assert changed == 1


def test_a_card_learnt_under_the_old_front_keeps_its_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "pods.md", NOTES)
    assert import_json(capsys, db, notes) == {"pods": counts(added=2)}
    _as_before(db)
    assert live_fronts(db, "pods") == [OLD_FRONT, "kubectl get pods -A"]
    cards = give_history(db, "pods")
    reviews = dump(db)["review"]
    assert reviews

    assert import_json(capsys, db, notes) == {"pods": counts(updated=1, unchanged=1)}
    assert live_fronts(db, "pods") == [NEW_FRONT, "kubectl get pods -A"]
    assert card_states(db) == cards
    assert dump(db)["review"] == reviews


def test_exports_show_the_placeholder_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "pods.md", NOTES)
    assert import_json(capsys, db, notes) == {"pods": counts(added=2)}
    target = tmp_path / "pods.txt"
    code, _out, err = run_cli(capsys, "--db", str(db), "export", "pods", "-o", str(target))
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert "kubectl exec -it &lt;파드&gt; -- sh" in text  # Anki's text import reads HTML: the brackets escaped
    assert "kubectl exec -it -- sh" not in text
