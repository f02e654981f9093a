"""The check's stored state stays coherent whatever a person does (hypothesis): imports with
and without the check, --trust, verdicts, one-by-one choices, and a person's own suspend."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from quizzer.db import Database, open_database
from quizzer.db.checks import decide_cards, hold, keep, keep_cards, waiting
from quizzer.db.sync import sync_deck
from quizzer.extract import extract
from quizzer.review.store import set_suspended

NOW = dt.datetime(2030, 3, 1, 12, tzinfo=dt.timezone.utc)
LINES = [f"- **tool{i}**: does thing {i}" for i in range(4)]
ROWS = [f"| `ls -{c}` | lists {c} |" for c in "abcd"]
WRITTEN = ["front one :: back one", "front two ::: back two"]

imports = st.tuples(st.just("import"), st.sampled_from(["check", "trust", None]),
                    st.lists(st.booleans(), min_size=10, max_size=10))
verdicts = st.tuples(st.sampled_from(["keep", "hold", "one-by-one", "note"]), st.integers(0, 3), st.integers(0, 1000))
person = st.tuples(st.sampled_from(["suspend", "unsuspend"]), st.integers(0, 40), st.booleans())
steps = st.lists(st.one_of(imports, verdicts, person), min_size=1, max_size=12)


def document(chosen: list[bool]) -> str:
    lines = [line for line, on in zip(LINES, chosen[:4], strict=True) if on]
    rows = [row for row, on in zip(ROWS, chosen[4:8], strict=True) if on]
    written = [line for line, on in zip(WRITTEN, chosen[8:], strict=True) if on]
    parts = ["# Tools", "", *lines, ""]
    if rows:
        parts += ["| command | meaning |", "|---|---|", *rows, ""]
    return "\n".join([*parts, *written, ""])


def check_invariants(db: Database) -> None:
    with db.reading() as s:
        rows = s.execute(text(
            "SELECT card.suspended, card.held, note.kind, coalesce(note.reason, ''), sc.verdict, note.retired_at "
            "FROM card JOIN note ON note.id = card.note_id LEFT JOIN shape_check sc ON sc.deck_id = card.deck_id "
            "AND sc.reason = coalesce(note.reason, '') AND sc.kind = note.kind")).all()
        for suspended, held, kind, reason, verdict, _retired in rows:
            if held:
                assert suspended, (kind, reason)
                assert kind not in ("written", "written-both")
            if held == 1:
                assert verdict == "unchecked", (kind, reason, verdict)
        listed = waiting(s)
        assert sum(len(w.cards) for w in listed) == sum(1 for r in rows if r[1] == 1 and r[5] is None)
        for shape in listed:
            assert [c.line for c in shape.cards] == sorted(c.line for c in shape.cards)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_the_stored_check_stays_coherent(actions: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "q.db")
        try:
            seen_shapes: list[tuple[str | None, str]] = []
            for action in actions:
                if action[0] == "import":
                    _, mode, chosen = action
                    notes = document(chosen)  # type: ignore[arg-type]
                    with db.session() as s:
                        sync_deck(s, extract(notes, deck="t", source="t.md"), now=NOW, origin="/n/t.md",
                                  check=mode)  # type: ignore[arg-type]
                    with db.reading() as s:
                        seen_shapes = [(r or None, k) for r, k in s.execute(text(
                            "SELECT DISTINCT reason, kind FROM note WHERE kind NOT LIKE 'written%' ORDER BY 1, 2"))]
                elif action[0] in ("keep", "hold", "one-by-one", "note") and seen_shapes:
                    _, which, seed = action
                    reason, kind = seen_shapes[which % len(seen_shapes)]  # type: ignore[operator]
                    with db.session() as s:
                        if action[0] == "keep":
                            keep(s, "t", reason, kind, waiting_only=bool(seed % 2))  # type: ignore[operator]
                        elif action[0] == "note":  # one note answered one by one, the shape left waiting
                            listed = [c for w in waiting(s) if (w.reason, w.kind) == (reason, kind) for c in w.cards]
                            if listed:
                                note = listed[seed % len(listed)].note_id  # type: ignore[operator]
                                ids = [c.card_id for c in listed if c.note_id == note]
                                if seed % 3:  # type: ignore[operator]
                                    decide_cards(s, kept=ids)
                                else:
                                    decide_cards(s, held=ids)
                        elif action[0] == "hold":
                            hold(s, "t", reason, kind)
                        else:
                            ids = [c.card_id for w in waiting(s) + waiting(s, held=True)
                                   if (w.reason, w.kind) == (reason, kind) for c in w.cards]
                            chosen_ids = [card for n, card in enumerate(ids) if (seed >> n) & 1]  # type: ignore[operator]
                            kept, held = keep_cards(s, "t", reason, kind, chosen_ids)
                            assert kept == len(chosen_ids) and held == len(ids) - len(chosen_ids)
                elif action[0] in ("suspend", "unsuspend"):
                    _, nth, _flag = action
                    with db.session() as s:
                        ids = list(s.execute(text("SELECT id FROM card ORDER BY id")).scalars())
                        if ids:
                            set_suspended(s, ids[nth % len(ids)], action[0] == "suspend", at=dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc))  # type: ignore[operator]
                check_invariants(db)
        finally:
            db.close()
