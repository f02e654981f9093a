"""Scoring extracted notes against a hand-written golden (pure).

The rule is the one ``tests/corpus/README.md`` defines; this is its only
implementation (``tests/test_extract_golden.py`` and
``benchmarks/extract_quality.py`` both call it).

- Backs are compared after NFC, case folding, and removing markup, quotes,
  punctuation and white space (:func:`normal`).  Fronts keep case and
  punctuation (vim's ``w``/``W``, tmux's ``%``/``"``): NFC, markup and white
  space removed (:func:`front_form`); a front longer than three characters
  also matches case-insensitively.
- A card **matches** a fact when its kind is one of the fact's kinds, its
  command equals the fact's command (when the fact names one; case-insensitive,
  and a fact naming ``tool sub`` also accepts a card of ``tool`` whose front
  starts with ``sub`` or ``tool sub``, after a ``sudo``, and a fact naming ``tool``
  a card of ``tool sub`` whose front starts with ``tool sub``; a card naming no command
  matches when its front starts with the fact's command, a step card naming none always), its front or one of its accepted answers, placeholders
  removed, equals one of the fact's fronts, placeholders removed, and its back
  contains the fact's back.  A step card matches on its back and its position
  instead of its front.
- A card is **joined** (wrong) when its back contains the backs of two facts of
  different subjects, neither back inside the other and the two not identical
  (a short back inside a longer one, or one back shared by two facts, does not
  join).  A card that matches no fact and no optional fact is **wrong** too.

recall = facts matched by at least one card / facts; wrong = wrong cards / cards.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from quizzer import lazyre
from quizzer.extract.model import Kind
from quizzer.shell import AS_ROOT
from quizzer.text import HANGUL

__all__ = [
    "Card", "Fact", "FileScore", "Golden", "Total", "WrongCard",
    "card_status", "front_form", "golden_problems", "half", "load_golden", "matches", "normal", "score", "strip_placeholders", "total",
]


class Card(Protocol):
    """What the scorer reads of a note (a :class:`NoteDraft` is one)."""

    @property
    def kind(self) -> Kind: ...
    @property
    def command(self) -> str | None: ...
    @property
    def front(self) -> str: ...
    @property
    def back(self) -> str: ...
    @property
    def answers(self) -> tuple[str, ...]: ...
    @property
    def position(self) -> int | None: ...
    @property
    def line(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Fact:
    line: int
    kinds: frozenset[Kind]
    command: str | None
    fronts: tuple[str, ...]
    back: str
    position: int | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Fact:
        kind = data["kind"]
        kinds = [kind] if isinstance(kind, str) else list(kind)  # type: ignore[call-overload]
        front = data.get("front") or []
        fronts = [front] if isinstance(front, str) else list(front)  # type: ignore[call-overload]
        command = data.get("command")
        position = data.get("position")
        return cls(
            line=int(data["line"]),  # type: ignore[call-overload]
            kinds=frozenset(Kind(k) for k in kinds),
            command=str(command) if command else None,
            fronts=tuple(str(f) for f in fronts),
            back=str(data["back"]),
            position=int(position) if position is not None else None,  # type: ignore[call-overload]
        )

    def describe(self) -> str:
        kinds = "/".join(sorted(k.value for k in self.kinds))
        where = f" [{self.command}]" if self.command else ""
        step = f" #{self.position}" if self.position is not None else ""
        return f"{self.line}: {kinds}{where} {' | '.join(self.fronts)}{step} → {self.back}"


@dataclass(frozen=True, slots=True)
class Golden:
    source: str
    facts: tuple[Fact, ...]
    optional: tuple[Fact, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Golden:
        return cls(
            source=str(data.get("source", "")),
            facts=tuple(Fact.from_json(f) for f in data.get("facts", ())),  # type: ignore[attr-defined]
            optional=tuple(Fact.from_json(f) for f in data.get("optional", ()) or ()),  # type: ignore[attr-defined]
        )


def load_golden(text: str) -> Golden:
    """A golden from its JSON text."""
    return Golden.from_json(json.loads(text))


# -- comparing text -----------------------------------------------------------------------------

_TAGS = lazyre.pattern(
    r"</?(?:br|p|div|span|ul|ol|li|kbd|b|i|u|s|em|strong|code|pre|sub|sup|mark|del|ins|tt)\b[^>]*/?>",
    re.IGNORECASE,
)
#: a Perl POD formatting code (B<bold>, I<italic>, C<code>, L<link>, F<file>): markup around the words it holds
_POD_CODE = lazyre.pattern(r"\b[BICLFSEXZ]<([^<>]*)>")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&nbsp;": " "}
_HANGUL = lazyre.pattern(f"[{HANGUL}]")
_BRACKETED = lazyre.pattern(r"[<\[{][^<>\[\]{}]*[>\]}]")


@lru_cache(maxsize=16384)
def normal(text: str) -> str:
    """NFC, case folded, markup (HTML tags and entities, POD codes), quotes, punctuation and white space removed.

    Text that is nothing but punctuation (the vim key ``*``) keeps its
    characters, white space removed, so that it still says something.
    """
    text = unicodedata.normalize("NFC", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    text = _POD_CODE.sub(r"\1", _TAGS.sub(" ", text)).casefold()
    kept = "".join(ch for ch in text if ch.isalnum() or unicodedata.category(ch).startswith("M"))
    return kept or "".join(text.split())


def _placeholder(token: str, *, command_like: bool) -> bool:
    if "{{" in token:
        return False  # a template as typed: {{.Names}}
    if _BRACKETED.search(token):
        return True  # <file>, [NAME], {image_id}, 이미지이름<:태그>
    if not command_like:
        return False
    if _HANGUL.search(token):
        return True  # docker rename 현재이름 바꿀이름
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and token.upper() == token and not token.startswith(("HEAD", "ORIG_HEAD"))


_SPACED_PLACEHOLDER = lazyre.pattern(r"(?<=\s)(?:<[^<>\s][^<>]*\s[^<>]*>|\[[^\[\]\s][^\[\]]*\s[^\[\]]*\])(?=\s|$)")


@lru_cache(maxsize=16384)
def strip_placeholders(text: str, *, command_like: bool = True) -> str:
    """``git add <file>`` → ``git add``; the first word always stays.

    In a command line (``command_like``) Korean words and upper-case words are
    placeholders too (``docker rename 현재이름 바꿀이름``, ``cp SOURCE DEST``); in a
    term or a procedure's name only bracketed ones are.
    """
    tokens = _SPACED_PLACEHOLDER.sub(" ", text).split()  # "<My kernel name>" is one placeholder
    kept = tokens[:1] + [
        t for t in tokens[1:] if not _placeholder(t.rstrip(".,"), command_like=command_like) and t != "..."
    ]
    return " ".join(kept)


_FRONT_MARKUP = lazyre.pattern(r"\*\*|`|__")


@lru_cache(maxsize=16384)
def front_form(text: str) -> str:
    """A front as compared: NFC, markup and white space removed, case and punctuation kept."""
    text = unicodedata.normalize("NFC", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    text = _FRONT_MARKUP.sub("", _TAGS.sub(" ", text))
    return "".join(text.split())


def _front_key(text: str, kind: Kind) -> str:
    command_like = kind not in (Kind.CONCEPT, Kind.STEP)
    return front_form(strip_placeholders(text, command_like=command_like))


def _same_front(a: str, b: str) -> bool:
    return a == b or len(a) > 3 and a.casefold() == b.casefold()


def _command_form(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


# -- matching -----------------------------------------------------------------------------------


def _kind(card: Card) -> Kind:
    return Kind(card.kind)


def _command_matches(card: Card, fact: Fact) -> bool:
    if fact.command is None:
        return True
    want, have = _command_form(fact.command), _command_form(card.command)
    if want == have:
        return True
    front = _command_form(card.front)
    words = front.split(" ", 1)
    if len(words) == 2 and words[0] in AS_ROOT:  # "sudo ufw status" is typed as root, the command is "ufw status"
        front = words[1]
    # a card that names no program, whose front is the fact's command ("Get-ChildItem", a program we do not
    # know), claims nothing wrong about which program it is; nor does a step naming none (its front is the
    # procedure's name, never a command line): "Setup — step 1" of a fact that files asdf's setup under asdf
    if not have:
        return _kind(card) is Kind.STEP or front == want or front.startswith(want + " ")
    # a fact of "tmux new" accepts a card of "tmux" whose front starts with "new" (or "tmux new")
    if want.startswith(have + " "):
        sub = want[len(have) + 1 :]
        return front == sub or front.startswith((sub + " ", want + " ")) or front == want
    # and a fact of "systemctl" accepts a card of "systemctl enable" whose front is that sub-command's line: the
    # card names the program and its sub-command, both right
    if have.startswith(want + " "):
        return front == have or front.startswith(have + " ")
    return False


def _subject_matches(card: Card, fact: Fact) -> bool:
    """Kind, command and front (or, for a step, position) agree."""
    kind = _kind(card)
    if kind not in fact.kinds or not _command_matches(card, fact):
        return False
    if kind is Kind.STEP:
        return fact.position is None or card.position == fact.position
    fronts = [_front_key(f, kind) for f in fact.fronts]
    return any(_same_front(_front_key(s, kind), f) for s in (card.front, *card.answers) for f in fronts)


def _contains(card: Card, fact: Fact) -> bool:
    return normal(fact.back) in normal(card.back)


def matches(card: Card, fact: Fact) -> bool:
    """Does ``card`` state ``fact``?"""
    return _contains(card, fact) and _subject_matches(card, fact)


def _same_subject(a: Fact, b: Fact) -> bool:
    shared = a.kinds & b.kinds
    if _command_form(a.command) != _command_form(b.command) or not shared:
        return False
    if shared == {Kind.STEP}:
        return a.position == b.position and a.fronts == b.fronts
    # a fact that may be a step or a command ("kind": ["step", "command"]) is, as a command, about its line; one
    # that may be a command or a concept is one subject with another only when their fronts agree read either
    # way ("ssh -L포트1:호스트:포트2" and "ssh -R…" agree as command lines, Korean placeholders dropped, not as
    # terms): every shared kind is read, so that the answer does not hang on the order of a set
    return all(
        any(_same_front(_front_key(x, kind), _front_key(y, kind)) for x in a.fronts for y in b.fronts)
        for kind in shared - {Kind.STEP}
    )


_BARE_NUMBER = lazyre.pattern(r"\d{1,2}")
_ONE_WORD = lazyre.pattern(r"[a-z]+")


def _as_word(card: Card, fact: Fact) -> bool:
    """A back of one English word that ``card`` holds is held as a word of its own: "add" is in "add a file",
    not in "adds" or "address", which say something else"""
    word = fact.back.strip().casefold()
    if not _ONE_WORD.fullmatch(word):
        return True
    return re.search(rf"(?<![a-z0-9]){word}(?![a-z0-9])", unicodedata.normalize("NFC", card.back).casefold()) is not None


def _joined(card: Card, facts: Sequence[Fact]) -> list[Fact]:
    """Two facts of different subjects whose backs ``card`` holds, neither back inside the other."""
    # a back that is a number of a digit or two ("2", jq's `. | length`) sits inside any card holding a number
    held = [f for f in facts if normal(f.back) and not _BARE_NUMBER.fullmatch(normal(f.back)) and _contains(card, f)]
    # words that are part of what the card states of its own subject say nothing of another's ("wait for a
    # client" of -x tcp and of -x udp; "Create" of savevm inside "Create a tcp server")
    own = [normal(f.back) for f in held if _subject_matches(card, f)]
    held = [f for f in held if _subject_matches(card, f) or (_as_word(card, f) and not any(normal(f.back) in back for back in own))]
    backs = [normal(f.back) for f in held]
    for n, a in enumerate(held):
        for b in held[n + 1 :]:
            x, y = normal(a.back), normal(b.back)
            if x in y or y in x or _same_subject(a, b):
                continue
            if any(x in z and y in z and z not in (x, y) for z in backs):
                continue  # both inside a third fact's back ("CPU", "Memory" in "CPU/Memory 정보"): that one fact
            return [a, b]
    return []


@dataclass(frozen=True, slots=True)
class WrongCard:
    card: Card
    reason: str


@dataclass(frozen=True, slots=True)
class FileScore:
    source: str
    facts: int
    matched: int
    cards: int
    misses: tuple[Fact, ...]
    wrong_cards: tuple[WrongCard, ...]

    @property
    def wrong(self) -> int:
        return len(self.wrong_cards)

    @property
    def recall(self) -> float:
        return self.matched / self.facts if self.facts else 1.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.cards if self.cards else 0.0


def card_status(card: Card, golden: Golden) -> str:
    """``"matched"`` (the card states a fact), ``"optional"`` (an optional fact only) or ``"wrong"``
    (it joins two facts, or states none), by the rule :func:`score` counts with."""
    if _joined(card, (*golden.facts, *golden.optional)):
        return "wrong"
    if any(matches(card, fact) for fact in golden.facts):
        return "matched"
    if any(matches(card, fact) for fact in golden.optional):
        return "optional"
    return "wrong"


def score(cards: Iterable[Card], golden: Golden) -> FileScore:
    """How well ``cards`` (one document's notes) state ``golden``'s facts."""
    cards = list(cards)
    everything = (*golden.facts, *golden.optional)
    found: set[int] = set()
    wrong: list[WrongCard] = []
    for card in cards:
        hits = [n for n, fact in enumerate(golden.facts) if matches(card, fact)]
        found.update(hits)
        joined = _joined(card, everything)
        if joined:
            lines = ", ".join(str(f.line) for f in joined)
            wrong.append(WrongCard(card, f"joins the facts of lines {lines}"))
        elif not hits and not any(matches(card, fact) for fact in golden.optional):
            wrong.append(WrongCard(card, "matches no fact"))
    misses = tuple(fact for n, fact in enumerate(golden.facts) if n not in found)
    return FileScore(golden.source, len(golden.facts), len(found), len(cards), misses, tuple(wrong))


@dataclass(frozen=True, slots=True)
class Total:
    facts: int
    matched: int
    cards: int
    wrong: int

    @property
    def recall(self) -> float:
        return self.matched / self.facts if self.facts else 1.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.cards if self.cards else 0.0


def total(scores: Iterable[FileScore]) -> Total:
    """Facts and cards of several files pooled (recall over all facts, wrong over all cards)."""
    scores = list(scores)
    return Total(
        sum(s.facts for s in scores),
        sum(s.matched for s in scores),
        sum(s.cards for s in scores),
        sum(s.wrong for s in scores),
    )


def half(source: str) -> str:
    """The fixed split of the corpus: odd-numbered files tune, even-numbered are held out."""
    number = re.match(r"\d+", source.rsplit("/", 1)[-1])
    if number is None:
        return "other"
    return "tuning" if int(number.group(0)) % 2 else "held-out"


def golden_problems(golden: Golden, document: str) -> list[str]:
    """Outright mistakes in a golden: a back that does not start on its line (or is not in the document)."""
    lines = document.replace("\r\n", "\n").split("\n")
    problems: list[str] = []
    for fact in (*golden.facts, *golden.optional):
        if not 1 <= fact.line <= len(lines):
            problems.append(f"line {fact.line} is outside the document ({len(lines)} lines): {fact.describe()}")
            continue
        first = normal(lines[fact.line - 1]) if lines[fact.line - 1].strip() else ""
        near = first + normal(" ".join(lines[fact.line : fact.line + 2]))
        start = near.find(normal(fact.back))
        if not 0 <= start < len(first):  # the back starts on its line (it may wrap onto the next)
            where = "elsewhere in the document" if normal(fact.back) in normal(document) else "not in the document"
            problems.append(f"back not at line {fact.line} ({where}): {fact.describe()}")
    return problems
