"""Values of an argument the command line above passes, listed under it: options of that line's command.

``umask 022`` in a fence / "### 자주 쓰는 값" / "- `022`: …", "- `077`: …": the first item is a word of the line, so
the list gives that slot's values; each is an option note of ``umask``, not a term of no command.
"""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(note.kind.value, note.command, note.front, note.back) for note in draft(text).notes]


_KO = """# 기본 권한

## umask

```shell
umask 022
```

### 자주 쓰는 값

- `022`: 다른 사용자는 읽기만 가능
  - => 보통의 기본값
- `077`: 소유자만 접근 가능
- `002`: 같은 그룹은 쓰기도 가능
- 값은 빼는 권한이다.
"""


def test_values_listed_under_the_line_are_options_of_its_command() -> None:
    notes = _notes(_KO)
    assert ("option", "umask", "022", "다른 사용자는 읽기만 가능") in notes
    assert ("option", "umask", "077", "소유자만 접근 가능") in notes
    assert ("option", "umask", "002", "같은 그룹은 쓰기도 가능") in notes
    assert not [note for note in notes if note[0] == "concept" and note[2][:1].isdigit()]


def test_the_same_in_english_with_sudo_and_a_placeholder() -> None:
    notes = _notes(
        "# Signals\n\n## Stop\n\n```\nsudo kill -TERM {pid}\n```\n\n### Signals\n\n- `-TERM`: ask it to stop\n"
        "- `KILL`: stop it at once\n"
    )
    # a list opening with an option ("-TERM") is left to the option readers: no run of values starts
    assert ("option", "kill", "KILL", "stop it at once") not in notes
    notes = _notes(
        "# Files\n\n## Modes\n\n```\nsudo chmod u+x {file}\n```\n\n### Modes I use\n\n- `u+x`: the owner may run it\n"
        "- `a-w`: nobody may write\n"
    )
    assert ("option", "chmod", "u+x", "the owner may run it") in notes
    assert ("option", "chmod", "a-w", "nobody may write") in notes


def test_a_list_whose_first_value_is_no_word_of_the_line_is_not_read_so() -> None:
    notes = _notes("# 기본 권한\n\n```shell\numask 022\n```\n\n- `077`: 소유자만 접근 가능\n")
    assert not [note for note in notes if note[1] == "umask" and note[2] == "077"]


def test_a_paragraph_between_the_fence_and_the_list_breaks_the_link() -> None:
    notes = _notes("# 기본 권한\n\n```shell\numask 022\n```\n\n값의 뜻은 다음과 같다.\n\n- `022`: 다른 사용자는 읽기만 가능\n")
    assert not [note for note in notes if note[0] == "option"]


def test_a_heading_as_high_as_the_fences_own_breaks_the_link() -> None:
    notes = _notes("# 권한\n\n## umask\n\n```shell\numask 022\n```\n\n## 다른 이야기\n\n- `022`: 다른 사용자는 읽기만 가능\n")
    assert not [note for note in notes if note[0] == "option"]


def test_a_fence_of_two_lines_gives_no_slot() -> None:
    notes = _notes("# 권한\n\n```shell\numask 022\numask 077\n```\n\n- `022`: 다른 사용자는 읽기만 가능\n")
    assert not [note for note in notes if note[0] == "option"]
