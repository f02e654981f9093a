"""An item naming a command line with several items nested under it, when the first nested item is no meaning
(first_nested declines it: a clause "…는데, …", the program named again): the first one written as a phrase says
what it does; the other plain items are remarks, warned (issue 6, x-f8). Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned

_NOTES = """# 쿠버네티스

## 노드 관리

- `kubectl top pod`
  - 파드마다 CPU와 메모리 사용량을 보여줌
  - metrics-server가 설치되어 있어야 한다.
- `kubectl cordon node1`
  - 노드마다 파드가 배치되는데, 이는 스케줄러가 정한다.
  - kubectl 사용시 새 파드가 그 노드에 배치되지 않게 막는 명령어
  - 드레인 전에 자주 씀
"""


def test_the_first_phrase_under_a_command_item_says_what_it_does() -> None:
    assert facts(_NOTES) == [
        (6, "command", "kubectl top pod", "kubectl top pod", "파드마다 CPU와 메모리 사용량을 보여줌"),
        (10, "command", "kubectl cordon", "kubectl cordon node1", "kubectl 사용시 새 파드가 그 노드에 배치되지 않게 막는 명령어"),
    ]


def test_the_other_plain_items_are_warned_as_remarks() -> None:
    assert {9, 11} <= set(warned(_NOTES))


def test_statements_alone_say_nothing_here() -> None:
    text = "# 쿠버네티스\n\n- `kubectl drain node1`\n  - 노드가 많은데, 하나씩 비운다.\n  - 데몬셋은 남는다.\n"
    assert [n for n in draft(text).notes if n.front.startswith("kubectl drain")] == []


def test_items_with_code_spans_are_left_to_the_option_readers() -> None:
    text = "# 쿠버네티스\n\n- `kubectl logs web`\n  - `-f`: 계속 따라감\n  - `--tail=20`: 마지막 20줄만\n"
    assert [n.back for n in draft(text).notes if n.kind.value == "command"] == []
