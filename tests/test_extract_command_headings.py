"""A heading naming a command, bullets under it (issue 6 pattern 2, x-ko2), examples of our own: a
two-letter command, the words its name is short for, and a label over a nested list."""

from __future__ import annotations

import pytest

from quizzer.extract.knowledge import FUNCTIONS_WORDS_KO
from quizzer.extract.openers import spells_out
from conftest import draft as _draft, facts as _facts


def test_a_two_letter_command_heading_takes_its_bullet() -> None:
    text = "## 디스크\n### df\n- 파일 시스템별 남은 용량 출력\n"
    assert _facts(text) == [(3, "command", "df", "df", "파일 시스템별 남은 용량 출력")]


def test_the_words_a_name_is_short_for_are_a_mnemonic_not_the_meaning() -> None:
    text = "## 디스크\n### du\n- disk usage\n- 디렉토리별 사용 용량 출력\n"
    draft = _draft(text)
    assert [(n.line, n.command, n.front, n.back) for n in draft.notes] == [(4, "du", "du", "디렉토리별 사용 용량 출력")]
    assert 3 in [w.line for w in draft.warnings]  # said, not dropped silently


def test_spelled_out_names() -> None:
    assert spells_out("ls", "list")
    assert spells_out("pwd", "Print Working Directory")
    assert spells_out("chmod", "Change Mode")
    assert not spells_out("ls", "long listing of files in order")  # six words: a phrase, not a name
    assert not spells_out("cp", "move")
    assert not spells_out("grep", "파일 검색")


def test_a_label_over_a_nested_list_is_not_part_of_the_commands_meaning() -> None:
    text = (
        "## 파일\n### ln\n- 링크 파일 생성\n- 예시\n"
        "   - ln `-s` `a.txt` `b.txt` : b.txt라는 심볼릭 링크 생성\n"
    )
    facts = _facts(text)
    assert (3, "command", "ln", "ln", "링크 파일 생성") in facts
    assert not any("예시" in back for _, _, _, _, back in facts)


def test_cases_under_a_command_heading_are_what_it_does_in_each_case() -> None:
    text = "## 파일\n### mkdir *dir*\n- 없는 디렉토리명 : 새 디렉토리 생성\n- 이미 있는 디렉토리명 : 오류 출력\n"
    [note] = _draft(text).notes
    assert (note.line, note.kind.value, note.command) == (3, "command", "mkdir")
    assert note.back.split("\n") == ["없는 디렉토리명 : 새 디렉토리 생성", "이미 있는 디렉토리명 : 오류 출력"]


def test_a_plain_term_under_a_command_heading_stays_a_term() -> None:
    text = "## 권한\n### chmod\n- 실행 권한 : 파일을 프로그램으로 실행할 수 있는 권한\n"
    assert not any(n.kind.value == "command" and "실행 권한" in n.back for n in _draft(text).notes)


def test_a_numbered_list_of_menu_paths_is_a_procedure() -> None:
    text = (
        "## 절전 끄기\n\n1. 제어판 > 전원 옵션 > 고급 설정\n2. 절전 항목을 \"안 함\"으로 변경\n"
    )
    steps = [(n.line, n.kind.value, n.position, n.back) for n in _draft(text).notes]
    assert steps == [(3, "step", 1, "제어판 > 전원 옵션 > 고급 설정"), (4, "step", 2, '절전 항목을 "안 함"으로 변경')]


def test_a_heading_naming_a_program_the_notes_type_at_their_prompt_is_that_program() -> None:
    # "pngsqueeze" is no program quizzer knows; the notes type it at "$" below (twice), so the heading names it
    text = (
        "# 이미지 도구\n\n## pngsqueeze\n\nPNG 파일을 작게 만들 때 사용합니다.\n\n"
        "[팔레트](https://example.org/palette) : 색을 번호로 적어 두는 표\n\n"
        "```bash\n$ pngsqueeze -l in.png out.png\n```\n\n다시 한 번 더 줄인다.\n\n```bash\n$ pngsqueeze -x out.png\n```\n"
    )
    commands = [(line, front, back) for line, kind, _, front, back in _facts(text) if kind == "command"]
    assert commands[0] == (5, "pngsqueeze", "PNG 파일을 작게 만들 때 사용합니다.")


def test_the_documents_title_naming_such_a_program_is_no_description_of_it() -> None:
    text = "# pngsqueeze\n\n- 예전 도구를 대신한다\n\n```bash\n$ pngsqueeze -l in.png out.png\n$ pngsqueeze -x out.png\n```\n"
    assert all(front != "pngsqueeze" for _, _, _, front, _ in _facts(text))


def test_a_line_naming_a_way_or_an_order_under_a_command_heading_is_no_purpose() -> None:
    # "## tar" / "압축 푸는 방법" / a numbered list: the line names the way the list shows, it is not what tar does
    text = "## tar\n\n압축 푸는 방법\n\n1. 파일을 받는다\n2. 푼다\n"
    draft = _draft(text)
    assert not [n for n in draft.notes if n.front == "tar"]
    assert any("압축 푸는 방법" in w.message for w in draft.warnings)  # the list is said under that name, not dropped
    # a sentence under the heading still says what the command does
    assert _facts("## tar\n\n여러 파일을 하나로 묶거나 푸는 방법을 제공한다.\n") == [
        (3, "command", "tar", "tar", "여러 파일을 하나로 묶거나 푸는 방법을 제공한다.")]


_SESSIONS = (
    "# tmux\n"
    "tmux란?\n"
    "tmux란 한 화면에서 여러 터미널 세션을 나누어 쓰게 해 주는 도구입니다. 세션은 연결이 끊겨도 남는다.\n\n"
    "## 세션\n"
    "tmux 세션  \n"
    "tmux : 새 세션 시작  \n"
    "tmux ls : 세션 목록 보기  \n\n"
    "## tmux 명령어\n"
    "tmux 안에서의 명령은 Ctrl + b 뒤에 다른 키를 이어 누르는 식이다. 한 번에 누르지 않는다.\n"
)


def test_a_paragraph_opening_by_asking_what_the_program_is_defines_it_on_the_next_line() -> None:
    # "tmux란?" only asks; the line under it says what kind of thing tmux is: a concept, apart from what running it does
    notes = [(n.line, n.kind.value, n.front, n.back) for n in _draft(_SESSIONS).notes]
    assert (3, "concept", "tmux", "tmux란 한 화면에서 여러 터미널 세션을 나누어 쓰게 해 주는 도구입니다.") in notes
    assert all("tmux란?" not in back for *_rest, back in notes)


def test_a_later_section_of_the_program_is_not_joined_to_the_line_saying_what_running_it_does() -> None:
    draft = _draft(_SESSIONS)
    assert [(n.line, n.back) for n in draft.notes if n.front == "tmux" and n.kind.value == "command"] == [(7, "새 세션 시작")]
    assert any(w.line == 11 and "says something else than line 7" in w.message for w in draft.warnings)


def test_the_same_section_twice_is_still_one_note() -> None:
    # two headings naming the command, each over a paragraph: the sections of one command, kept as one note
    text = "## tmux\ntmux는 터미널 화면을 나누어 쓴다.\n\n## tmux\ntmux는 세션을 남겨 둔다.\n"
    assert [n.back for n in _draft(text).notes if n.front == "tmux"] == ["tmux는 터미널 화면을 나누어 쓴다.\ntmux는 세션을 남겨 둔다."]


def test_a_name_in_backticks_under_a_heading_of_commands_is_one_of_them() -> None:
    # commands quizzer does not know (a made-up shell's), written in capitals, numbered, at two heading levels; the
    # first bullet says what each does, the usage block right under a bullet does not stop it
    text = (
        "## 미니셸 명령어\n"
        "### 1. 기본 명령어\n"
        "#### 1.1 `SHOW`\n"
        "- 변수의 값을 화면에 출력\n"
        "- 값이 없으면 빈 줄\n"
        "### 1.2 `WAITKEY`\n"
        "- 키를 누를 때까지 기다림\n"
        "```\n"
        "WAITKEY [초]\n"
        "```\n"
    )
    facts = _facts(text)
    assert (4, "command", "SHOW", "SHOW", "변수의 값을 화면에 출력") in facts
    assert (7, "command", "WAITKEY", "WAITKEY", "키를 누를 때까지 기다림") in facts


def test_a_name_in_backticks_under_a_heading_of_no_commands_is_no_command() -> None:
    # the same heading under "설정 파일" (settings, not commands): a key of a file, not a command; no command card
    text = "## 설정 파일\n### `TIMEOUT`\n- 연결을 기다리는 초\n"
    assert not any(kind == "command" for _, kind, _, _, _ in _facts(text))


# a program's name written as words in a heading; a bullet naming its functions over nested ones -----------------


def test_a_heading_spelling_in_words_a_program_the_blocks_run_is_that_program() -> None:
    text = "# disk part\n- 디스크를 나누는 도구\n\n## 사용\n```\ndiskpart /?\n```\n"
    assert (2, "command", "diskpart", "diskpart", "디스크를 나누는 도구") in _facts(text)


def test_words_no_block_runs_as_one_name_are_no_program() -> None:
    text = "# disk part\n- 디스크를 나누는 도구\n\n## 사용\n```\nfdisk -l\n```\n"
    assert all(command != "diskpart" for _, _, command, _, _ in _facts(text))


def test_items_nested_under_a_bullet_naming_the_commands_functions_are_those_functions() -> None:
    text = "## rsync\n- 복사와 동기화의 기능\n  - 원격 복사\n  - 증분 전송\n"
    assert _facts(text) == [(2, "command", "rsync", "rsync", "복사와 동기화의 기능\n원격 복사\n증분 전송")]


def test_items_nested_under_a_bullet_saying_what_it_does_outright_say_something_else() -> None:
    # what the path is, a remark after it: neither is more of what rsync does
    text = "## rsync\n- 파일을 동기화한다\n  - 원격 서버의 경로\n- 느릴 수 있음\n"
    assert _facts(text) == [(2, "command", "rsync", "rsync", "파일을 동기화한다")]


@pytest.mark.parametrize("word", sorted(FUNCTIONS_WORDS_KO))
def test_a_functions_word(word: str) -> None:
    text = f"## rsync\n- 복사와 동기화의 {word}\n  - 원격 복사\n"
    assert _facts(text) == [(2, "command", "rsync", "rsync", f"복사와 동기화의 {word}\n원격 복사")]
