"""Questions from notes: multiple choice, step order, typed answers, write-the-line (pure).

Everything random comes from the ``random.Random`` passed in, and facts are
read in the order given, so one seed always gives the same questions.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzer import lazyre
from quizzer.cards import asked_question, flag_prompt, note_language
from quizzer.i18n import translations
from quizzer.quiz.model import Fact, Format, Question
from quizzer.quiz.siblings import choose_distractors
from quizzer.shell import AS_ROOT, is_flag, parse_invocation, split_flags, tokenize
from quizzer.text import strip_numbering

if TYPE_CHECKING:
    from quizzer.grading import Expected

__all__ = [
    "ALL_FORMATS",
    "MODES",
    "Candidate",
    "build_questions",
    "candidates",
    "choice_question",
    "line_question",
    "order_prompt",
    "order_question",
    "typed_question",
]

ALL_FORMATS = frozenset(Format)
#: ``--mode`` → the formats it asks.
MODES: dict[str, frozenset[Format]] = {
    "typed": frozenset({Format.TYPED, Format.LINE}),
    "choice": frozenset({Format.CHOICE, Format.ORDER}),
    "mixed": ALL_FORMATS,
}
_TYPED_KINDS = frozenset({"command", "option", "flag"})  # answers a shell reads
_REVERSIBLE = frozenset({"command", "option", "flag", "concept"})
MIN_STEPS = 3


def _section(fact: Fact) -> str:
    return fact.section[-1] if fact.section else ""


def _asker(fact: Fact) -> Callable[[str], str]:
    """The ``_`` of a question's prompt: the note's language, not the interface's, as a review
    card's prompt (:mod:`quizzer.cards`), since the prompt and the note's words are read as one."""
    return translations(note_language(fact.front, fact.back)).gettext


#: A Korean procedure named by what it is (``도커 서비스의 과정``, ``설치 절차``): its steps are asked of the name
#: itself (``…과정을 순서대로``), not as ``…과정의 단계를`` (two 의 in a row); the noun picks 을 or 를.
_PROCESS_NOUN = lazyre.pattern(r"(?:(?P<object>과정|방법)|(?P<vowel>절차|단계))$")


def order_prompt(procedure: str, language: str) -> str:
    """The instruction of an order question on ``procedure``, in ``language`` (the note's)."""
    pgettext = translations(language).pgettext
    named = _PROCESS_NOUN.search(procedure) if language == "ko" else None
    if named is None:
        template = translations(language).gettext("Put the steps of {procedure} in order: type their letters.")
    elif named.group("object"):
        template = pgettext("a process named by a noun taking 을",
                            "Put the steps of {procedure} in order: type their letters.")
    else:
        template = pgettext("a process named by a noun taking 를",
                            "Put the steps of {procedure} in order: type their letters.")
    return template.format(procedure=procedure)


def _procedure(fact: Fact) -> str:
    name = strip_numbering(_section(fact)) if fact.section else fact.front.split(" — ")[0]
    # a heading written as a lead-in (`# Sample Example-1:`): its colon would end up before the "?"
    return name.rstrip().rstrip(":：").rstrip() or fact.front


# -- multiple choice ---------------------------------------------------------------


def _front(fact: Fact) -> str:
    return fact.front


def _back(fact: Fact) -> str:
    return fact.back


def _choice_text(fact: Fact, *, reverse: bool) -> tuple[str, str, str | None]:
    """(prompt, question text, context shown) of a choice question."""
    _ = _asker(fact)
    command = fact.command or ""
    kind = fact.kind
    if kind == "command":
        if reverse:
            return _("Which command does this?"), fact.back, None
        return _("What does this command do?"), fact.front, fact.context
    if kind == "option":
        if reverse:
            return _("Which option of {command} means this?").format(command=command), fact.back, None
        return _("What does this option of {command} mean?").format(command=command), fact.front, None
    if kind == "flag":
        if reverse:
            return _("Which flag of {command} means this?").format(command=command), fact.back, None
        return flag_prompt(_, fact.front, command, fact.context), fact.front, fact.context
    if kind == "step":
        prompt = _("Which is step {position} of {procedure}?").format(
            position=fact.position or "?", procedure=_procedure(fact)
        )
        return prompt, _procedure(fact), None
    if kind == "syntax":
        return _("Which is the syntax of {command}?").format(command=command or fact.front), fact.front, None
    if kind in ("written", "written-both"):  # the person's own card: their words, no instruction of ours
        prompt = _("Choose the answer.") if kind == "written" and not reverse else _("Choose the other side.")
        return prompt, fact.back if reverse else fact.front, None if reverse else fact.context
    # a concept: a term and what it means, or a question and its answer ('Q: … A: …'), as the review asks it
    question = asked_question(fact.front, note_language(fact.front, fact.back))
    if question is not None:
        if reverse:
            return _("Which question does this answer?"), fact.back, None
        return _("Choose the answer to this question."), question, fact.context
    if reverse:
        return _("Which term is defined like this?"), fact.back, None
    return _("What does this term mean?"), fact.front, fact.context


def _directions(fact: Fact) -> tuple[bool, ...]:
    return (False, True) if fact.kind in _REVERSIBLE else (False,)


def _grades_exact(fact: Fact) -> Callable[[str], bool]:
    """Would this text, typed, be a right answer to ``fact`` (``docker image rm`` for ``docker rmi``)?"""
    expected = _typed_answers(fact)
    return lambda text: any(expected.grade(spelling).exact for spelling in text.split(", "))


def _typed_answers(fact: Fact) -> Expected:
    """What a typed answer about ``fact`` may be (as for a reverse card in a typed review)."""
    from quizzer.grading import typed_answers

    return typed_answers(
        kind=fact.kind, front=fact.front, answers=fact.answers, command=fact.command, context=fact.context
    )


def choice_question(fact: Fact, pool: Sequence[Fact], rng: random.Random) -> Question | None:
    """Four choices about ``fact``, the distractors its siblings in ``pool``; None if too few."""
    directions = list(_directions(fact))
    rng.shuffle(directions)
    for reverse in directions:
        shown, choice = (_back, _front) if reverse else (_front, _back)
        also_right = _grades_exact(fact) if reverse and fact.kind in _TYPED_KINDS else None
        # a deck has few concepts: a definition may stand beside what its commands do
        borrow = fact.kind == "concept" and not reverse
        distractors = choose_distractors(fact, pool, rng, shown=shown, choice=choice, also_right=also_right,
                                         borrow=borrow)
        if distractors is None:
            continue
        choices = [choice(fact), *(choice(other) for other, _level in distractors)]
        rng.shuffle(choices)
        right = choices.index(choice(fact))
        prompt, text, context = _choice_text(fact, reverse=reverse)
        card = fact.card(1 if reverse else 0)
        return Question(
            format=Format.CHOICE, kind=fact.kind, deck=fact.deck, section=_section(fact), headings=fact.section, prompt=prompt,
            text=text, answer=choice(fact), key=str(right + 1), choices=tuple(choices), context=context,
            note_ids=(fact.note_id,), card_ids=() if card is None else (card,),
        )
    return None


# -- step order --------------------------------------------------------------------


def procedures(facts: Sequence[Fact]) -> list[list[Fact]]:
    """Steps grouped by procedure (deck and heading), in order; only those of MIN_STEPS or more."""
    groups: dict[tuple[str, tuple[str, ...]], list[Fact]] = {}
    for fact in facts:
        if fact.kind == "step" and fact.position is not None:
            groups.setdefault((fact.deck, fact.section), []).append(fact)
    out = []
    for steps in groups.values():
        steps = sorted(steps, key=lambda f: f.position or 0)
        if len(steps) >= MIN_STEPS and len({f.position for f in steps}) == len(steps):
            out.append(steps)
    return out


def order_question(steps: Sequence[Fact], rng: random.Random) -> Question:
    """Put ``steps`` (in their right order) back in order; shown shuffled, never already in order."""
    if len(steps) > len(string.ascii_uppercase):
        steps = steps[: len(string.ascii_uppercase)]
    shuffled = list(range(len(steps)))
    while True:
        rng.shuffle(shuffled)
        if shuffled != sorted(shuffled) or len(steps) < 2:
            break
    letters = string.ascii_uppercase[: len(steps)]
    # the letter shown beside each step, read in the right order
    key = "".join(letters[shuffled.index(n)] for n in range(len(steps)))
    first = steps[0]
    procedure = _procedure(first)
    return Question(
        format=Format.ORDER, kind="step", deck=first.deck, section=_section(first), headings=first.section,
        prompt=order_prompt(procedure, note_language(first.front, first.back)),
        text=procedure, answer=key, key=key, choices=tuple(steps[n].back for n in shuffled),
        note_ids=tuple(f.note_id for f in steps),
        card_ids=tuple(card for f in steps if (card := f.card(0)) is not None),
    )


# -- typed -------------------------------------------------------------------------


def _syntax_question(fact: Fact) -> Question | None:
    """Type the usage line of a command (graded like any typed answer)."""
    if not fact.back.strip():
        return None
    command = fact.command or fact.front
    card = fact.card(0)
    _ = _asker(fact)
    return Question(
        format=Format.TYPED, kind=fact.kind, deck=fact.deck, section=_section(fact), headings=fact.section,
        prompt=_("Type the syntax (usage line) of {command}.").format(command=command),
        text=fact.front, answer=fact.back, accepted=(fact.back,), note_ids=(fact.note_id,),
        card_ids=() if card is None else (card,),
    )


def typed_question(fact: Fact) -> Question | None:
    """Type the command, option or flag that the notes describe, or a command's syntax;
    None for other kinds."""
    if fact.kind == "syntax":
        return _syntax_question(fact)
    if fact.kind not in _TYPED_KINDS or not fact.answers:
        return None
    command = fact.command or ""
    _ = _asker(fact)
    if fact.kind == "command":
        prompt = _("Type the command that does this.")
    elif fact.kind == "option":
        prompt = _("Type the option of {command} that means this.").format(command=command)
    else:
        prompt = _("Type the flag of {command} that means this.").format(command=command)
    card = fact.card(1)
    expected = _typed_answers(fact)
    return Question(
        format=Format.TYPED, kind=fact.kind, deck=fact.deck, section=_section(fact), headings=fact.section, prompt=prompt,
        # the line the card's front shows ("du -sh 문서/"), where it is an answer, not the short line before it
        text=fact.back, answer=fact.front if fact.front in fact.answers else fact.answers[0], accepted=expected.answers,
        note_ids=(fact.note_id,),
        card_ids=() if card is None else (card,), exact_only=expected.exact_only,
        spellings=tuple(sorted(expected.spellings.items())),
    )


# -- write the line ----------------------------------------------------------------


def example_lines(facts: Sequence[Fact]) -> list[tuple[str, list[Fact]]]:
    """Example lines whose every flag has a note: (line, the notes of its flags in line order)."""
    groups: dict[tuple[str, str | None, str], list[Fact]] = {}
    for fact in facts:
        if fact.kind == "flag" and fact.context:
            groups.setdefault((fact.deck, fact.command, fact.context), []).append(fact)
    out: list[tuple[str, list[Fact]]] = []
    for (_deck, _command, line), flags in groups.items():
        invocation = parse_invocation(line)
        if invocation is None or not invocation.flags:
            continue
        written = [single for flag in invocation.flags for single in split_flags(flag.split("=", 1)[0])]
        ordered: list[Fact] = []
        for flag in written:
            match = next((f for f in flags if flag in f.answers or flag == f.front), None)
            if match is None:
                break
            if match not in ordered:
                ordered.append(match)
        else:
            out.append((line, ordered))
    return out


def _values(line: str) -> list[str]:
    """The words of ``line`` after its command that are not flags (values and arguments)."""
    invocation = parse_invocation(line)
    tokens = tokenize(line)
    skip = len(invocation.command.split()) if invocation else 1
    if invocation is not None and tokens[:1] != tuple(invocation.command.split()[:1]) and tokens[0] in AS_ROOT:
        skip += 1  # "sudo apt install x": the command's words come after the prefix
    values = []
    for token in tokens[skip:]:
        if is_flag(token):
            if "=" in token:
                values.append(token.split("=", 1)[1])
            continue
        values.append(token)
    return values


def line_question(line: str, flags: Sequence[Fact]) -> Question:
    """Write ``line`` from what its flags mean and the values it uses."""
    first = flags[0]
    _ = _asker(first)
    command = first.command or line.split()[0]
    details = [f"• {fact.back}" for fact in flags]
    values = _values(line)
    if values:
        details.append(_("Values, in the order they appear: {values}").format(values="  ".join(values)))
    return Question(
        format=Format.LINE, kind="flag", deck=first.deck, section=_section(first), headings=first.section,
        prompt=_("Write the whole {command} line that does all of this.").format(command=command),
        text=command, answer=line, accepted=(line,), details=tuple(details),
        note_ids=tuple(f.note_id for f in flags),
        card_ids=tuple(card for f in flags if (card := f.card(1)) is not None),
    )


# -- a whole quiz ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """A question that could be asked, made only once chosen."""

    format: Format
    note_ids: frozenset[int]
    make: Callable[[random.Random], Question | None]


def _matches(fact: Fact, kinds: Collection[str], section: str | None) -> bool:
    if kinds and fact.kind not in kinds:
        return False
    if section:
        wanted = section.casefold()
        return any(wanted in heading.casefold() for heading in fact.section)
    return True


Maker = Callable[[random.Random], "Question | None"]


def _make_choice(fact: Fact, pool: Sequence[Fact]) -> Maker:
    return lambda rng: choice_question(fact, pool, rng)


def _make_typed(fact: Fact) -> Maker:
    return lambda rng: typed_question(fact)


def _make_order(steps: Sequence[Fact]) -> Maker:
    return lambda rng: order_question(steps, rng)


def _make_line(line: str, flags: Sequence[Fact]) -> Maker:
    return lambda rng: line_question(line, flags)


def candidates(
    facts: Sequence[Fact],
    *,
    formats: Collection[Format] = ALL_FORMATS,
    kinds: Collection[str] = (),
    section: str | None = None,
) -> list[Candidate]:
    """Every question the facts allow, in the facts' order (distractors come from all ``facts``)."""
    chosen = [fact for fact in facts if _matches(fact, kinds, section)]
    out: list[Candidate] = []
    if Format.CHOICE in formats:
        out += [Candidate(Format.CHOICE, frozenset({f.note_id}), _make_choice(f, facts)) for f in chosen]
    if Format.TYPED in formats:
        out += [Candidate(Format.TYPED, frozenset({f.note_id}), _make_typed(f)) for f in chosen
                if typed_question(f) is not None]
    if Format.ORDER in formats:
        out += [Candidate(Format.ORDER, frozenset(f.note_id for f in steps), _make_order(steps))
                for steps in procedures(chosen)]
    if Format.LINE in formats:
        out += [Candidate(Format.LINE, frozenset(f.note_id for f in flags), _make_line(line, flags))
                for line, flags in example_lines(chosen)]
    return out


def build_questions(
    facts: Sequence[Fact],
    rng: random.Random,
    *,
    count: int,
    formats: Collection[Format] = ALL_FORMATS,
    kinds: Collection[str] = (),
    section: str | None = None,
) -> list[Question]:
    """Up to ``count`` questions, no note asked twice, every asked format present when it can be.

    One candidate of each format is taken first (so a mixed exam has step
    order and write-the-line when the notes allow), then the rest at random;
    the questions are then shuffled.
    """
    pool = candidates(facts, formats=formats, kinds=kinds, section=section)
    rng.shuffle(pool)
    firsts: list[Candidate] = []
    for fmt in sorted({c.format for c in pool}):
        firsts.append(next(c for c in pool if c.format == fmt))
    firsts.sort(key=lambda c: -len(c.note_ids))  # an order question takes all its steps: before a step's choice
    first_ids = {id(c) for c in firsts}
    ordered = firsts + [c for c in pool if id(c) not in first_ids]
    used: set[int] = set()
    questions: list[Question] = []
    for candidate in ordered:
        if len(questions) >= count:
            break
        if candidate.note_ids & used:
            continue
        question = candidate.make(rng)
        if question is None:
            continue
        questions.append(question)
        used |= candidate.note_ids
    rng.shuffle(questions)
    return questions
