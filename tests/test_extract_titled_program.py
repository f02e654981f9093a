"""A title that is one name alone, run by the notes' code blocks at a prompt, names the notes' program though
quizzer does not know it: the options of a pasted ``--help`` under it are its own (quizzer/extract/named_tool.py),
in examples of our own (x-f26en)."""

from __future__ import annotations

from conftest import facts
from quizzer.extract.named_tool import titled_and_run

_NOTES = (
    "# clipx\n"  # 1
    "\n"
    "## Usage\n"  # 3
    "\n"
    "```\n"
    "  -a, --append        Add to what the buffer holds\n"  # 6
    "  -z, --zero          Empty the buffer first\n"  # 7
    "```\n"
    "\n"
    "Print the buffer:\n"  # 10
    "\n"
    "```sh\n"
    "$ clipx --print\n"  # 13
    "```\n"
    "\n"
    "Print it as hex:\n"  # 16
    "\n"
    "```sh\n"
    "$ clipx --print --hex\n"  # 19
    "$ echo 'x' | wc -c\n"  # 20
    "```\n"
)


def test_a_one_name_title_the_blocks_run_owns_the_pasted_help_options() -> None:
    found = facts(_NOTES)
    assert (6, "option", "clipx", "-a, --append", "Add to what the buffer holds") in found
    assert (7, "option", "clipx", "-z, --zero", "Empty the buffer first") in found


def test_only_a_name_the_blocks_run_often_is_the_program() -> None:
    assert titled_and_run("clipx", ("clipx", "wc")) == "clipx"
    assert titled_and_run("`clipx`", ("clipx",)) == "clipx"
    assert titled_and_run("clipx notes", ("clipx",)) is None
    assert titled_and_run("clipx", ("wc",)) is None
    # run once only, the name is no evidence: the options go to no program named by the title
    once = _NOTES.replace("$ clipx --print --hex\n", "$ od -x buffer\n")
    assert all(command != "clipx" for _, kind, command, *_ in facts(once) if kind == "option")
