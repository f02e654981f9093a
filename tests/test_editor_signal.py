"""An editor stopped by a signal (Ctrl-C in a terminal editor, a kill) is said in words,
not as a negative exit status."""

from __future__ import annotations

import shutil
import sys

import pytest

from quizzer.editor import run_editor

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


# The editor restores SIGINT's default before it sends it to itself: a shell inherits an ignored
# SIGINT (a test run started in the background) and cannot reset it, so `sh -c 'kill -INT $$'`
# would end well there.
_KILLED_BY_SIGINT = (
    "import os, signal; signal.signal(signal.SIGINT, signal.SIG_DFL); os.kill(os.getpid(), signal.SIGINT)"
)


def test_an_editor_killed_by_a_signal_is_named_by_the_signal() -> None:
    message = run_editor([sys.executable, "-c", _KILLED_BY_SIGINT])
    assert message is not None
    assert "SIGINT" in message and "-2" not in message
    assert "not re-imported" in message


def test_an_editor_that_fails_still_gives_its_status() -> None:
    message = run_editor(["sh", "-c", "exit 3"])
    assert message is not None and "status 3" in message


def test_an_editor_that_ends_well_is_no_message() -> None:
    assert run_editor(["sh", "-c", "exit 0"]) is None
