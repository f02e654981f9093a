"""``sudo``/``doas`` before a command: a prefix that is never the card's command (own examples)."""

from __future__ import annotations

from quizzer.extract import extract
from quizzer.quiz.build import _values


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    draft = extract(text, deck="d", source="d.md")
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes]


def test_the_command_is_what_follows_sudo_and_the_front_keeps_it_as_written() -> None:
    text = "# 서버 관리\n\n- `sudo systemctl restart nginx` : 웹 서버 재시작\n- `doas pkg_add vim` : 편집기 설치\n"
    assert _notes(text) == [
        (3, "command", "systemctl restart", "sudo systemctl restart nginx", "웹 서버 재시작"),
        (4, "command", "pkg_add", "doas pkg_add vim", "편집기 설치"),
    ]
    draft = extract(text, deck="d", source="d.md")
    assert "systemctl restart" in draft.notes[0].answers  # typed without sudo, still right


def test_sudo_with_its_own_option_is_sudo_itself() -> None:
    assert _notes("# 계정\n\n- `sudo -i` : root 셸 열기\n") == [(3, "command", "sudo", "sudo -i", "root 셸 열기")]


def test_a_line_run_with_sudo_and_without_is_the_same_command() -> None:
    text = "# 패키지\n\n- `sudo dnf upgrade` : 전부 올리기\n- `dnf upgrade` : 전부 올리기\n"
    commands = {command for _, _, command, _, _ in _notes(text)}
    assert commands == {"dnf upgrade"}


def test_quiz_values_skip_the_prefix() -> None:
    assert _values("sudo apt install gimp") == ["gimp"]
    assert _values("apt install gimp") == ["gimp"]


def test_a_sudo_command_on_the_line_under_a_command_is_not_its_meaning() -> None:
    text = "# 정리\n\n- find /tmp -name old.log -delete\n  sudo systemctl restart rsyslog\n"
    assert [n for n in _notes(text) if n[2] == "find"] == []
