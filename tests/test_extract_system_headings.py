"""A heading that names an operating system ("### Ubuntu 22.04", "## macOS") over a block says where its
lines run, not what they do (quizzer.extract.knowledge.SYSTEMS, x-f13ko), with examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_a_system_heading_over_a_block_is_no_description() -> None:
    text = (
        "# 도커 설치\n\n"
        "## Debian 12\n\n"
        "```sh\n"
        "sudo apt-get install -y docker.io\n"
        "```\n\n"
        "## macOS / Windows\n\n"
        "```sh\n"
        "brew install --cask docker\n"
        "```\n\n"
        "## 컨테이너 목록 보기\n\n"
        "```sh\n"
        "docker ps -a\n"
        "```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [(18, "docker ps -a", "컨테이너 목록 보기")]
    assert {5, 11} <= set(warned(text))


def test_a_system_name_that_is_an_ordinary_word_too_names_a_system_only_with_a_version_or_another_system() -> None:
    # tmux's windows are no operating system; "Windows 11" and "macOS / Windows" are (review finding 6)
    text = (
        "# tmux 메모\n\n"
        "## 윈도우\n\n"
        "```\ntmux new-window -n build\n```\n\n"
        "## Windows\n\n"
        "```\ntmux kill-window -t 3\n```\n\n"
        "## Windows 11\n\n"
        "```\ntmux -V\n```\n\n"
        "## Fedora / Windows\n\n"
        "```\ntmux ls\n```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (6, "tmux new-window -n build", "윈도우"),
        (12, "tmux kill-window -t 3", "Windows"),
    ]
    assert {17, 23} <= set(warned(text))


def test_words_in_brackets_after_a_system_say_what_the_lines_show() -> None:
    # "Ubuntu (kernel release)": what uname shows there; "CentOS 7 (yum)": only which tool the system uses
    text = (
        "# 점검\n\n"
        "### Ubuntu (kernel release)\n\n"
        "```\nuname -r\n```\n\n"
        "### Debian 12 (apt)\n\n"
        "```\nsudo apt-get install -y curl\n```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [(6, "uname -r", "Ubuntu (kernel release)")]
    assert 11 in warned(text)


def test_a_heading_saying_where_the_lines_were_tested_names_a_system() -> None:
    # "#### Tested on Linux" over "$ echo $0": where the author ran it, not what it does (fresh33's shells notes)
    text = (
        "# Shells\n\n"
        "### Using $0\n\n"
        "#### Tested on Linux\n\n"
        "```sh\n"
        "$ echo $0\n"
        "/bin/bash\n"
        "```\n\n"
        "#### Works on macOS / Windows 11\n\n"
        "```sh\n"
        "$ ps -p $$\n"
        "```\n"
    )
    assert facts(text) == []
    assert warned(text) == [7, 14]
