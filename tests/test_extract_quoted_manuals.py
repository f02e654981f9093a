"""``# rsync 명령어`` / ``> The rsync utility copies …`` / ``- 파일을 동기화``: the manual quoted in English over Korean
notes does not stand between a command's heading and the notes' own words on it (issue 6, x-f30ko); our own
examples."""

from __future__ import annotations

from conftest import draft as _draft


def _commands(text: str) -> list[tuple[int, str, str]]:
    return [(n.line, n.front, n.back) for n in _draft(text).notes if n.kind.value == "command"]


def test_the_bullet_after_a_quoted_manual_says_what_the_command_does() -> None:
    text = (
        "# rsync 명령어\n"
        "> The rsync utility copies files to and from a remote host, sending only the differences.\n\n"
        "- 두 폴더의 내용을 같게 맞춤\n"
    )
    assert _commands(text) == [(4, "rsync", "두 폴더의 내용을 같게 맞춤")]


def test_a_quote_in_the_notes_own_language_or_not_naming_the_command_is_read_as_before() -> None:
    for quote in ("> 원격 호스트와 파일을 주고받는 도구.", "> Copies only what changed, fast and safe."):
        text = f"# rsync 명령어\n{quote}\n\n- 두 폴더의 내용을 같게 맞춤\n"
        assert (4, "rsync", "두 폴더의 내용을 같게 맞춤") not in _commands(text)
