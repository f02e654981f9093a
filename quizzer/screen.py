"""Pieces every full-screen view shares (review, quiz, exam): plain fragments only.

Each piece returns prompt-toolkit lines (lists of ``(style, text)`` fragments);
note text always goes in as plain text, wrapped by display width (Korean takes
two cells a character), never as markup.  A screen is a header, a body that
gives way when rows are short, and a key bar that always shows.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TextIO

from prompt_toolkit.application import Application
from prompt_toolkit.data_structures import Size
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.filters import Condition
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import ConditionalKeyBindings, KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.key_binding.key_bindings import KeyBindingsBase
from prompt_toolkit.layout import FormattedTextControl, Layout, Window
from prompt_toolkit.keys import Keys
from prompt_toolkit.output import Output
from prompt_toolkit.styles import Style
from prompt_toolkit.utils import suspend_to_background_supported

from quizzer.i18n import _
from quizzer.keyboard import keys_pressed
from quizzer.text import visible, width, wrap

__all__ = [
    "COMPACT_ROWS",
    "MIN_COLUMNS",
    "MIN_ROWS",
    "SPACER",
    "STOP_KEYS",
    "STYLE",
    "add_stop_keys",
    "ask_choice",
    "ask_key",
    "drop_typed_ahead",
    "fit",
    "help_lines",
    "is_interrupt",
    "press_latin_key",
    "join_lines",
    "key_lines",
    "keys_unless_too_small",
    "read_key",
    "rule",
    "too_small",
    "too_small_screen",
    "window",
    "wrapped",
]

MIN_COLUMNS = 40
MIN_ROWS = 14
COMPACT_ROWS = 20  # below this, labels get shorter so the card itself always shows

STYLE = Style.from_dict(
    {
        "title": "bold",
        "dim": "#8a8a8a",
        "prompt": "italic #5fafff",
        "question": "bold",
        "context": "#d7af5f",
        "answer": "bold #5fd75f",
        "after": "#87af87",
        "bar.done": "#5fd75f",
        "bar.left": "#444444",
        "key": "reverse",
        "message": "#ff875f",
        "leech": "bold #ff5f5f",
        "right": "bold #5fd75f",
        "almost": "bold #d7af5f",
        "wrong": "bold #ff5f5f",
        "timer": "bold",
        "timer.low": "bold #ff5f5f",
        "chosen": "reverse bold",
        "typed": "bold",
        "diff.missing": "underline #5fd75f",
        "diff.extra": "strike #ff5f5f",
    }
)

#: A blank line that may go when space is short (compare with ``is``).
SPACER: StyleAndTextTuples = []


def wrapped(text: str, cols: int, style: str, indent: str = "") -> list[StyleAndTextTuples]:
    """``text`` as lines of at most ``cols`` cells, each a plain fragment.

    Control characters and bidirectional overrides in it are shown, not obeyed
    (:func:`quizzer.text.visible`): prompt-toolkit shows C0/C1 itself, not U+202E.  A line that is
    an item (``• ``, as a command line's flags are listed) goes on under its own text.
    """
    lines: list[str] = []
    for paragraph in visible(text).split("\n"):
        if paragraph.startswith("• "):
            first, *rest = wrap(paragraph[2:], max(cols - 2, 8))
            lines += ["• " + first, *("  " + line for line in rest)]
        else:
            lines += wrap(paragraph, max(cols, 10))
    return [[(style, indent + line)] for line in lines]


def key_lines(key: str, text: str, cols: int) -> list[StyleAndTextTuples]:
    """`` Enter  what it does`` with ``text`` wrapped beside the key (never cut at the edge)."""
    label = f" {key} "
    indent = width(label) + 1
    body = wrap(visible(text), max(cols - indent, 10))
    lines: list[StyleAndTextTuples] = [[("class:key", label), ("", " " + body[0])]]
    lines += [[("", " " * indent + rest)] for rest in body[1:]]
    return lines


def rule(cols: int) -> StyleAndTextTuples:
    return [("class:dim", "─" * max(cols, 0))]


def join_lines(lines: Sequence[StyleAndTextTuples]) -> StyleAndTextTuples:
    """Lines into one fragment list, newline-separated (what a control draws)."""
    out: StyleAndTextTuples = []
    for n, line in enumerate(lines):
        if n:
            out.append(("", "\n"))
        out.extend(line)
    return out


def too_small(size: Size) -> bool:
    return size.columns < MIN_COLUMNS or size.rows < MIN_ROWS


def too_small_screen(size: Size, message: str) -> StyleAndTextTuples | None:
    """What a screen shows instead of itself when the terminal is smaller than
    ``MIN_COLUMNS`` × ``MIN_ROWS``; None when it fits.  ``message``: the screen's
    sentence, with ``{columns}``, ``{rows}``, ``{min_columns}`` and ``{min_rows}``."""
    if not too_small(size):
        return None
    text = message.format(columns=size.columns, rows=size.rows, min_columns=MIN_COLUMNS, min_rows=MIN_ROWS)
    return join_lines([[("class:message", line)] for line in wrap(text, max(size.columns - 1, 1))])


#: The keys that leave every full-screen view, whatever it shows (the answer box open, the help, a
#: terminal too small): Ctrl-D stops (the screen's normal end, status 0), Ctrl-C interrupts
#: (the same end, then 'Interrupted.', status 130).  A screen may add its own (the review's q).
STOP_KEYS: tuple[str | Keys, ...] = (Keys.ControlD, Keys.ControlC)


def is_interrupt(event: KeyPressEvent) -> bool:
    """Was ``event`` a Ctrl-C (the command then ends as an interrupt does), not a stop?"""
    return event.key_sequence[0].key in (Keys.ControlC, Keys.SIGINT)


def add_stop_keys(keys: KeyBindings, leave: Callable[[KeyPressEvent], None], *also: str | Keys) -> None:
    """Bind :data:`STOP_KEYS` and the screen's own ``also`` to ``leave``, whatever else is bound."""
    for key in dict.fromkeys((*STOP_KEYS, *also)):
        keys.add(key)(leave)


def keys_unless_too_small(
    keys: KeyBindingsBase, size: Callable[[], Size], leave: Callable[[KeyPressEvent], None], *also: str | Keys,
) -> KeyBindingsBase:
    """A screen's ``keys`` while it shows itself.  On a terminal too small it shows only a
    sentence naming a key that leaves: then :data:`STOP_KEYS` and the screen's ``also`` (the key its
    sentence names) call ``leave``, and every other key is taken and does nothing (none may type into,
    answer or open what no one sees)."""
    small = Condition(lambda: too_small(size()))
    hidden = KeyBindings()
    for key in dict.fromkeys((*STOP_KEYS, *also)):
        hidden.add(key, filter=small)(leave)

    @hidden.add("<any>", filter=small)
    def _unseen(event: KeyPressEvent) -> None:
        """Taken (never left for a screen no one sees): nothing changes."""

    return merge_key_bindings([ConditionalKeyBindings(keys, filter=~small), hidden, _SUSPEND_KEYS, _NO_MOUSE])


def press_latin_key(event: KeyPressEvent) -> bool:
    """A Hangul letter that answers nothing on a screen, typed with the keyboard left in Korean (ㅂ for q): the
    key it stands on, pressed in its place (True); False for any other key, which stays unanswered."""
    pressed = keys_pressed(event.data)
    if pressed == event.data or len(pressed) != 1 or not pressed.isascii():
        return False
    from prompt_toolkit.key_binding.key_processor import KeyPress

    event.app.key_processor.feed(KeyPress(pressed, pressed), first=True)
    return True


def _no_mouse() -> KeyBindings:
    """quizzer reads no mouse, and prompt-toolkit reads any ``ESC [ digits;… m`` as one of its reports: a
    colour code sent with the keys (``ESC [31m``, pasted from a terminal's output) was a traceback over the
    screen ('Press ENTER to continue') and the keys after it were lost.  Such a sequence is dropped."""
    keys = KeyBindings()

    @keys.add(Keys.Vt100MouseEvent)
    @keys.add(Keys.WindowsMouseEvent)
    def _dropped(event: KeyPressEvent) -> None:
        """Nothing: no text, no click."""

    return keys


_NO_MOUSE = _no_mouse()


def _suspend_keys() -> KeyBindings:
    """Ctrl-Z puts a screen in the background, as in any terminal program, and ``fg`` brings it back
    drawn again (it was taken and ignored: a ``fg`` typed after it went into the answer box)."""
    keys = KeyBindings()

    @keys.add("c-z", filter=Condition(suspend_to_background_supported))
    def _suspend(event: KeyPressEvent) -> None:
        event.app.suspend_to_background()

    return keys


_SUSPEND_KEYS = _suspend_keys()


def fit(
    top: list[StyleAndTextTuples], body: list[StyleAndTextTuples], bottom: list[StyleAndTextTuples], rows: int
) -> list[StyleAndTextTuples]:
    """Header, body and keys in ``rows`` lines; the body gives way so the keys always show.

    Spacers go first, then the body is cut with an ellipsis; the keys stay at the bottom.
    """
    room = rows - len(top) - len(bottom)
    if len(body) > room:
        body = [line for line in body if line is not SPACER]
    if len(body) > room:
        body = body[: max(room - 1, 0)] + [[("class:dim", "…")]]
    padding: list[StyleAndTextTuples] = [[] for _ in range(max(room - len(body), 0))]
    return top + body + padding + bottom


def window(sizes: Sequence[int], first: int, room: int) -> tuple[int, int]:
    """Which blocks of lines (their ``sizes``) show in ``room`` lines from block ``first`` on: their
    range ``(first, end)``; at least one, and moved back so the last block ends the room when the
    blocks before it would fit (scrolled to the end, the room stays full)."""
    if not sizes:
        return 0, 0
    first = max(0, min(first, len(sizes) - 1))
    end, used = first, 0
    while end < len(sizes) and used + sizes[end] <= room:
        used += sizes[end]
        end += 1
    end = max(end, first + 1)
    while end == len(sizes) and first > 0 and used + sizes[first - 1] <= room:
        first -= 1
        used += sizes[first]
    return first, end


def help_lines(title: str, keys: Sequence[tuple[str, str]], cols: int) -> list[StyleAndTextTuples]:
    """A help page: each key, then what it does, wrapped beside it."""
    lines: list[StyleAndTextTuples] = [[("class:title", title)]]
    key_width = max((width(key) for key, _ in keys), default=0) + 1
    for key, meaning in keys:
        lines_of = wrap(meaning, max(cols - key_width, 10))
        lines.append([("class:key", key), ("", " " * (key_width - width(key)) + lines_of[0])])
        lines += [[("", " " * key_width + rest)] for rest in lines_of[1:]]
    return lines


def _wrapped(question: str) -> str:
    """``question`` broken between words to the terminal's width, a space after it for the key."""
    from prompt_toolkit.application.current import get_app

    columns = get_app().output.get_size().columns
    return "\n".join(wrap(question, max(columns - 2, 10))) + " "


def read_key(prompt: str, keys: str, *, enter_says_no: bool = False, stray_says_no: bool = False,
             input: Input | None = None, output: Output | None = None) -> str | None:
    """Ask ``prompt`` (broken between words to the terminal's width) and wait for one of ``keys``,
    either case; the key, lower-cased, stays shown after the question.  None for Ctrl-D and the end of
    the input, ``""`` for Enter when ``enter_says_no``; Ctrl-C raises KeyboardInterrupt once the question is
    put away (the command ends as any Ctrl-C ends it: 'Interrupted.', status 130); another key says,
    below the question, which keys answer it, or with ``stray_says_no`` answers None: a word typed
    into the question ('maybe') is no answer, and its 'y' must not be read as one."""
    bindings = KeyBindings()
    answer: list[str] = []
    interrupted: list[bool] = []
    hint: list[str] = []  # after a key that answers nothing: which keys do

    def shown() -> StyleAndTextTuples:
        said = [("", "\n" + _wrapped(hint[0]).rstrip())] if hint and not answer else []
        return [("bold", _wrapped(prompt)), ("", answer[0] if answer else ""), *said]

    for key in {*keys.lower(), *keys.upper()}:

        @bindings.add(key)
        def _on_key(event: KeyPressEvent, key: str = key) -> None:
            answer.append(key.lower())
            event.app.exit()

    @bindings.add("c-d")
    def _on_stop(event: KeyPressEvent) -> None:
        event.app.exit()

    @bindings.add("c-c")
    @bindings.add(Keys.SIGINT)  # a Ctrl-C typed while the terminal was not yet raw for the question
    def _on_interrupt(event: KeyPressEvent) -> None:
        interrupted.append(True)
        event.app.exit()

    if enter_says_no:

        @bindings.add("enter")
        def _on_enter(event: KeyPressEvent) -> None:
            answer.append("")
            event.app.exit()

    @bindings.add("<any>")
    def _on_other(event: KeyPressEvent) -> None:
        pressed = keys_pressed(event.data).lower()  # the keyboard left in Korean: ㅛ is the y key
        if pressed != event.data.lower() and len(pressed) == 1 and pressed in keys.lower():
            answer.append(pressed)
            event.app.exit()
        elif stray_says_no:
            event.app.exit()
        elif not hint:
            hint.append(_("That key answers nothing here: press one of the letters in brackets."))

    app: Application[None] = Application(
        # as many lines as the question takes: one line cut it at 40 columns ('… 되돌릴까', no [y/N])
        layout=Layout(Window(FormattedTextControl(shown, show_cursor=True), wrap_lines=True)),
        key_bindings=merge_key_bindings([bindings, _NO_MOUSE]),
        full_screen=False,
        input=input,
        output=output,
    )
    try:
        app.run()
    except EOFError:  # the input ended (a closed pipe)
        return None
    if interrupted:
        raise KeyboardInterrupt
    return answer[0] if answer else None


def ask_key(question: str, keys: str, *, stray_says_no: bool = False,
            input: Input | None = None, output: Output | None = None) -> str:
    """A yes/no question: one of ``keys`` (lower-cased), or ``""`` for Enter and Ctrl-D (the default, no);
    Ctrl-C raises KeyboardInterrupt (:func:`read_key`).  ``stray_says_no`` (a question whose yes
    deletes): any other key is no as well."""
    return ask_choice(question, keys, stray_says_no=stray_says_no, input=input, output=output) or ""


def ask_choice(question: str, keys: str, *, stray_says_no: bool = False,
               input: Input | None = None, output: Output | None = None) -> str | None:
    """:func:`ask_key` for a question whose Enter does something (the exam offered again: Enter leaves
    it and starts a new one): None for Ctrl-D and the end of the input, which stop, ``""`` for Enter.

    Keys typed before the question was shown answer nothing: on a terminal they are dropped first
    (the 'y' of a command typed ahead, 'clear; quizzer delete copy', answered the exam's question)."""
    if input is None:
        import sys

        drop_typed_ahead(sys.stdin)
    return read_key(question, keys, enter_says_no=True, stray_says_no=stray_says_no, input=input, output=output)


def drop_typed_ahead(stream: TextIO) -> None:
    """Discard what was typed on the terminal ``stream`` and not yet read (nothing else is touched)."""
    try:
        import termios
    except ImportError:  # Windows
        return
    try:
        fileno = stream.fileno()
        if os.isatty(fileno):
            termios.tcflush(fileno, termios.TCIFLUSH)
    except (termios.error, OSError, ValueError):  # no terminal: a pipe, a closed or replaced stdin
        pass
