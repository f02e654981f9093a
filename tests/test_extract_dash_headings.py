"""Headings ``what it does - keys`` and runs of bare headings ``term - what it is``
(quizzer/extract/key_dash_headings.py, term_dash_headings.py), in examples of our own (x-f17ko)."""

from __future__ import annotations

from conftest import draft as _draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


def test_a_heading_saying_what_to_do_then_the_keys_after_a_dash() -> None:
    text = (
        "---\ntitle: 스프레드시트 단축키\n---\n"
        "## 편집\n\n"
        "### 셀 편집 시작 - F2\n\n"
        "### 행 삽입 - Ctrl + Shift + Plus\n\n"
        "### 셀 두 개 지우기 - DD (D를 연달아 누른다)\n"
    )
    assert _notes(text) == [
        (6, "command", None, "F2", "셀 편집 시작"),
        (8, "command", None, "Ctrl + Shift + Plus", "행 삽입"),
        (10, "command", None, "DD", "셀 두 개 지우기"),
    ]


def test_a_letter_or_a_named_key_after_the_dash_needs_notes_about_keys() -> None:
    text = "# 서버 관리\n\n## 사용자 - Delete\n\n사용자를 지운다.\n\n## 단계 - A\n\n먼저 설치한다.\n"
    assert not [n for n in _draft(text).notes if n.reason == "heading `what it does - keys`"]
    chord = "# 편집기\n\n## 전체 선택 - Ctrl + A\n"
    assert _notes(chord) == [(3, "command", None, "Ctrl + A", "전체 선택")]


def test_a_run_of_bare_term_headings_is_a_glossary() -> None:
    text = (
        "## 용어\n\n"
        "### Kernel - 운영체제의 핵심\n\n"
        "### Shell - 명령을 해석하는 프로그램\n\n"
        "## 다음 장\n\n본문.\n"
    )
    assert _notes(text) == [
        (3, "concept", None, "Kernel", "운영체제의 핵심"),
        (5, "concept", None, "Shell", "명령을 해석하는 프로그램"),
    ]


def test_a_term_heading_with_text_under_it_or_alone_is_a_section() -> None:
    under = "## Setup - 준비\n\n패키지를 받는다.\n\n## Usage - 사용\n\n실행한다.\n"
    alone = "## 소개\n\n### Roadmap - 앞으로 할 일\n\n## 설치\n\n받는다.\n"
    for text in (under, alone):
        assert not [n for n in _draft(text).notes if n.reason == "a run of bare headings `term - what it is`"]


def test_a_fence_of_wrapped_sentences_is_text_not_commands() -> None:
    text = (
        "## 규격\n\n타임아웃 정의는 아래와 같다.\n\n```\n"
        "   The timeout is counted from the last packet received, and a value\n"
        "   of zero turns it off for the whole session. Clients may send a\n"
        "   keep-alive before the timeout ends, and the server answers it.\n"
        "   timeout=30\n```\n"
    )
    drafted = _draft(text)
    assert drafted.notes == ()
    assert any("sentences of text" in w.message for w in drafted.warnings)
    glossed = (
        "## 방화벽\n\n```bash\n"
        "sudo ufw allow ssh # Allow ssh so that the server can be reached from the outside\n"
        "sudo ufw enable # Enable the firewall and keep it on after the machine restarts\n"
        "sudo ufw allow 80 # Allow http so that the web server is seen by the world\n```\n"
    )
    assert len(_draft(glossed).notes) == 3


def test_a_title_names_its_program_with_a_korean_particle_glued_to_it() -> None:
    from quizzer.extract.knowledge import program_named

    assert program_named("rsync를 이용한 백업") == "rsync"
    assert program_named("tmux로 화면 나누기") == "tmux"
    assert program_named("영상 재생 시험") is None


def test_options_given_together_before_a_colon_are_one_option_note() -> None:
    text = "# ffmpeg 사용법\n\n## 변환\n\n- -r 30 -s 640x480 : 초당 30장, 640x480 크기로 출력\n"
    assert _notes(text) == [(5, "option", "ffmpeg", "-r 30 -s 640x480", "초당 30장, 640x480 크기로 출력")]
    nameless = "# 메모\n\n- -x 10 -y 20 : 창 위치\n"
    assert _notes(nameless) == []


def test_an_item_naming_one_of_the_commands_its_heading_lists() -> None:
    text = "# 명령어 모음\n\n## del, ren\n\n- ren : 파일 이름 바꾸기\n- 주의 : 되돌릴 수 없다\n"
    assert _notes(text)[0] == (5, "command", "ren", "ren", "파일 이름 바꾸기")
    elsewhere = "# 여행\n\n## apples, pears\n\n- pears : 가을 과일\n"
    assert _notes(elsewhere) == [(5, "concept", None, "pears", "가을 과일")]


def test_windows_cmd_tools_are_programs() -> None:
    text = "# 윈도우\n\n## ipconfig\n\n- 네트워크 설정 보기\n"
    assert _notes(text) == [(5, "command", "ipconfig", "ipconfig", "네트워크 설정 보기")]


def test_a_comment_over_a_run_of_uncommented_lines_heads_the_run() -> None:
    text = (
        "## 설치\n\n```bash\n# Set up nginx\n"
        "sudo apt update\nsudo apt install -y nginx\n\nsudo systemctl enable nginx\nsudo systemctl start nginx\n```\n"
    )
    drafted = _draft(text)
    assert not [n for n in drafted.notes if n.back == "Set up nginx"]
    assert any("heads the 4 lines" in w.message for w in drafted.warnings)
    short = "## 설치\n\n```bash\n# 목록 갱신\nsudo apt update\nsudo apt install -y nginx\n```\n"
    assert [(n.front, n.back) for n in _draft(short).notes][:1] == [("sudo apt update", "목록 갱신")]


def test_a_fence_marked_python_of_colon_glossed_command_lines_is_shell() -> None:
    text = (
        "## 목록\n\n```python\nls : 현재 폴더의 파일 목록\nls -a : 숨은 파일까지 목록\n```\n\n"
        "#### 숨은 설정 파일만 보기\n\n```python\nls -a ~ : 홈 폴더의 모든 파일\n```\n"
    )
    assert [(n.line, n.front, n.back) for n in _draft(text).notes] == [
        (4, "ls", "현재 폴더의 파일 목록"),
        (5, "ls -a", "숨은 파일까지 목록"),
        (11, "ls -a ~", "홈 폴더의 모든 파일"),
    ]
    source = "## 예제\n\n```python\nprint(x)\n```\n"
    assert _draft(source).notes == ()


def test_an_option_alone_under_a_heading_saying_what_it_is_for() -> None:
    text = "# rsync 정리\n\n## 실제로 복사하지 않고 확인만 하는 옵션\n\n> --dry-run\n"
    assert _notes(text) == [(3, "option", "rsync", "--dry-run", "실제로 복사하지 않고 확인만 하는")]
    owner = "# 정리\n\n## rsync 옵션\n\n--delete\n"
    item = "# rsync 정리\n\n## 자주 쓰는 옵션\n\n* -a 옵션\n"
    for other in (owner, item):
        assert not [n for n in _draft(other).notes if n.reason.startswith("heading saying what an option")]


def test_a_name_before_the_dash_is_where_the_keys_work_not_what_they_do() -> None:
    text = "# Opening a shell\n\n## XFCE - Ctrl + Alt + T\n\n## Sublime Text - Ctrl + Shift + P\n\n## Pasting text - Ctrl + Shift + V\n"
    assert [(front, back) for *_, front, back in _notes(text)] == [("Ctrl + Shift + V", "Pasting text")]
    keys = "# Editor shortcuts\n\n## Toggle Sidebar - Ctrl + B\n\n## KDE - Ctrl + Alt + T\n"
    assert [(front, back) for *_, front, back in _notes(keys)] == [("Ctrl + B", "Toggle Sidebar")]


def test_numbered_parts_of_an_outline_are_no_glossary() -> None:
    text = "# Course\n\n## Day1 - Shell basics\n\n## Day2 - Files and folders\n\n## Day3 - Pipes\n"
    assert _notes(text) == []


def test_dir_in_a_title_is_a_word_not_the_notes_program() -> None:
    text = "# Temp dir cleanup\n\n## Flags\n\n- `-n`: list what would go, remove nothing\n"
    assert not [n for n in _draft(text).notes if n.command == "dir"]


def test_a_comment_over_the_first_of_many_lines_is_its_own_when_it_names_nothing_later() -> None:
    text = "## Looking at disks\n\n```bash\n# list the block devices\nlsblk\ndf -h\ndu -sh .\nmount\n```\n"
    assert [(n.front, n.back) for n in _draft(text).notes][:1] == [("lsblk", "list the block devices")]
