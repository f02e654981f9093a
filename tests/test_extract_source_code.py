"""A fence that is a program's source (a body in braces) under a shell label: warned, not read as
commands glossed by their comments (x-f5a)."""

from __future__ import annotations

from conftest import draft, warned

_SOURCE = """## Rust

```sh
# 모듈 선언
mod config;
# 진입점
fn main() {
    println!("hi");
}
```
"""


def test_source_in_braces_is_warned_not_cards() -> None:
    assert not draft(_SOURCE).notes
    assert warned(_SOURCE) == [3]


def test_one_line_braces_are_not_source() -> None:
    # "{ a; b; }" on one line is a shell group: its command is still read
    text = "```bash\n# 두 파일을 합친다\n{ cat a.txt; cat b.txt; } > all.txt\n```\n"
    assert not any("source" in w.message for w in draft(text).warnings)


def test_shell_function_over_lines_is_source_too() -> None:
    text = "```bash\n# 인사 함수\ngreet() {\n  echo hi\n}\n```\n"
    assert not draft(text).notes
    assert warned(text) == [1]


def test_commands_with_comments_still_read() -> None:
    text = "```bash\n# 현재 디렉터리를 보여준다\npwd\n```\n"
    notes = draft(text).notes
    assert [(n.line, n.kind.value, n.command, n.back) for n in notes] == [(3, "command", "pwd", "현재 디렉터리를 보여준다")]
    assert warned(text) == []
