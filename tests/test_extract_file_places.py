"""Text above a block naming a line's place in the file just opened: the lines are that file's contents.

"맨 아랫줄에 다음 내용 추가" / "Add the following line at the bottom:" after a step that opens a file: what the
lines below say goes there, a file's lines; their first word is no program and their comment no meaning.
"""

from __future__ import annotations

from conftest import draft


def _read(text: str) -> tuple[list[str], list[str]]:
    deck = draft(text)
    return [note.front for note in deck.notes], [warning.message for warning in deck.warnings]


def test_a_place_in_the_file_then_the_following_lines_in_korean() -> None:
    fronts, warnings = _read(
        "# 접속 제한\n\n- 편집기로 허용 목록을 연다\n\n- 맨 아랫줄에 다음 내용 추가\n\n```sh\n# 사내망만 허용\n"
        "office allow:10.0.0.0/8\n```\n"
    )
    assert fronts == []
    assert any("go into a file" in w for w in warnings)


def test_a_place_in_the_file_then_the_following_lines_in_english() -> None:
    fronts, warnings = _read(
        "# Access\n\nAdd the following line at the bottom:\n\n```sh\n# only the office\noffice allow:10.0.0.0/8\n```\n"
    )
    assert fronts == []
    assert any("go into a file" in w for w in warnings)


def test_a_command_to_type_is_still_a_command() -> None:
    fronts, _ = _read("# 접속 제한\n\n- 다음 명령어 입력\n\n```sh\n# 방화벽 규칙 목록\nufw status\n```\n")
    assert fronts == ["ufw status"]


def test_what_is_added_then_the_file_it_goes_in_last() -> None:
    fronts, warnings = _read(
        "# fish\n\nAdd the theme to the list of themes in `~/.fish.conf`:\n\n"
        "    set -g theme_name 'bobthefish'\n"
    )
    assert fronts == []
    assert any("go into a file" in w for w in warnings)


def test_a_file_named_before_a_command_that_adds_to_it_is_no_place() -> None:
    fronts, _ = _read("# git\n\nAdd the remote to .git/config with this:\n\n    git remote add origin git@host:repo.git\n")
    assert fronts == ["git remote add origin git@host:repo.git"]
