"""A usage line glossed after a colon in a code block, over the options of that program (code.py's
_glossed_usage), in examples of our own."""

from __future__ import annotations

from conftest import facts as _notes


def test_the_gloss_is_what_the_program_does_and_the_options_are_its_own() -> None:
    text = (
        "## xz\n"
        "\n"
        "      #xz [옵션] [파일]\n"
        "\n"
        "      옵션:\n"
        "      \t-d : 압축을 푼다\n"
        "\n"
        "* * *\n"
        "\n"
        "      #unxz [옵션] [파일] : .xz 파일의 압축을 해제\n"   # 10
        "\n"
        "      옵션:\n"
        "      \t-k : 원본 파일을 남긴다\n"                    # 13
    )
    notes = _notes(text)
    assert (10, "command", "unxz", "unxz", ".xz 파일의 압축을 해제") in notes
    assert (13, "option", "unxz", "-k", "원본 파일을 남긴다") in notes
    assert (6, "option", "xz", "-d", "압축을 푼다") in notes


def test_a_comment_with_a_colon_but_no_placeholder_is_no_usage() -> None:
    text = "```\n# tar cf out.tar dir : 묶기\ntar cf out.tar dir\n```\n"
    assert not [n for n in _notes(text) if n[2] == "tar" and n[0] == 2 and n[1] == "command"]
