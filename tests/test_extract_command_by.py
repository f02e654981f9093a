"""``- `X` 명령으로 Y``: a command line, then what it does in one clause (x-f6a)."""

from __future__ import annotations

from conftest import facts


def test_a_command_then_myeongryeongeuro_and_what_it_does() -> None:
    text = "## 정리\n\n- 디스크가 꽉 찼을 때\n    + `sudo journalctl --vacuum-size=200M` 명령으로 오래된 로그를 지운다.\n"
    assert facts(text) == [
        (4, "command", "journalctl", "sudo journalctl --vacuum-size=200M", "오래된 로그를 지운다.")
    ]
    text = "## 정리\n\n- `du -sh *` 명령어를 이용해 폴더마다 크기를 본다\n"
    assert facts(text) == [(3, "command", "du", "du -sh *", "폴더마다 크기를 본다")]


def test_not_a_step_several_sentences_or_another_command_in_the_clause() -> None:
    assert facts("## 순서\n\n1. `du -sh *` 명령으로 크기를 본다\n") == [
        (3, "step", None, "순서 — step 1", "du -sh * 명령으로 크기를 본다")
    ]
    assert facts("## 정리\n\n- `du -sh *` 명령으로 실행한다. 결과는 아래와 같다.\n") == []
    assert facts("## 정리\n\n- `df -h` 명령으로 확인 가능, `du -sh *`으로 폴더별 크기를 본다.\n") == []


def test_a_lead_in_said_of_the_commands_below_goes_to_each_of_them() -> None:
    text = (
        "## 방화벽\n\n"
        "- 443포트를 열려면 아래 명령어 순차 실행\n"
        "    + `ufw allow 443/tcp`\n"
        "    + `ufw reload`\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (3, "ufw allow 443/tcp", "443포트를 열려면 아래 명령어 순차 실행"),
        (3, "ufw reload", "443포트를 열려면 아래 명령어 순차 실행"),
    ]


def test_a_lead_in_of_one_command_goes_to_the_first_only() -> None:
    text = "## 방화벽\n\n- 443포트 열기\n    + `ufw allow 443/tcp`\n    + `ufw reload`\n"
    assert [front for _, _, _, front, _ in facts(text)] == ["ufw allow 443/tcp"]


def test_a_label_that_says_command_over_a_line_of_a_program_we_do_not_know() -> None:
    text = "## 설치\n\n- 설치 준비\n    + rustup 설치 명령어: `/opt/tools/bootstrap.sh --yes --profile minimal`\n"
    assert facts(text) == [(4, "command", "/opt/tools/bootstrap.sh", "/opt/tools/bootstrap.sh --yes --profile minimal",
                            "rustup 설치 명령어")]


# Without 명령: the line itself is the evidence (x-f32ko1; examples are our own)
def test_a_command_line_then_euro_and_what_it_does() -> None:
    assert facts("## 정리\n\n- `df -h`로 디스크 남은 양을 본다.\n") == [
        (3, "command", "df", "df -h", "디스크 남은 양을 본다.")
    ]


def test_where_or_when_before_the_line_and_a_prompt_glued_to_it() -> None:
    text = (
        "## 정리\n\n"
        "- 관리자 터미널에서 `$ipconfig /flushdns`로 DNS 캐시를 비운다.\n"
        "- 재부팅 후, `$free -h`으로 메모리가 잡혔는지 확인한다.\n"
    )
    assert [(line, command, front, back) for line, _, command, front, back in facts(text)] == [
        (3, "ipconfig", "ipconfig /flushdns", "DNS 캐시를 비운다."),
        (4, "free", "free -h", "메모리가 잡혔는지 확인한다."),
    ]


def test_a_name_that_is_not_surely_a_line_to_run_is_not_read_so() -> None:
    # no flag, and no program quizzer knows: a file's name, say
    assert facts("## 정리\n\n- `backup.sh`로 옮겨 둔 파일을 본다.\n") == []
    # one word after it says only that it is done
    assert facts("## 정리\n\n- `df -h`로 확인한다.\n") == []


def test_a_lead_that_is_not_where_or_when_is_not_read_so() -> None:
    from conftest import draft
    from quizzer.extract.command_by import PLAIN_REASON

    notes = draft("## 정리\n\n- 느리면 `df -h`로 디스크 남은 양을 본다.\n").notes
    assert all(note.reason != PLAIN_REASON for note in notes)


def test_a_sequence_word_before_the_line_is_not_where_or_when() -> None:
    # "그 다음" ends like "설치 다음" but joins the item to the step before: a story of steps, not what the line does
    from conftest import draft
    from quizzer.extract.command_by import PLAIN_REASON

    for word in ("그 다음", "그 다음,"):
        notes = draft(f"## 정리\n\n- {word} `npm test --watch`로 결과를 확인해 본다.\n").notes
        assert all(note.reason != PLAIN_REASON for note in notes), word
