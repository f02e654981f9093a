"""Shapes of unseen notes that made wrong cards, read by general signals (issue 6, "Precision first").

Each test is an example of our own: the shape either gives the right card, or its doubtful part
becomes a warning with its line, never a card that teaches a wrong fact.
"""

from __future__ import annotations

from quizzer.extract import extract
from conftest import draft as _draft, facts as _facts


def _doubt_lines(text: str, words: str) -> list[int]:
    return [w.line for w in _draft(text).warnings if words in w.message]


# `Label`: command — the label says what the command does; it is not a term defined by a command line ----

LABEL_COMMANDS = """# Object store cheat sheet

## Buckets

- `List buckets`: blobctl ls, blobctl ls -l bs://<bucket>

- `Fetch an object`: blobctl get bs://<bucket>/<key> ./out

- `Remove an object`: blobctl rm bs://<bucket>/<key>

- `Archive`: a bucket whose objects are kept cold and cheap
"""


def test_a_label_over_command_lines_of_an_unknown_program_is_no_concept() -> None:
    # the label says what each line does: one command note per line (without its placeholders, unless that glues
    # its words), never a concept
    assert _facts(LABEL_COMMANDS) == [
        (5, "command", "blobctl", "blobctl ls", "List buckets"),
        (5, "command", "blobctl", "blobctl ls -l", "List buckets"),
        (7, "command", "blobctl", "blobctl get bs://<bucket>/<key> ./out", "Fetch an object"),  # not "get ./out"
        (9, "command", "blobctl", "blobctl rm", "Remove an object"),
        (11, "concept", None, "Archive", "a bucket whose objects are kept cold and cheap"),
    ]
    fetch = _draft(LABEL_COMMANDS).notes[2]
    assert fetch.context == "blobctl get bs://<bucket>/<key> ./out"
    # the key of before (history kept); the glued line is another command, no answer
    assert fetch.key.endswith("|blobctl get ./out") and "blobctl get ./out" not in fetch.answers


KNOWN_PROGRAM_BACK = """# 서버 점검

- 디스크 용량 확인: df -h /var
- `압축`: tar -czf out.tgz ./dir, tar -xzf out.tgz
- 데몬: 백그라운드에서 도는 프로그램
"""


def test_a_label_over_a_command_line_gives_the_command_or_a_warning_never_a_concept() -> None:
    assert _facts(KNOWN_PROGRAM_BACK) == [
        (3, "command", "df", "df -h /var", "디스크 용량 확인"),  # the `description: command` reading
        (5, "concept", None, "데몬", "백그라운드에서 도는 프로그램"),
    ]
    assert _doubt_lines(KNOWN_PROGRAM_BACK, "is a command line") == [4]


PROSE_BACKS = """# Words

- Kernel: core of the system, it schedules every process
- Shell: reads a line, runs it, prints what it says
- Cron job: work run at set times by the cron daemon
"""


def test_a_definition_in_words_stays_a_concept() -> None:
    assert [(line, kind, front) for line, kind, _, front, _ in _facts(PROSE_BACKS)] == [
        (3, "concept", "Kernel"), (4, "concept", "Shell"), (5, "concept", "Cron job"),
    ]
    assert _doubt_lines(PROSE_BACKS, "is a command line") == []


# `## cmd : meaning` over a fence of its forms: one card, not a second "syntax" card repeating it ----------

HEADING_OVER_FORMS = """---
title   : Notes on GDB
---

# 실행 제어

## until : 반복문 끝까지 실행

```sh
until
until <라인번호>
```

## shell : 셸 명령 실행

```sh
shell <명령>
```

## frame : 프레임 고르기

```sh
frame <번호>
f <번호>
```
"""


def test_a_usage_line_under_a_heading_that_made_its_card_is_no_second_card() -> None:
    # the front matter's "title   :" (spaces before the colon, as YAML allows) names the program
    assert _facts(HEADING_OVER_FORMS) == [
        (7, "command", "gdb", "until", "반복문 끝까지 실행"),
        (14, "command", "gdb", "shell", "셸 명령 실행"),
        (17, "syntax", "gdb", "shell", "shell <명령>"),  # its one usage line: a usage card of its own
        (20, "command", "gdb", "frame", "프레임 고르기"),
    ]
    # "until" only repeats the command; "frame <번호>" is the first of a list of forms, no usage of its own
    assert _doubt_lines(HEADING_OVER_FORMS, "not made a second card") == [10, 23]


# a block under a "what to do" heading whose lines are forms of one command or keys: no procedure --------

FORMS_NOT_STEPS = """# 작업

## 디렉터리 만들기

```
mkdir -p /srv/app/logs --mode 750
mkdir -p /srv/app/cache --mode 750
ctrl+d
```

## 새 저장소 올리기

```
git init
git add README.md
git push -u origin main
```
"""


def test_forms_of_one_command_or_keys_pressed_are_not_steps() -> None:
    facts = _facts(FORMS_NOT_STEPS)
    assert [(line, kind, back) for line, kind, _, _, back in facts] == [
        (14, "step", "git init"), (15, "step", "git add README.md"), (16, "step", "git push -u origin main"),
    ]
    assert _doubt_lines(FORMS_NOT_STEPS, "list of forms or keys") == [6, 7, 8]


def test_usages_of_one_command_are_forms_not_steps() -> None:
    # the same command but for placeholders, under a heading that says what to do
    from quizzer.extract.decide import _forms

    assert _forms(("enable",), ("enable",))  # "enable" and "enable <n>" once placeholders are gone
    assert _forms(("svn", "mkdir", "--parents", "a/trunk"), ("svn", "mkdir", "--parents", "a/tags"))
    assert not _forms(("conda", "env", "export"), ("conda", "env", "create", "-f"))
    assert not _forms(("git", "add", "README.md"), ("git", "push", "origin"))


# a title naming a manual page is no description; a link's text is no term ------------------------------

def test_a_manual_page_name_over_a_block_is_not_what_its_line_does() -> None:
    from quizzer.extract.decide import decide
    from quizzer.extract.model import Kind, NoteDraft, note_key

    def note(line: int, front: str, back: str) -> NoteDraft:
        return NoteDraft(note_key("t", Kind.COMMAND, "rsync", front), Kind.COMMAND, front, back, "rsync", (), line, (),
                         reason="text just above its code block")

    kept, warnings = decide([note(4, "rsync -a", "rsync(1)"), note(5, "rsync -n", "copy nothing, show what would be copied")],
                            program="rsync")
    assert [(n.line, n.back) for n in kept] == [(5, "copy nothing, show what would be copied")]
    assert [w.line for w in warnings] == [4] and "is a value" in warnings[0].message


LINKED_TERMS = """# Further reading

- [kernel/sched][sched-doc] - how the scheduler picks a task
- [The Linux Documentation Project](https://tldp.org) - guides and HOWTOs
- Scheduler: the part of the kernel that picks the next task to run

[sched-doc]: https://example.org/sched
"""


def test_a_link_in_a_reading_list_is_no_term() -> None:
    assert _facts(LINKED_TERMS) == [
        (5, "concept", None, "Scheduler", "the part of the kernel that picks the next task to run"),
    ]
    assert _doubt_lines(LINKED_TERMS, "text of a link") == [3]  # line 4 no rule reads as a term


# a key table in notes about a pager or editor: every row is a key of that program ---------------------

PAGER_KEYS = """# nano - a small editor

## Keys

| Key | Action |
|-----|--------|
| Space bar or PgDn | Next screen |
| w or PgUp | Previous screen |
| ?word | Search backwards for word |
| Esc x | Clear the marks |
"""


def test_a_key_table_row_in_notes_about_a_pager_is_a_key_of_the_pager() -> None:
    assert [(line, kind, command, front) for line, kind, command, front, _ in _facts(PAGER_KEYS)] == [
        (7, "command", "nano", "Space bar, PgDn"),  # read by the key rules already
        (8, "command", "nano", "w, PgUp"),
        (9, "command", "nano", "?word"),
        (10, "command", "nano", "Esc x"),
    ]


# `command: description` lines whose description is a value or another command line -------------------

VALUES_AND_SWAPPED = """# 네트워크 확인

- 먼저 주소를 확인한다.
    + route: 10.0.0.1
    + mtu: 0x5dc
- uptime 확인 : `fleet all -a 'uptime'`
- 메모리 확인 : `fleet all -a 'free -m'`
- 디스크 확인 : `fleet all -a 'df -h'`
- 접속자 확인 : `fleet all -a 'who'`
- `df -h` : 디스크 용량 확인
"""


def test_a_value_or_another_command_line_is_not_what_a_command_does() -> None:
    assert _facts(VALUES_AND_SWAPPED) == [
        (7, "command", "fleet", "fleet all -a 'free -m'", "메모리 확인"),  # labels over command lines: read so
        (8, "command", "fleet", "fleet all -a 'df -h'", "디스크 확인"),
        (9, "command", "fleet", "fleet all -a 'who'", "접속자 확인"),
        (10, "command", "df", "df -h", "디스크 용량 확인"),
    ]
    assert _doubt_lines(VALUES_AND_SWAPPED, "is a value") == [4, 5]
    # "fleet" starts three definitions, with flags: a program; "uptime" (a program too) is not what the line runs
    assert _doubt_lines(VALUES_AND_SWAPPED, "is a command line") == [6]


# the sentence above a block that points at it ("as follows") says nothing of what its line does ----------

POINTING_SENTENCES = """# Emulator notes

A saved state can also be loaded at start-up as

```
emu-run -restore snap1 disk.img
```

The firmware file is given as follows, with the default display device.

```
emu-run -firmware fw.bin -display std disk.img
```

Following command-line gives a good base to start from.

```
emu-run -cpu host -m 4G disk.img
```

The following example boots from the network card.

```
emu-run -boot n disk.img
```
"""


def test_a_sentence_pointing_at_the_block_is_no_description() -> None:
    assert [(line, back) for line, _, _, _, back in _facts(POINTING_SENTENCES)] == [
        (24, "The following example boots from the network card."),
    ]
    assert _doubt_lines(POINTING_SENTENCES, "only introduces what follows") == [6, 12, 18]


def test_a_label_over_plain_command_lines_of_one_program_gives_one_command_note_each() -> None:
    text = """# Object store cheat sheet

- `List buckets`: blobctl ls, blobctl ls -l bs://bucket
- `Remove an object`: blobctl rm bs://bucket/key
- `Log in`: blobctl login This opens a browser
- `Make public`: blobctl -p acl set public bs://bucket
- `Archive`: a bucket whose objects are kept cold and cheap
"""
    notes = _draft(text).notes
    assert [(n.line, n.kind.value, n.command, n.front, n.back) for n in notes] == [
        (3, "command", "blobctl", "blobctl ls", "List buckets"),
        (3, "command", "blobctl", "blobctl ls -l bs://bucket", "List buckets"),
        (4, "command", "blobctl", "blobctl rm bs://bucket/key", "Remove an object"),
        (7, "concept", None, "Archive", "a bucket whose objects are kept cold and cheap"),
    ]
    assert {n.reason for n in notes if n.kind.value == "command"} == {"label over the command lines that do it"}
    # prose after the line, a flag before what may be a sub-command: unsure, a warning each
    assert _doubt_lines(text, "is a command line") == [5, 6]


def test_what_to_type_told_in_prose_after_a_label_is_no_command_line() -> None:
    # "type" is the shell's builtin too: "type `ZZ` …" after a label tells a key to press, in words
    for text in (
        "# Vim\n\n## Saving\n\n*Shortcut: type `ZZ` in normal mode.*\n",
        "# Vim\n\n- Shortcut: type `ZZ` in normal mode\n- Quit: vim -c q\n",
    ):
        assert all(note.command != "type" for note in _draft(text).notes), text
    assert ("command", "vim", "vim -c q", "Quit") in [
        fact[1:] for fact in _facts("# Notes\n\n- Shortcut: type `ZZ` in normal mode\n- Quit: vim -c q\n")
    ]
    assert [fact[3] for fact in _facts("# Notes\n\n- Quit: `vim -c q`\n- Edit: `vim notes.txt`\n")] == [
        "vim -c q", "vim notes.txt"]


def test_a_description_that_is_the_commands_own_name_is_no_meaning() -> None:
    text = "# 저장소 점검\n\n- `repoctl history -r 12 /srv/repo --ids` : repoctl history\n- `repoctl tree /srv/repo` : 저장소의 트리를 보여준다\n"
    assert _facts(text) == [(4, "command", "repoctl", "repoctl tree /srv/repo", "저장소의 트리를 보여준다")]
    assert _doubt_lines(text, "only repeats a word") == [3]


def test_two_items_of_one_label_that_are_one_command_stay_a_warning() -> None:
    text = "# Sheet\n\n- `Sync`: blobctl sync, blobctl sync\n- `List`: blobctl ls -l bs://bucket\n- `Get`: blobctl get bs://bucket/key\n"
    assert [(n.line, n.front) for n in _draft(text).notes] == [(4, "blobctl ls -l bs://bucket"), (5, "blobctl get bs://bucket/key")]
    assert _doubt_lines(text, "is a command line") == [3]


def test_a_label_over_a_flagged_command_in_code_of_an_unknown_program_is_no_term() -> None:
    # "zapctl" is no program the notes know more of; the code span with a flag is still a command line typed
    from conftest import draft

    text = "# notes\n\n- Run job with tier: `zapctl -l Gold nightly`\n"
    made = draft(text)
    assert all(n.front != "Run job with tier" for n in made.notes)
    assert 3 in [w.line for w in made.warnings]


def test_a_sign_written_first_in_an_item_reads_as_a_second_marker_and_is_warned() -> None:
    from conftest import draft

    text = "# jobs\n\n* `bg` resumes a job in the background\n* + marks the newest job and - the one before\n"
    made = draft(text)
    assert [n.front for n in made.notes] == ["bg"]
    assert 4 in [w.line for w in made.warnings]


def test_a_label_over_a_list_of_lines_of_programs_no_table_knows_is_no_concept() -> None:
    # in notes whose items are `Label`: command, a back that is several command lines of other unknown programs
    text = LABEL_COMMANDS + "\n- `File checksum`: xsum256 backup-2.1.tgz, qsum backup-2.1.tgz\n"
    assert not [f for f in _facts(text) if f[0] == 13]
    assert 13 in _doubt_lines(text, "is a command line")
    # a list of words in notes of that shape is still a definition
    words = LABEL_COMMANDS + "\n- `Tiers`: hot storage, cold storage\n"
    assert (13, "concept", None, "Tiers", "hot storage, cold storage") in _facts(words)
