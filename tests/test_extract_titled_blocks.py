"""A heading that names the program of a block whose lines each carry their own comment is the block's title,
not what every line does (issue 6, x-f8): "## 2. Rust – `rustup`" over "rustup show  # …" lines. Examples are
our own."""

from __future__ import annotations

from conftest import facts

_TOOLCHAINS = """# Toolchain managers

## 1. Rust – `rustup`
```bash
# Show the active toolchain
rustup show

# Add a target platform
rustup target add wasm32-unknown-unknown
```

## 2. Ruby (`rbenv`)
```bash
# List installed rubies
rbenv versions
```
"""


def test_a_heading_naming_the_program_after_a_topic_is_a_title() -> None:
    assert facts(_TOOLCHAINS) == [
        (6, "command", "rustup", "rustup show", "Show the active toolchain"),
        (9, "command", "rustup", "rustup target add wasm32-unknown-unknown", "Add a target platform"),
        (15, "command", "rbenv", "rbenv versions", "List installed rubies"),
    ]


def test_a_heading_that_does_not_name_the_program_still_speaks_for_its_lines() -> None:
    text = "# Git\n\n## 로컬 브랜치 삭제하기\n```bash\n# --delete 옵션\ngit branch -d topic\n```\n"
    assert facts(text) == [(6, "command", "git branch", "git branch -d topic", "로컬 브랜치 삭제하기 (--delete 옵션)")]
