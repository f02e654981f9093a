"""Comparing a typed command line with one the notes accept, as a shell reads them (pure).

Used by :mod:`quizzer.grading`; read that first.  A line is read with the
same tokenizer as extraction (:mod:`quizzer.shell`) into segments (one per
``|``), each with its command words (program and sub-commands, aliases made
canonical through :mod:`quizzer.spellings`), its flags (combined short flags
split, ``--name=x`` and ``--name x`` alike, short and long spellings made one)
and its positional arguments.  A placeholder of the notes (``<파일>``,
``{image_id}``, ``이미지이름<:태그>``, ``IMAGE``, ``[NAME]``) becomes a pattern that
any typed value matches; ``OPTIONS``/``옵션`` accepts any flags; a bracketed
``[NAME]`` or ``[-f]`` may be left out.

:func:`compare` returns the differences, each one token: the caller decides
what they add up to.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from quizzer.i18n import _
from quizzer.shell import is_flag, is_placeholder, parse_invocation, strip_prompt, tokenize
from quizzer.spellings import FLAG_SPELLINGS, KNOWN_COMMANDS, SINGLE_DASH_PROGRAMS, VALUE_FLAGS, canonical_command

__all__ = ["Difference", "Line", "compare", "near", "normalize", "read_line"]

_OPTION_MARKERS = frozenset({"options", "option", "옵션", "[옵션]", "[options]", "<옵션>", "(옵션)", "[option]"})


def normalize(text: str) -> str:
    """NFKC (full-width dashes and spaces from an input method become ASCII), one line."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _unquote(token: str) -> str:
    """Quoting as a shell reads it: ``"gs"`` → ``gs``, ``'a b'`` → ``a b``."""
    if not any(ch in token for ch in "\"'\\"):
        return token
    try:
        return " ".join(shlex.split(token))
    except ValueError:  # an unbalanced quote: keep it as typed
        return token


def near(typed: str, expected: str) -> bool:
    """A slip of the fingers: one edit (a swap counts as one) in a short word, two in a long one."""
    if typed == expected:
        return True
    a, b = typed.lower().lstrip("-"), expected.lower().lstrip("-")
    if a == b:  # "-all-tags" for "--all-tags", "Run" for "run"
        return True
    allowed = 1 if len(b) <= 7 else 2
    return len(b) >= 3 and OSA.distance(a, b) <= allowed


# -- patterns for placeholders ---------------------------------------------------------------
_UPPER_WORD = re.compile(r"[A-Z][A-Z0-9_]+")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3\u3131-\u318e][\w\uac00-\ud7a3\u3131-\u318e]*")


def _pattern(token: str) -> re.Pattern[str] | None:
    """The values a placeholder token accepts; None for a concrete token."""
    if not is_placeholder(token):
        return None
    parts: list[str] = []
    index = 0
    closing = {"[": "]", "<": ">", "{": "}"}
    while index < len(token):
        ch = token[index]
        if ch in closing:
            end = _matching(token, index, ch, closing[ch])
            whole = index == 0 and end == len(token) - 1
            # "<file>", "{id}", "[NAME]" alone stand for one value; "<:태그>", "[:tag]" inside a word may be left out
            parts.append(".+" if whole or ch == "{" or (ch == "<" and token[index + 1 : index + 2] != ":") else ".*")
            index = end + 1
            continue
        word = _UPPER_WORD.match(token, index) or _HANGUL_RUN.match(token, index)
        if word:
            parts.append(".+")
            index = word.end()
            continue
        plain = re.match(r"[a-z][a-z0-9_-]*", token[index:])
        if plain and index + plain.end() < len(token) and token[index + plain.end()] in "[<{" and index == 0:
            parts.append(".+")  # "name[:tag]": the word before a bracket is a placeholder too
            index += plain.end()
            continue
        parts.append(re.escape(ch))
        index += 1
    return re.compile("".join(parts) or ".+", re.DOTALL)


def _matching(token: str, start: int, opening: str, closing: str) -> int:
    depth = 0
    for index in range(start, len(token)):
        if token[index] == opening:
            depth += 1
        elif token[index] == closing:
            depth -= 1
            if depth == 0:
                return index
    return len(token) - 1


# -- reading a line --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Flag:
    name: str  # canonical: the long spelling when known
    shown: str  # as written: "-d"
    value: str | None = None
    pattern: re.Pattern[str] | None = None  # the notes' placeholder for the value
    optional: bool = False
    explicit: bool = False  # written "--name=x": it surely takes a value

    def written(self) -> str:
        return self.shown if self.value is None else f"{self.shown} {self.value}"


@dataclass(frozen=True, slots=True)
class Arg:
    text: str
    pattern: re.Pattern[str] | None = None
    optional: bool = False

    def accepts(self, typed: str) -> bool:
        return bool(self.pattern.fullmatch(typed)) if self.pattern else typed == self.text


@dataclass(frozen=True, slots=True)
class Segment:
    words: tuple[str, ...]  # canonical command words
    shown: str  # the command as written (program in lower case)
    flags: tuple[Flag, ...] = ()
    args: tuple[Arg, ...] = ()
    any_flags: bool = False  # the notes wrote OPTIONS / 옵션 here

    @property
    def concrete_args(self) -> bool:
        return any(arg.pattern is None for arg in self.args)


@dataclass(frozen=True, slots=True)
class Line:
    segments: tuple[Segment, ...]

    @property
    def size(self) -> int:
        """Tokens that must be right: command words, required flags and arguments."""
        return sum(
            len(s.words) + sum(not f.optional for f in s.flags) + sum(not a.optional for a in s.args)
            for s in self.segments
        )

    def arity(self) -> dict[str, bool]:
        """Which flags took a value here: a typed line is read the same way."""
        return {f.name: f.value is not None for s in self.segments for f in s.flags}

    def explicit(self) -> frozenset[str]:
        """Flags written with ``=``: whatever the other line says, they take a value."""
        return frozenset(f.name for s in self.segments for f in s.flags if f.explicit)


def _command_words(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a segment's tokens into its command words and the rest."""
    if not tokens or is_flag(tokens[0]) or tokens[0].startswith("["):
        return [], tokens
    invocation = parse_invocation(" ".join(tokens))
    if invocation is None:
        return tokens[:1], tokens[1:]
    expected = invocation.command.split()
    words: list[str] = []
    index = 0
    while index < len(tokens) and len(words) < len(expected):
        token = tokens[index]
        if token == expected[len(words)]:
            words.append(token)
        elif not (token.isupper() and token.isalpha()):  # "docker IMAGE pull"
            break
        index += 1
    return words or tokens[:1], tokens[index if words else 1 :]


def _flag_tokens(token: str, program: str) -> list[tuple[str, str | None]]:
    """``-dp`` → ``-d``, ``-p``; ``--name=x`` → ``--name`` with ``x``."""
    if "=" in token:
        name, value = token.split("=", 1)
        return [(name, _unquote(value))]
    if token.startswith("--") or len(token) <= 2 or program in SINGLE_DASH_PROGRAMS:
        return [(token, None)]
    if token[1:].isalnum() and token[1:].isascii():
        return [(f"-{ch}", None) for ch in token[1:]]
    return [(token, None)]


def read_line(
    text: str,
    *,
    notes: bool,
    arity: Mapping[str, bool] | None = None,
    spellings: Mapping[str, str] | None = None,
) -> Line:
    """Read ``text`` (from the notes when ``notes``: placeholders are patterns there)."""
    tokens = list(tokenize(strip_prompt(normalize(text))))
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token == "|":
            segments.append([])
        else:
            segments[-1].append(token)
    return Line(tuple(_segment(t, notes=notes, arity=arity or {}, spellings=spellings or {}) for t in segments if t))


def _segment(tokens: list[str], *, notes: bool, arity: Mapping[str, bool], spellings: Mapping[str, str]) -> Segment:
    if tokens and not is_flag(tokens[0]):
        tokens = [tokens[0].lower(), *tokens[1:]]
    words, rest = _command_words(tokens)
    canonical = canonical_command(tuple(words))
    key = " ".join(canonical)
    program = canonical[0] if canonical else ""
    names = {**FLAG_SPELLINGS.get(key, {}), **spellings}
    valued = VALUE_FLAGS.get(key)
    entries: list[Flag | Arg] = []
    any_flags = False
    after_dashes = False
    for token in rest:
        if not after_dashes and token == "--":
            after_dashes = True
            continue
        if notes and not after_dashes and token.lower() in _OPTION_MARKERS:
            any_flags = True
            continue
        optional = notes and token.startswith("[") and token.endswith("]") and is_flag(token[1:-1])
        bare = token[1:-1] if optional else token
        if not after_dashes and is_flag(bare):
            for shown, value in _flag_tokens(bare, program):
                pattern = _pattern(value) if notes and value is not None else None
                entries.append(Flag(names.get(shown, shown), shown, value, pattern, optional, value is not None))
            continue
        whole_optional = notes and token.startswith("[") and token.endswith("]") and is_placeholder(token)
        entries.append(Arg(_unquote(token), _pattern(token) if notes else None, whole_optional))
    flags: list[Flag] = []
    args: list[Arg] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if isinstance(entry, Arg):
            args.append(entry)
            continue
        following = entries[index] if index < len(entries) else None
        if entry.value is None and isinstance(following, Arg):
            if entry.name in arity:
                takes = arity[entry.name]
            elif valued is not None:
                takes = entry.name in valued
            else:  # a long flag's value; a short flag's too, unless it is the line's last word ("logs -f web")
                takes = entry.shown.startswith("--") or index < len(entries) - 1
            if takes:
                entry = Flag(entry.name, entry.shown, following.text, following.pattern, entry.optional)
                index += 1
        flags.append(entry)
    return Segment(canonical, " ".join(words), tuple(flags), tuple(args), any_flags)


# -- comparing -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Difference:
    message: str
    fatal: bool = False  # a different command: never "almost"
    near: bool = False  # a slip of the fingers in one token


@dataclass(slots=True)
class _Tally:
    differences: list[Difference] = field(default_factory=list)

    def add(self, message: str, *, fatal: bool = False, near: bool = False) -> None:
        self.differences.append(Difference(message, fatal, near))


def compare(expected: Line, typed: Line, *, free_args: bool) -> list[Difference]:
    """What differs, one entry per token; ``free_args``: extra arguments are usage."""
    tally = _Tally()
    for index in range(max(len(expected.segments), len(typed.segments))):
        if index >= len(typed.segments):
            tally.add(_("Missing | {command}.").format(command=expected.segments[index].shown))
        elif index >= len(expected.segments):
            tally.add(_("| {command} is not part of this line.").format(command=typed.segments[index].shown))
        else:
            _compare_segment(expected.segments[index], typed.segments[index], tally, free_args=free_args)
    return tally.differences


def _compare_segment(a: Segment, t: Segment, tally: _Tally, *, free_args: bool) -> None:
    if a.words != t.words:
        # compare as canonical ("docker container stat") or as written ("docker stat")
        pairs = [(t.words, a.words), (tuple(t.shown.split()), tuple(a.shown.split()))]
        slips = next(
            (p for p in pairs if len(p[0]) == len(p[1]) and all(near(x, y) for x, y in zip(*p, strict=True))), None
        )
        if " ".join(t.words) in KNOWN_COMMANDS:
            slips = None  # "docker rm" for "docker rmi" is another command, not a slip
        if slips:
            for x, y in zip(*slips, strict=True):
                if x != y:
                    tally.add(_("{typed}: did you mean {expected}?").format(typed=x, expected=y), near=True)
        else:
            tally.add(
                _("{typed} is a different command from {expected}.").format(typed=t.shown or "—", expected=a.shown),
                fatal=True,
            )
    _compare_flags(a, t, tally)
    _compare_args(a.args, t.args, tally, free=free_args and not a.concrete_args)


def _value_ok(expected: Flag, typed: Flag) -> bool:
    if expected.value is None:
        return True  # the notes name the flag only: any value is usage
    if typed.value is None:
        return False
    if expected.pattern is not None:
        return bool(expected.pattern.fullmatch(typed.value))
    return typed.value == expected.value


def _compare_flags(a: Segment, t: Segment, tally: _Tally) -> None:
    wanted = list(a.flags)
    extra: list[Flag] = []
    wrong_value: list[tuple[Flag, Flag]] = []
    for flag in t.flags:
        match = next((w for w in wanted if w.name == flag.name and _value_ok(w, flag)), None)
        if match is None:
            match = next((w for w in wanted if w.name == flag.name), None)
            if match is not None:
                wrong_value.append((match, flag))
        if match is None:
            extra.append(flag)
        else:
            wanted.remove(match)
    for expected, flag in wrong_value:
        if flag.value is None:
            tally.add(_("{flag} needs a value ({value}).").format(flag=flag.shown, value=expected.value))
        else:
            tally.add(
                _("{flag} {typed} should be {flag} {value}.").format(
                    flag=flag.shown, typed=flag.value, value=expected.value
                ),
                near=near(flag.value, expected.value or ""),
            )
    missing = [w for w in wanted if not w.optional]
    if a.any_flags:
        extra = []
    # a missing flag and an extra one side by side are one token typed wrong
    while missing and extra:
        expected, flag = missing.pop(0), extra.pop(0)
        slip = near(flag.shown, expected.shown) or near(flag.name, expected.name)
        if slip:
            tally.add(_("{typed}: did you mean {expected}?").format(typed=flag.shown, expected=expected.shown), near=True)
        else:
            tally.add(_("{typed} instead of {expected}.").format(typed=flag.written(), expected=expected.written()))
    for expected in missing:
        tally.add(_("Missing {flag}.").format(flag=expected.written()))
    for flag in extra:
        tally.add(_("{flag} is not an option of this line.").format(flag=flag.shown))


def _compare_args(expected: Sequence[Arg], typed: Sequence[Arg], tally: _Tally, *, free: bool) -> None:
    """Align the arguments in order (an edit distance where optional ones cost nothing)."""
    n, m = len(expected), len(typed)
    inf = n + m + 1
    cost = [[inf] * (m + 1) for _row in range(n + 1)]
    step: list[list[str]] = [[""] * (m + 1) for _row in range(n + 1)]
    cost[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            if i < n and j < m:
                c = here + (0 if expected[i].accepts(typed[j].text) else 1)
                if c < cost[i + 1][j + 1]:
                    cost[i + 1][j + 1], step[i + 1][j + 1] = c, "pair"
            if i < n:
                c = here + (0 if expected[i].optional else 1)
                if c < cost[i + 1][j]:
                    cost[i + 1][j], step[i + 1][j] = c, "skip"
            if j < m:
                c = here + (0 if free else 1)
                if c < cost[i][j + 1]:
                    cost[i][j + 1], step[i][j + 1] = c, "extra"
    found: list[tuple[str, str, bool]] = []
    i, j = n, m
    while i or j:
        move = step[i][j]
        if move == "pair":
            i, j = i - 1, j - 1
            if not expected[i].accepts(typed[j].text):
                found.append(
                    (_("{typed} should be {expected}.").format(typed=typed[j].text, expected=expected[i].text),
                     "", near(typed[j].text, expected[i].text))
                )
        elif move == "skip":
            i -= 1
            if not expected[i].optional:
                found.append((_("Missing {argument}.").format(argument=expected[i].text), "", False))
        else:
            j -= 1
            if not free:
                found.append((_("{argument} is not part of this line.").format(argument=typed[j].text), "", False))
    for message, _unused, slip in reversed(found):
        tally.add(message, near=slip)
