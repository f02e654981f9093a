"""Bullets after a code block each glossing one word of its line (part_bullets.py), and a paragraph under a
command's heading whose last sentence leads to the block below (rules.py's _without_pointer), in examples of our
own."""

from __future__ import annotations

from conftest import draft, facts as _notes

_TEXT = (
    "## df\n"
    "\n"
    "```sh\n"
    "df -h --total\n"
    "```\n"
    "\n"
    "- `df`는 파일 시스템의 디스크 사용량을 보여주는 명령\n"     # 7
    "- `-h`는 사람이 읽기 쉬운 단위로 표시하는 옵션. \\\n"        # 8
    "- `--total` : 마지막에 합계 줄을 더한다\n"                     # 9
    "- ``-k`` 옵션은 킬로바이트 단위\n"                              # 10
)


def test_each_bullet_is_a_note_of_the_word_it_glosses() -> None:
    notes = _notes(_TEXT)
    assert (7, "command", "df", "df", "파일 시스템의 디스크 사용량을 보여주는 명령") in notes
    assert (8, "flag", "df", "-h", "사람이 읽기 쉬운 단위로 표시하는 옵션.") in notes
    assert (9, "flag", "df", "--total", "마지막에 합계 줄을 더한다") in notes


def test_a_bullet_naming_no_word_of_the_line_is_warned_about() -> None:
    assert not [n for n in _notes(_TEXT) if n[0] == 10]
    assert 10 in [w.line for w in draft(_TEXT).warnings]


def test_bullets_that_are_no_glosses_of_its_words_still_say_what_the_line_does() -> None:
    text = "## df\n\n```sh\ndf -h\n```\n\n- 디스크 사용량을 본다\n- 읽기 쉬운 단위로\n"
    assert [n[1] for n in _notes(text)] == ["command"]


def test_a_last_sentence_leading_to_the_block_is_not_the_heading_command_s_meaning() -> None:
    text = (
        "## du\n"
        "\n"
        "du 명령은 디렉터리의 디스크 사용량을 보여준다. 가장 큰 디렉터리를 찾으려면 다음 명령을 사용.\n"   # 3
        "\n"
        "```sh\n"
        "du -sh * | sort -h\n"
        "```\n"
    )
    backs = [n[4] for n in _notes(text) if n[3] == "du"]
    assert backs == ["du 명령은 디렉터리의 디스크 사용량을 보여준다."]


def test_bullets_each_glossing_an_option_are_its_facts_never_one_note_of_the_line() -> None:
    # "- `-x` 옵션은 …" bullets all through: what "- `-x`: …" bullets are, a fact of each option (an option of the
    # program when the line does not pass it); joined they were one card of the line saying what its options do
    text = (
        "## 목록 보기\n\n"
        "```sh\n$ lsx -l docs\n```\n\n"
        "- `-l` 옵션은 한 줄에 하나씩 자세히 보여준다.\n"   # 7
        "- `-r` 플래그는 거꾸로 정렬한다.\n"                 # 8
    )
    notes = _notes(text)
    assert (7, "option", "lsx", "-l", "한 줄에 하나씩 자세히 보여준다.") in notes
    assert (8, "option", "lsx", "-r", "거꾸로 정렬한다.") in notes
    assert not [n for n in notes if n[1] == "command"]


def test_option_bullets_of_flags_the_line_passes_are_flags_of_the_line() -> None:
    text = "## 목록 보기\n\n```sh\n$ lsx -l -r docs\n```\n\n- `-l` 옵션은 자세히 보여준다.\n- `-r` 옵션은 거꾸로 정렬한다.\n"
    notes = _notes(text)
    assert (7, "flag", "lsx", "-l", "자세히 보여준다.") in notes
    assert (8, "flag", "lsx", "-r", "거꾸로 정렬한다.") in notes
