"""Lines at the shell's second prompt ``>`` after an unfinished ``$`` line: a here-document's text, or the rest
of a command whose quote is open; not a program's own prompt (issue 6, x-f8). A line ending in a pipe or ``&&``
goes on on the next, with the lines a quote opened there goes on to (code._joined, x-f35en1). Examples are our
own."""

from __future__ import annotations

from conftest import draft, warned

from quizzer.extract.blocks import Code
from quizzer.extract.continuations import join

_HEREDOC = """# Shell

Sort a few words typed in place:

```
$ sort <<END
> pear
> apple
> END
apple
pear
```

Print two lines from one argument:

```
$ python3 -c '
> print("a")
> print("b")'
a
b
```
"""


def test_a_here_document_is_the_commands_input_and_an_open_quote_goes_on() -> None:
    notes = [(n.line, n.command, n.back) for n in draft(_HEREDOC).notes]
    assert notes == [
        (6, "sort", "Sort a few words typed in place"),
        (17, "python3", "Print two lines from one argument"),
    ]
    assert warned(_HEREDOC) == []


def test_join_keeps_the_dollar_line_and_joins_an_open_quote() -> None:
    block = Code("", ((1, "$ cat <<'EOF' > notes.txt"), (2, "> one"), (3, "> EOF"), (4, "$ echo 'a"), (5, "> b'"), (6, "a")), 1)
    assert join(block).lines == ((1, "$ cat <<'EOF' > notes.txt"), (4, "$ echo 'a b'"), (6, "a"))


def test_a_programs_own_prompt_is_left_alone() -> None:
    block = Code("", ((1, "$ mongo"), (2, "> use shop"), (3, "switched to db shop")), 1)
    assert join(block) is block or join(block).lines == block.lines


_PIPELINE = (
    "# Logs\n\n"
    "Count the words of every log and sort the counts.\n\n"  # 3
    "```sh\n"
    "cat *.log |\n"  # 6
    "    awk '{ n += NF }\n"
    "         END { print n }' |\n"
    "    sort -n\n"
    "```\n"
)


def test_a_pipeline_broken_after_its_pipes_is_one_command_line() -> None:
    made = draft(_PIPELINE)
    assert [(n.line, n.front, n.back) for n in made.notes] == [
        (6, "cat *.log | awk '{ n += NF } END { print n }' | sort -n", "Count the words of every log and sort the counts."),
    ]
    assert warned(_PIPELINE) == []
    chained = "# Build\n\nBuild the project and install it.\n\n```sh\nmake &&\n    make install\n```\n"
    one_line = chained.replace("make &&\n    make install", "make && make install")
    assert [(n.line, n.front, n.answers) for n in draft(chained).notes] == [
        (n.line, n.front, n.answers) for n in draft(one_line).notes
    ] != []  # read as the line written whole is


def test_lines_that_do_not_end_in_a_pipe_stay_apart() -> None:
    text = (
        "# Logs\n\n```sh\n"
        "grep -c error app.log    # count the errors\n"  # 4
        "echo 'done'              # say it is done\n"  # 5
        "```\n"
    )
    assert [n.line for n in draft(text).notes] == [4, 5]
    unbalanced = _PIPELINE.replace("cat *.log |\n", "cat *.log\n")  # the quote of the awk line opens no continuation
    assert [n.line for n in draft(unbalanced).notes if "awk" in n.front and "cat" in n.front] == []
    # a comment ends the pipeline: it is not the trailing comment of the line above it
    commented = _PIPELINE.replace("cat *.log |\n", "cat *.log |\n# then count\n")
    assert [(n.line, n.back) for n in draft(commented).notes if n.line == 6] == [
        (6, "Count the words of every log and sort the counts."),
    ]
