"""A plain code block of keys, each with what it does after a dash or an arrow on its line (pure).

Key references pasted from a program's help screen or wiki keep one binding a line, in a fence
that names no language::

    # Browser keys
    ```text
    Ctrl-w - Close the tab. Asks first when it holds a form
    j|k - Scroll down or up
    h/l - Back/Forward
    1 to 9 - Jump to a tab
    g -> first tab
    ```

A help screen pasted as it prints sets its keys and their meanings in two columns instead, a gap of two
spaces or more between them (``m<letter>  Mark the current position with <letter>.``): the same binding.

A careful reader makes one card per line: its keys (alternatives joined by ``|`` or ``/``: each
a right answer) → what follows the dash or the arrow.  Keys written together whose meaning lists
one part per key, joined the same way ("h/l - Back/Forward"), take a part each; a list of parts
that does not pair with the keys is warned (``quizzer.extract.key_shares``).  A key the notes
bound before to something else (another view of the program: ``right`` in two sections) names
the heading it is under on its card (``right (Download View)``); with no heading to tell them
apart it is warned.

The block reads so only when it opens with a binding and three or more of its lines, and two thirds of them, are such
bindings, and only in notes about a program whose keys they are (named by their title, a heading
or their file's name, or by the text just above the block as the program of the keys: "기본적인 iterm2
명령어들을 살펴보면", "Basic tmux shortcuts:"): keys of no program named are warned, never made cards of nobody's keys.
A line of the block that is no binding is warned.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract import key_glosses, key_shares
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import KEY_APPS, KEY_PROGRAMS, UNMARKED_FENCE_INFOS
from quizzer.extract.model import Kind, note_key
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["add_binding", "group_of", "read"]

# "Ctrl-q - Initiate shutdown", "+|- - Change priority", "1 -> All Downloads": keys, a dash or an arrow, words
_BINDING = lazyre.pattern(r"^(?P<keys>\S(?:.{0,30}?\S)?)\s+(?:-|–|—|->|=>|→)\s+(?P<meaning>\S.*?)\s*$")
# "m<letter>  Mark the current position.": a help screen's columns, the keys, a gap of two spaces or more (or a
# tab), the meaning (the keys hold no such gap)
_GAPPED = lazyre.pattern(r"^(?P<keys>\S(?:(?! {2}|\t).){0,30}?)(?: {2,}|\t)\s*(?P<meaning>\S.*?)\s*$")
# keys written together: "a|s|d", "left/right" (a lone "/" or "|" is a key itself), "Home or Ctrl-a", "cmd + [ 또는 cmd + ]"
_JOIN = lazyre.pattern(r"(?<=\S)[|/](?=\S)|\s+(?:or|또는|혹은)\s+")
# "1 to 7": a range of keys, one binding
_RANGE = lazyre.pattern(r"^(?P<first>\S{1,3}) to (?P<last>\S{1,3})$")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
# a heading's last word saying its section lists keys: "Main View Keys" → the group is "Main View"
_KEYS_WORD = lazyre.pattern(r"\s+(?:keys?|key\s*bindings?|bindings|shortcuts?)\s*$", re.IGNORECASE)
# "기본적인 iterm2 명령어들", "tmux의 단축키", "Basic kitty shortcuts": a program with keys, then a word for its keys
_OWNED_KEYS = lazyre.pattern(
    r"(?<![\w.-])([A-Za-z][A-Za-z0-9]*)(?:의)?\s+(?:기본\s*)?(?:명령어|단축키|키|keys?\b|shortcuts?\b|commands?\b"
    r"|key\s*bindings?\b|bindings\b)",
    re.IGNORECASE,
)
_NAME = lazyre.pattern(r"[A-Za-z][A-Za-z0-9]*")
# a help list's head: the line typed at a prompt that printed it ("> ~?", "$ tmux list-keys"), its heading line
_TYPED = lazyre.pattern(r"^(?:>|\$|%)\s*\S+(?:\s+\S+){0,3}$")
_HEAD_LABEL = lazyre.pattern(r"^[A-Z][\w '-]{2,40}:$")
_REASON = "key and what it does after a dash on its line in a code block"
_SPLIT = "keys on one line of a code block, each with its part of what they do"
_GAP_REASON = "key and what it does in the next column of its line in a code block"


def _keys(text: str) -> list[str] | None:
    """The keys of a binding's left side, or None when it is not keys."""
    if _RANGE.match(text):
        return [text]
    keys = _JOIN.split(text) if len(text) > 1 else [text]
    if not all(key_glosses._key(key, editor=True) for key in keys):  # noqa: SLF001 - one notion of a key
        return None
    return keys


def _without_head(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rows past a pasted help list's head: what was typed to print it (``> ~?``, ``$ tool keys``), then its
    own heading (``Supported escape sequences:``), either or both, before the first binding."""
    at = 0
    if at < len(rows) and _TYPED.match(rows[at][1]):
        at += 1
    if at < len(rows) and _HEAD_LABEL.match(rows[at][1]):
        at += 1
    return rows[at:] if at and len(rows) > at and _BINDING.match(rows[at][1]) else rows


def _bindings(block: Code) -> tuple[list[tuple[int, str, list[str], str, str]], list[tuple[int, str]]] | None:
    """The block's bindings (line, keys as written, each key, meaning, the reason of their shape) and its other
    lines; None when it is no block of keys."""
    rows = _without_head([(n, text.strip()) for n, text in block.lines if text.strip()])
    if not rows or _BINDING.match(rows[0][1]) is None and _GAPPED.match(rows[0][1]) is None:
        return None  # most blocks: their first line is no binding (a block of keys opens with one)
    bindings: list[tuple[int, str, list[str], str, str]] = []
    others: list[tuple[int, str]] = []
    for n, text in rows:
        dashed = _BINDING.match(text)
        match = dashed or _GAPPED.match(text)
        keys = _keys(match.group("keys")) if match is not None else None
        if match is None or keys is None or not _WORDY.search(match.group("meaning")):
            others.append((n, text))
            if len(others) * 3 > len(rows):
                return None  # most blocks: a line or two in, too many lines are no bindings
            continue
        reason = _REASON if dashed else _GAP_REASON
        bindings.append((n, match.group("keys"), keys, match.group("meaning"), reason))
    if len(bindings) < 3 or len(bindings) * 3 < len(rows) * 2:
        return None
    return bindings, others


def _parts(keys: list[str], written: str, meaning: str) -> list[str] | str | None:
    """One meaning per key when the meaning lists them so ("Back/Forward" for "h/l"), None when the keys
    share it, ``key_shares.UNCLEAR`` when a list does not pair with them."""
    if len(keys) < 2:
        return None
    if "/" in written and meaning.count("/") == len(keys) - 1:
        parts = [part.strip() for part in meaning.split("/")]
        widths = {len(part.split()) for part in parts}
        if len(widths) == 1:
            return parts  # "Back/Forward", "View selection/Peer details": parts alike, one each, in order
        # "Switch to main/download view", "Make it lower/higher still": which words each key shares is not sure
        return key_shares.UNCLEAR
    if "/" in written:
        return key_shares.split(len(keys), meaning)
    return None  # "a|s|d - Increase the throttle by 1/5/50 kB": keys of one action, as written


def lead_in_program(text: str | None) -> str | None:
    """The one program with keys the text just above a block names as the program of its keys (``기본적인 iterm2
    명령어들을 살펴보면`` → iterm2), or None."""
    if not text:
        return None
    line = text.split("\n")[-1]
    owners = {**KEY_PROGRAMS, **KEY_APPS}
    owned = {owners[word.lower()] for word in _OWNED_KEYS.findall(line) if word.lower() in owners}
    # "tmux와 vim 단축키": two programs named, whose keys the block holds is not sure
    named = {owners[word.lower()] for word in _NAME.findall(line) if word.lower() in owners}
    return owned.pop() if len(owned) == 1 and len(named) == 1 else None


def read(walk: Walk, block: Code, lead_in: str | None = None) -> bool:
    """Read ``block`` as keys glossed after a dash on their line; False (nothing done) when it is not that.
    ``lead_in`` is the text just above the block (not a heading), which may name whose keys they are."""
    if block.language not in UNMARKED_FENCE_INFOS:
        return False
    found = _bindings(block)
    if found is None:
        return False
    bindings, others = found
    program = walk.key_program() or lead_in_program(lead_in)
    if program is None:
        walk.warn(block.line, _(
            "line {line}: a block of keys and what they do, but the notes do not say which program's keys they "
            "are; no cards made from it (name the program in the title)"
        ).format(line=block.line))
        return True
    for n, text in others:
        walk.warn(n, _(
            "line {line}: '{text}' in a block of keys and what they do is not a key and its meaning; "
            "no card made from it"
        ).format(line=n, text=text))
    group = group_of(walk)
    for n, written, keys, meaning, reason in bindings:
        parts = _parts(keys, written, meaning)
        if parts == key_shares.UNCLEAR:
            key_shares.warn_unclear(walk, n, keys)
            continue
        if isinstance(parts, list):
            for key, part in zip(keys, parts):
                add_binding(walk, program, key, (key,), part, n, group, reason=_SPLIT)
        else:
            add_binding(walk, program, written, tuple(keys) if len(keys) > 1 else (), meaning, n, group, reason=reason)
    return True


def group_of(walk: Walk) -> str:
    """The group a block of keys is in: its heading, less a last word saying it lists keys ("Main View Keys")."""
    return _KEYS_WORD.sub("", walk.path[-1]).strip() if walk.path else ""


def add_binding(
    walk: Walk, program: str, name: str, keys: tuple[str, ...], meaning: str, line: int, group: str, *, reason: str
) -> None:
    """One binding's note; a key the notes bound before to something else names its group."""
    earlier = walk.notes.get(note_key(walk.deck, Kind.COMMAND, program, clean(name)))
    front = name
    if earlier is not None and earlier.back.casefold() != clean(meaning).casefold():
        if not group:
            walk.warn(line, _(
                "line {line}: '{key}' was given another meaning earlier, and no heading tells the two apart; "
                "no card made from it"
            ).format(line=line, key=name))
            return
        front = f"{name} ({group})"
    walk.add(Kind.COMMAND, term=front, front=front, back=meaning, command=program, line=line,
             answers=tuple(dict.fromkeys((name, *keys))) if front != name or keys else (), reason=reason)
