"""A part of a usage line glossed right under its block (usage_parts), examples of our own."""

from __future__ import annotations

from conftest import facts as _facts

# a heading of commands, one command's heading, what it does, and its usage line opening a block
_LOOP = (
    "## 미니셸 명령어\n"
    "### `LOOP`\n"
    "- 목록의 값마다 명령을 실행\n"
    "```\n"
    "LOOP <name> IN (LIST) DO command\n"
)


def test_a_placeholder_of_the_usage_line_glossed_under_it_is_a_part_of_that_command() -> None:
    text = _LOOP + (
        "LOOP %%f IN (a b c) DO SHOW %%f\n"
        "```\n"
        "- `(LIST)`: 돌 값들의 목록\n"
        "- `<name>`: 값을 받는 변수\n"
    )
    facts = _facts(text)
    assert (8, "concept", "LOOP", "(LIST)", "돌 값들의 목록") in facts
    assert (9, "concept", "LOOP", "<name>", "값을 받는 변수") in facts


def test_a_word_the_usage_line_does_not_write_is_no_part_of_it() -> None:
    text = _LOOP + (
        "```\n"
        "- `(RANGE)`: 숫자 범위\n"
    )
    assert not any(command == "LOOP" and front == "(RANGE)" for _, _, command, front, _ in _facts(text))


def test_a_block_with_prose_between_it_and_the_item_is_not_glossed_by_it() -> None:
    text = _LOOP + (
        "```\n"
        "다른 셸에서는 이렇게 쓴다.\n\n"
        "- `(LIST)`: 돌 값들의 목록\n"
    )
    assert not any(command == "LOOP" and front == "(LIST)" for _, _, command, front, _ in _facts(text))
