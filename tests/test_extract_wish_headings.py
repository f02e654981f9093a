"""Headings saying what one wants over one bullet holding a command line, a nested item glossing one part of
the line (issue 6, x-f27ko).  Examples are our own."""

from __future__ import annotations

from conftest import draft

_WISHES = """## journalctl

### 사용 예시
#### 1. 오늘 남은 로그만 보고 싶다
- `journalctl --since today <UNIT>`

#### 2. 새로 쌓이는 로그를 따라가고 싶다
- `journalctl -f -u <UNIT>`
  - 📌 `-f` 옵션: 끝나지 않고 계속 출력

#### 3. 오류만 골라 보려면
- `journalctl -u nginx | grep error`
  - ✔ `grep` 뒤에 찾을 말을 쓰면 됨
"""


def _commands(text: str) -> dict[str, str]:
    return {n.front: n.back for n in draft(text).notes if n.kind.value == "command"}


def test_the_heading_says_what_the_line_does_though_a_nested_item_glosses_a_part() -> None:
    made = _commands(_WISHES)
    assert made["journalctl -f -u"] == "새로 쌓이는 로그를 따라가고 싶다"
    assert made["journalctl -u nginx | grep error"] == "오류만 골라 보려면"


def test_a_nested_item_saying_what_the_line_is_keeps_the_heading_off() -> None:
    text = "## 도구\n\n### 기기 관리하기\n- `adb devices`\n  - 연결된 기기의 목록\n"
    assert _commands(text).get("adb devices") != "기기 관리하기"
