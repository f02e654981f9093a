"""A one-word heading over a section that is one command line (pure).

    ## Drag windows with Ctrl+Cmd
    ### Enable                          ### Remove
    ```                                 ```sh
    defaults write -g X -bool true      $ brew uninstall PACKAGE
    ```                                 ```

Cheat sheets split a task into sub-sections of one word (Enable / Disable, Install / Remove, Format /
Lint) each holding the one line that does it.  A careful reader takes the word as what the line does.
Only when the section holds nothing but that block, the block one command line of a program the notes
know or run, and the word is not a topic or a label (``Usage``, ``Examples``) nor a word of the line
itself (``### build`` over ``gradlew build``, ``### Help`` over ``make --help``: the heading names the
command, it says nothing of what it does; an option among others, ``### Sign`` over ``gpg --local-user KEY
--sign FILE``, names what the line does), and the line has no comment of its own saying what it does.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import PROGRAMS, SHELL_FENCE_INFOS, TOPIC_WORDS, is_label
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, tokenize, typed_at_dollar

__all__ = ["REASON", "read"]

REASON = "one-word heading over a section of one command line"

_SHELL_INFOS = SHELL_FENCE_INFOS | {"", "shellsession", "terminal"}
_HEADING = lazyre.pattern(r"^\s{0,3}(#{1,6})\s")
_OWN_COMMENT = lazyre.pattern(r"\s#\s*\S")  # a comment after the line, on its line


def _section_is_the_block(walk: Walk, block: Code, level: int) -> bool:
    """Nothing but the block between its heading (of ``level``) and the next heading (or the end), and that
    heading no deeper: ``## daemon`` / ``cd downloads`` over ``### foreground`` and ``### background`` names
    what the sub-sections run, the line is where they start from, not what the word does."""
    if any((walk.written(at) or "").strip() for at in range(walk.heading_line + 1, block.line)):
        return False
    at = (block.lines[-1][0] if block.lines else block.line) + 2  # past the closing fence
    while (text := walk.written(at)) is not None:
        if text.strip():
            heading = _HEADING.match(text)
            return heading is not None and len(heading.group(1)) <= level
        at += 1
    return True


def read(walk: Walk, block: Code, word: str) -> bool:
    """A command card of the block's one line, said by the heading ``word``; False when not that shape."""
    if not walk.sections or walk.sections[-1].level < 2 or walk.heading_block != walk.block - 1:
        return False
    folded = word.casefold()
    if folded in TOPIC_WORDS or is_label(word) or block.language not in _SHELL_INFOS:
        return False
    lines = [(n, text) for n, text in block.lines if text.strip() and not text.lstrip().startswith("#")]
    if len(lines) != 1 or not _section_is_the_block(walk, block, walk.sections[-1].level):
        return False
    number, text = lines[0]
    text = text.strip()
    text = typed if (typed := typed_at_dollar(text)) is not None else text
    if _OWN_COMMENT.search(text):
        return False  # "make dist  # pack the archive": the line says what it does itself, read as such
    invocation = parse_invocation(text) if looks_like_command(text) else None
    if invocation is None:
        return False
    program = invocation.command.split()[0]
    if program not in PROGRAMS and program not in (walk.program, walk.fenced_program) and program not in walk.fenced_programs:
        return False
    tokens = tokenize(text)
    named = [token for token in tokens if token.lstrip("-").casefold() == folded]
    if named and not (all(token.startswith("-") for token in named) and len(tokens) > 2):
        # "### build" / "gradlew build", "### Help" / "make --help": the heading names the command, not what it does;
        # "### Encrypt" / "gpg --recipient <KEY> --output <FILE> --encrypt <FILE>": the word names the option that
        # picks what the line does among the others it passes, the task
        return False
    walk.add_command(invocation, word, number, reason=REASON)
    return True
