"""Text that only looks like a fact (issue 6, x-f8): a Korean sentence that starts with a program's name is no
command line that lost its fence; a paragraph sending the reader to the documentation says nothing a block does;
`default:` among an option's cases is no term; sizes a program printed are no definition. Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned


def test_a_sentence_starting_with_a_programs_name_is_no_command_line() -> None:
    text = "# 서버\n\n### 로그인 셸 바꾸기\n\ncrontab 파일은 사용자마다 하나씩 있다.\n\nchsh 명령으로 셸을 바꾼다.\n"
    assert [n for n in draft(text).notes if n.kind.value == "command"] == []


def test_a_command_line_with_a_korean_argument_in_quotes_is_still_one() -> None:
    text = "# git\n\n### 커밋하기\n\ngit commit -m \"버그를 고친다\"\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [('git commit -m "버그를 고친다"', "커밋하기")]


_SEE_DOCS = """# 검색

## 문서 수정

문서의 일부만 고칠 때 쓴다.

자세한 내용은 [공식 문서](https://example.org/update)를 참고하세요.

```shell
curl -XPOST "http://localhost:9200/books/_update/7"
```

## Reindex

Copies every document into a new index.

For more details, see the reference manual.

```shell
curl -XPOST "http://localhost:9200/_reindex"
```
"""


def test_a_paragraph_sending_the_reader_to_the_docs_is_no_description() -> None:
    notes = draft(_SEE_DOCS).notes
    assert [n.back for n in notes if "참고" in n.back or "manual" in n.back] == []
    assert {7, 17} <= set(warned(_SEE_DOCS))
    # the section's first sentence still says what its block does
    assert ("curl -XPOST \"http://localhost:9200/_reindex\"", "Copies every document into a new index.") in [
        (n.front, n.back) for n in notes
    ]


def test_default_among_an_options_cases_is_no_term() -> None:
    text = "# 네트워크\n\n- 출력 대상\n  - default: 첫 번째 인터페이스의 주소\n  - `-6`: IPv6 주소\n"
    assert [n for n in draft(text).notes if n.front == "default"] == []
    assert 4 in warned(text)


def test_sizes_a_program_printed_are_no_definition() -> None:
    text = (
        "# 디스크\n\n- 마운트 하기\n  - sudo vgscan\n  - sudo fdisk -l\n"
        "    - Disk /dev/vdb: 20 GiB, 21474836480 bytes, 41943040 sectors\n  - sudo mount /dev/vdb1 /mnt\n"
    )
    assert [n for n in draft(text).notes if n.front.startswith("Disk")] == []
    assert 6 in warned(text)


_STALE_ITEM = """- 용량 늘리기
  - lvresize -L +3G /dev/vg0/data
  - lvscan
  - 마운트 하기
    - sudo mkdir /data
    - sudo mount /dev/vg0/data /data
    - UUID 확인
    <pre>
    $ sudo blkid /dev/vg0/data
    /dev/vg0/data: UUID="1234-abcd" TYPE="ext4"
    </pre>
"""


def test_an_item_over_command_lines_of_its_own_is_not_the_text_above_a_later_block() -> None:
    assert [n.back for n in draft(_STALE_ITEM).notes if "blkid" in n.front] == []


def test_an_item_right_above_its_block_still_describes_it() -> None:
    text = "- 여유 공간 보기\n  <pre>\n  $ df -h\n  Filesystem  Size\n  </pre>\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [("df -h", "여유 공간 보기")]


def test_a_sentence_presenting_what_the_block_shows_says_nothing_of_its_command() -> None:
    text = "# Packages\n\nHere is the help for npm 9.\n\n```\n$ npm\n```\n"
    assert [n for n in draft(text).notes if n.kind.value == "command"] == []
    assert 3 in warned(text)
    # a sentence saying what a line is for still describes it
    told = "# Packages\n\nHere is the command to clear the cache of npm.\n\n```\nnpm cache clean --force\n```\n"
    assert [(front, back) for _, kind, _, front, back in facts(told) if kind == "command"] == [
        ("npm cache clean --force", "Here is the command to clear the cache of npm.")
    ]


def test_a_setting_set_to_a_value_is_no_term() -> None:
    # "`Name` set to true": which value to choose for a setting, never what the setting is
    text = (
        "# Terminal setup\n\n"
        "- Preferences\n"
        "  - `Close window on exit` set to true\n"
        "  - `Show tab bar` turned off\n"
        "- `wezterm` a terminal written in Rust\n"
    )
    made = draft(text)
    assert [n.line for n in made.notes] == [6]
    assert [w.line for w in made.warnings if "a setting and the value" in w.message] == [4, 5]


def test_a_version_presented_with_what_it_does_describes_the_line() -> None:
    # (x-f34en2) "Here's a version that <does> …:": the clause is what the line does
    text = "# Backups\n\nHere's a version that keeps the dates of the files:\n\n```\nrsync -a --times src/ dst/\n```\n"
    assert [(front, back) for _, kind, _, front, back in facts(text) if kind == "command"] == [
        ("rsync -a --times src/ dst/", "keeps the dates of the files")
    ]
    # how the version is, not what it does: no card
    text = "# Backups\n\nHere's a version that works on macOS:\n\n```\nrsync -a src/ dst/\n```\n"
    assert [n for n in draft(text).notes if n.kind.value == "command"] == []


def test_a_version_presented_with_how_it_is_made_says_nothing_it_does() -> None:
    # "that takes the same arguments", "that accepts a list": a verb and an object that say how the line is called,
    # not what it does (the card 'rsync -a src/ dst/ → takes the same arguments'); warned as "Here's a …" is
    for clause in ("takes the same arguments", "accepts a list of folders", "expects the paths in quotes"):
        text = f"# Backups\n\nHere's a version that {clause}:\n\n```\nrsync -a src/ dst/\n```\n"
        assert [n for n in draft(text).notes if n.kind.value == "command"] == [], clause
    # a verb and its particle ("picks up", "leaves out") is a doing said in two words
    text = "# Backups\n\nHere's a version that picks up the name of the folder:\n\n```\nrsync -a src/ \"$(basename $PWD)\"/\n```\n"
    assert [back for _, kind, _, _, back in facts(text) if kind == "command"] == ["picks up the name of the folder"]
