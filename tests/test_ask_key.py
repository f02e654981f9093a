"""The one-key question after an exam's report (``quizzer.screen.ask_key``)."""

from __future__ import annotations

import io
import re

from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output

from quizzer.screen import ask_key


def _asked(question: str, columns: int) -> str:
    """What the terminal shows while ``question`` waits (escape sequences taken out)."""
    stream = io.StringIO()
    output = Vt100_Output(stream, lambda: Size(rows=20, columns=columns), term="xterm")
    with create_pipe_input() as keys:
        keys.send_text("n")
        assert ask_key(question, "yYnN", input=keys, output=output) == "n"
    return re.sub(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07]*\x07|[()][0-9A-B]|[=>])", "", stream.getvalue())


def test_a_question_longer_than_the_terminal_is_shown_whole() -> None:
    """At 40 columns 'Send the 4 missed cards back into review, due today? [y/N]' lost its end
    ('… 오늘 복습하도록 되돌릴까', no '[y/N]'; found by qa5): the question wraps instead."""
    question = "틀린 카드 4장을 오늘 복습하도록 되돌릴까요? [y/N]"
    shown = _asked(question, 40)
    assert "되돌릴까요?" in shown and "[y/N]" in shown
    shown = _asked("Send the 4 missed cards back into review, due today? [y/N]", 40)
    assert "[y/N]" in shown


def test_enter_and_ctrl_d_say_no_and_either_case_says_its_key() -> None:
    from prompt_toolkit.output import DummyOutput

    # Ctrl-C is no answer: it ends the command as any Ctrl-C does (tests/test_ctrl_c.py)
    for pressed, said in (("\r", ""), ("\x04", ""), ("xY", "y"), ("N", "n")):
        with create_pipe_input() as keys:
            keys.send_text(pressed)
            assert ask_key("Send them back? [y/N]", "yn", input=keys, output=DummyOutput()) == said


def test_keys_typed_before_the_question_answer_nothing() -> None:
    """'clear; quizzer delete copy' typed while an exam's report printed: the 'y' of 'copy' sent the
    missed cards back.  What was typed on the terminal before the question is dropped; what is
    typed after it is read."""
    import os
    import pty
    import select
    import time
    import tty

    from quizzer.screen import drop_typed_ahead

    master, slave = pty.openpty()
    tty.setraw(slave)
    stream = os.fdopen(os.dup(slave), "r")

    def arrived() -> bool:  # a deadline, not a timing assertion
        end = time.monotonic() + 10
        while time.monotonic() < end:
            if select.select([slave], [], [], 0.05)[0]:
                return True
        return False

    try:
        os.write(master, b"copy")
        assert arrived()
        drop_typed_ahead(stream)
        assert select.select([slave], [], [], 0)[0] == []
        os.write(master, b"n")
        assert arrived() and os.read(slave, 10) == b"n"
        drop_typed_ahead(io.StringIO())  # not a terminal: nothing to do, nothing raised
    finally:
        stream.close()
        os.close(slave)
        os.close(master)


def test_a_word_typed_into_a_question_whose_yes_deletes_is_no() -> None:
    """'maybe' typed at 'Delete t1? [y/N]' deleted the deck: its 'm' and 'a' answered nothing and its 'y'
    answered yes (found by u-campaign).  Where yes deletes, a key that answers nothing is no; elsewhere
    it says which keys answer and waits."""
    from prompt_toolkit.output import DummyOutput

    for typed, said in (("maybe", ""), ("y", "y"), ("Y", "y"), ("n", "n"), ("\r", "")):
        with create_pipe_input() as keys:
            keys.send_text(typed)
            assert ask_key("Delete t1? [y/N]", "yYnN", stray_says_no=True, input=keys, output=DummyOutput()) == said
    with create_pipe_input() as keys:
        keys.send_text("maybe")
        assert ask_key("Send them back? [y/N]", "yYnN", input=keys, output=DummyOutput()) == "y"


def test_a_key_pressed_with_the_keyboard_left_in_korean_answers_as_its_letter() -> None:
    """u-campaign4: with the keyboard in Korean, the y key sends 'ㅛ' (n 'ㅜ', s 'ㄴ'): 'That key answers nothing
    here', and the person had to find the 한/영 key.  The key pressed is the answer it stands on."""
    from prompt_toolkit.output import DummyOutput

    for pressed, said in (("ㅛ", "y"), ("ㅜ", "n"), ("ㄴ", "s"), ("ㅁㅛ", "y")):
        with create_pipe_input() as keys:
            keys.send_text(pressed + "\x04")  # then Ctrl-D: no answer, had the key answered nothing
            assert ask_key("Keep? [y/n/s]", "yns", input=keys, output=DummyOutput()) == said, pressed


def test_an_order_typed_with_the_keyboard_left_in_korean_is_its_letters() -> None:
    from quizzer.quiz.check import parse_order
    from quizzer.quiz.model import Format, Question

    question = Question(Format.ORDER, "step", "d", "s", "Put the steps in order.", "", answer="", key="BAC",
                        choices=("one", "two", "three"))
    assert parse_order(question, "ㅠㅁㅊ") == "BAC"  # b a c as a Korean keyboard types them
    assert parse_order(question, "ㅁ츄") == "ACB"  # a c b: c and b joined into one syllable by the input method
    assert parse_order(question, "ㅁㅁㅊ") is None
