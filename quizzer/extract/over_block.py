"""What text written over a code block may say that is not what its line does (pure).

The rules take the text above a block (a paragraph, a comment line over a line in it, the heading over it) as
what its line does.  Some of that text says something else, in a shape another author would write too: it goes on
from a sentence before it, it says what the lines *are* (an example, a kind), it tells of a setting the card's front
leaves out, it only says to go to a directory first, or the line misspells the program its heading names.
:func:`over_block_doubt` names such a shape (None when none), for :func:`quizzer.extract.gate.shape_doubt`, from the
note's own sides, its section and its own line only.  Each was chosen on every card of the open sets: it catches
wrong cards and no matched one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.knowledge import (
    CONTINUING_OPENERS, EXAMPLE_NOUNS_EN, EXAMPLE_NOUNS_KO, FOLDER_CHANGERS, HEDGES_EN, HEDGES_KO, POINTING_BACK_EN,
    POINTING_BACK_KO, PROBLEM_NOUNS, PROGRAMS, names_pattern,
)
from quizzer.extract.model import Kind, NoteDraft
from quizzer.shell import leading_settings, strip_prompt

__all__ = [
    "CONTINUED", "EXAMPLE_NAMED", "HEDGED", "MISSPELT", "MOVES_FIRST", "POINTS_BACK", "PROBLEM_NAMED", "SCOPE_NAMED",
    "SETTING_LEFT",
    "over_block_doubt",
]

#: the text above a code block opens by going on from the sentence before it ("또한 -p와 함께 …"): the fact began above
CONTINUED = "continued"
#: the text above a block only says to go to a directory ("Change the current working directory to the repository"):
#: the step before the line (a cd the notes did not write), not what the line does
MOVES_FIRST = "moves_first"
#: the line's program is one letter off the program its heading names (``exrmultivew`` under ``## exrmultiview``)
MISSPELT = "misspelt"
#: the back says the line is an example or one kind of something ("아래는 … 예시입니다"): what it is, not what it does
EXAMPLE_NAMED = "example_named"
#: the back tells of a ``NAME=value`` setting written before the command, which the front leaves out
SETTING_LEFT = "setting_left"
#: the text says the author is not sure of it ("정확하진 않으나 …", "I'm not sure, but …")
HEDGED = "hedged"
#: the text points back to a part of the notes above ("위에 … 나와있는대로, …", "As described above, …")
POINTS_BACK = "points_back"
#: the text is a short label naming a problem ("_보안이슈_", "Permission error"): the topic of the lines
PROBLEM_NAMED = "problem_named"
#: the text only names where the lines apply ("# java-plugin specific", "macOS-specific"): a scope, not what a line does
SCOPE_NAMED = "scope_named"

_CONTINUES = lazyre.pattern(rf"^{names_pattern(CONTINUING_OPENERS)}(?!\w)", re.IGNORECASE)
# "… 간단한 예시입니다.", "… 한 종류다", "Here is an example", "The lines below are examples of …"
_NAMES_EXAMPLE = lazyre.pattern(
    rf"{names_pattern(EXAMPLE_NOUNS_KO)}(?:입니다|이다|다|임)(?:[.!]|\s|$)"
    rf"|\b(?:is|are|here's)\s+(?:an?\s+|some\s+|one\s+)?(?:[\w-]+\s+)?{names_pattern(EXAMPLE_NOUNS_EN)}\b",
)


def _continues(note: NoteDraft, *, over_block: bool, commented: bool) -> bool:
    """``또한 -p와 함께 …``, ``구체적으로 말하면, …`` over a block (or as the comment over a line in it): the sentence
    adds to or narrows one before it, so the fact the line states began above and the card would hold its second
    half.

    Chosen on every card of the open sets: 3 wrong cards in two sets, no matched one."""
    # "- `F5` otherwise (…)" under "- `fn a` is the current prefix (if …)": a key's gloss going on from the item above
    keyed = note.reason == "`key: meaning` line"
    if note.kind is not Kind.COMMAND or not (over_block or commented or keyed):
        return False
    return _CONTINUES.match(note.back.lstrip()) is not None


# "Change the current working directory to …", "Navigate to your project folder", "… 디렉토리로 이동한다."
_MOVE_TO_FOLDER = lazyre.pattern(
    r"^(?:change\s+(?:the\s+)?(?:current\s+)?(?:working\s+)?directory|(?:go|navigate|switch|cd)\s+(?:in)?to\s+"
    r"(?:the\s+|your\s+|a\s+)?(?:[\w-]+\s+)?(?:directory|folder|repository|repo))\b"
    r"|(?:디렉[토터]리|폴더)(?:로|으로)\s*이동(?:한다|하세요|합니다|해요|하기)?\s*\.?\s*$",
    re.IGNORECASE,
)


def _moves_first(note: NoteDraft, *, over_block: bool) -> bool:
    """``Change the current working directory to the local repository where …`` over ``git config user.name …``: the
    text only says to go to a directory first, a step the block does not write; what the line does is not said.
    (Over ``cd`` itself it is what the line does; "go into the folder and fetch the rest" says more.)

    Chosen on every card of the open sets: 1 wrong card, no matched one."""
    if note.kind is not Kind.COMMAND or not over_block:
        return False
    back = note.back.strip()
    if "\n" in back or " and " in back or (note.command or "").split(" ", 1)[0] in FOLDER_CHANGERS:
        return False
    return _MOVE_TO_FOLDER.search(back) is not None


_HEADING_WORD = lazyre.pattern(r"[A-Za-z][\w.+-]*")


def _one_letter_off(one: str, other: str) -> bool:
    """``exrmultivew`` / ``exrmultiview``: one letter changed, dropped or added inside the word (not at an end: a
    name with a version or a plural, ``sqlite``/``sqlite3``, ``default``/``defaults``, is another word)."""
    from rapidfuzz.distance import Levenshtein  # as grading measures slips; only for a program no table knows

    return one != other and one[0] == other[0] and one[-1] == other[-1] and Levenshtein.distance(one, other) == 1


def _misspelt(note: NoteDraft) -> bool:
    """``exrmultivew left imgL.exr …`` under ``## exrmultiview``: the line runs a program no table knows whose name is
    one letter off the program the heading names; one of the two is a slip, and which the card should teach is not
    sure.

    Chosen on every card of the open sets: 1 wrong card, no matched one (``pkill`` under "kill by pid",
    ``sqlite3`` under "sqlite>", ``defaults`` under "… (Default)" are known programs or longer names)."""
    if note.kind is not Kind.COMMAND or not note.command or not note.section:
        return False
    program = note.command.split(" ", 1)[0].casefold()
    if len(program) < 5 or program in PROGRAMS:
        return False
    return any(_one_letter_off(program, word.casefold()) for word in _HEADING_WORD.findall(note.section[-1]))


def _names_example(note: NoteDraft) -> bool:
    """``아래는 jq를 통해 … 간단한 예시입니다``, ``다음 명령어는 포맷된 로그의 한 종류다``: the back's first sentence says
    what the line is (an example, a kind), not what it does.  (``다음 명령은 … 압축한다`` says what it does.)

    Chosen on every card of the open sets: 2 wrong cards in two sets, no matched one."""
    if note.kind is not Kind.COMMAND:
        return False
    first = re.split(r"(?<=[.!?])\s", note.back.split("\n", 1)[0].strip(), maxsplit=1)[0]
    return _NAMES_EXAMPLE.search(first) is not None


def _setting_left(note: NoteDraft, lines: Sequence[str]) -> bool:
    """``ASDF_ELIXIR_VERSION=1.4.0 mix test`` under "… 테스트를 버전 1.4.0으로 실행합니다": the front is ``mix test``
    without the setting, and the back tells of the setting's value; the card's question lacks what its answer is
    about.  (``EDITOR=vim visudo`` under "wheel 그룹 권한 설정" says nothing of vim: kept.)"""
    if note.kind is not Kind.COMMAND or not 0 < note.line <= len(lines):
        return False
    values = [setting.value for setting in leading_settings(strip_prompt(lines[note.line - 1]))]
    return any(len(value) > 1 and value in note.back and value not in note.front for value in values)


_HEDGE = lazyre.pattern(
    rf"{names_pattern(HEDGES_KO)}|(?<![\w'])(?:{names_pattern(HEDGES_EN)})(?!\w)", re.IGNORECASE
)
_POINTS_BACK = lazyre.pattern(
    rf"{names_pattern(POINTING_BACK_KO)}|(?<!\w)(?:{names_pattern(POINTING_BACK_EN)})(?!\w)", re.IGNORECASE
)
# a label of at most three words ending in a problem noun, written onto the word before it or not ("보안이슈")
_PROBLEM_LABEL = lazyre.pattern(rf"(?:\S+\s+){{0,2}}\S*?{names_pattern(PROBLEM_NOUNS)}\s*[:：.]?")


def _hedged(note: NoteDraft, *, over_block: bool, commented: bool) -> bool:
    """``우분투 말고는 설치를 안해봐서 정확하진 않으나 /mnt 아래 …`` over ``df -h``: the author says they are not sure of
    what they write; a card would teach it as a fact.

    Chosen on every card of the open sets: 1 wrong card, no matched one."""
    return note.kind is Kind.COMMAND and (over_block or commented) and _HEDGE.search(note.back) is not None


def _points_back(note: NoteDraft, *, over_block: bool) -> bool:
    """``위에 현재 버전 설정 섹션에 나와있는대로, asdf set이나 환경 변수를 사용하여 설정하세요`` over a line: the text sends
    the reader to a part of the notes above, where what the line does is said; the card would hold the pointer.

    Chosen on every card of the open sets: 1 wrong card, no matched one."""
    return note.kind is Kind.COMMAND and over_block and _POINTS_BACK.search(note.back) is not None


def _problem_named(note: NoteDraft, *, over_block: bool) -> bool:
    """``_보안이슈_`` over ``nano /etc/ssh/sshd_config``: a short label naming a problem, the topic the lines deal with,
    not what the line does (``보안 설정``, ``권한 문제 해결`` say what is done: kept).

    Chosen on every card of the open sets: 1 wrong card, no matched one."""
    return note.kind is Kind.COMMAND and over_block and _PROBLEM_LABEL.fullmatch(note.back.strip()) is not None


# "java-plugin specific", "macOS-specific", "Debian specific:": a name of up to three words, then "specific"
_SCOPE_LABEL = lazyre.pattern(r"(?:[\w.+]+[\s-]){1,3}specific\s*[:：.]?", re.IGNORECASE)


def _scope_named(note: NoteDraft, *, over_block: bool, commented: bool) -> bool:
    """``# java-plugin specific`` over ``gradle compileJava``: the comment says which plugin, system or setup the lines
    under it belong to, not what the line does.

    Chosen on every card of the open sets: 1 wrong card, no matched one."""
    return note.kind is Kind.COMMAND and (over_block or commented) and _SCOPE_LABEL.fullmatch(note.back.strip()) is not None


def over_block_doubt(note: NoteDraft, lines: Sequence[str], *, over_block: bool, commented: bool) -> str | None:
    """Which of this module's shapes makes ``note`` no card (None when none); ``over_block``: its meaning is text
    written above its code block, ``commented``: a comment line over it in the block."""
    if _continues(note, over_block=over_block, commented=commented):
        return CONTINUED
    if _misspelt(note):
        return MISSPELT
    if _moves_first(note, over_block=over_block):
        return MOVES_FIRST
    if _names_example(note):
        return EXAMPLE_NAMED
    if _setting_left(note, lines):
        return SETTING_LEFT
    if _hedged(note, over_block=over_block, commented=commented):
        return HEDGED
    if _points_back(note, over_block=over_block):
        return POINTS_BACK
    if _problem_named(note, over_block=over_block):
        return PROBLEM_NAMED
    if _scope_named(note, over_block=over_block, commented=commented):
        return SCOPE_NAMED
    return None
