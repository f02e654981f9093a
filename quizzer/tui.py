"""The review screen (prompt-toolkit, full screen, keyboard only).

A thin adapter: it draws what the controller says and sends it keys.  Note
text goes on screen as plain fragments, never as HTML or ANSI markup, and is
wrapped by display width (Korean takes two cells a character).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from prompt_toolkit.application import Application
from prompt_toolkit.data_structures import Size
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.layout import FormattedTextControl, Layout, Window
from prompt_toolkit.keys import Keys
from prompt_toolkit.output import Output

from quizzer.answer_box import AnswerBox, add_typed_through, verdict_lines
from quizzer.cards import TYPED_KINDS, face_of, kind_name, section_without_answer
from quizzer.end_screen import end_body, end_keys
from quizzer.errors import CardGone, QuizzerError
from quizzer.help_page import HelpPage
from quizzer.i18n import N_, _, ngettext
from quizzer.lock_wait import LockWait
from quizzer.screen import (
    COMPACT_ROWS,
    MIN_COLUMNS,
    MIN_ROWS,
    SPACER,
    STYLE,
    add_stop_keys,
    fit,
    help_lines,
    is_interrupt,
    join_lines,
    key_lines,
    keys_unless_too_small,
    press_latin_key,
    too_small,
    too_small_screen,
    wrapped,
)
from quizzer.sm2 import GRADE_LABELS, Grade
from quizzer.text import width

if TYPE_CHECKING:
    from quizzer.grading import Verdict
    from quizzer.review.controller import Controller, Summary
    from quizzer.review.editing import Edited
    from quizzer.review.store import CardView, TypedAnswer

__all__ = ["MIN_COLUMNS", "MIN_ROWS", "ReviewScreen"]

# Messages marked with N_ are translated where they are drawn (the language
# is chosen after this module is imported).
REDRAW_SECONDS = 0.05  # time for the screen to draw a sentence before work that may block it

SHORT_LABELS = {
    Grade.BLACKOUT: N_("blackout"),
    Grade.WRONG_REMEMBERED: N_("wrong, knew it once shown"),
    Grade.WRONG_EASY: N_("wrong, seemed easy"),
    Grade.HARD: N_("right, with difficulty"),
    Grade.HESITANT: N_("right, hesitated"),
    Grade.PERFECT: N_("perfect"),
}

# On a short terminal: the same meanings, in fewer cells.
TINY_LABELS = {
    Grade.BLACKOUT: N_("blackout"),
    Grade.WRONG_REMEMBERED: N_("wrong"),
    Grade.WRONG_EASY: N_("wrong, easy"),
    Grade.HARD: N_("hard"),
    Grade.HESITANT: N_("hesitant"),
    Grade.PERFECT: N_("perfect"),
}

HELP = [
    ("Space / Enter", N_("show the answer")),
    ("↑ ↓", N_("an answer taller than the screen: show the rest of it")),
    ("0 – 5", N_("grade it: {grades}")),
    (N_("Enter (typed)"), N_("submit what you typed; then Enter takes the suggested grade, 0 – 5 overrides it (logged)")),
    (N_("? (typed)"), N_("opens this help while the answer box is empty")),
    ("u", N_("undo the last answer (or suspension)")),
    ("s", N_("suspend this card (it stops coming back until {command})")),
    (
        "e",
        N_(
            "edit this card's notes at its line ($VISUAL, else $EDITOR, else vi); "
            "they are re-imported when you close the editor"
        ),
    ),
    ("?", N_("show or hide this help")),
    ("q / Ctrl-D", N_("quit; every answer so far is already saved")),
]



def help_entries(*, db_option: Sequence[str]) -> list[tuple[str, str]]:
    """The help page's keys and meanings, in the interface's language; ``db_option``: the words that
    name the session's database in the command it gives (:func:`quizzer.paths.db_option`)."""
    from quizzer.to_copy import Blank, quizzer_command

    grades = "; ".join(_(label) for label in GRADE_LABELS.values())
    command = quizzer_command("unsuspend", Blank(_("ID")), db_option=db_option)
    # a key's name stays as on the keyboard; '(typed)' beside it is a word, translated
    return [(_(key), _(meaning).format(grades=grades, command=command)) for key, meaning in HELP]


class ReviewScreen:
    """One review session on screen; ``run()`` returns when the day is done or on quit."""

    def __init__(
        self, controller: Controller, *, input: Input | None = None, output: Output | None = None, typed: bool = False,
        notice: str = "",
    ) -> None:
        self.controller = controller
        self.typed = typed  # every deck's command, option and flag cards typed (else per deck: config)
        self.card: CardView | None = None
        self.revealed = False
        self.help = False
        self.help_page = HelpPage()  # which of the help's lines show, when they do not all fit
        self.answer_page = HelpPage()  # which lines of a card and its answer show, when they do not all fit
        self.message = notice  # shown with the first card (e.g. how many cards wait for quizzer check)
        self.quit_early = False
        #: left with Ctrl-C: the command says what was done, then ends as a Ctrl-C does (status 130)
        self.interrupted = False
        self.editing = False  # the editor is open (or the document being re-imported)
        self.box = AnswerBox()
        self.asking = False  # a typed question is open: keys go into the answer box
        self.help_over_box = False  # '?' on the empty answer box opened the help: typing on begins with '?'
        self.verdict: Verdict | None = None
        self.suggested: int | None = None
        self.summary: Summary | None = None  # the day is done: its summary is on screen
        controller.wait = False  # a held lock comes back as DatabaseBusy at once: the screen says so
        self.lock = LockWait(lambda: self.app, self._guard)  # a write the database's lock holds up
        self._advance()
        self.app: Application[None] = Application(
            layout=Layout(Window(FormattedTextControl(self._fragments, focusable=True), wrap_lines=False)),
            # too small, the screen says only "press q to quit": q, Ctrl-D and Ctrl-C leave, no other key acts
            key_bindings=keys_unless_too_small(merge_key_bindings([self._keys(), self._typed_keys()]), self._size,
                                               self._quit, "q"),
            style=STYLE,
            full_screen=True,
            mouse_support=False,
            input=input,
            output=output,
        )

    def run(self) -> None:
        if self.card is None:
            return
        self.app.run()

    # -- actions -------------------------------------------------------------
    def _advance(self) -> None:
        # Forget the answered card first: if fetching the next one fails, no
        # key may grade a card that is not on screen.
        self.card = None
        self.revealed = False
        self.verdict = self.suggested = None
        self.box.clear()
        self.controller.roll_over()
        self.card = self.controller.current()
        self.asking = self.card is not None and self._is_typed(self.card)
        self.controller.shown()

    def _is_typed(self, card: CardView) -> bool:
        return card.kind in TYPED_KINDS and (self.typed or self.controller.config.typed_for(card.deck))

    def _hidden(self) -> bool:
        """Is the card out of sight (help shown, or the terminal too small)?"""
        return self.help or too_small(self._size())

    def _guard(self, action: Callable[[], None]) -> None:
        if self._hidden() and not self.lock.held:  # never act on a card the user cannot see (the held
            # answer was given to a card in sight: a retry while the terminal is too small still saves it)
            self.message = _("Press ? to close the help first.") if self.help else ""
            return
        try:
            if not self.lock.run(action):  # another program holds the lock: said, tried again, q still leaves
                self.message = ""
                return
        except QuizzerError as error:  # e.g. the database is locked for too long
            self.message = (
                _("{error} (Space tries again.)").format(error=error) if self.card is None else str(error)
            )
        if self.card is None and self.controller.session.current() is None:
            self._done()

    def _done(self) -> None:
        """The day is done: show its summary (u still undoes, q leaves)."""
        self.summary = self.controller.summary()
        self.help = False

    def final_summary(self) -> Summary:
        """The summary to print once the screen is left: the one the done screen showed, its time
        stopped when the day was done (made again, it counted the minutes the person spent reading
        it: 'in 0m 05s' on screen, 'in 0m 21s' printed under it); else the session's so far."""
        return self.summary if self.summary is not None else self.controller.summary()

    def _reveal(self) -> None:
        if self.card is None:  # the last fetch failed: try again
            self._advance()
            self.message = ""
            return
        if self.verdict is not None and self.suggested is not None:  # Enter takes the suggested grade
            self._grade(self.suggested)
            return
        self.revealed = True
        self.answer_page.open()
        self.message = ""

    def _submit(self, text: str) -> None:
        """Grade what was typed; show the verdict and the grade it suggests."""
        card = self.card
        if card is None or not self.asking:
            return
        from quizzer.grading import accepted_answers, quality  # rapidfuzz and the shell reader: after the first card

        self.verdict = accepted_answers(card).grade(text)
        self.suggested = quality(
            self.verdict.outcome,
            seconds=self.controller.elapsed(),
            slow_after=self.controller.config.typed_slow_seconds,
        )
        self.asking = False
        self.revealed = True
        self.answer_page.open()
        self.message = ""

    def _grade(self, grade: int) -> None:
        if self.card is None:
            return
        if not self.revealed:
            self.message = _("Show the answer first (Space), then grade it 0–5.")
            return
        typed: TypedAnswer | None = None
        if self.verdict is not None and self.suggested is not None:
            from quizzer.review.store import TypedAnswer

            typed = TypedAnswer(self.verdict.typed, self.verdict.outcome, self.suggested)
        try:
            answer = self.controller.answer(grade, card_id=self.card.card_id, typed=typed)
        except CardGone as gone:  # deleted by another program while on screen: on to the next
            self._advance()
            self.message = str(gone)
            return
        self.message = ""
        if typed is not None and grade != typed.suggested:
            self.message = _("Graded {grade} instead of the suggested {suggested} (kept in the log).").format(
                grade=grade, suggested=typed.suggested
            )
        if answer.became_leech:
            self.message = (
                _("That card is a leech (forgotten too often): it was tagged and suspended.")
                if answer.after.suspended
                else _("That card is a leech (forgotten too often): it was tagged.")
            )
        self._advance()

    def _undo(self) -> None:
        try:
            undone = self.controller.undo()
        except CardGone as gone:  # its card deleted by another program: the step is dropped
            self.summary = None
            self._advance()
            self.message = str(gone)
            return
        if undone is None:
            self.message = _("Nothing to undo yet.")
            return
        self.message = _("Undone.")
        self.summary = None
        self._advance()

    def _suspend(self) -> None:
        if self.card is None:
            return
        card_id = self.controller.suspend(card_id=self.card.card_id)
        if card_id is not None:
            self.message = _("Card {card} suspended (u to undo).").format(card=card_id)
            self._advance()

    async def _edit(self, card: CardView) -> None:
        """Open the card's line in the editor, re-import its document, show what it says now."""
        try:
            self.message = await self._edited(card)
        except QuizzerError as error:  # e.g. the database is locked for too long
            self.message = str(error)
        finally:
            self.editing = False
            if self.card is None and self.controller.session.current() is None:
                self._done()  # the edit removed the last card of the day
            self.app.invalidate()

    async def _edited(self, card: CardView) -> str:
        from prompt_toolkit.application import run_in_terminal

        from quizzer.editor import editor_command, run_editor

        target = self.controller.edit_target(card.card_id)
        command = editor_command(target.path, target.line)
        if isinstance(command, str):
            return command
        failure = await run_in_terminal(lambda: run_editor(command))
        if failure is not None:
            return failure
        file = target.path.name
        self.message = _("Re-importing {file}…").format(file=file)  # said before the document is read
        self.app.invalidate()
        await asyncio.sleep(REDRAW_SECONDS)
        try:
            drafts = self.controller.edit_drafts(target)
        except QuizzerError as error:
            return _("Your edit is saved in {file}, but it could not be imported: {error}").format(file=file, error=error)

        def write() -> None:  # tried again while another program holds the lock (the spinner, q leaves)
            self.message = self._after_edit(card, file, self.controller.reimport(target, drafts=drafts))

        try:
            if not self.lock.run(write, edit=target.path):
                return ""  # the spinner and its sentence say it; write() says the rest once it goes through
        except QuizzerError as error:
            return str(error)
        return self.message

    def _after_edit(self, card: CardView, file: str, edited: Edited) -> str:
        """Show what the re-import of an edit left; what to say about it (a command in it acts on the
        session's database)."""
        from quizzer.paths import db_option
        from quizzer.to_copy import quizzer_command

        option = db_option(self.controller.db.path)
        if not edited.live:
            if self.card is not None and self.card.card_id in edited.card_ids:
                self._advance()
            if edited.waiting:
                return _(
                    "Your edit took this card's note out of the notes, so it was retired (its history is kept); "
                    "a card the edit made is of a kind this deck has not kept: it waits for {command}."
                ).format(command=quizzer_command("check", db_option=option))
            return _(
                "Your edit took this card's note out of the notes, so it was retired (its history is kept); "
                "a card the edit made comes up as a new card."
            )
        said = self._shown_edit(card, file)
        added = edited.result.added
        if added and not edited.waiting and not edited.held_back:  # notes the edit added, in review at once: said
            said += " " + ngettext("Your edit added {count} note: its cards come up as new cards, in this review "
                                   "while today's new-card limit has room.",
                                   "Your edit added {count} notes: their cards come up as new cards, in this "
                                   "review while today's new-card limit has room.",
                                   added).format(count=added)
        if edited.waiting:  # cards the edit made, of a kind the deck has not kept: out of review until checked
            command = quizzer_command("check", db_option=option)
            said += " " + ngettext("{count} new card waits for {command}.", "{count} new cards wait for {command}.",
                                   edited.waiting).format(count=edited.waiting, command=command)
        if edited.held_back:  # cards the edit made, of a kind the person held back: held too
            command = quizzer_command("check", "--held", db_option=option)
            said += " " + ngettext("{cards} new card belongs to a group you held back: it stays out of review "
                                   "({command} lists it).",
                                   "{cards} new cards belong to groups you held back: they stay out of review "
                                   "({command} lists them).", edited.held_back).format(cards=edited.held_back,
                                                                                       command=command)
        return said

    def _shown_edit(self, card: CardView, file: str) -> str:
        """Show the card as the re-import left it; what to say about it."""
        if self.card is None or self.card.card_id != card.card_id:
            return _("Re-imported {file}.").format(file=file)
        self.card = self.controller.current()
        self.controller.shown()  # the time in the editor is not answer time
        if self.card is not None and self.card.card_id != card.card_id:
            # edited during the re-drill: a card the edit added is asked first, as a review started now would
            self.verdict = self.suggested = None
            self.revealed = False
            self.asking = self._is_typed(self.card)
            return _("Re-imported {file}.").format(file=file)
        if self.card is not None and (self.card.front, self.card.back, self.card.context) == (
            card.front, card.back, card.context
        ):
            return _("Re-imported {file}; this card did not change.").format(file=file)
        if self.card is not None and self.verdict is not None:  # graded against the old answer: ask again
            self.verdict = self.suggested = None
            self.revealed = False
            self.asking = self._is_typed(self.card)
        return _("Re-imported {file}: the card shows your edit, its history kept.").format(file=file)

    def _keys(self) -> KeyBindings:
        keys = KeyBindings()
        ending = Condition(lambda: self.summary is not None)  # the day's summary: only u, ? and q
        waiting = Condition(lambda: self.lock.held)  # only q (and Ctrl-C) while the lock is held
        free = Condition(lambda: not self.asking) & ~ending & ~waiting  # no answer box open: keys are commands

        @keys.add(" ", filter=free)
        @keys.add("enter", filter=free)
        def _reveal(event: KeyPressEvent) -> None:
            self._guard(self._reveal)

        for digit in "012345":

            @keys.add(digit, filter=free)
            def _answer(event: KeyPressEvent, grade: int = int(digit)) -> None:
                self._guard(lambda: self._grade(grade))

        @keys.add("u", filter=free | ending)
        def _undo(event: KeyPressEvent) -> None:
            self._guard(self._undo)

        @keys.add("s", filter=free)
        def _suspend(event: KeyPressEvent) -> None:
            self._guard(self._suspend)

        @keys.add("e", filter=free)
        def _edit(event: KeyPressEvent) -> None:
            if self._hidden():
                self.message = _("Press ? to close the help first.") if self.help else ""
                return
            if self.card is not None and not self.editing:
                self.editing = True
                event.app.create_background_task(self._edit(self.card))

        @keys.add("?", filter=free | ending | Condition(lambda: self.help or not self.box.text))
        @keys.add("f1")
        def _help(event: KeyPressEvent) -> None:
            self.help_over_box = not self.help and self.asking and event.data == "?"
            self.help = not self.help
            self.help_page.open()

        self.help_page.bind(keys, Condition(lambda: self.help))
        # a card whose answer and what follows it do not fit: ↑ ↓ show the rest (else they are other keys)
        self.answer_page.bind(keys, free & Condition(lambda: self.revealed and not self.help and self.answer_page.shown > 0))

        keys.add("q", filter=free | ending | waiting)(self._quit)
        add_stop_keys(keys, self._quit)

        @keys.add(Keys.SIGINT)
        def _editor_interrupted(event: KeyPressEvent) -> None:
            """Ctrl-C typed in the editor (a cooked terminal: a signal to the editor and to us, handed on as
            this key once the editor is done) was the editor's: what the edit came to stays said."""

        @keys.add("<any>", filter=free)
        def _other(event: KeyPressEvent) -> None:
            if not press_latin_key(event):  # ㅂ, the q key with the keyboard left in Korean: q
                self.message = _("Keys: Space shows the answer, 0–5 grade, u undo, s suspend, e edit, ? help, q quit.")

        @keys.add("<any>", filter=waiting)
        def _while_waiting(event: KeyPressEvent) -> None:  # the write in progress is not to be changed
            pass

        @keys.add("<any>", filter=ending)
        def _after_the_last(event: KeyPressEvent) -> None:  # consumed: never left for the shell
            if not press_latin_key(event):
                self.message = _("The day is done: u takes the last answer back, q leaves.")

        add_typed_through(keys, self)
        return keys

    def _quit(self, event: KeyPressEvent) -> None:
        self.quit_early = self.card is not None
        self.interrupted = is_interrupt(event)
        event.app.exit()

    def _typed_keys(self) -> KeyBindings:
        """The answer box's keys while a typed question is open (and no help covers it)."""
        typing = Condition(lambda: self.asking and not self.help)
        return self.box.key_bindings(active=typing, on_submit=lambda text: self._guard(lambda: self._submit(text)))

    # -- drawing -------------------------------------------------------------
    def _size(self) -> Size:
        return self.app.output.get_size()

    def _fragments(self) -> StyleAndTextTuples:
        size = self._size()
        small = too_small_screen(size, _(
            "The terminal is too small for quizzer ({columns}×{rows}); "
            "make it at least {min_columns}×{min_rows}, or press q to quit."
        ))
        if small is not None:
            return small
        return join_lines(self._screen(size.columns - 2, size.rows))

    def _screen(self, cols: int, rows: int) -> list[StyleAndTextTuples]:
        """Header, body and keys; the body gives way so the keys always show."""
        compact = rows < COMPACT_ROWS
        top = self._header(cols, compact)
        bottom = self._footer(cols, compact)
        if self.summary is not None and not self.help:
            body = end_body(self.summary, cols)
        else:
            room = rows - len(top) - len(bottom)
            body = self.help_page.window(self._help(cols), room, cols) if self.help else self._body(cols, room)
        return fit(top, body, bottom, rows)

    def _header(self, cols: int, compact: bool) -> list[StyleAndTextTuples]:
        card = self.card
        deck = card.deck if card else ""
        # the headings over the card, less one that says its answer (a card read from a heading)
        section = section_without_answer(card.section, face_of(card).answer) if card and card.section else ()
        where = " › ".join(section[-1 if compact else -2 :])
        lines = wrapped(deck + (f" · {where}" if where else ""), cols, "class:title")[: 1 if compact else 2]
        new, review, redrill = self.controller.session.counts()
        lines.append(self._progress(cols, new, review, redrill))
        lines.append([("class:dim", "─" * cols)])
        return lines

    def _body(self, cols: int, room: int) -> list[StyleAndTextTuples]:
        """The card in ``room`` lines where it can.  Shown, its answer comes before all else: where
        rows are short the kind and the prompt above the question give way, then the lines saying why
        a typed answer was wrong (at 40×14 the answer went behind '…', under a prompt already read)."""
        card = self.card
        self.answer_page.shown = 0  # (set again below when the lines are paged)
        if card is None:
            return [[("class:message", _("The next card could not be shown."))]]
        face = face_of(card)
        typed = self.asking or self.verdict is not None
        kind = kind_name(card.kind)
        label = (_("{kind} · reverse") if card.ord else _("{kind} · forward")).format(kind=kind)
        if typed:
            label = _("{label} · typed").format(label=label)
        if card.leech:
            label = _("{label} · leech").format(label=label)
        above: list[StyleAndTextTuples] = [[("class:dim", label)], *wrapped(face.prompt, cols, "class:prompt")]
        lines: list[StyleAndTextTuples] = [SPACER, *wrapped(face.question, cols - 2, "class:question", indent="  ")]
        if face.context:
            lines.append(SPACER)
            lines += wrapped(face.context, cols - 2, "class:context", indent="  ")
        lines.append(SPACER)
        if self.asking:
            return above + lines  # the answer box is drawn with the keys, so it always shows
        lines.append([("class:dim", "─" * cols)])
        if not self.revealed:
            return above + lines
        lines.append(SPACER)
        lines += wrapped(face.answer, cols - 2, "class:answer", indent="  ")
        verdict: list[StyleAndTextTuples] = []
        if self.verdict is not None:
            note = _("suggested grade {grade}").format(grade=self.suggested)
            verdict = verdict_lines(self.verdict, cols, shown_answer=face.answer, grade_note=note)
        after: list[StyleAndTextTuples] = []
        if face.after:
            after = [SPACER, *wrapped(face.after, cols - 2, "class:after", indent="  ")]

        def needed(*parts: list[StyleAndTextTuples]) -> int:
            return sum(1 for part in parts for line in part if line is not SPACER)

        if needed(above, lines, verdict, after) > room:
            above = []
        if after and needed(lines, verdict, after) > room:
            # what follows the answer (a step's explanation) went behind '…' at 40×14: the lines show a
            # roomful at a time, from the question and the answer on, ↑ ↓ the rest (as the help's do)
            return self.answer_page.window([line for line in lines + verdict + after if line is not SPACER], room, cols)
        if verdict and needed(lines, verdict, after) > room:
            spare = room - needed(lines, verdict[:1], after)
            verdict = verdict[:1] + (verdict[1:spare] + [[("class:dim", "…")]] if spare > 0 else [])
        return above + lines + verdict + after

    def _footer(self, cols: int, compact: bool) -> list[StyleAndTextTuples]:
        lines: list[StyleAndTextTuples] = []
        if self.message:
            lines += wrapped(self.message, cols, "class:message")
        if self.lock.held:
            lines += self.lock.lines(cols, leave="q", keys=_("q quit"))
            return lines
        if self.summary is not None:
            lines.append(end_keys())
            lines.append([("class:dim", _("? help · q quit") if self.help else _("u undo · ? help · q quit"))])
            return lines
        if self.card is not None and self.asking and not self.help:
            lines.append([("class:dim", "─" * cols)])
            if not compact:
                lines += wrapped(_("Type the answer and press Enter:"), cols, "class:dim")
            lines += self.box.lines(cols)
            lines += key_lines("Enter", _("submit the answer"), cols)
            lines += wrapped(_("? help (box empty) · Ctrl-D quit"), cols, "class:dim")
            return lines
        if self.card is not None and self.verdict is not None and self.suggested is not None and not self.help:
            label = (TINY_LABELS if compact else SHORT_LABELS)[Grade(self.suggested)]
            lines += key_lines("Enter", _("grade {grade}: {label} · or 0–5").format(
                grade=self.suggested, label=_(label)), cols)
        if self.card is not None and self.revealed and not self.help:
            lines += self._grade_keys(cols, TINY_LABELS if compact else SHORT_LABELS)
        elif self.card is not None and not self.help:
            lines += key_lines("Space", _("show the answer"), cols)
        keys = _("u undo · s suspend · e edit · ? help · q quit")
        if width(keys) > cols:
            keys = _("u · s · e · ? help · q quit")  # the help says what each letter does
        lines += wrapped(_("? help · q quit") if self.help else keys, cols, "class:dim")
        return lines

    def _help(self, cols: int) -> list[StyleAndTextTuples]:
        from quizzer.paths import db_option

        return help_lines(_("Keys"), help_entries(db_option=db_option(self.controller.db.path)), cols)

    def _progress(self, cols: int, new: int, review: int, redrill: int) -> StyleAndTextTuples:
        done = self.controller.session.done
        total = done + new + review + redrill
        counts = " " + _("{done}/{total}  new {new} · review {review} · re-drill {redrill}").format(
            done=done, total=total, new=new, review=review, redrill=redrill
        )
        bar_width = max(min(cols - width(counts) - 1, 40), 0)
        filled = bar_width * done // total if total else bar_width
        return [("class:bar.done", "█" * filled), ("class:bar.left", "░" * (bar_width - filled)), ("", counts)]

    def _grade_keys(self, cols: int, labels: dict[Grade, str]) -> list[StyleAndTextTuples]:
        """``0 blackout  1 wrong, remembered …`` flowed over as many lines as fit."""
        lines: list[StyleAndTextTuples] = [[]]
        used = 0
        for grade in Grade:
            key, label = f" {int(grade)} ", f" {_(labels[grade])}  "
            needed = width(key) + width(label.rstrip())
            if used and used + needed > cols:
                lines.append([])
                used = 0
            lines[-1] += [("class:key", key), ("", label)]
            used += needed + 2
        return lines

