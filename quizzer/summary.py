"""The words of a session's end (pure): what the summary screen shows and what
is printed after it, in the interface's language."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from quizzer.durations import duration_text
from quizzer.i18n import _, ngettext
from quizzer.to_copy import Blank, quizzer_command

if TYPE_CHECKING:
    from quizzer.review.controller import Summary

__all__ = ["commands", "grades_text", "left_line", "nothing_due_line", "summary_lines", "still_today_line",
           "waiting_line"]


def _review(summary: Summary) -> str:
    return quizzer_command("review", *summary.again, db_option=summary.db_option)


def _check_again(summary: Summary) -> str:
    return quizzer_command("check", "--again", db_option=summary.db_option)


def _import(summary: Summary) -> str:
    return quizzer_command("import", Blank("NOTES.md"), db_option=summary.db_option)


def _unsuspend(summary: Summary) -> str:
    return quizzer_command("unsuspend", Blank("ID"), db_option=summary.db_option)


def commands(summary: Summary, deck: str | None = None) -> tuple[str, ...]:
    """The commands the lines of ``summary`` can give, made for its database: a terminal keeps each whole."""
    return _review(summary), _check_again(summary), _import(summary), _cards(summary, deck), _unsuspend(summary)


def still_today_line(summary: Summary) -> str | None:
    """New cards today's limit has room for that this review did not show: they came in
    after it started (another program suspended a sibling, retired a note, imported)."""
    count = summary.new_today
    if not count:
        return None
    return ngettext(
        "{count} new card can still be learned today: run {command} again.",
        "{count} new cards can still be learned today: run {command} again.",
        count,
    ).format(count=count, command=_review(summary))


def left_line(summary: Summary) -> str | None:
    """The cards a stopped review still had to show today: the summary said only 'Due tomorrow:
    0 reviews', as if nothing were left, after a stop with twenty new cards still to learn."""
    if not summary.left:
        return None
    return ngettext(
        "{count} card is still due today: run {command} to go on.",
        "{count} cards are still due today: run {command} to go on.",
        summary.left,
    ).format(count=summary.left, command=_review(summary))


def waiting_line(summary: Summary) -> str | None:
    """The new cards only a higher ``--new-limit`` would show today, if any.

    Siblings of a note answered today, or of a card the review shows today,
    wait for another day whatever the limit, so they are not counted (see
    ``quizzer.review.store.new_waiting``); nor are those today's limit still
    has room for (``still_today_line``).
    """
    count = summary.new_waiting - summary.new_today
    if count <= 0:
        return None
    return ngettext(
        "{count} new card waits beyond today's new-card limit (raise it with --new-limit N).",
        "{count} new cards wait beyond today's new-card limit (raise it with --new-limit N).",
        count,
    ).format(count=count)


def _when(day: dt.date, today: dt.date) -> str:
    days = (day - today).days
    if days == 1:
        return _("Your next review is due tomorrow ({date}).").format(date=day.isoformat())
    return ngettext(
        "Your next review is due in {days} day ({date}).", "Your next review is due in {days} days ({date}).", days
    ).format(days=days, date=day.isoformat())


def _cards(summary: Summary, deck: str | None) -> str:
    return quizzer_command("cards", deck if deck is not None else Blank(_("DECK")), db_option=summary.db_option)


def nothing_due_line(summary: Summary, today: dt.date, *, checking: int = 0, held: int = 0,
                     suspended: tuple[int, int] = (0, 0), deck: str | None = None) -> str:
    """The one line printed instead of an empty review screen (``checking``: cards of these
    decks that wait for ``quizzer check``, the line after it says so and what to run; ``held``:
    cards the person held back in the check; ``suspended``: cards the person suspended and how
    many of them are leeches; ``deck``: the one deck reviewed, if one, for the command listing them)."""
    cards, leeches = suspended
    if summary.next_due is not None:
        line = _("Nothing due today.") + " " + _when(summary.next_due, today)
    elif summary.new_waiting:
        line = _("Nothing due today: no reviews are scheduled yet.")
    elif checking:
        line = _("Nothing to review yet.")
    elif held:
        line = _("Nothing to review: you held back every card of these decks in quizzer check; "
                 "{command} asks about them again.").format(command=_check_again(summary))
    elif leeches:
        line = ngettext(
            "Nothing to review: every card left in these decks is suspended ({count}), {leeches} of them as a leech "
            "(forgotten too often: rewrite its note before bringing it back); {command} shows their ids, and "
            "{unsuspend} brings one back.",
            "Nothing to review: every card left in these decks is suspended ({count}), {leeches} of them as leeches "
            "(forgotten too often: rewrite their notes before bringing them back); {command} shows their ids, and "
            "{unsuspend} brings one back.", leeches,
        ).format(count=cards, leeches=leeches, command=_cards(summary, deck), unsuspend=_unsuspend(summary))
    elif cards:
        line = ngettext(
            "Nothing to review: every card left in these decks is suspended ({count}); {command} shows its id, and "
            "{unsuspend} brings it back.",
            "Nothing to review: every card left in these decks is suspended ({count}); {command} shows their ids, "
            "and {unsuspend} brings one back.", cards,
        ).format(count=cards, command=_cards(summary, deck), unsuspend=_unsuspend(summary))
    else:
        line = _("Nothing to review: these decks have no cards left. Add notes with: {command}").format(
            command=_import(summary))
    waiting = waiting_line(summary)
    return f"{line} {waiting}" if waiting else line


def grades_text(grades: dict[int, int]) -> str:
    if not grades:
        return _("none")
    return ", ".join(f"{grade}: {count}" for grade, count in sorted(grades.items()))


def summary_lines(summary: Summary, *, finished: bool) -> list[str]:
    """Head, answered, (stopped:) what is left today, due tomorrow, next review, waiting new cards."""
    if summary.cards:
        head = _("Done for today.") if finished else _("Stopped; every answer so far is saved.")
        answered = _("Cards answered: {count} in {time}  (grades {grades})").format(
            count=summary.cards, time=duration_text(summary.seconds), grades=grades_text(summary.grades))
    else:  # none, or each one undone
        head = _("Done for today.") if finished else _("Stopped.")
        answered = _("No cards answered.")
    left = None if finished else left_line(summary)  # what is left of today comes before tomorrow
    lines = [
        head,
        answered,
        *([left] if left else []),
        ngettext("Due tomorrow: {count} review", "Due tomorrow: {count} reviews", summary.tomorrow).format(
            count=summary.tomorrow
        ),
    ]
    if summary.next_due is not None and summary.tomorrow == 0:
        lines.append(_("Next review: {date}").format(date=summary.next_due.isoformat()))
    if finished:
        lines += [line for line in (still_today_line(summary), waiting_line(summary)) if line]
    return lines
