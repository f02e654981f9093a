"""Deciding: every note the rules found passes here before it is kept (pure).

The rules find pairs (a term and what the notes say of it) by the shape of the
document; this stage asks of each pair whether it is one fact a person should
learn.  A pair that is not sure to be one (a side that is a label or a lead-in,
a clause cut at a colon, a value with no words, an argument of the command
above, another usage given as the meaning, the installation of the tool the
notes are about) is not made a card: it becomes a warning with its line and
why, so a person can see it and write the card by hand if they want it.

Nothing here knows a document: the signals are the words and shapes of the
sides, and the data in ``knowledge.py``.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import operator
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, fields
from itertools import accumulate
from typing import Any

from quizzer import lazyre
from quizzer.extract.knowledge import (
    COMMAND_NOUN_KO,
    INSTALLERS, INTERACTIVE_COMMANDS, KEY_PROGRAMS, LIKE_WHAT_FOLLOWS_EN, PROGRAMS, heading_program, names_pattern, installs, is_key_chord, is_label,
    is_label_phrase, is_list_title, is_marker, is_tags_line, names_system, says_variant,
)
from dataclasses import replace

from quizzer.extract.gate import (
    ABOVE_BLOCK, ABOVE_BLOCK_AND_COMMENT, BACKGROUNDED, COMMENT_ABOVE, DATA_LINE, FILE_LISTED, KEY_TERM, MENU_PATH, SEVERAL_LINES, SUPPLIED_DASHES, TASK_TERM, TYPED_BACK, key_among_keys, key_tally, keyed_shapes, shape_doubt,
    unrooted,
)
from quizzer.extract.incremental import Sources
from quizzer.extract.label_commands import label_commands, typed_in_prose
from quizzer.extract.model import ExtractWarning, Kind, NoteDraft, note_key
from quizzer.extract.taken_keys import TAKEN_KEY
from quizzer.extract.over_block import (
    CONTINUED, EXAMPLE_NAMED, HEDGED, MISSPELT, MOVES_FIRST, POINTS_BACK, PROBLEM_NAMED, SCOPE_NAMED, SETTING_LEFT,
)
from quizzer.extract.sentences import ends_in_colon
from quizzer.extract.signals import usage_words
from quizzer.i18n import _
from quizzer.shell import concrete, hides_korean_words, is_placeholder, looks_like_command, parse_invocation, tokenize
from quizzer.text import HANGUL

__all__ = ["Doubt", "decide", "term_doubt"]


class Doubt:
    """Why a pair is not made a card: each a whole sentence for the warning."""

    LABEL = "label"
    CLAUSE = "clause"
    VALUE = "value"
    ARGUMENT = "argument"
    USAGE = "usage"
    INSTALL = "install"
    JOINED = "joined"
    ECHO = "echo"
    COMMAND_BACK = "command_back"
    REPEATED = "repeated"
    FORMS = "forms"
    LINK = "link"
    KEY_TERM = KEY_TERM
    DATA_LINE = DATA_LINE
    SEVERAL_LINES = SEVERAL_LINES
    SUPPLIED_DASHES = SUPPLIED_DASHES
    FILE_LISTED = FILE_LISTED
    TASK_TERM = TASK_TERM
    TYPED_BACK = TYPED_BACK
    HOW_TO = "how_to"
    SAYS_NOTHING = "says_nothing"
    KEY_SEQUENCE = "key_sequence"
    LINKED_BACK = "linked_back"
    MENU_PATH = MENU_PATH
    BACKGROUNDED = BACKGROUNDED
    CONTINUED = CONTINUED
    EXAMPLE_NAMED = EXAMPLE_NAMED
    MOVES_FIRST = MOVES_FIRST
    MISSPELT = MISSPELT
    SETTING_LEFT = SETTING_LEFT
    HEDGED = HEDGED
    POINTS_BACK = POINTS_BACK
    PROBLEM_NAMED = PROBLEM_NAMED
    SCOPE_NAMED = SCOPE_NAMED
    THREE_DASHES = "three_dashes"
    TAKEN_KEY = TAKEN_KEY


def _message(doubt: str) -> str:
    return {
        Doubt.LABEL: _("line {line}: '{front}' → '{back}' has a side that only introduces what follows; not made a card"),
        Doubt.CLAUSE: _("line {line}: '{front}' is part of a sentence, not a term; not made a card"),
        Doubt.VALUE: _("line {line}: '{back}' is a value, not what '{front}' means; not made a card"),
        Doubt.TAKEN_KEY: _(
            "line {line}: the notes list '{front}' among keys other programs use, not as what it does here; "
            "not made a card"
        ),
        Doubt.THREE_DASHES: _(
            "line {line}: '{front}' writes an option with three dashes, a slip no program reads; not made a card"
        ),
        Doubt.ARGUMENT: _(
            "line {line}: '{front}' is an argument of the command line above it, not a term of its own; "
            "not made a card"
        ),
        Doubt.USAGE: _("line {line}: '{back}' is another way to run '{front}', not what it does; not made a card"),
        Doubt.INSTALL: _("line {line}: '{front}' installs the program the notes are about; not made a card"),
        Doubt.ECHO: _("line {line}: '{back}' only repeats a word of '{front}', it does not say what it does; not made a card"),
        Doubt.JOINED: _("line {line}: '{front}' joins two commands with a slash; not made a card (write one line for each)"),
        Doubt.REPEATED: _(
            "line {line}: '{back}' is a usage of '{front}', whose card the heading above already makes; "
            "not made a second card"
        ),
        Doubt.FORMS: _(
            "line {line}: '{back}' is one of a list of forms or keys, not a step of '{front}'; not made a card"
        ),
        Doubt.LINK: _(
            "line {line}: '{front}' is the text of a link, a page to read rather than a term; not made a card"
        ),
        Doubt.SUPPLIED_DASHES: _(
            "line {line}: the notes write '{front}' without its dashes (perhaps a value of the option above); "
            "not made a card"
        ),
        Doubt.DATA_LINE: _(
            "line {line}: '{front}' is a line of a file or a setting, not a command to run; not made a card"
        ),
        Doubt.SEVERAL_LINES: _(
            "line {line}: no card was made for '{front}' because the text above it says several things and it is "
            "not clear which of them it does"
        ),
        Doubt.KEY_TERM: _("line {line}: '{front}' is a key or a list of keys, not a term; not made a card"),
        Doubt.FILE_LISTED: _(
            "line {line}: '{front}' names a file or folder, not a command to run; not made a card"
        ),
        Doubt.TYPED_BACK: _(
            "line {line}: '{back}' is what to type, not what '{front}' means; which card the notes mean is not sure, "
            "not made a card"
        ),
        Doubt.TASK_TERM: _(
            "line {line}: '{front}' says what to do, not a term that '{back}' defines; not made a card"
        ),
        Doubt.HOW_TO: _(
            "line {line}: '{back}' says what to do, not what '{front}' is; not made a card"
        ),
        Doubt.SAYS_NOTHING: _(
            "line {line}: '{back}' only says that '{front}' is run, not what it does; not made a card"
        ),
        Doubt.KEY_SEQUENCE: _(
            "line {line}: '{back}' tells of more keys pressed after '{front}', a sequence rather than what "
            "'{front}' does; not made a card"
        ),
        Doubt.LINKED_BACK: _(
            "line {line}: '{back}' is the text of a link, the title of a page rather than what '{front}' means; "
            "not made a card"
        ),
        Doubt.MENU_PATH: _(
            "line {line}: '{back}' says where to click in an app's menus, not what '{front}' is or does; "
            "not made a card"
        ),
        Doubt.BACKGROUNDED: _(
            "line {line}: the line starts '{front}' in the background and runs other commands after it; the text "
            "above says what the whole line does, not what '{front}' does; not made a card"
        ),
        Doubt.CONTINUED: _(
            "line {line}: '{back}' goes on from the sentence before it, so what '{front}' does is not sure; "
            "not made a card"
        ),
        Doubt.EXAMPLE_NAMED: _(
            "line {line}: '{back}' says what the lines below are, not what '{front}' does; not made a card"
        ),
        Doubt.MISSPELT: _(
            "line {line}: '{front}' runs a program one letter off the one its heading names; which spelling is right "
            "is not sure, not made a card"
        ),
        Doubt.MOVES_FIRST: _(
            "line {line}: '{back}' only says to go to a directory first, not what '{front}' does; not made a card"
        ),
        Doubt.SETTING_LEFT: _(
            "line {line}: '{back}' tells of a setting written before '{front}' that the card would leave out; "
            "not made a card"
        ),
        Doubt.HEDGED: _(
            "line {line}: '{back}' says its author is not sure of it; not made a card for '{front}'"
        ),
        Doubt.POINTS_BACK: _(
            "line {line}: '{back}' points to a part of the notes above, where what '{front}' does is said; "
            "not made a card"
        ),
        Doubt.PROBLEM_NAMED: _(
            "line {line}: '{back}' names a problem the lines deal with, not what '{front}' does; not made a card"
        ),
        Doubt.SCOPE_NAMED: _(
            "line {line}: '{back}' only says where the lines apply, not what '{front}' does; not made a card"
        ),
        Doubt.COMMAND_BACK: _(
            "line {line}: '{back}' is a command line and '{front}' what it does, not a term and its meaning; "
            "not made a card"
        ),
    }[doubt]


# a word ending in an object or topic particle, or a phrase ending in a place/case word: a clause
_HANGUL_WORD = f"[{HANGUL}]"
_OBJECT = lazyre.pattern(rf"{_HANGUL_WORD}(?:을|를)(?:\s|$)")
_TOPIC = lazyre.pattern(rf"{_HANGUL_WORD}{{2,}}(?:은|는)\s")
_CLAUSE_END = lazyre.pattern(rf"{_HANGUL_WORD}(?:에|에서|으로|경우|때)\s*$")
_INNER_CLAUSE = lazyre.pattern(rf"{_HANGUL_WORD}(?:에서|으로|에게)\s")
_PROMPT = lazyre.pattern(r"^[$#>]\s")
# a value: no word of two letters or more in it ("4.3.3", ".tgz", "2774")
_WORD = lazyre.pattern(rf"[A-Za-z{HANGUL}]{{2,}}")


def term_doubt(term: str, definition: str) -> str | None:
    """Why ``term: definition`` is not a term and its definition (None when it is)."""
    if (
        is_label(term) or is_marker(term) or is_label_phrase(term) or is_tags_line(term, definition) or is_label(definition)
        or ends_in_colon(definition)
    ):
        return Doubt.LABEL
    if term.casefold() in _DEFAULT_CASE:
        return Doubt.LABEL  # "default: … 반환" beside "`--node=…`: …": the case without the option, no term
    if _PROMPT.match(term) or _CIRCUMSTANCE.match(term) or _SUBJECT_VERB.match(term):
        return Doubt.CLAUSE
    korean = not term.isascii()  # what the clause patterns below need: a Korean letter (most terms have none)
    if korean and (_OBJECT.search(term) or _TOPIC.search(f"{term} ") or _CLAUSE_END.search(term)):
        return Doubt.CLAUSE
    if korean and _INNER_CLAUSE.search(term) and len(term.split()) >= 4:
        return Doubt.CLAUSE  # "명령 모드에서 :으로 진입 후 화면 하단에 뜨는": a sentence the colon cut, not a term
    if " " not in definition.strip() and (not _WORD.search(definition) or not definition[:1].isalpha()):
        return Doubt.VALUE
    if _WEB_ADDRESS.fullmatch(definition.strip().strip("<>`")):
        return Doubt.VALUE  # "설치: github.com/pyenv", "Docs: www.example.org": where to read or fetch it, a value
    if definition[:1].isdigit() and all(_QUANTITY.fullmatch(part.strip()) for part in definition.split(",")):
        return Doubt.VALUE  # "Disk /dev/sdb: 7.28 TiB, 8001528266752 bytes": what a program printed, sizes
    if _NAMES_LISTED.fullmatch(definition.strip()) and not _initials_of(term, definition):
        return Doubt.VALUE  # "상태 : LISTENING, ESTABLISHED, TIME WAIT": the values it takes, not what it is
    return None


# three names or more in capitals, listed: the values a field or state takes ("LISTENING, ESTABLISHED, TIME WAIT")
_NAME = r"[A-Z][A-Z0-9_]*(?: [A-Z0-9_]+)*"
_NAMES_LISTED = lazyre.pattern(rf"{_NAME}(?:\s*,\s*{_NAME}){{2,}}")


def _initials_of(term: str, names: str) -> bool:
    """``CRUD`` over ``CREATE, READ, UPDATE, DELETE``: the term is the names' initials, what it stands for."""
    return term.strip().upper() == "".join(name.strip()[:1] for name in names.split(","))


# "for ext4 as the root fs: …", "when the disk is full: …": the case an advice is for, a clause, not a term
_CIRCUMSTANCE = lazyre.pattern(r"^(?:for|when|if|before|after|while|once|in\s+case)\s+\S+\s+\S", re.IGNORECASE)
# "HTTPie follows a simple syntax: …", "Git has the notion of …": a subject, its verb and an object, a sentence
# the colon ends, not a term
_SUBJECT_VERB = lazyre.pattern(
    r"^`?[A-Za-z][\w.+-]*`?\s+(?:is|has|uses|follows|takes|accepts|expects|supports|provides|needs|offers)\s+"
    r"(?:a|an|the|its|their|this|these|some|two|three|several|many)\s+\S",
)
_HANGUL_CHAR = lazyre.pattern(f"[{HANGUL}]")
# an address written without its scheme: "www." and a host, or a host of a common top-level domain with a path
_WEB_ADDRESS = lazyre.pattern(
    r"(?:www\.[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|kr|jp|me|app|ai)(?=/))(?:/\S*)?",
    re.IGNORECASE,
)
_LETTER_LIST = lazyre.pattern(r"[a-z]{1,2}(?:\s*,\s*[a-z]{1,2})+")
_LIST_MARK = lazyre.pattern(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_SIDES = lazyre.pattern(r"\s+(?:->|=>|→|[-–—:：])\s+|\s*[:：]\s+")


def _among_chords(line: int, lines: Sequence[str]) -> bool:
    """Two of the three lines before or after ``line`` hold a key chord on a side of their own (``- cmd + t``,
    ``- ctrl + cmd + eject -> restart``): the notes list keys there."""
    near = [*lines[max(0, line - 4): line - 1], *lines[line: line + 3]]
    chords = sum(
        any(is_key_chord(side) for side in _SIDES.split(_LIST_MARK.sub("", text.strip()).strip("`* ")))
        for text in near
    )
    return chords >= 2
_DEFAULT_CASE = frozenset({"default", "기본값", "디폴트"})
_QUANTITY = lazyre.pattern(r"\d[\d.,]*\s*[A-Za-z%]{0,10}")  # "7.28 TiB", "15627984896 sectors", "100%"


def _usage_of(note: NoteDraft) -> bool:
    """``curl: curl --version``: the back is the same program run another way."""
    if note.command is None or "\n" in note.back:
        return False
    tokens = tokenize(note.back)
    if not 1 < len(tokens) <= 6 or _HANGUL_CHAR.search(note.back) or not any(t.startswith("-") for t in tokens):
        return False  # "find all files …", "rpm 버전 출력": words after the program's name, not a usage
    invocation = parse_invocation(note.back)
    return invocation is not None and invocation.command.split()[0] == note.command.split()[0]


_SLASHED_WORDS = lazyre.pattern(r"[a-z][a-z-]*(?:/[a-z][a-z-]*)+")


def _slash_joined(note: NoteDraft) -> bool:
    """``docker images/volumes prune``: two sub-commands in one front, two facts on one card."""
    tokens = tokenize(note.front)
    return len(tokens) > 1 and bool(_SLASHED_WORDS.fullmatch(tokens[1]))


def _installs(note: NoteDraft, program: str | None) -> bool:
    """``apt-get install screen`` in notes about screen, ``brew install fd`` under ``## fd``: installation, not a
    fact about the program."""
    if note.command is None or note.command.split(" ", 1)[0] not in INSTALLERS:
        return False
    heading = heading_program(note.section[-1]) if note.section else None
    return any(name is not None and installs(note.front, name) for name in (program, heading))


_MARKERS = lazyre.pattern(r"^\s*(?:[-*+>]|\d+[.)])?\s*`*\s*(?:\$\s+)?")
# "- `docker rmi name[:tag]`: 이미지 지우기": a command line in code and its gloss; the gloss's words are no
# arguments of the line
_CODE_GLOSSED = lazyre.pattern(r"^\s*(?:[-*+]|\d+[.)])?\s*`([^`]+)`\s*[:：]\s")


_FENCE_MARK = lazyre.pattern(r"\s{0,3}(```+|~~~+)")
_ATX_HEADING = lazyre.pattern(r"\s{0,3}#{1,6}\s+\S")


class _Arguments:
    """The arguments of the command lines among a document's lines, each line read once, then looked up by
    argument: most terms are no argument of any line above them, one look-up instead of ten lines read."""

    __slots__ = ("_lines", "_read", "_at", "_headings")

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._read = bytearray(len(lines))  # 1: the line's arguments are in _at
        self._at: dict[str, list[int]] = {}  # an argument → the lines that have it, in order
        self._headings: list[int] | None = None  # the lines that are ATX headings (outside fences), worked out once

    def above(self, term: str, line: int) -> bool:
        """``nodejsdocker - Name of the container …`` under ``docker run … --name nodejsdocker …``: a gloss
        of one argument of that example (one of the ten lines above line ``line``), not a term on its own."""
        length = len(self._lines)
        start, stop = min(max(0, line - 11), length), line - 1  # the lines [line - 11, line - 1) that are there
        if stop > length:
            stop = length
        elif stop < 0:  # (no note is on line 0; a slice would count this end from the last line)
            stop = max(stop + length, 0)
        if start >= stop:
            return False
        if term not in "\n".join(self._lines[start:stop]):
            return False  # an argument is a piece of its line as written: most terms are in none (no line read)
        headings = self._heading_lines()
        last = bisect_left(headings, stop) - 1
        if last >= 0 and headings[last] >= start:
            # "#### 브랜치의 종류" between "git pull origin main" and "- main : 제품으로 출시될 브랜치": a section of its
            # own, the term is no gloss of the line before the heading
            start = headings[last] + 1
            if start >= stop or term not in "\n".join(self._lines[start:stop]):
                return False
        unread = self._read.find(0, start, stop)
        if unread >= 0:
            self._index(unread, stop)
        at = self._at.get(term)
        if at is None:
            return False
        n = bisect_left(at, start)
        return n < len(at) and at[n] < stop

    def _heading_lines(self) -> list[int]:
        if self._headings is None:
            headings, fence = [], None
            for n, text in enumerate(self._lines):
                opened = _FENCE_MARK.match(text)
                if opened is not None and (fence is None or opened.group(1).startswith(fence)):
                    fence = opened.group(1)[:3] if fence is None else None
                elif fence is None and _ATX_HEADING.match(text):
                    headings.append(n)
            self._headings = headings
        return self._headings

    def _index(self, start: int, stop: int) -> None:
        read, at = self._read, self._at
        for n in range(start, stop):
            if read[n]:
                continue
            read[n] = 1
            glossed = _CODE_GLOSSED.match(self._lines[n])
            text = glossed[1].strip() if glossed else _MARKERS.sub("", self._lines[n]).strip().strip("`")
            if looks_like_command(text):
                for argument in set(tokenize(text)[1:]):
                    insort(at.setdefault(argument, []), n)


# where a one-word description that repeats the line is a topic, not a gloss: a comment over the line, a
# "Restart: kubectl rollout restart …" item (a comment after the line, "cat /proc/net/route  # Route", is its gloss)
_ECHO_REASONS = frozenset({COMMENT_ABOVE, "`description: command` line"})


def _echoes(note: NoteDraft) -> bool:
    """A one-word back that is a word of the front (of the line it types: '재시작' says what 'nginxd -s 재시작신호'
    does, its Korean value shown on the front is no word of the command)."""
    back = note.back.strip().rstrip(".").casefold()
    if " " in back or "\n" in back or len(back) <= 1:
        return False
    front = concrete(note.front) if hides_korean_words(note.front) else note.front
    return back in front.casefold()


_NAME_ITEM = lazyre.pattern(r"[\w.+-]+(?:\s[\w.+-]+)?")
_NOT_A_NAME_END = lazyre.pattern(r"^[^\w.]+|[^\w+]+$")


def _in_code(front: str, line: int, lines: Sequence[str]) -> bool:
    """``front`` is written in backticks on its line (``* `options`: …``): a name as written, not a label word."""
    return 1 <= line <= len(lines) and f"`{front}`" in lines[line - 1]


def _lists_itself(note: NoteDraft) -> bool:
    """A back that is a list of names, the front's program among them (``podman`` → ``docker, podman,
    buildah... 👋``): the tools the notes are about, not what the command does."""
    if note.back.count(",") < 2:
        return False
    items = [_NOT_A_NAME_END.sub("", item) for item in note.back.split(",")]  # "buildah... 👋": buildah
    program = note.front.split(" ", 1)[0].casefold()
    return (
        len(items) >= 3 and "\n" not in note.back
        and all(_NAME_ITEM.fullmatch(item) for item in items)
        and any(item.casefold() == program for item in items)
    )


def _names_itself(note: NoteDraft) -> bool:
    """A back that is the first words of its own front (``tool sub -x …`` → ``tool sub``)."""
    back = note.back.strip().split()
    front = note.front.split()
    return 0 < len(back) < len(front) and front[: len(back)] == back and "\n" not in note.back


# a back that says only that the line is run or typed: "명령어 실행", "입력", "run the command"
_SAYS_NOTHING = lazyre.pattern(
    rf"(?:(?:이|위|해당)\s*)?{COMMAND_NOUN_KO}\s*(?:를|을)?\s*(?:실행|입력|사용)\s*(?:하기|한다|함|해준다)?\.?"
    r"|(?:run|type|enter|execute|use)\s+(?:the|this)\s+command\.?"
    # "고고고 해보자", "직접 해 봅시다", "Let's try it!": an urging on, with no action named
    r"|(?:(?:고+|자|그럼|이제|한번|직접|같이|함께|실제로)\s*)*(?:해|따라\s*해)\s*(?:보자|봅시다|볼까요?)\s*[.!~]*"
    r"|(?:let's\s+)?(?:try\s+it(?:\s+out)?|give\s+it\s+a\s+try|let's\s+(?:go|try|do\s+it))\s*[.!]*",
    re.IGNORECASE,
)
# the back tells of another key pressed: "n 누르면 다음", "press N for the previous one"
_OTHER_KEYS = lazyre.pattern(r"(?:^|[\s,(])\S{1,6}\s*(?:을|를|키를)?\s*누르면|\bpress(?:ing)?\s+\S{1,6}\b", re.IGNORECASE)
# an instruction, not a definition: "… 하면 된다", "… 치면 됨" (it is enough to …)
_HOW_TO = lazyre.pattern(rf"{_HANGUL_WORD}(?:으)?면\s*(?:된다|됩니다|됨|돼요?)\s*\.?\s*$")
_HOW_TO_ENDS = ("된다", "됩니다", "됨", "돼", "돼요")


def _how_to(line: str) -> bool:
    """:data:`_HOW_TO` found in ``line``, looked for only when the line ends as it needs (most lines do not)."""
    return line.rstrip().rstrip(".").rstrip().endswith(_HOW_TO_ENDS) and _HOW_TO.search(line) is not None


_FENCE_LINE = lazyre.pattern(r"^\s*(?:`{3,}|~{3,})")
_FIELD_SPLIT = lazyre.pattern(r"[\s,=]+")


def _fenced_above(line: int, lines: Sequence[str]) -> Iterator[str]:
    """The lines of the code blocks among the 16 lines above ``line`` (1-based), nearest first: a block is
    told by its fence lines, counted from ``line`` up."""
    fenced = False
    for n in range(min(line - 2, len(lines) - 1), max(-1, line - 17), -1):
        text = lines[n]
        if _FENCE_LINE.match(text):
            fenced = not fenced
        elif fenced:
            yield text


def _field_above(front: str, line: int, lines: Sequence[str]) -> bool:
    """``/mnt/data`` or ``noatime`` glossed under a code block that holds them as fields of its lines
    (``UUID=… /mnt/data ext4 defaults,noatime 0 2``): the meaning of one field, not a command of its own."""
    if " " in front or len(front) < 2:
        return False
    return any(front in _FIELD_SPLIT.split(text.strip()) for text in _fenced_above(line, lines))


_SETTING_REASON = "setting of the file in the block above, glossed under it"


def _setting_above(front: str, line: int, lines: Sequence[str]) -> bool:
    """``bantime`` glossed under a code block that sets it (``bantime = 10m``, ``Port: 22``): a setting of
    that file, not a command."""
    if not _SETTING_NAME.fullmatch(front):
        return False
    return any(
        text.lstrip().startswith(front) and _SET.match(text.lstrip()[len(front):])
        for text in _fenced_above(line, lines)
    )


_SETTING_NAME = lazyre.pattern(r"[A-Za-z_][\w.-]*")
_SET = lazyre.pattern(r"\s*[=:]\s*\S")


def _as_setting(note: NoteDraft) -> NoteDraft:
    """``note`` (a command of nobody) as the concept it is: a setting and what it means."""
    deck = note.key.split("|", 1)[0]
    return replace(
        note, kind=Kind.CONCEPT, command=None, key=note_key(deck, Kind.CONCEPT, None, note.front),
        answers=(), reason=_SETTING_REASON,
    )


def _placeholder_above(front: str, line: int, lines: Sequence[str]) -> bool:
    """``awk program`` glossed under ``awk [OPTION][awk program][ARGUMENT]``: a slot of that usage line."""
    if " " not in front:
        return False  # one word ("file") is too common to tell
    slots = (f"[{front}]", f"<{front}>", f"{{{front}}}")
    return any(slot in text for text in lines[max(0, line - 11): line - 1] for slot in slots)


def _under_slot(heading: str, line: int, lines: Sequence[str], slots: _Slots) -> bool:
    """Is line ``line``, under ``heading``, glossing a value of a slot that heading names in a usage line written
    above the heading (``find [경로] [조건]`` / ``### 조건``)?  A usage line written under the heading
    (``## 컨테이너`` / ``- `docker exec -it <컨테이너> bash` ``) says nothing of the heading's other lines."""
    if not slots.above(heading, line):
        return False
    for n in range(line - 1, 0, -1):  # the heading's own line, when it is written with #'s
        text = lines[n - 1]
        if heading in text and _ATX_HEADING.match(text):
            return slots.above(heading, n)
    return True


_ATX_HEADING = lazyre.pattern(r" {0,3}#{1,6}[ \t]")
_THREE_DASHES = lazyre.pattern(r"(?:^|\s)---[A-Za-z]")


def _names_slot(text: str, heading: str) -> bool:
    """Is ``text`` a usage line with ``heading`` as one of its slots (``find [경로] [조건] [행동]``, ``조건``)?"""
    words = usage_words(text)
    slots = {f"[{heading}]", f"<{heading}>", f"{{{heading}}}"}
    return len(words) > 1 and looks_like_command(words[0]) and not slots.isdisjoint(words[1:])


class _Slots:
    """The slots (``[조건]``, ``<조건>``, ``{조건}``) written in a document's lines, found in one pass the first
    time one is asked for: a heading is looked up, not searched for in every line above each note under it."""

    __slots__ = ("_lines", "_at")

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._at: dict[str, set[int]] | None = None  # a slot's name → the (0-based) lines that write it

    def above(self, heading: str, line: int) -> bool:
        """``### 조건`` over ``name : 이름으로 검색``, under ``find [경로] [조건] [행동]``: the heading names a
        slot of a usage line above line ``line``, so the words glossed under it are values of that slot, not
        commands of their own."""
        if _BRACKETS.search(heading):  # a slot's name holds no bracket of its own: the lines are read one by one
            return any(heading in text and _names_slot(text, heading) for text in self._lines[: line - 1])
        if self._at is None:
            self._at = self._index()
        return any(n < line - 1 and _names_slot(self._lines[n], heading) for n in self._at.get(heading, ()))

    def _index(self) -> dict[str, set[int]]:
        """Each slot's name → the lines that write it: the patterns run over the whole text at once (none crosses
        a line), each place found is told its line by where the lines start."""
        starts = list(accumulate((len(text) + 1 for text in self._lines), initial=0))
        whole = "\n".join(self._lines)
        at: dict[str, set[int]] = {}
        for slot in _SLOTS:
            for match in slot.finditer(whole):
                at.setdefault(match.group(1), set()).add(bisect_right(starts, match.start()) - 1)
        return at


_BRACKETS = lazyre.pattern(r"[\[\]<>{}]")
# each kind apart, so that one written inside another of its kind or of another kind is still found
_SLOTS = (lazyre.pattern(r"\[([^\[\]\n]*)\]"), lazyre.pattern(r"<([^<>\n]*)>"), lazyre.pattern(r"\{([^{}\n]*)\}"))


# the first word of a back, when it is a plain lower-case word followed by more of the line
_BACK_HEAD = lazyre.pattern(r"^([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)[ \t]+\S")
# what only a command line has after its program's name: a flag, a path or URL, a placeholder, an address
_COMMAND_SIGN = lazyre.pattern(r"(?:^|\s)(?:--?[A-Za-z]|<[^<>\s][^<>]*>|\S*/\S|\S*://|\d+\.\d+\.\d+)")


def _backs_tally(notes: Iterable[NoteDraft]) -> tuple[Counter[str], set[str]]:
    """The plain words that start the backs of ``term: definition`` concepts, how many backs each starts, and
    those that start one with what only a command line has after it (:func:`_programs_of_backs`' counts)."""
    seen: Counter[str] = Counter()
    signed: set[str] = set()
    for note in notes:
        if note.kind is not Kind.CONCEPT or note.reason != "`term: definition` line":
            continue
        match = _BACK_HEAD.match(note.back)
        if match is None:
            continue
        word = match.group(1)
        seen[word] += 1
        if _COMMAND_SIGN.search(note.back, match.end(1)):
            signed.add(word)
    return seen, signed


def _programs_of_backs(seen: Counter[str], signed: set[str], program: str | None) -> frozenset[str]:
    """The words that start the backs of ``term: definition`` concepts as a program starts a command line
    (``seen``, ``signed``: :func:`_backs_tally` over every note of the document).

    A known program (or the document's own) is one; an unknown word is one when it starts at least three
    such backs and one of them carries what only a command line has (``gsutil cp <file> gs://…``): the
    recurring shape of a cheat sheet whose items are ``Label: command``.
    """
    known = {word for word in seen if word in PROGRAMS or word == program}
    return frozenset(known | {word for word, count in seen.items() if count >= 3 and word in signed})


@dataclass(slots=True)
class _Tally:
    """What :func:`decide` counts over the whole document: counts that add up over any split of its notes."""

    keyed: Counter[str | None]  # concepts that are keys, by shape (gate.key_tally)
    others: Counter[str | None]  # the other concepts
    seen: Counter[str]  # the words that start backs (_backs_tally)
    signed: set[str]

    @classmethod
    def of(cls, notes: Sequence[NoteDraft]) -> _Tally:
        return cls(*key_tally(notes), *_backs_tally(notes))

    def add(self, other: _Tally) -> None:
        self.keyed.update(other.keyed)
        self.others.update(other.others)
        self.seen.update(other.seen)
        self.signed |= other.signed


def _whole_tally(
    notes: Sequence[NoteDraft], memo: MutableMapping[str, Any] | None, salt: str, sources: Sources | None,
) -> _Tally:
    """:class:`_Tally` over ``notes``: a kept piece whose notes are all here, as it wrote them (none refiled,
    settled or written over since), adds the tally kept with it in ``memo``, counted when the piece was
    first read; every other note is counted now."""
    tally = _Tally.of(())
    loose: Sequence[NoteDraft] = notes
    if memo is not None and sources is not None:
        span = sources.SPAN
        placed = list(map(sources.places.get, map(id, notes)))  # each note's piece and place, or None
        found = set(placed)
        if len(found - {None}) == len(placed) - placed.count(None):  # no note here twice (else count them all)
            whole = {number for number, result in enumerate(sources.results)
                     if found.issuperset(range(number * span, number * span + len(result.notes)))}
            for number in whole:
                tally.add(_piece_tally(number, memo, salt, sources))
            if None in found or len(whole) < len(sources.results):
                loose = [note for note, at in zip(notes, placed) if at is None or at // span not in whole]
            else:  # every note as a kept piece wrote it (a re-import's most)
                loose = ()
    tally.add(_Tally.of(loose))
    return tally


def _piece_tally(number: int, memo: MutableMapping[str, Any], salt: str, sources: Sources) -> _Tally:
    """The tally of the notes kept piece ``number`` wrote: from ``memo`` (plain JSON, by the piece's content
    and quizzer's code), else counted and kept there."""
    key = "tally:" + hashlib.blake2b(salt.encode() + sources.digests[number], digest_size=20).hexdigest()
    known = memo.get(key)
    if isinstance(known, tuple) and len(known) == 1:
        try:
            keyed, others, seen, signed = json.loads(known[0])
            return _Tally(Counter(dict(keyed)), Counter(dict(others)), Counter(dict(seen)), set(signed))
        except (TypeError, ValueError):  # not what was kept here: count again
            pass
    tally = _Tally.of([note for _, note in sources.results[number].notes])
    memo[key] = (json.dumps([list(tally.keyed.items()), list(tally.others.items()), list(tally.seen.items()),
                             sorted(tally.signed)], ensure_ascii=False),)
    return tally


def _command_list_back(note: NoteDraft, programs: frozenset[str]) -> bool:
    """``Caculate file sha1sum: gsha1sum file.tgz, shasum file.tgz`` in notes whose items are ``Label: command``
    (``programs``: the words their backs start with as command lines): a list of command lines of programs no table
    knows, the other side what they do, not a term and its meaning."""
    if not programs or ", " not in note.back or "\n" in note.back:
        return False
    parts = note.back.split(", ")
    return all(
        _BACK_HEAD.match(part) is not None and (_COMMAND_SIGN.search(part) or _FILE_ARGUMENT.search(part)) for part in parts
    )


_FILE_ARGUMENT = lazyre.pattern(r"\s[\w.-]+\.[a-z0-9]{1,4}(?:\s|$)")  # "shasum release-1.0.tgz": a file named as the argument


def _flagged_code_back(note: NoteDraft, lines: Sequence[str]) -> bool:
    """``- Run with a profile: `runcon -l Secret app` ``: the line ends in a code span holding a command line with
    a flag (of a program the notes know no more of): the other side says what it does, not a term's meaning."""
    written = lines[note.line - 1].rstrip() if 0 < note.line <= len(lines) else ""
    back = note.back.strip()
    return (
        written.endswith(f"`{back}`") and looks_like_command(back)
        and any(token.startswith("-") and len(token) > 1 for token in tokenize(back)[1:])
    )


# "… is with the psql command: psql -U me -W postgres.": a sentence that ends by giving the line to type
_TYPED_AFTER_COLON = lazyre.pattern(r"[:：]\s+([a-z][\w.-]*(?:\s+\S+)+?)\s*[.。]?\s*$")


def _ends_in_command(note: NoteDraft) -> bool:
    """``Connecting to a server: To connect, use the ssh command: ssh -p 2222 me@host.``: the definition ends by
    giving a flagged command line of a known program after a colon; the term says what the line is for (a task,
    not a term) and the text leads to the line: which card the notes mean (a command and its purpose) is not sure."""
    match = _TYPED_AFTER_COLON.search(note.back) if ":" in note.back or "：" in note.back else None
    if match is None:
        return False
    typed = match.group(1)
    tokens = tokenize(typed)
    return (
        bool(tokens) and tokens[0] in PROGRAMS and looks_like_command(typed)
        and any(token.startswith("-") and len(token) > 1 for token in tokens[1:])
    )


def _command_back(note: NoteDraft, programs: frozenset[str]) -> bool:
    """``Upload file: gsutil cp <file> gs://bucket/``: the back is the command, the term says what it does."""
    match = _BACK_HEAD.match(note.back)
    if match is None or match.group(1) == note.front.strip().lower():
        return False  # "tar : tar 형태로 백업": the term named in its own definition, no label over a command
    return match.group(1) in programs and looks_like_command(note.back.split(",")[0])


def _doubt(
    note: NoteDraft,
    *,
    program: str | None,
    lines: Sequence[str],
    arguments: _Arguments | None = None,
    slots: _Slots | None = None,
    programs: frozenset[str] = frozenset(),
) -> str | None:
    if note.kind in (Kind.WRITTEN, Kind.WRITTEN_BOTH, Kind.STEP):
        return None  # a person wrote it; a step's side is its procedure
    shape = shape_doubt(note, lines)
    if shape is not None:
        return shape  # a shape no reading of any style makes right (gate.py)
    termed = note.kind is Kind.CONCEPT and note.reason == "`term: definition` line"
    if termed:
        if _linked(note.front, note.line, lines):
            return Doubt.LINK
        if _back_in_link(note.back, note.line, lines):
            return Doubt.LINKED_BACK
        if _split_link(note, lines):
            return Doubt.LINK  # "from [Wiki - Rsync 사용법](…)": the separator is inside the link's text
        doubt = term_doubt(note.front, note.back)
        if doubt is not None:
            return doubt
        if _LETTER_LIST.fullmatch(note.back.strip()) and _among_chords(note.line, lines):
            return Doubt.VALUE  # "site : gi, gp" among lines of key chords: keys of the site listed, no definition
        if (arguments or _Arguments(lines)).above(note.front, note.line):
            return Doubt.ARGUMENT
        if "/" in note.front and _field_above(note.front, note.line, lines):
            return Doubt.ARGUMENT  # "`/srv/backup` : 붙일 위치" under "UUID=… /srv/backup ext4 …": a field of that line
        if (
            _command_back(note, programs) or _flagged_code_back(note, lines) or _ends_in_command(note)
            or _command_list_back(note, programs)
        ):
            return Doubt.COMMAND_BACK
        if "면" in note.back and _how_to(note.back.split("\n", 1)[0]):
            return Doubt.HOW_TO  # "설치: 서버에만 하면 된다.": an instruction under a label, no definition
    if note.kind in (Kind.COMMAND, Kind.OPTION, Kind.FLAG) and "---" in note.front and _THREE_DASHES.search(note.front):
        return Doubt.THREE_DASHES  # "git log ---oneline": a slip for --oneline, learnt as written it is wrong
    if note.kind is Kind.COMMAND and note.reason == "`command: description` line":
        if _placeholder_above(note.front, note.line, lines):
            return Doubt.ARGUMENT  # "awk program : …" under "awk [OPTION][awk program][ARGUMENT]"
        if note.section and _under_slot(note.section[-1], note.line, lines, slots or _Slots(lines)):
            return Doubt.ARGUMENT  # "`name` : 이름으로 검색" under "### 조건" under "find [경로] [조건]": a value of that slot
        if " " not in note.back.strip() and note.back[:1].isdigit():
            return Doubt.VALUE  # "ip: 192.168.1.7", "netmask: 0xffffff00": a setting's value, not what it does
        if note.front not in PROGRAMS and note.front != program and _field_above(note.front, note.line, lines):
            return Doubt.ARGUMENT  # "`rw` : read and write" under "/dev/sdb1 /data ext4 rw 0 2": a field of that line
        if _command_back(note, programs):
            return Doubt.COMMAND_BACK  # "uptime 확인 : `fleet all -a 'uptime'`": the command is the other side
    if note.kind is Kind.COMMAND and (
        note.reason == "`description: command` line" and says_variant(note.back)
        or note.command is not None and note.command.split(" ", 1)[0] in INSTALLERS and names_system(note.back)
    ):  # "apt로 설치한 경우: service x restart" under no heading of a task, "Ubuntu: apt install x": where, not what
        return Doubt.LABEL
    if note.kind in (Kind.COMMAND, Kind.OPTION, Kind.FLAG) and _SAYS_NOTHING.fullmatch(note.back.strip()):
        return Doubt.SAYS_NOTHING  # "`:PlugInstall` 명령어 실행": "run the command", what every command line is
    if note.kind is Kind.COMMAND and note.reason == "`key: meaning` line" and _OTHER_KEYS.search(note.back):
        return Doubt.KEY_SEQUENCE  # "esc -> `/word` 엔터, n 누르면 다음": keys pressed in turn, several facts
    if note.kind is Kind.COMMAND and _names_itself(note):
        return Doubt.ECHO  # "svnlook history -r 100 … → svnlook history": the command's name, no meaning
    if note.kind is Kind.COMMAND and (note.reason in _ECHO_REASONS and _echoes(note) or _lists_itself(note)):
        return Doubt.ECHO  # "# csv" over "jq -r '… | @csv' > out.csv": names the topic, the answer is in the question
    if not termed and (
        is_label(note.front) and not _in_code(note.front, note.line, lines) or is_label(note.back) or ends_in_colon(note.back)
        or note.kind is Kind.COMMAND and note.reason in _ABOVE_ITS_BLOCK and is_list_title(note.back)
    ):  # "Options I use" over a block: it names what follows, it says nothing the lines do
        return Doubt.LABEL  # (term_doubt asked the same of a `term: definition` line's sides)
    if note.kind is Kind.COMMAND and note.reason in _ABOVE_ITS_BLOCK and _POINTS_AT_BLOCK.search(note.back.split("\n")[0]):
        return Doubt.LABEL  # "… can be passed as follows.", "Following gives an example how to …": it shows, not says
    if _MAN_PAGE.match(note.back):
        return Doubt.VALUE  # "perf(1)", a title naming the manual page, over the block: no meaning of its own
    if note.kind in (Kind.COMMAND, Kind.OPTION, Kind.FLAG) and _usage_of(note):
        return Doubt.USAGE
    if note.kind is Kind.COMMAND and _slash_joined(note):
        return Doubt.JOINED
    if note.kind is Kind.COMMAND and _installs(note, program):
        return Doubt.INSTALL
    return None


def _refiled(note: NoteDraft, program: str | None) -> NoteDraft:
    """``break`` in notes about gdb is gdb's command typed at its prompt, not a program called break; a
    table row's key in notes about an editor or pager is that program's key."""
    if program is None or note.kind not in (Kind.COMMAND, Kind.SYNTAX):
        return note
    owner = program
    if note.command is not None and note.command.split()[0] in INTERACTIVE_COMMANDS.get(program, ()):
        pass  # "break" typed at gdb's prompt
    elif (
        program in KEY_PROGRAMS and note.reason == "table row"
        and (note.command is None or note.command.split()[0] not in PROGRAMS)
    ):
        owner = KEY_PROGRAMS[program]  # "b or Page Up | Previous Page" in notes about less: a key of less
    else:
        return note
    deck = note.key.split("|", 1)[0]
    term = note.key.split("|", 3)[3]
    return replace(note, command=owner, key=note_key(deck, note.kind, owner, term))


def _refile_all(notes: Iterable[NoteDraft], program: str | None) -> list[NoteDraft]:
    """Every note refiled (:func:`_refiled`), except one whose new key another note already has: then the two
    would be one card, and which one the notes mean is not sure."""
    originals = list(notes)
    refiled = [_refiled(unrooted(note), program) for note in originals]
    taken = Counter(note.key for note in refiled)
    return [
        new if new.key == old.key or taken[new.key] == 1 else old
        for old, new in zip(originals, refiled)
    ]


def _repeats_usage(note: NoteDraft, commands: set[tuple[str | None, str]], lines: Sequence[str]) -> bool:
    """A "usage" of a command the heading above already made a card of that only repeats the command
    (``run`` under ``## run : 실행``; ``delete  // 모두 삭제``): the same fact a second time, and no usage."""
    if note.kind is not Kind.SYNTAX or (note.command, note.front) not in commands:
        return False
    usage = _COMMENT.split(note.back.split("\n")[0], maxsplit=1)[0].strip()
    if usage == note.front:
        return True
    # the first of a list of forms (``break <함수>``, ``break <줄>``, ``b <함수>``): one of them is no usage
    try:
        following = lines[note.line].strip()
    except IndexError:
        return False
    return bool(following) and not following.startswith(("```", "~~~")) and looks_like_command(following)


# a comment after a line in a code block: "delete   // 모두 삭제", "run  # 다시"
_COMMENT = lazyre.pattern(r"\s+(?://|#)\s")


def _linked(term: str, line: int, lines: Sequence[str]) -> bool:
    """``- [linux/perf/events][ref] - x86 PMU events``: the term is a link's text, the item names a page."""
    try:
        text = lines[line - 1]
    except IndexError:
        return False
    match = _LINKED_ITEM.match(text) if "[" in text else None
    return match is not None and match.group(1).strip("`* ") == term


def _split_link(note: NoteDraft, lines: Sequence[str]) -> bool:
    """``from [Dictionary - Journalctl](…)``: the separator is inside a link's text (a page's title), the
    term and its definition are two halves of it."""
    try:
        text = lines[note.line - 1]
    except IndexError:
        return False
    if "](" not in text:
        return False
    last, first = note.front.split()[-1], note.back.split()[0] if note.back.split() else ""
    return any(
        last in title and first in title and title.find(last) < title.rfind(first)
        for title in _LINK_TEXT.findall(text)
    )


_LINK_TEXT = lazyre.pattern(r"\[([^\]]+)\]\(")


def _back_in_link(back: str, line: int, lines: Sequence[str]) -> bool:
    """``from [Notes - Compress](…)``: the "definition" is (the end of) a link's text, the title of a page."""
    try:
        text = lines[line - 1]
    except IndexError:
        return False
    if "](" not in text:
        return False
    wanted = back.strip().rstrip(".").strip("`*_ ")
    return bool(wanted) and any(wanted in match.group(1) for match in _LINK_TEXT.finditer(text))


# a list item opening with a link: "- [text](url) - …", "* [text][ref]: …", "- [text] - …" (a reference by its text)
_LINKED_ITEM = lazyre.pattern(r"^\s*(?:[-*+]|\d+[.)])\s+\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])?\s*(?:[-–—:]|$)")


# the text above a code block, when it points at the block instead of saying what its line does: "as follows",
# "the following command-line gives an example …" (not "the following example sets …"), "the following two commands are
# equivalent", a sentence cut at "as" / "like" before the block goes on with it
_ABOVE_ITS_BLOCK = frozenset({ABOVE_BLOCK, ABOVE_BLOCK_AND_COMMENT})
_POINTS_AT_BLOCK = lazyre.pattern(
    rf"\b{names_pattern(LIKE_WHAT_FOLLOWS_EN)}\b|(?:^|[.!?]\s+)(?:the\s+)?following\s+(?:[\w-]+\s+)?(?:gives|shows)\b"
    # "Therefore the following two command lines are equivalent.": a sentence about the lines below, not what one does
    r"|(?:^|[.!?]\s+)(?:[A-Za-z]+,?\s+)?the\s+following\s+(?:\w+\s+)?(?:command\s+lines|commands|lines)\s+(?:are|do)\b"
    r"|\b(?:as|like)\s*$"
    # "When run locally, it depends on vagrant. Run it with:": the last sentence says only to run what "it" is, and
    # the one before it says something else; what the line does is not said (a comment after it is where it runs)
    r"|(?:^|[.!?]\s+)(?:run|execute|start|invoke|launch)\s+(?:it|them)\s+(?:with|using|via|by)\s*(?:\([^()]*\))?\s*$",
    re.IGNORECASE,
)


# a manual page's name and section, and nothing else: "perf(1)", "git-log(1)", "printf(3p)"
_MAN_PAGE = lazyre.pattern(r"^[\w.+-]+\(\d[a-z]*\)\s*$")
_STEP_OF = " — step "
# a loop or a command run on every file found: a one-line script that does a whole task
_ONE_LINER = lazyre.pattern(r"\b(?:for|while)\b[^;]*;\s*do\b|\s-exec(?:dir)?\s|\|\s*(?:xargs|while\s+read)\b")
_BLOCK_STEP = "command line of a block under a heading that says what to do"


def _forms(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two lines that are one command written twice: the same but for placeholders (``enable``, ``enable <n>``),
    or but for one argument after the sub-command (``svn mkdir … /trunk``, ``svn mkdir … /tags``)."""
    if one == other:
        return True
    if len(one) != len(other) or len(one) < 4:
        return False
    differ = [n for n, (a, b) in enumerate(zip(one, other)) if a != b]
    return len(differ) == 1 and differ[0] >= 3


def _not_steps(notes: Sequence[NoteDraft]) -> set[str]:
    """Procedures whose "steps" are forms of one command (``enable``, ``enable <n>``; the same ``svn mkdir``
    three times) or keys pressed (``c``, ``ctrl+x``): a list to read, not things done in order.  The whole
    procedure is doubtful, not only the steps that show it."""
    commands: dict[str, list[tuple[str, ...]]] = {}
    scripts: dict[str, int] = {}
    doubtful: set[str] = set()
    for note in notes:
        if note.kind is not Kind.STEP or note.reason != _BLOCK_STEP or _STEP_OF not in note.front:
            continue
        name = note.front.rsplit(_STEP_OF, 1)[0]
        back = note.back.strip()
        if len(back) <= 2 or is_key_chord(back) or "+" in back and " " not in back:
            doubtful.add(name)  # "c", "ctr+x": a key, not a command run
            continue
        if _ONE_LINER.search(back):
            # "for f in *; do mv …; done", "find . -exec rename … \;": a whole task in one line; two of them
            # under one heading are ways to do it, not steps done in turn
            scripts[name] = scripts.get(name, 0) + 1
            if scripts[name] >= 2:
                doubtful.add(name)
        words = tuple(word for word in tokenize(back) if not is_placeholder(word))
        seen = commands.setdefault(name, [])
        if any(_forms(words, other) for other in seen):
            doubtful.add(name)
        seen.append(words)
    return doubtful


def decide(
    notes: Iterable[NoteDraft], *, program: str | None, lines: Sequence[str] = (),
    memo: MutableMapping[str, Any] | None = None, salt: str = "", sources: Sources | None = None,
) -> tuple[list[NoteDraft], list[ExtractWarning]]:
    """The notes to keep, and a warning for each one that is not sure to be one fact.

    ``lines`` are the document's lines (to see the command line a term may be an argument of).
    ``memo`` (a long document's, :mod:`quizzer.extract.incremental`): what each stretch of
    :data:`CHUNK_LINES` lines decided, reused where its notes, the lines around them and what is
    read of the whole document are the same (``salt``: quizzer's code and language); the result
    is the same with a memo or without.  ``sources``: the kept pieces that wrote the notes; a note
    one of them wrote is known in a stretch's key by that piece's content and its place there, not
    read and hashed, and what is counted over the whole document is summed from each piece's counts,
    kept in ``memo`` with the piece (:func:`_whole_tally`).
    """
    ordered = sorted(_refile_all(notes, program), key=lambda note: note.line)
    headed = {(note.command, note.front) for note in ordered
              if note.kind is Kind.COMMAND and note.reason == "heading `term - description` with its usage line"}
    kept: list[NoteDraft] = []
    warnings: list[ExtractWarning] = []
    arguments, slots = _Arguments(lines), _Slots(lines)
    tally = _whole_tally(ordered, memo, salt, sources)
    programs = _programs_of_backs(tally.seen, tally.signed, program)
    not_steps = _not_steps(ordered)
    keyed = keyed_shapes(tally.keyed, tally.others)
    keys = {note.key for note in ordered}

    def one(note: NoteDraft) -> str | None:
        """Decide ``note``: None (kept), a doubt (a warning), or "" when labelled commands were read
        off it (what they are depends on every key so far: not kept in a memo)."""
        if note.kind is Kind.COMMAND and note.reason == "`command: description` line" and _setting_above(
                note.front, note.line, lines):
            # "- `bantime`: The duration …" under a block of "bantime = 10m": a setting of that file, a term
            setting = _as_setting(note)
            if setting.key not in keys:
                keys.add(setting.key)
                keep_or_warn(setting)
                return ""
        if note.kind is Kind.CONCEPT and note.reason == "`term: definition` line" and _command_back(note, programs) \
                and not (1 <= note.line <= len(lines) and typed_in_prose(lines[note.line - 1])):
            read_off = label_commands(note, note.back.split(" ", 1)[0])
            made_keys = [made.key for made in read_off or ()]
            fresh = [made for made in read_off or () if made.key not in keys]
            if read_off and len(fresh) == len(read_off) == len(set(made_keys)):
                for made in fresh:  # "macOS: brew install fd": a line may be doubtful as any command note
                    keep_or_warn(made)
                keys.update(made.key for made in fresh)
                return ""
            # else as any note (what fell through depended on the keys: "" marks it)
            keep_or_warn(note)
            return ""
        return keep_or_warn(note)

    def keep_or_warn(note: NoteDraft) -> str | None:
        """Keep ``note``, or warn of it; its doubt (None when kept)."""
        doubt = _doubt_of(note)
        if doubt is None:
            kept.append(note)
        else:
            _warn(note, doubt)
        return doubt

    def _doubt_of(note: NoteDraft) -> str | None:
        if _repeats_usage(note, headed, lines):
            return Doubt.REPEATED
        if note.kind is Kind.STEP and note.front.rsplit(_STEP_OF, 1)[0] in not_steps:
            return Doubt.FORMS
        if key_among_keys(note, keyed):
            return Doubt.KEY_TERM  # "% : selects the whole file" among "w, W : …", "C-s : …"
        return _doubt(note, program=program, lines=lines, arguments=arguments, slots=slots, programs=programs)

    def _warn(note: NoteDraft, doubt: str) -> None:
        warnings.append(ExtractWarning(note.line, _message(doubt).format(
            line=note.line, front=note.front, back=note.back.split("\n")[0])))

    if memo is None:
        for note in ordered:
            one(note)
        return kept, warnings
    whole = _whole_key(salt, program, headed, programs, not_steps, keyed)
    for chunk in _chunks(ordered):
        key = _chunk_key(whole, chunk, lines, sources)
        known = memo.get(key)
        if isinstance(known, tuple) and len(known) == len(chunk):
            for note, doubt in zip(chunk, known):
                if doubt:
                    _warn(note, doubt)
                else:
                    kept.append(note)
            continue
        decided = [one(note) for note in chunk]
        if "" not in decided:
            memo[key] = tuple(doubt or "" for doubt in decided)
    return kept, warnings


#: Lines of a document whose notes :func:`decide` decides together with a memo: a one-line edit
#: decides again the notes of its stretch (more, when what is read of the whole document changed).
CHUNK_LINES = 500
#: Lines above and below a note that deciding it may read (``_under_an_option`` reads 31 above; a
#: check that reads farther must widen this, or a memo would keep a decision its lines changed).
_AROUND = (64, 8)


def _chunks(ordered: Sequence[NoteDraft]) -> Iterator[Sequence[NoteDraft]]:
    """The notes (in line order) a stretch of :data:`CHUNK_LINES` lines at a time."""
    start = 0
    while start < len(ordered):
        stretch = ordered[start].line // CHUNK_LINES
        end = start + 1
        while end < len(ordered) and ordered[end].line // CHUNK_LINES == stretch:
            end += 1
        yield ordered[start:end]
        start = end


def _whole_key(salt: str, program: str | None, *parts: Iterable[object]) -> bytes:
    """What :func:`decide` reads of the whole document, besides a note and its lines."""
    digest = hashlib.blake2b(digest_size=32)
    digest.update(marshal.dumps((salt, program, *(sorted(map(repr, part)) for part in parts)), _PLAIN))
    return digest.digest()


#: marshal's format 2: the same bytes for the same values (later formats refer back to an object met
#: before, so notes read from a memo, which share no strings, would give other bytes than a walk's)
_PLAIN = 2
#: Each field of a note, read from every note of a stretch at once (a column: cheaper than a row a note).
_COLUMNS = tuple(
    operator.attrgetter("kind._value_" if f.name == "kind" else f.name) for f in fields(NoteDraft)
)


def _chunk_key(whole: bytes, chunk: Sequence[NoteDraft], lines: Sequence[str], sources: Sources | None = None) -> str:
    """The memo's key for deciding ``chunk``: its notes, and the lines around them.  A note a kept piece
    wrote (``sources``) is known by that piece's content and its place there; any other by every value;
    the lines by the pieces of the document that hold them, when ``sources`` was told them."""
    digest = hashlib.blake2b(whole, digest_size=32)
    loose: Sequence[NoteDraft] = chunk
    if sources is not None:
        known, loose = sources.known(chunk)
        digest.update(known)
    digest.update(marshal.dumps([list(map(column, loose)) for column in _COLUMNS], _PLAIN))
    low, high = max(0, chunk[0].line - _AROUND[0]), chunk[-1].line + _AROUND[1]
    pieces = sources.lines(low, high) if sources is not None else None  # the lines known by their pieces
    digest.update(marshal.dumps((low, high, tuple(lines[low:high])), _PLAIN) if pieces is None else pieces)
    return "decide:" + digest.hexdigest()
