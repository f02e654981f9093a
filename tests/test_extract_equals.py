"""``- `cmd` = 설명`` list items: a code subject, `` = ``, what it does (own examples)."""

from __future__ import annotations

from quizzer.extract import extract


def _read(text: str) -> tuple[list[tuple[int, str, str | None, str, str]], dict[int, str]]:
    draft = extract(text, deck="d", source="d.md")
    notes = [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes]
    return notes, {w.line: w.message for w in draft.warnings}


def test_commands_nested_variants_and_a_fed_pipe() -> None:
    text = (
        "# 리눅스 메모\n\n"
        "- `df -h` = 디스크 사용량을 사람이 읽기 쉽게 보기\n"
        "  - `df -i` = inode 사용량 보기\n"
        "- `cat notes.txt | wc -l` = 줄 수 세기\n"
        "- `mv`  = 이름 바꾸기\n"
    )
    notes, warnings = _read(text)
    assert notes == [
        (3, "command", "df", "df -h", "디스크 사용량을 사람이 읽기 쉽게 보기"),
        (4, "command", "df", "df -i", "inode 사용량 보기"),
        (5, "command", "wc", "cat notes.txt | wc -l", "줄 수 세기"),  # the file is only fed to wc
        (6, "command", "mv", "mv", "이름 바꾸기"),
    ]
    assert warnings == {}


def test_a_shell_key_is_a_command_of_no_program_and_an_operator_a_concept() -> None:
    notes, _ = _read("# 셸\n\n- `ctrl + l` = 화면 지우기\n- `A > B` = A의 출력을 파일 B에 쓴다\n")
    assert notes == [
        (3, "command", None, "ctrl + l", "화면 지우기"),
        (4, "concept", None, "A > B", "A의 출력을 파일 B에 쓴다"),
    ]


def test_keys_under_a_heading_naming_an_editor_are_its_commands() -> None:
    notes, _ = _read("# 도구들\n\n### vim 편집\n\n- `dd` = 현재 줄 잘라내기\n- `:q!` = 저장하지 않고 나가기\n")
    assert notes == [
        (5, "command", "vim", "dd", "현재 줄 잘라내기"),
        (6, "command", "vim", ":q!", "저장하지 않고 나가기"),
    ]


def test_a_flag_under_its_command_line_and_what_is_not_a_fact() -> None:
    text = (
        "# 백업\n\n"
        "- `tar -czf backup.tgz /srv`\n"
        "  - `-z` = gzip으로 압축\n"
        "  - `/srv` = 묶을 디렉토리\n"
        "  - `-f archive` = ?\n"
        "  - `-x` = 풀기\n"
    )
    notes, warnings = _read(text)
    assert notes == [(4, "flag", "tar", "-z", "gzip으로 압축")]  # -z is inside -czf
    assert "argument of the command line above" in warnings[5]
    assert "no meaning after its '='" in warnings[6]
    assert "not in a command line" in warnings[7]  # -x is not in the line above: whose is it?


def test_a_word_without_evidence_of_a_command_is_a_warning() -> None:
    notes, warnings = _read("# 설정\n\n- `enabled` = 켜짐 여부\n")
    assert notes == []
    assert "setting or a value" in warnings[3]


def test_the_meaning_belongs_to_the_last_line_of_the_item() -> None:
    notes, warnings = _read("# 파일\n\n- `printf \"a\" > a.txt`,  \n`mv a.txt b.txt` = 이름 바꾸기\n")
    assert notes == [(4, "command", "mv", "mv a.txt b.txt", "이름 바꾸기")]
    assert "no meaning of its own" in warnings[3]


def test_spellings_joined_by_또는_share_one_note() -> None:
    draft = extract("# 계정\n\n- `id` 또는 `groups` = 내 그룹 보기\n", deck="d", source="d.md")
    (note,) = draft.notes
    assert (note.line, note.command, note.front, note.back) == (3, "id", "id", "내 그룹 보기")
    assert "groups" in note.answers


def test_equals_inside_code_or_a_double_equals_is_not_a_gloss() -> None:
    notes, _ = _read("# 비교\n\n- `a == b` 는 같은지 비교\n- `x` == `y`\n")
    assert notes == []


def test_a_sudo_command_line_after_a_command_is_no_meaning() -> None:
    text = "# 패키지\n\n- `sudo add-apt-repository ppa:me/tools`  \n`sudo apt update`\n"
    notes, warnings = _read(text)
    assert notes == []
    assert "another command line" in warnings[3]
