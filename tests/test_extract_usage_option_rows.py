"""A fence opening with a program's usage line, its options indented under it with what each does in a column
(``valgrind [OPTIONS] PROGRAM`` / ``    --leak-check=full   Enable full leak check.``)."""

from __future__ import annotations

from conftest import facts

_BLOCK = (
    "# tracer\n\n"
    "```sh\n"
    "tracer [OPTIONS] PROGRAM [ARGS]\n"
    "    --out=FILE          Write the trace to FILE.\n"
    "    --depth=N           Follow calls N levels deep.\n\n"
    "    --quiet             Print nothing but the trace.\n"
    "```\n"
)


def test_the_rows_are_options_of_the_usage_line_s_program() -> None:
    assert facts(_BLOCK) == [
        (4, "syntax", "tracer", "tracer", "tracer [OPTIONS] PROGRAM [ARGS]"),
        (5, "option", "tracer", "--out", "Write the trace to FILE"),
        (6, "option", "tracer", "--depth", "Follow calls N levels deep"),
        (8, "option", "tracer", "--quiet", "Print nothing but the trace"),
    ]


def test_a_row_not_indented_under_the_usage_is_no_such_block() -> None:
    text = _BLOCK.replace("    --quiet", "--quiet")
    assert not [n for n in facts(text) if n[1] == "option"]


def test_a_command_line_over_the_rows_is_no_usage() -> None:
    text = _BLOCK.replace("tracer [OPTIONS] PROGRAM [ARGS]", "tracer --out=log.txt ./app")
    assert not [n for n in facts(text) if n[1] == "option"]
