"""Comparing a typed command line with one the notes accept (pure).

Used by :mod:`quizzer.grading`; read that first.  Both lines are read by
:mod:`quizzer.command_line`; :func:`compare` returns the differences, each one
token: the caller decides what they add up to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import OSA

from quizzer.command_line import Arg, Flag, Line, Segment, normalize, read_line, unquote
from quizzer.i18n import _
from quizzer.spellings import KNOWN_COMMANDS, ORDERED_FLAGS

__all__ = ["Comparison", "Difference", "compare", "in_sentence", "near", "normalize", "read_line"]


def in_sentence(text: str) -> str:
    """``text`` as a verdict's sentence names it: within “ ” when it ends with a full stop, which the sentence's
    own stop would double ("Same as docker build -t <이름> .." and "./ should be .." read as the parent folder)."""
    return f"“{text}”" if text.endswith(".") else text


def near(typed: str, expected: str) -> bool:
    """A slip of the fingers: one edit (a swap counts as one) in a short word, two in a long one."""
    if typed == expected:
        return True
    a, b = typed.lstrip("-"), expected.lstrip("-")  # -A is not -a
    if a == b:  # "-all-tags" for "--all-tags", "Run" for "run"
        return True
    allowed = 1 if len(b) <= 7 else 2
    return len(b) >= 3 and OSA.distance(a, b) <= allowed


# -- comparing -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Difference:
    message: str
    fatal: bool = False  # a different command: never "almost"
    near: bool = False  # a slip of the fingers in one token


@dataclass(frozen=True, slots=True)
class Comparison:
    """What :func:`compare` found: the differences, and each placeholder of the notes the typed line filled in
    with a value of its own, as ``(placeholder, value)``: ``("<컨테이너>", "web")``, and the arguments typed
    where the notes hold none (``free_args``), which cost nothing: ``("foo",)`` for ``docker ps -a foo``."""

    differences: tuple[Difference, ...]
    filled: tuple[tuple[str, str], ...] = ()
    unused: tuple[str, ...] = ()  # arguments typed, as written, that cost nothing where the notes hold none


@dataclass(slots=True)
class _Tally:
    differences: list[Difference] = field(default_factory=list)
    filled: list[tuple[str, str]] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)

    def add(self, message: str, *, fatal: bool = False, near: bool = False) -> None:
        self.differences.append(Difference(message, fatal, near))


def compare(expected: Line, typed: Line, *, free_args: bool) -> Comparison:
    """What differs, one entry per token, and what filled the notes' placeholders; ``free_args``: extra arguments
    are usage."""
    tally = _Tally()
    for index in range(max(len(expected.segments), len(typed.segments))):
        if index >= len(typed.segments):
            tally.add(_("Missing | {command}.").format(command=expected.segments[index].shown))
        elif index >= len(expected.segments):
            tally.add(_("| {command} is not part of this line.").format(command=typed.segments[index].shown))
        else:
            _compare_segment(expected.segments[index], typed.segments[index], tally, free_args=free_args)
    return Comparison(tuple(tally.differences), tuple(tally.filled), tuple(tally.unused))


def _compare_segment(a: Segment, t: Segment, tally: _Tally, *, free_args: bool) -> None:
    if a.words != t.words:
        # compare as canonical ("docker container stat") or as written ("docker stat")
        pairs = [(t.words, a.words), (tuple(t.shown.split()), tuple(a.shown.split()))]
        slips = next(
            (p for p in pairs if len(p[0]) == len(p[1]) and all(near(x, y) for x, y in zip(*p, strict=True))), None
        )
        if " ".join(t.words) in KNOWN_COMMANDS:
            slips = None  # "docker rm" for "docker rmi" is another command, not a slip
        if len(t.words) == 1 and unquote(t.words[0]) in (a.shown, " ".join(a.words)):
            # '"git add"': one word to a shell, a program named "git add"
            tally.add(_("{typed} is one word to a shell, the name of a program: write {expected} without the quotes.")
                      .format(typed=t.words[0], expected=a.shown), fatal=True)
        elif slips:
            for x, y in zip(*slips, strict=True):
                if x != y:
                    tally.add(_("{typed}: did you mean {expected}?").format(typed=x, expected=y), near=True)
        elif not a.words:  # the answer is a bare flag ("-d"); a command line was typed
            tally.add(_("The answer is the option alone, without {typed}.").format(typed=t.shown), fatal=True)
            return  # its flags are read as that command's: they cannot be compared with bare ones
        elif not t.words:  # the options typed without their command ("-e md" for "fd -e md")
            tally.add(_("Missing the command {expected}.").format(expected=a.shown), fatal=True)
        else:
            tally.add(
                _("{typed} is a different command from {expected}.").format(typed=t.shown, expected=a.shown),
                fatal=True,
            )
            # its flags and arguments are another program's: "-l instead of -c" of ls's and tar's says nothing
            return
    a, t = _moved_flags(a, t, tally)
    _compare_flags(a, t, tally)
    free = free_args and not a.concrete_args
    plain = _Tally()
    _compare_args(a.args, t.args, plain, free=free)
    if plain.differences and a.any_flags:
        # "docker image save 옵션 파일명 이미지명" typed "docker image save -o web.tar nginx":
        # the notes' 파일명 is the value of an option they did not name
        named = {flag.name for flag in a.flags}
        values = [Arg(flag.value) for flag in t.flags if flag.value is not None and flag.name not in named]
        filled = _Tally()
        _compare_args(a.args, (*values, *t.args), filled, free=free)
        if len(filled.differences) < len(plain.differences):
            plain = filled
    tally.differences += plain.differences
    tally.filled += plain.filled
    tally.unused += plain.unused


def _moved_flags(a: Segment, t: Segment, tally: _Tally) -> tuple[Segment, Segment]:
    """``docker run nginx -d``: a flag typed after the arguments, where it is an argument
    (of the container's command), is one difference, not a missing flag and an extra word."""
    typed_names = {flag.name for flag in t.flags}
    flags = list(a.flags)
    args = list(t.args)
    for flag in a.flags:
        if flag.name in typed_names or flag.value is not None:
            continue
        moved = next((arg for arg in args if arg.text in (flag.shown, flag.name)), None)
        if moved is not None:
            flags.remove(flag)
            args.remove(moved)
            tally.add(_("{flag} must come before the arguments.").format(flag=flag.shown))
    return replace(a, flags=tuple(flags)), replace(t, args=tuple(args))


def _value_ok(expected: Flag, typed: Flag) -> bool:
    if expected.value is None:
        return True  # the notes name the flag only: any value is usage
    if typed.value is None:
        return False
    if expected.pattern is not None:
        return bool(expected.pattern.fullmatch(typed.value))
    return typed.value == expected.value and typed.read_alike(expected)


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
            if match.pattern is not None and match.value is not None and flag.value != match.value:
                tally.filled.append((match.value, flag.value or ""))  # "--name web" for "--name <이름>"
    for expected, flag in wrong_value:
        if flag.value is None:
            tally.add(_("{flag} needs a value ({value}).").format(flag=flag.shown, value=expected.value))
        elif flag.implied or expected.implied:  # "ls -S" or "ls --sort=size" for "ls -t" (--sort=time)
            tally.add(_("{typed} instead of {expected}.").format(typed=flag.said(), expected=expected.said()))
        elif flag.value == expected.value:  # "-e '$x'" for "-e "$x"": the same text, quoted otherwise
            tally.add(_read_apart(flag.written_value or flag.value, expected.written_value or expected.value), near=True)
        else:
            tally.add(
                _("{flag} {typed} should be {flag} {value}.").format(
                    flag=flag.shown, typed=flag.value, value=in_sentence(expected.value or "")
                ),
                near=near(flag.value, expected.value or ""),
            )
    missing = [w for w in wanted if not w.optional]
    if a.any_flags:
        extra = []
    # a missing flag and an extra one side by side are one token typed wrong
    while missing and extra:
        expected, flag = missing.pop(0), extra.pop(0)
        if flag.written() == expected.written():  # as written, read apart under another command: said of it
            continue
        slip = near(flag.shown, expected.shown) or near(flag.name, expected.name)
        if slip:
            tally.add(_("{typed}: did you mean {expected}?").format(typed=flag.shown, expected=expected.shown), near=True)
        else:
            tally.add(_("{typed} instead of {expected}.").format(typed=flag.said(), expected=expected.said()))
    for expected in missing:
        tally.add(_("Missing {flag}.").format(flag=expected.said()))
    for flag in extra:
        tally.add(_("{flag} is not an option of this line.").format(flag=flag.shown))
    _compare_order(a, t, tally)


def _compare_order(a: Segment, t: Segment, tally: _Tally) -> None:
    """The same values of a flag whose repeats are read in order (:data:`ORDERED_FLAGS`), typed in another order."""
    for name in sorted(ORDERED_FLAGS.get(" ".join(a.words), frozenset())):
        wanted = [f.value for f in a.flags if f.name == name]
        typed = [f.value for f in t.flags if f.name == name]
        concrete = all(f.pattern is None for f in a.flags if f.name == name)
        if len(wanted) > 1 and concrete and sorted(map(str, wanted)) == sorted(map(str, typed)) and wanted != typed:
            shown = next(f.shown for f in a.flags if f.name == name)
            tally.add(_("The {flag} values are read in the order written: {order}.").format(
                flag=shown, order=", ".join(str(v) for v in wanted)))


def _read_apart(typed: str, expected: str) -> str:
    """``'$HOME'`` for ``"$HOME"``, ``*.txt`` for ``"*.txt"``: the same text, which the quotes make another word."""
    return _("A shell reads {typed} apart from {expected}: the quotes decide whether it expands $, ` and *.").format(
        typed=typed, expected=expected)


def _accepts(expected: Arg, typed: Arg) -> bool:
    """The typed argument is the expected one, read alike by a shell (``'$HOME'`` is not ``"$HOME"``);
    ``$(docker ps -qa)`` is read as the line inside."""
    if expected.accepts(typed.text):
        return expected.pattern is not None or expected.read_alike(typed)
    typed_text = typed.text
    inner = expected.text
    if inner.startswith("$(") and inner.endswith(")") and typed_text.startswith("$(") and typed_text.endswith(")"):
        answer = read_line(inner[2:-1], notes=True)
        typed_line = read_line(typed_text[2:-1], notes=False, arity=answer.arity())
        return not compare(answer, typed_line, free_args=False).differences
    return False


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
                c = here + (0 if _accepts(expected[i], typed[j]) else 1)
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
            accepted = _accepts(expected[i], typed[j])
            if not accepted and expected[i].accepts(typed[j].text):  # the same text, which its quotes read apart
                found.append((_read_apart(typed[j].shown, expected[i].shown), "", True))
            elif not accepted:
                found.append(
                    (_("{typed} should be {expected}.").format(typed=in_sentence(typed[j].text),
                                                                expected=in_sentence(expected[i].text)),
                     "", near(typed[j].text, expected[i].text))
                )
            elif expected[i].pattern is not None and typed[j].text != expected[i].text:
                tally.filled.insert(0, (expected[i].text, typed[j].text))  # read from the end: kept in line order
        elif move == "skip":
            i -= 1
            if not expected[i].optional:
                found.append((_("Missing {argument}.").format(argument=in_sentence(expected[i].text)), "", False))
        else:
            j -= 1
            if free:
                tally.unused.insert(0, typed[j].shown)  # read from the end: kept in line order
            else:
                found.append((_("{argument} is not part of this line.").format(argument=in_sentence(typed[j].text)), "", False))
    for message, _unused, slip in reversed(found):
        tally.add(message, near=slip)
