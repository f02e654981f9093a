"""``-x meaning`` lines under a command's heading, no colon between (issue 6, x-f11), our own examples."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def test_option_lines_ended_by_backslashes_are_one_option_each() -> None:
    text = "# cheats\n\n### gzip\n-k keep the input \\\\\n-d decompress \\\\\n-l, –list – show sizes\n"
    assert _facts(text) == [
        (4, "option", "gzip", "-k", "keep the input"),
        (5, "option", "gzip", "-d", "decompress"),
        (6, "option", "gzip", "-l, --list", "show sizes"),
    ]


def test_a_single_option_line_under_a_command_heading_is_an_option_not_what_the_command_does() -> None:
    text = "# cheats\n\n### mkdir\n\n-m set the mode of the new folder\n"
    assert _facts(text) == [(5, "option", "mkdir", "-m", "set the mode of the new folder")]


def test_a_second_paragraph_of_option_lines_keeps_the_heading_command() -> None:
    text = "# cheats\n\n### uname\n\nshow what the machine runs\n\n-n node name \\\\\n-m machine\n"
    assert _facts(text) == [
        (5, "command", "uname", "uname", "show what the machine runs"),
        (7, "option", "uname", "-n", "node name"),
        (8, "option", "uname", "-m", "machine"),
    ]


def test_broken_lines_the_first_says_what_the_command_is_others_are_never_joined() -> None:
    text = "# cheats\n\n### scp\n\ncopies over ssh \\\\\nmind the colon \\\\\n-r recursive \\\\\n"
    assert _facts(text) == [
        (5, "command", "scp", "scp", "copies over ssh"),
        (7, "option", "scp", "-r", "recursive"),
    ]
    assert any(w.line == 6 for w in _draft(text).warnings)


def test_a_value_or_a_sentence_about_the_option_is_no_meaning() -> None:
    # "-o FILE" names the option's value; "-g 옵션으로 …" is a sentence about it
    for text in ("# cheats\n\n### sort\n\n-o FILE\n", "# cheats\n\n### npm\n\n-g 옵션으로 전역에 설치\n",
                 "# cheats\n\n### cut\n\n-d <char> split here\n"):
        assert all(n.kind.value != "option" or n.front != "-o" for n in _draft(text).notes)
        assert not any(n.back.startswith(("FILE", "옵션", "<char>")) for n in _draft(text).notes)


def test_split_is_a_program_its_heading_owns_the_option_lines_and_keys_under_it_stay_the_multiplexers() -> None:
    text = "# cheats\n\n### split\n\n-l lines per piece \\\\\n-b bytes per piece\n"
    assert _facts(text) == [(5, "option", "split", "-l", "lines per piece"), (6, "option", "split", "-b", "bytes per piece")]
    keys = "# tmux 단축키\n\n### split\n\n- `Ctrl+b %` : 세로로 나누기\n"
    assert [(n.command, n.front) for n in _draft(keys).notes] == [("tmux", "Ctrl+b %")]
