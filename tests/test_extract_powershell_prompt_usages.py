"""A PowerShell block of '> ' prompt lines, each under a comment saying what it does and a comment giving its usage
with brace placeholders, below a bullet saying only where to run them (issue 6, x-f27ko).  Examples are our own."""

from __future__ import annotations

from conftest import draft

_MOVE = """## 명령어

- 관리자 권한 파워쉘에서 진행

```powershell
# 설치된 배포판 목록 보기
> wsl -l -v
  NAME      STATE           VERSION
* Debian    Stopped         2

# 배포판을 파일로 내보내기
# wsl --export {배포판 이름} {내보낼 파일.tar}
> wsl --export Debian D:\\backup\\debian.tar
```
"""


def _commands(text: str) -> dict[str, str]:
    return {n.front: n.back for n in draft(text).notes if n.kind.value == "command"}


def test_lines_at_powershells_short_prompt_are_command_lines_under_their_comments() -> None:
    made = _commands(_MOVE)
    assert made["wsl -l -v"] == "설치된 배포판 목록 보기"
    assert made["wsl --export Debian D:\\backup\\debian.tar"] == "배포판을 파일로 내보내기"


def test_a_usage_comment_with_brace_placeholders_is_no_part_of_the_meaning() -> None:
    made = draft(_MOVE)
    assert [w.line for w in made.warnings if "usage of the line below" in w.message] == [12]


def test_a_bullet_saying_where_to_run_the_lines_is_not_what_they_do() -> None:
    assert all("파워쉘" not in back for back in _commands(_MOVE).values())


def test_a_prompt_in_a_shell_block_is_still_not_powershells() -> None:
    text = "## 확인\n\n```sh\n# 목록 보기\n> wsl -l -v\n```\n"
    assert "wsl -l -v" not in _commands(text)


def test_under_a_heading_of_a_task_the_heading_leads_and_the_where_bullet_is_left_out() -> None:
    made = _commands(_MOVE.replace("## 명령어", "## 배포판 옮기기"))
    assert made["wsl -l -v"] == "배포판 옮기기 (설치된 배포판 목록 보기)"
