"""An import's warnings on a terminal: each wrapped under itself with its FILE:LINE whole.  A long
path made rich break before it, leaving "warning:" alone on a line and every warning running into
the next with nothing to tell where one ended; to a file or a pipe each stays one line."""

from __future__ import annotations

import io

from rich.console import Console

from quizzer import render
from quizzer.extract.model import ExtractWarning

SOURCE = "notes/sub/deep/a-long-document-name-about-finding-files-and-their-contents.md"
WARNINGS = [ExtractWarning(12, "skipped: it does not read as a fact of its own among the lines around it, nor as a term"),
            ExtractWarning(13, "skipped: the option -w names no command in the notes")]


def printed(*, terminal: bool) -> list[str]:
    out = io.StringIO()
    console = Console(file=out, width=100, force_terminal=terminal, color_system=None, highlight=False,
                      markup=False, emoji=False)
    render._print_warnings(console, SOURCE, WARNINGS, verbose=False)  # noqa: SLF001
    return out.getvalue().splitlines()


def test_each_warning_hangs_under_itself_with_its_place_whole() -> None:
    lines = printed(terminal=True)
    assert [line.startswith("warning: ") for line in lines].count(True) == 2
    assert all(line.startswith(("warning: ", "  ")) for line in lines)
    assert any(f"{SOURCE}:12:" in line for line in lines) and any(f"{SOURCE}:13:" in line for line in lines)
    assert all(len(line) <= 100 for line in lines)


def test_to_a_file_each_warning_is_one_line() -> None:
    assert printed(terminal=False) == [
        f"warning: {SOURCE}:12: skipped: it does not read as a fact of its own among the lines around it, nor as a term",
        f"warning: {SOURCE}:13: skipped: the option -w names no command in the notes"]
