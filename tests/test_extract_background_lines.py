"""A line that starts a program in the background and goes on with others, under the text that says what it does::

    Serve the folder and fetch its index in one go:
    ```bash
    python3 -m http.server 8000 & sleep 1; curl -s localhost:8000/
    ```

The text says what the whole line does; a card would give it to the first program alone (``python3 -m
http.server 8000`` → "Serve the folder and fetch its index"), which is not what that part does.  A warning with
the line instead (the general gate, ``gate.BACKGROUNDED``).  ``&&`` (and then) and a lone ``&`` ending the line
(run this in the background) are other shapes.
"""

from __future__ import annotations

from conftest import draft, facts

_LINE = "python3 -m http.server 8000 & sleep 1; curl -s localhost:8000/"


def _under_text(line: str) -> str:
    return f"# web\n\nServe the folder and fetch its index in one go:\n\n```bash\n{line}\n```\n"


def test_a_line_going_on_after_a_background_program_is_warned_not_a_card() -> None:
    result = draft(_under_text(_LINE))
    assert list(result.notes) == []
    assert any(w.line == 6 and "in the background" in w.message for w in result.warnings)


def test_a_background_program_alone_or_an_and_then_chain_keeps_its_card() -> None:
    assert [front for _line, _kind, _command, front, _back in facts(_under_text("python3 -m http.server 8000 &"))] == [
        "python3 -m http.server 8000"
    ]
    assert len(facts(_under_text("make && make install"))) == 1
