"""The garbage collector held back while bulk work makes millions of objects.

Extracting a large document and writing its notes make millions of
short-lived objects and no garbage cycles worth collecting, yet set off
thousands of collections that each walk every live object (all of a
document's tokens and notes): on a 100k-card import, about a quarter of the
extraction's time and a third of the writes'.  Reference counting still frees
everything as it goes; the collector resumes when the work is done.
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
            gc.enable()
