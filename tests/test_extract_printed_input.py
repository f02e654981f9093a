"""A line that prints quoted text into another program (``echo "text" | pbcopy``) or prints a command's output
(``echo `pbpaste```, ``echo "$(date)"``): the printer only feeds or shows the other program, the line is that
program's (knowledge.ECHOING_PROGRAMS, one test per entry); examples of our own."""

from __future__ import annotations

import pytest

from conftest import facts as _notes
from quizzer.extract.knowledge import ECHOING_PROGRAMS
from quizzer.shell import parse_invocation

_QUOTED = {"echo": 'echo "가나다" | base64', "printf": "printf '가나다\\n' | base64"}


def test_every_printer_has_its_line() -> None:
    assert set(_QUOTED) == ECHOING_PROGRAMS


@pytest.mark.parametrize("printer", sorted(ECHOING_PROGRAMS))
def test_quoted_text_printed_into_a_program_is_that_program_s_line(printer: str) -> None:
    invocation = parse_invocation(_QUOTED[printer])
    assert invocation is not None and invocation.command == "base64"
    assert invocation.line == _QUOTED[printer]  # kept as written


@pytest.mark.parametrize("printer", sorted(ECHOING_PROGRAMS))
def test_a_command_s_output_printed_whole_is_that_command_s_line(printer: str) -> None:
    for line in (f"{printer} `hostname`", f'{printer} "$(hostname)"', f"{printer} $(hostname -s)"):
        invocation = parse_invocation(line)
        assert invocation is not None and invocation.command == "hostname", line


def test_text_around_the_substitution_keeps_the_printer_s_line() -> None:
    invocation = parse_invocation('echo "host: $(hostname)"')
    assert invocation is not None and invocation.command == "echo"


def test_unquoted_words_printed_into_a_pipe_are_read_as_before() -> None:
    invocation = parse_invocation("echo $PATH | base64")
    assert invocation is not None and invocation.command == "echo"


def test_a_heading_over_the_line_makes_a_card_of_the_program_fed() -> None:
    notes = _notes("## 클립보드로 복사\n\n```bash\n$ echo \"안녕\" | xclip\n```\n")
    assert [(n[2], n[3]) for n in notes] == [("xclip", 'echo "안녕" | xclip')]
