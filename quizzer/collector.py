"""The garbage collector held back while bulk work makes millions of objects.

Extracting a large document and writing its notes make millions of
short-lived objects and no garbage cycles worth collecting, yet set off
thousands of collections that each walk every live object (all of a
document's tokens and notes): on a 100k-card import, about a quarter of the
extraction's time and a third of the writes'.  Reference counting still frees
everything as it goes; the collector resumes when the work is done.

What the work leaves alive (a document's 50k notes, the pieces kept) resumes
as old objects: had they joined the youngest generation, the first allocation
after would walk them all at once (65-75 ms after an extraction of the
100k-card file, each time).  The oldest generation's collections still look
at them, and ``gc.collect()`` too, so a cycle the work left is freed later,
not never.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused() -> Iterator[None]:
    """No collections inside (nested uses are fine); the collector is on again after,
    if it was before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _aged()
            gc.enable()


def _aged() -> None:
    """Every object the collector tracks moved to its oldest generation, none walked: ``freeze`` moves
    each generation's list whole to the permanent one and ``unfreeze`` that list whole to the oldest
    (when nothing else has frozen objects, which ``unfreeze`` would let go too)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
