"""Which study day a moment belongs to.  A day starts at a set hour (4 AM by
default, as in Anki), so a late-night session still counts for the evening."""

from __future__ import annotations

import datetime as dt

__all__ = ["DEFAULT_ROLLOVER_HOUR", "local_now", "study_day"]

DEFAULT_ROLLOVER_HOUR = 4


def local_now() -> dt.datetime:
    """The wall clock here, time zone attached (the default clock of a session)."""
    return dt.datetime.now().astimezone()


def study_day(moment: dt.datetime, rollover_hour: int = DEFAULT_ROLLOVER_HOUR) -> dt.date:
    """The study day of ``moment`` (a local time): before the rollover hour, it is still yesterday."""
    if not 0 <= rollover_hour <= 23:
        raise ValueError(f"The day's start hour is from 0 to 23, not {rollover_hour}.")
    return (moment - dt.timedelta(hours=rollover_hour)).date()
