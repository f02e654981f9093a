"""``quizzer check`` in the terminal: print a shape, read one key, store the decision.

Thin: what to show comes from :mod:`quizzer.check_view`, what a key means from
:class:`quizzer.check_session.CheckSession`, and storing a decision is the
caller's ``store`` (which commits it before the next key is read).  The lines
stay in the terminal's scrollback (no full screen), each question with the key
that answered it.
"""

from __future__ import annotations

from collections.abc import Callable

from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import FormattedTextControl, Layout, Window
from prompt_toolkit.output import Output

from quizzer.check_session import CheckSession, Decision
from quizzer.check_view import card_lines, keys_lines, question, shape_lines

__all__ = ["read_key", "run_check"]


def read_key(prompt: str, keys: str, *, input: Input | None = None, output: Output | None = None) -> str | None:
    """Ask ``prompt`` on one line and wait for one of ``keys`` (either case); None for
    Ctrl-C, Ctrl-D or the end of the input.  Other keys do nothing.  The line stays
    on the terminal with the key that answered it."""
    bindings = KeyBindings()
    answer: list[str] = []

    def shown() -> StyleAndTextTuples:
        return [("bold", prompt + " "), ("", answer[0] if answer else "")]

    for key in {*keys.lower(), *keys.upper()}:

        @bindings.add(key)
        def _on_key(event: KeyPressEvent, key: str = key) -> None:
            answer.append(key.lower())
            event.app.exit()

    @bindings.add("c-c")
    @bindings.add("c-d")
    def _on_stop(event: KeyPressEvent) -> None:
        event.app.exit()

    @bindings.add("<any>")
    def _on_other(event: KeyPressEvent) -> None:
        pass

    app: Application[None] = Application(
        layout=Layout(Window(FormattedTextControl(shown, show_cursor=True), height=1)),
        key_bindings=bindings,
        full_screen=False,
        input=input,
        output=output,
    )
    try:
        app.run()
    except EOFError:  # the input ended (a closed pipe)
        return None
    return answer[0] if answer else None


def run_check(
    session: CheckSession,
    store: Callable[[Decision], None],
    *,
    write: Callable[[str], None],
    cols: int,
    input: Input | None = None,
    output: Output | None = None,
) -> None:
    """Go through ``session`` until it is done; ``store`` each decision as it is made.

    Ctrl-C, Ctrl-D and the end of the input end the session as ``q`` does: what
    was stored stays stored, the shape being looked at stays waiting.
    """
    shown: tuple[int, bool] | None = None  # the shape and mode whose keys were last shown
    while not session.done:
        lines: list[str] = []
        if shown is None or session.index != shown[0]:
            shape = session.current()
            assert shape is not None
            lines += ["", *shape_lines(shape, position=session.index + 1, total=len(session.shapes), cols=cols)]
        if session.one_by_one:
            lines += card_lines(session, cols=cols)
        if shown != (session.index, session.one_by_one):
            shown = (session.index, session.one_by_one)
            lines += keys_lines(session, cols=cols)
        for line in lines:
            write(line)
        key = read_key(question(session), session.keys, input=input, output=output)
        if key is None:
            session.stop()
            break
        decision = session.press(key)
        if decision is not None:
            store(decision)
