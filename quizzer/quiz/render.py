"""An exam's report and history drawn with rich.  Every text goes in through ``shown_text``: never
markup, and an escape sequence in a note shows as ``^[[31m`` instead of driving the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from quizzer.cards import kind_name
from quizzer.durations import duration_text
from quizzer.i18n import _, ngettext
from quizzer.quiz.check import ALMOST, EXACT, UNANSWERED
from quizzer.quiz.history import ExamRow
from quizzer.quiz.model import Format, Question
from quizzer.quiz.report import Item, Report, Tally, percent
from quizzer.quiz.view import answer_text, format_name
from quizzer.render import new_console, new_table, number_column, shown_text, word_column

if TYPE_CHECKING:  # the history is listed without SQLAlchemy
    from quizzer.quiz.store import SentBack, Unfinished

__all__ = ["print_history", "print_report", "print_sent_back", "resume_question", "send_back_question"]


def _table(title: str, *columns: tuple[str, str]) -> Table:
    table = Table(title=shown_text(title), title_justify="left")
    for name, justify in columns:
        table.add_column(shown_text(name), justify=justify, overflow="fold")  # type: ignore[arg-type]
    return table


def _tallies(title: str, first: str, tallies: Sequence[Tally]) -> Table:
    table = _table(title, (first, "left"), (_("right"), "right"), (_("of"), "right"), ("%", "right"))
    for tally in tallies:
        table.add_row(shown_text(tally.name), shown_text(str(tally.right)), shown_text(str(tally.total)),
                      shown_text(str(percent(tally.right, tally.total))))
    return table


def _outcome(outcome: str, overruled: bool = False) -> Text:
    if overruled:
        return shown_text(_("right (accepted)"), style="green")
    label = {EXACT: _("right"), ALMOST: _("almost"), UNANSWERED: _("unanswered")}.get(outcome, _("wrong"))
    style = {EXACT: "green", ALMOST: "yellow"}.get(outcome, "red")
    return shown_text(label, style=style)


def _asked(question: Question) -> str:
    return f"{question.prompt}\n{question.text}" if question.shows_text else question.prompt


def _typed(question: Question, typed: str | None) -> str:
    if typed is None:
        return _("(no answer)")
    if question.format is Format.CHOICE and typed.isdigit() and 0 < int(typed) <= len(question.choices):
        return f"{typed}. {question.choices[int(typed) - 1]}"
    return typed


def _why(item: Item) -> str:
    """Why an answer missed; nothing for a choice, whose 'why' is the choice already shown as the answer given"""
    return "" if item.question.format is Format.CHOICE else item.explanation


def _ending(report: Report) -> str:
    return {
        "finished": _("finished"),
        "time": _("the time ran out"),
        "stopped": _("stopped early"),
    }.get(report.ended, _("not finished (the program was closed)"))


#: Narrower than this, the missed questions and the time per question are listed one under
#: another: five columns in 40 cells broke every word ('comman' / 'd', 'multip' / 'le', 'unansw' / 'ered').
MISSED_TABLE_CELLS = 80


def _numbered(title: str, rows: Sequence[tuple[int, Text]]) -> Table:
    """Questions listed one under another: each one's number, its text wrapping beside it."""
    grid = Table.grid(padding=(0, 1))
    grid.title = shown_text(title)
    grid.title_justify = "left"
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(overflow="fold")
    for number, text in rows:
        grid.add_row(shown_text(f"{number}."), text)
    return grid


def _missed_list(missed: Sequence[Item]) -> Table:
    """The missed questions as a list: the question, its answer, the answer given (typed or chosen) and why."""
    rows = []
    for item in missed:
        lines = [_asked(item.question),
                 _("Answer: {answer}").format(answer=answer_text(item.question, steps_on_lines=True)),
                 _("Your answer: {typed}").format(typed=_typed(item.question, item.typed))]
        if why := _why(item):
            lines.append(why)
        rows.append((item.number, shown_text("\n".join(lines), hang=True)))  # an order's steps hang under their text
    return _numbered(_("Missed"), rows)


def _times_list(items: Sequence[Item]) -> Table:
    """The time per question as a list: its type, kind, result and time on one line."""
    return _numbered(_("Time per question"), [
        (item.number, Text(" · ").join([shown_text(format_name(item.question.format)),
                                        shown_text(kind_name(item.question.kind)),
                                        _outcome(item.outcome, item.overruled), shown_text(duration_text(item.seconds))]))
        for item in items])


def print_report(
    report: Report, console: Console | None = None, *, asked: int | None = None, made: int | None = None
) -> None:
    """The report of a sitting; ``asked``: how many questions were asked for (``-n``), said
    when the notes made fewer (``made``; by default the report's, which a practice stopped early cuts)."""
    console = console or new_console()
    if report.exam_id is not None:
        head = _("Exam {id}: {score} of {total} right ({percent}%)").format(
            id=report.exam_id, score=report.score, total=report.total, percent=report.percent)
    else:
        head = _("Quiz: {score} of {total} right ({percent}%)").format(
            score=report.score, total=report.total, percent=report.percent)
    console.print(shown_text(head, style="bold"))
    made = report.total if made is None else made
    if asked is not None and made < asked:
        console.print(shown_text(ngettext(
            "Only {total} question could be made from these notes ({asked} were asked for).",
            "Only {total} questions could be made from these notes ({asked} were asked for).", made,
        ).format(total=made, asked=asked)))
    if report.time_limit is not None:
        timing = _("Time: {used} of {limit}; {ending}.").format(
            used=duration_text(report.seconds_used), limit=duration_text(report.time_limit), ending=_ending(report))
    else:
        timing = _("Time: {used}; {ending}.").format(used=duration_text(report.seconds_used), ending=_ending(report))
    console.print(shown_text(timing))
    if report.unanswered:
        console.print(shown_text(_("Unanswered (counted as wrong): {count}").format(count=report.unanswered)))
    console.print(_tallies(_("By section"), _("section"), report.by_section()))
    console.print(_tallies(_("By kind"), _("kind"), [Tally(kind_name(t.name), t.right, t.total) for t in report.by_kind()]))
    console.print(_tallies(_("By question type"), _("type"), [
        Tally(format_name(Format(t.name)), t.right, t.total) for t in report.by_format()]))
    missed = report.missed
    if missed and console.width < MISSED_TABLE_CELLS:
        console.print(_missed_list(missed))
    elif missed:
        table = _table(_("Missed"), ("#", "right"), (_("question"), "left"), (_("right answer"), "left"),
                       (_("your answer"), "left"), (_("why"), "left"))
        for item in missed:
            table.add_row(shown_text(str(item.number)), shown_text(_asked(item.question)), shown_text(answer_text(item.question, steps_on_lines=True), hang=True),
                          shown_text(_typed(item.question, item.typed)), shown_text(_why(item)))
        console.print(table)
    if console.width < MISSED_TABLE_CELLS:
        console.print(_times_list(report.items))
    else:
        times = _table(_("Time per question"), ("#", "right"), (_("type"), "left"), (_("kind"), "left"),
                       (_("result"), "left"), (_("time"), "right"))
        for item in report.items:
            times.add_row(shown_text(str(item.number)), shown_text(format_name(item.question.format)),
                          shown_text(kind_name(item.question.kind)), _outcome(item.outcome, item.overruled),
                          shown_text(duration_text(item.seconds)))
        console.print(times)
    if report.sent_back is not None:
        console.print(shown_text(_sent_back_line(report, report.sent_back)))


def _sent_back_line(report: Report, cards: int) -> str:
    """What the exam's send-back did, from the ``cards`` it stored: counted as the screen after the exam
    counted it (:func:`print_sent_back`), the missed questions first when they are not one card each (an
    order question has a card for each step).  The store keeps cards; the questions are the report's
    missed ones, whose cards all went back when the count is theirs."""
    questions, missed_cards = len(report.missed), len(report.missed_card_ids())
    if questions == missed_cards or cards > missed_cards:  # one card a question (or overruled since): cards
        return ngettext("{count} missed card was sent back into review, due that day.",
                        "{count} missed cards were sent back into review, due that day.", cards).format(count=cards)
    if cards == missed_cards:  # every missed question went back, with all its cards
        return ngettext("{count} missed question was sent back into review: its {cards} cards were due that day.",
                        "{count} missed questions were sent back into review: their {cards} cards were due that day.",
                        questions).format(count=questions, cards=cards)
    return ngettext("Of the {count} missed question's {all} cards, {cards} went back into review, due that day; "
                    "the others were left alone (suspended or no longer in the notes).",
                    "Of the {count} missed questions' {all} cards, {cards} went back into review, due that day; "
                    "the others were left alone (suspended or no longer in the notes).", questions).format(
        count=questions, all=missed_cards, cards=cards)


def resume_question(exam: Unfinished) -> str:
    """The question before ``quizzer exam`` when an exam was cut off (kill -9, a power loss)."""
    started = exam.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    left = exam.seconds_left
    if left is None:
        return _("Exam {id}, started {started}, was not finished: {answered} of {total} answered. "
                 "r resumes it, s scores it as it stands, Enter leaves it and starts a new exam. [r/s/Enter]").format(
            id=exam.id, started=started, answered=len(exam.answers), total=len(exam.questions))
    return _("Exam {id}, started {started}, was not finished: {answered} of {total} answered, {left} left. "
             "r resumes it, s scores it as it stands, Enter leaves it and starts a new exam. [r/s/Enter]").format(
        id=exam.id, started=started, answered=len(exam.answers), total=len(exam.questions), left=duration_text(left))


def send_back_question(cards: int, later: int, *, questions: int | None = None) -> str:
    """The question before sending ``cards`` missed cards back into review, ``later`` of which
    today's review would not show: 'due today' only where it is so.  ``questions``: the missed
    questions they are of, counted first when it is not one card a question (an order question has a
    card for each step: the person answered one question, not eight)."""
    if questions is not None and questions != cards:
        return _question_of_questions(questions, cards, later)
    if not later:
        return ngettext("Send the {count} missed card back into review, due today? [y/N]",
                        "Send the {count} missed cards back into review, due today? [y/N]", cards).format(count=cards)
    if later >= cards:
        return ngettext("Send the {count} missed card back into review? It comes up on a later day: today's review "
                        "shows one card of a note, and none of a note already answered today. [y/N]",
                        "Send the {count} missed cards back into review? They come up on a later day: today's review "
                        "shows one card of a note, and none of a note already answered today. [y/N]",
                        cards).format(count=cards)
    today = cards - later
    return ngettext("Send the {count} missed cards back into review? {today} of them comes up today and {later} on "
                    "a later day. [y/N]",
                    "Send the {count} missed cards back into review? {today} of them come up today and {later} on "
                    "a later day. [y/N]", today).format(count=cards, today=today, later=later)


def _question_of_questions(questions: int, cards: int, later: int) -> str:
    """:func:`send_back_question` counting the questions, their cards said after."""
    if not later:
        text = ngettext("Send the {count} missed question back into review, its {cards} cards due today? [y/N]",
                        "Send the {count} missed questions back into review, their {cards} cards due today? [y/N]",
                        questions)
    elif later >= cards:
        text = ngettext("Send the {count} missed question back into review? Its {cards} cards come up on a later "
                        "day: today's review shows one card of a note, and none of a note already answered today. "
                        "[y/N]",
                        "Send the {count} missed questions back into review? Their {cards} cards come up on a later "
                        "day: today's review shows one card of a note, and none of a note already answered today. "
                        "[y/N]", questions)
    else:
        text = ngettext("Send the {count} missed question back into review? Of its {cards} cards, today's review "
                        "shows {today} and a later day {later}. [y/N]",
                        "Send the {count} missed questions back into review? Of their {cards} cards, today's review "
                        "shows {today} and a later day {later}. [y/N]", questions)
    return text.format(count=questions, cards=cards, today=cards - later, later=later)


def print_sent_back(result: SentBack, console: Console | None = None) -> None:
    console = console or new_console()
    if result.asked != result.due:  # an order question: its cards said after the questions the person saw
        line = (ngettext("Sent {count} missed question back into review: its {cards} cards come up on a later day, "
                         "since today's review shows one card of a note, and none of a note already answered today.",
                         "Sent {count} missed questions back into review: their {cards} cards come up on a later day, "
                         "since today's review shows one card of a note, and none of a note already answered today.",
                         result.asked) if result.later == result.due else
                ngettext("Sent {count} missed question back into review: its {cards} cards are due today.",
                         "Sent {count} missed questions back into review: their {cards} cards are due today.",
                         result.asked)).format(count=result.asked, cards=result.due)
    elif result.due and result.later == result.due:  # none shows today: "due today" would not be what the review does
        line = ngettext("Sent {count} missed card back into review: it comes up on a later day, since today's review "
                        "shows one card of a note, and none of a note already answered today.",
                        "Sent {count} missed cards back into review: they come up on a later day, since today's review "
                        "shows one card of a note, and none of a note already answered today.",
                        result.due).format(count=result.due)
    else:
        line = ngettext("Sent {count} missed card back into review: it is due today.",
                        "Sent {count} missed cards back into review: they are due today.", result.due).format(count=result.due)
    if result.leeches:
        line += " " + ngettext("{count} of them became a leech (forgotten too often).",
                               "{count} of them became leeches (forgotten too often).",
                               result.leeches).format(count=result.leeches)
    if result.later and result.later < result.due:
        line += " " + ngettext("{count} of them comes up on a later day: today's review shows one card of a note, "
                               "and none of a note already answered today.",
                               "{count} of them come up on a later day: today's review shows one card of a note, "
                               "and none of a note already answered today.", result.later).format(count=result.later)
    if result.skipped:
        line += " " + ngettext("{count} was left alone (suspended or no longer in the notes).",
                               "{count} were left alone (suspended or no longer in the notes).",
                               result.skipped).format(count=result.skipped)
    console.print(shown_text(line))


#: Narrower than this, the exams are listed one under another: the table's eight columns are made for 80
#: cells; in 40 they dropped the decks and the ending and cut the percentages to '…', and from 60 to 79
#: they cut deck names of twenty letters ('docker' / '-' / 'contai' / 'ners.' / 'ko') and the ending's words.
HISTORY_TABLE_CELLS = 80


def _ended(row: ExamRow) -> str:
    return {"finished": _("finished"), "time": _("time ran out"), "stopped": _("stopped")}.get(
        row.ended, _("not finished"))


def _history_list(rows: Sequence[ExamRow], width: int) -> Group:
    """The exams as a list: the score, then when, how long, how it ended and each deck, on
    lines of their own where they do not fit together; a deck name longer than a line goes on
    under itself, not at the edge."""
    from quizzer.text import flow, wrap

    lines: list[Text] = [shown_text(_("Exams"))]
    for row in rows:
        lines.append(shown_text(_("Exam {id}: {score} of {total} right ({percent}%)").format(
            id=row.id, score=row.right, total=row.questions, percent=row.percent)))
        facts = [row.started_at.astimezone().strftime("%Y-%m-%d %H:%M")]
        if row.minutes is not None:
            facts.append(duration_text(row.minutes * 60))
        facts += [f"{_('answered')} {row.answered}", _ended(row)]
        lines += [shown_text("  " + line) for line in flow(facts, width - 2)]
        lines += [shown_text("  " + piece) for deck in row.decks for piece in wrap(deck, width - 2)]
    return Group(*lines)


#: A deck name up to this many cells stays whole before the ending's words or the start's time go
#: under each other to make room for it; a longer one folds wherever the table is.
DECK_CELLS = 30


def _history_layout(rows: Sequence[ExamRow], width: int, figures: Sequence[tuple[str, Sequence[str]]],
                    labels: Sequence[str]) -> tuple[bool, bool]:
    """Whether the table has room for (each ending on one line, each start's date and time on one).
    ``figures``: the header and cells of every column but the decks, the start and the ending."""
    def widest(header: str, cells: Sequence[str]) -> int:
        return max(cell_len(text) for text in (header, *cells))

    fixed = sum(widest(header, cells) for header, cells in figures) + 2 * (len(figures) + 2)  # 2 cells between columns
    room = max([cell_len(_("decks")), *(cell_len(deck) for row in rows for deck in row.decks
                                         if cell_len(deck) <= DECK_CELLS)])
    one_line_ending = max(cell_len(label) for label in labels)
    word_ending = max(cell_len(word) + (index < len(words) - 1)
                      for words in (label.split() for label in labels) for index, word in enumerate(words))
    for whole_ending, one_line_start in ((True, True), (True, False), (False, False)):
        used = fixed + (one_line_ending if whole_ending else word_ending) + (16 if one_line_start else 10)
        if used + room <= width:
            return whole_ending, one_line_start
    return False, False


def print_history(rows: Sequence[ExamRow], console: Console | None = None, *, db_option: Sequence[str] = ()) -> None:
    """The past exams; ``db_option``: the words that name the database in the command to take one when
    there is none (:func:`quizzer.paths.db_option`)."""
    console = console or new_console()
    if not rows:
        from quizzer.render import print_sentence
        from quizzer.to_copy import quizzer_command

        command = quizzer_command("exam", db_option=db_option)
        print_sentence(console, _("No exams yet. Take one with: {command}").format(command=command), [command])
        return
    if console.width < HISTORY_TABLE_CELLS:
        console.print(_history_list(rows, console.width))
        return
    # Eight columns in 80: no borders, the time under the date, a deck a line; none of them is cut.
    # The deck names take what is left and only they fold (a long name goes on over lines): the
    # other columns are numbers, dates and a word or two that stay whole.  Wider, the ending and
    # then the start take one line each, as long as the deck names keep DECK_CELLS.
    labels = [_("ended"), _("finished"), _("time ran out"), _("stopped"), _("not finished")]
    cells = [(str(row.id), f"{row.right}/{row.questions}", str(row.percent), str(row.answered),
              "" if row.minutes is None else duration_text(row.minutes * 60)) for row in rows]
    headers = ("id", _("score"), "%", _("answered"), _("time"))
    figures = [(header, [row[index] for row in cells]) for index, header in enumerate(headers)]
    whole_ending, one_line_start = _history_layout(rows, console.width, figures, labels)
    table = new_table(_("Exams"), number_column("id"), word_column(_("started")), borders=False)
    table.add_column(shown_text(_("decks")), overflow="fold")  # no ratio: the widest wrapping column gives way first
    for header in headers[1:]:
        table.add_column(shown_text(header), justify="right", no_wrap=True)
    if whole_ending:
        table.add_column(shown_text(_("ended")), no_wrap=True)
    else:
        # As narrow as its longest word (with the space after it, which rich keeps on the line): it
        # wraps between its words, never in one, and leaves the rest to the deck names.
        width = max(cell_len(word) + (index < len(words) - 1)
                    for words in (label.split() for label in labels) for index, word in enumerate(words))
        table.add_column(shown_text(_("ended")), min_width=width, max_width=width)
    for row, (number, score, percent_right, answered, minutes) in zip(rows, cells):
        started = row.started_at.astimezone().strftime("%Y-%m-%d %H:%M" if one_line_start else "%Y-%m-%d\n%H:%M")
        table.add_row(shown_text(number), shown_text(started), shown_text("\n".join(row.decks)),
                      shown_text(score), shown_text(percent_right), shown_text(answered), shown_text(minutes),
                      shown_text(_ended(row)))
    console.print(table)
