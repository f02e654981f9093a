"""A comment over a line that only leads to it ("# 작업 폴더로 간 뒤 아래 명령어를 입력") under text saying what the
block does: the comment says nothing of what the line does, so the card's answer is the text above alone, not the
two joined (x-f22ko), in examples of our own."""

from __future__ import annotations

from conftest import facts


def test_a_comment_that_only_leads_to_the_line_is_not_joined() -> None:
    text = (
        "에디터로 현재 폴더 열기\n"
        "```sh\n"
        "# 작업할 폴더로 이동한 후 아래의 명령어를 입력\n"
        "$ code .\n"
        "\n"
        "# 새 창으로 열기\n"
        "$ code -n .\n"
        "```\n"
    )
    found = {front: back for _, _, _, front, back in facts(text)}
    assert found["code ."] == "에디터로 현재 폴더 열기"


def test_a_comment_saying_what_the_line_does_is_still_joined() -> None:
    text = "에디터로 열기\n```sh\n# 현재 폴더를\n$ code .\n\n# 새 창에서\n$ code -n .\n```\n"
    found = {front: back for _, _, _, front, back in facts(text)}
    assert found["code ."] == "에디터로 열기 (현재 폴더를)"


def test_the_other_lines_own_comment_is_its_meaning_alone() -> None:
    # the text above is the led-in line's: joined to another line's comment it would say two things of that line
    # ("홈 폴더에서 탐색기 열기 (상위 폴더 열기)")
    text = (
        "홈 폴더에서 탐색기 열기\n"
        "```sh\n"
        "# 홈 폴더로 이동한 후 아래의 명령어를 입력\n"
        "$ open .\n"
        "\n"
        "# 상위 폴더 열기\n"
        "$ open ..\n"
        "```\n"
    )
    found = {front: back for _, _, _, front, back in facts(text)}
    assert found == {"open .": "홈 폴더에서 탐색기 열기", "open ..": "상위 폴더 열기"}
