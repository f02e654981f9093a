"""A summary table of a task, the option doing it and why to use it (x-f33en1), in examples of our own: each row an
option note of the one command the notes' lines passing it run; of none or of several, no card (warned)."""

from __future__ import annotations

from tests.conftest import draft, facts, warned

NOTES = """# ffmpeg notes

## Cut a clip

```bash
ffmpeg -ss 00:01:00 -i talk.mp4 -t 30 clip.mp4
```

## Make it quiet

```bash
ffmpeg -i clip.mp4 -an silent.mp4
```

### Summary

| Task | Option | Why use it? |
| --- | --- | --- |
| **Start later** | `-ss [time]` | Skips the intro of a talk. |
| **Drop the sound** | `-an` | Smaller files for slides. |
"""


def test_each_row_is_an_option_of_the_command_passing_it() -> None:
    rows = [fact for fact in facts(NOTES) if fact[1] == "option"]
    assert rows == [
        (19, "option", "ffmpeg", "-ss", "Start later\nSkips the intro of a talk."),
        (20, "option", "ffmpeg", "-an", "Drop the sound\nSmaller files for slides."),
    ]
    [start] = [note for note in draft(NOTES).notes if note.front == "-ss"]
    assert "-ss [time]" in start.answers


def test_an_option_no_line_passes_is_no_card() -> None:
    text = NOTES.replace("| **Drop the sound** | `-an` |", "| **Drop the video** | `-vn` |")
    assert [fact[3] for fact in facts(text) if fact[1] == "option"] == ["-ss"]
    assert 20 in warned(text)


def test_an_option_two_commands_pass_is_no_card() -> None:
    text = NOTES.replace("ffmpeg -i clip.mp4 -an silent.mp4", "sox clip.wav -an out.wav")
    assert [fact[3] for fact in facts(text) if fact[1] == "option"] == ["-ss"]


def test_a_table_of_another_shape_is_not_read_so() -> None:
    text = NOTES.replace("| **Start later** | `-ss [time]` |", "| **Start later** | start at a time |")
    assert [fact for fact in facts(text) if fact[1] == "option" and "Skips" in fact[4]] == []
