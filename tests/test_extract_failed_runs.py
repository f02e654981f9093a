"""A prompted line whose program answers with an error is a failing example: no card from the comment above it.

``$ rmdir build`` over ``rmdir: failed to remove 'build': Directory not empty``: the comment says what the author
tried; the line does not do it.  A notice the program prints on success is no error.
"""

from __future__ import annotations

from conftest import draft


def _cards(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    deck = draft(text)
    return [(note.front, note.back) for note in deck.notes], [warning.message for warning in deck.warnings]


_DEMO = """# 빌드 폴더 정리

```shell
# 빌드 폴더 지우기
$ rmdir build
rmdir: failed to remove 'build': Directory not empty

# 안의 파일까지 함께 지우기
$ rm -r build
```
"""


def test_a_line_answered_by_its_programs_error_is_warned_not_carded() -> None:
    cards, warnings = _cards(_DEMO)
    assert not any(front.startswith("rmdir") for front, _ in cards)
    assert ("rm -r build", "안의 파일까지 함께 지우기") in cards
    assert any("line 5" in w and "error" in w for w in warnings)


def test_the_same_in_english_with_no_blank_line_after_the_error() -> None:
    cards, warnings = _cards(
        "# Notes\n\n```console\n# Show the log\n$ cat app.log\ncat: app.log: No such file or directory\n"
        "$ cat /var/log/app.log\n```\n"
    )
    # the comment heads the failing line; it is given to no other line either
    assert cards == []
    assert any("line 5" in w and "error" in w for w in warnings)


def test_a_notice_printed_on_success_is_no_error() -> None:
    cards, _ = _cards("# Notes\n\n```console\n# Trace the server\n$ strace -p 4242\nstrace: Process 4242 attached\n```\n")
    assert ("strace -p 4242", "Trace the server") in cards


def test_another_programs_error_line_is_left_alone() -> None:
    # the message is the shell's, about the next word: not this line's program answering
    cards, _ = _cards("# Notes\n\n```console\n# List the files\n$ ls -l\nbash: warning: setlocale failed\n```\n")
    assert ("ls -l", "List the files") in cards
