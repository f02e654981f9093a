"""What a line wears before its words (emoji shortcodes, task boxes: quizzer/extract/decorations.py), a name
with the words it was made from (quizzer/extract/name_expansions.py), and items over blank-line-apart blocks,
in examples of our own."""

from __future__ import annotations

import pytest
from conftest import facts, warned

from quizzer.extract import extract
from quizzer.extract.decorations import remark_picture, undecorated
from quizzer.extract.name_expansions import spells


@pytest.mark.parametrize(
    ("text", "item", "left"),
    [
        (":rocket: Start", False, "Start"),
        (":desktop_computer: Windows", False, "Windows"),
        (":a: :b:  Two letters", False, "Two letters"),
        (":x: Troubleshooting", False, "Troubleshooting"),
        ("[ ] Pull the image", True, "Pull the image"),
        ("[x] :white_check_mark: Done", True, "Done"),
        # vim's commands are written the same way in lists: a letter or two stays there
        (":x: save and quit", True, ":x: save and quit"),
        # and longer words too: a command or a name unless GitHub draws it and notes wear it there
        (":edit: open a file", True, ":edit: open a file"),
        (":warning: Back up first", True, "Back up first"),
        (":edit: open a file", False, "open a file"),
        (":wq: save and quit", False, ":wq: save and quit"),
        # alone, in the middle, or with nothing after it: as written
        (":tada:", False, ":tada:"),
        ("Done :tada: at last", False, "Done :tada: at last"),
        ("10:30: the meeting", False, "10:30: the meeting"),
        ("[ ] not an item", False, "[ ] not an item"),
    ],
)
def test_what_is_taken_off_the_start_of_a_line(text: str, item: bool, left: str) -> None:
    assert undecorated(text, item=item) == left


EMOJI = """# Podman

## :rocket: Start

:penguin: Linux

```
sudo dnf install podman
```

## :two: Run a container

- [ ] Pull the image

```
podman pull alpine
```

- [ ] List the images

```
podman images
```
"""


def test_shortcodes_and_task_boxes_are_no_part_of_a_card() -> None:
    made = facts(EMOJI)
    assert [(line, front, back) for line, _, _, front, back in made] == [
        (16, "podman pull alpine", "Run a container\nPull the image"), (22, "podman images", "List the images")]
    assert not any(":" in back.split("\n")[0][:1] or "[ ]" in back or ":" in front[:1] for *_, front, back in made)


def test_a_letter_of_vim_in_a_list_is_still_a_command() -> None:
    assert [(front, back) for *_, front, back in facts("# vim\n\n- :x: save and quit\n- :wq: write and quit\n")] == [
        (":x", "save and quit"), (":wq", "write and quit")]


def test_a_word_of_vim_or_a_special_name_in_a_list_is_no_picture() -> None:
    text = "# vim\n\n- :edit: open a file in this window\n- :close: close this window\n"
    assert [(front, back) for *_, front, back in facts(text)] == [
        (":edit", "open a file in this window"), (":close", "close this window")]
    # a name between colons is no picture to drop, leaving its meaning to the heading above
    named = "## Odd names\n\n- :stdin: the input stream as a file name\n"
    assert all(front != "Odd names" for *_, front, _ in facts(named))


def test_a_task_box_is_no_part_of_an_item_over_nested_items() -> None:
    plain = "# Stash\n\n- `git stash list`\n  - 쌓아 둔 변경을 본다\n  - 가장 위가 최근 것\n- `git stash pop`\n  - 맨 위 변경을 되살린다\n  - 충돌하면 남는다\n"
    boxed = plain.replace("- `", "- [ ] `", 1).replace("- `git stash pop", "- [x] `git stash pop")
    assert facts(boxed) == facts(plain) != []


def test_a_task_box_before_a_code_span_is_no_part_of_the_card() -> None:
    text = "# Tools\n\n- [ ] `htop`: shows processes\n- [x] `df -h`: disk usage\n"
    assert [(front, back) for *_, front, back in facts(text)] == [("htop", "shows processes"), ("df -h", "disk usage")]
    # under a heading naming the program, the boxed line reads as the plain one does
    plain = "# git\n\n- `git stash list`\n  - 쌓아 둔 변경을 본다\n  - 가장 위가 최근 것\n"
    assert facts(plain.replace("- `", "- [ ] `", 1)) == facts(plain)


def test_an_item_a_blank_line_above_each_block_names_that_block() -> None:
    text = (
        "# Lima\n\n* Create\n\n```\n$ limactl create default\n```\n\n* Open a shell inside\n\n"
        "```\n$ limactl shell default\n```\n\n* Stop the machine\n\n```\n$ limactl stop default\n```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)][1:] == [
        (12, "limactl shell default", "Open a shell inside"), (18, "limactl stop default", "Stop the machine")]


def test_an_item_after_a_block_named_from_above_by_a_heading_still_says_what_it_does() -> None:
    text = "## Pull\n\n```\npodman pull alpine\n```\n\n- fetches the image\n\n```\npodman images\n```\n"
    assert (4, "podman pull alpine", "fetches the image") in [(line, front, back) for line, _, _, front, back in facts(text)]


@pytest.mark.parametrize(
    ("name", "phrase", "spelt"),
    [
        ("kubectl", "kube control", True), ("curl", "Client URL", True), ("kind", "Kubernetes In Docker", True),
        ("npm", "node package manager", True), ("htop", "interactive process viewer", False),
        ("ls", "list files", False), ("df", "disk free", True), ("du", "show disk usage", False), ("git", "git", False),
    ],
)
def test_words_that_spell_a_name(name: str, phrase: str, spelt: bool) -> None:
    assert spells(name, phrase) is spelt


def test_a_program_and_what_its_name_stands_for_is_a_concept_in_an_item_as_in_a_heading() -> None:
    # not what the program does (no command card), but a fact all the same, read one way however written
    text = "# Tools\n\n- df (disk free)\n- htop (interactive process viewer)\n\n## DF (Disk Free)\n\nSizes in blocks.\n"
    assert [(line, kind, front, back) for line, kind, _, front, back in facts(text)] == [
        (3, "concept", "df", "disk free"), (4, "command", "htop", "interactive process viewer"),
        (6, "concept", "DF", "Disk Free")]


def test_a_heading_subtitle_naming_a_kind_of_writing_spells_no_name() -> None:
    # the letters fit (d-i-g, s-e-d) but the words say what the section holds
    for heading in ("## Dig: Daily Info Guide", "## SED - Some Editing Examples", "## Cut (Common Usage Tips)"):
        assert facts(f"# Net\n\n{heading}\n\nWords under it.\n") == [], heading
    assert spells("dig", "Daily Info Guide") is False


def test_a_part_saying_what_the_name_comes_from_is_no_part_of_what_the_program_does() -> None:
    # "`X`: what it does / `words`에서 유래": the origin is a note of the name, apart from the command's card
    text = "# 권한\n\n- `chown`: 파일의 주인을 바꾸는 명령 / `change owner`에서 유래\n"
    notes = facts(text)
    assert (3, "command", "chown", "chown", "파일의 주인을 바꾸는 명령") in notes
    assert (3, "concept", None, "chown", "change owner에서 유래") in notes
    assert len(notes) == 2


def test_a_part_after_the_slash_that_does_not_spell_the_name_stays_in_the_meaning() -> None:
    text = "# 권한\n\n- `chown`: 파일의 주인을 바꾸는 명령 / 그룹도 함께\n"
    assert facts(text) == [(3, "command", "chown", "chown", "파일의 주인을 바꾸는 명령 / 그룹도 함께")]


# a quote drawn as a warning or a note (x-f35en3)
@pytest.mark.parametrize(("line", "label"), [
    ("> :warning: **Keep it offline!**: backups only.", "warning"),
    (">:rotating_light: never on a shared host", "warning"),
    ("> :information_source: works the same on BSD", "note"),
    ("> :bulb: a shorter way below", "tip"),
    ("> \u26a0\ufe0f keep it offline", "warning"),
])
def test_a_quote_opening_with_a_warning_picture_is_a_remark(line: str, label: str) -> None:
    assert remark_picture(line) == label


@pytest.mark.parametrize("line", [
    ":warning: keep it offline",  # no quote
    "> :rocket: fast start",  # a picture that is no remark's
    "> keep it :warning: offline",  # the picture inside the sentence
    "> `:warning:`",
])
def test_other_lines_are_no_pictured_remark(line: str) -> None:
    assert remark_picture(line) is None


def test_a_warning_quote_between_a_heading_and_its_block_leaves_the_heading_its_meaning() -> None:
    text = (
        "# Notes\n\n### Export the signing key\n"
        "> :warning: **Never paste it in a chat!**: keep it for backups.\n"
        "```bash\nssh-keygen -y -f <KEYFILE>\n```\n"
    )
    result = extract(text, deck="t", source="t.md")
    assert [(n.line, n.front, n.back) for n in result.notes] == [(6, "ssh-keygen -y -f", "Export the signing key")]
    assert 4 in [w.line for w in result.warnings]
