"""Headings that say what a program does and then name it, over its usage line (trailing_programs.py), in
examples of our own."""

from __future__ import annotations

from conftest import facts as _notes


def test_the_words_before_the_program_say_what_it_does() -> None:
    text = (
        "## 디스크 사용량 확인 명령어 du\n"
        "`du [옵션] [경로]`\n"
        "\n"
        "### 옵션\n"
        "`-h` : 읽기 쉬운 단위로 표시\n"        # 5
    )
    notes = _notes(text)
    assert (1, "command", "du", "du", "디스크 사용량 확인") in notes
    assert (5, "option", "du", "-h", "읽기 쉬운 단위로 표시") in notes


def test_a_bullet_right_under_the_heading_is_the_description() -> None:
    text = (
        "## 파일 비교 diff\n"
        "- 두 파일의 다른 줄만 보여줄 때 사용\n"   # 2
        "* diff [옵션] [파일1] [파일2]\n"
    )
    assert (2, "command", "diff", "diff", "두 파일의 다른 줄만 보여줄 때 사용") in _notes(text)
    assert not [n for n in _notes(text) if n[0] == 1]


def test_no_usage_line_under_it_no_program_named() -> None:
    # a heading ending in an English word is often just a title ("## 나의 설정 vim"): without the program's usage
    # line right under it, nothing says the words are what the program does
    text = "## 자주 쓰는 설정 vim\n\n설정 파일은 홈 디렉터리에 둔다.\n"
    assert not [n for n in _notes(text) if n[1] == "command"]


def test_a_topic_before_the_program_is_no_description() -> None:
    text = "## 설치 rsync\n`rsync [옵션] [원본] [대상]`\n"
    assert not [n for n in _notes(text) if n[1] == "command" and n[0] == 1]


def test_a_quoted_link_between_the_heading_and_its_bullet_is_passed_over() -> None:
    # (x-f31ko1) where the notes come from, quoted under the heading: the bullet after it is still the description
    text = (
        "## 파일 비교 diff\n"
        "> [참고한 글](https://example.com/diff)\n"
        "- 두 파일의 다른 줄만 보여줄 때 사용\n"   # 3
        "* diff [옵션] [파일1] [파일2]\n"
    )
    assert (3, "command", "diff", "diff", "두 파일의 다른 줄만 보여줄 때 사용") in _notes(text)
    assert not [n for n in _notes(text) if n[0] == 1]
