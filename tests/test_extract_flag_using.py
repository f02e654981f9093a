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


def test_the_flag_as_the_topic_over_the_plain_line_and_the_line_passing_it() -> None:
    text = (
        "# notes\n\n### whence\n\n명령어의 위치를 알려줍니다.\n\n> `-p` 옵션은 경로에 있는 파일만 찾습니다.\n\n"
        "```txt\n$ whence ls\n/bin/ls\n\n$ whence -p ls\n/bin/ls\n```\n"
    )
    assert (7, "flag", "whence", "-p", "경로에 있는 파일만 찾습니다") in facts(text)  # the sentence's line
    assert all("옵션은" not in back for *_, back in facts(text))  # no card of a line with the flag's sentence


def test_the_flag_as_the_topic_of_a_remark_is_not_read_so() -> None:
    text = (
        "# notes\n\n### whence\n\n> `-p` 옵션은 오래된 셸에는 없을 수 있습니다.\n\n"
        "```txt\n$ whence ls\n$ whence -p ls\n```\n"
    )
    assert all(front != "-p" for *_, front, _ in facts(text))


# a comment after a line: what the line does, then a sentence saying what giving one of its flags does ---------


def test_a_comments_last_sentence_on_a_flag_the_line_passes_is_that_flags_card() -> None:
    text = "# 로그\n\n```sh\n$ logtool -qs 20   # 최근 로그 20줄을 본다. -qs 옵션을 붙이면 머리말 없이 출력.\n```\n"
    assert facts(text) == [
        (4, "command", "logtool", "logtool -qs 20", "최근 로그 20줄을 본다."),
        (4, "flag", "logtool", "-qs", "머리말 없이 출력"),
    ]


def test_a_sentence_on_a_flag_the_line_does_not_pass_stays_on_the_lines_card() -> None:
    text = "# 로그\n\n```sh\n$ logtool 20   # 최근 로그 20줄을 본다. -q 옵션을 붙이면 머리말 없이 출력.\n```\n"
    assert [(kind, front) for _, kind, _, front, _ in facts(text)] == [("command", "logtool 20")]


def test_a_comment_that_only_names_a_flag_to_give_is_not_split() -> None:
    # one sentence, or a flag sentence with no meaning of its own: nothing to split off
    for comment in ("-qs 옵션을 붙이면 머리말 없이 출력.", "최근 로그를 본다. -qs 옵션을 붙이면 됨."):
        text = f"# 로그\n\n```sh\n$ logtool -qs 20   # {comment}\n```\n"
        assert all(kind != "flag" for _, kind, *_ in facts(text)), comment
