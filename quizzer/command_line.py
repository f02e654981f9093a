"""Reading a command line the way a shell user does, for grading (pure).

Used by :mod:`quizzer.line_grading`.  A line is read with the same tokenizer as
extraction (:mod:`quizzer.shell`) into segments (one per ``|``), each with its
command words (program and sub-commands, aliases made canonical through
:mod:`quizzer.spellings`; a leading ``sudo`` dropped), its flags (combined
short flags split, ``--name=x``, ``--name x`` and ``-p8001:80`` alike, short
and long spellings made one) and its positional arguments.  A placeholder of
the notes (``<파일>``, ``{image_id}``, ``이미지이름<:태그>``, ``IMAGE``,
``[NAME]``) becomes a pattern that any typed value matches; ``OPTIONS``/``옵션``
accepts any flags; a bracketed ``[NAME]`` or ``[-f]`` may be left out.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from quizzer import lazyre
from quizzer.shell import OPTION_MARKERS, is_flag, is_placeholder, parse_invocation, strip_prompt, tokenize
from quizzer.text import HANGUL
from quizzer.spellings import (
    ARG_ALIASES,
    ARGS_END_FLAGS,
    BUNDLED_FIRST_WORD,
    FLAG_SPELLINGS,
    GENERIC_VALUES,
    LETTER_WORD_PROGRAMS,
    LITERAL_VALUES,
    NUMBER_FLAGS,
    OCTAL_MODES,
    SHORT_EQUALS_PROGRAMS,
    SIGNAL_PROGRAMS,
    SIGNALS,
    SINGLE_DASH_PROGRAMS,
    VALUE_FLAGS,
    canonical_command,
)

__all__ = [
    "Arg", "Flag", "Line", "Segment", "normalize", "read_line", "same_line_key", "same_shape_key", "shell_reading",
    "stands_for_a_value", "unquote",
]



#: Hangul compatibility jamo (``ㅇ``, ``ㅜ``) and their half-width forms: letters typed one by one (the input method
#: off), which NFKC would turn into conjoining jamo and compose ("ㅇㅜ" → "우"), text never typed
_COMPATIBILITY_JAMO = lazyre.pattern("[\u3131-\u318e\uffa0-\uffdc]+")


def normalize(text: str) -> str:
    """NFKC (full-width dashes and spaces from an input method become ASCII), Hangul letters typed one by one kept
    as typed (NFC), one line."""
    if text.isascii():
        return " ".join(text.split())
    parts = _COMPATIBILITY_JAMO.split(text)
    jamo = _COMPATIBILITY_JAMO.findall(text)
    kept = "".join(unicodedata.normalize("NFKC", part) + (jamo[n] if n < len(jamo) else "") for n, part in enumerate(parts))
    return " ".join(unicodedata.normalize("NFC", kept).split())


def unquote(token: str) -> str:
    """Quoting as a shell reads it: ``"gs"`` → ``gs``, ``'a b'`` → ``a b``."""
    if not any(ch in token for ch in "\"'\\"):
        return token
    try:
        words = shlex.split(token)
    except ValueError:  # an unbalanced quote: keep it as typed
        return token
    # one word as a shell reads it: in double quotes a backslash also escapes $ and ` ("a\$b" is a$b), which shlex keeps
    return shell_reading(token)[0] if len(words) == 1 else " ".join(words)


# -- what a shell expands ----------------------------------------------------------------------
_EXPANDED_AFTER_DOLLAR = lazyre.pattern(r"[A-Za-z_{(0-9?#@*!$-]")


def _shell_characters(text: str) -> Iterator[tuple[str, str, str, int]]:
    """Each character of ``text`` as a shell reads it, as ``(kind, character, quote it is in, where)``: kind
    ``quote`` for a quote opening or closing, ``escaped`` for the character after a backslash that escapes it
    (outside quotes any, inside double quotes ``$ ` " \\``, inside single quotes none), else ``plain``."""
    quote = ""
    index = 0
    while index < len(text):
        ch = text[index]
        after = text[index + 1 : index + 2]
        if ch == "\\" and after and (not quote or quote == '"' and after in "$`\"\\"):
            yield "escaped", after, quote, index + 1
            index += 2
            continue
        if ch in "\"'" and quote in ("", ch):
            quote = "" if quote else ch
            yield "quote", ch, quote, index
        else:
            yield "plain", ch, quote, index
        index += 1


def shell_reading(word: str) -> tuple[str, tuple[int, ...]]:
    """``word`` as a shell reads it: its text, and where in that text stand the characters it expands rather than
    keeps: ``$`` before a name and `````` outside single quotes, ``*``, ``?``, ``[`` (with a ``]`` after it) and a
    first ``~`` outside quotes.  ``'$HOME'`` keeps its ``$``, ``"$HOME"`` expands it, ``"*.txt"`` keeps its
    ``*``, ``*.txt`` matches file names; ``'abc'``, ``"abc"`` and ``abc`` are read alike."""
    text: list[str] = []
    expanded: list[int] = []
    for kind, ch, quote, at in _shell_characters(word):
        if kind == "quote":
            continue
        if kind == "plain" and quote != "'" and (
                ch == "$" and _EXPANDED_AFTER_DOLLAR.match(word, at + 1) or ch == "`"
                or not quote and (ch in "*?" or ch == "[" and "]" in word[at:] or ch == "~" and at == 0)):
            expanded.append(len(text))
        text.append(ch)
    return "".join(text), tuple(expanded)


# -- patterns for placeholders ---------------------------------------------------------------
_UPPER_WORD = lazyre.pattern(r"[A-Z][A-Z0-9_]+")
_HANGUL_RUN = lazyre.pattern(f"[{HANGUL}][\\w{HANGUL}]*")


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


_ONE_CAPITAL = lazyre.pattern(r"[A-Z]")


def _placeholder_pattern(token: str) -> re.Pattern[str] | None:
    """The values a token of the notes stands for, where a value goes (a flag's value, an argument); None for a
    concrete one.  Besides :func:`_pattern`'s placeholders: one capital letter (``head -n N file``), and a quoted
    generic value (``-m "message"``, ``-m "커밋 메시지"``, ``-m "<message>"``), which any value typed, quoted or not,
    fills in.  A quoted concrete value (``grep 'error' app.log``) is typed as it is."""
    if _quoted(token):
        return re.compile(".+", re.DOTALL) if is_placeholder(token) or unquote(token).casefold() in GENERIC_VALUES else None
    return re.compile(".+", re.DOTALL) if _ONE_CAPITAL.fullmatch(token) else _pattern(token)


def stands_for_a_value(token: str) -> bool:
    """Is ``token``, written in the notes where a value goes, a placeholder (:func:`_placeholder_pattern`)?"""
    return _placeholder_pattern(token) is not None


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
    written_value: str = ""  # the value as written, quotes kept ("'$HOME'"), when it differs from value
    implied: bool = False  # the value is what the flag as written means ("ls -t" is "--sort=time"), not typed

    def read_alike(self, other: Flag) -> bool:
        """Are the two values, the same text, read alike by a shell (:func:`shell_reading`)?"""
        return shell_reading(self.written_value or self.value or "") == shell_reading(
            other.written_value or other.value or "")

    def written(self) -> str:
        return self.shown if self.value is None or self.implied else f"{self.shown} {self.value}"

    def said(self) -> str:
        """The flag and its value as a verdict names them, as typed: ``--sort=time``, ``--name="web"``, ``-n 5``,
        ``-t`` (ls's, whose value is implied)."""
        if self.value is None or self.implied:
            return self.shown
        return f"{self.shown}{'=' if self.explicit else ' '}{self.written_value or self.value}"


@dataclass(frozen=True, slots=True)
class Arg:
    text: str
    pattern: re.Pattern[str] | None = None
    optional: bool = False
    written: str = ""  # as typed, quotes and backslashes kept, when it differs from text

    @property
    def shown(self) -> str:
        """The argument as written: ``'a\\tb'``, ``[red]x[/red]``."""
        return self.written or self.text

    def read_alike(self, other: Arg) -> bool:
        """Are the two arguments, the same text, read alike by a shell (:func:`shell_reading`)?"""
        return shell_reading(self.shown) == shell_reading(other.shown)

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


def _command_unquoted(tokens: list[str]) -> list[str]:
    """The words before a typed line's first flag as a shell reads them: ``'git' "add"`` is ``git add``.
    A quoted word holding a space (``"git add"``) stays one word, quotes and all: a shell would look
    for a program of that name.  So does one that a shell needs quoted (``'a\\tb'``, ``"it's"``): it is an
    argument, unquoted once, where the segment reads it (unquoted here too, ``a\\tb`` would lose its backslash)."""
    words: list[str] = []
    for index, token in enumerate(tokens):
        if is_flag(token):
            return [*words, *tokens[index:]]
        unquoted = unquote(token) if _quoted(token) else token
        words.append(unquoted if unquoted and shlex.quote(unquoted) == unquoted else token)
    return words


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


_NUMBER_FLAG = lazyre.pattern(r"-\d+")

# ffmpeg's stream specifiers: "-c:v", "-filter:v:0", "-b:a:1" are flags of one-dash programs
_STREAM_FLAG = lazyre.pattern(r"^-[A-Za-z][\w-]*(?::[\w]+)+$")


def _quoted(token: str) -> bool:
    """Written quoted (or with an escaped space): the notes mean that very text, not a placeholder."""
    return token[:1] in ("'", '"') or "\\ " in token


def _flag_tokens(token: str, program: str) -> list[tuple[str, str | None]]:
    """``-dp`` → ``-d``, ``-p``; ``--name=x`` → ``--name`` with ``x``; ``-m=fix`` → ``-m`` with ``=fix``
    (with ``fix`` for the programs of :data:`SHORT_EQUALS_PROGRAMS`)."""
    if "=" in token:
        name, value = token.split("=", 1)
        if len(name) == 2 and program not in SHORT_EQUALS_PROGRAMS and program not in SINGLE_DASH_PROGRAMS:
            return [(name, "=" + value)]  # getopt: everything after the letter is the value
        return [(name, value)]
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
    tokens = _join_redirects(_escaped_spaces(strip_prompt(normalize(text))))
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token == "|":
            segments.append([])
        else:
            segments[-1].append(token)
    return Line(tuple(_segment(t, notes=notes, arity=arity or {}, spellings=spellings or {}) for t in segments if t))


#: private-use characters the tokenizer keeps inside a word, standing for an escaped space or quote while it splits
_KEPT = {" ": "\ue000", '"': "\ue001", "'": "\ue002"}


def _escaped_spaces(line: str) -> list[str]:
    """Tokens as a shell reads ``My\\ Documents`` and ``"a\\"b"``: one word each (:func:`unquote` then drops the
    backslash).  A backslash escapes a space or a quote outside quotes, and a double quote inside double quotes;
    inside single quotes it is a backslash."""
    if "\\" not in line:
        return list(tokenize(line))
    kept: list[str] = []
    for kind, ch, quote, _at in _shell_characters(line):
        if kind == "escaped":  # an escaped space or quote kept inside its word while the tokenizer splits
            kept += ["\\", _KEPT[ch] if ch in _KEPT and (not quote or ch == '"') else ch]
        else:
            kept.append(ch)
    tokens = tokenize("".join(kept))
    return [token.translate({ord(mark): ch for ch, mark in _KEPT.items()}) for token in tokens]


_OUTPUT_REDIRECT = lazyre.pattern(r"^(?:&>>|&>|[12]?>>|[12]?>(?!&))")
_REDIRECTS = frozenset({">", ">>", "<", "1>", "2>", "2>>", "&>", "&>>"})


def _join_redirects(tokens: Sequence[str]) -> list[str]:
    """``> out`` and ``>out`` as a shell reads them: one redirect, written together."""
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in _REDIRECTS and index + 1 < len(tokens) and tokens[index + 1] != "|":
            joined.append(token + tokens[index + 1])
            index += 2
        else:
            joined.append(token)
            index += 1
    return joined


def _attached_value(token: str, names: Mapping[str, str], valued: frozenset[str], arity: Mapping[str, bool]) -> Flag | None:
    """``-p8001:80``, ``-XPOST``, ``-eA=1``: a short flag that takes a value, written with it."""
    if token.startswith("--") or len(token) <= 2 or not token[1].isalpha() or token[2] == "=":
        return None
    name = names.get(token[:2], token[:2])
    # a letter after the flag joins it only when the command's table says the flag takes a value (curl -XPOST,
    # kubectl -owide, and with an "=" in the value: docker run -eA=1, curl -da=1, kubectl -lapp=web); else
    # "-filter:v:0" (ffmpeg) is a word, not -f with "ilter:v:0", and "-dp" two flags
    if name in valued or arity.get(name) and not token[2].isalpha() and "=" not in token:
        return Flag(name, token[:2], unquote(token[2:]), None, False, True)
    return None


def _literal_after(entries: Sequence[Flag | Arg], token: str, literals: Mapping[str, frozenset[str]]) -> bool:
    """``token`` is the value the flag before it names (``curl -X OPTIONS``: the method, not 'any options')."""
    last = entries[-1] if entries else None
    return isinstance(last, Flag) and last.value is None and token in literals.get(last.name, ())


def _segment(tokens: list[str], *, notes: bool, arity: Mapping[str, bool], spellings: Mapping[str, str]) -> Segment:
    if len(tokens) > 1 and tokens[0].lower() == "sudo" and not is_flag(tokens[1]):
        tokens = tokens[1:]  # with or without sudo, the same command
    if not notes:
        tokens = _command_unquoted(tokens)
    if tokens and not is_flag(tokens[0]):
        tokens = [tokens[0].lower(), *tokens[1:]]
    words, rest = _command_words(tokens)
    canonical = canonical_command(tuple(words))
    key = " ".join(canonical)
    program = canonical[0] if canonical else ""
    names = {**FLAG_SPELLINGS.get(key, {}), **spellings}
    valued = VALUE_FLAGS.get(key)
    literals = LITERAL_VALUES.get(key, {})
    if program in BUNDLED_FIRST_WORD and rest and rest[0].isascii() and rest[0].isalpha():
        rest = [f"-{rest[0]}", *rest[1:]]  # "tar xvf" is "tar -xvf"
    entries: list[Flag | Arg] = []
    valued_letters = LETTER_WORD_PROGRAMS.get(program)
    letters_take_value = False  # the last word of letters holds one taking the next word ("ps U root")
    while valued_letters is not None and rest and rest[0].isascii() and rest[0].isalpha():
        # "ps aux", "ps a u x": a, u, x in any order, once each
        letters_take_value = _add_letters(entries, rest[0], valued_letters)
        rest = rest[1:]
        if letters_take_value:
            break  # "ps U root": the next word is U's value
    any_flags = False
    after_dashes = False
    for token in rest:
        if not after_dashes and token == "--":
            after_dashes = True
            continue
        if notes and not after_dashes and token.lower() in OPTION_MARKERS and not _literal_after(entries, token, literals):
            any_flags = True
            continue
        optional = notes and token.startswith("[") and token.endswith("]") and is_flag(token[1:-1])
        bare = token[1:-1] if optional else token
        attached = None
        if not after_dashes and program not in SINGLE_DASH_PROGRAMS:
            attached = _attached_value(bare, names, valued or frozenset(), arity)
        if attached is not None:
            entries.append(attached)
            continue
        if not after_dashes and program in NUMBER_FLAGS and _NUMBER_FLAG.fullmatch(bare):  # "head -20"
            entries.append(Flag(NUMBER_FLAGS[program], bare, bare[1:], None, optional, implied=True))
            continue
        signal = _signal(bare[1:]) if not after_dashes and program in SIGNAL_PROGRAMS and bare[:1] == "-" else None
        if signal is not None:  # "kill -9", "kill -KILL", "kill -SIGKILL"
            entries.append(Flag("--signal", bare, signal, None, optional, implied=True))
            continue
        if not after_dashes and (is_flag(bare) or program in SINGLE_DASH_PROGRAMS and _STREAM_FLAG.match(bare)):
            for shown, raw in _flag_tokens(bare, program):
                value = None if raw is None else unquote(raw)
                name = names.get(shown, shown)
                if raw is None and "=" in name:  # "ls -t" is "ls --sort=time"
                    name, implied = name.split("=", 1)
                    entries.append(Flag(name, shown, implied, None, optional, implied=True))
                    continue
                literal = value is not None and value in literals.get(name, ())
                pattern = _placeholder_pattern(raw) if notes and raw is not None and not literal else None
                entries.append(Flag(name, shown, value, pattern, optional, value is not None, raw or ""))
            continue
        if (
            valued_letters is not None and not after_dashes and token.isascii() and token.isalpha()
            and not _awaits_value(entries, letters_take_value)
        ):
            letters_take_value = _add_letters(entries, token, valued_letters)  # "ps --sort=-%mem aux": after a flag too
            continue
        whole_optional = notes and token.startswith("[") and token.endswith("]") and is_placeholder(token)
        redirect = _OUTPUT_REDIRECT.match(token)
        if redirect:  # ">out", "2>/dev/null": the target after the operator, as the shell reads it
            target = token[redirect.end():]
            value = redirect.group(0) + unquote(target)
            placeholder = _pattern(target) if notes and target and not _quoted(target) else None
            pattern = re.compile(re.escape(redirect.group(0)) + placeholder.pattern, re.DOTALL) if placeholder else None
            entries.append(Arg(value, pattern, False))
            continue
        pattern = _placeholder_pattern(token) if notes else None  # '{"a":1}' is typed as it is
        entries.append(Arg(unquote(token), pattern, whole_optional, token))
    flags: list[Flag] = []
    args: list[Arg] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if isinstance(entry, Flag) and args and key in ARGS_END_FLAGS:
            # after the image: the container's command and its flags, in order
            entry = Arg(entry.shown if entry.value is None else f"{entry.shown}={entry.value}")
        if isinstance(entry, Arg):
            if not args and program in ARG_ALIASES:
                alias = ARG_ALIASES[program].get(entry.text, entry.text)
                entry = entry if alias == entry.text else replace(entry, text=alias, written="")  # "po" is "pods"
            if not args and OCTAL_MODES.get(program) == "" and entry.pattern is None:
                entry = replace(entry, text=_octal(entry.text), written="")  # "chmod 0755" is "chmod 755"
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
                pattern = None if following.text in literals.get(entry.name, ()) else following.pattern  # -X POST
                entry = Flag(entry.name, entry.shown, following.text, pattern, entry.optional,
                             written_value=following.shown)
                index += 1
        if entry.value is not None and entry.pattern is None and OCTAL_MODES.get(program) == entry.name:
            entry = replace(entry, value=_octal(entry.value), written_value="")  # "mkdir -m 0700" is "-m 700"
        if program in SIGNAL_PROGRAMS and entry.name == "--signal" and entry.value and not entry.implied:
            entry = replace(entry, value=_signal(entry.value) or entry.value, written_value="")  # "-s KILL" is "-s 9"
        flags.append(entry)
    return Segment(canonical, " ".join(words), tuple(flags), tuple(args), any_flags)


def _add_letters(entries: list[Flag | Arg], word: str, valued_letters: str) -> bool:
    """The BSD-style letters of ``word`` (``aux``) as flags, each once; whether one of them takes the next word as
    its value (:data:`quizzer.spellings.LETTER_WORD_PROGRAMS`)."""
    seen = {entry.name for entry in entries if isinstance(entry, Flag)}
    entries += [Flag(letter, letter) for letter in dict.fromkeys(word) if letter not in seen]
    return any(letter in valued_letters for letter in word)


def _awaits_value(entries: Sequence[Flag | Arg], letters_take_value: bool) -> bool:
    """The word after ``entries`` may be the value of the last of them: a dashed flag written without one (``ps -C
    bash``), or a word of letters holding one that takes a value (``ps U root``)."""
    last = entries[-1] if entries else None
    if not isinstance(last, Flag) or last.value is not None:
        return False
    return last.shown.startswith("-") or letters_take_value


def _octal(word: str) -> str:
    """An octal mode of up to four digits without its leading zeros (``0755``: ``755``, ``0022``: ``22``);
    anything else as it is (``00755``, which GNU chmod reads otherwise on a directory; ``u+x``)."""
    return format(int(word, 8), "o") if _OCTAL_MODE.fullmatch(word) else word


_OCTAL_MODE = lazyre.pattern(r"[0-7]{1,4}")


def _signal(word: str) -> str | None:
    """The number of the signal ``word`` names (``9``, ``KILL``, ``SIGKILL``: ``9``), else None."""
    if word.isdigit():
        return word
    name = word.removeprefix("SIG")
    return SIGNALS.get(name) if word.isupper() else None


def same_line_key(text: str, *, spellings: Mapping[str, str] | None = None) -> tuple[object, ...] | None:
    """What a shell reads in the notes' command line ``text``, the order of its flags aside: ``docker ps -a`` and
    ``docker ps --all`` have one key, ``docker container ls -a`` too.  None for a line with a placeholder or an
    ``OPTIONS`` (``git add <file>`` and ``git add .`` are two facts, not one spelled twice) or no command."""
    line = _concrete_line(text, spellings)
    if line is None:
        return None
    key: list[object] = []
    for segment in line.segments:
        flags = sorted((flag.name, flag.value or "", shell_reading(flag.written_value or flag.value or "")[1])
                       for flag in segment.flags)
        key.append((segment.words, tuple(flags), tuple(shell_reading(arg.shown) for arg in segment.args)))
    return tuple(key)


def same_shape_key(text: str, *, spellings: Mapping[str, str] | None = None) -> tuple[object, ...] | None:
    """What stays of the notes' command line ``text`` when only its values change (a file name, a port, a path):
    each segment's command words, its flags, which of them take a value, and how many arguments it has.
    ``tar -czf a.tgz dir`` and ``tar -czf b.tgz src`` have one shape, ``tar -xzf a.tgz dir`` another.  A value
    that says what the command does is kept: a value a flag as written implies (``kill -9``, ``ls -t``), a word the
    flag knows (``curl -X POST``), the resource a ``kubectl`` verb acts on (``get pods``), a redirect's operator
    (``>`` or ``>>``).  A value in quotes is the writer's example even where a typed answer may put any value for
    it (``-m "message"`` then ``-m "fix typo"``).  None as :func:`same_line_key` gives it otherwise."""
    line = _concrete_line(text, spellings, quoted_values=True)
    if line is None:
        return None
    shape: list[object] = []
    for segment in line.segments:
        literals = LITERAL_VALUES.get(" ".join(segment.words), {})
        flags = sorted((flag.name, flag.value is not None,
                        flag.value if flag.implied or flag.value in literals.get(flag.name, ()) else None)
                       for flag in segment.flags)
        args = [redirect.group(0) if (redirect := _OUTPUT_REDIRECT.match(arg.text)) else None for arg in segment.args]
        if segment.args and segment.words[0] in ARG_ALIASES:
            args[0] = segment.args[0].text
        shape.append((segment.words, tuple(flags), tuple(args)))
    return tuple(shape)


def _concrete_line(text: str, spellings: Mapping[str, str] | None, *, quoted_values: bool = False) -> Line | None:
    """The notes' command line ``text`` read, when it has a command and no placeholder or ``OPTIONS``; else None.
    ``quoted_values``: a quoted generic value (``-m "message"``) is no placeholder (:func:`_quoted_value`)."""
    line = read_line(text, notes=True, spellings=spellings)
    if not line.segments or any(segment.any_flags or not segment.words for segment in line.segments):
        return None
    if any(flag.pattern is not None and not (quoted_values and _quoted_value(flag.written_value))
           for segment in line.segments for flag in segment.flags) or any(
            arg.pattern is not None and not (quoted_values and _quoted_value(arg.written))
            for segment in line.segments for arg in segment.args):
        return None
    return line


def _quoted_value(written: str) -> bool:
    """Is ``written`` a value in quotes with no bracketed or capitalised placeholder in it (``"message"``, ``"첫
    커밋"``; not ``"<message>"``, ``"MESSAGE"``)?"""
    if not _quoted(written):
        return False
    inner = unquote(written)
    return not any(mark in inner for mark in "<[{") and not _UPPER_WORD.fullmatch(inner)
