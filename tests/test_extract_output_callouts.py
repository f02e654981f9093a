"""A callout holding what a command printed (quizzer/extract/output_callouts.py), in examples of our own."""

from __future__ import annotations

from conftest import facts

_NOTES = """# pkgtool

Find which package ships a file:
```
pkgtool owns /usr/bin/mailq
```

> [!example]- Output example: `$ pkgtool owns /usr/bin/mailq`
> ```
> postie-1.2 : a tiny mail relay
> ```
>
> So these packages ship it here:
> - `postie` - A tiny mail relay for one host
> - `bigmail` - The big mail server

Show what a package holds:
```
pkgtool files <package>
```
"""


def test_nothing_in_an_output_callout_is_read_nor_is_its_title_a_description() -> None:
    assert [(line, command, front, back) for line, _, command, front, back in facts(_NOTES)] == [
        (5, "pkgtool", "pkgtool owns /usr/bin/mailq", "Find which package ships a file"),
        (19, "pkgtool", "pkgtool files", "Show what a package holds"),
    ]


def test_a_callout_of_another_title_is_read_as_before() -> None:
    notes = _NOTES.replace("[!example]- Output example: `$ pkgtool owns /usr/bin/mailq`", "[!tip] Mail programs")
    assert {front for _, _, _, front, _ in facts(notes)} >= {"postie", "bigmail"}


def test_a_callout_whose_title_goes_on_after_output_or_result_is_read() -> None:
    text = (
        "# Pipes\n\n> [!warning] Output buffering surprises\n> - `stdbuf -oL tool` : flushes its output at each line\n\n"
        "> [!tip] Result files\n> - `tee -a log.txt` : appends what it reads to the file\n"
    )
    assert [(front, back) for *_, front, back in facts(text)] == [
        ("stdbuf -oL tool", "flushes its output at each line"), ("tee -a log.txt", "appends what it reads to the file"),
    ]
