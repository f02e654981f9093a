"""Sentences of a paragraph, in notes about an editor, each saying what a key or a prompt command is for (pure).

Help pages of editors and multiplexers tell their keys in running prose, several to a paragraph::

    To quit, press `Ctrl-q`. Save by pressing `Ctrl-s`.
    For a list of the default keybindings, run `> help defaultkeys`.
    Press `Ctrl-w` to move between splits, and type `> vsplit file` or `> hsplit file` to open a new split.
    Paste with `prefix + ]` (this is the default paste).

Every sentence is read on its own, in one of these shapes: ``To <purpose>, press <key>``, ``For <purpose>, run
<command>``, ``Press <key> to <purpose>``, ``<Do something> by pressing <key>``, ``<Do something> with <key>``,
``Pressing <key> will <purpose>``, ``You can <purpose>: <key>`` and ``Press this sequence to <purpose>: <key>``; a
sentence joining two such clauses with ", and" / ", or" is read clause by clause.  Keys written each in a code span
or ``<kbd>`` of its own, pressed together or in turn (``<kbd>Ctrl</kbd>+<kbd>B</kbd> then <kbd>S</kbd>``), are one
key (``Ctrl+B S``).  The key or command ends its
clause (a remark in parentheses after it, or a colon and what follows, is left off).  A key is a chord or a named
key, or a code span that reads as one of the editor's keys; a command is a code span typed at the editor's ``>``
prompt, or a shell line of a program quizzer knows.  A sentence of any other shape, or with a clause that is not
one of these, makes no card: a missing card is better than a key joined to the wrong purpose.  A paragraph right
over a code block is left to the readers of blocks: a walkthrough's sentence may go on after the example.  Read only in notes
whose program reads keys (``Walk.key_program``); the key's card names that program.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract import key_pairs
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import KEY_NAMES, KEY_PLATFORMS, PROGRAMS, is_key_chord, names_pattern
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, strip_prompt
from quizzer.text import clean

__all__ = ["read"]

_REASON = "sentence: what a key or prompt command is for"

# a code span, stood in for by "\0n\0" while the sentence is split and matched
_CODE = lazyre.pattern(r"`([^`]+)`")
_HELD = lazyre.pattern(r"\0(\d+)\0")
# a sentence ends at ".", "!" or "?" followed by white space and a capital or a code span, or at the text's end
_END = lazyre.pattern(r"(?<=[^\s.])[.!?](?=\s+[A-Z\0]|\s*$)")
# what may be the target of a clause: code spans joined by "or" or a slash (`n`/`N`), or one bare word (a chord, a
# named key)
_TARGETS = r"(?P<targets>\0\d+\0(?:(?:\s+or\s+|\s*/\s*)\0\d+\0)*|[A-Za-z][\w+-]*)"
# a key in quotes, held like a code span: "hitting '/' will …" (a short run of non-space characters, quoted alone)
_QUOTED_KEY = lazyre.pattern(r"(?<![\w'])'([^'\s]{1,12})'(?![\w'])")
_VERB = r"(?:press|hit|type|run|enter|see|use)"
# a clause telling to press or type something, its key written bare or not ("at the prompt, press tab")
_PRESSING = lazyre.pattern(
    r"\b(?:press(?:es|ing)?|hit(?:s|ting)?|typ(?:e|es|ing)|run(?:s|ning)?|enter(?:s|ing)?|us(?:e|es|ing))\b", re.IGNORECASE
)
_YOU = r"(?:you\s+(?:can|could|would|should|may)\s+(?:also\s+)?)?"
_SHAPES = (
    # "To quit, press `Ctrl-q`", "to open the help page on plugins you would run `> help plugins`"
    lazyre.pattern(rf"(?P<what>to\s+[a-z][^,\0]*?)(?:,\s*|\s+(?=you\s)){_YOU}{_VERB}\s+{_TARGETS}", re.IGNORECASE),
    # "For a list of the default keybindings, run `> help defaultkeys`"
    lazyre.pattern(rf"(?P<what>for\s+[a-z][^,\0]*?),\s*{_YOU}{_VERB}\s+{_TARGETS}", re.IGNORECASE),
    # "Press `Ctrl-w` to move between splits", "You can press tab to see the available colorschemes"
    lazyre.pattern(rf"{_YOU}(?:press|hit|type)\s+{_TARGETS}\s+to\s+(?P<what>[a-z][^\0]*)", re.IGNORECASE),
    # "Save by pressing `Ctrl-s`", "You can fold the section by pressing `za`"
    lazyre.pattern(rf"{_YOU}(?P<what>[a-z][^,\0]*?)\s+by\s+(?:pressing|hitting|typing|running)\s+{_TARGETS}", re.IGNORECASE),
    # "Paste with `prefix + ]`", "Reload the environment with: `$ tmux source-file ~/.tmux.conf`"
    lazyre.pattern(rf"{_YOU}(?P<what>[a-z][^,\0]*?)\s+with:?\s+{_TARGETS}", re.IGNORECASE),
    # "Hitting `?` will show the help", "In the log view, pressing `o` will open the commit": the key is the subject
    # (a setting before it, up to a comma, is where it is pressed)
    lazyre.pattern(
        rf"(?:[A-Za-z][^,\0]*,\s*)?(?:hitting|pressing|typing)\s+{_TARGETS}\s+will\s+(?P<what>[a-z][^\0]*?)", re.IGNORECASE
    ),
    # "You can also list the sessions: `Ctrl`+`b` then `s`": what one can do, then after a colon the keys alone
    lazyre.pattern(rf"you\s+(?:can|could|may)\s+(?:also\s+)?(?P<what>[a-z][^\0:]*?):\s*{_TARGETS}", re.IGNORECASE),
    # "Or press this sequence to detach: `Ctrl`+`b` and then `d`": the keys, pointed at, after the purpose
    lazyre.pattern(
        r"(?:or\s+)?(?:press|hit|type)\s+(?:this|these|the\s+following)\s+(?:sequence|keys?|chord|shortcut|combination)\s+"
        rf"to\s+(?P<what>[a-z][^\0:]*?):\s*{_TARGETS}", re.IGNORECASE,
    ),
)
# the shapes whose purpose comes first, with its own subject left out: a pronoun there points at what is not said
_DOING_FIRST = _SHAPES[3:5]
_POINTING = lazyre.pattern(r"\b(?:it|its|this|that|these|those|them|they)\b", re.IGNORECASE)
# "For example, …", "Then …" before a clause; "For example", "For more", "For this" are no purpose
_ASIDE = lazyre.pattern(
    r"^(?:(?:for\s+example|for\s+instance|e\.g\.|also|alternatively),\s*|(?:now|then|next|finally),?\s+"
    # "From within tmux, …", "Inside vim, …": where the keys are pressed, the program the notes are about
    r"|(?:from\s+)?(?:within|inside)\s+[^,\0]{1,30},\s*)", re.IGNORECASE
)
# keys in code spans of their own pressed together or in turn: "`Ctrl`+`b` then `s`", "`Ctrl`+`b` and then `d`" (one
# key written so, "`Ctrl`+`b` s", stays as it was): held as one target, "Ctrl+b s"
_CHORD = r"`[^`\n]+`(?:\s*\+\s*`[^`\n]+`)*"
_KEYS_IN_TURN = lazyre.pattern(rf"{_CHORD}(?:\s*,?\s+(?:and\s+)?then\s+{_CHORD})*")
# "For more details" (on nothing named), "For Windows users", "For macOS": where to read on, or whom or where the key is
# for, not what it does ("For more information on keybindings" names what the page tells); "To be safe": a state kept,
# not a thing done
_NO_PURPOSE = lazyre.pattern(
    r"^(?:for\s+(?:example|instance|this|that|it|now|more|details)\s*$"
    r"|for\s+more\s+(?:details|information|info|help)\s*$|to\s+be\b"
    rf"|for\s+(?:[\w-]+\s+)?users$|for\s+(?:a\s+|an\s+)?(?:{names_pattern(KEY_PLATFORMS)})\b)",
    re.IGNORECASE,
)
# a condition, a subject or a negation opening the purpose: "If the scheme looks bad, …", "Micro has … which can be
# …", "Don't exit with `Ctrl-z`", "Never kill a session with `Ctrl-d`" (what not to do is no purpose of the key)
_NOT_DOING = lazyre.pattern(
    r"^(?:if|when|while|once|after|before|unless|you|we|i|this|it|don't|do\s+not|never|avoid|not)\b", re.IGNORECASE
)
# a person in the purpose: "Yesterday I lost my work by pressing `Ctrl-w`" tells what happened to someone, not what
# the key is for
_TELLING = lazyre.pattern(r"\b(?:i|me|my|we|us|our|he|him|his|she|her)\b", re.IGNORECASE)
# what may follow the target and is left off: a remark in parentheses, a colon and what it adds; or where the key
# is pressed ("in the files view", "in insert mode"), kept with the purpose
_AFTER = lazyre.pattern(
    r"(?P<place>\s+(?:in|inside|within|from)\s+(?:the\s+|a\s+|any\s+)?(?:[\w/-]+\s+){0,3}?"
    r"(?:view|panel|pane|mode|window|menu|prompt|screen|popup|buffer|tab)s?)?"
    r"\s*(?:\([^()]*\)|:\s.*)?\s*$"
)
# a clause boundary inside one sentence ("…, but …", "… and you can …": a clause with a subject of its own)
_CLAUSES = lazyre.pattern(r",\s+(?:and|or|but)\s+|;\s+|\s+and\s+(?=you\s)")
# a command typed at an editor's ">" prompt: "> help defaultkeys", "> set colorscheme ..."
_PROMPTED = lazyre.pattern(r">\s+[a-z][\w-]*(?:\s+\S+)*")


def _sentences(marked: str) -> list[tuple[int, str]]:
    """(offset, text) of each sentence of ``marked`` (code spans held as "\\0n\\0")."""
    found, start = [], 0
    for end in _END.finditer(marked):
        found.append((start, marked[start : end.end()]))
        start = end.end()
    if marked[start:].strip():
        found.append((start, marked[start:]))
    return found


def _clause(text: str, codes: list[str]) -> list[tuple[str, str, bool]] | None:
    """(target, what it is for, whether it is written bare, not in code) of each target of one clause, or None when the clause is none of the shapes."""
    text = _ASIDE.sub("", text.strip().rstrip(".!?,").strip())
    for shape in _SHAPES:
        match = re.match(shape.pattern + _AFTER.pattern, text, shape.flags)
        if match is None:
            continue
        what = match.group("what").strip()
        if match.group("place"):
            what += match.group("place")  # "… by pressing `za` in normal mode": where, part of what the key does
        if _NO_PURPOSE.match(what) or _NOT_DOING.match(what) or _TELLING.search(what) or not re.search(r"[^\W\d_]{2,}", what):
            return None
        if shape in _DOING_FIRST and _POINTING.search(what):
            return None  # "you can change it with `…`": what "it" is, the clause does not say
        targets = match.group("targets")
        if "\0" not in targets:
            return [(targets, what, True)]
        return [(codes[int(n)], what, False) for n in _HELD.findall(targets)]
    return None


def _kind(target: str, *, bare: bool) -> str | None:
    """What ``target`` is: "key" (a chord, a named key, or in code one of the editor's keys), "prompt" (a command
    typed at the editor's ">" prompt), "shell" (a line of a program quizzer knows, with its arguments), else None."""
    if is_key_chord(target) or target.casefold() in KEY_NAMES or not bare and key_pairs.is_key(target):
        return "key"
    if bare:
        return None
    if _PROMPTED.fullmatch(target):
        return "prompt"
    typed = strip_prompt(target)
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None or invocation.command.split()[0] not in PROGRAMS or " " not in typed:
        return None
    return "shell"


def _add(walk: Walk, program: str, target: str, what: str, line: int, kind: str) -> None:
    """The note of ``target``, of the ``kind`` :func:`_kind` found, saying ``what`` it is for."""
    if kind == "key":
        walk.add_key(target, what, line, reason=_REASON)
    elif kind == "prompt":
        walk.add(Kind.COMMAND, term=target, front=target, back=what, command=program, line=line,
                 answers=(target, target[1:].strip()), reason=_REASON)
    else:
        invocation = parse_invocation(strip_prompt(target))
        assert invocation is not None  # _kind parsed it
        walk.add_command(invocation, what, line, reason=_REASON)


def _one_target(keys: re.Match[str]) -> str:
    """``Ctrl`+`b` then `s``` → ```Ctrl+b s```: keys pressed together joined by "+", in turn by a space; a single
    code span as it was."""
    written = keys.group(0)
    if written.count("`") == 2:
        return written
    chords = re.split(r"\s*,?\s+(?:and\s+)?then\s+", written)
    return "`" + " ".join("+".join(key.strip() for key in re.findall(r"`([^`]+)`", chord)) for chord in chords) + "`"


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def read(walk: Walk, block: Para) -> bool:
    """A note for each key or command the sentences of ``block`` say the purpose of; False when none does."""
    if block.lists or block.quote:
        return False
    program = walk.key_program()
    named = block.inline.has_code or "press" in block.text.lower() or _QUOTED_KEY.search(block.text) is not None
    if program is None or block.lists or block.quote or not named:
        return False
    if walk.code_next(block.line + block.inline.raw.rstrip().count("\n")):
        # "Press `cs"'` inside" / the text / "to change it to" / the text: prose that runs around the example
        # blocks of a walkthrough says what the block shows, and a sentence may go on after it
        return False
    codes: list[str] = []

    def hold(match: re.Match[str]) -> str:
        codes.append(match.group(1))
        return f"\0{len(codes) - 1}\0"

    held = _QUOTED_KEY.sub(hold, _CODE.sub(hold, _KEYS_IN_TURN.sub(_one_target, block.inline.marked)))
    read_any = False
    for offset, sentence in _sentences(held):
        flat = " ".join(sentence.split())
        found = _clause(flat, codes)
        # a clause that is none of the shapes and names no key (no code, no pressing or typing) is prose around the
        # keys ("When searching, the view is not filtered, but … and you can step through matches with `n`/`N`"):
        # passed over
        pairs = [found] if found is not None else [
            pair for part in _CLAUSES.split(flat)
            if (pair := _clause(part, codes)) is not None or "\0" in part or _PRESSING.search(part)
        ]
        if any(pair is None for pair in pairs) or len(pairs) < 1:
            continue
        line = block.line + held[:offset + len(sentence) - len(sentence.lstrip())].count("\n")
        chosen = [(target.strip(), what) for pair in pairs if pair is not None for target, what, _bare in pair]
        kinds = [_kind(target.strip(), bare=bare) for pair in pairs if pair is not None for target, _what, bare in pair]
        if None in kinds:
            continue  # "Move the cursor with the mouse": no key, so no card from the sentence
        for (target, what), kind in zip(chosen, kinds):
            assert kind is not None
            _add(walk, program, target, clean(what), line, kind)
            read_any = True
    return read_any

