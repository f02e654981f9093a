"""``quizzer stats`` drawn with rich: text, tables and character charts that read
without colour.  Note text (fronts, sections, deck names) goes in as ``Text``
through :func:`quizzer.text.visible`, never as markup.

:func:`stats_view` builds the renderables for a console width (pure: tests
render them into a fixed-width console and compare with golden text);
:func:`print_stats` prints them and saves an SVG of what was shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from quizzer.cards import shown_front
from quizzer.days import study_day
from quizzer.durations import duration_text
from quizzer.i18n import _, count_answers, count_days, ngettext
from quizzer.render import new_console
from quizzer.rich_text import shown_text
from quizzer.stats.collect import Stats, WeakCard
from quizzer.stats.compute import Bucket, Heatmap, Rate
from quizzer.text import flow, visible, wrap_around
from quizzer.to_copy import Blank, quizzer_command

__all__ = ["SHADES", "TODAY_MARK", "fit_heatmap", "forecast_chart", "heatmap_grid", "heatmap_legend", "print_stats", "stats_view"]

#: The heatmap's shades, from no answer (0) to the busiest days (4): readable without colour.
SHADES = ("·", "░", "▒", "▓", "█")
TODAY_MARK = "◆"
_SHADE_STYLES = ("bright_black", "green", "green", "bright_green", "bold bright_green")
_EIGHTHS = " ▁▂▃▄▅▆▇█"
_CHART_ROWS = 6


def _text(text: str, style: str = "") -> Text:
    return shown_text(text, style)


def _heading(title: str) -> Text:
    return shown_text(title, "bold")


def _percent(rate: Rate) -> str:
    value = rate.rate
    if value is None:
        return "–"
    return _("{percent}% ({passed}/{total})").format(percent=f"{value * 100:.0f}", passed=rate.passed,
                                                      total=rate.total)



# -- today -------------------------------------------------------------------------------


def _today(stats: Stats) -> RenderableType:
    t, s, p = stats.today, stats.streak, stats.period
    lines = [
        _("Answered today: {answered} (new {new}, review {review}, re-drill {redrill}) in {time}.").format(
            answered=t.answered, new=t.new, review=t.review, redrill=t.redrill, time=duration_text(t.ms / 1000)),
        _("Left today: {left} (review {review}, new {new}, re-drill {redrill}).").format(
            left=t.left, review=t.left_review, new=t.left_new, redrill=t.left_redrill),
    ]
    if s.longest_from is not None and s.longest_to is not None:
        lines.append(_("Streak: {current}; longest {longest}, from {first} to {last}.").format(
            current=count_days(s.current), longest=count_days(s.longest), first=s.longest_from.isoformat(),
            last=s.longest_to.isoformat()))
    else:
        lines.append(_("Streak: {current}; longest {longest}.").format(
            current=count_days(s.current), longest=count_days(s.longest)))
    if s.current and not s.studied_today:
        lines.append(_("Answer a card today to keep the streak."))
    lines.append(_("Last {days}: {answers} on {studied}, {time} in all.").format(
        days=count_days(p.days), answers=count_answers(p.answers), studied=count_days(p.days_studied),
        time=duration_text(p.ms / 1000)))
    return Group(_heading(_("Today, {day}").format(day=t.day.isoformat())), *(_text(line) for line in lines))


# -- forecast -----------------------------------------------------------------------------


def forecast_chart(forecast: Sequence[tuple[dt.date, int]], width: int, rows: int = _CHART_ROWS) -> list[str]:
    """Cards due per day as vertical bars (in eighths of a line), with the largest count on
    the axis and a date under every seventh day."""
    most = max((n for _d, n in forecast), default=0)
    label = str(most)
    axis = len(label) + 1
    column = max(1, min(3, (width - axis - 1) // max(len(forecast), 1)))
    heights = [0 if n == 0 else max(1, round(n / most * rows * 8)) for _d, n in forecast]
    lines = []
    for row in range(rows):
        level = rows - 1 - row
        bars = "".join(_EIGHTHS[min(8, max(0, h - level * 8))].ljust(column)[:column] if column > 1
                       else _EIGHTHS[min(8, max(0, h - level * 8))] for h in heights)
        mark = label if row == 0 else ("0" if row == rows - 1 else "")
        lines.append(f"{mark.rjust(axis - 1)} │{bars}".rstrip())
    lines.append(" " * axis + "└" + "─" * (column * len(forecast)))
    dates = [" "] * (column * len(forecast) + 6)
    for i, (day, _n) in enumerate(forecast):
        if i % 7 == 0:
            text = day.strftime("%m-%d")
            start = i * column
            dates[start:start + len(text)] = list(text)
    lines.append((" " * (axis + 1) + "".join(dates)).rstrip())
    return lines


def _forecast(stats: Stats, width: int) -> RenderableType:
    b = stats.backlog
    parts: list[RenderableType] = [_heading(_("The next {days}").format(days=count_days(len(stats.forecast))))]
    parts.append(_text(_("Due today: {total} ({overdue} of them overdue).").format(
        total=b.total, overdue=b.overdue)))
    total = sum(n for _d, n in stats.forecast)
    if total == 0:
        parts.append(_text(_("Nothing else falls due in the next {days}.").format(days=count_days(len(stats.forecast)))))
    else:
        parts.append(_text(ngettext("Then {total} card falls due, {most} on the busiest day.",
                                    "Then {total} cards fall due, {most} on the busiest day.", total).format(
            total=total, most=max(n for _d, n in stats.forecast))))
        parts.append(Text("\n".join(forecast_chart(stats.forecast, width)), style="cyan", no_wrap=True))
    return Group(*parts)


# -- heatmap ------------------------------------------------------------------------------


def _weekday_names() -> tuple[str, ...]:
    return (_("Mon"), "", _("Wed"), "", _("Fri"), "", _("Sun"))


def fit_heatmap(heat: Heatmap, width: int) -> Heatmap:
    """The last weeks that fit ``width`` columns, two a week after the weekday names (the last week's two
    for a month's name over it): at 40 columns the 26 weeks were cut on the right, today's week with them."""
    label = max(cell_len(n) for n in _weekday_names()) + 1
    return heat.last(max((width - label) // 2, 1))


def heatmap_grid(heat: Heatmap) -> Text:
    """Weeks as columns (oldest left), weekdays as rows, a shade a day, today marked."""
    names = _weekday_names()
    label = max(cell_len(n) for n in names) + 1  # display width: 월 수 금 are two cells wide
    text = Text(no_wrap=True)
    months = [" "] * (len(heat.cells) * 2 + 2)
    for week, month in heat.month_labels():
        months[week * 2:week * 2 + 2] = list(f"{month:02d}")
    text.append(" " * label + "".join(months).rstrip() + "\n")
    for weekday in range(7):
        text.append(names[weekday] + " " * (label - cell_len(names[weekday])))
        for week, cells in enumerate(heat.cells):
            count = cells[weekday]
            if count is None:
                text.append("  ")
                continue
            if heat.day(week, weekday) == heat.today:
                text.append(TODAY_MARK, style="bold yellow")
            else:
                level = heat.level(count) or 0
                text.append(SHADES[level], style=_SHADE_STYLES[level])
            text.append(" ")
        text.rstrip()
        if weekday < 6:
            text.append("\n")
    return text


def heatmap_legend(heat: Heatmap) -> Text:
    """What the shades mean, under the grid: it wraps in a narrow terminal (the grid does not)."""
    label = max(cell_len(n) for n in _weekday_names()) + 1
    legend = _("{none} no answer, {shades} more and more, {today} today; the busiest day had {most}.") if heat.most \
        else _("{none} no answer, {shades} more and more, {today} today.")  # "the busiest day had 0": no day was
    return Text(" " * label + legend.format(none=SHADES[0], shades=" ".join(SHADES[1:]), today=TODAY_MARK,
                                            most=heat.most))


def _heatmap(stats: Stats, width: int) -> RenderableType:
    heat = fit_heatmap(stats.heatmap, width)
    return Group(_heading(_("Answers per day, the last {weeks} weeks").format(weeks=len(heat.cells))),
                 heatmap_grid(heat), heatmap_legend(heat))


# -- retention, cards, distributions --------------------------------------------------------


def _table(*columns: tuple[str, str]) -> Table:
    table = Table(box=None, padding=(0, 1), pad_edge=False, show_edge=False)
    for name, justify in columns:
        table.add_column(shown_text(name, "bold"), justify=justify, overflow="fold")  # type: ignore[arg-type]
    return table


def _titled(title: str, *body: RenderableType) -> Group:
    return Group(_heading(title), *body)


def _retention(stats: Stats, width: int) -> RenderableType:
    rows = [(_("last {days}").format(days=count_days(r.days)), [_percent(r.young), _percent(r.mature), _percent(r.all)])
            for r in stats.retention]
    note = _text(_("Young cards have an interval under 21 days; re-drills are left out."), style="dim")
    return _titled(_("Retention: passing grades (3 or more) on cards that were due"),
                   *_table_or_list(_("period"), [_("young"), _("mature"), _("all")], rows, width), note)


def _decks(stats: Stats, width: int) -> RenderableType:
    # the check's columns (waiting for quizzer check, held back by it) only when a deck has such cards
    checks = [(name, field) for name, field in ((_("to check"), "to_check"), (_("held back"), "held_back"))
              if any(getattr(row, field) for row in stats.decks)]
    states = (_("new"), _("learning"), _("review"), _("suspended"), *(name for name, _field in checks), _("leech"),
              _("retired"), _("total"))
    rows = [(visible(row.deck), [str(n) for n in (
        row.new, row.learning, row.review, row.suspended, *(getattr(row, field) for _name, field in checks),
        row.leech, row.retired, row.total)]) for row in stats.decks]
    return _titled(_("Cards by state"), *_table_or_list(_("deck"), list(states), rows, width))


def _table_or_list(first: str, headings: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]],
                   width: int) -> list[RenderableType]:
    """A table of ``rows`` (a name, then a cell under each of ``headings``) when it fits ``width``; else, as a
    table would fold names, headings and figures into pieces ("dock / er-c", "(134/153" / ")"), a list: each
    row's name on a line, then its cells as "heading cell" over as many lines as they take, each whole."""
    columns = [[first, *(name for name, _cells in rows)]] + [
        [heading, *(cells[n] for _name, cells in rows)] for n, heading in enumerate(headings)]
    natural = sum(max(cell_len(cell) for cell in column) for column in columns) + 2 * (len(columns) - 1)
    if natural > width:
        lines: list[RenderableType] = []
        for name, cells in rows:
            lines.append(Text(name))
            lines += [Text("  " + line) for line in flow(
                [f"{heading} {cell}" for heading, cell in zip(headings, cells, strict=True)], width - 2)]
        return lines
    table = _table((first, "left"), *((heading, "right") for heading in headings))
    for name, cells in rows:
        table.add_row(_text(name), *(_text(cell) for cell in cells))
    return [table]


def _bar(count: int, most: int, width: int) -> str:
    if count <= 0 or most <= 0:
        return ""
    eighths = max(1, round(count / most * width * 8))
    return "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")


def _distribution(title: str, rows: Sequence[tuple[str, int]], width: int) -> Group:
    table = _table(("", "left"), ("", "right"), ("", "left"))
    table.show_header = False
    most = max((n for _l, n in rows), default=0)
    bar_width = max(10, min(60, width - 30))
    for label, count in rows:
        table.add_row(Text(label), Text(str(count)), Text(_bar(count, most, bar_width), style="cyan"))
    return _titled(title, table)


def _interval_label(bucket: Bucket) -> str:
    if bucket.last is None:
        return _("{days} or more").format(days=count_days(bucket.first))
    if bucket.first == bucket.last or bucket.first == 0:
        return count_days(bucket.last)
    return _("{first}–{last} days").format(first=bucket.first, last=bucket.last)


def _ease_label(bucket: Bucket) -> str:
    if bucket.last is None:
        return _("over {first}").format(first=f"{(bucket.first - 1) / 100:.2f}")
    if bucket.first == bucket.last:
        return f"{bucket.first / 100:.2f}"
    return f"{bucket.first / 100:.2f}–{bucket.last / 100:.2f}"


def _distributions(stats: Stats, width: int) -> list[RenderableType]:
    grade_names = (_("0 blackout"), _("1 wrong, remembered"), _("2 wrong, easy once shown"),
                   _("3 right, hard"), _("4 right, hesitant"), _("5 perfect"))
    distributions: list[RenderableType] = []
    if any(b.count for b in stats.intervals):
        distributions += [
        _distribution(_("Intervals of the cards answered so far"),
                      [(_interval_label(b), b.count) for b in stats.intervals], width),
        _distribution(_("Ease factors (EF) of the same cards"), [(_ease_label(b), b.count) for b in stats.ease],
                      width)]
    if any(stats.period.grades.counts):
        distributions.append(_distribution(_("Grades in the last {days} (re-drills left out)").format(days=count_days(stats.period.days)),
                      list(zip(grade_names, stats.period.grades.counts)), width))
    return distributions


# -- weak spots, exams ---------------------------------------------------------------------


def _with_command(label: str, command: str) -> Text:
    """A card or section with, on the line below it, the command that studies it."""
    text = _text(label)
    text.append("\n  → ")
    text.append(visible(command), style="cyan")
    return text


def _weak_list(title: str, items: Sequence[tuple[str, str, list[str]]], width: int) -> Group:
    """Weak cards or sections one under another: each one's name, its figures flowed under it, then
    the command that studies it on a line of its own, whole (a terminal wraps a long one, which
    copies as one line; in a table's cell it folded word by word: 'quizzer' / 'quiz' / 'docker-' …)."""
    lines: list[RenderableType] = []
    for label, command, facts in items:
        lines.append(_text(label))
        lines += [_text("  " + line) for line in flow(facts, width - 2)]
        lines.append(Text("  → " + visible(command), style="cyan", no_wrap=True, overflow="ignore"))
    return _titled(title, *lines)


def _fits(width: int, *columns: Sequence[str]) -> bool:
    """Whether a table of these columns (each its cells, heading first) fits ``width`` with each
    cell whole (the first column holds a name over its command: ``"  → "`` and the command)."""
    return sum(max(cell_len(cell) for cell in column) for column in columns) + 2 * (len(columns) - 1) <= width


def _weak_cards(title: str, cards: Sequence[WeakCard], width: int) -> Group:
    # a step's front in the interface's language, as every list shows it ("도커 서비스의 과정 — 2단계", not "step 2")
    fronts = [front if len(front) <= 60 else front[:59] + "…" for front in (shown_front(card.front) for card in cards)]
    heading = _("card, and the command that studies it")
    if not _fits(width, [heading, *fronts, *("  → " + visible(card.command) for card in cards)],
                 [_("deck"), *(visible(card.deck) for card in cards)], [_("lapses"), "0000"], [_("EF"), "0.00"]):
        return _weak_list(title, [(front, card.command, [
            visible(card.deck), _("lapses {count}").format(count=card.lapses),
            _("EF {ease}").format(ease=f"{card.ef_centi / 100:.2f}")]) for front, card in zip(fronts, cards, strict=True)],
            width)
    table = _table((heading, "left"), (_("deck"), "left"), (_("lapses"), "right"), (_("EF"), "right"))
    for front, card in zip(fronts, cards, strict=True):
        table.add_row(_with_command(front, card.command), _text(card.deck), Text(str(card.lapses)),
                      Text(f"{card.ef_centi / 100:.2f}"))
    return _titled(title, table)


def _weak(stats: Stats, width: int) -> list[RenderableType]:
    if not (stats.weak_lapses or stats.weak_ease or stats.weak_sections):
        return [_titled(_("Weak spots"), _text(_("No weak spots yet: no card has lapsed or lost ease.")))]
    parts: list[RenderableType] = []
    if stats.weak_lapses:
        parts.append(_weak_cards(_("Cards forgotten most often"), stats.weak_lapses, width))
    if stats.weak_ease:
        parts.append(_weak_cards(_("Other cards with the lowest ease"), stats.weak_ease, width))
    if stats.weak_sections:
        title = _("Sections with the lowest retention in the last {days}").format(days=count_days(stats.period.days))
        heading = _("section, and the command that studies it")
        names = [" › ".join(s.section) or "–" for s in stats.weak_sections]
        if not _fits(width, [heading, *names, *("  → " + visible(s.command) for s in stats.weak_sections)],
                     [_("deck"), *(visible(s.deck) for s in stats.weak_sections)], [_("retention"), *(_percent(s.rate) for s in stats.weak_sections)]):
            parts.append(_weak_list(title, [(name, s.command, [
                visible(s.deck), _("retention {percent}").format(percent=_percent(s.rate))])
                for name, s in zip(names, stats.weak_sections, strict=True)], width))
            return parts
        table = _table((heading, "left"), (_("deck"), "left"), (_("retention"), "right"))
        for name, s in zip(names, stats.weak_sections, strict=True):
            table.add_row(_with_command(name, s.command), _text(s.deck), _text(_percent(s.rate)))
        parts.append(_titled(title, table))
    return parts


def _exams(stats: Stats, width: int) -> list[RenderableType]:
    if stats.exams is None:
        return []
    if not stats.exams:
        command = quizzer_command("exam", db_option=stats.db_option)
        return [_titled(_("Exams"), _sentence(_("No exams yet: {command} starts a mock exam.").format(command=command),
                                              command, width))]
    table = _table((_("date"), "left"), (_("score"), "right"), (_("right"), "right"),
                   (_("questions"), "right"), ("", "left"))
    for exam in stats.exams[-10:]:
        # the study day, as "Today, …" above: an exam at 02:00 belongs to the day before (README)
        day = study_day(exam.started_at.astimezone(), stats.rollover_hour)
        table.add_row(Text(day.isoformat()), Text(f"{exam.percent}%"),
                      Text(str(exam.right)), Text(str(exam.questions)),
                      Text("▇" * (exam.percent // 10) + ("▍" if exam.percent % 10 >= 5 else ""), style="cyan"))
    return [_titled(_("Exams"), table)]


# -- the whole screen ---------------------------------------------------------------------


def _no_answers(scheduled: int, command: str) -> str:
    """The line above figures with no review behind them; ``scheduled``: the cards learning or in review
    all the same (an exam's send-back schedules its missed cards and writes no review), which 'no answers'
    would contradict in the table beside it; ``command``: the review to run."""
    if not scheduled:
        return _("No answers yet: review with {command} and your progress shows here.").format(command=command)
    return ngettext(
        "No reviews yet: {count} card is scheduled without one (an exam's send-back schedules its missed cards "
        "without a review), and the answers, streaks and retention count reviews. Review with {command} and your "
        "progress shows here.",
        "No reviews yet: {count} cards are scheduled without one (an exam's send-back schedules its missed cards "
        "without a review), and the answers, streaks and retention count reviews. Review with {command} and your "
        "progress shows here.", scheduled).format(count=scheduled, command=command)


def _sentence(text: str, command: str, width: int) -> Group:
    """``text`` wrapped to ``width`` with ``command`` (in it, to copy) on a line of its own, whole
    (:func:`quizzer.text.wrap_around`; the terminal wraps a longer one, which copies as one line)."""
    return Group(*(Text(visible(line), no_wrap=True, overflow="ignore") if line == command else _text(line)
                   for line in wrap_around(text, width, command)))


def stats_view(stats: Stats, width: int, *, decks: Sequence[str] = ()) -> Group:
    """Everything ``quizzer stats`` shows, for a console ``width`` columns wide."""
    if decks:
        title = _("Statistics of {decks}").format(decks=", ".join(decks))
    else:
        title = _("Statistics of every deck")
    parts: list[RenderableType] = [_text(title, style="bold underline"), Text("")]
    if stats.empty:
        command = quizzer_command("import", Blank("NOTES.md"), db_option=stats.db_option)
        parts.append(_sentence(_("Nothing to show yet: import notes with {command}, review them, and come back "
                                 "to see your progress.").format(command=command), command, width))
        return Group(*parts)
    if stats.total_answers == 0:
        command = quizzer_command("review", db_option=stats.db_option)
        parts += [_sentence(_no_answers(sum(row.learning + row.review for row in stats.decks), command), command,
                            width), Text("")]
    sections: list[RenderableType] = [
        _today(stats), _forecast(stats, width), _heatmap(stats, width), _retention(stats, width), _decks(stats, width),
        *_distributions(stats, width), *_weak(stats, width), *_exams(stats, width),
    ]
    for section in sections:
        parts += [section, Text("")]
    return Group(*parts[:-1])


def print_stats(stats: Stats, *, decks: Sequence[str] = (), svg: str | None = None,
                console: Console | None = None) -> None:
    """Print the statistics; with ``svg``, also save what was shown as an SVG picture."""
    from quizzer.exchange.files import replacing

    console = console or new_console(record=svg is not None)
    # uncropped: a command to copy stays whole past the width (the terminal wraps it, and copies it as one line)
    console.print(stats_view(stats, console.width, decks=decks), crop=False)
    if svg is not None:
        path = Path(svg).expanduser()
        picture = console.export_svg(title="quizzer stats")
        with replacing(path) as temporary:  # whole or not at all: renamed over the path once written
            temporary.write_text(picture, encoding="utf-8")
        console.file.flush()
        print(_("Saved what was shown to {path}.").format(path=visible(str(path))))
