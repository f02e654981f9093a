"""Grading a typed answer against the answers a note accepts (pure).

    >>> grade(["docker run --name webserver1 -d -p 8001:80 nginx:1.18"],
    ...       "docker container run -dp 8001:80 --name=webserver1 nginx:1.18").outcome
    'exact'

:func:`grade` is the one entry point (the review screen and the quiz and exam
screens call it); :func:`quality` turns its verdict into an SM-2 grade.

A command-like answer (a command, a command line, an option or flag spelling)
is read the way a shell reads it, never compared as a string
(:mod:`quizzer.line_grading`): flags in any order, ``-it`` ≡ ``-i -t``,
``--name=x`` ≡ ``--name x``, short ≡ long spellings (:mod:`quizzer.spellings`
and any the notes give, ``spellings=``), placeholders of the notes match any
value, ``[optional]`` parts may be left out, the program name's case, extra
spaces and shell quoting do not matter, docker's management forms and stated
aliases are the same command.  Every token that differs is one difference:
none is ``exact``; one is ``almost`` (unless it is a different command, or the
whole answer was that one token and it is not a slip of the fingers); more is
``wrong``.  When no answer shows a concrete argument (``docker pull``), typed
arguments are usage and cost nothing.

A prose answer (a meaning, in Korean or English) is compared after NFKC,
case folding and dropping spaces and punctuation; a near miss by edit distance
relative to its length (rapidfuzz, over Hangul letters decomposed into jamo)
is ``almost``, with a diff the screen can show.  So is a clear part of it: its
words, in the answer's order, holding at least a third of its letters, no word
of the answer's that turns it around (``not``, ``안``) left out (``stage a file``
for "stage a file for the next commit"); the whole answer shows, the rest marked missing.  A meaning
typed with a ``not`` the answer lacks, or without one it has, is wrong however near it reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from rapidfuzz.distance import Indel, Levenshtein

from quizzer import lazyre
from quizzer.cards import TYPED_KINDS, CardLike
from quizzer.i18n import _, ngettext
from quizzer.command_line import Line, normalize, read_line, stands_for_a_value, unquote
from quizzer.line_grading import Difference, compare, in_sentence, near
from quizzer.shell import is_flag, parse_invocation, tokenize
from quizzer.extract.knowledge import PROGRAMS
from quizzer.spellings import COMMAND_ALIASES, flag_spellings

__all__ = [
    "NEAR_MISS",
    "NEGATIONS",
    "PART_OF_MEANING",
    "SAME_WORDS",
    "SLOW_AFTER_SECONDS",
    "Outcome",
    "TYPED_KINDS",
    "Expected",
    "Verdict",
    "accepted_answers",
    "grade",
    "is_command_answer",
    "quality",
    "typed_answers",
]

Outcome = Literal["exact", "almost", "wrong"]

#: prose whose similarity (0–1, jamo level) reaches this is a near miss
NEAR_MISS = 0.8
#: a prose answer typed in part is almost when the part holds this share of its letters (see _is_part)
PART_OF_MEANING = 1 / 3
#: words that turn a meaning around: a part that leaves one out is not a part of that meaning
#: (keys as _prose_key makes them: "don't" is "dont"); Korean also any word that starts with 않
NEGATIONS = frozenset({
    "not", "no", "never", "without", "nor", "dont", "doesnt", "isnt", "arent", "cannot", "cant", "wont",
    "안", "못", "없이", "없는", "없다", "없음", "말고", "아닌", "아니다", "아님",
})
#: words of a meaning that say the same as another (whole words, case folded): "one line for each commit" is
#: "one line per commit"
SAME_WORDS: dict[str, str] = {"for each": "per", "for every": "per", "&": "and"}
_SAME_WORDS = lazyre.pattern(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, SAME_WORDS), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE)
#: an exact answer typed slower than this is graded 4, not 5 (config: typed_slow_seconds)
SLOW_AFTER_SECONDS = 20.0

_RANK = {"exact": 0, "almost": 1, "wrong": 2}


@dataclass(frozen=True, slots=True)
class Verdict:
    """What :func:`grade` found.

    ``answer`` is the accepted answer closest to what was typed (show it as
    the right answer); ``explanation`` one short line for the screen ("" when
    typed exactly as written); ``differences`` every difference found, one
    sentence each; ``diff`` for a prose near miss, the answer and the typed
    text as runs of ``("same" | "missing" | "extra", text)``.
    """

    outcome: Outcome
    answer: str
    typed: str
    explanation: str = ""
    differences: tuple[str, ...] = ()
    diff: tuple[tuple[str, str], ...] = ()

    @property
    def exact(self) -> bool:
        return self.outcome == "exact"


def quality(outcome: Outcome, *, seconds: float | None = None, slow_after: float = SLOW_AFTER_SECONDS) -> int:
    """The SM-2 grade of a typed answer: exact 5 (4 when slower than ``slow_after``), almost 3, wrong 1."""
    if outcome == "exact":
        return 4 if seconds is not None and seconds > slow_after else 5
    return 3 if outcome == "almost" else 1


def is_command_answer(answer: str) -> bool:
    """Is ``answer`` a command, a command line or a flag (rather than prose)?"""
    tokens = tokenize(normalize(answer))
    if not tokens:
        return False
    first = tokens[0].lower()
    if is_flag(first) or first.startswith(("[-", ":", "./", "/", "~/")):
        return True
    if parse_invocation(" ".join((first, *tokens[1:]))) is None:
        return False
    if first in PROGRAMS or first in COMMAND_ALIASES or any(is_flag(t) for t in tokens[1:]):
        return True
    return len(tokens) == 1  # one word: "pwd", "dw"; "print working directory" is prose


def grade(
    answers: Sequence[str], typed: str, *, spellings: Mapping[str, str] | None = None, prose: bool | None = None
) -> Verdict:
    """Grade ``typed`` against every accepted answer; the best verdict wins.

    ``spellings`` maps flag spellings the notes give as one (``{"-a": "--all-tags"}``)
    beyond those :mod:`quizzer.spellings` knows.  ``prose``: the answers are
    meanings (True) or commands (False); by default each answer's look decides
    (:func:`is_command_answer`), which a description starting with a command
    ("docker pull + create + start 가 합쳐진 명령어") can fool.
    """
    typed_text = normalize(typed)
    shown = unicodedata.normalize("NFC", typed).strip()  # what the person typed, as the log keeps it
    accepted = [a for a in (normalize(a) for a in answers) if a]
    if not accepted:
        return Verdict("wrong", "", shown, _("This card has no answer to type."))
    if not typed_text:
        return Verdict("wrong", accepted[0], shown, _("Nothing was typed."))
    if typed_text in accepted:  # as the notes write it: right, whatever the reader makes of ": :''<"
        return Verdict("exact", typed_text, shown, "")
    commands = [a for a in accepted if not prose and (prose is False or is_command_answer(a))]
    free_args = not any(_has_example(read_line(a, notes=True)) for a in commands)
    verdicts = [
        _grade_command(a, typed_text, free_args=free_args, spellings=spellings or {})
        if a in commands
        else _grade_prose(a, typed_text)
        for a in accepted
    ]
    # the best outcome, the fewest differences, then the fuller answer (its explanation says more)
    best = min(verdicts, key=lambda v: (_RANK[v.outcome], len(v.differences), -len(tokenize(v.answer))))
    return replace(best, typed=shown)


def _has_example(line: Line) -> bool:
    return any(segment.concrete_args for segment in line.segments)


#: A short flag with a number written onto it: ``-n5``.
_NUMBER_ON_FLAG = lazyre.pattern(r"(-[A-Za-z])(\d+)")

#: Words of a placeholder that stands for a number (``<number>``, ``N``, ``<줄 수>``): after a short flag, the
#: flag's value, which getopt also reads written onto it (``-n5``); other placeholders (``<dir>``) may be
#: arguments of their own after a flag that takes none (``ls -l <dir>``: ``-l5`` is ``-l -5``).
NUMBER_WORDS = frozenset({
    "n", "num", "number", "count", "lines", "line", "port", "size", "depth", "level", "seconds", "sec", "secs",
    "max", "limit", "times", "숫자", "수", "개수", "줄", "줄수", "포트", "크기", "깊이", "초", "횟수",
})
_PLACEHOLDER_WORD = lazyre.pattern(r"[^\W\d_]+")


def _stands_for_a_number(token: str) -> bool:
    return stands_for_a_value(token) and any(word.casefold() in NUMBER_WORDS for word in _PLACEHOLDER_WORD.findall(token))


# "docker ps -a;": a ';' written onto the last word, not escaped (find's "\;") nor quoted, ends the command there
_ENDING_SEMICOLON = lazyre.pattern(r"(?<=[^\s\\;'\"]);\s*$")


def _end_apart(typed: str, answer: str) -> str:
    """``docker ps -a;``: a shell reads the command up to the ``;`` ending it, as it reads ``docker ps -a ;``; the
    ``;`` on the last word was read as part of it (``Missing -a.``).  Kept where the notes' line itself ends so."""
    return typed if answer.rstrip().endswith(";") else _ENDING_SEMICOLON.sub(" ;", typed)


def _number_apart(typed: str, answer: str) -> str:
    """``git log -n5`` for ``git log -n <number>``: where the notes write a short flag with a number's
    placeholder after it, a number written onto the flag is its value, as getopt reads it: read apart (``-n 5``)."""
    written = tokenize(answer)
    valued = {flag for flag, after in zip(written, written[1:]) if len(flag) == 2 and is_flag(flag)
              and _stands_for_a_number(after)}
    if not valued:
        return typed
    tokens = tokenize(typed)
    apart: list[str] = []
    for token in tokens:
        number = _NUMBER_ON_FLAG.fullmatch(token)
        apart += [number[1], number[2]] if number and number[1] in valued else [token]
    return typed if len(apart) == len(tokens) else " ".join(apart)


def _grade_command(answer: str, typed: str, *, free_args: bool, spellings: Mapping[str, str]) -> Verdict:
    expected = read_line(answer, notes=True, spellings=spellings)
    typed = _number_apart(_end_apart(typed, answer), answer)
    got = read_line(typed, notes=False, arity=expected.arity(), spellings=spellings)
    arity = expected.arity()
    valued = {name: True for name in got.explicit() | expected.explicit() if not arity.get(name)}
    if valued:  # "--name=x" typed where the notes wrote "--name x" last: read both alike
        arity |= valued
        expected = read_line(answer, notes=True, arity=arity, spellings=spellings)
        got = read_line(typed, notes=False, arity=arity, spellings=spellings)
    slip: list[Difference] = []
    program = expected.segments[0].words[:1] if expected.segments else ()
    first = next(iter(tokenize(typed)), "")  # as typed: '"dokcer"' is one word, quotes and all
    rest = typed[len(first):] if typed.startswith(first) else typed.partition(" ")[2]
    cased = _cased_command(expected, got, typed)
    if cased is not None:
        # "Git Log": a shell finds no sub-command "Log", but the slip is the case, not another command
        written, tokens = cased
        slip += [Difference(_("{typed}: did you mean {expected}?").format(typed=token, expected=word), near=True)
                 for n, (token, word) in enumerate(zip(tokens, written, strict=True))
                 if (unquote(token).lower() if n == 0 else unquote(token)) != word]  # the program's case is free
        got = read_line(" ".join([*written, *tokenize(typed)[len(written):]]), notes=False, arity=arity,
                        spellings=spellings)
    elif program and got.segments and got.segments[0].words[:1] != program and near(unquote(first), program[0]):
        # "dokcer run": read the rest as the program it was meant to be
        slip.append(Difference(_("{typed}: did you mean {expected}?").format(typed=first, expected=program[0]), near=True))
        got = read_line(f"{program[0]} {rest}", notes=False, arity=arity, spellings=spellings)
    comparison = compare(expected, got, free_args=free_args)
    found = slip + list(comparison.differences)
    messages = tuple(d.message for d in found)
    if not found:
        if typed == answer:
            return Verdict("exact", answer, typed, "")
        # "docker exec -it web bash" for "docker exec -it <컨테이너> bash": say what each typed value stands for
        filled = (_("{typed} stands for {placeholder}.").format(typed=value, placeholder=in_sentence(placeholder))
                  for placeholder, value in comparison.filled)
        same = _("Same as {answer}.").format(answer=in_sentence(answer))
        if comparison.unused:  # "docker ps -a foo": quizzer cannot know what a command takes, but the notes lack foo
            same = ngettext("Same as {answer}; {words} is not in the notes.",
                            "Same as {answer}; {words} are not in the notes.",
                            len(comparison.unused)).format(answer=answer, words=in_sentence(", ".join(comparison.unused)))
        return Verdict("exact", answer, typed, " ".join((same, *filled)))
    one = len(found) == 1 and not found[0].fatal and (found[0].near or expected.size > 1)
    outcome: Outcome = "almost" if one else "wrong"
    return Verdict(outcome, answer, typed, " ".join(messages[:3]), messages)


def _cased_command(expected: Line, got: Line, typed: str) -> tuple[list[str], tuple[str, ...]] | None:
    """The command words of ``expected`` as written, and the tokens of ``typed`` that wrote them in
    another case (``Git Log`` for ``git log``); None when the command was read as it should be, or
    when its words differ in more than their case."""
    if not expected.segments or not got.segments or got.segments[0].words == expected.segments[0].words:
        return None
    written = expected.segments[0].shown.split()
    tokens = tokenize(typed)[: len(written)]
    if len(tokens) < len(written) or any(unquote(t).casefold() != w.casefold() for t, w in zip(tokens, written, strict=True)):
        return None
    return written, tokens


def _prose_key(text: str) -> str:
    """Letters and digits only, case folded: "도커 허브, 로그인." → "도커허브로그인"."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def _same_words(text: str) -> str:
    """``text`` with :data:`SAME_WORDS` each said one way."""
    return _SAME_WORDS.sub(lambda match: SAME_WORDS[match.group(0).casefold()], text)


def _grade_prose(answer: str, typed: str) -> Verdict:
    a, t = _prose_key(_same_words(answer)), _prose_key(_same_words(typed))
    if not a:  # only symbols ("$", "%": vi keys): they must be typed as they are
        a, t = answer.replace(" ", ""), typed.replace(" ", "")
    if a and a == t:
        return Verdict("exact", answer, typed, "" if answer == typed else _("Same as {answer}.").format(answer=in_sentence(answer)))
    if _negations(answer) != _negations(typed):  # "delete the file" for "do not delete the file": near, and opposite
        message = _(
            "Part of the answer, but the words left out hold a 'not' (or a word like it) that limits it: type them too."
        ) if _leaves_out_negated_clause(answer, typed) else _(
            "The opposite of the answer: a word like 'not' is missing or added.")
        return Verdict("wrong", answer, typed, message, (message,), _diff(answer, typed))
    similarity = Indel.normalized_similarity(unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", t))
    if a and similarity >= NEAR_MISS:
        message = _("Close to the answer: check the differences.")
        return Verdict("almost", answer, typed, message, (message,), _diff(answer, typed))
    if _is_part(answer, typed):
        message = _("Part of the answer: the underlined words are missing.")
        return Verdict("almost", answer, typed, message, (message,), _diff(answer, typed))
    message = _("Not the answer.")
    return Verdict("wrong", answer, typed, message, (message,))


def _is_part(answer: str, typed: str) -> bool:
    """Is ``typed`` a clear part of the meaning ``answer``: its words (as :func:`_prose_key` reads each)
    are words of the answer in the answer's order, hold at least :data:`PART_OF_MEANING` of its letters,
    and the words left out turn nothing around (:data:`NEGATIONS`)?"""
    within = _typed_within(answer, typed)
    return within is not None and not any(_is_negation(key) for n, (_word, key) in enumerate(within[0])
                                          if n not in within[1])


def _leaves_out_negated_clause(answer: str, typed: str) -> bool:
    """Is ``typed`` a clear part of ``answer`` but for a clause after it holding a negation ("list all files" for
    "list all files, not only the visible ones", "delete the branch" for "… even if not merged"): each negation
    left out comes after the last word typed, past a comma or another word, or is a Korean one negating a word
    left out before the first word typed ("묻지 않고" of "묻지 않고 디렉터리를 지운다")?  The negation of the words typed
    ("delete the file" for "do not delete the file", "지우지" for "지우지 않는다") turns them around: no."""
    within = _typed_within(answer, typed)
    if within is None:
        return False
    words, at = within
    first, last = min(at), max(at)
    negated = [n for n, (_word, key) in enumerate(words) if n not in at and _is_negation(key)]
    # Korean's 않, 없이 … negate the word before them: "묻지 않고" before the words typed qualifies them
    return bool(negated) and all(n > last + 1 or n == last + 1 and words[last][0].endswith((",", ";", ":"))
                                 or 0 < n < first and _negates_the_word_before(words[n][1]) for n in negated)


def _negates_the_word_before(key: str) -> bool:
    """A Korean negation written after what it negates (``묻지 않고``, ``확인 없이``), unlike ``안``, ``못``, ``not``."""
    return key.startswith("않") or key in NEGATIONS and key not in ("안", "못") and not key.isascii()


def _typed_within(answer: str, typed: str) -> tuple[list[tuple[str, str]], set[int]] | None:
    """The answer's words (as written, as :func:`_prose_key` reads each) and the places among them of the words
    typed, when those are fewer, the answer's in its order, and hold at least :data:`PART_OF_MEANING` of its
    letters; None otherwise."""
    words = [(word, key) for word in answer.split() if (key := _prose_key(word))]
    parts = [key for key in map(_prose_key, typed.split()) if key]
    if not parts or len(parts) >= len(words):
        return None
    at: set[int] = set()
    n = 0
    for part in parts:
        while n < len(words) and words[n][1] != part:
            n += 1
        if n == len(words):
            return None  # a word the answer does not have, or not in its order
        at.add(n)
        n += 1
    if sum(map(len, parts)) < PART_OF_MEANING * sum(len(key) for _word, key in words):
        return None
    return words, at


def _is_negation(word: str) -> bool:
    """Does ``word`` (a :func:`_prose_key`) turn a meaning around (:data:`NEGATIONS`, or Korean 않…)?"""
    return word in NEGATIONS or word.startswith("않")


def _negations(text: str) -> list[str]:
    """The words of ``text`` that turn its meaning around, in order."""
    return [key for key in map(_prose_key, text.split()) if _is_negation(key)]


def _diff(answer: str, typed: str) -> tuple[tuple[str, str], ...]:
    """Runs of the answer as written against what was typed, for the screen; a letter typed in another case is
    the same letter, as the grade reads it (the answer's shows)."""
    runs: list[tuple[str, str]] = []
    for op in Levenshtein.opcodes([ch.casefold() for ch in answer], [ch.casefold() for ch in typed]):
        if op.tag == "equal":
            runs.append(("same", answer[op.src_start : op.src_end]))
            continue
        if op.src_end > op.src_start:
            runs.append(("missing", answer[op.src_start : op.src_end]))
        if op.dest_end > op.dest_start:
            runs.append(("extra", typed[op.dest_start : op.dest_end]))
    return tuple(runs)


class TypedCard(CardLike, Protocol):
    @property
    def answers(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Expected:
    """What a typed answer to one card or question is graded against (:meth:`grade` grades one).

    ``exact_only``: also right, the option with its command (``docker run -d`` for
    ``-d``), but a near miss of these is no "almost": the option is what is asked.
    ``prose``: None lets each answer's look decide (see :func:`grade`).
    """

    answers: tuple[str, ...]
    spellings: Mapping[str, str]
    prose: bool | None
    exact_only: tuple[str, ...] = ()

    def grade(self, typed: str) -> Verdict:
        verdict = grade(self.answers, typed, spellings=self.spellings, prose=self.prose)
        if verdict.outcome == "exact" and verdict.explanation and self.exact_only:
            # right with a remark ("8001:80 is not in the notes"): as one of these it may be the notes' own words
            other = grade(self.exact_only, typed, spellings=self.spellings, prose=self.prose)
            if other.outcome == "exact" and not other.explanation:
                return other
        if verdict.outcome == "exact" or not self.exact_only:
            return verdict
        other = grade(self.exact_only, typed, spellings=self.spellings, prose=self.prose)
        if other.outcome == "exact":
            return other
        words = tokenize(normalize(typed))
        if words and not is_flag(words[0]):  # a whole line was typed: say what differs from the whole line
            return replace(other, outcome=max(verdict.outcome, other.outcome, key=_RANK.__getitem__))
        return verdict


def accepted_answers(card: TypedCard) -> Expected:
    """What a typed answer to ``card`` is graded against, and the flag spellings that are one.

    A forward card asks for the meaning (prose: its back).  A reverse card asks
    for the command, option or flag: every spelling the note keeps, and for a
    command its usage line (``docker image rm 옵션 이미지이름<:태그>``), so any value
    typed for a placeholder is right.  An option the notes give as
    ``--all-tags, -a`` makes ``-a`` and ``--all-tags`` one flag in a line too.
    """
    if card.ord == 0:
        return Expected((card.back,), {}, prose=True)
    return typed_answers(
        kind=card.kind, front=card.front, answers=card.answers, command=card.command, context=card.context
    )


def _with_value(flags: Sequence[str], line: str, spellings: Mapping[str, str]) -> list[str]:
    """Each of ``flags`` with the value the notes' example ``line`` gives it (``-p 8001:80`` in ``docker run -d
    -p 8001:80 nginx``): typed so it is the notes' own answer, not words they lack (a flag that takes no value,
    ``-d``, takes nothing)."""
    arity = read_line(line, notes=True, spellings=spellings).arity()
    tokens = tokenize(line)
    return [f"{token} {value}" for token, value in zip(tokens, tokens[1:], strict=False)
            if token in flags and arity.get(spellings.get(token, token)) and not is_flag(value)]


def typed_answers(
    *, kind: str, front: str, answers: Sequence[str], command: str | None, context: str | None
) -> Expected:
    """What may be typed for a command, option or flag (the review's reverse cards and
    the quiz's typed questions): every spelling the note keeps, for a command its usage
    line, for an option or flag also the line with its command."""
    accepted = list(dict.fromkeys(answers or (front,)))
    spellings = flag_spellings(command)
    if kind == "command" and context and is_command_answer(context) and context not in accepted:
        head = (command or front).split()[:1]
        if head and context.split()[:1] == head:
            accepted.append(context)
    with_command: tuple[str, ...] = ()
    if kind in ("option", "flag") and command:
        # "-d", or the line with it: "docker run -d" (only when right: the flag is what is asked)
        with_command = tuple(f"{command} {a}" for a in accepted if a and is_flag(a.split()[0]))
    if kind == "flag" and context:  # also right as the notes' line writes it, with its value
        valued = _with_value(accepted, context, spellings)
        with_command += tuple(valued) + tuple(f"{command} {a}" for a in valued if command)
    if kind == "option":
        longs = [a for a in accepted if a.startswith("--")]
        for spelling in accepted:
            if longs and not spelling.startswith("--"):
                spellings[spelling] = longs[0]
    return Expected(tuple(accepted), spellings, prose=False, exact_only=with_command)
