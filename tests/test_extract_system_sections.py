"""One task under the notes' title, a section for each system: each section's one line does the task there."""

from __future__ import annotations

from conftest import draft


def _read(text: str) -> list[tuple[int, str | None, str, str, str | None]]:
    return [(note.line, note.command, note.front, note.back, note.context) for note in draft(text).notes]


_KO = """# 터미널에서 휴지통 비우기

터미널 명령으로 휴지통을 비울 수 있다. 운영체제마다 명령이 다르다.

## macOS

```shell
$ osascript -e 'tell app "Finder" to empty trash'
```

## Linux

```shell
$ gio trash --empty
```
"""


def test_each_systems_line_does_the_task_the_sentence_under_the_title_restates() -> None:
    notes = _read(_KO)
    said = "터미널 명령으로 휴지통을 비울 수 있다."
    assert (3, "gio", "gio trash --empty", said, "Linux") in notes
    assert [note for note in notes if note[1] == "osascript" and note[3] == said]


def test_a_sentence_that_does_not_restate_the_title_leaves_the_title_as_the_task() -> None:
    text = _KO.replace("터미널 명령으로 휴지통을 비울 수 있다.", "자주 쓰게 되어 적어 둔다.")
    assert (1, "gio", "gio trash --empty", "터미널에서 휴지통 비우기", "Linux") in _read(text)


def test_in_english_with_windows_beside_other_systems() -> None:
    text = (
        "# Show the machine's name\n\n## Windows\n\n```\nC:\\> hostname\n```\n\n## Linux\n\n```\n$ uname -n\n```\n"
    )
    notes = _read(text)
    assert (1, "uname", "uname -n", "Show the machine's name", "Linux") in notes
    assert (1, "hostname", "hostname", "Show the machine's name", "Windows") in notes


def test_a_title_that_is_a_topic_gives_no_task() -> None:
    notes = _read(_KO.replace("# 터미널에서 휴지통 비우기", "# 휴지통"))
    assert not [note for note in notes if note[1] == "gio"]


def test_a_section_that_names_no_system_leaves_the_notes_alone() -> None:
    notes = _read(_KO.replace("## macOS", "## 참고"))
    assert not [note for note in notes if note[4] == "Linux"]


def test_a_block_of_two_lines_says_no_one_task() -> None:
    notes = _read(_KO.replace("$ gio trash --empty", "$ gio trash --empty\n$ gio trash --list"))
    assert not [note for note in notes if note[1] == "gio"]


_EN = "# Open a folder from the terminal\n\n{sentence}\n\n## Linux\n\n```\nxdg-open .\n```\n\n## Windows\n\n```\nexplorer .\n```\n"


def test_an_english_sentence_restates_the_title_by_its_own_words() -> None:
    notes = _read(_EN.format(sentence="Any folder opens from the terminal in its file manager."))
    assert (3, "xdg-open", "xdg-open .", "Any folder opens from the terminal in its file manager.", "Linux") in notes


def test_an_english_sentence_sharing_only_small_words_and_first_letters_is_no_restatement() -> None:
    notes = _read(_EN.format(sentence="The trick comes from an old forum thread about terminals."))
    assert (1, "xdg-open", "xdg-open .", "Open a folder from the terminal", "Linux") in notes
