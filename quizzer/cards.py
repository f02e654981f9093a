"""Card templates: what a card asks and what it answers (pure).

Templates are applied when a card is shown, not stored, so improving one
needs no migration.  A note's forward card asks about its subject; the
reverse card (commands, options, flags) asks for the subject from its purpose.

A card's prompt is in the language of its note, not of the interface: the
prompt and the note's text are read as one question ("이 명령어는 무엇을
하나요?" over Korean notes, "What does this command do?" over English ones),
while the keys, counts and messages around the card follow ``--lang``.  A note
is Korean when its text has Hangul in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from quizzer import lazyre
from quizzer.i18n import N_, _, translations
from quizzer.text import HANGUL, final_consonant

__all__ = ["KIND_NAMES", "TYPED_KINDS", "CardLike", "Face", "asked_question", "face_of", "flag_prompt", "kind_name", "note_language", "procedure_of",
           "section_without_answer", "shown_front"]

#: Kinds whose reverse card may be typed and graded as a command line (see quizzer.grading).
TYPED_KINDS = frozenset({"command", "option", "flag"})

#: What the interface calls each kind of note (translated where shown).
KIND_NAMES = {
    "command": N_("command"),
    "option": N_("option"),
    "flag": N_("flag"),
    "syntax": N_("syntax"),
    "concept": N_("concept"),
    "step": N_("step"),
    "written": N_("written"),
    "written-both": N_("written, both ways"),
}


def kind_name(kind: str) -> str:
    """A kind of note in the interface's language."""
    return _(KIND_NAMES[kind]) if kind in KIND_NAMES else kind

_HANGUL = lazyre.pattern(f"[{HANGUL}]")

# What a Korean concept's term asks for when it ends in one of these nouns
# ("컨테이너 서비스 환경 도입의 이유" → "…도입의 이유는?").
_KOREAN_ASKED = (
    "이유", "장점", "단점", "장단점", "특징", "목적", "차이", "차이점", "정의", "방법", "원리", "역할", "종류",
    "구성", "구성 요소", "구성요소", "과정", "절차", "조건", "문제점", "원인", "효과", "기능", "용도", "개념",
    "의미", "필요성", "한계", "이점", "예시", "순서", "규칙", "방식", "구조", "유형",
)
_ENGLISH_ASKED = lazyre.pattern(
    r"^(why|how|what|when|which|who|reasons?|benefits?|advantages?|disadvantages?|drawbacks?|purpose|goals?|"
    r"differences?|features?|kinds?|types?|uses?|roles?|causes?|effects?|limits?|limitations?)\b",
    re.IGNORECASE,
)
_STEP_FRONT = lazyre.pattern(r"^(?P<procedure>.*) — step (?P<position>\d+)$")


class CardLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def ord(self) -> int: ...
    @property
    def front(self) -> str: ...
    @property
    def back(self) -> str: ...
    @property
    def command(self) -> str | None: ...
    @property
    def context(self) -> str | None: ...


# A card may also have ``previous``: for a step, the step before it, as written
# (quizzer.review.store.CardView has it; without it the step's position is asked).


@dataclass(frozen=True, slots=True)
class Face:
    prompt: str  # the instruction: "What does this command do?"
    question: str
    answer: str
    context: str | None = None  # shown with the question
    after: str | None = None  # shown only with the answer


def note_language(*texts: str | None) -> str:
    """``ko`` when the note's text has Hangul in it, else ``en``."""
    return "ko" if any(text and _HANGUL.search(text) for text in texts) else "en"


def procedure_of(front: str) -> str:
    """A step's procedure: ``"도커 서비스의 과정 — step 4"`` → ``"도커 서비스의 과정"``."""
    match = _STEP_FRONT.match(front)
    return match.group("procedure") if match else front


def shown_front(front: str, *, back: str | None = None) -> str:
    """A note's front as a list shows it: a step's (stored ``도커 서비스의 과정 — step 4``) in the
    interface's language (``도커 서비스의 과정 — 4단계``), or given the note's ``back``, in the note's
    own (an export, read in Anki whatever quizzer's language); any other as it is."""
    match = _STEP_FRONT.match(front)
    if match is None:
        return front
    gettext = _ if back is None else translations(note_language(front, back)).gettext
    return gettext("{procedure} — step {position}").format(procedure=match.group("procedure"),
                                                           position=match.group("position"))


def _step_position(front: str) -> int | None:
    match = _STEP_FRONT.match(front)
    return int(match.group("position")) if match else None


def _has_final_consonant(word: str) -> bool:
    """Does the last syllable have a final consonant (받침)?  Picks 은/는, 이/가."""
    last = word.rstrip()[-1:] if word.strip() else ""
    final = final_consonant(last) if last else None
    if final is not None:
        return final != 0
    return last.isdigit() and last in "013678"  # 영, 일, 삼, 육, 칠, 팔


def asked_question(term: str, language: str) -> str | None:
    """The question a concept's term asks, when it names what is asked.

    ``"컨테이너 서비스 환경 도입의 이유"`` → ``"컨테이너 서비스 환경 도입의 이유는?"``;
    ``"Why containers"`` → ``"Why containers?"``; a plain term (``"컨테이너"``) → None.
    """
    term = term.strip().rstrip(":：")
    if not term:
        return None
    if term.endswith(("?", "？")):
        return term
    if language == "ko":
        if term.endswith(_KOREAN_ASKED):
            return term + ("은?" if _has_final_consonant(term) else "는?")
        if term.endswith(("인가", "는가", "할까", "을까", "나요")):
            return term + "?"
        return None
    if _ENGLISH_ASKED.match(term):
        return term + "?"
    return None


def section_without_answer(section: Sequence[str], answer: str) -> tuple[str, ...]:
    """The headings to show over a question, less those that say its answer: a card read from a
    heading over its command ('## Start the docker on macOS' over `open -a Docker`) has the
    heading as its answer, and the header over the question gave it away.  Compared on letters
    and digits only, case and a heading's leading number ('3.') left out."""
    said = _said(answer)
    return tuple(heading for heading in section if not said or _said(heading) != said)


def _said(text: str) -> str:
    return "".join(ch for ch in _NUMBERED.sub("", text.strip()).casefold() if ch.isalnum())


#: A heading's own number: '3.', '2-1)', '1.2 '.
_NUMBERED = lazyre.pattern(r"^\d+(?:[.-]\d+)*[.)]?\s+")


def flag_prompt(_: Callable[[str], str], flag: str, command: str | None, line: str | None) -> str:
    """What a flag card asks: of 'this line' only when its line (``context``) is shown with it."""
    if line:
        if command:
            return _("What does {flag} do in this {command} line?").format(flag=flag, command=command)
        return _("What does {flag} do in this line?").format(flag=flag)
    if command:
        return _("What does {flag} do in {command}?").format(flag=flag, command=command)
    return _("What does {flag} do?").format(flag=flag)


def face_of(card: CardLike, *, language: str | None = None) -> Face:
    """The card's faces; ``language`` (default: the note's) is the prompt's."""
    kind, reverse, command = card.kind, card.ord == 1, card.command
    lang = language or note_language(card.front, card.back)
    _ = translations(lang).gettext
    if kind == "command":
        if reverse:
            return Face(_("Which command does this?"), card.back, card.front, after=card.context)
        return Face(_("What does this command do?"), card.front, card.back, context=card.context)
    if kind == "option":
        if reverse:
            prompt = (
                _("Which option of {command} means this?").format(command=command)
                if command
                else _("Which option means this?")
            )
            return Face(prompt, card.back, card.front)
        prompt = (
            _("What does this option of {command} mean?").format(command=command)
            if command
            else _("What does this option mean?")
        )
        return Face(prompt, card.front, card.back)
    if kind == "flag":
        if reverse:
            prompt = (
                _("Which flag of {command} means this?").format(command=command)
                if command
                else _("Which flag means this?")
            )
            return Face(prompt, card.back, card.front, after=card.context)
        return Face(flag_prompt(_, card.front, command, card.context), card.front, card.back, context=card.context)
    if kind == "syntax":
        return Face(_("Write the syntax of this command."), card.front, card.back)
    if kind in ("written", "written-both"):  # the person's own card: their words, no instruction of ours
        if reverse:
            return Face(_("Recall the other side."), card.back, card.front)
        return Face(_("Recall the answer.") if kind == "written" else _("Recall the other side."), card.front, card.back)
    if kind == "step":
        procedure, position = procedure_of(card.front), _step_position(card.front)
        previous: str | None = getattr(card, "previous", None)
        if position == 1:
            return Face(_("What is the first step of this procedure?"), procedure, card.back, after=card.context)
        if position is not None and previous:
            return Face(
                _("What comes after step {previous}?").format(previous=position - 1),
                procedure,
                card.back,
                context=_("{position}. {step}").format(position=position - 1, step=previous),
                after=card.context,
            )
        if position is None:
            return Face(_("What is this step of the procedure?"), card.front, card.back, after=card.context)
        prompt = _("What is step {position} of this procedure?").format(position=position)
        return Face(prompt, procedure, card.back, after=card.context)
    if reverse:  # a Basic-and-reversed note imported from Anki
        return Face(_("What is this the answer to?"), card.back, card.front, after=card.context)
    question = asked_question(card.front, lang)
    if question is not None:
        return Face(_("Answer this question."), question, card.back, after=card.context)
    return Face(_("What does this term mean?"), card.front, card.back, after=card.context)
