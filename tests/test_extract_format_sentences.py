"""Korean prose around a command's form (quizzer/extract/format_sentences.py and the code-block readings it
meets), in examples of our own: "`cmd <arg>` 형식으로 … 합니다." is the form and what it does; a quote that
names the arguments, a quote under a run's output and a lead-in that only says the lines can be used are no
meanings of the lines."""

from __future__ import annotations

from quizzer.extract import extract
from conftest import draft, facts, warned


def test_each_line_a_form_and_what_it_does() -> None:
    text = (
        "# rsync 정리\n\n"
        "`rsync -a <src> <dest>` 형식으로 `<src>` 의 내용을 `<dest>` 에 맞춥니다.  \n"
        "`rsync -n <src> <dest>` 형식으로 바뀔 파일만 미리 봅니다.\n"
    )
    notes = draft(text).notes
    assert [(n.line, n.kind.value, n.front, n.back) for n in notes] == [
        (3, "command", "rsync -a", "<src> 의 내용을 <dest> 에 맞춥니다."),
        (4, "command", "rsync -n", "바뀔 파일만 미리 봅니다."),
    ]
    assert notes[0].context == "rsync -a <src> <dest>"  # the form as written stays a right answer


def test_a_paragraph_with_a_line_of_another_shape_is_not_read_as_forms() -> None:
    text = "# rsync 정리\n\n`rsync -a <src> <dest>` 형식으로 맞춥니다.\n그 밖의 옵션은 매뉴얼을 본다.\n"
    assert not any(n.reason == "sentence: `form` 형식으로 … (what it does)" for n in draft(text).notes)


def test_a_quote_naming_the_arguments_is_no_meaning_of_the_block_below() -> None:
    text = (
        "# 링크\n\n> 인자는 순서대로 `<대상> <링크 이름>` 입니다.\n\n"
        "```sh\nln -s /opt/app/bin/tool /usr/local/bin/tool\n```\n"
    )
    assert facts(text) == []
    assert warned(text) == [3]


def test_a_quote_under_a_run_and_its_output_remarks_on_the_output() -> None:
    text = (
        "# 확인\n\n```txt\n$ crontab -l\nno crontab for alice\n```\n\n> 아직 등록된 작업이 없습니다.\n"
    )
    assert facts(text) == []
    assert 8 in warned(text)


def test_a_quote_under_a_block_without_output_still_says_what_it_does() -> None:
    text = "# 확인\n\n```sh\ncrontab -l\n```\n\n> 등록된 작업 목록을 본다.\n"
    assert [(kind, front, back) for _, kind, _, front, back in facts(text)] == [
        ("command", "crontab -l", "등록된 작업 목록을 본다.")]


def test_a_lead_in_saying_the_lines_can_be_used_is_no_meaning() -> None:
    text = (
        "# scoop으로 설치\n\n- 아래와 같은 방식으로 활용할 수 있다.\n\n"
        "```shell\nscoop install git\nscoop install 7zip\n```\n"
    )
    assert not any(n.back.startswith("아래와 같은") for n in extract(text, deck="t", source="t.md").notes)


def test_a_path_under_a_dot_folder_is_no_dot_command_of_the_notes_program() -> None:
    # ".tables" in sqlite3 notes is sqlite3's; ".config/app/settings" alone in a block is a file, no command
    text = "# sqlite3 메모\n\n## 저장 위치\n\n설정은 아래 파일에 저장됩니다.\n\n    .config/app/settings\n"
    assert not any(".config" in front for _, _, _, front, _ in facts(text))


def test_a_step_ending_in_its_command_line_is_the_step_and_a_command() -> None:
    text = (
        "# backup\n\n## Restore a backup\n\n"
        "1. Stop the service (nothing may write meanwhile) `systemctl stop app`\n2. Copy the files back\n"
    )
    made = [(n.line, n.kind.value, n.front, n.back) for n in draft(text).notes]
    assert (5, "command", "systemctl stop app", "Stop the service (nothing may write meanwhile)") in made
    assert (5, "step", "Restore a backup — step 1", "Stop the service") in made


def test_a_step_whose_words_run_into_the_code_stays_one_step() -> None:
    text = "# backup\n\n## Restore a backup\n\n1. Run `restic restore latest`\n2. Check the files\n"
    made = [(n.kind.value, n.back) for n in draft(text).notes]
    assert ("step", "Run restic restore latest") in made


def test_two_flags_told_on_one_bullet_after_a_block_are_two_facts() -> None:
    text = (
        "# capture\n\n```bash\ntcpdump -n -i eth0\n```\n\n"
        "* `-n` keeps addresses as numbers, `-i` picks the interface to listen on\n"
    )
    made = {(n.front, n.back) for n in draft(text).notes if n.kind.value == "flag"}
    assert made == {("-n", "keeps addresses as numbers"), ("-i", "picks the interface to listen on")}
