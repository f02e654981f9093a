"""An editor's ex command written without its colon among its keys (``**sp [file]**: …`` beside ``**gg**: …`` in
notes about vim): the editor's command, as typed after ``:`` (ex_commands.bare), with examples of our own."""

from __future__ import annotations

from tests.conftest import draft, facts


def test_a_word_and_its_placeholder_among_keys_is_the_editors_command() -> None:
    text = (
        "# vim\n\n"
        "> **dd**: 줄 지우기  \n"
        "> **e [path]**: 다른 파일 열기  \n"
        "> **tabe <name>**: 새 탭에 열기  \n"
        "> **p**: 붙여넣기\n"
    )
    assert facts(text) == [
        (3, "command", "vim", "dd", "줄 지우기"),
        (4, "command", "vim", ":e", "다른 파일 열기"),
        (5, "command", "vim", ":tabe", "새 탭에 열기"),
        (6, "command", "vim", "p", "붙여넣기"),
    ]


def test_the_keys_may_be_further_down_the_run_of_lines_and_in_code() -> None:
    text = "# vim\n\n- `new {file}`: 위에 새 창\n- `vnew {file}`: 옆에 새 창\n- `ZZ`: 저장하고 닫기\n"
    assert [(n.front, n.command) for n in draft(text).notes if n.line in (3, 4)] == [(":new", "vim"), (":vnew", "vim")]


def test_a_program_quizzer_knows_stays_the_program() -> None:
    # "grep <pattern>" beside vim's keys is grep run from the shell, not an ex command
    text = "# vim\n\n> **grep <pattern>**: 패턴 찾기  \n> **gg**: 처음으로\n"
    assert [n.command for n in draft(text).notes if n.line == 3] != ["vim"]


def test_with_no_key_in_its_run_of_lines_it_is_not_read_so() -> None:
    # the keys are in another paragraph: nothing says the word is one of the editor's commands
    text = "# vim\n\n## 창\n\n**sp [file]**: 창 나누기\n\n**gg**: 처음으로\n"
    assert all(n.front != ":sp" for n in draft(text).notes)


def test_in_notes_about_a_multiplexer_it_is_not_read_so() -> None:
    text = "# tmux\n\n> **new [name]**: 새 세션  \n> **C-b d**: 떼어내기\n"
    assert all(not n.front.startswith(":") for n in draft(text).notes)
