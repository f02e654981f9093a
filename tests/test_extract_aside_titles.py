"""An item whose words before the command line are an aside and "just" (``(수정) 그냥 `ls -m` 하면 된다``)
names no task: no card of the line with those words as its meaning (x-f25ko)."""

from __future__ import annotations

from conftest import facts


def test_an_aside_and_just_before_the_line_name_no_task() -> None:
    text = "# 메모\n\n- 파일 목록을 콤마로 출력\n    + (수정) 그냥 `ls -m` 하면 된다.\n"
    assert not any(front == "ls -m" and "그냥" in back for *_, front, back in facts(text))


def test_a_task_before_the_line_is_still_read() -> None:
    text = "# 메모\n\n- 콤마로 출력 `ls -m` \n- 한 줄에 하나 `ls -1`\n"
    assert ("ls -m", "콤마로 출력") in [(front, back) for *_, front, back in facts(text)]
