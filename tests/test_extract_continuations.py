"""Lines at the shell's second prompt ``>`` after an unfinished ``$`` line: a here-document's text, or the rest
of a command whose quote is open; not a program's own prompt (issue 6, x-f8). Examples are our own."""

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
