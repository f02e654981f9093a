"""A bullet naming one flag in code and what giving it does (``… `--omit=dev` 붙이면 …``): an option note of the
section's command, the words after the verb its meaning (x-f25ko)."""

from __future__ import annotations

from conftest import facts, warned


def test_a_bullet_saying_what_giving_a_flag_does_is_that_options_note() -> None:
    text = "# 패키지 관리\n\n## npm install\n\n- 서버에서 받을 경우 `--omit=dev` 붙이면 devDependencies는 빼고 받는다! ✔\n"
    assert facts(text) == [(5, "option", "npm install", "--omit=dev", "devDependencies는 빼고 받는다")]


def test_with_no_command_named_the_flag_is_warned_not_a_card() -> None:
    text = "# 메모\n\n- 로그가 궁금하면 `-v` 옵션을 주면 자세한 내용이 출력된다\n"
    assert facts(text) == []
    assert 3 in warned(text)


def test_an_item_naming_two_flags_is_not_read_so() -> None:
    text = "# npm install 정리\n\n- `-g` 대신 `--save-dev` 붙이면 개발용 목록에 들어간다\n"
    assert not any(kind == "option" for _, kind, *_ in facts(text))
