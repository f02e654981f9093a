"""A numbered procedure whose author writes a step's number twice, each item over its own code block::

    ## Tuning
    1. Stop the service:
    ```…```
    2. Check the limits
    ```…```
    2. Raise the limits

Markdown starts a new list after each block at the number written, so the third step says "2.".  Whether the
author meant it as the second (a slip in the one before) or the third is not sure, and a step card's place is
half of what it teaches: the repeated step is a warning with its line, not a card.  The steps before it stay.
"""

from __future__ import annotations

from conftest import draft

from quizzer.extract.model import Kind

_TUNING = (
    "## Tuning\n\n1. Stop the service\n\n```bash\nsystemctl stop app\n```\n\n2. Check the open file limit\n\n"
    "```bash\nulimit -n\n```\n\n2. Raise the open file limit\n\n```bash\nulimit -n 65536\n```\n"
)


def test_a_step_number_written_twice_is_warned_not_a_card() -> None:
    result = draft(_TUNING)
    steps = [(n.line, n.position, n.back) for n in result.notes if n.kind is Kind.STEP]
    assert steps == [(3, 1, "Stop the service"), (9, 2, "Check the open file limit")]
    assert any(w.line == 15 and "repeats the number" in w.message for w in result.warnings)


def test_numbers_that_go_on_stay_steps() -> None:
    text = _TUNING.replace("2. Raise", "3. Raise")
    steps = [(n.line, n.position) for n in draft(text).notes if n.kind is Kind.STEP]
    assert steps == [(3, 1), (9, 2), (15, 3)]
