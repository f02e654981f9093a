"""A bullet saying when one wants what follows ("…무시하고 싶다면") over a block whose lines each carry a comment of
their own: the case, as English "If you want to …"; each comment says what its line does, joined to nothing above.
Examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.knowledge import says_condition


@pytest.mark.parametrize("text", ["변경 내용을 버리고 싶다면", "로그를 남기고 싶으면", "If you want to keep the log"])
def test_a_wish_is_a_case(text: str) -> None:
    assert says_condition(text)


@pytest.mark.parametrize("text", ["변경 내용을 버린다", "싶다면 이렇게 한다", "로그를 남기려면 다음을 실행한다"])
def test_no_wish_at_the_end_is_no_case(text: str) -> None:
    assert not says_condition(text)


def test_the_comments_alone_say_what_the_lines_do() -> None:
    text = (
        "## 팁\n- 저장소는 하나만 둔다.\n- 로그 파일을 추적하지 않고 싶다면\n"
        "    ```bash\n"
        "    $ git rm --cached app.log\t\t# 파일 추적만 멈춘다\n"
        "    $ git rm -r --cached build/\t\t# 폴더 추적을 멈춘다\n"
        "    ```\n"
    )
    backs = {note.front: note.back for note in draft(text).notes}
    assert backs == {"git rm --cached app.log": "파일 추적만 멈춘다", "git rm -r --cached build/": "폴더 추적을 멈춘다"}
