"""Fences under a heading naming a configuration file hold its lines, not commands (x-f5a)."""

from __future__ import annotations

from conftest import draft, facts, warned

_NTP = """## NTP

### `/etc/ntp.conf` 설정

#### 1. 서버 주소
```
# use the pool
server pool.ntp.org
```

#### 2. 옵션
```
# sync quickly
server time.example.com iburst

iburst: 처음 동기화를 빠르게
prefer : 이 서버를 먼저 사용
```
"""


def test_directive_alone_takes_its_heading_and_values_are_concepts() -> None:
    assert facts(_NTP) == [
        (5, "concept", None, "server", "서버 주소"),
        (16, "concept", None, "iburst", "처음 동기화를 빠르게"),
        (17, "concept", None, "prefer", "이 서버를 먼저 사용"),
    ]
    notes = {n.front: n for n in draft(_NTP).notes}
    assert "server pool.ntp.org" in notes["server"].answers


def test_other_directives_are_warned_not_commands() -> None:
    assert warned(_NTP) == [14]
    assert all(n.kind.value != "command" for n in draft(_NTP).notes)


def test_shell_fence_under_config_heading_is_still_commands() -> None:
    text = "### `~/.bashrc` 설정\n\n```bash\n# 설정을 다시 읽는다\nsource ~/.bashrc\n```\n"
    assert [(line, kind, command) for line, kind, command, _, _ in facts(text)] == [(5, "command", "source")]


def test_without_a_config_heading_nothing_changes() -> None:
    text = "### 회전 주기\n\n```\n# 현재 디렉터리\npwd\n```\n"
    assert [(line, kind, command) for line, kind, command, _, _ in facts(text)] == [(5, "command", "pwd")]


def test_a_fence_of_statements_under_text_naming_a_file_is_its_lines_whatever_the_heading() -> None:
    # the text above names the file the lines go in; the heading names no file
    text = (
        "# Web server\n\n## turn on compression\n\nIn every `sites/*.conf`:\n```\n...\n"
        "gzip on; # added by hand\ngzip_types text/css;\n...\n```\n"
    )
    assert facts(text) == []
    assert warned(text) == [8, 9]


def test_a_block_of_shell_lines_is_no_file_of_statements() -> None:
    text = "# Web server\n\n## reload it\n\nCheck and reload:\n```\nnginx -t\nnginx -s reload\n```\n"
    assert [front for _, _, _, front, _ in facts(text)] != []


def test_a_shell_line_ending_in_a_semicolon_is_still_a_command() -> None:
    text = "# Files\n\nDelete every backup file below here:\n```\nfind . -name '*.bak' -exec rm {} \\;\n```\n"
    assert [(line, command) for line, _, command, _, _ in facts(text)] == [(5, "find")]


def test_statements_under_text_naming_no_file_are_not_said_to_be_a_files_lines() -> None:
    text = "# Web server\n\n## compression\n\n{above}\n```\ngzip on;\ngzip_types text/css;\n```\n"

    def file_lines(above: str) -> list[int]:
        return [w.line for w in draft(text.format(above=above)).warnings if "a line of a file or a setting" in w.message]

    assert file_lines("In `site.conf`:") == [7, 8]
    assert file_lines("Turn it on:") == []
