"""Plain-text helpers shared by extraction, storage and display (pure).

Everything quizzer stores is NFC-normalised with whitespace folded; display
widths are measured with wcwidth so Korean (two cells a character) lines up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from quizzer import lazyre

__all__ = [
    "FINAL_RIEUL", "FINAL_SSANG_SIOT", "HANGUL", "PICTOGRAPHS", "clean", "clip", "deck_name_fault", "escape_unsafe", "flow", "has_controls", "has_hangul", "key_bar", "line_starts", "lines_of",
    "nfc", "pad",
    "one_line", "slug", "final_consonant",
    "strip_controls", "strip_numbering", "typed", "visible", "width", "without_controls", "without_end_marks", "wrap",
]

# "1.", "2)", "3-1-2", "(1)", "①", "Ⅱ." … in front of a heading or a step.
_NUMBERING = lazyre.pattern(r"^\s*(?:\(\d+\)|\d+(?:[-.]\d+)*[.)]?|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\.)\s+")
_TIGHT_NUMBERING = lazyre.pattern(r"^\s*\d{1,2}(?:\.\d{1,2})*\.(?=[^\W\d_])")  # "2.zip 압축 풀기"
_SLUG_DROP = lazyre.pattern(r"[^\w.+#-]+")
#: Korean letters, for character classes: syllables (가-힣) and compatibility jamo (ㄱ-ㆎ).
HANGUL = "\uac00-\ud7a3\u3131-\u318e"
#: emoji and pictographs (with their joiner and variation selector) for a character class: "👨‍🌾", "📌", "✔"
PICTOGRAPHS = "\u2B00-\u2BFF\u2600-\u27BF\uFE0F\u200D\U0001F000-\U0001FAFF"
_HANGUL = lazyre.pattern(f"[{HANGUL}]")
# printable ASCII (one cell) and the Korean letters wcwidth gives two cells (not U+3164, the filler)
_ASCII_OR_KOREAN = lazyre.pattern("[ -~\uac00-\ud7a3\u3131-\u3163\u3165-\u318e]*")
# What must never reach a terminal as it is: C0 controls but tab and newline, DEL,
# C1 controls (U+009B is CSI on some terminals), the bidirectional embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069), and lone surrogates (a
# file name's undecodable bytes, which would go out as raw bytes or fail to encode).
_UNSAFE = lazyre.pattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def lines_of(text: str) -> Iterator[str]:
    """``text.split("\\n")``, a line at a time: a reader that decides from a document's first lines
    does not split all of a long one (4 MB for 100k cards) first."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


_MARKS_AT_END = lazyre.pattern(rf"[\s{PICTOGRAPHS}]+$")


def without_end_marks(text: str) -> str:
    """``text`` without the pictographs it ends with (and the spaces among them): "로그 추적! 📌" → "로그 추적!"."""
    return _MARKS_AT_END.sub("", text)


def has_hangul(text: str) -> bool:
    """Whether ``text`` holds a Korean letter."""
    return _HANGUL.search(text) is not None


#: Finals of a Hangul syllable that grammar reads, by their place among the 28 (none is 0): ㄹ ("할 것": a verb's
#: future form), ㅆ ("걸렸다", "했습니다": the past tense).
FINAL_RIEUL, FINAL_SSANG_SIOT = 8, 20
_SYLLABLES = 11172  # Hangul syllables, 가 (U+AC00) to 힣: 19 initials × 21 vowels × 28 finals


def final_consonant(syllable: str) -> int | None:
    """The place of a Hangul syllable's final consonant among the 28 (0: none; :data:`FINAL_RIEUL` …), None for any
    other character."""
    code = ord(syllable) - 0xAC00
    return code % 28 if 0 <= code < _SYLLABLES else None


def nfc(text: str) -> str:
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def typed(text: str) -> str:
    """A name or words given on the command line, as text to look up: NFC, and a byte that was not UTF-8 (Python
    keeps it as a lone surrogate, which SQLite cannot take) the replacement character, matching nothing stored."""
    if not text.isascii():
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return nfc(text)


def clean(text: str) -> str:
    """NFC, whitespace folded to single spaces, trimmed."""
    # str.split() and re's \s agree on what whitespace is (str.isspace), and
    # splitting and joining costs a tenth of searching for a run to fold
    text = nfc(text)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # every whitespace character but the space is unprintable (a separator or a control): nothing to
        # fold, and most text asked is so (a line, then its parts, then a note's sides, cleaned again)
        return text
    return " ".join(text.split())


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return "^" + chr(code + 0x40)  # ESC → ^[, as the review screen shows it
    if code == 0x7F:
        return "^?"
    if code <= 0x9F:
        return f"<{code:02x}>"
    if 0xDC80 <= code <= 0xDCFF:
        return f"<{code - 0xDC00:02x}>"  # an undecodable byte of a file name
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """``text`` safe to print on a terminal: what would drive it shown, inert.

    Every place that prints note text, a file or deck name, a message or a
    warning passes it through here: ESC becomes ``^[`` (so ``ESC [ 2 J`` shows
    as ``^[[2J`` and clears nothing), C1 controls and undecodable bytes
    ``<9b>``, bidirectional overrides ``<U+202E>`` (shown, not obeyed).  Tab
    and newline are layout and stay.
    """
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub(_shown, text)


def one_line(text: str) -> str:
    """``text`` (an error's sentence, a path) on one line, its line breaks shown as ``^J`` / ``^M`` (as
    :func:`visible` shows ESC as ``^[``): a sentence holds none of its own, so one there came from what
    a person typed or named ('a<LF>b.md' made 'Error: …/a' and 'b.md is empty.', the second looking
    like a message of its own; so did a deck name typed with one)."""
    return text.replace("\r", "^M").replace("\n", "^J")


#: C0 controls but tab and line feed, DEL and C1 controls: what no stored text holds
_CONTROL = lazyre.pattern("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: what a terminal obeys as one command, removed whole (never past the line's end): CSI
#: (``ESC [ … m``, also C1 ``\x9b``), OSC (``ESC ] … BEL`` or ``ESC \\``), ESC and one character;
#: then any control left
_CONTROLS = lazyre.pattern(
    "\x1b\\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b\n]*(?:\x07|\x1b\\\\)?|\x1b[ -~]"
    "|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def _control_gone(match: re.Match[str]) -> str:
    return " " if match.group() in ("\x0b", "\x0c") else ""  # a vertical tab, a form feed: space between words


def has_controls(text: str) -> bool:
    """Whether :func:`strip_controls` would change ``text``."""
    return not (text.isascii() and text.isprintable()) and _CONTROL.search(text) is not None


def strip_controls(text: str) -> str:
    """``text`` as quizzer stores it: every terminal escape sequence (``ESC [31m``) and every other C0
    or C1 control but tab and line feed removed (a vertical tab or a form feed becomes a space), then
    NFC again (a control between a letter and its accent kept them apart).

    The one rule for what enters the database: an Anki package's fields, tags and deck names, a
    quizzer dump's text, and a document's lines (``quizzer.extract.blocks.prepare`` applies it line
    by line, with a warning at each; tests/test_stored_controls.py holds that equal to the whole).
    Bidirectional overrides are text and stay (:func:`visible` shows them inertly)."""
    if not has_controls(text):
        return text
    return nfc(_CONTROLS.sub(_control_gone, text))


def without_controls(text: str) -> str:
    """``text`` for a program other than the terminal (Anki, a file): :func:`strip_controls`, and
    the other characters :func:`visible` shows (bidirectional overrides, lone surrogates) removed,
    not spelled out (``^[`` would be text in a card).  Tab and newline are layout and stay."""
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub("", strip_controls(text))


def escape_unsafe(json_text: str) -> str:
    """JSON text with the characters :func:`visible` shows written as ``\\uXXXX``.

    ``json.dumps`` escapes C0 controls itself; this does the same for DEL, C1,
    bidirectional controls and lone surrogates, so the JSON keeps every
    character of the notes and its bytes still drive no terminal.
    """
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)


def strip_numbering(text: str, *, tight: bool = False) -> str:
    """``"3-1-2 도커 이미지"`` → ``"도커 이미지"``; text without numbering is unchanged.  ``tight``: a section number
    written without its space (``"2.zip 압축 풀기"``) is taken off too."""
    stripped = _NUMBERING.sub("", text, count=1)
    if tight and stripped == text:
        stripped = _TIGHT_NUMBERING.sub("", text, count=1)
    return stripped or text


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """A tag made from a heading: no spaces (Anki splits tags on them)."""
    return _SLUG_DROP.sub("_", clean(strip_numbering(text))).strip("_")


def width(text: str) -> int:
    """Terminal cells ``text`` takes (Korean and emoji count two)."""
    if text.isascii() and text.isprintable():  # one cell a character; wcwidth (~20 ms to import) not needed
        return len(text)
    if _ASCII_OR_KOREAN.fullmatch(text):  # Korean letters two cells each, as wcwidth has them (the Korean --help)
        return sum(2 if ch > "~" else 1 for ch in text)
    from wcwidth import wcswidth, wcwidth

    total = wcswidth(text)
    if total >= 0:
        return total
    return sum(max(wcwidth(ch), 0) for ch in text)


def pad(text: str, cells: int) -> str:
    """``text`` with spaces after it to take ``cells`` terminal cells (``str.ljust`` counts characters)."""
    return text + " " * max(cells - width(text), 0)


def clip(text: str, cells: int) -> str:
    """``text`` cut to ``cells`` terminal cells, ending in ``…`` where it was cut (a line that must
    stay one line: a screen's header)."""
    if width(text) <= cells:
        return text
    kept, used = "", 0
    for ch in text:
        used += width(ch)
        if used > cells - 1:
            break
        kept += ch
    return kept.rstrip() + "…"


def flow(items: list[str], cells: int, separator: str = " · ") -> list[str]:
    """``items`` joined with ``separator`` into lines of at most ``cells`` cells where they fit,
    never splitting one (``new 75 · learning 0 · review 2`` over as many lines as it takes)."""
    lines: list[str] = []
    for item in items:
        if lines and width(lines[-1]) + width(separator) + width(item) <= cells:
            lines[-1] += separator + item
        else:
            lines.append(item)
    return lines


def key_bar(text: str, cells: int, *, most: int = 4) -> list[str]:
    """A key bar (``y keep it · n hold it back · q quit``) in lines of at most ``cells`` cells, every
    key shown: broken between its keys, each whole (:func:`flow`), when that takes at most ``most``
    lines, else between its words: a key's name with the word after it (``q quit``), never a line
    starting with the ``·`` between two keys."""
    keys = text.split(" · ")
    lines = [piece for line in flow(keys, cells) for piece in wrap(line, cells)]  # a key wider than a line wraps
    if len(lines) > most:  # narrow: a key a line would take more lines than the screen has for them
        words: list[str] = []
        for n, key in enumerate(keys):
            first, *rest = key.split()
            glued = [f"{first} {rest[0]}" if rest else first, *rest[1:]]
            words += glued if n == len(keys) - 1 else [*glued[:-1], glued[-1] + " ·"]
        lines = [piece for line in flow(words, cells, " ") for piece in wrap(line, cells)]
    return lines


#: Where a word too long for its line may break: after one of these, between the parts of a path, a
#: file or an option (``docker-compose.`` | ``override.yml``), when a letter or digit follows.  Never
#: at a parenthesis or a backtick, so a particle and its alternation (```kubectl``로``, ``와(과)``,
#: ``(은)는``) stay on the line of the word they follow.
_SOFT_AFTER = frozenset("/.-_=,:;|&+")


#: A particle (and its alternation) ending a word after a code term or a name: ``로``, ``와(과)``, ``(은)는``.
_PARTICLE_TAIL = lazyre.pattern(f"(?<=[^{HANGUL}()])[({HANGUL}][{HANGUL}()]*$")


def _pieces(word: str, cells: int) -> list[str]:
    """``word`` cut after each soft break (see ``_SOFT_AFTER``); a piece still longer than ``cells``
    is cut once more before the particle that ends it (```--detach``` | ``와(과)``)."""
    pieces: list[str] = []
    start = 0
    for at in range(1, len(word) + 1):
        if at < len(word) and not (word[at - 1] in _SOFT_AFTER and word[at].isalnum()
                                   and any(ch.isalnum() for ch in word[start:at])):
            continue
        piece = word[start:at]
        tail = _PARTICLE_TAIL.search(piece) if width(piece) > cells else None
        pieces += [piece[:tail.start()], tail.group()] if tail else [piece]
        start = at
    return pieces


def line_starts(text: str, cells: int) -> list[int]:
    """Where the lines of one paragraph (no newline) start, after the first, wrapped to ``cells`` cells.

    Lines break between words; a word longer than a line starts a line of its own and breaks after
    the ``/ . - _ =`` … between its parts; a part still too long breaks before the particle ending it,
    and only where that is not enough, between two characters.  :func:`wrap` and the tables' text (``quizzer.rich_text``) both wrap so: a Korean
    word and the particle after a code term are never cut where a break between words or parts
    would do.
    """
    cells = max(cells, 1)
    starts: list[int] = []
    used, end = 0, 0  # cells taken on the current line, up to the end of its last word (at ``end``)
    for match in re.finditer(r"\S+", text):
        word, at = match.group(), match.start()
        word_cells = width(word)
        if end and used + width(text[end:at]) + word_cells <= cells:
            used, end = used + width(text[end:at]) + word_cells, match.end()
            continue
        if end:  # a new line for this word
            starts.append(at)
            used = 0
        else:  # the first word: after the paragraph's indent
            used = width(text[:at])
        end = match.end()
        if used + word_cells <= cells:
            used += word_cells
            continue
        offset = at
        for piece in _pieces(word, cells):
            piece_cells = width(piece)
            if used and used + piece_cells > cells and offset > at:
                starts.append(offset)
                used = 0
            if used + piece_cells <= cells:
                used += piece_cells
                offset += len(piece)
                continue
            for ch in piece:  # a part longer than a line: between two characters
                ch_cells = width(ch)
                if used and used + ch_cells > cells and offset > 0:
                    starts.append(offset)
                    used = 0
                used += ch_cells
                offset += 1
    return starts


def wrap(text: str, cells: int) -> list[str]:
    """Wrap ``text`` to lines of at most ``cells`` terminal cells, as :func:`line_starts` breaks them.

    Runs of spaces fold to one; existing newlines are kept.
    """
    cells = max(cells, 2)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = " ".join(paragraph.split())
        bounds = [0, *line_starts(words, cells), len(words)]
        lines += [words[start:stop].rstrip() for start, stop in zip(bounds, bounds[1:])]
    return lines


def wrap_around(text: str, cells: int, *whole: str) -> list[str]:
    """``text`` wrapped as :func:`wrap` does, but each of ``whole`` (in it: a command for a person to
    copy, a path) on a line of its own, unbroken and as written, when the wrap would cut it or fold its
    spaces: a break of ours pasted a newline and spaces into its quoted path, while the terminal's own
    wrap of one long line copies as one line."""
    lines = wrap(text, cells)
    pieces = [piece for piece in whole if piece and piece in text]
    piece = next((piece for piece in pieces if not any(piece in line for line in lines)), "")
    if not piece:
        return lines
    before, _found, after = text.partition(piece)
    # what is glued to it ("(", "." or ")." with no space between) goes on its line when that fits: not a
    # lone "." under it
    glued_before = "" if before.endswith(" ") else before.rpartition(" ")[2]
    glued_after = "" if after.startswith(" ") else after.partition(" ")[0]
    if (glued_before or glued_after) and width(glued_before + piece + glued_after) <= cells:
        before, piece = before[:len(before) - len(glued_before)], glued_before + piece + glued_after
        after = after[len(glued_after):]
    return [*(wrap_around(before, cells, *pieces) if before.strip() else []), piece,
            *(wrap_around(after, cells, *pieces) if after.strip() else [])]


def deck_name_fault(name: str) -> str | None:
    """What keeps ``name`` (spaces around it already taken off) from being a deck name a person can
    type and read: ``"empty"`` (no text), ``"control"`` (control characters), ``"parts"`` (an empty
    part around ``::``, which Anki reads as parent::child), ``"bytes"`` (a byte that is not UTF-8), or None when it
    is one."""
    if not name:
        return "empty"
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in name):
        return "control"
    if any("\ud800" <= ch <= "\udfff" for ch in name):
        return "bytes"  # a byte the terminal sent that is not UTF-8 (Python keeps it as a lone surrogate)
    if "::" in name and any(not part.strip() for part in name.split("::")):
        return "parts"
    return None
