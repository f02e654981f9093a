"""Our Anki note type and how a quizzer note becomes an Anki note (pure).

One note type of our own keeps quizzer's structure in its fields; its two
card templates read like quizzer's review screen (prompt, question, context,
answer).  The prompt of each side is computed here with :func:`quizzer.cards.face_of`
and stored in a field, so Anki shows exactly what quizzer shows.  Every field
is escaped for Anki's HTML (and for its ``[sound:…]``/``[latex]`` tags), so note
text is never read as markup.  The note's guid comes from its stable key, so
exporting again updates the notes in Anki instead of adding duplicates.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from dataclasses import dataclass

from quizzer.cards import Face, face_of
from quizzer.text import without_controls

__all__ = [
    "CSS",
    "FIELDS",
    "MODEL_ID",
    "MODEL_NAME",
    "TEMPLATES",
    "AnkiNote",
    "ExportCard",
    "ExportNote",
    "anki_note",
    "deck_id_for",
    "field_html",
    "guid_for",
    "subdeck",
]

#: Fixed for ever: Anki matches a note type across imports by its id.
MODEL_ID = 1_732_915_200
MODEL_NAME = "quizzer"

FIELDS = (
    "Front", "Back", "Context", "Section", "Kind", "Command", "Source", "Line",
    "Prompt", "Hint", "After", "ReversePrompt", "ReverseAfter", "Question",
)

_FORWARD_Q = (
    '<div class="quizzer">\n<div class="prompt">{{Prompt}}</div>\n<div class="question">{{Question}}</div>\n'
    '{{#Hint}}<div class="context">{{Hint}}</div>{{/Hint}}\n</div>'
)
_FORWARD_A = (
    '{{FrontSide}}\n<hr id="answer">\n<div class="quizzer">\n<div class="answer">{{Back}}</div>\n'
    '{{#After}}<div class="context">{{After}}</div>{{/After}}\n</div>'
)
# Wrapped whole in {{#ReversePrompt}}: a note without a reverse side makes no reverse card.
_REVERSE_Q = (
    '{{#ReversePrompt}}<div class="quizzer">\n<div class="prompt">{{ReversePrompt}}</div>\n'
    '<div class="question">{{Back}}</div>\n</div>{{/ReversePrompt}}'
)
_REVERSE_A = (
    '{{FrontSide}}\n<hr id="answer">\n<div class="quizzer">\n<div class="answer">{{Front}}</div>\n'
    '{{#ReverseAfter}}<div class="context">{{ReverseAfter}}</div>{{/ReverseAfter}}\n</div>'
)

#: (name, question, answer) of the forward (ord 0) and reverse (ord 1) cards.
TEMPLATES = (("Forward", _FORWARD_Q, _FORWARD_A), ("Reverse", _REVERSE_Q, _REVERSE_A))

CSS = """\
.card { font-family: -apple-system, "Segoe UI", "Noto Sans KR", "Apple SD Gothic Neo", sans-serif;
        font-size: 20px; text-align: left; color: #1f2328; background-color: #ffffff; }
.quizzer { max-width: 46em; margin: 0 auto; }
.quizzer div { white-space: pre-wrap; overflow-wrap: anywhere; }
.prompt { font-size: 0.8em; color: #59636e; margin-bottom: 0.6em; }
.question { font-family: ui-monospace, "D2Coding", "Noto Sans Mono CJK KR", monospace; font-weight: 600; }
.answer { margin-top: 0.4em; }
.context { font-family: ui-monospace, "D2Coding", monospace; font-size: 0.85em; color: #59636e;
           border-left: 3px solid #d0d7de; padding-left: 0.6em; margin-top: 0.6em; }
.card.nightMode, .card.night_mode { color: #e6edf3; background-color: #1e1e1e; }
.nightMode .prompt, .night_mode .prompt, .nightMode .context, .night_mode .context { color: #9198a1; }
.nightMode .context, .night_mode .context { border-left-color: #3d444d; }
"""


@dataclass(frozen=True, slots=True)
class ExportCard:
    """A card's state as stored (``due`` is an ordinal day, None for a new card)."""

    id: int
    ord: int
    new_rank: int
    reps: int
    interval: int
    ef_centi: int
    due: int | None
    suspended: bool
    lapses: int
    leech: bool
    changed_ms: int = 0  # quizzer's last change of it without an answer (a suspension, a send-back); 0: none


@dataclass(frozen=True, slots=True)
class ExportNote:
    deck: str
    key: str
    kind: str
    front: str
    back: str
    command: str | None
    context: str | None
    section: tuple[str, ...]
    tags: tuple[str, ...]
    source: str
    line: int
    cards: tuple[ExportCard, ...]
    updated_ms: int = 0  # when its text last changed (Anki updates a note only from a newer one)


@dataclass(frozen=True, slots=True)
class _Side:
    kind: str
    ord: int
    front: str
    back: str
    command: str | None
    context: str | None


@dataclass(frozen=True, slots=True)
class AnkiNote:
    guid: str
    deck: str  # the full Anki deck name, subdecks joined by "::"
    fields: tuple[str, ...]  # HTML, in the order of FIELDS
    tags: tuple[str, ...]
    ords: tuple[int, ...]  # the cards this note makes


_BASE91 = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)


def guid_for(key: str) -> str:
    """The Anki guid of the note with this stable key (genanki's scheme: the
    first 8 bytes of a SHA-256, in Anki's base 91)."""
    value = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    digits = []
    while value:
        value, digit = divmod(value, len(_BASE91))
        digits.append(_BASE91[digit])
    return "".join(reversed(digits))


def deck_id_for(name: str) -> int:
    """A fixed Anki deck id for a deck name (Anki itself matches decks by name)."""
    return 1 << 30 | int.from_bytes(hashlib.sha256(f"quizzer-deck:{name}".encode()).digest()[:4], "big") >> 2


def field_html(text: str | None) -> str:
    """Plain text as Anki field HTML that renders exactly as written and runs nothing.

    Control characters and escape sequences are removed
    (:func:`quizzer.text.without_controls`), so neither a field in Anki nor a .txt
    export someone ``cat``s carries a byte a terminal obeys; the terminal's own
    spelling of them (``^[``, :func:`quizzer.text.visible`) would be text in the card.
    """
    if not text:
        return ""
    escaped = html.escape(without_controls(text.replace("\r\n", "\n")), quote=False)  # & < >
    # Anki reads [sound:…], [anki:tts] and [latex] in rendered HTML; an entity is not a bracket.
    escaped = escaped.replace("[", "&#91;").replace("]", "&#93;").replace("{{", "&#123;&#123;")
    return escaped.replace("\n", "<br>")


def _deck_part(heading: str) -> str:
    return " ".join(without_controls(heading).replace("::", ":").split()) or "-"


def subdeck(deck: str, section: Sequence[str], *, drop: int = 0, flat: bool = False) -> str:
    """``docker-containers.ko::3. 도커 명령어 활용::3-1 …``: the deck, then the heading path
    (without its first ``drop`` headings, the title every note of the deck shares)."""
    if flat:
        return _deck_part(deck)
    return "::".join(_deck_part(part) for part in (deck, *section[drop:]))


def _tag(text: str) -> str:
    return "_".join(without_controls(text).split())


def _faces(note: ExportNote) -> dict[int, Face]:
    return {
        card.ord: face_of(_Side(note.kind, card.ord, note.front, note.back, note.command, note.context))
        for card in note.cards
    }


def anki_note(note: ExportNote, *, drop: int = 0, flat: bool = False) -> AnkiNote:
    """The Anki note for one of ours: its guid, deck, fields and tags."""
    faces = _faces(note)
    forward = faces.get(0) or face_of(_Side(note.kind, 0, note.front, note.back, note.command, note.context))
    reverse = faces.get(1)
    values = (
        note.front, note.back, note.context, " › ".join(note.section), note.kind, note.command,
        note.source, str(note.line), forward.prompt, forward.context, forward.after,
        reverse.prompt if reverse else None, reverse.after if reverse else None,
        forward.question,  # what the forward card asks: the front, or a step's procedure, a concept's question
    )
    leech = ("leech",) if any(card.leech for card in note.cards) else ()  # Anki's own tag for them
    tags = tuple(dict.fromkeys(tag for tag in map(_tag, (f"quizzer::{note.kind}", *note.tags, *leech)) if tag))
    return AnkiNote(
        guid=guid_for(note.key),
        deck=subdeck(note.deck, note.section, drop=drop, flat=flat),
        fields=tuple(field_html(value) for value in values),
        tags=tags,
        ords=tuple(sorted(faces)),
    )


def shared_title(sections: Sequence[Sequence[str]]) -> int:
    """1 when every note sits under the same first heading (the document's title), else 0."""
    firsts = {section[0] if section else None for section in sections}
    return 1 if len(firsts) == 1 and None not in firsts else 0
