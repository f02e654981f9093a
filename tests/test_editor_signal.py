"""An editor stopped by a signal (Ctrl-C in a terminal editor, a kill) is said in words,
not as a negative exit status."""

from __future__ import annotations

import shutil

import pytest

from quizzer.editor import run_editor

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


def test_an_editor_killed_by_a_signal_is_named_by_the_signal() -> None:
    message = run_editor(["sh", "-c", "kill -INT $$"])
    assert message is not None
    assert "SIGINT" in message and "-2" not in message
    assert "not re-imported" in message


def test_an_editor_that_fails_still_gives_its_status() -> None:
    message = run_editor(["sh", "-c", "exit 3"])
    assert message is not None and "status 3" in message


def test_an_editor_that_ends_well_is_no_message() -> None:
    assert run_editor(["sh", "-c", "exit 0"]) is None
