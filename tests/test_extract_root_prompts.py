"""A label item, then the command typed at a root prompt ``#`` on the next line, outside a code block (own
examples): markdown reads ``# cmd`` as a heading, a careful reader reads a command and its purpose."""

from __future__ import annotations

from tests.conftest import draft, facts


def test_each_command_after_a_root_prompt_gets_the_item_above_it() -> None:
    text = (
        "# 패키지 관리 메모\n\n"
        "사용 예\n"
        "1. 설치된 패키지 목록 보기\n"
        "# dnf list installed\n\n"
        "2. 캐시 지우기\n"
        "# dnf clean all\n"
        "# dnf makecache --refresh\n"
    )
    assert facts(text) == [
        (4, "command", "dnf list", "dnf list installed", "설치된 패키지 목록 보기"),
        (7, "command", "dnf clean", "dnf clean all", "캐시 지우기"),
        (7, "command", "dnf makecache", "dnf makecache --refresh", "캐시 지우기"),
    ]
    reasons = {note.reason for note in draft(text).notes}
    assert reasons == {"item, then its command after a root prompt '#' on the next line"}


def test_the_prompt_lines_do_not_become_sections() -> None:
    text = (
        "# 서비스 메모\n\n"
        "1. 방화벽 상태 보기\n"
        "# firewall-cmd --state\n\n"
        "## 옵션\n\n"
        "- `--zone` : 대상 영역\n"
    )
    notes = draft(text).notes
    assert [(n.line, n.command, n.front, n.back) for n in notes] == [
        (3, "firewall-cmd", "firewall-cmd --state", "방화벽 상태 보기"),
        (8, "firewall-cmd", "--zone", "대상 영역"),
    ]
    assert notes[0].section == ("서비스 메모",)


def test_a_bullet_item_with_its_command_on_its_own_next_line() -> None:
    text = "# 메모\n\n- 열린 포트 보기\n  ss -tlnp\n- 라우팅 표 보기\n  ip route show\n"
    assert facts(text) == [
        (3, "command", "ss", "ss -tlnp", "열린 포트 보기"),
        (5, "command", "ip route", "ip route show", "라우팅 표 보기"),
    ]


def test_a_sentence_or_a_label_is_not_what_the_prompt_line_does() -> None:
    # a whole sentence above the prompt line, a bare label: neither says what the command does
    text = (
        "# 메모\n\n"
        "1. 이 명령은 오래 걸리니 주의해야 한다.\n"
        "# updatedb --prunepaths=/tmp\n\n"
        "2. 예시\n"
        "# locate -i readme\n"
    )
    assert [f for f in facts(text) if f[1] == "command" and f[3].startswith(("updatedb", "locate"))] == []


def test_a_heading_that_only_starts_with_a_program_word_stays_a_heading() -> None:
    # a real title right under text would need a command: "# 정리" is a heading, the item is a step list
    text = "# 메모\n\n1. 로그 보기\n# 정리\n\n내용\n"
    assert [n.front for n in draft(text).notes if n.kind.value == "command"] == []


def test_a_line_whose_subject_would_be_the_program_alone_is_not_read() -> None:
    # "journalctl FIELD=VALUE"-like lines: without the upper-case argument the note would be "coredumpctl"
    # alone and merge with another line's note
    text = "# 메모\n\n1. 특정 실행 파일의 덤프 보기\n# coredumpctl EXE=/usr/bin/foo\n"
    assert [f for f in facts(text) if f[1] == "command"] == []


def test_the_title_program_after_a_bare_hash_with_its_output_is_typed_at_a_root_prompt() -> None:
    # the program runs only after "#", so the blocks alone do not show it is often run: the title names it
    text = (
        "---\ntitle: sed 명령어\n---\n# sed 명령어\n\n"
        "## 첫 줄만 지우고 싶은 경우?\n```shell\n# sed '1d' list.txt\nbanana\ncherry\n```\n\n"
        "## 빈 줄을 지우고 싶은 경우?\n```shell\n# sed '/^$/d' list.txt\napple\nbanana\n```\n"
    )
    assert [(n.front, n.back) for n in draft(text).notes] == [
        ("sed '1d' list.txt", "첫 줄만 지우고 싶은 경우?"), ("sed '/^$/d' list.txt", "빈 줄을 지우고 싶은 경우?"),
    ]
