"""A remark in italics hugging the last item of a numbered procedure (``*Tip: …*`` on the line right under it):
markdown joins it to the item, a reader sees a remark set apart, no part of the step (quizzer/extract/asides.py
italic_remark), in examples of our own (x-f31en1)."""

from __future__ import annotations

from conftest import draft, warned

_NOTES = (
    "# Releases\n\n"
    "## Rolling back\n\n"
    "1. Stop the web service.\n"  # 5
    "2. Point the `current` link at the old build.\n"  # 6
    "3. Start the web service again.\n"  # 7
    "{remark}\n"  # 8
)


def _steps(text: str) -> list[tuple[int, int | None, str]]:
    return [(note.line, note.position, note.back) for note in draft(text).notes if note.kind.value == "step"]


def test_the_italic_remark_is_no_part_of_the_last_step() -> None:
    for remark in ("*Tip: a restart also clears the cache.*", "_Note: keep the old build for a week._",
                   "*참고: 캐시도 함께 비워진다.*"):
        text = _NOTES.format(remark=remark)
        assert _steps(text) == [
            (5, 1, "Stop the web service."),
            (6, 2, "Point the current link at the old build."),
            (7, 3, "Start the web service again."),
        ]
        assert 8 in warned(text)


def test_a_line_that_goes_on_with_the_step_stays_in_it() -> None:
    # no label and colon: the sentence wraps onto the next line, one step
    text = _NOTES.format(remark="*and wait for its health check.*")
    assert _steps(text)[-1] == (7, 3, "Start the web service again. and wait for its health check.")
    text = _NOTES.format(remark="then wait: the health check takes a minute.")
    assert _steps(text)[-1] == (7, 3, "Start the web service again. then wait: the health check takes a minute.")
