"""Layout of blog posts that CommonMark reads otherwise than the site did: a fence opened in a list item over
lines written from the margin, a lone ``<br>`` over a heading, a console block marked as a programming language,
an item naming the command whose options sit under it, an item naming an option over its meaning, a list of
cases, a byline, a session under a task heading (quizzer/extract/blocks.py, root_fences.console,
rules._options_of, option_named_items, knowledge.BYLINE_LABELS, transcripts.printed_any), in examples of our
own (x-f12)."""

from __future__ import annotations

import pytest
from conftest import draft as _draft

from quizzer.extract.blocks import Code, Heading, prepare, read_blocks
from quizzer.extract.knowledge import BYLINE_LABELS


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


def test_a_fence_opened_in_an_item_holds_the_lines_under_it() -> None:
    text = (
        "## 브랜치 지우기\n"
        "* ~~~bash\n"
        "# 합쳐진 브랜치를 지운다\n"
        "$ git branch -d topic\n"
        "~~~\n"
        "* 다음 항목\n"
    )
    codes = [b for b in read_blocks(text) if isinstance(b, Code)]
    assert [(c.line, c.lines) for c in codes] == [(2, ((3, "# 합쳐진 브랜치를 지운다"), (4, "$ git branch -d topic")))]
    assert prepare(text).count("\n") == text.count("\n")  # every line where it was


def test_a_fence_already_inside_its_item_or_never_closed_is_left_alone() -> None:
    inside = "- ```sh\n  ls -la\n  ```\n"
    assert prepare(inside) == inside
    unclosed = "* ~~~js\nconst a = 1;\n"
    assert prepare(unclosed) == unclosed


def test_a_lone_br_after_a_blank_line_does_not_swallow_the_heading_under_it() -> None:
    text = "첫 단락.\n\n<br>\n## 두 번째 절\n본문이다.\n\n```\n\n<br>\nkept\n```\n"
    headings = [b.text for b in read_blocks(text) if isinstance(b, Heading)]
    assert headings == ["두 번째 절"]
    assert "<br>\nkept" in prepare(text)  # inside code it is code


def test_a_console_marked_as_javascript_is_read_as_commands() -> None:
    text = (
        "## git 메모\n\n"
        "~~~javascript\n"
        "// 마지막 커밋을 되돌린다\n"
        "$ git revert HEAD\n"
        "// 되돌리기를 그만둔다\n"
        "$ git revert --abort\n"
        "~~~\n\n"
        "~~~javascript\n"
        "// 배열의 합\n"
        "const total = xs.reduce((a, b) => a + b, 0);\n"
        "~~~\n"
    )
    assert _notes(text) == [
        (5, "command", "git revert", "git revert HEAD", "마지막 커밋을 되돌린다"),
        (7, "command", "git revert", "git revert --abort", "되돌리기를 그만둔다"),
    ]


def test_an_item_naming_a_sub_command_owns_the_options_under_it() -> None:
    text = (
        "# git 정리\n\n"
        "## 팁\n\n"
        "* stash 옵션\n"
        "  * **--keep-index** : 스테이징한 변경은 그대로 둔다\n"
        "* 그 밖의 것\n"
        "  * **--list** : 목록\n"
    )
    assert _notes(text)[0] == (6, "option", "git stash", "--keep-index", "스테이징한 변경은 그대로 둔다")


def test_an_item_naming_an_option_over_its_meaning_and_remarks() -> None:
    text = (
        "## 파일 지우기\n\n"
        "```\n$ rm -i notes.txt\n```\n\n"
        "### 옵션\n"
        "* -r 옵션\n"
        "  * 하위 폴더까지 함께 지운다\n"
        "  * 예) 빌드 폴더를 통째로 지울 때\n"
        "* `-f` 옵션\n"
        "  * 묻지 않고 지운다\n"
        "* -v 옵션\n"
        "  * rm -v a.txt\n"  # a command line: no meaning
    )
    assert _notes(text)[1:] == [
        (9, "option", "rm", "-r", "하위 폴더까지 함께 지운다"),
        (12, "option", "rm", "-f", "묻지 않고 지운다"),
    ]


def test_a_numbered_list_of_cases_is_not_a_procedure() -> None:
    text = (
        "## 커밋 취소하기\n"
        "* 되돌려야 할 때가 있다.\n"
        "  1. 잘못된 스크립트를 실행한 경우\n"
        "  2. 메시지를 잘못 쓴 경우\n\n"
        "## How to roll back\n"
        "1. When the deploy fails\n"
        "2. When a test breaks\n"
    )
    assert [n for n in _draft(text).notes if n.kind.value == "step"] == []
    steps = "## How to roll back\n1. Stop the service\n2. Restore the backup\n"
    assert [n.back for n in _draft(steps).notes] == ["Stop the service", "Restore the backup"]


@pytest.mark.parametrize("label", sorted(BYLINE_LABELS))
def test_every_byline_label_is_never_a_term(label: str) -> None:
    for line in (f"**{label.title()}**: Jane Roe\n", f"{label}: Linux, macOS\n", f"- {label} : 팀 블로그\n"):
        draft = _draft(f"# 노트\n\n{line}")
        assert draft.notes == ()
        assert [w.line for w in draft.warnings] == [3]


def test_a_session_under_a_task_heading_is_no_procedure() -> None:
    text = (
        "### Create a backup\n\n"
        "```\n"
        "$ tar czf logs.tgz /var/log/app\n"
        "$ ls -l logs.tgz\n"
        "-rw-r--r-- 1 me me 2048 Jan  1 10:00 logs.tgz\n"
        "```\n"
    )
    assert [n for n in _draft(text).notes if n.kind.value == "step"] == []
    commands = text.replace("-rw-r--r-- 1 me me 2048 Jan  1 10:00 logs.tgz\n", "")
    assert [n.position for n in _draft(commands).notes] == [1, 2]


def test_a_table_of_each_systems_commands_in_notes_about_one_system() -> None:
    table = (
        "| 작업 | Windows cmd | macOS shell |\n"
        "|---|---|---|\n"
        "| 현재 시각 보기 | time /t | date |\n"
        "| 파일 복사 | copy | cp |\n"
        "| 파일 이름 바꾸기 | ren | mv |\n"
        "| 파일 옮기기 | move | mv |\n"
    )
    notes = _notes(f"---\ntitle: 맥에서 쓰는 셸 명령\n---\n\n{table}")
    assert notes == [
        (7, "command", "date", "date", "현재 시각 보기"),
        (8, "command", "cp", "cp", "파일 복사"),
        (9, "command", "mv", "mv", "파일 이름 바꾸기"),
        (10, "command", "mv", "mv", "파일 옮기기"),
    ]
    windows = _notes(f"# Windows 명령 정리\n\n{table}")
    assert [front for _, _, _, front, _ in windows] == ["time /t", "copy", "ren", "move"]
    unsaid = _draft(f"# 명령 비교\n\n{table}")
    assert unsaid.notes == () and [w.line for w in unsaid.warnings] == [3]


def test_a_later_sentence_naming_the_file_to_keep_the_line_in_is_not_what_it_does() -> None:
    for said, kept in (
        ("기본 편집기를 vim으로 정한다. 이 줄을 ~/.bashrc 나 ~/.zshrc 파일에 추가한다.", "기본 편집기를 vim으로 정한다."),
        ("편집기를 정한다. 위 설정을 ~/.profile 에 넣는다.", "편집기를 정한다."),
    ):
        text = f"## 편집기\n\n{said}\n\n```bash\nexport EDITOR=vim\n```\n"
        assert [(n.front, n.back) for n in _draft(text).notes] == [("export EDITOR=vim", kept)]


def test_a_link_item_whose_words_read_as_name_and_meaning_is_where_to_read_more() -> None:
    text = (
        "# vim 정리\n\n"
        "- **dd:** 줄 삭제\n\n"
        "# Reference\n"
        "> - [vimtrainer - vim 연습 게임](https://example.org/vt)\n\n"
        "- [nvimlearn - 연습 사이트](https://example.org/nl)\n"
    )
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [("dd", "줄 삭제")]
    assert [w.line for w in draft.warnings] == [6, 8]


def test_a_block_from_the_margin_between_two_steps_is_the_steps_own() -> None:
    text = (
        "## 이전 버전으로 되돌리는 방법\n\n"
        "1. 서비스를 멈춘다.\n"
        "```bash\n$ systemctl stop web\n```\n\n"
        "2. 이전 버전을 다시 푼다.\n"
        "```bash\n$ tar xzf web-1.2.tgz\n```\n\n"
        "3. 서비스를 다시 켠다.\n"
    )
    commands = [(n.front, n.back) for n in _draft(text).notes if n.kind.value == "command"]
    assert ("tar xzf web-1.2.tgz", "이전 버전을 다시 푼다.") in commands


def test_text_naming_another_sub_command_leaves_the_lines_comment_alone() -> None:
    text = (
        "## 브랜치\n\n"
        "이때 git stash 명령어로 잠시 치워 둘 수 있다.\n\n"
        "```bash\n"
        "# 합쳐진 브랜치 보기\n"
        "$ git branch --merged\n"
        "```\n"
    )
    assert [(n.front, n.back) for n in _draft(text).notes] == [("git branch --merged", "합쳐진 브랜치 보기")]
    same = text.replace("git stash 명령어로 잠시 치워 둘 수 있다", "git branch 명령어로 브랜치를 살필 수 있다")
    assert [n.back for n in _draft(same).notes] == ["이때 git branch 명령어로 브랜치를 살필 수 있다. (합쳐진 브랜치 보기)"]
