"""Korean sentences about a command or an option (issue 6, x-ko2), examples of our own: a list item
``- `cmd`은 …한다``, a usage line alone in an item with option sentences nested under it, a bullet
list after a numbered procedure, ``A은 X이며, B는 Y이다`` under a command heading, and a wrapper
that runs a script of one's own."""

from __future__ import annotations

from quizzer.shell import parse_invocation
from conftest import draft as _draft, facts as _facts


_JOBS = (
    "## 작업 관리\n\n"
    "- `jobs`는 현재 셸에서 실행 중인 작업 목록을 보여준다.\n"
    "- `kill [-s sigspec] [pid]`\n"
    "  - `-s` 옵션이 사용되면 지정한 시그널을 프로세스에 보낸다.\n"
    "  - pid가 없으면, `-l` 옵션은 시그널 이름 목록을 출력한다는 뜻이다.\n"
)


def test_a_code_span_with_the_topic_particle_says_what_the_command_does() -> None:
    assert (3, "command", "jobs", "jobs", "현재 셸에서 실행 중인 작업 목록을 보여준다.") in _facts(_JOBS)


def test_a_usage_item_heads_the_option_sentences_nested_under_it() -> None:
    facts = _facts(_JOBS)
    assert (4, "syntax", "kill", "kill", "kill [-s sigspec] [pid]") in facts
    assert (5, "option", "kill", "-s", "지정한 시그널을 프로세스에 보낸다.") in facts
    assert (6, "option", "kill", "-l", "pid가 없으면, 시그널 이름 목록을 출력한다는 뜻이다.") in facts
    assert len(facts) == 4


def test_a_term_that_is_no_program_is_not_made_a_command() -> None:
    text = "## 파일 시스템\n\n- `inode`는 파일의 메타데이터를 담는 자료 구조이다.\n"
    assert not any(kind == "command" for _, kind, _, _, _ in _facts(text))


def test_an_unknown_word_is_a_command_when_the_sentence_says_so() -> None:
    text = "## 셸\n\n- `compgen`은 bash의 내장 명령어로 자동 완성 후보를 출력한다.\n"
    assert _facts(text) == [(3, "command", "compgen", "compgen", "bash의 내장 명령어로 자동 완성 후보를 출력한다.")]


def test_an_example_line_alone_in_an_item_is_not_a_usage_line() -> None:
    text = "## 예\n\n- `tar -czf backup.tar.gz [dir]`\n"
    assert not any(kind == "syntax" for _, kind, _, _, _ in _facts(text))


def test_a_bullet_list_after_a_numbered_procedure_is_not_its_steps_detail() -> None:
    text = (
        "## 서버 옮기기\n\n1. `tar` 명령으로 폴더를 묶는다.\n2. `scp` 명령으로 파일을 보낸다.\n\n"
        "- `scp [-P port] [source] [target]`\n  - `-P` 옵션은 접속할 포트를 지정한다.\n"
    )
    draft = _draft(text)
    facts = [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes]
    assert (7, "option", "scp", "-P", "접속할 포트를 지정한다.") in facts
    steps = [n for n in draft.notes if n.kind.value == "step"]
    assert [n.position for n in steps] == [1, 2]
    assert all("포트" not in n.back for n in steps)


def test_a_command_defined_with_a_second_term_gives_two_notes() -> None:
    text = (
        "## 1. crontab\n\n"
        "crontab은 정해진 시각에 명령을 실행하도록 예약하는 명령어이며, 크론 표현식은 실행 시각을 다섯 칸으로 적는 형식이다. "
        "즉, 반복 작업을 자동으로 돌린다.\n"
    )
    facts = _facts(text)
    assert (3, "command", "crontab", "crontab", "정해진 시각에 명령을 실행하도록 예약하는 명령어\n즉, 반복 작업을 자동으로 돌린다.") in facts
    assert (3, "concept", None, "크론 표현식", "실행 시각을 다섯 칸으로 적는 형식") in facts
    assert len(facts) == 2


def test_a_wrapper_running_a_script_of_ones_own_is_the_command() -> None:
    invocation = parse_invocation("nohup ./backup.sh > log.txt 2>&1 &")
    assert invocation is not None and invocation.command == "nohup"
    known = parse_invocation("nohup python3 app.py &")
    assert known is not None and known.command == "nohup python3"  # a program we know stays the wrapped command
    text = "## 백업\n\n로그를 파일에 남기며 백업 스크립트를 계속 실행한다.\n\n```\n$ nohup ./backup.sh > log.txt 2>&1 &\n```\n"
    [note] = _draft(text).notes
    assert (note.command, note.front) == ("nohup", "nohup ./backup.sh")
    assert "nohup ./backup.sh > log.txt 2>&1 &" in note.answers


def test_a_code_span_whose_sentence_says_only_which_words_its_name_comes_from_is_a_concept() -> None:
    # "the word command" inside the words says nothing of what the program does
    text = "- `rc`는 `run command`의 줄임말이다.\n- `pgr`는 `process grep`에서 유래했다.\n"
    assert _facts(text) == [
        (1, "concept", None, "rc", "run command의 줄임말이다"),
        (2, "concept", None, "pgr", "process grep에서 유래했다"),
    ]


def test_words_that_do_not_spell_the_name_are_no_origin_and_a_doing_stays_the_commands() -> None:
    text = "- `rc`는 쉘이 시작할 때 설정 파일을 읽는 명령이다.\n- `tool`은 `fix command`의 줄임말이다.\n"
    assert [(kind, front) for _, kind, _, front, _ in _facts(text)][:1] == [("command", "rc")]
    assert all(kind != "concept" for _, kind, *_ in _facts(text))
