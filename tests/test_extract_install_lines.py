"""Install lines under a program's heading, and the options listed after them (review7 [opts-after-install-lines]),
each in examples of our own."""

from __future__ import annotations

from conftest import draft

from quizzer.extract.knowledge import heading_program, installs


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_options_after_the_install_lines_are_the_installed_program_s() -> None:
    text = (
        "# Search tools\n\n## rg\n\nGet it:\n\n"
        "- Debian: `sudo apt-get install rg`\n"
        "- Fedora: `sudo dnf install rg`\n\n"
        "Flags worth knowing:\n\n"
        "- `-i`: ignore the case of letters\n"
        "- `-w`: match whole words only\n"
    )
    assert _notes(text) == [
        (12, "option", "rg", "-i", "ignore the case of letters"),
        (13, "option", "rg", "-w", "match whole words only"),
    ]
    # the systems are where each line runs, not what it does
    assert [w.line for w in draft(text).warnings] == [7, 8]


def test_an_install_line_of_another_program_keeps_its_options() -> None:
    text = "# Packages\n\n## rg\n\n- Debian: `sudo apt install jq`\n\nOptions:\n\n- `-y`: answer yes to every question\n"
    assert ("option", "apt install", "-y") in [(n[1], n[2], n[3]) for n in _notes(text)]


def test_a_line_installs_the_program_by_its_name_or_its_distribution_s_name() -> None:
    assert installs("sudo apt install -y fd-find", "fd")
    assert installs("brew install fd", "fd")
    assert not installs("sudo apt install fzf", "fd")
    assert not installs("fd -H pattern", "fd")
    assert heading_program("ripgrep (rg)") == "ripgrep"
    assert heading_program("Search tools") is None
