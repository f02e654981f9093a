"""A gloss bullet with the usage line nested under it as a code span (``- 폴더째 보낼 때`` / ``  - `rsync -r [폴더]
[호스트]:[경로]` ``): the bullet says what the line does, a command card, not a bare usage (topic_items.usage_item
steps aside for rules._command_under_bullet); examples of our own."""

from __future__ import annotations

from conftest import facts as _notes

_TEXT = (
    "## 원격 복사\n\n"
    "- 파일 하나를 서버로 보낼 때\n"
    "  - `rsync [파일] [호스트]:[경로]`\n"
    "- 폴더째 보낼 때\n"
    "  - `rsync -r [폴더] [호스트]:[경로]`\n"
)


def test_the_bullet_above_says_what_the_usage_line_does() -> None:
    notes = _notes(_TEXT)
    assert (3, "command", "rsync", "rsync [파일] [호스트]:[경로]", "파일 하나를 서버로 보낼 때") in notes
    assert (5, "command", "rsync", "rsync -r", "폴더째 보낼 때") in notes
    assert not [n for n in notes if n[1] == "syntax"]


def test_two_usages_of_one_command_under_two_bullets_stay_two_cards() -> None:
    text = _TEXT + "- 서버에서 가져올 때\n  - `rsync [호스트]:[경로] [받을 곳]`\n"
    fronts = [(n[3], n[4]) for n in _notes(text) if n[3].startswith("rsync [")]
    assert fronts == [
        ("rsync [파일] [호스트]:[경로]", "파일 하나를 서버로 보낼 때"), ("rsync [호스트]:[경로] [받을 곳]", "서버에서 가져올 때"),
    ]


def test_a_usage_line_alone_in_its_item_is_still_a_usage() -> None:
    notes = _notes("## rsync\n\n- `rsync [파일] [호스트]:[경로]`\n")
    assert [n[1] for n in notes] == ["syntax"]


def test_a_lead_in_ending_in_a_colon_says_nothing_of_the_line() -> None:
    notes = _notes("## rsync\n\n- 사용법:\n  - `rsync [파일] [호스트]:[경로]`\n")
    assert not [n for n in notes if n[1] == "command"]
