"""Bullets whose whole text says what the fence indented inside them does, under a category heading with an
aside, and sentences of warning as comments over the line (issue 6, x-f27ko).  Examples are our own."""

from __future__ import annotations

from conftest import draft

_ACCOUNTS = """# 계정

## 명령어 (deploy는 예시 계정)

- 계정의 그룹 목록 확인

  ```shell
  groups deploy
  ```

- 계정 잠그기

  ```shell
  # 계정 이름을 꼭 확인해야 한다.
  # 이름을 빼면 지금 로그인한 계정이 잠겨 버린다.
  sudo usermod -L deploy
  ```
"""


def _commands(text: str) -> dict[str, str]:
    return {n.front: n.back for n in draft(text).notes if n.kind.value == "command"}


def test_a_category_heading_with_an_aside_is_no_part_of_what_the_line_does() -> None:
    assert _commands(_ACCOUNTS)["groups deploy"] == "계정의 그룹 목록 확인"


def test_comments_of_whole_sentences_are_remarks_and_the_bullet_says_what_the_line_does() -> None:
    made = draft(_ACCOUNTS)
    assert _commands(_ACCOUNTS)["sudo usermod -L deploy"] == "계정 잠그기"
    assert any(w.line == 16 and "remarks" in w.message for w in made.warnings)


def test_one_comment_saying_what_is_done_still_joins_the_bullet() -> None:
    text = "## 명령어\n\n- 계정 잠그기\n\n  ```shell\n  # 비밀번호 로그인만 막음\n  sudo usermod -L deploy\n  ```\n"
    assert _commands(text)["sudo usermod -L deploy"] == "계정 잠그기 (비밀번호 로그인만 막음)"
