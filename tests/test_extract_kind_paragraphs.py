"""A paragraph under a program's heading whose first sentence says what kind of thing the program is (rules.py,
"heading naming a program, a paragraph saying what it is"), in examples of our own."""

from __future__ import annotations

from conftest import facts as _notes


def test_what_the_program_is_is_a_definition_of_its_first_sentence() -> None:
    text = (
        "## 03 xz\n"
        "\n"
        "xz는 LZMA 알고리즘을 쓰는 압축 소프트웨어이다. 2009년에 처음 나왔고 압축률이 높다.[^1]\n"   # 3
        "\n"
        "[^1]: 출처 : 위키백과\n"
    )
    assert (3, "concept", None, "xz", "xz는 LZMA 알고리즘을 쓰는 압축 소프트웨어이다.") in _notes(text)


def test_a_sentence_that_means_a_program_is_a_definition_too() -> None:
    text = "## rsync\n\nrsync는 파일을 동기화하는 데 쓰는 프로그램을 의미한다.[^2]\n\n[^2]: 출처\n"
    assert (3, "concept", None, "rsync", "rsync는 파일을 동기화하는 데 쓰는 프로그램을 의미한다.") in _notes(text)


def test_what_the_program_does_stays_a_command_card() -> None:
    text = "## rsync\n\n원격 서버와 파일을 동기화한다.\n"
    assert (3, "command", "rsync", "rsync", "원격 서버와 파일을 동기화한다.") in _notes(text)
