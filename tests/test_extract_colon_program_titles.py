"""A title that names a program bare, then a colon and what it does (``# fio: 디스크 성능 확인``), over code blocks
that run it: a command note of that program at the title's line, and the program is the notes' own; a title
whose name the blocks never run is no program. A phrase opening with the program's name (``- fio 자체의 장점: …``)
is neither a command line nor a term. Examples of our own."""

from __future__ import annotations

from conftest import draft

_NOTES = """# fio: 디스크 성능 확인

```sh
# 순차 읽기 측정
fio --name=seq --rw=read --size=1G
```

## 메모

- fio 자체의 장점: 설정 파일 하나로 반복하기 좋음
"""


def test_the_title_is_the_programs_note() -> None:
    notes = draft(_NOTES).notes
    assert [(note.command, note.front, note.back, note.line) for note in notes if note.front == "fio"] == [
        ("fio", "fio", "디스크 성능 확인", 1)
    ]


def test_a_phrase_opening_with_the_program_is_no_card() -> None:
    result = draft(_NOTES)
    assert not [note for note in result.notes if note.line == 10]
    assert [warning.line for warning in result.warnings if "phrase about a program" in warning.message] == [10]


def test_a_title_whose_name_no_block_runs_is_no_program() -> None:
    text = "# notes: 디스크 성능 확인\n\n```sh\n# 순차 읽기 측정\nfio --name=seq --rw=read\n```\n"
    assert not [note for note in draft(text).notes if note.front == "notes"]
