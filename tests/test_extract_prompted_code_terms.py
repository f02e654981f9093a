"""``- `$ git rm [파일명]` : …``: a code span holding the prompt before the command (issue 6, x-f26ko), our own examples."""

from __future__ import annotations

from conftest import draft as _draft, facts


def test_the_prompt_in_the_code_span_is_left_off() -> None:
    text = "# 정리\n\n### 옵션\n- `$ git mv [옛이름] [새이름]` : 파일 이름을 바꾼다\n- `$ git mv -f [옛이름] [새이름]` : 덮어쓰며 바꾼다\n"
    assert facts(text) == [
        (4, "command", "git mv", "git mv", "파일 이름을 바꾼다"),
        (5, "command", "git mv", "git mv -f", "덮어쓰며 바꾼다"),
    ]


def test_a_stand_in_program_after_the_prompt_is_not_read_as_a_command() -> None:
    text = "# getopts\n\n- `$ command -a -b` : -b가 -a의 인수가 된다\n- `$ command -a x -b` : -b는 인식되지 않는다\n"
    assert all(n.kind.value != "command" for n in _draft(text).notes)


def test_prompted_lines_written_bare_in_one_paragraph_are_a_note_each() -> None:
    # (x-f35ko1) "$ line : gloss" lines outside any fence, joined by markdown into one paragraph: the prompt is
    # left off as in a code span; a line with no gloss is no fact
    text = (
        "# 정리\n\n## 명령어\n"
        "$ git status\n"
        "$ git stash pop : 숨긴 변경을 되살린다\n"
        "$ git log --oneline : 커밋을 한 줄씩 본다\n"
    )
    assert facts(text) == [
        (5, "command", "git stash pop", "git stash pop", "숨긴 변경을 되살린다"),
        (6, "command", "git log", "git log --oneline", "커밋을 한 줄씩 본다"),
    ]


def test_option_lines_indented_under_a_bare_command_line_are_its_options() -> None:
    # "$ git stash " alone, then its options indented four spaces (still the paragraph: no blank line before them)
    text = (
        "# 정리\n\n## 명령어\n"
        "$ git log --oneline : 커밋을 한 줄씩 본다\n"
        "$ git clean\n"
        "    -n : 지울 파일만 보여준다\n"
        "    -d (폴더) : 폴더까지 지운다\n"
        "$ git stash pop : 숨긴 변경을 되살린다\n"
    )
    notes = [(n.line, n.kind.value, n.command, n.front) for n in _draft(text).notes]
    assert (6, "option", "git clean", "-n") in notes
    assert (7, "option", "git clean", "-d") in notes
    assert all(n[2] != "git log" for n in notes if n[1] == "option")


def test_an_option_line_not_indented_or_under_a_word_is_not_given_the_line_above() -> None:
    # not indented: the line above is no owner said by the layout; indented under words that are no command line
    # ("정리한 것"): nothing says whose option it is
    flat = "# 정리\n\n## 명령어\n$ git clean\n-n : 지울 파일만 보여준다\n"
    under_words = "# 정리\n\n## 명령어\n정리한 것\n    -n : 지울 파일만 보여준다\n"
    for text in (flat, under_words):
        assert all(n.command != "git clean" for n in _draft(text).notes if n.kind.value == "option"), text


def test_a_prompted_line_then_the_error_it_printed_is_a_failing_example() -> None:
    # "$ git pull fatal: …" pasted on one line: git's complaint, never what the line does
    text = "# 오류\n\n$ git pull fatal: refusing to merge unrelated histories\n해결 : 다시 받는다\n"
    draft = _draft(text)
    assert all(n.front != "git pull fatal" and "refusing" not in n.back for n in draft.notes)
    assert any(w.line == 3 and "error" in w.message for w in draft.warnings)
