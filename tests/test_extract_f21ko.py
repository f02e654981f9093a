"""Shapes met in the Korean half of the twenty-first fresh set (x-f21ko), each in examples of our own: a trailing
comment giving the line to type in another case, a paragraph saying what the section's subject is over the line
that fetches it, and text naming what a later step does over a line that only fetches."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.action_pairs import fetched_for
from quizzer.extract.elsewhere import instead_command
from quizzer.extract.knowledge import FETCH_DOES, FETCH_WORDS
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
    assert instead_command(gloss, _line(line)) == other


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
        ("플러그인 활성화하기", "git pull", True),
        ("Apply the colour scheme", "git clone https://example.com/colours.git", True),
        ("플러그인 설치", "git clone https://example.com/plugin.git", False),  # a clone is how it is installed
        ("저장소 업데이트", "git pull", False),
        ("원격 저장소를 내려받기", "git clone https://example.com/repo.git", False),  # no action of another kind
        ("설정 적용", "source ~/.zshrc", False),  # not a fetch
        ("테마 적용", "git checkout main", False),
    ],
)
def test_a_fetch_under_another_action(prose: str, line: str, fetched: bool) -> None:
    assert fetched_for(prose, [_line(line)]) is fetched


def test_fetch_words_are_sub_commands_and_what_a_fetch_does_is_no_fetch() -> None:
    assert all(word.isascii() and word.isalpha() and word.islower() for word in FETCH_WORDS | FETCH_DOES)
    assert not FETCH_WORDS & FETCH_DOES
