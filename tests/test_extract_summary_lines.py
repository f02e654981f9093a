"""A page's front matter: a summary of the program its title names is what that program does."""

from __future__ import annotations

from conftest import draft


def _read(text: str) -> tuple[list[tuple[int, str, str | None, str, str]], list[str]]:
    deck = draft(text)
    notes = [(note.line, note.kind.value, note.command, note.front, note.back) for note in deck.notes]
    return notes, [warning.message for warning in deck.warnings]


def _page(title: str, summary: str) -> str:
    return (
        f"---\nlayout  : wiki\ntitle   : {title}\nsummary : {summary}\ndate    : 2020-01-01\n---\n\n## 예\n\n"
        "```\n$ du -sh .\n```\n"
    )


def test_the_summary_of_a_program_titled_with_its_name_is_what_it_does() -> None:
    notes, _ = _read(_page("du 명령어", "디렉토리가 차지한 용량을 보여준다"))
    assert (4, "command", "du", "du", "디렉토리가 차지한 용량을 보여준다") in notes


def test_an_english_summary_and_a_quoted_description() -> None:
    text = '---\ntitle: "du"\ndescription: "estimate file space usage"\n---\n\n```\ndu -sh .\n```\n'
    notes, _ = _read(text)
    assert (3, "command", "du", "du", "estimate file space usage") in notes


def test_a_summary_naming_a_program_is_warned() -> None:
    notes, warnings = _read(_page("du", "du는 디렉토리, df는 파일 시스템"))
    assert not [note for note in notes if note[3] == "du" and note[0] == 4]
    assert any("line 4" in w and "summary" in w for w in warnings)


def test_a_title_that_is_no_programs_name_gives_no_card() -> None:
    notes, _ = _read(_page("디스크 용량 정리하기", "du로 큰 폴더 찾기"))
    assert not [note for note in notes if note[0] == 4]
    notes, _ = _read(_page("mytool", "하는 일을 모른다"))  # no program quizzer knows, run by no line of the page
    assert not [note for note in notes if note[0] == 4]


def test_an_empty_summary_gives_no_card() -> None:
    notes, _ = _read(_page("du", ""))
    assert not [note for note in notes if note[0] == 4]


def test_a_usage_heading_over_the_bare_command_is_a_label() -> None:
    notes, _ = _read("# du\n\n## 사용\n\n```\n$ du\n```\n")
    assert ("du", "사용") not in [(note[3], note[4]) for note in notes]


def test_a_summary_of_the_page_rather_than_the_program_is_warned() -> None:
    text = '---\ntitle: "du"\ndescription: "My notes from the shell course"\n---\n\n```\ndu -sh .\n```\n'
    notes, warnings = _read(text)
    assert [note for note in notes if note[0] == 3] == []
    assert any("line 3" in w and "summary" in w for w in warnings)


def test_a_korean_summary_naming_the_page_is_warned() -> None:
    notes, warnings = _read(_page("du", "리눅스 강좌 3주차"))
    assert [note for note in notes if note[0] == 4] == []
    assert any("line 4" in w for w in warnings)


def test_a_korean_summary_saying_what_kind_of_program_it_is_is_kept() -> None:
    notes, _ = _read(_page("du", "디스크 용량 확인 명령어"))
    assert (4, "command", "du", "du", "디스크 용량 확인 명령어") in notes


def test_an_english_summary_naming_the_page_or_its_place_is_warned() -> None:
    for summary in ("Week 3 notes", "Notes from the shell course", "Linux > Tools", "Docs / CLI reference"):
        text = f'---\ntitle: "du"\ndescription: "{summary}"\n---\n\n```\ndu -sh .\n```\n'
        notes, warnings = _read(text)
        assert [note for note in notes if note[0] == 3] == [], summary
        assert any("line 3" in w and "summary" in w for w in warnings), summary


def test_an_english_summary_saying_what_the_program_does_is_kept_in_either_case() -> None:
    for summary in ("Displays the space each folder takes", "Show the space each folder takes", "summarize disk usage"):
        text = f'---\ntitle: "du"\ndescription: "{summary}"\n---\n\n```\ndu -sh .\n```\n'
        notes, _ = _read(text)
        assert (3, "command", "du", "du", summary) in notes, summary
