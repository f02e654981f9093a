"""A tool named with the line that installs it in parentheses, then what it does
(quizzer.extract.installed_terms), in examples of our own."""

from __future__ import annotations

from conftest import draft, facts


def test_the_install_line_makes_the_name_a_program_and_leaves_the_front() -> None:
    text = (
        "- qr (`pip install qr`): prints a QR code in the terminal\n"
        "- tldr (`sudo apt install tldr-py`): short examples of a command\n"
    )
    assert facts(text) == [
        (1, "command", "qr", "qr", "prints a QR code in the terminal"),
        (2, "command", "tldr", "tldr", "short examples of a command"),
    ]


def test_a_link_or_a_remark_in_parentheses_ending_the_gloss_is_left_off() -> None:
    text = (
        "- qr (`pip install qr`): prints a QR code in the terminal, <https://example.org/qr>\n"
        "- tldr (`npm install -g tldr`): short examples of a command (run by a community; see <https://example.org>)\n"
    )
    assert [back for *_, back in facts(text)] == ["prints a QR code in the terminal", "short examples of a command"]


def test_parentheses_that_install_something_else_or_nothing_are_no_such_name() -> None:
    other = facts("- qr (`pip install segno`): prints a QR code in the terminal\n")
    assert [kind for _, kind, *_ in other] != ["command"] or [command for _, _, command, *_ in other] != ["qr"]
    plain = facts("- inode (index node): the record of a file's metadata\n")
    assert [(kind, front) for _, kind, _, front, _ in plain] == [("concept", "inode (index node)")]


def test_a_line_in_brackets_after_a_name_is_no_task_and_its_line() -> None:
    reasons = [note.reason for note in draft("- qr (`pip install qr`) prints codes\n").notes]
    assert "item naming a task, then its command line in backticks" not in reasons


def test_a_link_or_a_remark_left_off_the_gloss_is_warned() -> None:
    """review14: "(using Ookla's servers)" and a trailing link were left off the card without a word."""
    from conftest import warned

    text = (
        "# 속도 측정\n\n"
        "- fast (`sudo snap install fast`): gives download speed from a speed test, https://fast.com\n"
        "- speedtest (`sudo apt install speedtest-cli`): upload and download speed (using Ookla's servers)\n"
        "- iperf (`sudo apt install iperf`): speed between two machines\n"
    )
    assert [back for *_, back in facts(text)] == [
        "gives download speed from a speed test", "upload and download speed", "speed between two machines"]
    assert sorted(set(warned(text))) == [3, 4]  # not iperf's line: nothing left off it
