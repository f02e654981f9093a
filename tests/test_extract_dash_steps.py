"""``N - …`` lines read as steps only when a ``1. …`` list of them would be (fx4-a), and one-line ``N - …``
captions over their own blocks are read without their numbers."""

from __future__ import annotations

from conftest import draft, warned


def _cards(text: str) -> list[tuple[str | None, str, str]]:
    return [(n.command, n.front, n.back) for n in draft(text).notes]


def test_dash_numbered_values_are_not_steps() -> None:
    # what a number means (a status, a choice), not something to do: warned, as the same list written "1." is
    codes = "# Printer\n\n## Status\n\nThe lamp blinks a count:\n\n1 - Paper jam\n2 - Toner low\n3 - Lid open\n"
    assert _cards(codes) == []
    assert 7 in warned(codes)
    ko = "# 백업\n\n## 압축 수준\n\n`ZLEVEL` 값마다 크기가 다르다:\n\n1 - 빠르지만 큰 파일\n2 - 보통 크기\n3 - 느리지만 작은 파일\n"
    assert _cards(ko) == []
    assert 7 in warned(ko)


def test_dash_numbered_actions_stay_steps() -> None:
    text = "# Phone\n\n## Reset\n\nWipe the phone:\n\n1 - Press the power key\n2 - Pick the reset entry\n3 - Confirm twice\n"
    assert [back for _, _, back in _cards(text)] == ["Press the power key", "Pick the reset entry", "Confirm twice"]


def test_one_line_dash_captions_over_their_blocks_are_what_each_block_does() -> None:
    text = (
        "# Database\n\n## Backup\n\n"
        "1 - Dump the shop database:\n\n```sh\npg_dump shop > shop.sql\n```\n\n"
        "2 - Copy the dump away:\n\n```sh\nscp shop.sql backup@vault:\n```\n"
    )
    assert [back for _, _, back in _cards(text)] == ["Dump the shop database", "Copy the dump away"]


def test_a_caption_numbered_one_in_another_section_is_still_lone() -> None:
    # the "2 - …" under the next heading is another section's: the "1 - …" here stays a lone first step
    text = (
        "# Database\n\n## Backup\n\n1 - Dump the shop database:\n\n```sh\npg_dump shop > shop.sql\n```\n\n"
        "## Restore\n\n2 - Load it back:\n\n```sh\npsql shop < shop.sql\n```\n"
    )
    assert all("Dump" not in n.back for n in draft(text).notes)
    assert 5 in warned(text)


def test_a_numbered_list_split_by_bullets_at_the_margin_keeps_one_name() -> None:
    # "  - …" indented less than "1. " leaves the list in Markdown; "2." goes on with it, not under item 1's words
    text = (
        "# Site\n\n## 배포 순서\n"
        "1. 빌드 폴더 비우기\n  - `rm -rf dist` (이전 결과 삭제)\n\n"
        "2. 새로 빌드하기\n  - `npm run build` (배포용 파일 생성)\n\n"
        "3. 서버에 올리기\n"
    )
    steps = [(n.front, n.back) for n in draft(text).notes if n.kind.value == "step"]
    assert steps == [
        ("배포 순서 — step 1", "빌드 폴더 비우기"),
        ("배포 순서 — step 2", "새로 빌드하기"),
        ("배포 순서 — step 3", "서버에 올리기"),
    ]


def test_the_rest_of_a_split_list_found_not_to_be_steps_makes_no_steps() -> None:
    text = (
        "# Site\n\n## 폴더 구성\n"
        "1. 소스 폴더 만들기\n  - `mkdir src` (코드를 두는 곳)\n\n"
        "2. 문서 폴더 두기\n  - `mkdir docs`\n"
    )
    assert [n for n in draft(text).notes if n.kind.value == "step"] == []
    assert 4 in warned(text)
