"""``quizzer check`` in the terminal: print a shape, read one key, store the decision.

Thin: what to show comes from :mod:`quizzer.check_view`, what a key means from
:class:`quizzer.check_session.CheckSession`, and storing a decision is the
caller's ``store`` (which commits it before the next key is read).  The lines
stay in the terminal's scrollback (no full screen), each question with the key
that answered it.
"""

from __future__ import annotations

from collections.abc import Callable

from prompt_toolkit.input import Input
from prompt_toolkit.output import Output

from quizzer.check_session import CheckSession, Decision
from quizzer.check_view import card_lines, keys_lines, question, shape_lines
from quizzer.screen import read_key

__all__ = ["read_key", "run_check"]


def run_check(
    session: CheckSession,
    store: Callable[[Decision], None],
    *,
    write: Callable[[str], None],
    cols: Callable[[], int],
    input: Input | None = None,
    output: Output | None = None,
) -> None:
    """Go through ``session`` until it is done; ``store`` each decision as it is made.

    Ctrl-C, Ctrl-D and the end of the input end the session as ``q`` does: what
    was stored stays stored, the shape being looked at stays waiting.  ``cols``: the terminal's
    width now, read for each thing shown (a window resized during the check: the next group fits it).
    """
    shown: tuple[int, bool] | None = None  # the shape and mode whose keys were last shown
    while not session.done:
        width = cols()
        lines: list[str] = []
        if shown is None or session.index != shown[0]:
            shape = session.current()
            assert shape is not None
            lines += ["", *shape_lines(shape, position=session.index + 1, total=len(session.shapes), cols=width)]
        if session.one_by_one:
            lines += card_lines(session, cols=width)
        if shown != (session.index, session.one_by_one):
            shown = (session.index, session.one_by_one)
            lines += keys_lines(session, cols=width)
        for line in lines:
            write(line)
        try:
            key = read_key(question(session), session.keys, input=input, output=output)
        except KeyboardInterrupt:  # what was decided stays decided; the command says it and ends with 130
            session.stop()
            raise
        if key is None:
            session.stop()
            break
        decision = session.press(key)
        if decision is not None:
            store(decision)
