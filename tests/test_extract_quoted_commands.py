"""A command in bold alone in a quote under a heading that says what it does (quoted_commands.py), in examples of
our own."""

from __future__ import annotations

from conftest import facts as _notes


def test_the_heading_says_what_the_quoted_line_does() -> None:
    text = (
        "### 브랜치 목록 함께 보기\n"              # 1
        "\n"
        "> **_git branch -a_**\n"
        "\n"
        "```yml\n"
        "$ git branch -a\n"
        "* main\n"
        "  remotes/origin/main\n"
        "```\n"
    )
    notes = _notes(text)
    assert (1, "command", "git branch", "git branch -a", "브랜치 목록 함께 보기") in notes
    assert len([n for n in notes if n[1] == "command"]) == 1  # the pasted run says nothing more


def test_a_bullet_saying_what_it_does_is_the_description() -> None:
    text = (
        "### 원격 브랜치\n"
        "\n"
        "> **git branch -r**\n"
        "\n"
        "- 원격 저장소의 브랜치만 보여준다.\n"     # 5
        "\n"
        "```\n"
        "$ git branch -r\n"
        "```\n"
    )
    notes = _notes(text)
    assert [n[4] for n in notes if n[3] == "git branch -r"] == ["원격 저장소의 브랜치만 보여준다."]


def test_the_options_a_list_below_explains_are_the_quoted_command_s() -> None:
    text = (
        "### 짧게 보기\n"
        "\n"
        "> *git status -sb*\n"
        "\n"
        "- 쓰인 옵션은 다음과 같다.\n"
        "    - `-s`: 짧은 형식\n"                 # 6
        "    - `-b`: 브랜치 표시\n"               # 7
    )
    notes = _notes(text)
    assert (1, "command", "git status", "git status -sb", "짧게 보기") in notes
    assert (6, "option", "git status", "-s", "짧은 형식") in notes
    assert (7, "option", "git status", "-b", "브랜치 표시") in notes


def test_a_quote_of_words_is_no_command() -> None:
    text = "### 한 마디\n\n> **git is great**\n"
    assert not [n for n in _notes(text) if n[1] == "command"]
