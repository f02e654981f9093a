"""How long something took, written one way on every screen (pure): ``42s``, ``18m 05s``, ``2h 03m``
(Korean ``42초``, ``18분 05초``, ``2시간 03분``).  The review's end, stats, the exam's report and
history and the database's wait notice all say time through :func:`duration_text`; a countdown is a
clock (``12:05``), not a duration."""

from __future__ import annotations

from quizzer.i18n import _

__all__ = ["duration_text"]


def duration_text(seconds: float) -> str:
    """``seconds`` rounded to a whole second; past an hour, to the minute (the seconds say nothing
    there).  Never negative: a clock set back shows ``0s``."""
    whole = int(seconds + 0.5) if seconds > 0 else 0
    if whole < 60:
        return _("{seconds}s").format(seconds=whole)
    if whole < 3600:
        minutes, secs = divmod(whole, 60)
        return _("{minutes}m {seconds:02d}s").format(minutes=minutes, seconds=secs)
    hours, minutes = divmod((whole + 30) // 60, 60)
    return _("{hours}h {minutes:02d}m").format(hours=hours, minutes=minutes)
