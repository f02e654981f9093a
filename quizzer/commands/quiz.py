"""Practice quizzes (``quiz``) and timed mock exams (``exam``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from quizzer import lazyre
from quizzer.commands.common import AddCommand, open_db, open_review_db, print_json, reading, say, startup_done, until_free
from quizzer.errors import QuizzerError
from quizzer.i18n import _, ngettext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from quizzer.config import Config
    from quizzer.db.models import Deck
    from quizzer.quiz.model import Format, Question
    from quizzer.quiz.store import Unfinished

__all__ = ["parse_duration", "register"]

_DURATION = lazyre.pattern(r"^\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?\s*$")
KINDS = ("command", "option", "flag", "syntax", "concept", "step")


def parse_duration(text: str) -> int:
    """``20m``, ``1h30m``, ``90s``, or a bare number of minutes → seconds."""
    if text.strip().isdigit():
        seconds = int(text) * 60
    else:
        match = _DURATION.match(text.lower())
        if not match or not any(match.groups()):
            raise argparse.ArgumentTypeError(
                _("expected a time such as 20m, 1h30m or 90s, not '{text}'").format(text=text))
        hours, minutes, secs = (int(g or 0) for g in match.groups())
        seconds = hours * 3600 + minutes * 60 + secs
    if seconds <= 0:
        raise argparse.ArgumentTypeError(_("expected a time longer than zero, not '{text}'").format(text=text))
    if seconds > MAX_TIME:
        raise argparse.ArgumentTypeError(_("expected at most 24h, not '{text}'").format(text=text))
    return seconds


MAX_TIME = 24 * 3600
_MAX_INTEGER = 2**63 - 1  # what SQLite stores


def _whole(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("expected a whole number, not '{text}'").format(text=text)) from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(
            _("expected a number from {low} to {high}, not {value}").format(low=low, high=high, value=value))
    return value


def _seed_number(text: str) -> int:
    return _whole(text, 0, _MAX_INTEGER)


def _exam_id(text: str) -> int:
    return _whole(text, 1, _MAX_INTEGER)


def _positive(text: str) -> int:
    return _whole(text, 1, 10_000)


def _need_terminal(*, exam: bool = False) -> None:
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise QuizzerError(_("The exam screen needs an interactive terminal.") if exam
                           else _("The quiz screen needs an interactive terminal."))


def _questions(
    args: argparse.Namespace, *, formats: Collection[Format], count: int, seed: int
) -> tuple[list[Question], list[str]]:
    import random

    from quizzer.quiz.build import build_questions
    from quizzer.quiz.store import load_facts
    from quizzer.paths import database_path, db_option
    from quizzer.to_copy import Blank, quizzer_command

    with reading(args) as session:
        decks = _decks(session, args)
        if not decks:
            command = quizzer_command("import", Blank("NOTES.md"), db_option=db_option(database_path(args.db)))
            raise QuizzerError(_("There are no decks yet; add one with {command}.").format(command=command),
                               command=command)
        facts = load_facts(session, decks)
        names = [deck.name for deck in decks]
        checking, held = _held_by_check(session, names)  # indexed counts of the held cards alone
    kinds = (args.kind,) if getattr(args, "kind", None) else ()
    questions = build_questions(facts, random.Random(seed), count=count, formats=formats,
                                kinds=kinds, section=getattr(args, "section", None))
    # a section no heading holds is the reason, whatever the kind asked
    section = getattr(args, "section", None)
    if not questions and section and not any(
        section.casefold() in heading.casefold() for fact in facts for heading in fact.section
    ):
        raise QuizzerError(_("No heading of these decks contains '{text}'.").format(text=section))
    if not questions and kinds:
        from quizzer.cards import kind_name

        kind = kind_name(args.kind)
        if not any(fact.kind == args.kind for fact in facts):
            raise QuizzerError(_("These decks have no {kind} notes.").format(kind=kind))
        raise QuizzerError(_(
            "No questions can be made from the {kind} notes of these decks with these choices: multiple choice "
            "needs four notes of a kind in a deck, and typed answers are asked of command, option, flag and "
            "syntax notes."
        ).format(kind=kind))
    if not questions and checking:
        command = quizzer_command("check", db_option=db_option(database_path(args.db)))
        raise QuizzerError(_(
            "No questions can be made yet: the cards of these decks wait for your check (run {command})."
        ).format(command=command), command=command)
    if not questions and held and not facts:
        command = quizzer_command("check", "--again", db_option=db_option(database_path(args.db)))
        raise QuizzerError(_("No questions can be made: you held back every card of these decks in quizzer check; "
                             "{command} asks about them again.").format(command=command), command=command)
    if not questions:
        raise QuizzerError(_none_made(formats))
    return questions, names


def _none_made(formats: Collection[Format]) -> str:
    """Why no question could be made, for what the mode asks: "with these choices" alone sent a person with a
    deck too small for multiple choice looking at every option (u-campaign8)."""
    from quizzer.quiz.build import MIN_STEPS, MODES

    if formats == MODES["choice"]:
        return _("No multiple-choice or step-order question can be made from these notes: multiple choice needs "
                 "four notes of a kind in a deck (the answer and three others), step order a procedure of "
                 "{steps} steps or more.").format(steps=MIN_STEPS)
    if formats == MODES["typed"]:
        return _("No typed-answer question can be made from these notes: typed answers are asked of command, "
                 "option, flag and syntax notes.")
    return _("No questions can be made from these notes: multiple choice needs four notes of a kind in a deck, "
             "step order a procedure of {steps} steps or more, and typed answers are asked of command, option, "
             "flag and syntax notes.").format(steps=MIN_STEPS)


def _decks(session: Session, args: argparse.Namespace) -> list[Deck]:
    """The decks named on the command line, else every deck."""
    from quizzer.db.queries import all_decks, find_decks

    return list(find_decks(session, list(args.decks)) if args.decks else all_decks(session))


def _deck_names(session: Session, args: argparse.Namespace) -> list[str]:
    return [deck.name for deck in _decks(session, args)]


def _held_by_check(session: Session, decks: list[str]) -> tuple[int, int]:
    """How many cards of ``decks`` wait for ``quizzer check``, and how many it held back (a quiz
    leaves both out)."""
    from quizzer.db.held import cards_held_back, cards_waiting

    return cards_waiting(session, decks), cards_held_back(session, decks)


def _seed(args: argparse.Namespace) -> int:
    import secrets

    return args.seed if args.seed is not None else secrets.randbelow(1_000_000)


def cmd_quiz(args: argparse.Namespace) -> int:
    """Practice with questions the program checks; the schedule is left alone unless --schedule."""
    from quizzer.config import load_config
    from quizzer.days import local_now
    from quizzer.quiz.build import MODES
    from quizzer.quiz.controller import QuizController
    from quizzer.quiz.schedule import Scheduler

    config = load_config()
    questions, names = _questions(args, formats=MODES[args.mode], count=args.n, seed=_seed(args))
    _need_terminal()
    db = open_db(args)
    try:
        import time

        scheduler = Scheduler(db, config=config, clock=local_now) if args.schedule else None
        controller = QuizController(db, questions, config=config, clock=local_now, timer=time.monotonic,
                                    exam=False, decks=names, schedule=scheduler)
        from quizzer.quiz.screen import QuizScreen

        screen = QuizScreen(controller)
        startup_done()
        screen.run()
        report = controller.finish("stopped")
        from quizzer.quiz.render import print_report

        print_report(report, asked=args.n, made=len(questions))
        if scheduler is not None:  # said however the practice stopped (Ctrl-D, its stop key, or Ctrl-C)
            answered = len(scheduler.answers)
            print(ngettext("{count} answer went into the review schedule.",
                           "{count} answers went into the review schedule.", answered).format(count=answered))
        if screen.interrupted:  # the answers are saved and said: the command ends as a Ctrl-C does
            raise KeyboardInterrupt
    finally:
        db.close()
    return 0


def cmd_exam(args: argparse.Namespace) -> int:
    """A timed mock exam; or its history (--history), or an old report (--review ID)."""
    if args.history:
        from quizzer.quiz.history import exam_history

        db = open_review_db(args)  # plain sqlite3: no SQLAlchemy to import for a listing
        try:
            with db.reading() as connection:
                rows = exam_history(connection)
        finally:
            db.close()
        if args.json:
            print_json({"exams": [row.as_json() for row in rows]})
            return 0
        from quizzer.paths import db_option
        from quizzer.quiz.render import print_history

        print_history(rows, db_option=db_option(db.path))
        return 0
    if args.review is not None:
        from quizzer.quiz.store import load_report

        with reading(args) as session:
            report = load_report(session, args.review)
        from quizzer.quiz.render import print_report

        print_report(report)
        return 0
    return _take_exam(args)


def _take_exam(args: argparse.Namespace) -> int:
    from quizzer.config import load_config

    config = load_config()
    from functools import partial

    from quizzer.quiz.live import exam_running, sweep
    from quizzer.quiz.store import unfinished_exam

    db = open_db(args)
    try:
        sweep(db.path)  # the locks crashed exams left
        with db.reading() as session:  # only an exam of the decks asked, and not one running in another terminal
            unfinished = unfinished_exam(session, _deck_names(session, args), running=partial(exam_running, db.path))
    finally:
        db.close()
    if unfinished is not None:  # cut off by kill -9 or a power loss: its answers were saved as given
        _need_terminal(exam=True)
        from quizzer.quiz.render import resume_question
        from quizzer.screen import ask_choice

        left = unfinished.seconds_left
        if left is not None and left <= 0:
            print(_("Exam {id} was cut off with no time left; here is its report.").format(id=unfinished.id))
            return _sit(args, config, list(unfinished.questions), list(unfinished.decks), seed=unfinished.seed,
                        time_limit=unfinished.time_limit_s, resume=unfinished, ending="time")
        if unfinished.drafts:  # typed and not submitted when it was cut off: kept (quizzer.quiz.store.save_draft)
            say(ngettext("{count} answer typed and not submitted was kept: r shows it again, s grades it.",
                         "{count} answers typed and not submitted were kept: r shows them again, s grades them.",
                         len(unfinished.drafts)).format(count=len(unfinished.drafts)))  # wrapped: the question after
            # it redraws from the row its text ends on, over the end of a line the terminal had wrapped
        try:
            choice = ask_choice(resume_question(unfinished), "rs")
        except KeyboardInterrupt:  # Ctrl-C: kept as Ctrl-D keeps it, said, and the command ends as a Ctrl-C does
            _left_as_it_was(args, unfinished.id)
            raise
        if choice is None:  # Ctrl-D stops: the exam stays as it was, offered again (Enter would leave it for good)
            _left_as_it_was(args, unfinished.id)
            return 0
        if choice:
            return _sit(args, config, list(unfinished.questions), list(unfinished.decks), seed=unfinished.seed,
                        time_limit=unfinished.time_limit_s, resume=unfinished,
                        ending=None if choice == "r" else "stopped")
    seed = _seed(args)
    from quizzer.quiz.build import ALL_FORMATS

    questions, names = _questions(args, formats=ALL_FORMATS, count=args.n, seed=seed)
    _need_terminal(exam=True)
    return _sit(args, config, questions, names, seed=seed, time_limit=args.time, asked=args.n)


def _left_as_it_was(args: argparse.Namespace, exam: int) -> None:
    """Say that the exam cut off and offered again stays as it was, and which command offers it."""
    from quizzer.paths import database_path, db_option
    from quizzer.to_copy import quizzer_command

    command = quizzer_command("exam", *args.decks, db_option=db_option(database_path(args.db)))
    say(_("Stopped; exam {id} is left as it was, and {command} offers it again.").format(
        id=exam, command=command), command=command)


def _sit(
    args: argparse.Namespace, config: Config, questions: list[Question], names: list[str], *, seed: int,
    time_limit: int | None, resume: Unfinished | None = None, ending: str | None = None, asked: int | None = None,
) -> int:
    """Sit an exam (a new one, or ``resume``), or with ``ending`` score the resumed one as it stands;
    then its report, and the question of sending its missed cards back."""
    import time

    from quizzer.days import local_now
    from quizzer.quiz.controller import QuizController

    db = open_db(args)
    try:
        controller = QuizController(db, questions, config=config, clock=local_now, timer=time.monotonic, exam=True,
                                    time_limit=None if time_limit is None else float(time_limit), seed=seed,
                                    decks=names, resume=resume)
        from quizzer.screen import ask_key

        interrupted = False
        if ending is None:
            from quizzer.quiz.screen import QuizScreen

            screen = QuizScreen(controller)
            startup_done()
            screen.run()
            interrupted = screen.interrupted
        report = controller.finish(ending or "stopped")  # already finished unless the screen failed
        from quizzer.quiz.render import print_report, print_sent_back, send_back_question

        print_report(report, asked=asked)
        if interrupted:  # the exam is saved and its report said; no question after a Ctrl-C
            raise KeyboardInterrupt
        cards, later, missed = controller.send_back_preview() if report.missed_card_ids() else (0, 0, 0)
        if cards:  # missed cards suspended or retired since are left alone, and not asked about
            if ask_key(send_back_question(cards, later, questions=missed), "yYnN").lower() == "y":
                print_sent_back(until_free(controller.send_back))
            else:
                print(_("The schedule was left as it was."))
    finally:
        db.close()
    return 0


def register(add: AddCommand) -> None:
    quiz = add("quiz", cmd_quiz,
               _("Practice with questions quizzer checks: typed answers, multiple choice, step order."))
    quiz.add_argument("decks", nargs="*", metavar="DECK", help=_("decks to ask from (default: all)"))
    quiz.add_argument("--mode", choices=("typed", "choice", "mixed"), default="mixed",
                      help=_("typed answers, multiple choice (and step order), or both (default)"))
    quiz.add_argument("-n", type=_positive, default=20, metavar="N", help=_("how many questions (default 20)"))
    quiz.add_argument("--kind", choices=KINDS, help=_("only notes of this kind"))
    quiz.add_argument("--section", metavar="TEXT", help=_("only notes under a heading containing TEXT"))
    quiz.add_argument("--seed", type=_seed_number, metavar="S", help=_("the same seed asks the same questions"))
    quiz.add_argument("--schedule", action="store_true",
                      help=_("count the answers as reviews (SM-2); by default the schedule is left alone"))

    exam = add("exam", cmd_exam, _("A timed mock exam with a report; --history lists past exams."))
    exam.add_argument("decks", nargs="*", metavar="DECK", help=_("decks to ask from (default: all)"))
    exam.add_argument("-n", type=_positive, default=30, metavar="N", help=_("how many questions (default 30)"))
    exam.add_argument("--time", type=parse_duration, default=20 * 60, metavar="TIME",
                      help=_("time allowed, e.g. 20m, 1h, 90s (default 20m)"))
    exam.add_argument("--seed", type=_seed_number, metavar="S", help=_("the same seed asks the same questions"))
    exam.add_argument("--history", action="store_true", help=_("list past exams and their scores"))
    exam.add_argument("--review", type=_exam_id, metavar="ID", help=_("show the report of a past exam"))
    exam.add_argument("--json", action="store_true", help=_("with --history: print JSON"))
