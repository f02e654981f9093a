"""A prompted line whose program answers with an error is a failing example: no card from the comment above it.

``$ rmdir build`` over ``rmdir: failed to remove 'build': Directory not empty``: the comment says what the author
tried; the line does not do it.  A notice the program prints on success is no error.
"""

from __future__ import annotations

import pytest

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


def test_a_comment_marking_the_line_below_as_not_working_makes_no_card_of_what_it_does() -> None:
    # the text above the block says the lines below fail; the comment says why: a fact of that line, about the
    # program the reason names; the next block's line is read as before
    text = (
        "## 권한\n\n"
        "다음처럼 하면 실패한다.\n\n"
        "```sh\n"
        "# 사용 불가: sudo가 파이프 뒤 명령에는 적용 안 됨\n"
        "sudo echo 1 | tee /proc/sys/vm/drop_caches\n"
        "```\n\n"
        "```sh\n"
        "# 캐시 비우기\n"
        "echo 1 | sudo tee /proc/sys/vm/drop_caches\n"
        "```\n"
    )
    deck = draft(text)
    notes = [(n.line, n.kind.value, n.command, n.front, n.back) for n in deck.notes]
    assert (7, "concept", "sudo", "sudo echo 1 | tee /proc/sys/vm/drop_caches", "sudo가 파이프 뒤 명령에는 적용 안 됨") in notes
    assert not any(n.kind.value == "command" and n.line == 7 for n in deck.notes)
    assert any(n.line == 12 and n.back == "캐시 비우기" for n in deck.notes)
    assert 7 in [w.line for w in deck.warnings]


@pytest.mark.parametrize("comment", ["# Wrong", "# ❌ 안 됨", "# doesn't work!", "# Bad: the glob is quoted"])
def test_a_mark_alone_or_with_its_reason_is_no_description(comment: str) -> None:
    text = f"# 찾기\n\n```sh\n{comment}\nls '*.txt'\n```\n"
    assert not any(n.kind.value == "command" for n in draft(text).notes)


def test_a_comment_on_failure_that_says_what_to_do_is_a_description() -> None:
    # "실패 시 …" (on failure, …) says what the line does then, it marks nothing as failing
    text = "# 배포\n\n```sh\n# 실패 시 다시 시도\nmake deploy || make deploy\n```\n"
    deck = draft(text)
    assert [n.line for n in deck.notes if "실패 시 다시 시도" in n.back] == [5]
    assert not any("does not work" in w.message for w in deck.warnings)


def test_a_comment_about_a_path_the_line_writes_to_is_not_what_the_line_does() -> None:
    text = (
        "# 임시 파일\n\n"
        "```sh\n"
        "# 리눅스에서 /var/tmp 디렉토리는 재부팅해도 지워지지 않음\n"
        "cp build.log /var/tmp/build.log\n"
        "```\n"
    )
    deck = draft(text)
    assert deck.notes == () or not any(n.line == 5 for n in deck.notes)
    assert 5 in [w.line for w in deck.warnings]


def test_a_remark_in_brackets_on_the_lines_own_command_is_its_card() -> None:
    # the words before the brackets are what the two lines do together (make the folder, copy into it)
    text = (
        "# 백업\n\n"
        "```sh\n"
        "# 백업 폴더로 설정 복사 (mkdir -p는 폴더가 없을 때만 만듦)\n"
        "mkdir -p ~/backup/conf\n"
        "cp ~/.config/app.toml ~/backup/conf/\n"
        "```\n"
    )
    deck = draft(text)
    notes = [(n.line, n.command, n.front, n.back) for n in deck.notes]
    assert (5, "mkdir", "mkdir -p ~/backup/conf", "폴더가 없을 때만 만듦") in notes
    assert not any("백업 폴더로 설정 복사" in n.back for n in deck.notes)
    assert 5 in [w.line for w in deck.warnings]
