"""A Korean list item opening with a program's name and 은/는, then what it is
(quizzer.extract.program_topics, x-miss2), with examples of our own."""

from __future__ import annotations

from tests.conftest import draft, facts


def test_an_item_naming_a_known_program_then_what_it_is() -> None:
    text = "## 메모\n\n- htop은 프로세스를 색깔별로 보여 주는 대화형 모니터\n- 설치는 패키지 관리자로 한다\n"
    assert facts(text) == [(3, "concept", None, "htop", "프로세스를 색깔별로 보여 주는 대화형 모니터")]


def test_a_nested_item_under_a_command_and_only_its_first_sentence() -> None:
    text = (
        "- 서버를 백그라운드로 띄운다\n"
        "    + `watch -n 5 df -h`\n"
        "    + watch는 같은 명령을 몇 초마다 다시 실행해 결과를 새로 그려 준다. 끄려면 Ctrl+C.\n"
    )
    assert (3, "concept", None, "watch", "같은 명령을 몇 초마다 다시 실행해 결과를 새로 그려 준다") in facts(text)


def test_the_program_the_notes_are_about_counts_even_when_quizzer_does_not_know_it() -> None:
    text = "# Skaffold\n\n## 메모\n\n- skaffold는 코드가 바뀔 때마다 이미지를 다시 빌드해 클러스터에 올려 주는 도구\n"
    assert facts(text) == [(5, "concept", None, "skaffold", "코드가 바뀔 때마다 이미지를 다시 빌드해 클러스터에 올려 주는 도구")]


def test_two_clauses_each_about_a_program_or_a_word() -> None:
    text = "- atd는 예약 데몬, crontab은 반복 작업 목록을 편집하는 도구\n"
    assert facts(text) == [(1, "concept", None, "crontab", "반복 작업 목록을 편집하는 도구")]


def test_only_the_first_item_about_a_program_says_what_it_is() -> None:
    text = "- tmux는 터미널 하나를 여러 창으로 나누는 도구\n- tmux는 세션을 떼었다 붙일 수도 있다\n"
    assert facts(text) == [(1, "concept", None, "tmux", "터미널 하나를 여러 창으로 나누는 도구")]


def test_not_a_program_not_plain_not_an_item_or_not_saying_what_it_is_makes_no_card() -> None:
    for text in (
        "- branch는 커밋을 가리키는 이름표\n",  # a term, no program
        "- `rm`은 하나 이상의 이미지를 지운다\n",  # a code span: a sub-command as often as a program
        "rsync는 파일을 맞춰 주는 도구다. 옵션이 많다.\n",  # a paragraph: prose, read by other rules
        "- curl은 설치되어 있지 않아서 먼저 설치했다\n",  # the author's story
        "- grep은 정규식을 기본으로 쓰기 때문에 점을 이스케이프해야 한다\n",  # a reason, not what grep is
        "- nano는 단축키가 화면에 보이므로 처음 쓰기 쉽다\n",  # a reason again
        "- wget은?\n",  # a question
    ):
        assert [n for n in draft(text).notes if n.kind.value == "concept"] == [], text
