"""Candidate signals for benchmarks/gate_signals.py: each a test of one card in its document's context.

Each names no document: shapes of the card's sides and of the document's other cards only.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Callable

from quizzer.extract.model import Kind

Context = dict[str, Any]

ABOVE = {"text just above its code block", "text above its code block and its comment",
         "text above its code block, with a one-word comment"}


def _first(text: str) -> str:
    return text.split("\n", 1)[0].strip()


def context_of(cards: list[Any], lines: list[str], *, doubts: list[Any] = (), program: str | None = None) -> Context:
    backs = Counter()
    fronts_of: dict[str, set[tuple[str, int]]] = {}
    for card in cards:
        if card.kind is Kind.STEP:
            continue
        back = _first(card.back)
        fronts_of.setdefault(back, set()).add((card.front, card.line))
    return {"cards": cards, "lines": lines, "fronts_of": fronts_of, "doubts": doubts, "program": program}


def shared_back(card: Any, ctx: Context) -> bool:
    """The same description on two cards of different fronts and lines: it says what a group does."""
    if card.kind is Kind.STEP:
        return False
    seen = ctx["fronts_of"].get(_first(card.back), set())
    lines = {line for _front, line in seen}
    fronts = {front for front, _line in seen}
    return len(lines) > 1 and len(fronts) > 1


def shared_back_above(card: Any, ctx: Context) -> bool:
    return card.reason in ABOVE and shared_back(card, ctx)


def shared_back_long(card: Any, ctx: Context) -> bool:
    """Shared, and the back is a sentence (more than four words): one paragraph over several commands."""
    return shared_back(card, ctx) and len(_first(card.back).split()) > 4


_KEYISH = re.compile(r"^(?:\S{1,2}|[A-Za-z]-\S+|(?:ctrl|shift|alt|cmd|C|M|A)[-+]\S+|esc|ESC|Esc|<[a-z]+>)$")


def key_list_concept(card: Any, ctx: Context) -> bool:
    """A concept whose front is a comma list of keys ("a, b", "C-u, C-d"): keys, not a term."""
    if card.kind is not Kind.CONCEPT or "," not in card.front:
        return False
    parts = [p.strip() for p in card.front.split(",")]
    return all(p and (len(p) <= 2 or _KEYISH.match(p) or "+" in p) for p in parts)


def key_concept(card: Any, ctx: Context) -> bool:
    """A concept whose front is one key or a character or two: a key, not a term."""
    if card.kind is not Kind.CONCEPT:
        return False
    front = card.front.strip()
    return len(front) <= 2 or bool(_KEYISH.match(front)) and not front.isalpha() or front.lower() in ("esc", "tab")


_NARRATIVE = re.compile(
    r"^(?:so|this|that|these|it|it's|here|here's|you|we|i|note|see|but|and|or|also|then|even|however|"
    r"to|the following|the|a|an|또는|우선|그리고|그래서|하지만|이제|먼저)\b", re.IGNORECASE)


def narrative_above(card: Any, ctx: Context) -> bool:
    """Text above a block that reads as narration (starts with a pronoun, article or connective)."""
    return card.reason in ABOVE and bool(_NARRATIVE.match(_first(card.back)))


_POINTING = re.compile(r"\bthe following\b|\bfollowing (?:command|example)|다음을|다음과 같이|아래와 같이|아래 명령", re.I)


def pointing_above(card: Any, ctx: Context) -> bool:
    return card.reason in ABOVE and bool(_POINTING.search(_first(card.back)))


def long_above(card: Any, ctx: Context) -> bool:
    """Text above a block of more than 12 words: a paragraph, not what the line does."""
    return card.reason in ABOVE and len(_first(card.back).split()) > 12


def tiny_above(card: Any, ctx: Context) -> bool:
    """Text above a block of one word."""
    return card.reason in ABOVE and len(_first(card.back).split()) <= 1


_ASSIGN = re.compile(r"^[A-Za-z_][\w.]*=\S*$|^\d+=")


def value_front(card: Any, ctx: Context) -> bool:
    """A command whose front is a setting (NAME=value) or a path: a line of a file, not a command."""
    if card.kind is not Kind.COMMAND:
        return False
    first = card.front.split()[0] if card.front.split() else ""
    return bool(_ASSIGN.match(card.front.strip())) or first.startswith("/") and first.count("/") >= 2


def first_person(card: Any, ctx: Context) -> bool:
    back = _first(card.back)
    return bool(re.search(r"\b(?:I|I'm|I've|my|we|our)\b", back))


def multiline_back(card: Any, ctx: Context) -> bool:
    return card.kind in (Kind.COMMAND, Kind.OPTION) and "\n" in card.back


def front_has_gloss(card: Any, ctx: Context) -> bool:
    """A command front that holds a description after ' - ' or ' : '."""
    return card.kind is Kind.COMMAND and bool(re.search(r"\s[-–—:]\s+[A-Za-z가-힣]{2,}", card.front))


def lower_fragment(card: Any, ctx: Context) -> bool:
    """A back starting with a lower-case function word: the rest of a sentence."""
    return bool(re.match(r"^(?:will|still|and|or|but|to|keys|which|that|is|are)\b", _first(card.back)))


def doc_reason_mostly_doubtful(card: Any, ctx: Context) -> bool:
    return False


SIGNALS: dict[str, Callable[[Any, Context], bool]] = {
    "shared_back": shared_back,
    "shared_back_above": shared_back_above,
    "shared_back_long": shared_back_long,
    "key_list_concept": key_list_concept,
    "key_concept": key_concept,
    "narrative_above": narrative_above,
    "pointing_above": pointing_above,
    "long_above": long_above,
    "tiny_above": tiny_above,
    "value_front": value_front,
    "first_person": first_person,
    "multiline_back": multiline_back,
    "front_has_gloss": front_has_gloss,
    "lower_fragment": lower_fragment,
}


_FUNCTION_HEAD = re.compile(r"^(?:from|to|of|in|on|at|by|for|with|the|a|an|and|or|if|when|this|that|it)\s", re.I)


def fragment_front(card: Any, ctx: Context) -> bool:
    """A concept whose term starts with a preposition, article or conjunction: a piece of a sentence."""
    return card.kind is Kind.CONCEPT and bool(_FUNCTION_HEAD.match(card.front.strip()))


_DEICTIC = re.compile(
    r"\b(?:above|below|like this|as shown|the following|this way)\b|위처럼|위와 같이|이렇게|아래와|아래처럼|다음과|다음을|다음처럼|위의",
    re.I)


def deictic_back(card: Any, ctx: Context) -> bool:
    """A back that points at something shown elsewhere ("like this", "as above", "이렇게", "다음을")."""
    return card.kind is not Kind.STEP and bool(_DEICTIC.search(_first(card.back)))


_SENTENCE_END = re.compile(r"(?:[.!?]|다|요|음|함)[.!?]?\s+(?=\S)")


def discursive_back(card: Any, ctx: Context) -> bool:
    """A back of two sentences or more on its first line: a paragraph about the matter, not one fact."""
    return card.kind in (Kind.COMMAND, Kind.OPTION, Kind.FLAG, Kind.CONCEPT) and len(
        _SENTENCE_END.findall(_first(card.back))) >= 1 and len(_first(card.back)) > 40


def discursive2(card: Any, ctx: Context) -> bool:
    return card.kind in (Kind.COMMAND, Kind.OPTION, Kind.FLAG, Kind.CONCEPT) and len(
        _SENTENCE_END.findall(_first(card.back))) >= 2


SIGNALS.update({
    "fragment_front": fragment_front,
    "deictic_back": deictic_back,
    "discursive_back": discursive_back,
    "discursive2": discursive2,
})

SIGNALS["any"] = lambda card, ctx: True


def option_not_on_line(card: Any, ctx: Context) -> bool:
    """An option whose spelling is nowhere on its own line: the dashes were supplied, the notes name a value."""
    if card.kind not in (Kind.OPTION, Kind.FLAG):
        return False
    lines = ctx["lines"]
    text = " ".join(lines[card.line - 1: card.line + 1]) if 0 < card.line <= len(lines) else ""
    spellings = [s.strip() for s in (card.front.split(","))] + list(card.answers)
    return not any(s and s.split()[0] in text for s in spellings)


def _command_lines(ctx: Context) -> dict[str, list[str]]:
    got = ctx.get("_command_lines")
    if got is None:
        got = {}
        for line in ctx["lines"]:
            words = line.strip().lstrip("$#>`-* ").split()
            words = [w for w in words if w not in ("sudo",)]
            if len(words) > 1:
                got.setdefault(words[0], []).append(" " + " ".join(words[1:]) + " ")
        ctx["_command_lines"] = got
    return got


def option_unused(card: Any, ctx: Context) -> bool:
    """An option of a program the notes run on command lines, never written on any of them."""
    if card.kind is not Kind.OPTION or not card.command:
        return False
    program = card.command.split()[0]
    uses = [u for u in _command_lines(ctx).get(program, []) if " -" in u]
    if len(uses) < 2:
        return False
    spellings = [s.strip().split()[0] for s in card.front.split(",") if s.strip()]
    return not any(f" {s}" in u or f" {s}=" in u for s in spellings for u in uses)


SIGNALS["option_not_on_line"] = option_not_on_line
SIGNALS["option_unused"] = option_unused
del SIGNALS["any"]


_ITEM_HEAD = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*[`*]*([^\s`*:=]+)")


def dashes_supplied(card: Any, ctx: Context) -> bool:
    """An option whose line writes its name without the dashes (``- short : …`` under ``-o``): a value."""
    if card.kind not in (Kind.OPTION, Kind.FLAG) or not card.front.startswith("-"):
        return False
    lines = ctx["lines"]
    if not 0 < card.line <= len(lines):
        return False
    text = lines[card.line - 1]
    first = card.front.split(",")[0].split()[0]
    match = _ITEM_HEAD.match(text)
    return first not in text and match is not None and match.group(1) == first.lstrip("-")


SIGNALS["dashes_supplied"] = dashes_supplied


def _group_share(ctx: Context) -> dict[str, tuple[int, int]]:
    got = ctx.get("_groups")
    if got is None:
        got = {}
        for card in ctx["cards"]:
            kept, doubted = got.get(card.reason, (0, 0))
            got[card.reason] = (kept + 1, doubted)
        for card in ctx["doubts"]:
            kept, doubted = got.get(card.reason, (0, 0))
            got[card.reason] = (kept, doubted + 1)
        ctx["_groups"] = got
    return got


def mostly_doubtful(card: Any, ctx: Context) -> bool:
    """A card of a shape (its reason) whose drafts in this document were mostly warned as doubtful."""
    kept, doubted = _group_share(ctx).get(card.reason, (0, 0))
    return doubted >= 3 and doubted >= 2 * kept


def half_doubtful(card: Any, ctx: Context) -> bool:
    kept, doubted = _group_share(ctx).get(card.reason, (0, 0))
    return doubted >= 3 and doubted >= kept


SIGNALS["mostly_doubtful"] = mostly_doubtful
SIGNALS["half_doubtful"] = half_doubtful


from quizzer.extract.knowledge import PROGRAMS, is_key_chord  # noqa: E402

_KEY_NAMES = frozenset({"esc", "escape", "tab", "enter", "return", "space", "spacebar", "backspace", "delete", "del",
                        "home", "end", "pageup", "pagedown", "page up", "page down", "insert", "ins"})
_MODIFIED = re.compile(r"^(?:(?:ctrl|control|shift|alt|option|opt|cmd|command|meta|super|win|[CMAS])\s*[-+]\s*)+\S+$",
                       re.IGNORECASE)


def _one_key(text: str) -> bool:
    text = text.strip()
    return (len(text) == 1 and text.isascii() and text.isalpha() or text.casefold() in _KEY_NAMES
            or bool(_MODIFIED.match(text)) or is_key_chord(text) and len(text) > 1 and not text.isalnum())


def _listed_key(text: str) -> bool:
    text = text.strip()
    return _one_key(text) or len(text) <= 2 and text.isascii() and not text.isalnum() or text.isdigit() and len(text) == 1


def key_term(card: Any, ctx: Context) -> bool:
    """A concept whose term is a key (a letter, a key's name, a chord) or a list of keys: keys pressed, not a term."""
    if card.kind is not Kind.CONCEPT:
        return False
    front = card.front.strip()
    if "," in front:
        parts = [p for p in front.split(",")]
        return len(parts) > 1 and all(_listed_key(p) for p in parts)
    return len(front) > 1 and _one_key(front)


_DATA_DIRS = frozenset({"dev", "media", "mnt", "proc", "sys", "tmp", "var", "home", "run", "srv", "boot"})


def data_front(card: Any, ctx: Context) -> bool:
    """A command whose first word is a file under a data directory (``/dev/sda1``, ``/media/win``) or a setting
    ``NAME=value``: a line of a file or a value, not a command run."""
    if card.kind is not Kind.COMMAND:
        return False
    words = card.front.split()
    if not words:
        return False
    first = words[0]
    if len(words) == 1 and re.fullmatch(r"[A-Za-z_][\w.]*=\S*|\d+=\S*", first):
        return True
    parts = first.split("/")
    return first.startswith("/") and len(parts) > 2 and parts[1] in _DATA_DIRS and parts[-1] not in PROGRAMS


_PREPOSITION = re.compile(r"^(?:from|to|of|in|on|at|by|for|with|into|onto)\s+\S")


def preposition_term(card: Any, ctx: Context) -> bool:
    """A concept whose term starts with a lower-case preposition ("from Dictionary"): a piece of a sentence."""
    return card.kind is Kind.CONCEPT and bool(_PREPOSITION.match(card.front.strip()))


SIGNALS.update({"key_term": key_term, "data_front": data_front, "preposition_term": preposition_term})


_PROMPTED = re.compile(r"^(?:\$|[a-z]+>)\s+\S")


def back_is_command(card: Any, ctx: Context) -> bool:
    """A back that is a command line (a prompt, or a known program with a flag or path): another command,
    not what the front means or does."""
    if card.kind is Kind.STEP or card.kind is Kind.SYNTAX:
        return False
    back = _first(card.back)
    if _PROMPTED.match(back):
        return True
    words = back.split()
    if words and words[0] in ("sudo", "doas"):
        words = words[1:]
    if len(words) < 2 or words[0] not in PROGRAMS:
        return False
    from quizzer.shell import looks_like_command
    return looks_like_command(" ".join(words)) and any(w.startswith("-") or "/" in w for w in words[1:])


def front_colon(card: Any, ctx: Context) -> bool:
    return card.kind is not Kind.STEP and card.front.rstrip().endswith((":", "："))


SIGNALS.update({"back_is_command": back_is_command, "front_colon": front_colon})


def unknown_word_command(card: Any, ctx: Context) -> bool:
    """A command that is one plain word, no program we know nor the notes' own: a word of a table or list."""
    if card.kind is not Kind.COMMAND:
        return False
    words = card.front.split()
    if len(words) != 1:
        return False
    word = words[0]
    return (re.fullmatch(r"[a-z][a-z-]{2,}", word) is not None and word not in PROGRAMS
            and word != ctx.get("program") and (card.command or word) == word)


def unknown_program_command(card: Any, ctx: Context) -> bool:
    if card.kind is not Kind.COMMAND or not card.command:
        return False
    first = card.command.split()[0]
    return first not in PROGRAMS and first != ctx.get("program")


SIGNALS.update({"unknown_word_command": unknown_word_command, "unknown_program_command": unknown_program_command})


def back_names_front(card: Any, ctx: Context) -> bool:
    """A one-word command whose back starts with that word ("tar" → "tar 형태로 백업"): the word is a value named
    in a list, its back says what the value gives, not what a program does."""
    if card.kind is not Kind.COMMAND or " " in card.front.strip():
        return False
    back = _first(card.back)
    word = card.front.strip()
    return back.casefold().startswith(word.casefold()) and len(back) > len(word) and not back[len(word)].isalnum()


def many_line_above(card: Any, ctx: Context) -> bool:
    """Text above a block of three lines or more as one back: several things said, one card."""
    return card.reason in ABOVE and card.back.count("\n") >= 2


SIGNALS.update({"back_names_front": back_names_front, "many_line_above": many_line_above})


def many_line_any(card: Any, ctx: Context) -> bool:
    return card.kind is not Kind.STEP and card.back.count("\n") >= 2


def many_line_text_above(card: Any, ctx: Context) -> bool:
    return "text above" in (card.reason or "") or "text just above" in (card.reason or "") and card.back.count("\n") >= 2


SIGNALS.update({"many_line_any": many_line_any})


ABOVE2 = ABOVE | {"text above lines typed at a program's prompt"}


def two_line_above(card: Any, ctx: Context) -> bool:
    return card.reason in ABOVE2 and card.back.count("\n") == 1


SIGNALS["two_line_above"] = two_line_above


def sudo_command(card: Any, ctx: Context) -> bool:
    """A card filed under ``sudo X`` as its program: the program is X."""
    return bool(card.command) and len(card.command.split()) > 1 and card.command.split()[0] in ("sudo", "doas")


def key_as_program(card: Any, ctx: Context) -> bool:
    """A command whose program is its own front of one or two characters, no program we know: a key."""
    if card.kind is not Kind.COMMAND or not card.command:
        return False
    first = card.command.split()[0]
    return (len(first) <= 2 or not first.replace("-", "").isalnum()) and first not in PROGRAMS \
        and card.front.split()[0] == first


SIGNALS.update({"sudo_command": sudo_command, "key_as_program": key_as_program})

SIGNALS["any"] = lambda card, ctx: True


def option_under_key(card: Any, ctx: Context) -> bool:
    """An option filed under a "program" of one or two characters we do not know (a key, a letter)."""
    if card.kind not in (Kind.OPTION, Kind.FLAG) or not card.command:
        return False
    first = card.command.split()[0]
    return len(first) <= 2 and first not in PROGRAMS


def word_argument_above(card: Any, ctx: Context) -> bool:
    """``rw : read and write`` under ``/dev/sda1 /media/win ntfs auto,rw 0 2``: a word of the line above."""
    if card.kind is not Kind.COMMAND or card.reason != "`command: description` line" or " " in card.front.strip():
        return False
    word = card.front.strip()
    lines = ctx["lines"]
    for text in lines[max(0, card.line - 11): card.line - 1]:
        tokens = re.split(r"[\s,]+", text.strip().strip("`"))
        if len(tokens) > 2 and word in tokens[1:]:
            return True
    return False


def bare_program_steps(card: Any, ctx: Context) -> bool:
    """A procedure whose steps are each a different program alone (ps aux, top, htop): alternatives, not steps."""
    if card.kind is not Kind.STEP or " — step " not in card.front:
        return False
    name = card.front.rsplit(" — step ", 1)[0]
    steps = [c for c in ctx["cards"] if c.kind is Kind.STEP and c.front.rsplit(" — step ", 1)[0] == name]
    programs = [c.back.split()[0] for c in steps if c.back.split()]
    return len(steps) >= 3 and all(len(c.back.split()) <= 2 for c in steps) and len(set(programs)) == len(programs)


SIGNALS.update({"option_under_key": option_under_key, "word_argument_above": word_argument_above,
                "bare_program_steps": bare_program_steps})
del SIGNALS["any"]


def key_context(card: Any, ctx: Context) -> bool:
    """A concept of one or two characters in a document whose same-shaped terms are mostly keys: a key too."""
    if card.kind is not Kind.CONCEPT or len(card.front.strip()) > 2:
        return False
    from quizzer.extract.gate import KEY_TERM, shape_doubt

    keyed = ctx.get("_keyed")
    if keyed is None:
        keyed = {}
        for d in ctx["doubts"]:
            if shape_doubt(d, ctx["lines"]) == KEY_TERM:
                keyed[d.reason] = keyed.get(d.reason, 0) + 1
        ctx["_keyed"] = keyed
    n = keyed.get(card.reason, 0)
    same = sum(1 for c in ctx["cards"] if c.reason == card.reason)
    return n >= 3 and n >= same


SIGNALS["key_context"] = key_context
