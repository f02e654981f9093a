"""Captions in parentheses over the lines of a block (``(태그까지 받기)`` / ``$ git fetch --tags``), each run apart by a
blank line: the caption says what its line does, not the text above the block (fences.paren_captioned); examples of
our own."""

from __future__ import annotations

from conftest import facts as _notes

_BLOCK = (
    "## 가져오기\n\n"
    "> 어제 회의에서 원격 저장소를 정리하자는 이야기가 나와서 적어 둔다. 한동안 안 쓰던 명령이다.\n\n"
    "    (원격의 변경만 받기)\n"
    "    $ git fetch origin\n"
    "    \n"
    "    (태그까지 받기)\n"
    "    $ git fetch --tags\n"
)


def test_each_caption_says_what_its_line_does() -> None:
    notes = _notes(_BLOCK)
    assert (5, "command", "git fetch", "git fetch origin", "원격의 변경만 받기") in notes
    assert (8, "command", "git fetch", "git fetch --tags", "태그까지 받기") in notes
    assert not [n for n in notes if "회의" in n[4]]  # the story above is no line's meaning


def test_a_fenced_block_without_prompts_reads_the_same() -> None:
    text = "```\n(원격의 변경만 받기)\ngit fetch origin\n(태그까지 받기)\ngit fetch --tags\n```\n"
    assert [(n[3], n[4]) for n in _notes(text)] == [
        ("git fetch origin", "원격의 변경만 받기"), ("git fetch --tags", "태그까지 받기"),
    ]


def test_a_parenthesised_line_printed_right_after_a_run_is_no_caption() -> None:
    text = "```\n$ git status\nOn branch main\n(use \"git push\" to publish)\n$ git push\n```\n"
    assert not [n for n in _notes(text) if "publish" in n[4]]


def test_one_run_alone_is_not_read_as_captioned() -> None:
    text = "```\n(태그까지 받기)\n$ git fetch --tags\n```\n"
    assert not [n for n in _notes(text) if n[4] == "태그까지 받기"]
