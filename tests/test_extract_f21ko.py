"""Shapes met in the Korean half of the twenty-first fresh set (x-f21ko), each in examples of our own: a trailing
comment giving the line to type in another case, a paragraph saying what the section's subject is over the line
that fetches it, and text naming what a later step does over a line that only fetches."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.action_pairs import fetched_for
from quizzer.extract.elsewhere import instead_command
from quizzer.extract.knowledge import KEY_APPS, PROGRAMS
from quizzer.extract.narration import defines_this
from quizzer.shell import parse_invocation


def _line(text: str):  # type: ignore[no-untyped-def]
    invocation = parse_invocation(text)
    assert invocation is not None
    return invocation


# -- a trailing comment that gives the line to type in another case --------------------------------------------


def test_a_comment_giving_the_line_for_another_case_is_no_card_of_this_line() -> None:
    text = (
        "# 셸 다시 읽기\n\n"
        "```sh\n"
        "exec zsh\n"
        "$ source ~/.zshrc   # bash를 쓴다면 source ~/.bashrc 실행\n"
        "```\n"
    )
    made = draft(text)
    assert all(note.front != "source ~/.zshrc" for note in made.notes)
    assert any("source ~/.bashrc" in warning.message for warning in made.warnings)


@pytest.mark.parametrize(
    ("gloss", "line", "other"),
    [
        ("fish를 쓰지 않을 경우엔 source ~/.profile 사용", "source ~/.config/fish/config.fish", "source ~/.profile"),
        ("bash라면 source ~/.bashrc 실행", "source ~/.zshrc", "source ~/.bashrc"),
        ("if you use fish, source ~/.config/fish/config.fish", "source ~/.zshrc", "source ~/.config/fish/config.fish"),
        ("otherwise run systemctl restart nginx", "systemctl reload nginx", "systemctl restart nginx"),
        ("맥일 때 ls -G 사용", "ls --color", "ls -G"),
    ],
)
def test_the_line_for_another_case_is_found(gloss: str, line: str, other: str) -> None:
    found = instead_command(gloss, _line(line))
    assert found is not None and (found.head, found.line) == ("", other)


@pytest.mark.parametrize(
    ("gloss", "line"),
    [
        ("설정 다시 읽기", "source ~/.zshrc"),  # what it does, no case
        ("root일 경우 sudo 없이 실행", "sudo apt update"),  # a case, no other line
        ("변경이 없으면 아무 것도 출력하지 않음", "git diff"),
        ("if the file is missing, it creates one", "touch a.txt"),  # English words that are programs: no line
        ("if needed, add -v for more output", "curl https://example.com"),
        ("when the log rotates, file changes are followed", "tail -F app.log"),
        ("zsh면 source ~/.zshrc", "source ~/.zshrc"),  # the line itself, no other
        ("(macOS only)", "ls -G"),
    ],
)
def test_a_case_without_another_line_is_no_other_command(gloss: str, line: str) -> None:
    assert instead_command(gloss, _line(line)) is None


# -- what the section's subject is, over the line that fetches it ------------------------------------------------


def test_what_the_subject_is_over_its_install_line_is_no_card() -> None:
    text = (
        "# 터미널 꾸미기\n\n"
        "## powerlevel10k\n\n"
        "이건 zsh 프롬프트 테마이다. 예쁜 프롬프트를 위해 받아 두자.\n\n"
        "```\n"
        "$ curl -fsSL https://example.com/p10k/install.sh | bash\n"
        "```\n"
    )
    made = draft(text)
    assert made.notes == ()
    assert 7 in [warning.line for warning in made.warnings]


@pytest.mark.parametrize(
    "text",
    [
        "이건 zsh 프롬프트 테마이다. 예쁜 프롬프트를 위해 받아 두자.",
        "이것은 터미널용 파일 관리자입니다.",
        "This is a plugin manager for tmux. Install it with:",
        "It is a small tool for watching files.",
    ],
)
def test_a_sentence_saying_what_this_is_defines_the_subject(text: str) -> None:
    assert defines_this(text)


@pytest.mark.parametrize(
    "text",
    [
        "이건 파일 목록을 보여주는 명령어이다.",  # says what a command does
        "This is the command that lists the files",
        "이건 로그를 지운다.",  # a verb, not a noun and its copula
        "로그를 지운다.",
        "zsh 프롬프트 테마를 설치한다",
    ],
)
def test_a_sentence_saying_what_a_line_does_is_no_definition_of_this(text: str) -> None:
    assert not defines_this(text)


def test_a_sentence_saying_what_the_line_is_keeps_its_card() -> None:
    text = "# 푸시\n\n이건 강제 푸시이다. 원격의 기록을 덮어쓰니 조심하자.\n\n```bash\ngit push --force-with-lease origin main\n```\n"
    assert [note.command for note in draft(text).notes] == ["git push"]


def test_a_comment_saying_what_the_line_does_then_another_case_keeps_its_head() -> None:
    text = (
        "# Shell reloads\n\n```bash\n"
        "source ~/.profile  # 설정 다시 불러오기 (fish라면 source ~/.config/fish/config.fish)\n"
        "kill %2  # stop the second job; if it will not stop, kill -9 %2\n"
        "```\n"
    )
    made = draft(text)
    assert [(note.front, note.back) for note in made.notes] == [
        ("source ~/.profile", "설정 다시 불러오기"), ("kill %2", "stop the second job"),
    ]
    assert any("source ~/.config/fish/config.fish;" in warning.message for warning in made.warnings)


# -- what a later step does, over a line that only fetches -------------------------------------------------------


def test_text_naming_a_later_step_over_a_clone_is_no_card_of_it() -> None:
    text = (
        "# 터미널 꾸미기\n\n"
        "## 테마\n\n"
        "> 눈이 편하도록 dracula 테마를 적용해보자\n\n"
        "```\n"
        "$ git clone https://github.com/example/dracula-theme.git\n"
        "```\n\n"
        "## 플러그인\n\n"
        "vim 플러그인 설치\n\n"
        "```\n"
        "$ git clone https://github.com/example/vim-surround.git ~/.vim/pack/a/start/vim-surround\n"
        "```\n"
    )
    made = draft(text)
    assert [(note.line, note.back) for note in made.notes] == [(16, "vim 플러그인 설치")]
    assert 7 in [warning.line for warning in made.warnings]


@pytest.mark.parametrize(
    ("prose", "line", "fetched"),
    [
        ("눈이 편하도록 테마를 적용해보자", "git clone https://example.com/theme.git", True),
        ("받은 다음 플러그인을 활성화해 보자", "git clone https://example.com/plugin.git", True),
        ("플러그인 설치", "git clone https://example.com/plugin.git", False),  # a clone is how it is installed
        ("작업 폴더에 저장소 복사본 생성", "git clone https://example.com/docs.git", False),  # it makes the copy
        ("Create a local copy of the repository", "git clone https://example.com/app.git", False),
        ("원격 브랜치의 변경 사항을 현재 브랜치에 적용", "git pull origin main", False),  # a pull does apply them
        ("변경 사항을 적용해보자", "git pull origin main", False),
        ("Apply the colour scheme", "git clone https://example.com/colours.git", False),  # said, not "let's"
        ("저장소 업데이트", "git pull", False),
        ("원격 저장소를 내려받기", "git clone https://example.com/repo.git", False),  # no action of another kind
        ("설정 적용", "source ~/.zshrc", False),  # not a fetch
        ("테마 적용", "git checkout main", False),
    ],
)
def test_a_fetch_under_another_action(prose: str, line: str, fetched: bool) -> None:
    assert fetched_for(prose, [_line(line)]) is fetched


# -- recall: a text fence holding a program's name alone, under what it does -----------------------------------


def test_a_text_fence_of_one_program_name_under_what_it_does_is_its_card() -> None:
    text = "# 기본 명령\n\n작업 디렉터리 출력\n```text\npwd\n```\n\n화면 지우기\n```txt\n clear \n```\n"
    assert [(note.line, note.front, note.back) for note in draft(text).notes] == [
        (5, "pwd", "작업 디렉터리 출력"), (10, "clear", "화면 지우기"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "# Shell\n\nThe output:\n```text\ndate\n```\n",  # a label over output
        "# 셸\n\n실행 결과\n```text\nfile\n```\n",
        "# 셸\n\n프로그램 이름\n```text\nhtop\n```\n",  # a name, not what it does
        "# 셸\n\n디렉터리 이동\n```text\nmy-tool\n```\n",  # no program quizzer knows
        "# 셸\n\n디렉터리 이동\n```text\ncd\nls\n```\n",  # two lines: text or output
    ],
)
def test_a_text_fence_is_still_no_command_without_a_known_name_alone_under_a_doing(text: str) -> None:
    assert draft(text).notes == ()


# -- recall: keys whose program the text above names -------------------------------------------------------------


def test_the_text_above_a_key_block_names_whose_keys_they_are() -> None:
    text = (
        "# 맥 설정\n\n"
        "# 터미널\n\n"
        "kitty를 설치했다. 자주 쓰는 kitty 단축키는\n\n"
        "```text\n"
        "ctrl + shift + t - 새 탭 열기\n"
        "cmd + [ 또는 cmd + ] - 이전 탭이나 다음 탭으로\n"
        "ctrl + shift + enter - 새로운 창\n"
        "```\n"
    )
    made = draft(text).notes
    assert [(note.command, note.front) for note in made] == [
        ("kitty", "ctrl + shift + t"), ("kitty", "cmd + [ 또는 cmd + ]"), ("kitty", "ctrl + shift + enter"),
    ]
    assert set(made[1].answers) >= {"cmd + [", "cmd + ]"}


@pytest.mark.parametrize(
    ("text", "program"),
    [
        ("기본적인 iterm2 명령어들을 살펴보면", "iterm2"),
        ("Basic tmux shortcuts:", "tmux"),
        ("vim의 단축키", "vim"),
        ("tmux와 vim 단축키", None),  # two programs: whose is not sure
        ("I installed tmux. Here are my notes", None),  # no word for keys
        ("Some shortcuts", None),
    ],
)
def test_a_lead_in_names_the_program_of_keys(text: str, program: str | None) -> None:
    from quizzer.extract.key_lines import lead_in_program

    assert lead_in_program(text) == program


# -- recall: the purpose of the one line whose command the text names --------------------------------------------


def test_the_text_naming_one_lines_command_with_a_purpose_is_that_lines_card() -> None:
    text = (
        "# 셸\n\n## 설정\n\n"
        "fish를 기본 셸로 바꾸기 위해 chsh 명령어를 사용하자.\n"
        "```text\n$ which fish\n/usr/local/bin/fish\n$ chsh -s /usr/local/bin/fish\n```\n"
    )
    assert [(note.line, note.command, note.front) for note in draft(text).notes] == [
        (9, "chsh", "chsh -s /usr/local/bin/fish"),
    ]


@pytest.mark.parametrize(
    ("prose", "at"),
    [
        ("fish를 기본 셸로 바꾸기 위해 chsh 명령어를 사용하자.", 1),
        ("To make fish the default shell, use the chsh command.", 1),
        ("Use the chsh command to make fish your shell.", 1),
        ("To find the path before the chsh command, run which:", None),  # named, but another is used
        ("chsh 명령어를 쓰기 전에 which로 경로를 확인", None),  # no purpose
        ("chsh 명령어를 사용한다", None),
        ("fish와 chsh 명령어를 쓰기 위해 which 명령어를 사용", None),  # names both as used
    ],
)
def test_the_line_whose_command_is_named(prose: str, at: int | None) -> None:
    from quizzer.extract.named_program import named_line

    assert named_line(prose, [_line("which fish"), _line("chsh -s /usr/local/bin/fish")]) == at


# -- recall: ">>>" before a known program in a shell block ---------------------------------------------------------


def test_chevrons_before_a_known_program_in_a_shell_block_are_a_prompt() -> None:
    text = "# 압축\n\n- tar로 묶기:\n\n   ```bash\n   >>> tar -cf a.tar ./dir\n   ```\n"
    assert [(note.front, note.back) for note in draft(text).notes] == [("tar -cf a.tar ./dir", "tar로 묶기")]


@pytest.mark.parametrize(
    "text",
    [
        "# 파이썬\n\n- 더하기:\n\n   ```python\n   >>> sum([1, 2])\n   ```\n",  # Python's own prompt
        "# 파이썬\n\n- 더하기:\n\n   ```bash\n   >>> total(1, 2)\n   ```\n",  # no program quizzer knows
    ],
)
def test_chevrons_elsewhere_are_no_shell_prompt(text: str) -> None:
    assert draft(text).notes == ()


# -- precision: an example item's block is not what the heading says ---------------------------------------------


def test_a_block_under_an_example_item_does_not_take_the_heading() -> None:
    text = (
        "# 파일\n\n## 만들기와 지우기\n"
        "- 디렉토리 생성: `mkdir`\n  - 예제: `logs`라는 디렉토리 생성\n\n      ```bash\n      $ mkdir logs\n      ```\n"
    )
    made = draft(text)
    assert [(note.front, note.back) for note in made.notes] == [("mkdir", "디렉토리 생성")]
    assert 7 in [warning.line for warning in made.warnings]


# -- recall: lines typed at psql's prompt, SQL statements in notes about an SQL client ---------------------------


def test_lines_at_psqls_prompt_are_psql_commands() -> None:
    text = (
        "# PostgreSQL 메모\n\n"
        "### 역할 목록 보기\n```bash\nmydb=# \\du\n\n Role name | Attributes\n-----------+-----------\n kim | Superuser\n```\n\n"
        "### 테이블 목록\n```\nmydb=> \\dt\n```\n"
    )
    assert [(note.command, note.front, note.back) for note in draft(text).notes] == [
        ("psql", "\\du", "역할 목록 보기"), ("psql", "\\dt", "테이블 목록"),
    ]


def test_a_dollar_after_the_database_is_psqls_prompt_only_for_postgres() -> None:
    from quizzer.extract.blocks import Code
    from quizzer.extract.repl import database_prompted

    assert database_prompted(Code("bash", ((2, "postgres=$ \\l"),), 1, True)) is not None
    assert database_prompted(Code("bash", ((2, "mydb=$ \\l"),), 1, True)) is None
    assert database_prompted(Code("bash", ((2, "FOO=bar make"),), 1, True)) is None


def test_an_sql_statement_alone_in_notes_about_an_sql_client_is_typed_there() -> None:
    text = "# MySQL 메모\n\n### 권한 주기\n```\ngrant all on shop.* to 'kim'@'localhost';\n```\n"
    assert [(note.command, note.back) for note in draft(text).notes] == [("mysql", "권한 주기")]
    other = "# 셸 메모\n\n### 권한 주기\n```\ngrant all on shop.* to 'kim'@'localhost';\n```\n"
    assert all(note.command != "mysql" for note in draft(other).notes)


@pytest.mark.parametrize("name", sorted(KEY_APPS))
def test_every_key_app_owns_the_keys_its_lead_in_names_and_is_no_command(name: str) -> None:
    from quizzer.extract.key_lines import lead_in_program

    assert name not in PROGRAMS and KEY_APPS[name] not in PROGRAMS  # a window's app: "iterm2: 터미널" stays a term
    assert lead_in_program(f"자주 쓰는 {name} 단축키") == KEY_APPS[name]
    assert lead_in_program(f"{name} shortcuts I use:") == KEY_APPS[name]


def test_a_text_fence_of_what_the_line_above_printed_is_no_command() -> None:
    text = (
        "# 셸 설정\n\n"
        "기본 편집기 보기\n\n```bash\ngit config --get core.editor\n```\n\n"
        "출력된 편집기 확인\n\n```text\nnano\n```\n"
    )
    assert [note.command for note in draft(text).notes] == ["git config"]


@pytest.mark.parametrize(
    ("line", "gets"),
    [
        ("curl -fsSL https://example.com/install.sh | sh", True),
        ("$ wget -qO- https://example.com/get.sh | sudo bash", True),
        ("git clone https://example.com/repo.git", True),
        ("sudo apt install ripgrep", True),
        ("pip install httpie", True),
        ("apk add curl", True),
        ("git push --force-with-lease origin main", False),
        ("curl -s https://example.com | jq .", False),
    ],
)
def test_a_line_that_fetches_or_installs(line: str, gets: bool) -> None:
    from quizzer.extract.knowledge import fetches_or_installs

    assert fetches_or_installs(line) is gets


def test_sql_shells_have_a_shell_of_their_own_and_psql_names_the_database_at_its_prompt() -> None:
    from quizzer.extract.knowledge import DATABASE_PROMPT_PROGRAM, SHELL_PROGRAMS, SQL_SHELLS

    assert SQL_SHELLS <= set(SHELL_PROGRAMS.values())
    assert DATABASE_PROMPT_PROGRAM in SQL_SHELLS
