"""Steps on re-import: a typo fixed keeps the step's history; an inserted step re-keys nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_import import card_states, counts, dump, give_history, import_json, write

STEPS = ["write the Dockerfile", "build the image", "run the container", "push the image"]


def procedure(steps: list[str]) -> str:
    return "# Deploy\n\n## How to ship\n\n" + "".join(f"{n}. {step}\n" for n, step in enumerate(steps, start=1))


def notes_of(db: Path) -> dict[int, tuple[str, str, int, str | None]]:
    """note id → (key, back, position, retired_at), steps only (the built-in deck is there too)"""
    con = sqlite3.connect(db)
    try:
        query = "SELECT id, key, back, position, retired_at FROM note WHERE kind = 'step' AND key NOT LIKE 'docker%'"
        return {row[0]: row[1:] for row in con.execute(query)}
    finally:
        con.close()


def test_fixing_a_typo_in_a_step_keeps_its_note_and_history(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "ship.md", procedure(["write the Dokcerfile", *STEPS[1:]]))
    assert import_json(capsys, db, notes) == {"ship": counts(added=4)}
    cards = give_history(db, "ship")
    reviews = dump(db)["review"]
    before = notes_of(db)

    write(notes, procedure(STEPS))
    assert import_json(capsys, db, notes) == {"ship": counts(updated=1, unchanged=3)}
    after = notes_of(db)
    assert after.keys() == before.keys()  # no note added, none retired
    first = next(i for i, (_, back, _, _) in before.items() if back == "write the Dokcerfile")
    assert after[first][1:] == ("write the Dockerfile", 1, None)
    assert after[first][0] == before[first][0].replace("Dokcerfile", "Dockerfile")  # the key says the new text
    assert card_states(db) == cards
    assert dump(db)["review"] == reviews
    assert import_json(capsys, db, notes) == {"ship": counts(unchanged=4)}


def test_inserting_a_step_re_keys_no_other_step(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "ship.md", procedure(STEPS))
    import_json(capsys, db, notes)
    before = notes_of(db)
    write(notes, procedure([STEPS[0], "test the image", *STEPS[1:]]))
    # the inserted step is new; the old step 2 moved to position 3 and was not taken over
    assert import_json(capsys, db, notes) == {"ship": counts(added=1, updated=3, unchanged=1)}
    after = notes_of(db)
    for note_id, (key, back, _, retired) in before.items():
        assert after[note_id][:2] == (key, back) and retired is None and after[note_id][3] is None
    [new] = [row for note_id, row in after.items() if note_id not in before]
    assert new[1:3] == ("test the image", 2)


def test_a_removed_step_is_retired_not_taken_over_by_a_step_elsewhere(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "ship.md", procedure(STEPS))
    import_json(capsys, db, notes)
    # step 4 removed, and a new procedure elsewhere whose step 4 is new too: same position,
    # another procedure, so it takes nothing over
    rollback = ["stop the container", "pull the old image", "run the old image", "check the logs"]
    write(notes, procedure(STEPS[:3]) + "\n## How to roll back\n\n"
          + "".join(f"{n}. {step}\n" for n, step in enumerate(rollback, start=1)))
    result = import_json(capsys, db, notes)
    assert result == {"ship": counts(added=4, unchanged=3, retired=1)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_step_edits_and_insertions_keep_every_surviving_steps_note(
        data: st.DataObject, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path_factory.mktemp("steps")
    db = root / "q.db"
    steps = [f"step number {n} of the plan" for n in range(data.draw(st.integers(1, 6), label="steps"))]
    notes = write(root / "plan.md", procedure(steps))
    capsys.readouterr()
    import_json(capsys, db, notes)
    before = {row[1]: note_id for note_id, row in notes_of(db).items()}  # back → note id
    # either fix one step's text in place, or insert a new step somewhere (never both)
    if data.draw(st.booleans(), label="edit"):
        at = data.draw(st.integers(0, len(steps) - 1), label="at")
        edited = [f"{s} (fixed)" if i == at else s for i, s in enumerate(steps)]
        write(notes, procedure(edited))
        import_json(capsys, db, notes)
        after = {row[1]: note_id for note_id, row in notes_of(db).items() if row[3] is None}
        assert after == {edited[i]: before[s] for i, s in enumerate(steps)}
    else:
        at = data.draw(st.integers(0, len(steps)), label="at")
        inserted = [*steps[:at], "a brand new step", *steps[at:]]
        write(notes, procedure(inserted))
        import_json(capsys, db, notes)
        after = {row[1]: note_id for note_id, row in notes_of(db).items() if row[3] is None}
        assert {s: after[s] for s in steps} == before
        assert after["a brand new step"] not in before.values()
