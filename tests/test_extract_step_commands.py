"""A numbered step whose words name its task and whose last code span is the line that does it: the step, and a
card of that line (rules._step_and_command), in examples of our own.  A Korean step writes the line straight after
its words (``1. 캐시 비우기 `npm cache clean --force` ``); the words may name in code what the line works on."""

from __future__ import annotations

from conftest import facts

_NOTES = (
    "## 배포 서버 정리\n\n"
    "1. 먼저 서비스 중지 `systemctl stop nginx`\n"  # 3
    "2. `nginx.conf` 파일 열기 `vim /etc/nginx/nginx.conf`\n"  # 4
    "3. 설정 확인 후 저장\n"  # 5
)


def test_the_line_after_a_korean_task_is_a_card_of_that_task() -> None:
    notes = facts(_NOTES)
    assert (3, "command", "systemctl stop", "systemctl stop nginx", "먼저 서비스 중지") in notes
    assert (4, "command", "vim", "vim /etc/nginx/nginx.conf", "nginx.conf 파일 열기") in notes


def test_the_steps_keep_their_words_without_the_line() -> None:
    steps = [(n[0], n[4]) for n in facts(_NOTES) if n[1] == "step"]
    assert steps == [(3, "먼저 서비스 중지"), (4, "nginx.conf 파일 열기"), (5, "설정 확인 후 저장")]


def test_a_step_saying_only_to_type_or_run_the_line_makes_no_card_of_it() -> None:
    for words in ("아래 명령어 입력", "터미널에서 실행"):
        text = _NOTES.replace("먼저 서비스 중지", words)
        assert not [n for n in facts(text) if n[0] == 3 and n[1] == "command"]


def test_code_in_the_words_naming_what_the_line_does_not_hold_makes_no_card() -> None:
    text = _NOTES.replace("`nginx.conf` 파일 열기", "`apache` 파일 열기")
    assert not [n for n in facts(text) if n[0] == 4 and n[1] == "command"]
