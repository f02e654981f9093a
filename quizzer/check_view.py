"""What ``quizzer check`` shows, as lines of plain text (pure: no terminal, no database).

Note text is never markup and never drives the terminal: every piece of it goes
through :func:`quizzer.text.visible` (``ESC [ 2 J`` shows as ``^[[2J``) and is
wrapped by display width (Korean takes two cells a character), so a line never
runs past ``cols`` cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from quizzer.cards import kind_name, shown_front
from quizzer.checking import SAMPLES, samples, section_of_key
from quizzer.check_session import CardLike, CheckSession, ShapeLike, Tally, notes_of
from quizzer.i18n import _, count_cards, ngettext
from quizzer.origins import BUILTIN_SOURCE
from quizzer.reasons import shown_reason
from quizzer.text import key_bar, visible, wrap

__all__ = [
    "SAMPLES",
    "card_lines",
    "keys_lines",
    "list_lines",
    "place",
    "question",
    "reason_text",
    "section_text",
    "shape_lines",
    "summary_line",
    "waiting_line",
]

#: Lines of a front or a back shown before "…" (a long answer is still recognisable).
SIDE_LINES = 4

def place(source: str, line: int) -> str:
    """``FILE:LINE`` of a card: the document's file name and the note's line."""
    name = PurePath(source.removeprefix(BUILTIN_SOURCE)).name or source
    return f"{name}:{line}"


def section_text(shape: ShapeLike) -> str:
    """The headings the shape's notes are under, outermost first ("" under none); for shapes
    asked about together, each one's, between semicolons."""
    sections = [" › ".join(heading.strip() for heading in section_of_key(key)) for key in shape.sections]
    if len(sections) <= 1:
        return " › ".join(heading.strip() for heading in shape.headings)
    return "; ".join(section for section in sections if section)


def reason_text(shape: ShapeLike) -> str:
    """How the shape's cards were read, in the interface's language (as ``quizzer extract`` says it)."""
    return shown_reason(shape.reason) if shape.reason else _("no rule recorded")


def _wrapped(text: str, cols: int, indent: str, *, limit: int = SIDE_LINES) -> list[str]:
    lines = wrap(visible(text), max(cols - len(indent), 10))
    if len(lines) > limit:
        lines = lines[: limit - 1] + ["…"]
    return [indent + line for line in lines]


def _label_lines(label: str, cols: int, indent: str) -> list[str]:
    """``label`` wrapped, its ``:LINE`` whole on the last line: at 40 columns 'loops-en.md:3' then
    '4' read as line 3 of the note on line 34."""
    lines = _wrapped(label, cols, indent, limit=len(label))
    number = ":" + label.rpartition(":")[2]
    last = lines[-1][len(indent):]
    if len(lines) > 1 and number[1:].isdigit() and len(last) < len(number) and number.endswith(last):
        cut = len(number) - len(last)  # the part of ':LINE' left at the end of the line before
        if lines[-2].endswith(number[:cut]) and len(lines[-2]) - cut > len(indent):
            lines[-2:] = [lines[-2][:-cut], indent + number]
    return lines


#: Lines of the line as written shown before "…".
WRITTEN_LINES = 3


def _note(card: CardLike, cols: int, *, label: str) -> list[str]:
    """``FILE:LINE`` and the line as written there (what was read), then the note's front, then
    ``→`` and its back (lines under it indented)."""
    # never cut: FILE:LINE is how the person finds the note (it wraps as the group's path does)
    lines = _label_lines(label, cols, "  ")
    written = card.written.expandtabs(4).strip()
    if written:
        lines += _wrapped(written, cols, "    │ ", limit=WRITTEN_LINES)  # quoted: each of its lines marked
    lines += _wrapped(shown_front(card.front), cols, "    ")
    first, *rest = _wrapped(card.back, cols - 2, "      ")
    return [*lines, "    → " + first.lstrip(), *rest]


def _note_text(cards: tuple[CardLike, ...]) -> tuple[str, str]:
    """A note's front and back (its first card's), as :func:`quizzer.checking.samples` weighs them."""
    return cards[0].front, cards[0].back


def shape_lines(shape: ShapeLike, *, position: int, total: int, cols: int) -> list[str]:
    """One shape: where it comes from, how many cards were read that way, and samples."""
    count = len(shape.cards)
    head = _("Group {position} of {total}: deck {deck}, {source}").format(
        position=position, total=total, deck=shape.deck, source=shape.source)
    read = ngettext("{count} {kind} card was read from lines of this kind: {reason}",
                    "{count} {kind} cards were read from lines of this kind: {reason}", count).format(
        count=count, kind=kind_name(shape.kind), reason=reason_text(shape))
    # the head is never cut: its path is how the person knows which document the group came from
    lines = _wrapped(head, cols, "", limit=len(head))
    if shape.changed:  # the lines there now may be other lines than those the cards were read from
        lines += _wrapped(_("The document has changed since it was imported, or is gone: the cards are shown as "
                            "they were read, without its lines; import it again to check what it says now."),
                          cols, "", limit=5)
    if section := section_text(shape):  # the same rule in another section is another group
        text = (_("In the section: {section}") if len(shape.sections) <= 1 else
                _("In the sections: {sections}")).format(section=section, sections=section)
        lines += _wrapped(text, cols, "", limit=3)
    lines += _wrapped(read, cols, "", limit=4)
    notes = notes_of(shape)
    shown = samples(notes, SAMPLES, text=_note_text)
    if len(shown) < len(notes):
        lines += _wrapped(ngettext("Of its {count} note, the first, the last and the one least like the others:",
                                   "Of its {count} notes, the first, the last and the one least like the others:",
                                   len(notes)).format(
            count=len(notes)), cols, "")
    for cards in shown:
        lines += _note(cards[0], cols, label=place(shape.source, cards[0].line))
    return lines


def card_lines(session: CheckSession, *, cols: int) -> list[str]:
    """One by one: the note being looked at."""
    shape, card = session.current(), session.card()
    if shape is None or card is None:
        return []
    label = _("{position} of {count}: {place}").format(
        position=session.card_position, count=len(notes_of(shape)), place=place(shape.source, card.line))
    return _note(card, cols, label=label)


def keys_lines(session: CheckSession, *, cols: int) -> list[str]:
    """What each key does now, wrapped to ``cols``."""
    shape = session.current()
    if shape is None:
        return []
    if session.one_by_one:
        text = ngettext("y keep this card · n hold it back · s the rest later (answers stay) · q quit",
                        "y keep this note's {count} cards · n hold them back · s the rest later "
                        "(answers stay) · q quit", len(session.note_cards())).format(
            count=len(session.note_cards()))
    else:
        count = len(shape.cards)
        text = ngettext("y keep it · n hold it back · o one by one · s skip for now · q quit",
                        "y keep all {count} · n hold all {count} back · o one by one · s skip for now · q quit",
                        count).format(count=count)
    # every key shown, q above all; never a line starting with the '·' between two ('… 막아 두기' / '· o 하나씩')
    return key_bar(text, max(cols, 10))


def question(session: CheckSession) -> str:
    """The short question the keys answer (one line, beside the cursor)."""
    if session.one_by_one:
        count = len(session.note_cards())
        return ngettext("Keep this card? [y/n/s/q]", "Keep this note's {count} cards? [y/n/s/q]", count).format(count=count)
    return _("Keep this group? [y/n/o/s/q]")


def summary_line(tally: Tally, *, again: bool = False, still_waiting: int = 0,
                 db_option: Sequence[str] = ()) -> tuple[str, str]:
    """The one line ``quizzer check`` ends with (``again``: it asked about held-back groups;
    ``still_waiting``: cards that wait for a check after it, in any deck), and the command in it to
    copy ("" if none), on the database ``db_option`` names (:func:`quizzer.paths.db_option`)."""
    from quizzer.to_copy import quizzer_command

    kept, held = count_cards(tally.kept), count_cards(tally.held)
    waiting = tally.skipped + tally.left
    if waiting and again:
        command = quizzer_command("check", "--again", db_option=db_option)
        return ngettext(
            "Kept {kept} for review, held back {held}; {count} held-back group was not looked at: "
            "run {command}.",
            "Kept {kept} for review, held back {held}; {count} held-back groups were not looked at: "
            "run {command}.",
            waiting).format(kept=kept, held=held, count=waiting, command=command), command
    command = quizzer_command("check", db_option=db_option)
    if waiting:
        return ngettext(
            "Kept {kept} for review, held back {held}; {count} group still waits: run {command} again.",
            "Kept {kept} for review, held back {held}; {count} groups still wait: run {command} again.",
            waiting).format(kept=kept, held=held, count=waiting, command=command), command
    if still_waiting:
        return ngettext(
            "Kept {kept} for review, held back {held}; {count} card still waits for your check: run {command}.",
            "Kept {kept} for review, held back {held}; {count} cards still wait for your check: run {command}.",
            still_waiting).format(kept=kept, held=held, count=still_waiting, command=command), command
    return _("Kept {kept} for review, held back {held}; nothing left to check.").format(kept=kept, held=held), ""


def list_lines(shapes: Sequence[ShapeLike], *, cols: int) -> list[str]:
    """``quizzer check --list`` / ``--held``: each shape on a line or two, samples left out."""
    lines: list[str] = []
    for shape in shapes:
        if section := section_text(shape):
            text = ngettext("{deck}: {count} {kind} card from {source} (section {section}), read from: {reason}",
                            "{deck}: {count} {kind} cards from {source} (section {section}), read from: {reason}",
                            len(shape.cards))
        else:
            text = ngettext("{deck}: {count} {kind} card from {source}, read from: {reason}",
                            "{deck}: {count} {kind} cards from {source}, read from: {reason}", len(shape.cards))
        text = text.format(deck=shape.deck, count=len(shape.cards), kind=kind_name(shape.kind), source=shape.source,
                           section=section, reason=reason_text(shape))
        first, *rest = _wrapped(text, cols - 2, "", limit=6)
        lines += [first, *("  " + line for line in rest)]
    return lines


def waiting_line(count: int, command: str) -> str:
    """What ``quizzer decks`` and an empty review say while cards wait for a check; ``command``: the
    ``quizzer check`` to run (:func:`quizzer.to_copy.quizzer_command`, with the database's option)."""
    return ngettext("{count} card waits for your check: run {command}.",
                    "{count} cards wait for your check: run {command}.", count).format(count=count, command=command)
