"""A sentence naming a command line and what it is for (quizzer/extract/run_to.py), in examples of our own:
``Run `X` to Y.`` and the Korean ``Y하려면 `X`를 입력하면 된다.`` (x-f10)."""

from __future__ import annotations

from conftest import draft, facts as _facts


def test_run_x_to_y() -> None:
    assert _facts("Run `npm prune --production` to drop the dev packages.\n") == [
        (1, "command", "npm prune", "npm prune --production", "to drop the dev packages"),
    ]


def test_the_purpose_first_then_the_line_to_type_in_korean() -> None:
    assert _facts("숨김 파일까지 보려면 `ls -a`를 입력하면 된다.\n") == [
        (1, "command", "ls", "ls -a", "숨김 파일까지 보려면"),
    ]
    assert _facts("디스크 사용량을 보고 싶다면 `df` 를 실행한다.\n") == [
        (1, "command", "df", "df", "디스크 사용량을 보고 싶다면"),
    ]


def test_one_word_of_no_known_program_is_said_of_no_line() -> None:
    assert not _facts("빌드하려면 `gradlew`를 입력하면 된다.\n")
    assert not _facts("Run `make` to build everything.\n")


def test_flags_each_with_its_purpose_in_one_korean_sentence() -> None:
    # flag_purposes.py (x-f10)
    text = (
        "## 파일 목록\n\n파일 목록을 보려면 `ls` 를 입력하면 된다.\n\n"
        "숨김 파일까지 보려면 `-a`를, 크기를 읽기 쉽게 보려면 옵션으로 `-h`를 함께 쓰면 된다.\n"
    )
    assert _facts(text)[1:] == [
        (5, "option", "ls", "-a", "숨김 파일까지 보려면"),
        (5, "option", "ls", "-h", "크기를 읽기 쉽게 보려면"),
    ]
    assert not _facts("숨김 파일까지 보려면 `-a`를, 크기를 보려면 `-h`를 쓰면 된다.\n")  # no command named here


def test_to_do_what_press_one_of_these_keys_is_a_key_note_each() -> None:
    text = "# 터미널 메모\n\n끝내려면 `ctrl+z`나 `ctrl+c`를 누르면 된다.\n"
    notes = [(n.kind.value, n.front, n.back, n.line) for n in draft(text).notes]
    assert notes == [("command", "ctrl+z", "끝내려면", 3), ("command", "ctrl+c", "끝내려면", 3)]


def test_words_that_are_no_keys_between_the_backticks_are_not_read_so() -> None:
    text = "# git\n\n되돌리려면 `reset`이나 `revert`를 입력하면 된다.\n"
    assert all(n.reason != "sentence: to do what, press these keys" for n in draft(text).notes)


def test_run_it_every_now_and_then_to_do_what_after_a_word_of_encouragement() -> None:
    text = "# Mac setup\n\nDon't be afraid to run `brew cleanup` every now and then to free the disk of old versions.\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [("brew cleanup", "to free the disk of old versions")]


def test_type_a_word_and_press_enter_to_do_something() -> None:
    # x-f31en2: "and press `Enter`" says the word is typed as the whole line, so one word of a known program counts
    assert _facts("Type `exit` and press `Enter` to leave the shell.\n") == [
        (1, "command", "exit", "exit", "to leave the shell"),
    ]
    assert _facts("Type `clear` then hit the Return key to wipe the screen.\n") == [
        (1, "command", "clear", "clear", "to wipe the screen"),
    ]
    assert not _facts("Type `frobnicate` and press `Enter` to start.\n")  # a program quizzer does not know


def test_a_label_then_type_and_press_enter_in_an_item() -> None:
    # x-f31en2: "- Label: Type `x` and press `Enter` to …" over the same line in a block nested under the item: one
    # command note, from the sentence; neither the label's concept joining both nor the heading over the block
    text = (
        "### Start and stop\n\n"
        "- Leaving the shell: Type `exit` and press `Enter` to end the session.\n\n"
        "    ```sh\n    exit\n    ```\n"
    )
    assert [(kind, front, back) for _, kind, _, front, back in _facts(text)] == [
        ("command", "exit", "to end the session"),
    ]


# a paragraph of several sentences, each naming its own line (x-f35en3)
def test_each_sentence_of_a_paragraph_naming_a_line_and_its_purpose_after_a_condition() -> None:
    text = (
        "Once the share is mounted, you can run `xdg-open /mnt/share` to browse it in the file manager. "
        "You can also `ls /mnt/share` to look around.\n"
    )
    assert _facts(text) == [
        (1, "command", "xdg-open", "xdg-open /mnt/share", "to browse it in the file manager"),
    ]


def test_a_line_of_an_unknown_program_needs_a_flag_or_a_path() -> None:
    assert _facts("Run `frobnicate /srv/data` to index the folder.\n") == [
        (1, "command", "frobnicate", "frobnicate /srv/data", "to index the folder"),
    ]
    assert not _facts("Run `frobnicate data` to index the folder.\n")


def test_lines_chained_with_and_and_are_no_one_lines_purpose() -> None:
    assert not _facts("Use `cd /srv/app && make dist && cp out.tar /backup` to ship a release.\n")
    text = "Use `cd /srv/app && make dist` to build a release. Use `scp out.tar host:/srv` to copy it.\n"
    assert [(front, back) for _, _, _, front, back in _facts(text)] == [("scp out.tar host:/srv", "to copy it")]
