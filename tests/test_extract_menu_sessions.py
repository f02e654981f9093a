"""Letters typed at fdisk's (or gdisk's) menu after the line that opens it on a device are that program's,
with what each line's comment says; the same letter again with another meaning is warned (issue 6, x-f8).
Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned

from quizzer.extract.knowledge import MENU_PROGRAMS

_SESSION = """# 새 디스크 붙이기

```sh
lsblk # 디스크 이름 확인
sudo fdisk /dev/vdb # 디스크 분할 시작
g # 새 GPT 파티션 테이블
  # 기존 파티션은 모두 사라진다
n # 새 파티션 만들기
1 # 파티션 번호
(enter) # 첫 섹터는 기본값
+20G # 크기
# 이제 확인
p # 파티션 목록 출력
w # 저장하고 끝내기
mkfs.xfs /dev/vdb1 # xfs로 포맷
```
"""


def test_letters_after_fdisk_on_a_device_are_fdisks() -> None:
    assert facts(_SESSION) == [
        (4, "command", "lsblk", "lsblk", "디스크 이름 확인"),
        (5, "command", "fdisk", "sudo fdisk /dev/vdb", "디스크 분할 시작"),
        (6, "command", "fdisk", "g", "새 GPT 파티션 테이블"),
        (8, "command", "fdisk", "n", "새 파티션 만들기"),
        (9, "command", "fdisk", "1", "파티션 번호"),
        (10, "command", "fdisk", "(enter)", "첫 섹터는 기본값"),
        (11, "command", "fdisk", "+20G", "크기"),
        (13, "command", "fdisk", "p", "파티션 목록 출력"),
        (14, "command", "fdisk", "w", "저장하고 끝내기"),
        (15, "command", "mkfs.xfs", "mkfs.xfs /dev/vdb1", "xfs로 포맷"),
    ]


def test_a_comment_indented_under_a_letter_is_its_context_and_a_remark_between_them_is_warned() -> None:
    notes = {n.front: n for n in draft(_SESSION).notes}
    assert notes["g"].context == "기존 파티션은 모두 사라진다"
    assert 12 in warned(_SESSION)


def test_a_letter_typed_again_with_another_meaning_is_warned_not_joined() -> None:
    text = """# 파티션

```
fdisk /dev/sdc
p # 지금 파티션 보기
n # 새 파티션
p # primary 선택
w # 기록
```
"""
    assert [(n.line, n.front, n.back) for n in draft(text).notes] == [
        (5, "p", "지금 파티션 보기"), (6, "n", "새 파티션"), (8, "w", "기록"),
    ]
    assert 7 in warned(text)


def test_a_letter_with_no_comment_is_warned_and_the_shell_resumes_after_the_menu() -> None:
    text = "# Disks\n\n```\ngdisk /dev/sdb\no\nw # write it out\ndf -h # free space\n```\n"
    assert facts(text) == [
        (6, "command", "gdisk", "w", "write it out"),
        (7, "command", "df", "df -h", "free space"),
    ]
    assert 5 in warned(text)


def test_fdisk_listing_opens_no_menu() -> None:
    text = "# Disks\n\n```\nfdisk -l # list partitions\nw # who is logged in\n```\n"
    assert [(n.front, n.command) for n in draft(text).notes] == [("fdisk -l", "fdisk"), ("w", "w")]


def test_menu_programs_know_their_letters() -> None:
    assert {"n", "p", "d", "t", "w", "q", "m", "g", "o"} <= MENU_PROGRAMS["fdisk"]
    assert {"n", "p", "d", "t", "w", "q", "o", "?"} <= MENU_PROGRAMS["gdisk"]
