"""Text that is not what a block's lines do, and a bold phrase that begins a lead-in sentence (issue 6, x-f8):
a paragraph going on from the heading ("…which …"), a list of tool names under the title, "**verb phrase** rest
of the sentence:" over a block. Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned

_CONTINUED = """# buildah

## make a working container

…which starts from an image and can then be changed step by step:

```shell
buildah from fedora # from the fedora image
buildah from scratch # from nothing at all
```
"""


def test_text_going_on_from_the_heading_is_not_what_the_lines_do() -> None:
    assert facts(_CONTINUED) == [
        (8, "command", "buildah", "buildah from fedora", "from the fedora image"),
        (9, "command", "buildah", "buildah from scratch", "from nothing at all"),
    ]
    assert 5 in warned(_CONTINUED)


def test_three_dots_going_on_from_a_label_likewise() -> None:
    text = "# disks\n\n## watch the resync\n\n... every few seconds\n\n```\nwatch -n 5 cat /proc/mdstat\n```\n"
    assert [n.back for n in draft(text).notes if n.back.startswith("...")] == []
    assert 5 in warned(text)


def test_a_list_of_names_that_holds_the_command_itself_is_no_description() -> None:
    text = "# rsync\n\nrsync, scp, sftp... 🙂\n\n## copy\n\n```\nrsync -a src/ dst/\n```\n"
    assert [n for n in draft(text).notes if n.front == "rsync"] == []
    assert 3 in warned(text)


def test_a_sentence_naming_its_tool_is_still_a_description() -> None:
    text = "# rsync\n\nCopies files, only what changed, between hosts.\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [("rsync", "Copies files, only what changed, between hosts.")]


_BOLD_LEAD_IN = """# buildah

## images

**push an image** to a registry of your own:

```shell
buildah push myimage docker://registry.local/myimage
```

**Warning**: pushing needs a login.
"""


def test_a_bold_phrase_running_on_into_a_lead_in_is_the_description_of_the_block() -> None:
    assert facts(_BOLD_LEAD_IN) == [
        (8, "command", "buildah", "buildah push myimage docker://registry.local/myimage",
         "push an image to a registry of your own"),
    ]


_ASIDES = """# git

## remember how conflicts were resolved

that one matters, doesn't it?

```
git config --global rerere.enabled true
```

**drop every untracked file:**

spot the `-x` flag?

```
git clean -fdx
```
"""


def test_a_question_put_to_the_reader_leaves_the_heading_or_label_above_as_the_description() -> None:
    assert facts(_ASIDES) == [
        (8, "command", "git config", "git config --global rerere.enabled true", "remember how conflicts were resolved"),
        (16, "command", "git clean", "git clean -fdx", "drop every untracked file"),
    ]
    assert {5, 13} <= set(warned(_ASIDES))


def test_a_how_question_over_a_block_still_says_what_it_does() -> None:
    text = "# ports\n\nWhich process holds port 8080?\n\n```\nlsof -i :8080\n```\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [("lsof -i :8080", "Which process holds port 8080?")]


def test_a_tool_name_over_a_nested_command_is_not_what_the_command_does() -> None:
    text = "# tips\n\n- Shrink videos\n  - FFmpeg\n    - `ffmpeg -i in.mp4 -crf 28 out.mp4`\n"
    assert all(back != "FFmpeg" for *_, back in facts(text))


def test_a_clause_starting_with_which_goes_on_from_above_and_says_nothing_of_the_block() -> None:
    text = (
        "## Disks\n\n- Find the block device of a disk\n  - \n    lsblk lists the disks and their sizes, e.g.\n\n"
        "    ```\n    sda 8:0 0 100G 0 disk\n    ```\n    which translates to `/dev/sda`\n  -\n"
        "    the lsblk command is just a wrapper around sysfs\n\n    ```\n    $ lsblk -f\n    sda 8:0 ext4 root\n    ```\n"
    )
    assert all(not back.startswith("which") for *_, back in facts(text))


def test_run_as_below_then_what_it_does_is_a_description() -> None:
    # (x-f34ko3) "다음과 같이 실행하면 …": how to run it, then what running it does, read as "아래처럼 입력하면 …" is;
    # "다음과 같이 실행하면 된다" only says to run it
    text = (
        "# 메모\n\n## 보기\n\n다음과 같이 실행하는 것으로 숨은 파일까지 모두 볼 수 있다.\n\n```bash\nls -a\n```\n\n"
        "## 지우기\n\n다음과 같이 실행하면 된다.\n\n```bash\nrm -r build\n```\n"
    )
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("ls -a", "다음과 같이 실행하는 것으로 숨은 파일까지 모두 볼 수 있다.")]


def test_run_as_below_then_must_not_is_no_description() -> None:
    # "다음과 같이 실행하면 안 된다": a prohibition, never what the line does (the card 'rm -rf / → 다음과 같이 실행하면 안 된다.')
    for sentence in ("다음과 같이 실행하면 안 된다.", "다음과 같이 입력하면 안 됩니다."):
        text = f"# 메모\n\n## 지우기\n\n{sentence}\n\n```bash\nrm -rf /\n```\n"
        assert all(back != sentence for *_, back in facts(text)), sentence
    # over a block of one key, the clause after '…하면' is no doing either (the card ':q! → 안 됩니다')
    text = "# Vim 정리\n\n## 나가기\n\n아래처럼 입력하면 안 됩니다.\n```\n:q!\n```\n"
    assert all(back != "안 됩니다" for *_, back in facts(text))


def test_a_korean_prohibition_over_a_block_is_a_caution_not_what_the_line_does() -> None:
    # "…하면 안 됩니다", "…하지 마세요" over a block: a caution (as "Do not use this …" is); the heading right above
    # says what the line does, else nothing does (the card 'git push -f → 아래처럼 입력하면 안 됩니다.')
    text = "# Git 정리\n\n## 강제로 올리기\n\n공유 브랜치에서는 아래처럼 입력하면 안 됩니다.\n```\ngit push -f\n```\n"
    assert facts(text) == [(7, "command", "git push", "git push -f", "강제로 올리기")]
    text = "# Git 정리\n\n## 강제로 올리기\n\n설명.\n\n공유 브랜치에서는 절대 실행하지 마세요.\n```\ngit push -f\n```\n"
    assert [n for n in facts(text) if n[3] == "git push -f"] == [] and 8 in warned(text)
    text = "# Vim 정리\n\n## 나가기\n\n저장하지 않았다면 아래처럼 입력하면 안 됩니다.\n```\n:q!\n```\n"
    assert [(front, back) for _l, _k, _c, front, back in facts(text)] == [(":q!", "나가기")]
    # a sentence saying what happens is no caution
    text = "# Git 정리\n\n아래처럼 입력하면 원격 브랜치가 덮어써진다.\n```\ngit push -f\n```\n"
    assert [back for *_, back in facts(text)] == ["아래처럼 입력하면 원격 브랜치가 덮어써진다."]


def test_a_heading_that_numbers_a_step_says_nothing_the_line_under_it_does() -> None:
    # "## Step 2" over a block: which step it is, never what its line does (the cards 'git status → Step 2', ':wq → Step
    # 3'); a heading saying a doing still is
    text = "# Git 정리\n\n## Step 2\n\n```\ngit status\n```\n\n## Stage 3:\n\n```\ngit add .\n```\n"
    assert facts(text) == []
    text = "# Vim 정리\n\n## 단계 3\n\n```\n:wq\n```\n"
    assert facts(text) == []
    text = "# Git 정리\n\n## Show the state\n\n```\ngit status\n```\n"
    assert facts(text) == [(6, "command", "git status", "git status", "Show the state")]
