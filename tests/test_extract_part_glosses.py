"""Words of a command line glossed under it inside its block, ``WORD => what it stands for`` (issue 6, x-f35en2),
examples of our own: the line keeps the heading as what it does, a flag's gloss is that flag's card, a value's or a
sub-command's is warned (what the word is, not what a command does); none is a step or a command line."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts, warned as _warned

_BLOCK = (
    "# screen notes\n\n## Open a named log\n\n```bash\nscreen -L -S work\n"
    "-L => log the output\nwork => the session's name\n```\n"
)


def test_the_heading_says_what_the_line_does_and_the_flag_gloss_is_the_flag_card() -> None:
    assert _facts(_BLOCK) == [
        (6, "command", "screen", "screen -L -S work", "Open a named log"),
        (7, "flag", "screen", "-L", "log the output"),
    ]
    flag = _draft(_BLOCK).notes[1]
    assert flag.context == "screen -L -S work"
    assert flag.reason == "flag of the command line above glossed after '=>' in a code block"


def test_a_value_glossed_is_warned_not_carded() -> None:
    assert 8 in _warned(_BLOCK)
    assert all(note.front != "work" for note in _draft(_BLOCK).notes)


def test_a_sub_command_glossed_is_warned_and_the_line_stays_one_card() -> None:
    text = "# box\n\n## Start a box\n\n```bash\ndocker start -a web\nstart => begin it again\n-a => attach\n```\n"
    assert _facts(text) == [
        (6, "command", "docker start", "docker start -a web", "Start a box"),
        (8, "flag", "docker start", "-a", "attach"),
    ]
    assert 7 in _warned(text)


def test_a_word_the_line_above_does_not_hold_is_no_gloss_of_it() -> None:
    # "-x" is not in the line: the arrow line is not read as a part of it (nor as a flag card of it)
    text = "# screen notes\n\n## Open a named log\n\n```bash\nscreen -L -S work\n-x => something else\n```\n"
    assert all(note.front != "-x" for note in _draft(text).notes)


def test_a_gloss_line_after_a_blank_line_is_no_gloss_of_the_line_above() -> None:
    text = "# screen notes\n\n## Open a named log\n\n```bash\nscreen -L -S work\n\n-L => log the output\n```\n"
    assert all(note.kind.value != "flag" for note in _draft(text).notes)


def test_a_key_with_an_arrow_gloss_is_not_a_part_of_a_line() -> None:
    # no command line above: the line is a key and what it does, never a word of a command
    text = "# screen notes\n\n## Keys\n\n```\nC-a d => detach\n```\n"
    assert all(note.kind.value != "flag" for note in _draft(text).notes)
