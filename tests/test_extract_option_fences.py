"""Code blocks that are lists (issue 6, x-rec3), examples of our own: options each alone on a line
under the comment that says what it does, and keys with their meaning on one row."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def test_each_option_line_is_an_option_with_its_comment_first_sentence() -> None:
    text = (
        "# Emulator notes\n\n## Memory\n\n```bash\n"
        "# Give the guest two gigabytes. Later sizes need a restart.\n-mem 2G\n\n"
        "# Start without a window\n# (the console stays in the terminal).\n--headless\n\n"
        "# Mount the folder as a drive and\n# share it with the guest (read only).\n-share dir=/srv,ro\n```\n"
    )
    assert _facts(text) == [
        (6, "option", None, "-mem 2G", "Give the guest two gigabytes"),
        (9, "option", None, "--headless", "Start without a window"),
        (13, "option", None, "-share dir=/srv,ro", "Mount the folder as a drive and share it with the guest"),
    ]
    notes = _draft(text).notes
    assert notes[0].answers[:2] == ("-mem 2G", "-mem")
    assert all(n.reason == "option alone on its line in a code block, the comment above says what it does" for n in notes)


def test_the_option_belongs_to_the_command_the_section_names() -> None:
    text = "## rsync\n\n```bash\n# Show what would change, change nothing.\n--dry-run\n```\n"
    assert _facts(text) == [(4, "option", "rsync", "--dry-run", "Show what would change, change nothing")]


def test_a_wide_gap_gloss_under_a_label_comment_is_the_meaning() -> None:
    text = "## Logs\n\n```bash\n# Examples\n-v net       Log network packets.\n```\n"
    assert _facts(text) == [(5, "option", None, "-v net", "Log network packets")]


def test_a_block_with_a_command_line_or_an_uncommented_option_is_another_style() -> None:
    # a real command among the options: the general reading (comment → command line) applies
    mixed = "## x\n\n```bash\n# Build the site\nmake site\n\n# Quiet\n-q\n```\n"
    assert _facts(mixed) == [(5, "command", "make", "make site", "Build the site")]
    bare = "## x\n\n```bash\n# Quiet output\n-q\n\n-v\n```\n"
    assert _facts(bare) == []


def test_keys_with_their_meaning_after_a_wide_gap_are_one_note_each() -> None:
    text = (
        "# Viewer\n\nWindow keys:\n```text\nCtrl+Alt+f         toggle full screen\n\n"
        "Ctrl+q x           quit the viewer\n```\n"
    )
    assert _facts(text) == [
        (5, "command", None, "Ctrl+Alt+f", "toggle full screen"),
        (7, "command", None, "Ctrl+q x", "quit the viewer"),
    ]


def test_one_key_row_alone_or_a_row_that_is_not_a_key_is_not_a_key_table() -> None:
    one = "# Viewer\n\n```text\nCtrl+Alt+f         toggle full screen\n```\n"
    assert _facts(one) == []
    mixed = "# Viewer\n\n```text\nCtrl+Alt+f         toggle full screen\nPORT     STATE SERVICE\n```\n"
    assert _facts(mixed) == []


def test_a_korean_meaning_on_the_line_under_a_command_item() -> None:
    text = (
        "# ss\n소켓 상태를 보는 도구\n\n## 필터\n\n- ss state listening\n듣고 있는 소켓만 보여줌  \n"
        "- ss dport 443\n목적지 포트가 443인 것만\n"
    )
    facts = _facts(text)
    assert (7, "command", "ss", "ss state listening", "듣고 있는 소켓만 보여줌") in facts
    assert (9, "command", "ss", "ss dport 443", "목적지 포트가 443인 것만") in facts


def test_a_korean_sentence_naming_a_command_or_a_lead_in_line_is_not_a_command_and_meaning() -> None:
    sentence = "# ss\n소켓 도구\n\n## 설정\n\n- `ss -t` 에서 상태를 보면 모두 열려 있다.  \n그래서 포트가 443으로 설정된 것이다.\n"
    assert not any(front.startswith("ss -t") for _, _, _, front, _ in _facts(sentence))
    lead_in = "# ss\n소켓 도구\n\n## 필터\n\n- ss state listening\n다음과 같이 출력된다\n"
    assert not any(front == "ss state listening" for _, _, _, front, _ in _facts(lead_in))


def test_a_bold_option_item_takes_its_meaning_from_the_next_line() -> None:
    text = (
        "# ss\n소켓 상태를 보는 도구\n\n## OPTION\n"
        "- **-o** _out_file_\n결과를 화면이 아닌 파일에 기록. 끝나면 닫힘\n"
        "- **-n**  \n이름을 풀지 않고 숫자로 보여줌\n"
    )
    facts = _facts(text)
    assert (6, "option", "ss", "-o", "결과를 화면이 아닌 파일에 기록. 끝나면 닫힘") in facts
    assert (8, "option", "ss", "-n", "이름을 풀지 않고 숫자로 보여줌") in facts
    note = next(n for n in _draft(text).notes if n.front == "-o")
    assert note.answers == ("-o", "-o out_file")
    assert note.reason == "bold option alone in a list item, its meaning on the next line"


def test_a_third_line_in_a_bold_option_item_is_warned_not_joined() -> None:
    text = "# ss\n소켓 도구\n\n## OPTION\n- **-a**\nshow every socket\n**-l**\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes if n.kind.value == "option"] == [(6, "-a", "show every socket")]
    assert any(w.line == 7 for w in draft.warnings)


def test_a_bold_option_with_words_after_it_is_not_this_style() -> None:
    text = "# ss\n소켓 도구\n\n## OPTION\n- **-a** shows every socket\nand more\n"
    assert not any(n.reason == "bold option alone in a list item, its meaning on the next line" for n in _draft(text).notes)


def test_a_numbered_sub_command_heading_describes_the_line_that_runs_it() -> None:
    text = (
        "# 저장소 도구\n\n### 3. commit : 고친 내용을 저장소에 올리는 것\n```\nsudo vi main.c\n"
        "sudo svn commit --username dev\n```\n"
    )
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes] == [
        (3, "command", "svn commit", "svn commit", "고친 내용을 저장소에 올리는 것"),
    ]
    assert draft.notes[0].answers == ("svn commit", "sudo svn commit --username dev", "svn commit --username dev")
    assert [w.line for w in draft.warnings] == [5]  # the editor line is not what the heading describes


def test_a_sub_command_heading_over_its_usage_line_keeps_the_syntax_reading() -> None:
    text = "# 저장소 도구\n\n### 3. commit : 고친 내용을 올리는 것\n```\nsvn commit -m <message>\n```\n"
    kinds = {(n.kind.value, n.command) for n in _draft(text).notes}
    assert ("syntax", "svn commit") in kinds


def test_a_heading_term_run_by_an_unknown_program_is_not_guessed() -> None:
    text = "# 도구\n\n### 3. build : 빌드하는 것\n```\nfrob build --all\n```\n"
    assert not any(n.reason.startswith("numbered heading") for n in _draft(text).notes)


def test_glossed_lines_of_the_notes_program_in_a_script_are_read() -> None:
    text = (
        "# xdotool\nDrive the mouse from the shell\n\n```bash\n#!/bin/bash\ngedit & sleep 0.5        # let it start\n"
        "xdotool mousemove 10 10             # move the pointer to the corner\n"
        "id=$(xdotool search --name gedit)   # find the editor window\nxdotool click 1\n```\n"
    )
    draft = _draft(text)
    facts = [(n.line, n.kind.value, n.front, n.back) for n in draft.notes if n.line > 4]
    assert facts == [
        (7, "command", "xdotool mousemove 10 10", "move the pointer to the corner"),
        (8, "command", "xdotool search --name gedit", "find the editor window"),
    ]
    assert next(n for n in draft.notes if n.line == 7).reason == "line of the notes' program in a script, its comment after it"
    assert {w.line for w in draft.warnings} >= {6, 9}  # another program's line, and a line nothing glosses


def test_a_script_with_no_glossed_line_of_the_notes_program_is_skipped_as_before() -> None:
    text = "# xdotool\nDrive the mouse\n\n```bash\n#!/bin/bash\ngedit & sleep 0.5        # let it start\n```\n"
    draft = _draft(text)
    assert [n.line for n in draft.notes if n.line > 4] == []
    assert any("a script" in w.message for w in draft.warnings)


def test_a_sentence_after_a_colon_that_starts_with_a_program_is_not_its_command_line() -> None:
    text = "# xdotool\nDrive the mouse\n\nA catch when using it with other tools:\nxdotool prints decimal ids,\nmost tools print hexadecimal.\n"
    assert not any(n.reason == "`description: command` line" for n in _draft(text).notes)
    line = "# git\nVersion control\n\nUndo the last commit: git reset --hard HEAD~1\n"
    assert [(n.command, n.back) for n in _draft(line).notes if n.line == 4] == [("git reset", "Undo the last commit")]


def test_a_console_session_under_a_command_heading_leaves_the_meaning_to_the_text_after_it() -> None:
    text = (
        "# du\n\n#### 1.1. # du -sh [Dir]\n\n```console\n# du -sh /var/log\n120M    /var/log\n"
        "4.0K    /var/log/apt\n8.0K    /var/log/cups\n```\n\n"
        "디렉터리 전체의 크기를 읽기 쉬운 단위로 출력한다.\n"
    )
    facts = _facts(text)
    assert [(line, kind, front, back) for line, kind, _, front, back in facts] == [
        (12, "command", "du -sh", "디렉터리 전체의 크기를 읽기 쉬운 단위로 출력한다."),
    ]


def test_a_glossed_block_under_a_command_heading_is_not_a_session() -> None:
    # comments and "=>" glosses are not output: the block keeps its own reading
    text = (
        "# du\n\n## du -sh [Dir]\n\n```\n# 예시\n# -s / 합계만\ndu -sh /var/log\n=> 합계만 보여줌\n```\n\n"
        "디렉터리 크기를 출력한다.\n"
    )
    assert not any(back == "디렉터리 크기를 출력한다." and line == 12 for line, _, _, _, back in _facts(text))


def test_a_label_then_a_command_line_and_its_meaning_is_that_command() -> None:
    text = (
        "# ping\n\n여러 방법:\n\n* 횟수 지정 : ping -c 3 example.com : 세 번만 보내고 멈춘다.\n"
        "* Quiet : ping -q example.com : prints only the summary\n"
    )
    draft = _draft(text)
    notes = [(n.line, n.kind.value, n.command, n.front, n.back, n.context) for n in draft.notes if n.line >= 5]
    assert notes == [
        (5, "command", "ping", "ping -c 3 example.com", "세 번만 보내고 멈춘다.", "횟수 지정"),
        (6, "command", "ping", "ping -q example.com", "prints only the summary", "Quiet"),
    ]
    assert draft.notes[-1].reason == "label, then a command line and what it does, each after a colon"


def test_a_label_over_words_that_are_no_command_stays_a_term() -> None:
    text = "# ping\n\n* Reach : whether a host answers : counted in replies\n"
    assert not any(n.reason.startswith("label, then a command line") for n in _draft(text).notes)


def test_notes_between_the_commands_of_a_block_are_not_steps() -> None:
    text = (
        "# 저장소\n\n### 3. 폴더 나누기\n```\nmain : 늘 배포되는 줄기\nmkdir -p repo/main\n\n"
        "work : 작업하는 가지\ncp -r repo/main repo/work\n```\n"
    )
    draft = _draft(text)
    assert not any(n.kind.value == "step" for n in draft.notes)
    assert any(w.line == 4 and "not read as steps" in w.message for w in draft.warnings)
