"""Why a card was made, in the interface's language (``quizzer extract`` without ``--json``).

The rules in :mod:`quizzer.extract` say in English which of them made a note
(``NoteDraft.reason``); ``--json`` keeps those words exactly, as data.  Shown
to a person they are translated here, at the edge: each reason is a message of
the catalogue (:data:`REASONS`), and a reason composed from another
(``flag glossed with its command line (`command: description` line)``) is
matched by its pattern and translated with its inner reason translated too
(:data:`COMPOSED`).  A reason this table does not know is shown as written:
``tests/test_reasons.py`` fails for any reason the extractor can make (found in
its source and in what it makes of the corpus) that has no entry here.
"""

from __future__ import annotations

import re

from quizzer.i18n import N_, _

__all__ = ["COMPOSED", "REASONS", "shown_reason"]

#: Every reason a rule writes as it is (translated where shown).
REASONS = frozenset({
    N_("a path glossed in a directory listing"),
    N_("key and what it does after a dash on its line in a code block"),
    N_("heading naming a term, a first bullet defining it"),
    N_("heading naming an option, first bullet under it"),
    N_("item naming a command line, the one item nested under it"),
    N_("bullet after a code block saying what its line of that place does"),
    N_("keys on one line of a code block, each with its part of what they do"),
    N_("'=> meaning' line after it in a code block"),
    N_("`# -x meaning` comment after a command line"),
    N_("`# -x: meaning` comment in a code block"),
    N_("`-x 옵션으로 …` sentence"),
    N_("`-x(word)` option in a comment"),
    N_("`-x: meaning` bullet after a code block"),
    N_("`-x: meaning` bullets after a code block, a list of its options"),
    N_("command line, then 명령으로 and what it does"),
    N_("first sentence of the --help pasted under its command"),
    N_("sentence: run `command` to do what"),
    N_("`-x: meaning` line in a code block"),
    N_("`Usage:` line"),
    N_("`WORD: meaning` line in a code block"),
    N_("`What is X?` heading, the paragraph under it"),
    N_("`[key] meaning` line"),
    N_("`a <=> b` comment in a code block"),
    N_("`command: description` line"),
    N_("`command` = what it does, in a list"),
    N_("heading or sentence over statements typed at a program's prompt"),
    N_("purpose, then its command after a shell prompt"),
    N_("purpose item, then its command after a shell prompt"),
    N_("statement typed at a program's prompt, its meaning nested under it"),
    N_("`key` = what it does, in a list"),
    N_("`operator` = what it does, in a list"),
    N_("`-x` = meaning, under its command line"),
    N_("`description: command` line"),
    N_("`key: meaning` line"),
    N_("`name`, a … (what it is, set beside it)"),
    N_("`option: meaning` line"),
    N_("`term: definition` line"),
    N_("`usage 으로 what it does` sentence"),
    N_("`what it does: -x 옵션 사용` line"),
    N_("`x command, what it does` line"),
    N_("`… syntax` label over its usage line"),
    N_("bullet, then its command nested under it"),
    N_("item, then its command after a root prompt '#' on the next line"),
    N_("item, then its command on the item's next line"),
    N_("value of the option above, nested under it"),
    N_("sentence above its code block that names its line"),
    N_("bullets after its code block"),
    N_("caption line above it in a code block"),
    N_("clause about a flag"),
    N_("command and its other spellings, then what it does"),
    N_("command and meaning inside a table cell"),
    N_("commands that do the same, then what they do"),
    N_("editor opening a file, then what the file is"),
    N_("command line of a block under a heading that says what to do"),
    N_("command line, then a line glossing one of its flags"),
    N_("command line, then its meaning on the next line"),
    N_("command line, what it does in parentheses"),
    N_("comment above it in a code block"),
    N_("comment after it on its line in a code block"),
    N_("heading `command - description`"),
    N_("heading `term - description` with its usage line"),
    N_("heading asking what a term is, paragraph under it"),
    N_("heading naming a command, bullets under it"),
    N_("heading naming a term, its one bullet"),
    N_("heading naming a term, a paragraph saying what it does"),
    N_("heading naming a command, paragraph under it"),
    N_("heading naming a flag, its examples and bullets"),
    N_("heading naming an option, paragraph under it"),
    N_("heading of prose over its bare command item"),
    N_("heading, then `: definition`"),
    N_("heading: the program in backticks, then what it is for"),
    N_("heading: a shell form over a stand-in command, the paragraph under it"),
    N_("label naming one action for each line of the block below"),
    N_("command of a block of commands and their options"),
    N_("table row: a name and its description"),
    N_("sentence: … 을 TERM이라고 한다 (the name of what it describes)"),
    N_("option under its command in a block of commands and their options"),
    N_("indented option line glossed under its command in a code block"),
    N_("item glossing part of the example line above it"),
    N_("item of a numbered procedure"),
    N_("key listed under a heading naming its program"),
    N_("item with bullets under it"),
    N_("item: a term is …"),
    N_("item: what it does, then its command line"),
    N_("key in a code block, described by the comment above"),
    N_("key table row"),
    N_("keys that do the same, then what they do"),
    N_("keys written together, each with its part of the meaning"),
    N_("label, then `-x 옵션 사용` under it"),
    N_("list of cases under its lead-in"),
    N_("numbered comment in a code block"),
    N_("one comment over a run of the same command"),
    N_("one comment over spellings of one usage"),
    N_("option alone in a code block, the text above says what it does"),
    N_("option alone on its line in a code block, the comment above says what it does"),
    N_("key and its meaning on one row of a code block"),
    N_("keys glossed on the line under them in a code block"),
    N_("table of things and the keys that type them"),
    N_("item naming a term, the one item nested under it"),
    N_("word listed under its command's options label, without dashes"),
    N_("keys glossed on the line under them, each with its part of the gloss"),
    N_("bold option alone in a list item, its meaning on the next line"),
    N_("numbered heading `sub-command : what it does` over the block that runs it"),
    N_("line of the notes' program in a script, its comment after it"),
    N_("label, then a command line and what it does, each after a colon"),
    N_("option column of a command table"),
    N_("option listed in comments"),
    N_("option row of a --help style block"),
    N_("option table row"),
    N_("option with its values, (what it does) in a comment"),
    N_("sentence naming a flag, over a line using it"),
    N_("sentence opening with a word of sequence (먼저, 이후, 마지막으로), over its code block"),
    N_("sentence: `term`는 … 이다 (a marked term, then what it is)"),
    N_("sentence: a command lets you …"),
    N_("sentence: a description, then 이를 TERM이라고 한다"),
    N_("sentence: the command … does"),
    N_("sentence: the instruction … does"),
    N_("sentence: the notes' program is …"),
    N_("sentence: what it does, by the command …"),
    N_("sign (its name) and what it means"),
    N_("sign and what it means, among glossed signs"),
    N_("sign of the command line above, what it means"),
    N_("sub-command in the option column of a command table"),
    N_("table row"),
    N_("setting in a table row"),
    N_("name in a table of packages"),
    N_("path in a table of files"),
    N_("value numbered in turn in a list"),
    N_("item: a term, which is …"),
    N_("value and its meaning among a configuration file's lines"),
    N_("directive alone under a heading that says what it is"),
    N_("option and its value in code, then what it does"),
    N_("option of the program named before it, in a list of options"),
    N_("key in a list of shortcut keys"),
    N_("keys in a list of shortcut keys that do the same"),
    N_("heading that says what the keys under it do"),
    N_("heading that says what the keys listed under it do"),
    N_("item that says what the keys nested under it do"),
    N_("sentence: X란 … 이다"),
    N_("magic command typed in a cell, then what it does"),
    N_("table of actions and the keys that do them"),
    N_("what it does, then the keys that do it"),
    N_("sentence: press the key, and what it does"),
    N_("sentence: type the command, and what happens"),
    N_("heading naming a key, the text under it saying what it does"),
    N_("sentence: `command`은 … (what it does)"),
    N_("sentence: `-x` 옵션은 … (what it does)"),
    N_("sentence: the command은 … 이며, TERM은 … 이다 (a second definition)"),
    N_("usage line alone in a list item"),
    N_("label over the command lines that do it"),
    N_("letter typed at a program's menu in a code block"),
    N_("mark and its meaning in a legend after a label"),
    N_("value in a table of options"),
    N_("text above its code block and its comment"),
    N_("text above its code block, with a one-word comment"),
    N_("text above lines typed at a program's prompt"),
    N_("text just above its code block"),
    N_("two keys told one after the other on one line"),
    N_("usage line"),
    N_("usage line in a code block"),
    N_("written by hand"),
})

#: Reasons a rule composes from another reason: the rule's f-string with its
#: placeholder named ``{reason}`` (the message), and the pattern that reads it back.
COMPOSED: tuple[tuple[str, re.Pattern[str]], ...] = (
    (N_("flag glossed with its command line ({reason})"), re.compile(r"flag glossed with its command line \((?P<reason>.+)\)")),
)


def shown_reason(reason: str) -> str:
    """``reason`` in the interface's language; as written when the table does not know it."""
    if reason in REASONS:
        return _(reason)
    for message, pattern in COMPOSED:
        match = pattern.fullmatch(reason)
        if match:
            return _(message).format(reason=shown_reason(match.group("reason")))
    return reason
