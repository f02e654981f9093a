"""Names glossed under the block that uses them (issue 6, x-f8): a setting of the config block above
(``- `bantime`: …`` under ``bantime = 10m``) is a term, not a command; option comments right under a command line
that uses every one of them are that line's options; ``The `X` file …`` says what the file is. Examples are
our own."""

from __future__ import annotations

from conftest import draft, facts

_SETTINGS = """# 웹 서버

```ini
[server]
max_workers = 8
timeout: 30
```

- `max_workers`: How many requests are served at once.
- `timeout`: Seconds before a slow client is dropped.
- `rsync`: Copies the site to the mirror.
"""


def test_a_name_set_in_the_config_block_above_is_a_setting() -> None:
    notes = [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(_SETTINGS).notes]
    assert (9, "concept", None, "max_workers", "How many requests are served at once.") in notes
    assert (10, "concept", None, "timeout", "Seconds before a slow client is dropped.") in notes
    # a name the block does not set keeps its reading
    assert [n for n in notes if n[3] == "rsync" and n[1] == "concept"] == []


_FLAGS = """# 백업

```sh
apt update
rsync -a -z --delete src/ dst/
# -a : 권한과 시간 보존
# -z : 압축해서 전송
# --delete : 원본에 없는 파일 삭제
```
"""


def test_option_comments_under_the_line_that_uses_them_are_its_options() -> None:
    options = [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(_FLAGS).notes if n.kind.value == "option"]
    assert options == [
        (6, "option", "rsync", "-a", "권한과 시간 보존"),
        (7, "option", "rsync", "-z", "압축해서 전송"),
        (8, "option", "rsync", "--delete", "원본에 없는 파일 삭제"),
    ]


def test_option_comments_the_line_above_does_not_use_name_no_command() -> None:
    text = _FLAGS.replace("# -z : 압축해서 전송", "# -n : 시험 삼아 실행")
    assert [n for n in draft(text).notes if n.kind.value == "option"] == []


def test_the_file_sentence_says_what_the_file_is() -> None:
    text = "# Shell\n\nThe `~/.inputrc` file is read by readline when a shell starts. It is optional.\n\nThe config file is large.\n"
    assert facts(text) == [(3, "concept", None, "~/.inputrc", "read by readline when a shell starts")]
