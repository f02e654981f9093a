"""``- 현재 폴더를 압축`` / ``- $ zip a.zip ./*`` / ``- 옵션 : r - …, F - …``: commands typed after a shell prompt as
list items with no code span, what they do in the item above (or the heading), their options' letters labelled
under them (issue 6, x-f30ko); our own examples."""

from __future__ import annotations

from conftest import draft as _draft

from quizzer.extract.knowledge import is_premise, without_premise
from quizzer.extract.prompt_items import BARE_HEADING_REASON, BARE_REASON, LETTER_REASON
from quizzer.text import strip_numbering

_NOTES = (
    "# tar 메모\n\n"
    "## 1.tar 묶음 풀기\n"
    "- backup.tar 파일이 있음을 가정\n"
    "- $ tar -xf backup.tar\n"
    "- 다른 폴더에 풀고 싶으면 -C 옵션 사용, out 폴더가 있다고 가정\n"
    "- $ tar -xf backup.tar -C ./out\n\n"
    "## 2.tar 묶기\n"
    "- 현재 폴더의 모든 파일을 하나로 묶기\n"
    "- $ tar -cf all.tar ./*\n"
    "- 옵션 : v - 처리하는 파일 이름을 보여줌, z - gzip으로 압축\n"
)


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.reason) for n in _draft(text).notes]


def test_each_command_item_is_said_by_the_item_above_or_the_heading_over_a_premise() -> None:
    assert _notes(_NOTES)[:3] == [
        (3, "command", "tar", "tar -xf backup.tar", "tar 묶음 풀기", BARE_HEADING_REASON),
        (6, "command", "tar", "tar -xf backup.tar -C ./out", "다른 폴더에 풀고 싶으면 -C 옵션 사용", BARE_REASON),
        (10, "command", "tar", "tar -cf all.tar ./*", "현재 폴더의 모든 파일을 하나로 묶기", BARE_REASON),
    ]


def test_the_letters_labelled_under_a_command_item_are_its_options() -> None:
    assert [(n.front, n.back, n.command) for n in _draft(_NOTES).notes if n.reason == LETTER_REASON] == [
        ("-v", "처리하는 파일 이름을 보여줌", "tar"), ("-z", "gzip으로 압축", "tar"),
    ]


def test_no_purpose_no_known_command_or_a_pair_that_does_not_read_makes_no_such_card() -> None:
    for text in (
        # a sentence above, not a short purpose; a heading that names no task
        "# 메모\n\n## 기록\n- 어제 서버에서 이것저것 해 보다가 결국 아래처럼 했다.\n- $ tar -xf backup.tar\n",
        # a program quizzer does not know, with no flags
        "# 메모\n\n- 빌드하기\n- $ frobnicate all\n",
    ):
        assert not [n for n in _draft(text).notes if n.reason in (BARE_REASON, BARE_HEADING_REASON, LETTER_REASON)]
    # one pair is no letter and its meaning: none of the pairs is read
    text = "# 메모\n\n- 묶기\n- $ tar -cf a.tar ./*\n- 옵션 : v - 이름을 보여줌, 그 밖에 여러 가지\n"
    assert not [n for n in _draft(text).notes if n.reason == LETTER_REASON]


def test_a_korean_premise_ends_in_what_is_assumed() -> None:
    assert is_premise("backup.tar 파일이 있음을 가정")
    assert is_premise("out 폴더가 있다고 가정하자.")
    assert not is_premise("가정용 공유기 설정")
    assert without_premise("-C 옵션 사용, out 폴더가 있다고 가정") == "-C 옵션 사용"
    assert without_premise("파일 목록, 폴더 목록") == "파일 목록, 폴더 목록"


def test_a_section_number_without_its_space_comes_off_when_asked() -> None:
    assert strip_numbering("2.tar 묶기", tight=True) == "tar 묶기"
    assert strip_numbering("2.tar 묶기") == "2.tar 묶기"
    assert strip_numbering("3.14", tight=True) == "3.14"


def test_a_warning_item_or_a_heading_over_several_prompt_items_says_nothing_of_one_line() -> None:
    # rv20: 'zip -r a.zip dir' was carded as '덮어쓰니 주의할 것' (a warning), 'ls' as '압축 풀기' (the heading's task is
    # the two lines' together)
    text = "# 압축 메모\n\n## 압축 풀기\n\n- $ ls\n- $ unzip a.zip\n\n## 폴더 압축\n\n- 덮어쓰니 주의할 것\n- $ zip -r a.zip dir\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == []
