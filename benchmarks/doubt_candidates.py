"""Candidate signals for benchmarks/doubt_signals.py (each a test of one card in its document's context).

No signal names a document: shapes of the card's sides, its own line, and its document's other cards only.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from gate_candidates import Context, context_of

from quizzer.extract.model import Kind


def context(cards: list[Any], lines: list[str], *, program: str | None = None, doubted: list[Any] = ()) -> Context:
    """What a signal may read of the document: the cards kept, its lines, its program, the drafts warned."""
    ctx = context_of(cards, lines, doubts=list(doubted), program=program)
    return ctx


CANDIDATES: dict[str, Callable[[Any, Context], bool]] = {}


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].strip()


ABOVE = frozenset({"text just above its code block", "text above its code block and its comment",
                   "text above its code block, with a one-word comment", "text above lines typed at a program's prompt"})


def numeric_front(card: Any, ctx: Context) -> bool:
    """A command, key or term whose front is a number alone (``0``, ``12``): a value in a list or table."""
    return card.kind is not Kind.STEP and card.front.strip().isdigit()


def nobody_command(card: Any, ctx: Context) -> bool:
    """A command that names no program at all: whose command is it?"""
    return card.kind is Kind.COMMAND and not card.command


_PATHLIKE = re.compile(r"^(?:~?/|\./|\.\./|\.[\w-]+$|[\w.-]+/[\w./-]*$|[\w-]+\.(?:sh|json|ya?ml|toml|conf|cfg|ini|txt|md|py|js|ts|rc)$|[\w.-]+/$)")


def path_front(card: Any, ctx: Context) -> bool:
    """A command whose whole front is one path or file name (``/etc/nginx``, ``src/``, ``.zshrc``): a file, not run."""
    if card.kind is not Kind.COMMAND:
        return False
    words = card.front.split()
    return len(words) == 1 and bool(_PATHLIKE.match(words[0])) and not words[0].startswith("./")


def path_front_any(card: Any, ctx: Context) -> bool:
    if card.kind is not Kind.COMMAND:
        return False
    words = card.front.split()
    return len(words) == 1 and bool(_PATHLIKE.match(words[0]))


_URL = re.compile(r"https?://")


def url_back(card: Any, ctx: Context) -> bool:
    return card.kind is not Kind.STEP and bool(_URL.search(card.back))


def url_first_back(card: Any, ctx: Context) -> bool:
    return card.kind is not Kind.STEP and bool(_URL.search(_first_line(card.back)))


def question_back(card: Any, ctx: Context) -> bool:
    """A back that asks (ends in a question mark): a question, not what the front does."""
    return card.kind is not Kind.STEP and _first_line(card.back).rstrip().endswith(("?", "？"))


def lower_above(card: Any, ctx: Context) -> bool:
    """Text above a block starting with a lower-case Latin letter: the rest of a sentence or narration."""
    back = _first_line(card.back)
    return card.reason in ABOVE and bool(re.match(r"[a-z]", back))


def lower_above_long(card: Any, ctx: Context) -> bool:
    back = _first_line(card.back)
    return card.reason in ABOVE and bool(re.match(r"[a-z]", back)) and len(back.split()) > 4


def ellipsis_back(card: Any, ctx: Context) -> bool:
    return card.kind is not Kind.STEP and _first_line(card.back).startswith(("…", "...", "..."))


def symbol_back(card: Any, ctx: Context) -> bool:
    """A back starting with a sign that starts no sentence (``{``, ``[``, ``%``, ``…``, ``+``)."""
    back = _first_line(card.back)
    return card.kind is not Kind.STEP and bool(back) and back[0] in "{[%…+|=<>#&"


_VALUEISH = re.compile(r"^[\w.()/+-]*\d[\w.()/+-]*$")


def value_list_back(card: Any, ctx: Context) -> bool:
    """A back that is a comma list whose items are values (each with a digit, at most two words)."""
    back = _first_line(card.back)
    parts = [p.strip() for p in back.split(",")]
    if len(parts) < 2:
        return False
    return all(p and len(p.split()) <= 2 and any(ch.isdigit() for ch in p) for p in parts)


def prompt_back(card: Any, ctx: Context) -> bool:
    """A back that starts with a prompt (``$ java -version``, ``mysql> …``): a command line, not a meaning."""
    return card.kind is not Kind.STEP and bool(re.match(r"^(?:\$|#|[\w-]+>)\s+\S", _first_line(card.back)))


def sentence_front(card: Any, ctx: Context) -> bool:
    """A concept whose term is a phrase of four words or more: a sentence or a task, not a term."""
    return card.kind is Kind.CONCEPT and len(card.front.split()) >= 4


def sentence_front3(card: Any, ctx: Context) -> bool:
    return card.kind is Kind.CONCEPT and len(card.front.split()) >= 3


_VERBISH = re.compile(r"^(?:[A-Z]?[a-z]+)\s+(?:a|an|the|all|your|my|this|that|new|it)\b")


def task_front(card: Any, ctx: Context) -> bool:
    """A concept whose term reads as an instruction (``Generate a new key``, ``Destroy the stack``)."""
    return card.kind is Kind.CONCEPT and bool(_VERBISH.match(card.front.strip()))


def option_back_fragment(card: Any, ctx: Context) -> bool:
    """An option or flag whose meaning starts with a lower-case verb in -s (``shows``, ``specifies``)."""
    return card.kind in (Kind.OPTION, Kind.FLAG) and bool(re.match(r"^[a-z]+s\b", _first_line(card.back)))


def parenthesis_back(card: Any, ctx: Context) -> bool:
    """The back is words then a parenthesis that holds another sentence (a comment translated)."""
    return False


CANDIDATES.update({
    "numeric_front": numeric_front,
    "nobody_command": nobody_command,
    "path_front": path_front,
    "path_front_any": path_front_any,
    "url_back": url_back,
    "url_first_back": url_first_back,
    "question_back": question_back,
    "lower_above": lower_above,
    "lower_above_long": lower_above_long,
    "ellipsis_back": ellipsis_back,
    "symbol_back": symbol_back,
    "value_list_back": value_list_back,
    "prompt_back": prompt_back,
    "sentence_front": sentence_front,
    "sentence_front3": sentence_front3,
    "task_front": task_front,
    "option_back_fragment": option_back_fragment,
})


from quizzer.extract.knowledge import PROGRAMS  # noqa: E402

_SYSTEM_DIRS = ("bin/", "sbin/", "init.d/", "rc.d/", "libexec/")
_DATA_FILE = re.compile(r"^[\w.-]+\.(?:sh|json|ya?ml|toml|conf|cfg|ini|txt|md|lock|env|xml|csv|log)$")
_DOTFILE = re.compile(r"^\.[\w.-]+/?$")


def file_front(card: Any, ctx: Context) -> bool:
    """A command whose whole front is a file or folder (``/etc/nginx``, ``src/``, ``.zshrc``, ``a.json``) and
    whose program is that front itself or none: a file listed, not a command run (``./x.sh`` runs a script;
    ``/usr/bin/x`` is a program)."""
    if card.kind is not Kind.COMMAND:
        return False
    words = card.front.split()
    if len(words) != 1 or card.command not in (None, words[0]):
        return False
    word = words[0]
    if word.startswith("./") or any(d in word for d in _SYSTEM_DIRS):
        return False
    if word.startswith(("/", "~/")):
        return word.strip("/").count("/") >= 1 or word.startswith("~/")
    return word.endswith("/") and len(word) > 1 or bool(_DOTFILE.match(word)) or bool(_DATA_FILE.match(word)) \
        or "/" in word.strip("/") and not word.startswith("-")


_COPULA = re.compile(r"^(?:is|are|was|were|will|would|can|could|still|also|does|do|has|have|should|must)\b")


def copula_back(card: Any, ctx: Context) -> bool:
    """A back starting with a verb of a sentence whose subject is the front (``is a pager``, ``will also …``)."""
    return card.kind is not Kind.STEP and bool(_COPULA.match(_first_line(card.back)))


def arrow_back(card: Any, ctx: Context) -> bool:
    return card.kind is not Kind.STEP and "->" in _first_line(card.back)


_LABELLED = re.compile(r"^(?:[A-Z][a-z]+|[a-z]+):\s+\S")


def label_in_back(card: Any, ctx: Context) -> bool:
    """A back starting ``Word: …`` (``Note: …``, ``Details: https…``): a label and what it introduces."""
    return card.kind is not Kind.STEP and bool(_LABELLED.match(_first_line(card.back)))


def step_unknown(card: Any, ctx: Context) -> bool:
    """A step of a block whose back starts with no program we know nor the notes' own."""
    if card.kind is not Kind.STEP or "block" not in (card.reason or ""):
        return False
    words = card.back.split()
    first = words[0] if words else ""
    return first not in PROGRAMS and first != ctx.get("program") and first not in ("sudo", "doas", "cd", "$")


def _programs_used(ctx: Context) -> dict[str, int]:
    got = ctx.get("_programs_used")
    if got is None:
        got = {}
        for card in ctx["cards"]:
            if card.command:
                first = card.command.split()[0]
                got[first] = got.get(first, 0) + 1
        ctx["_programs_used"] = got
    return got


def lonely_unknown_program(card: Any, ctx: Context) -> bool:
    """A command whose program is an unknown word met on this card only: a word of a file or list."""
    if card.kind is not Kind.COMMAND or not card.command:
        return False
    first = card.command.split()[0]
    return (first not in PROGRAMS and first != ctx.get("program") and _programs_used(ctx).get(first, 0) == 1
            and card.front.split()[0] == first and len(first) > 2)


def korean_pointing(card: Any, ctx: Context) -> bool:
    return card.reason in ABOVE and bool(re.search(r"다음과 같|아래와 같|다음 내용|아래 내용|다음을|아래를", _first_line(card.back)))


CANDIDATES.update({
    "file_front": file_front,
    "copula_back": copula_back,
    "arrow_back": arrow_back,
    "label_in_back": label_in_back,
    "step_unknown": step_unknown,
    "lonely_unknown_program": lonely_unknown_program,
    "korean_pointing": korean_pointing,
})


def _shape(card: Any) -> tuple[Any, ...]:
    return (card.reason, card.kind, tuple(card.section[:2]))


def _shape_counts(ctx: Context) -> dict[tuple[Any, ...], tuple[int, int]]:
    got = ctx.get("_shapes")
    if got is None:
        got = {}
        for card in ctx["cards"]:
            kept, doubted = got.get(_shape(card), (0, 0))
            got[_shape(card)] = (kept + 1, doubted)
        for card in ctx["doubts"]:
            kept, doubted = got.get(_shape(card), (0, 0))
            got[_shape(card)] = (kept, doubted + 1)
        ctx["_shapes"] = got
    return got


def shape_mostly_warned(card: Any, ctx: Context) -> bool:
    """A card of a shape (rule, kind, section) most of whose drafts in this document were warned."""
    kept, doubted = _shape_counts(ctx).get(_shape(card), (0, 0))
    return doubted >= 3 and doubted >= 2 * kept


def shape_half_warned(card: Any, ctx: Context) -> bool:
    kept, doubted = _shape_counts(ctx).get(_shape(card), (0, 0))
    return doubted >= 2 and doubted >= kept


CANDIDATES.update({"shape_mostly_warned": shape_mostly_warned, "shape_half_warned": shape_half_warned})


_SPLIT_LINES = frozenset({"`command: description` line", "`term: definition` line", "`key: meaning` line",
                          "`option: meaning` line"})


def copula_split(card: Any, ctx: Context) -> bool:
    """A ``X: Y`` line read so that Y starts with the verb of a sentence about X (``is a pager``): the
    separator was inside a sentence."""
    return card.reason in _SPLIT_LINES and copula_back(card, ctx)


CANDIDATES["copula_split"] = copula_split


_ANY_WORD = re.compile(r"[A-Za-z\uac00-\ud7a3]{2,}")


def wordless_back(card: Any, ctx: Context) -> bool:
    """A back with no word of two letters (``---``, ``4.3.3``, ``0 2``): a value, not a meaning."""
    return card.kind is not Kind.STEP and _ANY_WORD.search(card.back) is None


def back_is_front(card: Any, ctx: Context) -> bool:
    return card.kind is not Kind.STEP and card.back.strip() == card.front.strip()


def signless_front(card: Any, ctx: Context) -> bool:
    """A front with no letter nor digit (``---``, ``|``): a rule of a table, not a command or term."""
    return card.kind is not Kind.STEP and not any(ch.isalnum() for ch in card.front) and len(card.front.strip()) > 2


def long_term(card: Any, ctx: Context) -> bool:
    """A concept whose term is longer than its definition and of four words or more: the halves are swapped
    or a sentence was cut."""
    return card.kind is Kind.CONCEPT and len(card.front.split()) >= 4 and len(card.front) > len(card.back)


CANDIDATES.update({"wordless_back": wordless_back, "back_is_front": back_is_front, "signless_front": signless_front,
                   "long_term": long_term})


def _line_heads(ctx: Context) -> set[str]:
    got = ctx.get("_heads")
    if got is None:
        got = set()
        for line in ctx["lines"]:
            words = line.strip().lstrip("$#>`-*+ ").split()
            if words and words[0] in ("sudo", "doas") and len(words) > 1:
                words = words[1:]
            if words:
                got.add(words[0].strip("`*"))
        ctx["_heads"] = got
    return got


def option_of_stranger(card: Any, ctx: Context) -> bool:
    """An option filed under a program we do not know, the notes' own neither, that starts no line of the
    notes: whose option it is was guessed."""
    if card.kind not in (Kind.OPTION, Kind.FLAG) or not card.command:
        return False
    first = card.command.split()[0]
    return first not in PROGRAMS and first != ctx.get("program") and first not in _line_heads(ctx)


def command_of_stranger(card: Any, ctx: Context) -> bool:
    """A command (more than its program's name) of a program we do not know that starts no line of the notes."""
    if card.kind is not Kind.COMMAND or not card.command:
        return False
    first = card.command.split()[0]
    return first not in PROGRAMS and first != ctx.get("program") and first not in _line_heads(ctx)


CANDIDATES.update({"option_of_stranger": option_of_stranger, "command_of_stranger": command_of_stranger})


_LEAD = re.compile(r"^(?:\$\s+|#\s+|[\"'`]+)")


def concept_back_command(card: Any, ctx: Context) -> bool:
    """A concept whose definition starts with what one types: an option (``-XX:…``, ``--all``), a prompt, or a
    known program with arguments: the halves are a purpose and its command, not a term and its meaning."""
    if card.kind is not Kind.CONCEPT:
        return False
    back = _LEAD.sub("", _first_line(card.back))
    words = back.split()
    if not words:
        return False
    first = words[0].strip("\"'`")
    if first in ("sudo", "doas") and len(words) > 1:
        first = words[1]
    if re.match(r"^--?[A-Za-z]", first):
        return True
    if first.startswith("/") and first.count("/") >= 2:
        return True
    return first in PROGRAMS and len(words) > 1 and (_first_line(card.back)[:1] in "$\"'`" or any(
        w.startswith("-") for w in words[1:4]))


def concept_back_prompt(card: Any, ctx: Context) -> bool:
    return card.kind is Kind.CONCEPT and bool(re.match(r"^\$\s+\S", _first_line(card.back)))


def list_of_commands_front(card: Any, ctx: Context) -> bool:
    """A concept whose term is a comma list of two or more programs or command lines: several facts."""
    if card.kind is not Kind.CONCEPT or "," not in card.front:
        return False
    parts = [p.strip() for p in card.front.split(",")]
    return len(parts) >= 2 and all(p and p.split()[0] in PROGRAMS for p in parts)


CANDIDATES.update({"concept_back_command": concept_back_command, "concept_back_prompt": concept_back_prompt,
                   "list_of_commands_front": list_of_commands_front})


def concept_back_run(card: Any, ctx: Context) -> bool:
    """concept_back_command, a path only when an option follows it (``/usr/bin/ruby -e …``; not a sentence
    starting with a file, ``/var/log/x에 기록됨``): narrowed after seeing its one loss."""
    if not concept_back_command(card, ctx):
        return False
    words = _LEAD.sub("", _first_line(card.back)).split()
    first = words[0].strip("\"'`")
    if first in ("sudo", "doas") and len(words) > 1:
        words = words[1:]
        first = words[0]
    if first.startswith("/") and not re.match(r"^--?[A-Za-z]", first):
        return len(words) > 1 and words[1].startswith("-")
    return True


CANDIDATES["concept_back_run"] = concept_back_run


_OPTION_START = re.compile(r"^[\"'`]?--?[A-Za-z]")
_PROMPT_START = re.compile(r"^\$\s+\S")
_QUOTED_PROGRAM = re.compile(r"^[\"'`]([\w.-]+)\s+\S")
_PATH_RUN = re.compile(r"^/[\w.-]+(?:/[\w.-]+)+\s+--?[A-Za-z]")


def typed_back(card: Any, ctx: Context) -> bool:
    """(as implemented in quizzer/extract/gate.py) A concept whose definition starts with what one types: an
    option (``-XX:…``, ``"--all"``), a prompt (``$ java -version``), a quoted program with arguments, a program's
    path run with an option: the term says what it is for, the definition is the command."""
    if card.kind is not Kind.CONCEPT:
        return False
    back = _first_line(card.back)
    if _OPTION_START.match(back) or _PROMPT_START.match(back) or _PATH_RUN.match(back):
        return True
    quoted = _QUOTED_PROGRAM.match(back)
    return quoted is not None and quoted.group(1) in PROGRAMS


CANDIDATES["typed_back"] = typed_back


_RUN_LINE = re.compile(r"^\s*(?:[-*+>]\s+|\d+[.)]\s+)?`?(?:\$\s+)?(?:sudo\s+)?([a-z][\w.-]*)\s+(.*)$")


def _option_programs(ctx: Context) -> dict[str, set[str]]:
    """option spelling → the programs whose command lines in the notes write it."""
    got = ctx.get("_option_programs")
    if got is None:
        got = {}
        for line in ctx["lines"]:
            match = _RUN_LINE.match(line)
            if not match or match.group(1) not in PROGRAMS:
                continue
            for word in match.group(2).split():
                word = word.strip("`'\"")
                if re.match(r"^--?[A-Za-z][\w-]*$", word):
                    got.setdefault(word, set()).add(match.group(1))
        ctx["_option_programs"] = got
    return got


def option_of_two_programs(card: Any, ctx: Context) -> bool:
    """An option (from a list: no command line of its own) that the notes write on command lines of two programs
    or more: which one it belongs to is not sure."""
    if card.kind is not Kind.OPTION or not card.command:
        return False
    spellings = [p.strip().split()[0] for p in card.front.split(",") if p.strip()]
    programs = set()
    for spelling in spellings:
        programs |= _option_programs(ctx).get(spelling, set())
    return len(programs) >= 2 and card.command.split()[0] in programs


CANDIDATES["option_of_two_programs"] = option_of_two_programs


_WEAK = ("lower_fragment", "symbol_back", "deictic_back", "narrative_above", "long_above", "first_person",
         "question_back", "url_back", "discursive2", "sentence_front3", "copula_back", "label_in_back")


def _weak_share(ctx: Context) -> dict[tuple[Any, ...], tuple[int, int]]:
    got = ctx.get("_weak_share")
    if got is None:
        from gate_candidates import SIGNALS as OLD

        signals = {**OLD, **CANDIDATES}
        got = {}
        for card in ctx["cards"]:
            flagged = any(signals[name](card, ctx) for name in _WEAK)
            n, f = got.get(_shape(card), (0, 0))
            got[_shape(card)] = (n + 1, f + flagged)
        ctx["_weak_share"] = got
    return got


def shape_mostly_weak(card: Any, ctx: Context) -> bool:
    """A card of a shape (rule, kind, section) of three cards or more, two thirds of which a weak signal doubts."""
    n, flagged = _weak_share(ctx).get(_shape(card), (0, 0))
    return n >= 3 and 3 * flagged >= 2 * n


def shape_half_weak(card: Any, ctx: Context) -> bool:
    n, flagged = _weak_share(ctx).get(_shape(card), (0, 0))
    return n >= 2 and 2 * flagged >= n and flagged >= 2


CANDIDATES.update({"shape_mostly_weak": shape_mostly_weak, "shape_half_weak": shape_half_weak})


def key_own_program(card: Any, ctx: Context) -> bool:
    """A command of one or two characters filed as its own program (``p`` under program ``p``): a key of some
    program, whose is not known."""
    if card.kind is not Kind.COMMAND or not card.command:
        return False
    front = card.front.strip()
    return len(front) <= 2 and card.command == front and front not in PROGRAMS


CANDIDATES["key_own_program"] = key_own_program


def _above_distance(card: Any, ctx: Context) -> int | None:
    """How many lines above the card's line the first words of its back are written (None: not found in 40)."""
    lines = ctx["lines"]
    probe = re.sub(r"\s+", " ", _first_line(card.back))[:12].strip()
    if len(probe) < 4:
        return None
    for n in range(card.line - 1, max(0, card.line - 41), -1):
        if n <= len(lines) and probe in re.sub(r"\s+", " ", lines[n - 1].replace("`", "").replace("*", "")):
            return card.line - n
    return None


def far_above(card: Any, ctx: Context) -> bool:
    """Text above a block, written more than six lines above the card's own line: another part's text."""
    if card.reason not in ABOVE:
        return False
    distance = _above_distance(card, ctx)
    return distance is not None and distance > 6


def far_above12(card: Any, ctx: Context) -> bool:
    if card.reason not in ABOVE:
        return False
    distance = _above_distance(card, ctx)
    return distance is not None and distance > 12


CANDIDATES.update({"far_above": far_above, "far_above12": far_above12})
