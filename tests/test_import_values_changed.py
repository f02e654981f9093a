"""A command line whose values changed (``tar -czf a.tgz dir`` → ``tar -czf b.tgz dir``, a port, a path) is the
same fact edited: the re-import keeps its note, cards and history, as a typo fixed in a step does.  The key holds
the line as written, so the old note was retired with its history and a new one added, unanswered (u-campaign10).
Another flag, a word that says what the command does (``kill -9``, ``curl -X POST``, ``get pods``), another
heading or a placeholder still make another note; two lines of one command stay two notes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_import import card_states, give_history, live_fronts
from test_import_respelled import NOTES as RESPELLED
from test_import_respelled import _import

NOTES = """\
# Archive

## Packing

- `tar -czf a.tgz dir`: pack a folder into a gzipped archive
- `ssh -p 2222 user@host`: log in on another port
- `cp /etc/app.conf /tmp/backup`: copy the config aside

## Serving

```bash
# serve the folder over HTTP
python -m http.server 8000
```
"""


def _note_ids(db: Path, deck: str) -> dict[str, int]:
    """Live note front → note id."""
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT front, note.id FROM note JOIN deck ON deck.id = note.deck_id "
                                "WHERE deck.name = ? AND retired_at IS NULL", (deck,)).fetchall())
    finally:
        con.close()


def test_a_command_with_its_values_changed_keeps_its_note_and_history(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "pack.md"
    notes.write_text(NOTES, encoding="utf-8")
    _import(capsys, db, notes)
    states = give_history(db, "pack")
    ids = _note_ids(db, "pack")
    edits = {"a.tgz": "b.tgz", "2222": "2022", "/tmp/backup": "/var/backups/app.conf", "8000": "8080"}
    edited = NOTES
    for old, new in edits.items():
        edited = edited.replace(old, new)
    notes.write_text(edited, encoding="utf-8")
    result = _import(capsys, db, notes)
    assert (result["added"], result["updated"], result["retired"]) == (0, 4, 0)
    assert live_fronts(db, "pack") == ["tar -czf b.tgz dir", "ssh -p 2022 user@host",
                                       "cp /etc/app.conf /var/backups/app.conf", "python -m http.server 8080"]
    assert sorted(_note_ids(db, "pack").values()) == sorted(ids.values())
    assert card_states(db) == states  # the same cards, with their reviews
    assert _import(capsys, db, notes)["unchanged"] == 4  # the new text is the note's now


@pytest.mark.parametrize(("document", "before", "after"), [
    (NOTES, "`tar -czf a.tgz dir`", "`tar -xzf a.tgz dir`"),  # another flag: extract, not create
    (NOTES, "`ssh -p 2222 user@host`", "`ssh -p 2222 user@host other`"),  # an argument more
    (NOTES, "`ssh -p 2222 user@host`", "`ssh -p <port> user@host`"),  # a placeholder for the value
    (NOTES, "`ssh -p 2222 user@host`", '`ssh -p "<port>" user@host`'),  # a placeholder in quotes
    (NOTES, "`ssh -p 2222 user@host`", "`ssh user@host`"),  # the flag gone
    (RESPELLED, "`git add <file>`: stage a file", "`git add .`: stage a file"),  # a placeholder and a value: two facts
    (RESPELLED, "`ls -la`: list every file in long form", "`ls -l`: list every file in long form"),  # a flag fewer
])
def test_another_line_is_still_another_note(tmp_path: Path, capsys: pytest.CaptureFixture[str], document: str,
                                            before: str, after: str) -> None:
    """Neither respelled flags (test_import_respelled) nor changed values: the stored line is retired, the new one added."""
    assert before in document
    db, notes = tmp_path / "q.db", tmp_path / "pack.md"
    notes.write_text(document, encoding="utf-8")
    _import(capsys, db, notes)
    notes.write_text(document.replace(before, after), encoding="utf-8")
    result = _import(capsys, db, notes)
    assert (result["added"], result["retired"]) == (1, 1)


@pytest.mark.parametrize(("before", "after"), [
    ("kill -9 1234", "kill -15 1234"),  # the signal is what the line does
    ("curl -X POST http://localhost", "curl -X GET http://localhost"),  # a method the flag knows
    ("kubectl get pods -n web", "kubectl get services -n web"),  # the resource the verb acts on
    ("ls -t /var/log", "ls -S /var/log"),  # sorted by time, not by size
])
def test_a_value_that_says_what_the_line_does_makes_another_note(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], before: str, after: str) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "ops.md"
    notes.write_text(f"# Ops\n\n- `{before}`: the line\n", encoding="utf-8")
    _import(capsys, db, notes)
    notes.write_text(f"# Ops\n\n- `{after}`: the line\n", encoding="utf-8")
    result = _import(capsys, db, notes)
    assert (result["added"], result["retired"]) == (1, 1)


def test_a_line_moved_under_another_heading_is_another_note(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "pack.md"
    notes.write_text(NOTES, encoding="utf-8")
    _import(capsys, db, notes)
    moved = NOTES.replace("- `ssh -p 2222 user@host`: log in on another port\n", "").replace(
        "## Serving\n", "## Serving\n\n- `ssh -p 2022 user@host`: log in on another port\n")
    notes.write_text(moved, encoding="utf-8")
    result = _import(capsys, db, notes)
    assert (result["added"], result["retired"]) == (1, 1)


def test_a_line_written_again_keeps_its_note_before_a_line_of_the_same_shape(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``docker run --publish 8080:80 web`` is ``docker run -p 8080:80 web`` written again, wherever it now stands:
    the line of the same shape before it, whose port changed, takes the other stored line, not this one."""
    db, notes = tmp_path / "q.db", tmp_path / "web.md"
    notes.write_text("# Web\n\n- `docker run -p 8080:80 web`: serve on 8080\n"
                     "- `docker run -p 9090:80 web`: serve on 9090\n", encoding="utf-8")
    _import(capsys, db, notes)
    ids = _note_ids(db, "web")
    notes.write_text("# Web\n\n- `docker run -p 7070:80 web`: serve on 7070\n"
                     "- `docker run --publish 8080:80 web`: serve on 8080\n", encoding="utf-8")
    result = _import(capsys, db, notes)
    assert (result["added"], result["retired"]) == (0, 0)
    assert _note_ids(db, "web") == {"docker run -p 7070:80 web": ids["docker run -p 9090:80 web"],
                                    "docker run --publish 8080:80 web": ids["docker run -p 8080:80 web"]}


_PORTS = st.lists(st.integers(min_value=1024, max_value=65535), min_size=2, max_size=6, unique=True)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ports=_PORTS, data=st.data())
def test_lines_of_one_command_keep_their_own_notes_whichever_values_change(
        tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], ports: list[int],
        data: st.DataObject) -> None:
    """Lines of one command and one shape, some of their values changed: each line keeps the note of its place, no two
    lines share a note, no note is added or retired."""
    edited = data.draw(st.lists(st.integers(min_value=1024, max_value=65535), min_size=len(ports),
                                max_size=len(ports), unique=True).filter(lambda new: not set(new) & set(ports)))
    changed = data.draw(st.lists(st.booleans(), min_size=len(ports), max_size=len(ports)))
    after = [new if change else old for old, new, change in zip(ports, edited, changed)]
    folder = tmp_path_factory.mktemp("ports")
    db, notes = folder / "q.db", folder / "ports.md"

    def write(values: list[int]) -> None:
        notes.write_text("# Ports\n\n" + "".join(f"- `ssh -p {port} user@host`: log in on port {port}\n"
                                                 for port in values), encoding="utf-8")

    write(ports)
    _import(capsys, db, notes)
    before = _note_ids(db, "ports")
    write(after)
    result = _import(capsys, db, notes)
    assert (result["added"], result["retired"], result["updated"]) == (0, 0, sum(changed))
    now = _note_ids(db, "ports")
    assert [now[f"ssh -p {port} user@host"] for port in after] == [before[f"ssh -p {port} user@host"] for port in ports]


@pytest.mark.parametrize(("before", "after"), [
    ('git commit -m "message"', 'git commit -m "fix typo"'),  # a generic word in quotes, then a real message
    ('git commit -m "커밋 메시지"', 'git commit -m "첫 커밋"'),  # Korean words in quotes
    ('grep "pattern" app.log', 'grep "timeout" app.log'),  # a quoted argument
])
def test_a_quoted_value_edited_keeps_its_note(tmp_path: Path, capsys: pytest.CaptureFixture[str], before: str,
                                              after: str) -> None:
    """A value in quotes is the writer's example even where it reads as "any value" for a typed answer
    (``-m "message"``, ``"커밋 메시지"``): writing the message one means keeps the note and its history
    (u-campaign11: git.md's commit line, retired and added again)."""
    db, notes = tmp_path / "q.db", tmp_path / "vcs.md"
    notes.write_text(f"# Git\n\n- `{before}`: record the staged changes\n", encoding="utf-8")
    _import(capsys, db, notes)
    ids = _note_ids(db, "vcs")
    notes.write_text(f"# Git\n\n- `{after}`: record the staged changes\n", encoding="utf-8")
    result = _import(capsys, db, notes)
    assert (result["added"], result["updated"], result["retired"]) == (0, 1, 0)
    assert list(_note_ids(db, "vcs").values()) == list(ids.values())
