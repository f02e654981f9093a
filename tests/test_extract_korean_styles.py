"""Styles of Korean study notes the extractor reads (issue 6), each with examples of our own."""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _facts(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


# a command table with a second pair of columns for options ----------------------------------------


def test_option_columns_beside_command_columns() -> None:
    text = (
        "| 명령어 | 명령 설명 | 옵션 | 옵션 설명 |\n"
        "| --- | --- | --- | --- |\n"
        "| du | 디렉터리 용량 | -h | 읽기 쉬운 단위 |\n"
        "| | | -s | 합계만 표시 |\n"
        "| whoami | 현재 사용자 이름 | | |\n"
        "| journalctl | 로그 보기 | -u, --unit | 특정 유닛의 로그 |\n"
        "| systemctl | 서비스 관리 | enable | 부팅 시 자동 시작 |\n"
    )
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes] == [
        (3, "command", "du", "du", "디렉터리 용량"),
        (3, "option", "du", "-h", "읽기 쉬운 단위"),
        (4, "option", "du", "-s", "합계만 표시"),
        (5, "command", "whoami", "whoami", "현재 사용자 이름"),
        (6, "command", "journalctl", "journalctl", "로그 보기"),
        (6, "option", "journalctl", "-u, --unit", "특정 유닛의 로그"),
        (7, "command", "systemctl", "systemctl", "서비스 관리"),
        (7, "option", "systemctl", "enable", "부팅 시 자동 시작"),
    ]
    enable = draft.notes[-1]
    assert "systemctl enable" in enable.answers  # the sub-command as typed is an answer too


def test_option_column_row_without_meaning_is_a_warning() -> None:
    text = "| Command | Description | Option | Option Description |\n|---|---|---|---|\n| tar | 묶기 | -x | |\n"
    draft = _draft(text)
    assert [(n.kind.value, n.front) for n in draft.notes] == [("command", "tar")]
    assert [w.line for w in draft.warnings] == [3]


# a quoted program is typed as written, not a placeholder --------------------------------------------


def test_quoted_programs_are_distinct_commands() -> None:
    text = (
        "# awk 연습\n\n"
        "1. 두 번째 칸만 출력 \\\n`awk '{print $2}' data.csv`\n"
        "2. 합계 출력 \\\n`awk '{s += $3} END {print s}' data.csv`\n"
    )
    assert _facts(text) == [
        (4, "command", "awk", "awk '{print $2}' data.csv", "두 번째 칸만 출력"),
        (6, "command", "awk", "awk '{s += $3} END {print s}' data.csv", "합계 출력"),
    ]


def test_quoted_placeholder_is_still_a_placeholder() -> None:
    text = '```\n# 커밋 만들기\ngit commit -m "커밋 메시지"\n# 메시지 지정\ngit tag -a v1 -m "<message>"\n```\n'
    assert [(n.front, n.back) for n in _draft(text).notes] == [
        ("git commit -m", "커밋 만들기"),
        ("git tag -a v1 -m", "메시지 지정"),
    ]


def test_one_comment_over_different_quoted_programs_heads_them() -> None:
    text = "```\n# 배열 다루기\njq '.items | length' a.json\njq '.items | map(.id)' a.json\n```\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(3, "jq '.items | length' a.json", "배열 다루기")]
    assert [w.line for w in draft.warnings] == [4]


# what it does, then the command: the description may itself start with a program's name ------------


def test_description_naming_the_program_before_its_command() -> None:
    text = "# wget 정리\n\n- wget 버전 확인 : `wget --version`\n- quiet mode : `wget -q https://example.org/a.iso`\n  - `-q` : 진행 상황을 숨김\n"
    assert _facts(text) == [
        (3, "command", "wget", "wget --version", "wget 버전 확인"),
        (4, "command", "wget", "wget -q https://example.org/a.iso", "quiet mode"),
        (5, "option", "wget", "-q", "진행 상황을 숨김"),
    ]


def test_command_itself_before_a_colon_is_not_a_description() -> None:
    text = "# git\n\n- git log : git log --oneline\n"
    assert [n.front for n in _draft(text).notes] != ["git log --oneline"]


# a gloss in parentheses between the option and its meaning -----------------------------------------


def test_option_with_a_gloss_before_the_colon() -> None:
    text = "## tar 옵션\n\n- `-z` (gzip) : 압축을 함께 처리\n- **-x** (extract) : 묶음 풀기\n"
    assert _facts(text) == [
        (3, "option", "tar", "-z", "압축을 함께 처리 (gzip)"),
        (4, "option", "tar", "-x", "묶음 풀기 (extract)"),
    ]


# a bullet, then its command nested under it ------------------------------------------------------


def test_command_nested_under_the_bullet_that_describes_it() -> None:
    text = (
        "# 동기화 메모\n\n"
        "- 원격 서버로 폴더를 복사할 때 압축해서 보냄\n"
        "  - `rsync -z -r ./site user@host:/srv`\n"
        "- `-n` 옵션 사용\n"
        "  - `rsync -n -r ./site user@host:/srv`\n"
        "- 예시:\n"
        "  - `rsync -a a b`\n"
    )
    assert _facts(text) == [
        (3, "command", "rsync", "rsync -z -r ./site user@host:/srv", "원격 서버로 폴더를 복사할 때 압축해서 보냄"),
    ]


# a heading that names a program (any case, or with 명령어), its first bullet says what it is ----------


def test_program_heading_first_bullet_is_its_definition() -> None:
    text = (
        "## Rsync\n"
        "- 파일을 효율적으로 동기화하는 도구\n"
        "- 1996년에 처음 나옴\n\n"
        "## ***grep 명령어***\n"
        "+ ***grep***은 패턴에 맞는 줄을 찾는 명령어임\n"
        "+ 정규 표현식을 쓸 수 있음\n"
    )
    assert _facts(text) == [
        (2, "command", "rsync", "rsync", "파일을 효율적으로 동기화하는 도구"),
        (6, "command", "grep", "grep", "grep은 패턴에 맞는 줄을 찾는 명령어임"),
    ]


def test_topic_heading_is_not_a_program_heading() -> None:
    text = "## Compression\n- 파일 크기를 줄이는 방법\n"
    assert [n.kind.value for n in _draft(text).notes] != ["command"]


# a console block without any prompt: its lines are commands, not output ----------------------------


def test_console_block_without_prompts_is_commands() -> None:
    text = (
        "```console\n"
        "wget -c https://example.org/big.iso   # 이어받기\n"
        "# 배경에서 받기\n"
        "wget -b https://example.org/big.iso\n"
        "wget https://example.org/x.json > x.txt   # 끊기 : ctrl + c\n"
        "```\n"
    )
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [
        (2, "wget -c https://example.org/big.iso", "이어받기"),
        (4, "wget -b https://example.org/big.iso", "배경에서 받기"),
    ]
    assert [w.line for w in draft.warnings] == [5]  # the comment is about a key, not the command


def test_console_block_with_prompts_keeps_output_out() -> None:
    text = "```console\n$ uname -r   # 커널 버전\n6.1.0-18-amd64\n```\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [("uname -r", "커널 버전")]


def test_command_with_a_redirect_accepts_the_line_as_written() -> None:
    text = "```\n# 목록을 파일로 저장\nls -la > files.txt\n```\n"
    (note,) = _draft(text).notes
    assert (note.front, note.back) == ("ls -la", "목록을 파일로 저장")
    assert "ls -la > files.txt" in note.answers


def test_program_word_that_is_a_sub_command_of_the_notes_program_is_not_a_program_heading() -> None:
    text = "# git 정리\n\n### Diff\n\n- 바뀐 부분을 보여 줌\n"
    assert all(n.command != "diff" for n in _draft(text).notes)


def test_program_heading_with_a_paragraph_under_it() -> None:
    text = "## tar 명령어\n여러 파일을 하나로 묶는 명령어이다.\n\n## Tar\n이 문단은 설명이 아니다.\n"
    assert _facts(text) == [(2, "command", "tar", "tar", "여러 파일을 하나로 묶는 명령어이다.")]
