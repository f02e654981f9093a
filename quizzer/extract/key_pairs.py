"""Editor keys written together on one line, each with its own meaning (pure).

Notes about an editor or a pager often pair keys that do opposite things and
split the meaning the same way::

    * `o`/`O` opens a line after/before the cursor line
    * `gt`/`gc`/`gb` go to top/center/bottom of screen
    * `n`, `N` 다음/이전 결과로 이동

Each key is its own fact: ``o`` → "opens a line after the cursor line", ``O`` →
"opens a line before the cursor line".  The meaning is split at its one group
of slash-joined alternatives that has as many parts as there are keys.  Keys
with no such group share one meaning (``h``, ``j``, ``k``, ``l`` move the
cursor): one note, each key a right answer.  Where the split is not clear
(two groups that could each be it, a group with another number of parts) the
line becomes a warning, never a card joining two facts.

Two keys told one after the other on one line (`` `/` searches forward, and `?`
backwards ``) are two notes too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract import key_shares
from quizzer.extract.blocks import Inline, Span
from quizzer.extract.knowledge import KEY_NAMES, PROGRAMS, is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["add_keys", "also_pressed", "among_keys", "head", "in_turn", "is_key", "leads", "read", "read_cell", "read_single", "split_keys", "split_meaning"]

# what joins keys written together: `a`/`b`, `a`, `b`, `a`|`b`, `a` or `b`
_JOINER = lazyre.pattern(r"^\s*(?:/|,|\||or)\s*$")
# a key as notes write it: short printable text ("gg", "A-.", "%"), vim's <names> ("<esc>", "<n>gg",
# "\"<reg>"), an ex command (":q(uit)!", ":write-quit"), a leader chord ("space-Y")
_SHORT = lazyre.pattern(r"[\x21-\x7e]{1,4}")
_ANGLE = lazyre.pattern(r"[\x21-\x7e]{0,3}(?:<[A-Za-z][\w-]{0,10}>[\x21-\x7e]{0,3}){1,3}")
_EX = lazyre.pattern(r":[\x21-\x7e]{1,20}")
# a search typed with its pattern: "/pattern", "?word", "&pattern" (a second slash makes it a path)
_SEARCH = lazyre.pattern(r"[/?&][^\s/]{1,20}")
# "Leader Key: Space" names the leader key (a setting), it is no key pressed after the leader
_LEADER = lazyre.pattern(r"(?:space|spc|leader|<leader>)[-+ ](?!keys?$)[\x21-\x7e]{1,3}", re.IGNORECASE)
# a function key the notes made their prefix, then the key pressed after it: "F5 c", "F12 %"
_FUNCTION_THEN = lazyre.pattern(r"F(?:[1-9]|1[0-9]|2[0-4]) [\x21-\x7e]")
_NAMED = lazyre.pattern(r"([A-Za-z][A-Za-z0-9]*)(?:[-+][\x21-\x7e]{1,3})?")
_PLACEHOLDER = lazyre.pattern(r"<[A-Za-z][\w-]*>|\[[A-Za-z][\w-]*\]|\{[A-Za-z][\w-]*\}")
# a chord written in parts: a modifier, "+", a key
_PLUS = lazyre.pattern(r"^\s*\+\s*$")
_SHORT_KEY = lazyre.pattern(r"[\x21-\x7e]|[A-Za-z][a-z]{1,5}|[←→↑↓“”]")  # "d", ":", "arrow", "space", "→"
_MODIFIER = lazyre.pattern(r"ctrl|control|alt|option|opt|shift|meta|cmd|command|super|win|prefix|leader|[CMAS]", re.IGNORECASE)
# keys pressed in turn: "`Ctrl-w` then `j`", "`Ctrl-b` 누른 후 `c`"
_THEN_PRESS = lazyre.pattern(r"^\s*(then|and then|followed by|누른\s*후|누르고|후)\s*$", re.IGNORECASE)
_IN_TURN = lazyre.pattern(r"\s+(?:then|and then|followed by|누른\s*후|누르고|후)\s+", re.IGNORECASE)
# what may stand between the keys and their meaning
_SEPARATOR = lazyre.pattern(r"^\s*(?:[:：=]|->|=>|→|[-–—](?=\s))?\s*")
# a group of alternatives: words (or signs) joined by slashes, outside parentheses
_GROUP = lazyre.pattern(r"[^\s/()\[\]\0]+(?:[ \t]*/[ \t]*[^\s/()\[\]\0]+)+")
_SLASH = lazyre.pattern(r"[ \t]*/[ \t]*")
_PARENS = lazyre.pattern(r"\([^()]*\)|\[[^\[\]]*\]")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_ACTIONS = lazyre.pattern(r"\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)  # "create a window, close a pane"
# "…, and `?` to search backwards": what stands before a second key told on the same line
_THEN = lazyre.pattern(r"(?:[,;]\s*(?:and\s+|or\s+|그리고\s+)?|\s+and\s+)$", re.IGNORECASE)

_CONJUNCTIONS = frozenset({"and/or", "및/또는", "그리고/또는"})

# what joins keys written in one table cell: "o / O", "gg, G", "n | N", "j/k"
_CELL_JOIN = lazyre.pattern(r"\s+(?:/|\||or)\s+|\s*,\s+|\s*\|\s*")
_TABLE = "key table row"
_SPLIT = "keys written together, each with its part of the meaning"
_SHARED = "keys that do the same, then what they do"
_TOLD = "two keys told one after the other on one line"
_SINGLE = "`key: meaning` line"
_PREFIXED = "keys pressed after one prefix, then what they do"


# "next window (F5 l too)", "delete the line (also D)": another key that does the same, in brackets at the end
_ALSO = lazyre.pattern(r"\s*\((?:also\s+(?P<first>[^()]{1,12}?)|(?P<last>[^()]{1,12}?)\s+(?:too|also))\)\s*$", re.IGNORECASE)


def also_pressed(meaning: str) -> tuple[str, tuple[str, ...]]:
    """``next window (F5 l too)`` → ``("next window", ("F5 l",))``: the meaning without the other key said in brackets
    at its end to do the same, and that key; the meaning as it is, and none, when the brackets hold no key."""
    match = _ALSO.search(meaning)
    if match is None:
        return meaning, ()
    key = (match.group("first") or match.group("last")).strip()
    if not is_key(key):
        return meaning, ()
    return meaning[: match.start()].rstrip(), (key,)


def is_key(text: str, *, program_ok: bool = False) -> bool:
    """``gg``, ``C-b``, ``<esc>``, ``:q(uit)!``, ``PageUp``, ``space-Y``: a key of an editor, not a word.

    A program's name (``gh``, ``ls``) is a key only where ``program_ok`` (written beside other keys)."""
    word = text.strip()
    if not word or word.startswith("-") and word != "-" or not program_ok and word in PROGRAMS:
        return False
    if " " in word:
        return is_key_chord(word) or bool(_LEADER.fullmatch(word)) or bool(_FUNCTION_THEN.fullmatch(word))
    if _SHORT.fullmatch(word) or _ANGLE.fullmatch(word) or _EX.fullmatch(word) or _LEADER.fullmatch(word) \
            or _SEARCH.fullmatch(word):
        return True
    if is_key_chord(word):
        return True
    named = _NAMED.fullmatch(word)
    return named is not None and named.group(1).casefold() in KEY_NAMES


def in_turn(text: str) -> bool:
    """``gg shift+v+g``, ``ctrl+w v``: keys written as plain words, pressed one after the other, one of them a chord
    (``h j k l``, with none, lists keys that each do their own part; ``C-x 8 ' e`` is :func:`is_key_sequence`).  A
    key beside the chords is short and no word (``Ctrl+A then k.`` is a sentence)."""
    parts = text.split()
    return 1 < len(parts) <= 5 and any(is_key_chord(part) and ("+" in part or "-" in part) for part in parts) and all(
        is_key_chord(part) or _IN_TURN_KEY.fullmatch(part) is not None and (len(part) == 1 or part[-1] not in ".,;:")
        for part in parts)


# a key pressed before or after a chord, written plainly: "gg", "G", "y", "%" (one sign alone, "." too), not a word
# ("then", "and") nor a key ending a sentence ("k.")
_IN_TURN_KEY = lazyre.pattern(r"[\x21-\x7e]|(?![A-Za-z]{3})[\x21-\x7e]{2,3}")


# a line that starts with a key in code: "- `gg` - top", "`dd` : cut", "  * `q` quit"
_KEY_LINE = lazyre.pattern(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?`([^`]+)`")


def among_keys(walk: Walk, key: str, line: int) -> bool:
    """``gh`` on "`gh` - cd ~" between "`gg` - top" and "`ge` - cd /etc" in notes about ranger: a program's
    name (GitHub's CLI) written where the lines on either side start with keys of the notes' program is
    one of those keys.  Alone, or beside lines of other shapes, it stays the program (``du``: a command)."""
    if key not in PROGRAMS or key == walk.key_program() or not is_key(key, program_ok=True):
        return False
    beside = 0
    for other in (line - 1, line + 1):
        if not 1 <= other <= len(walk.source):
            continue
        match = _KEY_LINE.match(walk.source[other - 1])
        if match is not None and is_key(match.group(1)):
            beside += 1
    return beside == 2 or beside == 1 and (line - 1 < 1 or line + 1 > len(walk.source))


def _all_keys(keys: Sequence[str]) -> bool:
    """Every one a key; a program's name among them (`gh`/`gl`) is one of the keys beside it."""
    return all(_key_like(key, program_ok=len(keys) > 1) for key in keys) and any(_key_like(key) for key in keys)


def head(spans: Sequence[Span]) -> tuple[list[str], int, bool]:
    """The keys a line starts with, the index of the first span after them, and whether a key was
    written in parts (`` `Ctrl` + `f` ``, `` `C-w` then `j` ``).  Keys in bold count where there
    are several (``**yy** / **p**``)."""
    kind = spans[0].kind if spans and spans[0].kind in ("code", "strong") else None
    keys: list[str] = []
    index = 0
    parts = False
    while kind is not None and index < len(spans) and spans[index].kind == kind:
        key = spans[index].text.strip()
        # "`Ctrl` + `f`", "<kbd>Ctrl</kbd>+<kbd>b</kbd>": one chord written in parts
        # "<kbd>d</kbd> + <kbd>d</kbd>", "`g` + `c`": keys written with "+" between them are one binding too,
        # pressed in turn (dd, gc), not two facts
        while (
            index + 2 < len(spans) and spans[index + 2].kind == kind and _PLUS.match(spans[index + 1].text)
            and (
                _MODIFIER.fullmatch(key.split("+")[-1].strip())
                or kind == "code" and _SHORT_KEY.fullmatch(key.split("+")[-1].strip()) is not None
                and _SHORT_KEY.fullmatch(spans[index + 2].text.strip()) is not None
            )
        ):
            key = f"{key}+{spans[index + 2].text.strip()}"
            index += 2
            parts = True
        then = _THEN_PRESS.match(spans[index + 1].text) if index + 2 < len(spans) and spans[index + 2].kind == kind else None
        if then is not None:
            # "`Ctrl + w` then `h/j/k/l`": keys pressed in turn, one key as the notes write it
            keys.append(f"{key} {then.group(1)} {spans[index + 2].text.strip()}")
            return keys, index + 3, True
        keys.append(key)
        if index + 2 < len(spans) and spans[index + 2].kind == kind and _JOINER.match(spans[index + 1].text):
            index += 2
            continue
        index += 1
        break
    if kind == "strong" and len(keys) < 2:
        return [], 0, False  # "**dd** : 줄 삭제": the `term: description` reading has it
    return keys, index, parts


def _masked(spans: Sequence[Span]) -> tuple[str, str]:
    """The spans' text, and the same text with code spans blanked (their slashes are no alternatives)."""
    text = "".join(span.text for span in spans)
    masked = "".join("\0" * len(span.text) if span.kind == "code" else span.text for span in spans)
    return text, masked


def _alternatives(group: str) -> bool:
    """``after/before``, ``←/↓/↑/→``: alternatives; ``and/or``, ``및/또는`` join, they offer no choice."""
    return group.casefold().replace(" ", "") not in _CONJUNCTIONS


def _doubled(text: str) -> bool:
    words = text.casefold().split()
    return any(a == b for a, b in zip(words, words[1:]))


def _shared_word(before: str, after: str) -> bool:
    """The same word right before and right after the alternatives ("실행 취소 / 다시 실행"): each side is a
    phrase of its own, or every part would hold that word twice."""
    last, first = before.split()[-1:], after.split()[:1]
    return bool(last) and last == first


def split_meaning(count: int, text: str, masked: str | None = None) -> list[str] | None:
    """``count`` meanings of ``text``, one per key, or None when the split is not clear.

    ``go to top/center/bottom of screen`` with 3 keys → ``go to top of screen``, ``go to center of
    screen``, ``go to bottom of screen``; ``quits / force quits`` with 2 → ``quits``, ``force quits``.
    ``masked`` is ``text`` with the parts that cannot hold alternatives (code spans) blanked.
    """
    masked = text if masked is None else masked
    outside = _PARENS.sub(lambda m: "\0" * len(m.group(0)), masked)  # "(same for both / and ?)": an aside
    groups = [m for m in _GROUP.finditer(outside) if _alternatives(m.group(0))]
    fitting = [m for m in groups if len(_SLASH.split(m.group(0))) == count]
    if len(fitting) != 1:
        return None
    group = fitting[0]
    parts = _SLASH.split(text[group.start() : group.end()])
    before, after = text[: group.start()], text[group.end() :]
    meanings = [clean(f"{before}{part}{after}") for part in parts]
    if count == 2 and (any(_doubled(m) for m in meanings) or _shared_word(before, after)) and len(_SLASH.findall(group.group(0))) == 1:
        # "quits / force quits", "next word/previous word", "실행 취소 / 다시 실행" (the word right before and
        # right after the alternatives is the same): the alternatives are the phrases either side
        slash = _SLASH.search(text, group.start())
        assert slash is not None
        meanings = [clean(text[: slash.start()]), clean(text[slash.end() :])]
    if any(not _WORDY.search(m) or _doubled(m) for m in meanings) or len(set(meanings)) != count:
        return None
    return meanings


def _bare(key: str) -> str:
    return _PLACEHOLDER.sub("", key)


def _after_one_prefix(keys: Sequence[str], description: str) -> bool:
    """``CTRL-W left, right, up, down``, ``Ctrl-b n, p``: the first key is a prefix and a key, the others a key
    each written without the prefix they share, and the description one meaning ("next and previous window",
    "move to the window at the left, below"), not an action for each ("create a window, close a pane": the split
    rule's, which warns when it cannot tell the keys' parts apart)."""
    head = keys[0].split()
    prefix = " ".join(head[:-1])
    actions = [part for part in _ACTIONS.split(_PARENS.sub("", description)) if len(part.split()) > 1]
    return (
        len(head) > 1 and not prefix.endswith(("+", "-")) and is_key(prefix)  # "Ctrl + h, j": one chord's keys
        and all(len(key.split()) == 1 and not is_key_chord(key) for key in keys[1:])
        and len(actions) < 2
    )


def add_keys(walk: Walk, keys: Sequence[str], text: str, line: int, *, masked: str | None = None) -> bool:
    """Notes for ``keys`` written together and what ``text`` says they do; False if they are no keys."""
    program = walk.key_program(keys[0]) if keys else None
    description = clean(text)
    if program is None or len(keys) < 2 or not _all_keys(keys) or not _WORDY.search(description):
        return False
    if _after_one_prefix(keys, description):
        # "CTRL-W left, right, up, down": the prefix is pressed before each; the keys are "CTRL-W right" and so
        # on, not "right" alone: the row as written is its key, and its meaning is the whole text
        named = ", ".join(keys)
        walk.add(Kind.COMMAND, term=named, front=named, back=description, command=program, line=line,
                 answers=(named,), reason=_PREFIXED)
        return True
    if split_keys(walk, keys, text, line, program=program, masked=masked):
        return True
    # "`h`, `j`, `k`, `l` move the cursor": one meaning, each key a right answer
    named = ", ".join(keys)
    walk.add(Kind.COMMAND, term=named, front=named, back=description, command=program, line=line,
             answers=tuple(keys), reason=_SHARED)
    return True


def split_keys(
    walk: Walk, keys: Sequence[str], text: str, line: int, *, program: str | None, masked: str | None = None
) -> bool:
    """A note for each of ``keys`` with its own part of ``text`` (or a warning when the parts are not
    clear); False when ``text`` has no alternatives at all, so the keys share it."""
    outside = _PARENS.sub("", masked if masked is not None else text)
    if len(keys) < 2:
        return False
    if not any(_alternatives(m.group(0)) for m in _GROUP.finditer(outside)):
        shares = key_shares.split(len(keys), text)  # "undo, redo the last change": comma-separated parts
        if shares is None:
            return False
        meanings = None if isinstance(shares, str) else shares  # UNCLEAR: warned below
    else:
        meanings = split_meaning(len(keys), text, masked)
    if meanings is None:
        key_shares.warn_unclear(walk, line, keys)
        return True
    for key, meaning in zip(keys, meanings):
        bare = _bare(key)
        if bare != key and bare in keys:
            # "`gg`/`<n>gg`/`ge`": "<n>gg" is "gg" with a count, the same key; one card would hold both
            walk.warn(line, _(
                "line {line}: '{key}' is the key '{bare}' with a count in front; not made a card of its own"
            ).format(line=line, key=key, bare=bare))
            continue
        walk.add(Kind.COMMAND, term=key, front=key, back=meaning, command=program, line=line,
                 answers=(key,), reason=_SPLIT)
    return True


def leads(walk: Walk, inline: Inline) -> bool:
    """Does the line start with keys of the notes' editor, a meaning after them?"""
    spans = inline.spans
    if len(spans) < 2 or spans[0].kind != "code" or walk.key_program() is None:
        return False
    keys, index, _parts = head(spans)
    return bool(keys) and index < len(spans) and spans[index].kind == "text" and _all_keys(keys)


@needs(Fact.KEY_FIRST, Fact.NO_BREAK)
def read(walk: Walk, inline: Inline, line: int) -> bool:
    """A line of an editor's notes that starts with keys: their notes; False if it is not one."""
    spans = inline.spans
    if not spans or spans[0].kind not in ("code", "strong") or "\n" in inline.raw or walk.key_program() is None:
        return False
    keys, index, parts = head(spans)
    rest = list(spans[index:])
    if not keys or not rest:
        return False
    gap = _SEPARATOR.match(rest[0].text) if rest[0].kind == "text" else None
    if gap is None:
        return False
    if not _all_keys(keys) and not _key_like(keys[0]):
        return False
    # said only if no rule makes a note of the line: a key's line is never dropped silently (nor one whose
    # later keys are not read as keys: "ctrl + b, `:resize-pane -R 10` : resize")
    walk.unless_read(line, _(
        "line {line}: starts with the key {key} but was not read as what it does; no card made from it"
    ).format(line=line, key=keys[0]))
    if not _all_keys(keys):
        return False
    rest[0] = Span("text", rest[0].text[gap.end() :])
    told = _second_key(rest)
    if told is not None and len(keys) == 1:
        (first, second, meaning) = told
        if _WORDY.search(first) and _WORDY.search(meaning):
            walk.add_key(keys[0], first, line, reason=_TOLD)
            walk.add_key(second[0], meaning, line, reason=_TOLD)
            return True
    text, masked = _masked(rest)
    # "<kbd>space</kbd> + <kbd>w</kbd> : `:w`": a key mapped to an ex command, which is what it does
    if len(keys) == 1 and parts and (_WORDY.search(text) or rest[-1].kind == "code" and _EX.fullmatch(clean(text))):
        return walk.add_key(keys[0], clean(text), line, reason=_SINGLE)  # "`Ctrl` + `f` : 한 화면 아래로"
    if len(keys) < 2:
        return False
    return add_keys(walk, keys, text, line, masked=masked)


def _key_like(key: str, *, program_ok: bool = False) -> bool:
    """``gg``; ``Ctrl+f``; ``Ctrl + w then h/j/k/l`` (each part a key, or keys to choose from)."""
    if is_key(key, program_ok=program_ok):
        return True
    pieces = [p for p in _IN_TURN.split(key) if p]
    if len(pieces) == 1:
        pieces = key.split("+")
        if len(pieces) > 1 and all(_SHORT_KEY.fullmatch(p.strip()) for p in pieces):
            return True  # "b+v+e", "d+→": keys pressed in turn, as head() joins them
        return len(pieces) > 1 and bool(_MODIFIER.fullmatch(pieces[0].strip())) and all(is_key(p) for p in pieces[1:])
    return all(_key_like(p) or "/" in p and all(is_key(k) for k in p.split("/") if k) for p in pieces)


def _second_key(rest: Sequence[Span]) -> tuple[str, tuple[str], str] | None:
    """``to search forward, and `?` to search backwards``: the first meaning, the second key, its meaning."""
    for n in range(1, len(rest) - 1):
        span, before = rest[n], rest[n - 1]
        if span.kind != "code" or before.kind != "text" or not is_key(span.text):
            continue
        then = _THEN.search(before.text)
        after = "".join(s.text for s in rest[n + 1 :])
        if then is None or any(s.kind == "code" for s in rest[n + 1 :]):
            return None
        first = clean("".join(s.text for s in rest[: n - 1]) + before.text[: then.start()])
        return first, (span.text.strip(),), clean(after)
    return None


def read_single(walk: Walk, inline: Inline, line: int) -> bool:
    """`` `y` yanks (copies) the selection``, `` `:` enters command mode``: one key and a meaning that the
    ``term: description`` reading turned down (a parenthesis or a slash in its first words)."""
    spans = inline.spans
    if len(spans) != 2 or spans[0].kind != "code" or spans[1].kind != "text" or "\n" in inline.raw:
        return False
    key = spans[0].text.strip()
    if walk.key_program() is None or not is_key(key):
        return False
    gap = _SEPARATOR.match(spans[1].text)
    meaning = clean(spans[1].text[gap.end() :]) if gap and gap.end() else ""
    if not _WORDY.match(meaning):
        return False  # "`x`y": no space, no meaning after the key
    return walk.add_key(key, meaning, line, reason=_SINGLE)


def read_cell(walk: Walk, term: str, meaning: str, line: int) -> bool:
    """A table row of an editor's notes whose first cell is a key (``u``) or keys written together
    (``o / O``, ``j/k``): their notes, as in a list; False if the cell holds no keys."""
    if walk.key_program() is None:
        return False
    if is_key_chord(term) and "/" not in term:
        return walk.add_key(term, meaning, line, reason=_TABLE)  # "ctrl + b, d": one chord, pressed in turn
    keys = [part.strip() for part in _CELL_JOIN.split(term)]
    if len(keys) == 1 and "/" in term:
        keys = term.split("/")  # "j/k": an empty part ("/", ":s/a/b/") is a key with a slash in it
    if len(keys) > 1 and all(keys) and _all_keys(keys):
        return add_keys(walk, keys, meaning, line)
    return is_key(term) and walk.add_key(term, meaning, line, reason=_TABLE)
