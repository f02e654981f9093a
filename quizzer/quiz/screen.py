"""The quiz and exam screen (prompt-toolkit, full screen, keyboard only).

A thin adapter over :class:`quizzer.quiz.controller.QuizController`: it draws
the question on screen with the pieces the review screen uses (header, body,
answer box, key bar; :mod:`quizzer.screen`) and sends it keys.  Note text goes
on screen as plain fragments, never as markup.  An exam shows a countdown;
when it reaches zero the exam ends by itself, keys or not.
"""

from __future__ import annotations

import asyncio
import string
from collections.abc import Callable

from prompt_toolkit.application import Application
from prompt_toolkit.data_structures import Size
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.input import Input
from prompt_toolkit.filters import Condition
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import FormattedTextControl, Layout, Window
from prompt_toolkit.output import Output

from quizzer.answer_box import AnswerBox, add_typed_through, typed_lines, verdict_lines
from quizzer.cards import kind_name, section_without_answer
from quizzer.errors import QuizzerError
from quizzer.i18n import _, ngettext
from quizzer.lock_wait import LockWait
from quizzer.quiz.check import ALMOST, EXACT, Attempt
from quizzer.quiz.controller import QuizController
from quizzer.quiz.model import Format, Question
from quizzer.help_page import HelpPage
from quizzer.quiz.view import answer_text, clock_text, format_name, help_keys
from quizzer.screen import (
    COMPACT_ROWS,
    SPACER,
    STYLE,
    add_stop_keys,
    fit,
    help_lines,
    is_interrupt,
    join_lines,
    rule,
    keys_unless_too_small,
    press_latin_key,
    too_small,
    too_small_screen,
    window,
    wrapped,
)
from quizzer.text import clip, key_bar, width, wrap

__all__ = ["QuizScreen"]

TICK_SECONDS = 0.25  # how often the countdown is redrawn and checked
PAUSE_SECONDS = 1.0  # an exam's draft unchanged this long is stored (a crash keeps it)
#: An exam stores its clock this often (the time each question has been on screen): a crash
#: (kill -9, a closed terminal) gives back at most this much of a timed exam's time.
CLOCK_SAVE_SECONDS = 10.0


class QuizScreen:
    """One sitting on screen; ``run()`` returns when it ends (the report is the controller's).

    Typed questions (typed, write the line, step order) use the answer box the
    review screen uses (:class:`quizzer.answer_box.AnswerBox`): while it is
    open, letters and digits go into it and only keys it does not use (Tab,
    Ctrl-X, F1, Ctrl-D, Ctrl-C) act on the exam.
    """

    def __init__(self, controller: QuizController, *, input: Input | None = None, output: Output | None = None) -> None:
        self.controller = controller
        self.session = controller.session
        self.exam = controller.exam
        self.box = AnswerBox()
        self.help = False
        self.help_page = HelpPage()  # which of the help's lines show, when they do not all fit
        self.help_over_box = False  # '?' on the empty answer box opened the help: typing on begins with '?'
        self.message = ""
        self.checked: Attempt | None = None  # practice: the answer just checked, shown until Enter
        # exam: what was typed to a question and left with Tab, not submitted (question number → text);
        # shown again on a revisit and graded as it stands when the exam ends; stored as it is left
        # and when typing pauses (a crash keeps it: an exam resumed shows it again)
        self.drafts: dict[int, str] = dict(controller.drafts)
        self._typed_at: tuple[str, float] = ("", 0.0)  # the box's text when last seen changing, and when
        self._clock_saved = self.session.timer()  # when the exam's clock was last stored (CLOCK_SAVE_SECONDS)
        self._confirm_end = False
        # an order whose steps do not fit: the first step shown, and (first, end) of those shown, or None
        self.steps_from = 0
        self.steps_shown: tuple[int, int] | None = None
        self.lock = LockWait(lambda: self.app, self._run)  # a write the database's lock holds up
        #: left with Ctrl-C: the command shows the report, then ends as a Ctrl-C does (status 130)
        self.interrupted = False
        self.app: Application[None] = Application(
            layout=Layout(Window(FormattedTextControl(self._fragments, focusable=True), wrap_lines=False)),
            # too small, the screen says only "press Ctrl-D to stop": Ctrl-D and Ctrl-C stop, no other key acts
            key_bindings=keys_unless_too_small(merge_key_bindings([self._box_keys(), self._keys()]), self._size,
                                               self._stop, Keys.SIGINT),
            style=STYLE,
            full_screen=True,
            mouse_support=False,
            input=input,
            output=output,
        )
        self._load_box()

    def run(self) -> None:
        self.controller.wait = False  # a held lock comes back as DatabaseBusy at once: the screen says so
        try:
            self.app.run(pre_run=self._start_ticking)
        finally:
            self.controller.wait = True  # what is left (the end of a stopped exam) waits, saying so on stderr

    async def run_async(self) -> None:
        self.controller.wait = False
        try:
            await self.app.run_async(pre_run=self._start_ticking)
        finally:
            self.controller.wait = True

    def _run(self, action: Callable[[], None], *, ending: bool = False) -> None:
        """Run an action that writes: held up by another program's lock, it is said on screen and
        tried again (Ctrl-C still leaves); another failure is the message.  ``ending``: it ends the exam."""
        try:
            if not self.lock.run(action, ending=ending):
                self.message = ""
        except QuizzerError as error:  # e.g. the database is locked for too long: the answers are saved
            self.message = str(error)

    # -- time ------------------------------------------------------------------
    def _start_ticking(self) -> None:
        if self.session.time_limit is not None or self.exam:
            self.app.create_background_task(self._ticker())

    async def _ticker(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            if self._time_up():
                return
            self._store_paused_draft()
            self._store_clock()
            if self.session.time_limit is not None:
                self.app.invalidate()

    def _store_paused_draft(self) -> None:
        """Store the exam's draft on screen once typing has paused (:data:`PAUSE_SECONDS`)."""
        if not self.exam or self.session.ended is not None or self.lock.held:
            return
        now = self.session.timer()
        text, since = self._typed_at
        if self.box.text != text:
            self._typed_at = (self.box.text, now)
        elif now - since >= PAUSE_SECONDS:
            self._keep_draft()

    def _store_clock(self) -> None:
        """Store the exam's clock every :data:`CLOCK_SAVE_SECONDS` (not while a write waits for the lock)."""
        if not self.exam or self.session.ended is not None or self.lock.held:
            return
        now = self.session.timer()
        if now - self._clock_saved >= CLOCK_SAVE_SECONDS:
            self._clock_saved = now
            self.controller.keep_time()

    def _time_up(self) -> bool:
        """End the exam if its time ran out; True if it has (a write held up by the lock goes first)."""
        if self.session.ended is None and not self.lock.held and self.controller.out_of_time():
            self._finish("time")
        return self.session.ended == "time"

    def _pending(self) -> str:
        """The answer typed to the question on screen and not yet submitted, which ending the
        exam grades as it stands (time, Ctrl-X or Ctrl-C); "" if there is none, or in practice
        (its verdict is shown on Enter, so stopping leaves it out) unless the time ran out."""
        question = self.session.current
        if question.format is Format.CHOICE or self.checked is not None or not self.box.text.strip():
            return ""
        if self.controller.problem(self.box.text) is not None:
            return ""
        stored = self.session.answers.get(self.session.index)
        return "" if stored is not None and stored.typed == self.box.text else self.box.text

    def _other_drafts(self) -> dict[int, str]:
        """The drafts left on other questions that ending the exam would grade (see :meth:`_pending`)."""
        session, controller = self.session, self.controller
        out: dict[int, str] = {}
        for index, text in self.drafts.items():
            if index == session.index or controller.problem(text, index=index) is not None:
                continue
            stored = session.answers.get(index)
            if stored is None or stored.typed != text:
                out[index] = text
        return out

    def _finish(self, reason: str) -> None:
        self._run(lambda: self._end_sitting(reason), ending=True)

    def _end_sitting(self, reason: str) -> None:
        graded = self.exam or reason == "time"
        typed = self._pending() if graded else ""
        drafts = self._other_drafts() if graded else {}
        self.controller.finish(reason, typed=typed, drafts=drafts)
        if self.app.is_running and not self.app.is_done:
            self.app.exit()

    # -- the answer box ----------------------------------------------------------
    @property
    def typed(self) -> str:
        return self.box.text

    def _typing(self) -> bool:
        """Is the answer box open (keys go into it)?"""
        return (
            self.session.current.format is not Format.CHOICE
            and self.checked is None
            and not self.help
            and self.session.ended is None
            and not self.lock.held
            and not too_small(self._size())
        )

    def _load_box(self) -> None:
        """Show what was left typed in a revisited question, else its stored answer, in the box
        (so it can be changed)."""
        self.box.clear()
        self.steps_from = 0
        if self.session.current.format is Format.CHOICE:
            return
        draft = self.drafts.get(self.session.index)
        attempt = self.session.answers.get(self.session.index)
        if draft is not None:
            self.box.insert(draft)
        elif attempt is not None:
            self.box.insert(attempt.typed)

    def _keep_draft(self) -> None:
        """Keep what is typed (and not submitted) in the question being left."""
        index = self.session.index
        if self.session.current.format is Format.CHOICE or self.checked is not None:
            return
        text = self.box.text
        stored = self.session.answers.get(index)
        if text.strip() and (stored is None or stored.typed != text):
            self.drafts[index] = text
        else:
            self.drafts.pop(index, None)
        self.controller.keep_draft(index, self.drafts.get(index))

    def _box_keys(self) -> KeyBindings:
        return self.box.key_bindings(active=Condition(self._typing), on_submit=self._submit_typed)

    def _submit_typed(self, text: str) -> None:
        if not self._time_up():
            self._submit(text)

    # -- actions ---------------------------------------------------------------
    def _guard(self) -> bool:
        """May a key act on the question now?  (Not under help, not on a hidden screen, not after time.)"""
        if self._time_up():
            return False
        if self.help:
            self.message = _("Press ? or F1 to close the help first.")
            return False
        return not too_small(self._size())

    def _submit(self, typed: str) -> None:
        question = self.session.current
        problem = self.controller.problem(typed)
        if problem is not None:
            self.message = problem
            if question.format is not Format.CHOICE:
                self.box.insert(typed)  # the box gave it up: keep it to correct
            return
        if question.format is not Format.CHOICE:
            self.box.insert(typed)  # kept on screen until it is stored (or to try again)
        self._run(lambda: self._answer(typed))

    def _answer(self, typed: str) -> None:
        question_index = self.session.index
        attempt = self.controller.answer(typed)
        self.box.clear()
        self.drafts.pop(question_index, None)
        self._confirm_end = False
        self.message = ""
        if not self.exam:
            self.checked = attempt
            return
        self._move(self.session.next_unanswered)
        if not self.session.unanswered():
            self.message = _("Every question is answered: Ctrl-X ends the exam, Tab and Shift-Tab revisit.")

    def _move(self, step: Callable[[], object]) -> None:
        self._keep_draft()
        step()
        self._load_box()

    def _enter(self) -> None:
        if self.checked is not None:  # practice: on to the next question, or the end
            self._run(self._next)
            return
        self._other_key()

    def _next(self) -> None:
        self.controller.settle()
        self.checked = None
        self.message = ""  # said of the verdict just left
        if self.session.index + 1 >= self.session.total:
            self._end_sitting("finished")
            return
        self._move(self.session.next)

    def _accept(self) -> None:
        if self.checked is None or self.checked.outcome != ALMOST:
            self._other_key()
            return
        self.checked = self.controller.overrule()  # the verdict now says "Counted as right (your call)."
        self.message = ""

    def _end(self) -> None:
        unanswered = self.session.unanswered()
        drafted = set(self._other_drafts()) | ({self.session.index} if self._pending() else set())
        left = len(set(unanswered) - drafted)
        if left and not self._confirm_end:
            self._confirm_end = True
            self.message = ngettext(
                "{count} question is unanswered and will count as wrong: Ctrl-X again to end.",
                "{count} questions are unanswered and will count as wrong: Ctrl-X again to end.", left,
            ).format(count=left)
            return
        self._finish("finished")

    def _other_key(self) -> None:
        question = self.session.current
        if self.checked is not None:
            self.message = _("Enter goes on to the next question.")
        elif question.format is Format.CHOICE:
            self.message = _("Choose with a number from 1 to {last}.").format(last=len(question.choices))
        else:
            self.message = _("Keys: Enter answers, ? or F1 helps, Ctrl-D stops.")

    def _keys(self) -> KeyBindings:
        keys = KeyBindings()
        held = Condition(lambda: self.lock.held)  # only Ctrl-C while the lock holds a write up
        free = ~Condition(self._typing) & ~held  # the answer box is closed: keys are commands

        @keys.add("enter", filter=free)
        def _on_enter(event: KeyPressEvent) -> None:
            if self._guard():
                self._enter()

        for digit in "123456789":

            @keys.add(digit, filter=free)
            def _on_digit(event: KeyPressEvent, digit: str = digit) -> None:
                if not self._guard():
                    return
                if self.session.current.format is Format.CHOICE and self.checked is None:
                    self._submit(digit)
                else:
                    self._other_key()

        @keys.add("a", filter=free)
        def _on_a(event: KeyPressEvent) -> None:
            if self._guard():
                self._accept()

        @keys.add("?", filter=free | (Condition(lambda: not self.box.text) & ~held))
        @keys.add("f1", filter=~held)
        def _on_help(event: KeyPressEvent) -> None:
            self.help_over_box = not self.help and self._typing() and event.data == "?"
            self.help = not self.help
            self.help_page.open()

        helping = Condition(lambda: self.help)
        self.help_page.bind(keys, helping & ~held)

        # an order whose steps (a choice whose choices) do not all fit: ↑ ↓ show the others (in an exam Tab
        # and Shift-Tab still move)
        scrolling = Condition(lambda: self.steps_shown is not None and not self.help) & ~held

        @keys.add("down", filter=scrolling)
        @keys.add("pagedown", filter=scrolling)
        def _on_later_steps(event: KeyPressEvent) -> None:  # ↓ one step on, Page Down a screenful
            if self.steps_shown is not None and self.steps_shown[1] < len(self.session.current.choices):
                first, end = self.steps_shown
                self.steps_from = end if event.key_sequence[0].key == Keys.PageDown else first + 1

        @keys.add("up", filter=scrolling)
        @keys.add("pageup", filter=scrolling)
        def _on_earlier_steps(event: KeyPressEvent) -> None:
            if self.steps_shown is not None:
                first, end = self.steps_shown
                self.steps_from = max(first - (end - first if event.key_sequence[0].key == Keys.PageUp else 1), 0)

        if self.exam:

            @keys.add("tab", filter=~held)
            @keys.add("down", filter=~held & ~scrolling & ~helping)
            @keys.add("pagedown", filter=~held & ~scrolling & ~helping)
            @keys.add("c-n", filter=~held)
            def _on_next(event: KeyPressEvent) -> None:
                if self._guard():
                    self.message = ""
                    self._move(self.session.next)

            @keys.add("s-tab", filter=~held)
            @keys.add("up", filter=~held & ~scrolling & ~helping)
            @keys.add("pageup", filter=~held & ~scrolling & ~helping)
            @keys.add("c-p", filter=~held)
            def _on_previous(event: KeyPressEvent) -> None:
                if self._guard():
                    self.message = ""
                    self._move(self.session.previous)

            @keys.add("c-x", filter=~held)
            def _on_end(event: KeyPressEvent) -> None:
                if not self._time_up():
                    self._end()

        add_stop_keys(keys, self._stop, Keys.SIGINT)  # SIGINT: a Ctrl-C typed while the terminal was not yet raw

        @keys.add("<any>", filter=held)
        def _while_held(event: KeyPressEvent) -> None:  # the write in progress is not to be changed
            pass

        @keys.add("<any>", filter=free)
        def _on_other(event: KeyPressEvent) -> None:
            if not press_latin_key(event) and self._guard():  # ㅁ, the a key with the keyboard left in Korean: a
                self._other_key()

        add_typed_through(keys, self)
        return keys

    def _stop(self, event: KeyPressEvent) -> None:
        self.interrupted = is_interrupt(event)
        if self.lock.held:  # leave without the write held up (the command ends the sitting, waiting)
            event.app.exit()
        elif not self._time_up():
            self._finish("stopped")

    # -- drawing ---------------------------------------------------------------
    def _size(self) -> Size:
        return self.app.output.get_size()

    def _fragments(self) -> StyleAndTextTuples:
        size = self._size()
        small = too_small_screen(size, _(
            "The terminal is too small for quizzer ({columns}×{rows}); make it at least "
            "{min_columns}×{min_rows}, or press Ctrl-D to stop."
        ))
        if small is not None:
            return small
        cols, rows = size.columns - 2, size.rows
        compact = rows < COMPACT_ROWS
        top = self._header(cols, compact)
        bottom = self._footer(cols)
        room = rows - len(top) - len(bottom)
        self.steps_shown = None
        if self.help:
            body = self.help_page.window(help_lines(_("Keys"), help_keys(self.exam), cols), room, cols)
        else:
            body = self._body(cols, room)
        return join_lines(fit(top, body, bottom, rows))

    def _header(self, cols: int, compact: bool) -> list[StyleAndTextTuples]:
        question = self.session.current
        title = _("Exam") if self.exam else _("Quiz")
        section = " · ".join(section_without_answer((question.section,) if question.section else (), question.answer))
        where = f"{title} · {question.deck}" + (f" · {section}" if section else "")  # never the answer
        remaining = self.session.remaining()
        left = "" if remaining is None else _("{time} left").format(time=clock_text(remaining))
        room = max(cols - width(left) - 2, 10)
        first = clip(where, room)  # one line: as much of it as fits (wrapped, 40 columns kept only 'Exam ·')
        line: StyleAndTextTuples = [("class:title", first)]
        if left:
            gap = max(cols - width(first) - width(left), 1)
            line += [("", " " * gap), ("class:timer.low" if (remaining or 0) < 60 else "class:timer", left)]
        lines: list[StyleAndTextTuples] = [line]
        lines.append(self._progress(cols))
        lines.append(rule(cols))
        return lines

    def _progress(self, cols: int) -> StyleAndTextTuples:
        session = self.session
        count = _("Question {number} of {total} · answered {answered}").format(
            number=session.index + 1, total=session.total, answered=len(session.answers))
        marks: StyleAndTextTuples = []
        if self.exam and session.total + width(count) + 2 <= cols:
            for n in range(session.total):
                mark = "◆" if n == session.index else ("●" if session.answered(n) else "○")
                marks.append(("class:bar.done" if session.answered(n) else "class:bar.left", mark))
            marks.append(("", "  "))
        return marks + [("", count)]

    def _body(self, cols: int, room: int) -> list[StyleAndTextTuples]:
        """The question in ``room`` lines where it can; an order whose steps do not fit shows as many
        as fit, and says which and how to see the others (at 20 rows 8 steps went behind '…')."""
        question = self.session.current
        kind: list[StyleAndTextTuples] = [[("class:dim", f"{format_name(question.format)} · {kind_name(question.kind)}")]]
        lines: list[StyleAndTextTuples] = wrapped(question.prompt, cols, "class:prompt")
        lines.append(SPACER)
        if question.shows_text:
            lines += wrapped(question.text, cols - 2, "class:question", indent="  ")
        asked = len(lines)  # the prompt and what is asked about; the context and details follow
        if question.context:
            lines.append(SPACER)
            lines += wrapped(question.context, cols - 2, "class:context", indent="  ")
        for detail in question.details:
            lines += wrapped(detail, cols - 2, "", indent="  ")
        after: list[StyleAndTextTuples] = [SPACER, *self._answer_box(question, cols)]
        choices = self._choices(question, cols)
        if self.checked is not None:
            outcome, why, answer = self._verdict(question, self.checked, cols)
            # the answer always shows: where rows are short, the lines saying why give way (at 40×14
            # 'tar is a different command from git add. -x is not an option …' pushed it behind '…'),
            # then the question's context and details (at 40×14 a line's flag meanings and values did)
            parts = (kind, lines, after) if question.format is Format.ORDER else (kind, lines, after, *choices)
            held = sum(1 for part in parts for line in part if line is not SPACER)
            if held + len(outcome) + len(answer) > room and question.format is not Format.ORDER:
                held -= sum(1 for line in lines[asked:] if line is not SPACER)
                lines = lines[:asked]
            spare = room - held - len(outcome) - len(answer)
            if len(why) > spare:
                why = why[: spare - 1] + [[("class:dim", "…")]] if spare > 0 else []
            after += [SPACER, *outcome, *why, *answer]
        if not choices:
            return kind + lines + after if self.checked is not None else _with_box(kind, lines, after, room)
        needed = sum(len(part) for part in (kind, lines, after, *choices))
        if question.format is Format.CHOICE and self.checked is not None and sum(
                1 for part in (kind, lines, after, *choices) for line in part if line is not SPACER) > room:
            # answered, the verdict names the choice pressed and the right one: the choices give way to it
            # (at 40×14 a choice over two lines put the verdict behind '…')
            return kind + lines + after
        listed = [line for choice in choices for line in choice]
        if question.format is Format.CHOICE and self.checked is None and sum(
                1 for line in kind + lines + listed + after if line is not SPACER) > room:
            # every choice before all else: the question's context and details give way, then the kind line and the
            # instruction (at 40×14 a usage line over two lines put choices 3 and 4 behind '…', to press unseen)
            lines = lines[:asked]
            if sum(1 for line in kind + lines + listed + after if line is not SPACER) > room:
                kind, after = [], []
        # a multiple choice that does not fit even so is shown as an order's steps are, a window of
        # whole choices at a time (at 40×14 the end of choice 4 went behind '…', a number to press unread)
        scrolls = question.format is Format.ORDER or (question.format is Format.CHOICE and self.checked is None and sum(
            1 for line in kind + lines + listed + after if line is not SPACER) > room)
        if not scrolls or needed <= room:
            return kind + lines + [SPACER] + listed + after
        # the steps (the choices) before all else: no kind line, no blank lines, a line saying which show
        lines = [line for line in lines if line is not SPACER]
        after = [line for line in after if line is not SPACER]
        if self.checked is not None:  # answered: the verdict and the right order, which lists the steps
            return (lines if len(lines) + len(after) <= room else []) + after  # the instruction goes first
        if len(lines) + len(listed) + len(after) <= room:  # without the blank lines every step fits: no line
            # saying only some show, and ↑ ↓ stay the questions' (at 60×20 'Steps A–H of 8 shown' stood under all 8)
            return (kind if len(kind) + len(lines) + len(listed) + len(after) <= room else []) + lines + listed + after
        letters = string.ascii_uppercase
        if question.format is Format.ORDER and question.text:
            # the steps before the instruction: at 40×14 its three lines left one step at a time on screen; it folds
            # to one line saying what is put in order (the help says how to answer)
            folded = wrapped(f"{format_name(question.format)} · {question.text}", cols, "class:prompt")
            if len(folded) < len(lines):
                lines = folded

        def shown(first: int, last: int) -> list[StyleAndTextTuples]:
            if question.format is Format.CHOICE:
                return wrapped(_("Choices {first}–{last} of {count} shown: ↑ and ↓ show the others.").format(
                    first=first + 1, last=last + 1, count=len(choices)), cols, "class:dim")
            return wrapped(_("Steps {first}–{last} of {count} shown: ↑ and ↓ show the others.").format(
                first=letters[first], last=letters[last], count=len(choices)), cols, "class:dim")

        first, end = window([len(choice) for choice in choices], self.steps_from,
                            room - len(lines) - len(after) - len(shown(0, 0)))
        self.steps_shown = (first, end)
        return lines + [line for choice in choices[first:end] for line in choice] + shown(first, end - 1) + after

    def _choices(self, question: Question, cols: int) -> list[list[StyleAndTextTuples]]:
        """Each choice's lines: its label, its text wrapped beside it."""
        attempt = self.session.answers.get(self.session.index)
        labels = string.ascii_uppercase if question.format is Format.ORDER else [str(n) for n in range(1, 10)]
        out: list[list[StyleAndTextTuples]] = []
        for n, choice in enumerate(question.choices):
            label = labels[n]
            chosen = question.format is Format.CHOICE and attempt is not None and attempt.typed == label
            body = wrap(choice, max(cols - 6, 10))
            lines: list[StyleAndTextTuples] = [
                [("class:chosen" if chosen else "class:key", f" {label} "), ("", " " + body[0])]]
            lines += [[("", "    " + rest)] for rest in body[1:]]
            out.append(lines)
        return out

    def _answer_box(self, question: Question, cols: int) -> list[StyleAndTextTuples]:
        if question.format is Format.CHOICE:
            attempt = self.session.answers.get(self.session.index)
            if attempt is not None and self.exam:
                return [[("class:dim", _("Answered: {choice}. Another number changes it.").format(choice=attempt.typed))]]
            return [[("class:dim", _("Press the number of your answer."))]]
        lines: list[StyleAndTextTuples]
        if self.checked is not None:
            # wrapped by display width: what was typed shows whole (at 40 columns a Korean line was cut at
            # the edge, and the verdict's 'You typed:' line repeating it went behind '…')
            lines = typed_lines(self.box.prompt, self.checked.typed, cols)
        else:
            lines = self.box.lines(cols, cursor=self._typing())
        if self.exam and self.session.answered(self.session.index) and self.checked is None:
            lines += wrapped(_("Answered; Enter stores a changed answer."), cols, "class:dim")
        return lines

    def _verdict(self, question: Question, attempt: Attempt, cols: int) -> tuple[
            list[StyleAndTextTuples], list[StyleAndTextTuples], list[StyleAndTextTuples]]:
        """The verdict as (its outcome, the lines saying why, the answer): only the why may give way
        (a choice's or an order's 'Wrong. 2 of 8 steps in the right place.' is one sentence, all outcome)."""
        answer = wrapped(_("Answer: {answer}").format(answer=answer_text(question)), cols - 2, "class:answer",
                         indent="  ")
        if attempt.overruled:
            return wrapped(_("Counted as right (your call)."), cols, "class:right"), [], answer
        if attempt.verdict is not None:  # a typed answer: the grader's verdict, as the review screen shows it
            outcome, *why = verdict_lines(attempt.verdict, cols, shown_answer=question.answer, typed_shown=True)
            return [outcome], why, answer
        style = "class:right" if attempt.outcome == EXACT else "class:wrong"
        word = _("Right.") if attempt.outcome == EXACT else _("Wrong.")
        return wrapped(word + (f" {attempt.explanation}" if attempt.explanation else ""), cols, style), [], answer

    def _footer(self, cols: int) -> list[StyleAndTextTuples]:
        lines: list[StyleAndTextTuples] = []
        if self.message:
            lines += wrapped(self.message, cols, "class:message")
        if self.lock.held:
            return lines + self.lock.lines(cols, leave="Ctrl-D", keys=_("Ctrl-D stop"))
        if self.help:
            bar = _("F1 or ? closes the help · Ctrl-D stop")
        elif self.checked is not None:
            bar = _("Enter next · a count an 'almost' as right · ? help") if self.checked.outcome == ALMOST else _(
                "Enter next · ? help · Ctrl-D stop")
        elif self.session.current.format is Format.CHOICE:  # Enter answers nothing here: a number does
            last = len(self.session.current.choices)
            bar = (_("1–{last} answer · Tab skip · Shift-Tab back · Ctrl-X end · ? help") if self.exam
                   else _("1–{last} answer · ? help · Ctrl-D stop")).format(last=last)
        elif self.exam:
            bar = _("Enter answer · Tab skip · Shift-Tab back · Ctrl-X end · ? help")
        else:
            bar = _("Enter answer · ? help · Ctrl-D stop")
        # between its keys, never inside one ('Ctrl-D' over '멈추기' at 40 columns)
        lines += [line for keys in key_bar(bar, cols) for line in wrapped(keys, cols, "class:dim")]
        return lines


def _with_box(kind: list[StyleAndTextTuples], lines: list[StyleAndTextTuples], after: list[StyleAndTextTuples],
              room: int) -> list[StyleAndTextTuples]:
    """A typed question in ``room`` lines with its answer box showing: the blank lines give way, then the kind
    line, then the end of the question (cut with '…').  At 40×14 a 'write the line' question's flag meanings
    and values pushed the box behind '…', and what was typed did not show."""
    if len(kind) + len(lines) + len(after) <= room:
        return kind + lines + after
    lines = [line for line in lines if line is not SPACER]
    after = [line for line in after if line is not SPACER]
    if len(kind) + len(lines) + len(after) <= room:
        return kind + lines + after
    if len(lines) + len(after) <= room:
        return lines + after
    return lines[: max(room - len(after) - 1, 0)] + [[("class:dim", "…")]] + after
