"""A line repeated in one code block with one option added, each under its own comment: the comment is the option's
meaning (issue 6, x-f33ko1); our own examples."""

from __future__ import annotations

from conftest import draft

from quizzer.extract.flag_variants import above_variants
from quizzer.extract.model import Kind
from quizzer.shell import parse_invocation


def _cards(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(n.kind.value, n.front, n.command, n.back) for n in draft(text).notes]


_VARIANTS = """# tail 메모

## 예시

```sh
# 파일의 끝부분을 본다
tail app.log

# 줄 수를 정해서 본다
tail -n app.log

# 새로 쓰이는 줄을 계속 따라간다
tail -F app.log
```
"""


def test_each_line_with_one_option_added_is_that_options_card() -> None:
    assert _cards(_VARIANTS) == [
        ("command", "tail app.log", "tail", "파일의 끝부분을 본다"),
        ("flag", "-n", "tail", "줄 수를 정해서 본다"),
        ("flag", "-F", "tail", "새로 쓰이는 줄을 계속 따라간다"),
    ]


def test_without_the_plain_line_above_each_line_stays_a_command_card() -> None:
    text = _VARIANTS.replace("# 파일의 끝부분을 본다\ntail app.log\n\n", "")
    assert [kind for kind, *_ in _cards(text)] == ["command", "command"]


def test_a_line_with_another_file_or_two_options_says_what_the_whole_line_does() -> None:
    text = _VARIANTS.replace("tail -n app.log", "tail -n other.log").replace("tail -F app.log", "tail -F -q app.log")
    assert [kind for kind, *_ in _cards(text)] == ["command", "command", "command"]


def test_a_line_naming_no_file_is_no_plain_line_of_an_example() -> None:
    # "pkg list" then "pkg list --all": uses of a sub-command, each comment says what its whole line does
    text = "# pkg\n\n```sh\n# 설치된 것 목록\npkg list\n\n# 모든 것 목록\npkg list --all\n```\n"
    assert all(n.kind is Kind.COMMAND for n in draft(text).notes)


def test_above_variants_needs_the_plain_line_glossed() -> None:
    plain, varied = parse_invocation("tail app.log"), parse_invocation("tail -n app.log")
    assert plain is not None and varied is not None
    assert above_variants([(plain, True), (varied, True)]) == {1: "-n"}
    assert above_variants([(plain, False), (varied, True)]) == {}
    assert above_variants([(varied, True), (plain, True)]) == {}
