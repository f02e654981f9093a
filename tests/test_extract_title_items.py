"""``- Title `command line` gloss``: an item naming a task, then the line that does it (issue 6, x-f11), our own examples."""

from __future__ import annotations

import pytest

from conftest import draft as _draft, facts as _facts
from quizzer.extract.knowledge import SEQUENCE_WORDS_KO


def test_a_task_then_its_command_line_is_one_command_note() -> None:
    text = "# Notes\n\n* Mirror  `wget --mirror --no-parent https://example.org/docs/`\n"
    assert _facts(text) == [(3, "command", "wget", "wget --mirror --no-parent https://example.org/docs/", "Mirror")]


def test_the_gloss_after_the_line_is_kept_its_first_sentence_only_and_reference_numbers_are_none() -> None:
    text = (
        "# Notes\n\n"
        "* Resume `curl -C - -O https://example.org/big.iso` Continue a broken download. It asks the server.\n"
        "* Quiet `curl -s https://example.org/` 1234567890\n"
    )
    assert [(n.line, n.back) for n in _draft(text).notes] == [
        (3, "Resume (Continue a broken download)"), (4, "Quiet"),
    ]


def test_a_command_heading_does_not_take_such_items_as_what_it_does() -> None:
    text = "# wget\n\n* Mirror `wget --mirror https://example.org/`\n* Resume `wget -c https://example.org/a.iso`\n"
    notes = _draft(text).notes
    assert sorted(n.back for n in notes) == ["Mirror", "Resume"]


def test_words_that_only_tell_to_run_it_or_a_step_or_a_bare_program_are_not_read_so() -> None:
    for text in (
        "# Notes\n\n* Run `make test`\n",
        "# Notes\n\n* Then use `ls -l`\n",
        "# Notes\n\n1. Open `vim ~/.vimrc` first\n",
        "# Notes\n\n* Build `make`\n",
    ):
        assert all(n.reason != "item naming a task, then its command line in backticks" for n in _draft(text).notes)



def test_a_line_with_a_particle_glued_on_is_a_word_of_the_sentence() -> None:
    # "`git log`를 …": the line is the object of the sentence, which tells what the notes will do, not what it does
    text = "# 메모\n\n- 이번에는 `git log`를 옵션들과 함께 살펴본다.\n- 그리고 `git lg`를 입력하면 된다.\n"
    assert not [n for n in _facts(text) if n[1] == "command"]
    # a space before the particle ("`vi 파일명` 을 입력하여 …") changes nothing: it had been vi's back "쉘 상에서 (을
    # 입력하여 …)" (rv21)
    text = "# 메모\n\n- 쉘 상에서 `vi notes.txt` 을 입력하여 새 문서를 편집할 수 있다\n- 받으면 `mv a.pem ~/.ssh` 를 입력하자\n"
    assert not [n for n in _draft(text).notes if n.reason == "item naming a task, then its command line in backticks"]


def test_a_line_done_with_after_a_task_is_still_its_command() -> None:
    text = "# 메모\n\n- 비어있지 않은 디렉토리는 `rm -r dir`으로 삭제\n"
    assert [n[3] for n in _facts(text) if n[1] == "command"] == ["rm -r dir"]


def test_an_item_going_on_past_the_line_to_a_verb_of_its_own_tells_steps_not_a_task() -> None:
    # the words before the line are another step of the story ("폴더를 만들고"), not what the line is for
    text = (
        "# 메모\n\n"
        "- 새 폴더를 만들고 `npm init -y`로 프로젝트를 시작합니다.\n"
        "- 그다음 `npm test`로 결과를 확인해 보면 아래처럼 나온다.\n"
    )
    assert [n for n in _draft(text).notes if n.reason == "item naming a task, then its command line in backticks"] == []


@pytest.mark.parametrize("word", sorted(SEQUENCE_WORDS_KO))
def test_each_sequence_word_joins_the_item_to_the_step_before(word: str) -> None:
    # "먼저 `git pull`로 최신 코드를 받습니다." had been git pull: "먼저 (로 최신 코드를 받습니다.)" (rv20)
    text = f"# 메모\n\n- {word} `npm test`로 결과를 확인해 보면 아래처럼 나온다.\n"
    draft = _draft(text)
    assert [n for n in draft.notes if n.reason == "item naming a task, then its command line in backticks"] == []
    assert [w.line for w in draft.warnings] == [3]


def test_a_task_as_the_topic_done_with_the_line_is_its_task() -> None:
    # "상태 확인은 `git status`로 합니다.": the topic is the task, "로 합니다" only says the line does it (it had been
    # git status: "상태 확인은 (로 합니다.)" (rv20)); a topic going on to a verb of its own is not so read
    text = "# 메모\n\n- 상태 확인은 `git status`로 합니다.\n- 로그 보기는 `tail -f app.log`으로 하면 된다.\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [("git status", "상태 확인"), ("tail -f app.log", "로그 보기")]


def test_a_labelled_task_going_on_past_the_line_is_still_its_task() -> None:
    # "원격 접속: 집에서는 …": a label and where, not a step of a story
    text = "# 메모\n\n- 원격 접속: 집에서는 `ssh kim@10.0.0.5` 형태로 접속하면 된다.\n"
    assert [n.front for n in _draft(text).notes if n.reason == "item naming a task, then its command line in backticks"] == [
        "ssh kim@10.0.0.5"
    ]


@pytest.mark.parametrize("lead", ["터미널에서", "관리자 터미널에서", "재부팅 후", "설치한 뒤,"])
def test_where_or_when_the_line_is_typed_is_no_task(lead: str) -> None:
    # "- 터미널에서 `ls -a`" had been ls -a: "터미널에서", a place taken for what the line does
    draft = _draft(f"# 메모\n\n- {lead} `ls -a`\n")
    assert [n for n in draft.notes if n.reason == "item naming a task, then its command line in backticks"] == []
