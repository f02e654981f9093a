"""Text above a block saying what using one of its line's flags does (quizzer/extract/flag_using.py), in examples
of our own."""

from __future__ import annotations

from conftest import facts


def test_the_flag_the_text_names_gets_what_using_it_does() -> None:
    text = (
        "# 서버\n\n창을 닫으면 서버도 꺼진다.\n\n그럴 때는 -d 옵션을 사용하면 서버가 뒤에서 돌고, 터미널을 닫아도 "
        "계속 실행된다.\n\n```bash\nappserve -d --port 8080\n```\n"
    )
    assert [(kind, command, front, back) for _, kind, command, front, back in facts(text)] == [
        ("flag", "appserve", "-d", "서버가 뒤에서 돌고, 터미널을 닫아도 계속 실행된다")]


def test_a_flag_the_line_does_not_pass_is_not_read_so() -> None:
    text = "# 서버\n\n-d 옵션을 사용하면 서버가 뒤에서 돈다.\n\n```bash\nappserve --port 8080\n```\n"
    assert all(front != "-d" for *_, front, _ in facts(text))


def test_two_lines_under_the_text_are_not_read_so() -> None:
    text = (
        "# 서버\n\n-d 옵션을 사용하면 서버가 뒤에서 돈다.\n\n```bash\nappserve -d --port 8080\nappserve -d --port 9090\n```\n"
    )
    assert all(kind != "flag" for _, kind, *_ in facts(text))
