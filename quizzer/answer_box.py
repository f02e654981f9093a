"""Pieces for typed questions, shared by every screen that asks one (review, quiz, exam).

Screens here are one ``FormattedTextControl`` drawing lines of plain fragments
(see :mod:`quizzer.screen`); these pieces fit that shape:

- :class:`AnswerBox` — the text being typed and its cursor, drawn as lines
  (:meth:`AnswerBox.lines`) with prompt-toolkit's ``[SetCursorPosition]``
  marker, so the terminal's cursor (and the input method's composing
  syllable) sits where the next character goes.  Its keys come from
  :meth:`AnswerBox.key_bindings`, active only while the screen says so: merge
  them with the screen's own keys and give those the opposite filter, so ``q``
  or ``5`` typed as an answer go into the box.  Hangul from an input method
  works: the text is kept NFC, so a syllable is one character (Backspace
  removes the whole syllable, even when the input method sent it as jamo);
  widths are measured with wcwidth (two cells a syllable); Enter submits
  exactly what is shown.
- :func:`verdict_lines` — a :class:`quizzer.grading.Verdict` for the screen:
  the outcome, its explanation, what was typed, and for a prose near miss the
  diff (missing text underlined, extra text struck through).

Usage (a screen with ``self.asking`` while a typed question is open)::

    self.box = AnswerBox()
    asking = Condition(lambda: self.asking)
    keys = merge_key_bindings([self.box.key_bindings(active=asking, on_submit=self._submit),
                               screen_keys_filtered_with(~asking)])
    ...
    lines += self.box.lines(cols)                      # in the body, below the question
    lines += verdict_lines(verdict, cols, shown_answer=face.answer)   # once submitted
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from prompt_toolkit.filters import Condition, Filter
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from wcwidth import wcwidth

from quizzer.i18n import _
from quizzer.screen import wrapped
from quizzer.text import strip_controls, visible, width

if TYPE_CHECKING:
    from quizzer.grading import Verdict  # grading loads rapidfuzz: not before a typed answer

__all__ = ["CURSOR", "AnswerBox", "HelpOverBox", "add_typed_through", "outcome_label", "typed_lines", "verdict_lines"]

_Handler = Callable[[KeyPressEvent], None]
#: prompt-toolkit puts the terminal's cursor where this fragment is
CURSOR = "[SetCursorPosition]"


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


class AnswerBox:
    """A one-line answer being typed: text, cursor, editing keys, and its lines on screen."""

    def __init__(self, prompt: str = "› ") -> None:
        self.prompt = prompt
        self.text = ""
        self.cursor = 0  # in characters (a Hangul syllable is one)

    # -- editing (pure) ----------------------------------------------------------
    def insert(self, data: str) -> None:
        """Type ``data`` at the cursor; jamo sent one by one compose into their syllable.  A terminal's escape
        sequence in it (a colour code pasted with text) goes whole, not its ESC alone (``[31m`` was left)."""
        data = strip_controls(data.replace("\n", " ").replace("\r", " "))
        data = "".join(ch for ch in data if ch.isprintable())
        if not data:
            return
        before = _nfc(self.text[: self.cursor] + data)
        self.text, self.cursor = before + self.text[self.cursor :], len(before)

    def backspace(self) -> None:
        if self.cursor:
            self.text = self.text[: self.cursor - 1] + self.text[self.cursor :]
            self.cursor -= 1

    def delete(self) -> None:
        self.text = self.text[: self.cursor] + self.text[self.cursor + 1 :]

    def move(self, step: int) -> None:
        self.cursor = min(max(self.cursor + step, 0), len(self.text))

    def home(self) -> None:
        self.cursor = 0

    def end(self) -> None:
        self.cursor = len(self.text)

    def clear(self) -> None:
        self.text, self.cursor = "", 0

    def take(self) -> str:
        """What is shown, NFC; the box is emptied for the next question."""
        text = _nfc(self.text)
        self.clear()
        return text

    # -- keys --------------------------------------------------------------------
    def key_bindings(self, *, active: Filter, on_submit: Callable[[str], None]) -> KeyBindings:
        """Editing keys while ``active``; Enter hands the text to ``on_submit`` (and empties the box)."""
        keys = KeyBindings()

        def bind(*names: str | Keys) -> Callable[[_Handler], _Handler]:
            return keys.add(*names, filter=active)

        @bind("enter")
        @bind("c-j")
        def _submit(event: KeyPressEvent) -> None:
            on_submit(self.take())

        @bind("backspace")
        def _backspace(event: KeyPressEvent) -> None:
            self.backspace()

        @bind("delete")
        def _delete(event: KeyPressEvent) -> None:
            self.delete()

        @bind("left")
        def _left(event: KeyPressEvent) -> None:
            self.move(-1)

        @bind("right")
        def _right(event: KeyPressEvent) -> None:
            self.move(1)

        @bind("home")
        @bind("c-a")
        def _home(event: KeyPressEvent) -> None:
            self.home()

        @bind("end")
        @bind("c-e")
        def _end(event: KeyPressEvent) -> None:
            self.end()

        @bind("c-u")
        def _clear(event: KeyPressEvent) -> None:
            self.clear()

        @bind(Keys.BracketedPaste)
        def _paste(event: KeyPressEvent) -> None:
            self.insert(event.data.replace("\t", " "))  # a pasted tab parts words, as in a shell (the Tab key: nothing)

        @bind("<any>")
        def _type(event: KeyPressEvent) -> None:
            if not event.data.startswith("\x1b"):  # an unbound special key, not text
                self.insert(event.data)

        return keys

    # -- drawing -------------------------------------------------------------------
    def lines(self, cols: int, *, style: str = "class:typed", cursor: bool = True) -> list[StyleAndTextTuples]:
        """The prompt and the text, wrapped by display width, the cursor marked."""
        return typed_lines(self.prompt, self.text, cols, style=style, cursor=self.cursor if cursor else None)


def typed_lines(prompt: str, text: str, cols: int, *, style: str = "class:typed",
                cursor: int | None = None) -> list[StyleAndTextTuples]:
    """``prompt`` and ``text`` wrapped by display width (a character at a time: a typed line has no
    words to keep whole), the lines after the first under the text; the cursor marked before the
    character at index ``cursor`` (at the end: after the text, on a line of its own when the last is full).  A
    character that would drive the terminal is shown as :func:`~quizzer.text.visible` shows it."""
    room = max(cols - width(prompt), 4)
    rows: list[list[tuple[int, str]]] = [[]]  # (index in text, the character as shown)
    used = 0
    for index, ch in enumerate(text):
        if not ch.isprintable() and ch != "\t":  # ESC, U+202E pasted in: shown (^[, <U+202E>), never obeyed
            ch = visible(ch)
        cells = max(wcwidth(ch), 0) if len(ch) == 1 else width(ch)
        if used + cells > room:
            rows.append([])
            used = 0
        rows[-1].append((index, ch))
        used += cells
    if cursor == len(text) and used >= room:
        rows.append([])  # the cursor after a full line starts the next one
    out: list[StyleAndTextTuples] = []
    for n, row in enumerate(rows):
        line: StyleAndTextTuples = [("class:prompt", prompt if n == 0 else " " * width(prompt))]
        shown = [ch for _index, ch in row]
        at = next((k for k, (index, _ch) in enumerate(row) if index == cursor), None)
        if at is None and cursor == len(text) and n == len(rows) - 1:
            at = len(row)
        if at is None:
            line.append((style, "".join(shown)))
        else:
            line += [(style, "".join(shown[:at])), (CURSOR, ""), (style, "".join(shown[at:]))]
        out.append(line)
    return out


def outcome_label(outcome: str) -> str:
    return {"exact": _("Right"), "almost": _("Almost"), "wrong": _("Wrong")}[outcome]


_OUTCOME_STYLE = {"exact": "class:right", "almost": "class:almost", "wrong": "class:wrong"}
_MARK = {"exact": "✓", "almost": "≈", "wrong": "✗"}


def verdict_lines(
    verdict: Verdict, cols: int, *, shown_answer: str | None = None, grade_note: str = "", typed_shown: bool = False
) -> list[StyleAndTextTuples]:
    """The verdict as lines: outcome (and ``grade_note``, e.g. the suggested grade), then under it,
    indented as the screens indent the answer, the explanation, what was typed (a prose near miss as
    a diff; nothing more when ``typed_shown``: the screen shows the answer box as submitted), and the
    accepted answer it was closest to when that is not ``shown_answer``."""
    head: StyleAndTextTuples = [(_OUTCOME_STYLE[verdict.outcome], f"{_MARK[verdict.outcome]} {outcome_label(verdict.outcome)}")]
    if grade_note:
        head.append(("class:dim", f"  {grade_note}"))
    lines: list[StyleAndTextTuples] = [head]
    if verdict.explanation:
        lines += wrapped(verdict.explanation, cols - 2, "class:after", indent="  ")
    if verdict.diff:
        lines += [[("", "  "), *line] for line in _fragment_lines(
            # the diff holds what was not typed too: the label says so, and how each part is marked
            [("class:dim", _("Your answer (underlined: missing, struck out: extra): "))]
            + [(_DIFF_STYLE[kind], text) for kind, text in verdict.diff], cols - 2
        )]
    elif not typed_shown:
        lines += wrapped(_("You typed: {typed}").format(typed=verdict.typed or "—"), cols - 2, "class:dim", indent="  ")
    if verdict.answer and verdict.answer != shown_answer and not (
            verdict.outcome == "exact" and verdict.answer == verdict.typed):  # typed as it is: nothing closer to say
        lines += wrapped(_("Closest accepted answer: {answer}").format(answer=verdict.answer), cols - 2, "class:dim",
                         indent="  ")
    return lines


_DIFF_STYLE = {"same": "class:typed", "missing": "class:diff.missing", "extra": "class:diff.extra"}


def _fragment_lines(fragments: Sequence[tuple[str, str]], cols: int) -> list[StyleAndTextTuples]:
    """Styled fragments wrapped to ``cols`` cells (their text as :func:`~quizzer.text.visible` shows it, as
    :func:`~quizzer.screen.wrapped` shows a sentence), between words where a line has a space to break at (at 60
    columns a Korean diff broke mid-word, '내려받' over '은'), else by character (a word wider than the line)."""
    room = max(cols, 4)
    rows: list[list[tuple[str, str]]] = [[]]  # (style, character)
    used = 0
    for style, text in fragments:
        for ch in visible(text):  # a bidirectional override in the answer or the typed text: shown, not obeyed
            cells = max(wcwidth(ch), 0)
            if used + cells > room and rows[-1]:
                row = rows[-1]
                space = max((k for k, (_style, c) in enumerate(row) if c == " "), default=-1)
                carried = row[space + 1 :] if ch != " " and 0 < space < len(row) - 1 else []
                del row[len(row) - len(carried) :]
                rows.append(carried)
                used = sum(max(wcwidth(c), 0) for _style, c in carried)
                if ch == " " and not carried:
                    continue  # a space at the break: the line ends there
            rows[-1].append((style, ch))
            used += cells
    lines: list[StyleAndTextTuples] = []
    for row in rows:
        line: StyleAndTextTuples = []
        for style, ch in row:
            if line and line[-1][0] == style:
                line[-1] = (style, line[-1][1] + ch)
            else:
                line.append((style, ch))
        lines.append(line)
    return lines


class HelpOverBox(Protocol):
    """A screen whose help can open over its answer box ('?' on the empty box)."""

    help: bool
    help_over_box: bool  # '?' on the empty answer box opened the help: typing on begins with '?'
    box: AnswerBox


def add_typed_through(keys: KeyBindings, screen: HelpOverBox) -> None:
    """'?' then more text: the answer begins with '?' (vim's '?pattern'), it was not a call for
    help; the help closes and the box holds both keys."""

    @keys.add("<any>", filter=Condition(lambda: screen.help and screen.help_over_box))
    def _typed_through(event: KeyPressEvent) -> None:
        if event.data.isprintable() and not event.data.startswith("\x1b"):
            screen.help = screen.help_over_box = False
            screen.box.insert("?" + event.data)
