"""A list of names in code spans, each with items nested under it saying what it is
(quizzer.extract.name_lists, x-f13ko), with examples of our own."""

from __future__ import annotations

from quizzer.extract.name_lists import REASON
from tests.conftest import draft, facts

_KIT = (
    "# 사진 도구 모음\n\n"
    "## 변환 도구\n\n"
    "- `picshrink`\n"
    "  - 사진의 해상도를 줄여 용량을 아낍니다.\n"
    "- `exifwipe`\n"
    "  - Exif Wiping Utility\n"
    "  - 사진에 담긴 촬영 정보를 지웁니다.\n"
    "  - [Docs: exifwipe](https://example.com/exifwipe)\n"
)


def test_each_name_is_what_its_first_saying_item_says() -> None:
    assert [(n.line, n.kind.value, n.front, n.back) for n in draft(_KIT).notes if n.reason == REASON] == [
        (6, "concept", "picshrink", "사진의 해상도를 줄여 용량을 아낍니다"),
        (9, "concept", "exifwipe", "사진에 담긴 촬영 정보를 지웁니다"),
    ]


def test_a_block_between_the_names_neither_takes_the_names_nor_the_heading() -> None:
    text = (
        "# Mail tools\n\n"
        "## Delivery tools\n\n"
        "- `mailq2`\n"
        "  - Lists the messages waiting to be sent.\n\n"
        "```sh\n"
        "mailq2 -v\n"
        "```\n\n"
        "- `postwipe`\n"
        "  - Deletes every message from the queue.\n"
        "- `relaycheck`\n"
        "  - Tests that the relay host answers.\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (13, "postwipe", "Deletes every message from the queue"),
        (15, "relaycheck", "Tests that the relay host answers"),
    ]


def test_one_name_alone_or_a_name_of_several_words_is_no_such_list() -> None:
    alone = "# 도구\n\n- `picshrink`\n  - 사진의 해상도를 줄여 용량을 아낍니다.\n  - 느리다는 평이 많습니다.\n"
    assert [n for n in draft(alone).notes if n.reason == REASON] == []
    worded = _KIT.replace("`picshrink`", "`picshrink --fast`").replace("`exifwipe`", "`exifwipe all`")
    assert [n for n in draft(worded).notes if n.reason == REASON] == []


def test_a_heading_over_items_read_with_their_nested_items_does_not_say_what_a_later_block_does() -> None:
    text = (
        "# 깃 메모\n\n"
        "## Remote repository helpers\n\n"
        "- `git remote -v`\n"
        "  - 원격 저장소 목록을 본다\n\n"
        "```sh\n"
        "git fetch --prune\n"
        "```\n"
    )
    assert [(line, front) for line, _, _, front, _ in facts(text)] == [(6, "git remote -v")]


def test_an_item_with_items_nested_under_it_is_no_bare_item_the_heading_describes() -> None:
    text = (
        "# 안드로이드\n\n"
        "## Device bridge tools\n\n"
        "- `adb`\n"
        "  - 기기와 통신하는 다목적 도구\n"
        "  - [Docs](https://example.com/adb)\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [(6, "adb", "기기와 통신하는 다목적 도구")]


def test_keys_in_notes_about_an_editor_are_no_list_of_names() -> None:
    text = "# vim\n\n## 이동\n\n- `gg`\n  - 파일 처음으로 간다\n- `G`\n  - 파일 끝으로 간다\n"
    assert [n for n in draft(text).notes if n.reason == REASON] == []
