"""Windows batch / cmd notes (issue 6, x-ko2), examples of our own: ``::`` and ``REM`` comments,
capital program names, a table of an option's values, settings in a table, "open the prompt"
sentences and ``::: info`` boxes."""

from __future__ import annotations

from quizzer.extract.batch import as_shell_comments
from quizzer.extract.blocks import Code
from quizzer.extract.openers import CONTAINER, opens_prompt
from conftest import draft as _draft, facts as _facts


def test_a_double_colon_comment_says_what_the_batch_line_below_does() -> None:
    text = (
        "## 디스크\n\n```batch\n:: 디스크 공간 정리 도구 실행\ncleanmgr /sagerun:1\n\n"
        ":: Shows the files of a folder, one page at a time\ndir /p\n```\n"
    )
    assert _facts(text) == [
        (5, "command", "cleanmgr", "cleanmgr /sagerun:1", "디스크 공간 정리 도구 실행"),
        (8, "command", "dir", "dir /p", "Shows the files of a folder, one page at a time"),
    ]


def test_rem_before_a_line_and_after_it_are_comments_too() -> None:
    text = "## 복사\n\n```cmd\nREM 하위 폴더까지 복사\nxcopy src dst /e\nmd backup && REM 백업 폴더 만들기\n```\n"
    assert _facts(text) == [
        (5, "command", "xcopy", "xcopy src dst /e", "하위 폴더까지 복사"),
        (6, "command", "md", "md backup", "백업 폴더 만들기"),
    ]


def test_a_program_named_in_capitals_is_the_command_and_its_capital_switch_no_placeholder() -> None:
    text = "## 프로세스\n\n```bat\n:: 메모장 프로세스를 강제로 종료\nTASKKILL /F /IM notepad.exe\n```\n"
    [note] = _draft(text).notes
    assert (note.line, note.command, note.front, note.back) == (
        5, "taskkill", "taskkill /f /im notepad.exe", "메모장 프로세스를 강제로 종료"
    )


def test_markers_are_read_only_in_batch_fences_or_bare_fences_that_use_them() -> None:
    shell = Code("sh", ((1, "rem -rf /tmp/x"), (2, ":: not a comment here")), 1)
    assert as_shell_comments(shell) is shell
    bare = Code("", ((1, "REM 목록 보기"), (2, "DIR")), 1)
    assert as_shell_comments(bare).lines == ((1, "# 목록 보기"), (2, "dir"))
    plain = Code("", ((1, "LS -l"),), 1)
    assert as_shell_comments(plain) is plain  # no batch marker, no batch language: left as written


def test_an_empty_double_colon_and_output_comments_after_the_last_line_make_no_card() -> None:
    text = "## 계정\n\n```batch\n:: 로그인한 사용자 확인\nwhoami\n::\n:: desktop-1234\\kim\n```\n"
    [note] = _draft(text).notes
    assert (note.line, note.command, note.front) == (5, "whoami", "whoami")
    assert note.back.endswith("로그인한 사용자 확인)")  # "계정 (로그인한 사용자 확인)": heading and comment
    assert "desktop" not in note.back


def test_a_heading_over_a_batch_block_describes_its_windows_program() -> None:
    # a shell block under a heading needs a program quizzer knows; a batch fence says these lines run in cmd
    text = "## 네트워크 설정 보기\n\n```batch\nipconfig /all\n```\n"
    assert _facts(text) == [(4, "command", "ipconfig", "ipconfig /all", "네트워크 설정 보기")]


def test_words_in_a_flag_column_are_values_of_the_sections_command() -> None:
    text = (
        "## robocopy\n\n```batch\n:: 폴더를 미러링\nrobocopy src dst /mir\n```\n\n"
        "| flag | description |\n| --- | --- |\n| `fast` | 빠르게 복사한다 |\n| `safe` | 검증하며 복사한다 |\n"
    )
    facts = _facts(text)
    assert (10, "option", "robocopy", "fast", "빠르게 복사한다") in facts
    assert (11, "option", "robocopy", "safe", "검증하며 복사한다") in facts
    assert not any(kind == "command" and front in ("fast", "safe") for _, kind, _, front, _ in facts)


def test_values_in_a_flag_column_with_no_command_are_warnings() -> None:
    text = "## 모드\n\n| flag | description |\n| --- | --- |\n| `fast` | 빠르게 복사한다 |\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [5]


def test_a_setting_in_a_table_is_a_concept_not_a_command() -> None:
    text = (
        "## 레지스트리\n\n| 위치 | key | 설명 |\n| --- | --- | --- |\n"
        "| `HKCU\\Desktop` | `MenuShowDelay=0` | 메뉴가 바로 열림 |\n"
    )
    assert _facts(text) == [(5, "concept", None, "MenuShowDelay=0", "메뉴가 바로 열림")]


def test_a_sentence_that_opens_the_prompt_is_no_description_the_heading_is() -> None:
    text = "## 사용자 계정 목록\n\n> 관리자 권한으로 명령 프롬프트 실행\n\n```batch\nnet user\n```\n"
    draft = _draft(text)
    assert [(n.line, n.command, n.front, n.back) for n in draft.notes] == [(6, "net", "net user", "사용자 계정 목록")]
    assert 3 in [w.line for w in draft.warnings]


def test_opening_sentences_in_both_languages() -> None:
    for text in ("어드민 권한으로 Command Prompt실행", "터미널을 연다.", "Open PowerShell as administrator", "Launch a terminal:"):
        assert opens_prompt(text), text
    for text in ("셸 함수 삭제", "Run the build script", "docker 실행", "터미널 종료 시 변수가 사라짐"):
        assert not opens_prompt(text), text


def test_a_container_title_heads_the_block_inside_and_makes_no_hand_card() -> None:
    text = "## 전원\n\n::: tip 절전 모드 끄기\n\n```batch\npowercfg /h off\n```\n\n:::\n"
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.front, n.back) for n in draft.notes] == [
        (6, "command", "powercfg /h off", "절전 모드 끄기")
    ]
    assert draft.warnings == ()
    assert CONTAINER.match("::: warning").group("title") is None  # type: ignore[union-attr]
    assert CONTAINER.match("front ::: back") is None  # an Obsidian card both ways, not a box


# -- x-f10: Windows prompts, "open a terminal and type below", examples in comments -----------------------


def test_windows_prompts_are_not_part_of_the_command() -> None:
    text = (
        "## 네트워크\n\n- 연결 확인\n\t```cmd\n\tC:\\Users\\me>ping -n 4 example.com\n\t```\n"
        "- 경로 추적\n\t```cmd\n\tPS C:\\Work>tracert example.com\n\t```\n"
    )
    assert [(line, command, front) for line, _kind, command, front, _back in _facts(text)] == [
        (5, "ping", "ping -n 4 example.com"), (9, "tracert", "tracert example.com"),
    ]


def test_open_a_terminal_and_type_below_says_nothing_of_the_line() -> None:
    assert opens_prompt("서버에서 터미널을 열고 아래의 명령어를 입력한다.")
    assert opens_prompt("Open a terminal and type the following:")
    assert not opens_prompt("터미널을 열고 아래 명령어를 입력하면 패키지 목록이 갱신된다.")
    text = (
        "## 방화벽\n\n방화벽을 켜려면 ufw를 활성화해야 한다.\n\n"
        "터미널을 열고 아래의 명령어를 입력한다.\n\n```\n$ sudo ufw enable\n```\n"
    )
    assert [(front, back) for _line, _kind, _cmd, front, back in _facts(text)] == [
        ("sudo ufw enable", "방화벽을 켜려면 ufw를 활성화해야 한다."),
    ]


def test_an_example_in_a_comment_after_the_line_is_not_its_meaning() -> None:
    text = "- 파일 복사\n\t```cmd\n\tC:\\>copy SRC DEST   # 예) copy a.txt b.txt\n\t```\n"
    assert [(front, back) for _line, _kind, _cmd, front, back in _facts(text)] == [("copy", "파일 복사")]


def test_an_item_naming_the_program_is_a_title_over_glossed_lines() -> None:
    text = (
        "- Wget(Web Get)\n\t```\n\t# 조용히\n\twget -q https://example.com/a.zip\n"
        "\t# 이어받기\n\twget -c https://example.com/a.zip\n\t```\n"
    )
    assert [back for _line, _kind, _cmd, _front, back in _facts(text)] == ["조용히", "이어받기"]


def test_a_label_naming_another_command_is_no_meaning() -> None:
    text = "> docker logs\n```\n$ docker-compose logs -f web\n```\n"
    assert not _facts(text)
