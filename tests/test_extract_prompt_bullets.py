"""Purpose bullets and commands typed after a shell prompt (``$ ``) in inline code (own examples)."""

from __future__ import annotations

from quizzer.extract import extract


def _read(text: str) -> list[tuple[int, str, str | None, str, str]]:
    draft = extract(text, deck="d", source="d.md")
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes]


def test_a_purpose_bullet_over_its_nested_prompt_command() -> None:
    text = (
        "# 서버 준비\n\n## 키 정리\n\n"
        "* 개인 키 권한 좁히기\n\n"
        "    * `$ chmod 400 ~/.ssh/{키 이름}`\n\n"
        "* 접속 기록 보기\n\n"
        "    * `$ sudo last -n 20`\n"
    )
    assert _read(text) == [
        (5, "command", "chmod", "chmod 400", "개인 키 권한 좁히기"),
        (9, "command", "last", "sudo last -n 20", "접속 기록 보기"),
    ]


def test_a_purpose_nested_deeper_still_leads_its_command() -> None:
    text = (
        "# 서버 준비\n\n"
        "* **점검**\n"
        "    * 웹 서버 응답 확인\n"
        "        * `$ curl -I localhost`\n"
    )
    assert _read(text) == [(4, "command", "curl", "curl -I localhost", "웹 서버 응답 확인")]


def test_the_purpose_then_the_prompt_command_on_one_line() -> None:
    text = "# 서버 준비\n\n* 디스크 여유 보기 `$ df -h`\n* 메모리 보기: `$ free -m`\n"
    assert _read(text) == [
        (3, "command", "df", "df -h", "디스크 여유 보기"),
        (4, "command", "free", "free -m", "메모리 보기"),
    ]


def test_a_purpose_item_then_its_command_as_the_next_item() -> None:
    text = "# 서버 준비\n\n## 시간대\n\n* 서버 시간대를 서울로 변경\n* `$ sudo ln -sf /usr/share/zoneinfo/Asia/Seoul /etc/localtime`\n"
    assert _read(text) == [
        (5, "command", "ln", "sudo ln -sf /usr/share/zoneinfo/Asia/Seoul /etc/localtime", "서버 시간대를 서울로 변경"),
    ]
    # a program we cannot tell from a word, with no flags: not guessed
    assert _read("# 서버 준비\n\n* 시간대 변경\n* `$ sudo tzset Asia/Seoul`\n") == []


def test_a_sentence_or_another_command_above_is_not_the_purpose() -> None:
    text = (
        "# 서버 준비\n\n## 자바\n\n"
        "* 기본 자바 버전은 8이다. 프로젝트에 맞게 바꾼다.\n"
        "* `$ sudo dnf install -y java-17-openjdk`\n"
        "* `$ sudo alternatives --config java`\n"
    )
    assert [n for n in _read(text) if n[1] == "command"] == []
