"""What a command does, said in a blog's story (x-f27en): a clause after the named command (``I used the `lsof`
command, which lists open files …``) and a sentence whose subject is running the line (``Running `lsof -i` without
other flags shows …``)."""

from __future__ import annotations

from conftest import facts


def _commands(text: str) -> list[tuple[str | None, str, str]]:
    return [(command, front, back) for _line, kind, command, front, back in facts(text) if kind == "command"]


def test_a_which_clause_after_a_named_program_says_what_it_does() -> None:
    text = "# Finding a port\n\nI found it with the `lsof` command, which lists the files processes hold open. It helped.\n"
    assert _commands(text) == [("lsof", "lsof", "lists the files processes hold open")]


def test_a_which_clause_after_a_word_no_program_makes_no_card() -> None:
    text = "# Notes\n\nI ran the `frobnicate` tool, which prints a report for the team.\n"
    assert _commands(text) == []


def test_running_a_line_then_what_it_does_is_that_lines_card() -> None:
    text = "# Ports\n\nRunning `sudo lsof -i` without other flags shows every network connection - a lot!\n"
    assert _commands(text) == [("lsof", "sudo lsof -i", "shows every network connection")]


def test_running_a_line_that_leads_into_a_block_is_no_card() -> None:
    text = "# Ports\n\nRunning `lsof -i` as is gives output like the following:\n\n```\nCOMMAND PID\n```\n"
    assert _commands(text) == []


def test_when_you_run_a_line_it_will_do_something() -> None:
    # (x-f34en2) "When you `line` (on what) it will …": the line's card, up to an aside or the sentence's end
    text = "# Zips\n\nWhen you `unzip -l photos.zip` that archive it will list every file in it - with sizes.\n"
    assert _commands(text) == [("unzip", "unzip -l photos.zip", "list every file in it")]
    text = "# Build\n\nWhen you run `make clean`, it removes the build folder.\n"
    assert _commands(text) == [("make", "make clean", "removes the build folder")]
    # how it is, not what it does
    assert _commands("# Build\n\nWhen you run `make clean`, it is quiet.\n") == []
