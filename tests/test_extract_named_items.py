"""Numbered items naming files, the block under them, and a question after a block (fresh7 04's shapes, our examples)."""

from __future__ import annotations

from tests.conftest import facts, warned

FILES = (
    "## Where the shell reads its settings\n"
    "1. `/etc/profile`:\n"
    "    - every user's login shells\n"
    "    ```sh\n"
    "    sudo vi /etc/profile\n"
    "    ```\n"
    "2. `~/.bash_profile`, `~/.profile`:\n"
    "    - your own login shells\n"
    "    ```sh\n"
    "    vi ~/.profile\n"
    "    ```\n"
)


def test_an_item_of_two_names_in_backticks_is_a_term_not_a_step() -> None:
    found = facts(FILES)
    assert (7, "concept", None, "~/.bash_profile, ~/.profile", "your own login shells") in found
    assert not any(kind == "step" for _line, kind, *_rest in found)


def test_file_names_over_a_block_do_not_say_what_its_line_does() -> None:
    found = facts(FILES)
    assert not any(back.startswith(("~/.bash_profile", "/.bash_profile")) for *_rest, back in found)
    assert 9 in warned(FILES)  # the block under the item, with its line


def test_an_item_of_a_name_and_words_is_still_a_step() -> None:
    text = "## Install\n\n1. Run `make` in the folder\n2. Copy `app` and `app.conf` to /opt\n"
    assert [kind for _line, kind, *_rest in facts(text)] == ["step", "step"]


def test_a_question_quoted_after_a_block_is_not_what_its_line_does() -> None:
    text = (
        "- 원격 저장소 목록:\n"
        "    ```\n"
        "    git remote -v\n"
        "    ```\n\n"
        "> [!question] 원격 저장소의 이름은 어떻게 바꿀까?\n"
    )
    assert not any("바꿀까" in back for *_rest, back in facts(text))
    text = "```\ngit stash list\n```\n> 저장해 둔 변경을 지우려면?\n"
    assert not any("지우려면" in back for *_rest, back in facts(text))


def test_a_quote_right_after_a_block_still_says_what_its_line_does() -> None:
    text = "```\ngit stash list\n```\n> 저장해 둔 변경의 목록을 본다\n"
    assert facts(text) == [(2, "command", "git stash list", "git stash list", "저장해 둔 변경의 목록을 본다")]
