"""markdown-it-py tokens → a flat stream of blocks with clean text (pure).

The rules in ``rules.py`` read this stream, not markdown: headings, paragraphs
(with the list items they sit in), fenced code and tables.  Inline text keeps
just enough structure (bold and code spans) to find the term a line is about.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from quizzer import lazyre
from quizzer.extract import asciidoc, bare_scripts, command_summaries, makefiles, plain_columns, pod, roff, rst, stray_fences, usage_docstrings
from quizzer.extract.decorations import undecorated
from quizzer.extract.knowledge import HTML_ELEMENTS, METADATA_KEYS, REMARK_BOX_KINDS, REMARK_LABELS
from quizzer.extract.pieces import pieces
from quizzer.text import clean, has_controls, nfc, strip_controls

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

__all__ = [
    "Block", "Code", "Heading", "Inline", "ListLevel", "Para", "STYLE_TAGS", "Span", "Table", "front_matter_title", "html_tag_text",
    "holds_no_code", "html_blocks", "inline_of", "list_level", "parsed_blocks", "parsed_run", "prepare", "read_blocks", "read_piece_blocks", "split_lines",
]

SpanKind = Literal["text", "strong", "code"]

# HTML that notes use for layout; any other <...> is the writer's placeholder.
_LAYOUT_TAG = lazyre.pattern(
    r"^</?(?:br|p|div|span|ul|ol|li|kbd|b|i|u|s|em|strong|code|pre|sub|sup|small|big|font|center|"
    r"mark|del|ins|hr|img|a|details|summary|table|thead|tbody|tr|td|th|h[1-6]|blockquote|tt)\b[^>]*/?>$",
    re.IGNORECASE,
)
_KBD_OPEN = lazyre.pattern(r"^<kbd\b[^>]*>$", re.IGNORECASE)
# a tag that styles the words it holds, with nothing else in it (attributes name pictures, links and colours)
STYLE_TAGS = lazyre.pattern(r"</?(?:b|i|u|s|em|strong|mark|small|big|tt|del|ins|sub|sup)>", re.IGNORECASE)
_BREAK_TAG = lazyre.pattern(r"^</?(?:br|p|div|li|ul|ol|tr|hr)\b", re.IGNORECASE)
_CALLOUT = lazyre.pattern(r"^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*", re.IGNORECASE)
_HIGHLIGHT = lazyre.pattern(r"^[ \t]*\{%-?\s*highlight\s+([\w+-]*)[^%]*%\}[ \t]*$", re.MULTILINE)
_END_HIGHLIGHT = lazyre.pattern(r"^[ \t]*\{%-?\s*endhighlight\s*-?%\}[ \t]*$", re.MULTILINE)
_DEFINITION_MARK = lazyre.pattern(r"^:[ \t]*$", re.MULTILINE)
# searched in "\n" + text: a pattern that starts with a line break skips to each one, where "^" with
# MULTILINE tries every character of the document (five times the instructions)
_NO_SPACE_HEADING = lazyre.pattern(r"\n#{2,6}(?=[A-Za-z\uac00-\ud7a3])")
_FRONT_MATTER = lazyre.pattern(r"\A---\n.*?\n---\n", re.DOTALL)
# Pelican's and MultiMarkdown's metadata: "Title: …" / "Date: …" lines (an HTML comment among them) opening the
# text, up to its first blank line
_METADATA = lazyre.pattern(r"\A(?:(?:[A-Za-z][\w-]*[ \t]*:[^\n]*|<!--[^\n]*-->)\n)+(?=\n|\Z)")
_METADATA_KEY = lazyre.pattern(r"^([A-Za-z][\w-]*)[ \t]*:", re.MULTILINE)
# kramdown's attribute list on a line of its own ("{: .-setup}", "{: #id}"): layout for the block above
_ATTRIBUTE_LIST = lazyre.pattern(r"^[ \t]*\{:[^{}\n]*\}[ \t]*$", re.MULTILINE)
# kramdown's and pandoc's attributes ending a line ("## Install {#install}", "{#id .class key=value}"): the
# block's anchor, never its text; a space before it, an id first ("{# comment #}" and "${#list[@]}" stay)
_TRAILING_ID = lazyre.pattern(
    r"([^\n]*?\S)[ \t]+\{(?::[ \t]*)?#\w[\w.:-]*(?:[ \t]+(?:[.#]\w[\w-]*|\w[\w-]*=(?:\"[^\"\n]*\"|[^\s{}\"]+)))*"
    r"[ \t]*\}[ \t]*$",
    re.MULTILINE,
)
# kramdown's attributes of a span or ending a line, always with a colon ("![shot](a.png){: width="90%"}",
# "## Setup {: .no_toc }"): how the site draws it, never its words; right after a link, an image or emphasis, or
# after a space at the line's end, and only classes, ids and key=value pairs ("{:>10}", "{:a=>1}", "{:.2f}" stay)
_ATTRIBUTE = r"(?:[.#][A-Za-z_-][\w-]*|[\w-]+=(?!>)(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}\"']+))"
_SPAN_ATTRIBUTES = lazyre.pattern(
    rf"(?<=[)\]*_])\{{:[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}"
    rf"|[ \t]+\{{:[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}(?=[ \t]*$)",
    re.MULTILINE,
)
# a Jekyll wiki's link to another page with the words shown in braces ("[[/cmd/chronic]]{chronic}"): the words
# are what the reader sees; the target has no space, so bash's "[[ -f x ]]" never reads so
_WIKI_LINK_LABEL = lazyre.pattern(r"\[\[[^\[\]\s{}]+\]\]\{([^{}\n]+)\}")
# markdown-it skips whatever sits deeper than this many open tokens (a list level
# is two: the list and its item), so about 19 list levels are read; deeper
# content is reported through ``read_blocks(skipped=...)``.
MAX_NESTING = 40
_CONTAINERS = frozenset(("bullet_list_open", "ordered_list_open", "list_item_open", "blockquote_open"))


@dataclass(frozen=True, slots=True)
class Span:
    kind: SpanKind
    text: str


_T = TypeVar("_T")


class _once(Generic[_T]):
    """``functools.cached_property`` without the lock Python 3.11 takes on every first read."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, instance: object, owner: type | None = None) -> _T:
        value = instance.__dict__[self.name] = self.compute(instance)  # later reads find it there
        return value


@dataclass(frozen=True)
class Inline:
    spans: tuple[Span, ...]

    @_once
    def plain(self) -> str:
        return clean(self.raw)

    @_once
    def raw(self) -> str:
        """The text with its line breaks, whitespace not folded."""
        return "".join(span.text for span in self.spans)

    @_once
    def marked(self) -> str:
        """The text with each code span between backticks again (``Use `-l` twice``): for a pattern that asks
        which words were code.  Every reader that needs it asks here."""
        return "".join(f"`{span.text}`" if span.kind == "code" else span.text for span in self.spans)

    # facts of the text that many readers ask before trying their patterns: worked out once
    @_once
    def has_code(self) -> bool:
        """Whether a code span is among the spans (most readers of commands and keys need one)."""
        return any(span.kind == "code" for span in self.spans)

    @_once
    def one_line(self) -> bool:
        """Whether the text, blank lines around it trimmed, is one line (``"\n" not in raw.strip()``)."""
        return "\n" not in self.raw.strip()

    @_once
    def lines(self) -> tuple[Inline, ...]:
        """The text's lines (:func:`split_lines`): split once, however many readers ask (a paragraph of
        prose is asked by some ten), and each line's own facts (``plain``) then worked out once too."""
        lines: list[list[Span]] = [[]]
        for span in self.spans:
            parts = span.text.split("\n")
            for n, part in enumerate(parts):
                if n:
                    lines.append([])
                if part:
                    lines[-1].append(Span(span.kind, part))
        return tuple(Inline(tuple(line)) for line in lines)


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class ListLevel:
    ordered: bool
    number: int  # the item's number in an ordered list; its index in a bullet list


@dataclass(frozen=True, slots=True)
class Para:
    inline: Inline
    line: int
    lists: tuple[ListLevel, ...]  # enclosing list items, outermost first
    first: bool  # the first paragraph of its list item (or not in a list)
    quote: bool  # inside a blockquote

    @property
    def text(self) -> str:
        return self.inline.plain


@dataclass(frozen=True, slots=True)
class Code:
    info: str
    lines: tuple[tuple[int, str], ...]  # (line number, text)
    line: int
    closed: bool = True  # False: a fence that never closes, running to the end of the document or its list item
    lists: tuple[ListLevel, ...] = ()  # enclosing list items, outermost first (a fence indented under a bullet)

    @property
    def language(self) -> str:
        """The language its fence names, the info string's first word in lower case (```` ```Bash title=x ```` →
        ``bash``; "" for none)."""
        return self.info.split(" ")[0].lower()


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Inline, ...]], ...]  # (line number, cells)
    line: int


Block = Heading | Para | Code | Table


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING}).enable("table")
    parser.core.ruler.at("normalize", _normalize)
    parser.core.ruler.at("inline", _inline_markup)
    return parser


def _normalize(state: StateCore) -> None:
    """markdown-it's ``normalize`` rule (CRLF and CR to LF, NUL to U+FFFD), which rewrote every line end
    of a prepared text (all LF) one by one: here only what needs it is replaced."""
    if "\r" in state.src:
        state.src = state.src.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in state.src:
        state.src = state.src.replace("\0", "\ufffd")


# a character one of markdown-it's inline rules starts at (CommonMark preset, HTML on, no linkify or
# typographer): an escape, a code span, emphasis, a link or image, an autolink or HTML tag, an entity
_INLINE_MARKUP = lazyre.pattern(r"[\\`*_\[<&]")
_MARKUP_BUT_CODE = lazyre.pattern(r"[\\*_\[<&]")
# the same where "[" and "![" open no link: no "](" in the content and no link reference definitions (an
# inline link needs "(" right after its text's "]", a reference link or image a label defined)
_INLINE_MARKUP_BUT_LINKS = lazyre.pattern(r"[\\`*_<&]")
_MARKUP_BUT_CODE_OR_LINKS = lazyre.pattern(r"[\\*_<&]")
# characters read as text by every inline rule of markdown-it's CommonMark preset (and no "|" or "~")
PLAIN = r"[^\\`*_\[\]<>&~|\t\x00\r\n]"
#: the text of a bold span ``**…**`` made of those, not starting or ending with a space
STRONG_TEXT = rf"[^\s*\\`_\[\]<>&~|](?:{PLAIN}*[^\s*\\`_\[\]<>&~|])?"
_LEADING_STRONG = lazyre.pattern(rf"\*\*({STRONG_TEXT})\*\*(?!\*)")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def strong_closes(strong: str, rest: str) -> bool:
    """Whether ``**strong**`` at the start of inline content, ``rest`` after it, is a bold span as
    CommonMark reads it (``strong`` being :data:`STRONG_TEXT`): the closing ``**`` follows a letter or
    digit, or ASCII punctuation with a space, more punctuation or the end after it (a symbol or other
    punctuation before it: whether it closes is Unicode's business, not answered here)."""
    last = strong[-1]
    if last.isalnum():
        return True
    return last in _ASCII_PUNCTUATION and (not rest or rest[0] == " " or rest[0] in _ASCII_PUNCTUATION)


def _inline_markup(state: StateCore) -> None:
    """markdown-it's ``inline`` rule for the inline content that has markup other than code spans;
    text and code spans alone are read by :func:`_text_and_code` (a third of the parse is inline
    rules, most of it on such content)."""
    for token in state.tokens:
        if token.type == "inline":
            spans = _text_and_code(token.content, state.env)
            if spans is None:
                token.children = []
                state.md.inline.parse(token.content, state.md, state.env, token.children)
            else:
                token.meta["spans"] = spans


def _text_and_code(content: str, env: Mapping[str, Any]) -> tuple[Span, ...] | None:
    """The spans of inline content that is text and code spans alone (line breaks and keys in HTML too:
    ``<br>``, ``<kbd>Ctrl</kbd>``), after one leading bold span at most (``- **git add**: …``), as
    markdown-it reads it with ``env`` (its link reference definitions)
    (``tests/test_extract_inline.py``); None when any other markup is outside its code spans."""
    # brackets are text ("[Service]") unless a link may be there, or a callout's "[!NOTE]" (which
    # _inline_children drops)
    links = "](" in content or "[!" in content or bool(env.get("references"))
    if content[:2] == "**":
        lead = _LEADING_STRONG.match(content)
        if lead is None or not strong_closes(lead.group(1), content[lead.end() :]):
            return None
        rest = _text_and_code_alone(content[lead.end() :], links)
        return None if rest is None else (Span("strong", lead.group(1)), *rest)
    return _text_and_code_alone(content, links)


def _text_and_code_alone(content: str, links: bool) -> tuple[Span, ...] | None:
    """:func:`_text_and_code` of content with no leading bold span (``links``: a bracket may open a link)."""
    markup, markup_but_code = (_INLINE_MARKUP, _MARKUP_BUT_CODE) if links else (_INLINE_MARKUP_BUT_LINKS, _MARKUP_BUT_CODE_OR_LINKS)
    if markup.search(content) is None:  # most content: text alone
        text = _plain_text(content)
        return (Span("text", text),) if text else ()
    parts: list[tuple[SpanKind, str]] = []
    done = at = 0  # the content before `done` is in parts; the backticks before `at` are read
    while (start := content.find("`", at)) >= 0:
        opening = _backticks_end(content, start)
        close = content.find("`", opening)
        while close >= 0:  # the next run of as many backticks closes the span
            closing = _backticks_end(content, close)
            if closing - close == opening - start:
                break
            close = content.find("`", closing)
        if close < 0:  # none: these backticks are text
            at = opening
            continue
        parts += (("text", content[done:start]), ("code", _code_span(content[opening:close])))
        done = at = closing
    parts.append(("text", content[done:]))
    if "<br" in content or "<kbd>" in content:
        parts = [piece for kind, text in parts for piece in (_tags_read(text) if kind == "text" else ((kind, text),))]
    if any(kind == "text" and markup_but_code.search(text) for kind, text in parts):
        return None
    return _merge((kind, _plain_text(text) if kind == "text" else text) for kind, text in parts)


# the HTML tags of notes read here as markdown-it's html_inline and _inline_children read them: a line
# break, and a key of plain text in <kbd> (a code span)
_BREAK_OR_KEY = lazyre.pattern(r"<br ?/?>|<kbd>([^\\`*_\[\]<>&\n]+)</kbd>")


def _tags_read(text: str) -> list[tuple[SpanKind, str]]:
    """Text outside code spans, each ``<br>`` (``<br/>``, ``<br />``) in it a line break and each
    ``<kbd>key</kbd>`` a code span; any other tag is left in the text (and sends it to markdown-it)."""
    pieces: list[tuple[SpanKind, str]] = []
    done = 0
    for tag in _BREAK_OR_KEY.finditer(text):
        pieces.append(("text", text[done : tag.start()]))
        pieces.append(("code", tag.group(1)) if tag.group(1) is not None else ("text", "\n"))
        done = tag.end()
    pieces.append(("text", text[done:]))
    return pieces


def _backticks_end(content: str, start: int) -> int:
    """Where the run of backticks at ``start`` ends."""
    end = start
    while end < len(content) and content[end] == "`":
        end += 1
    return end


def _code_span(text: str) -> str:
    """A code span's content as CommonMark reads it: line breaks are spaces, and one space is dropped
    from each end when both have one and it is not all spaces."""
    text = text.replace("\n", " ")
    # "all spaces" means U+0020 only (CommonMark): " \xa0 " reads "\xa0", as markdown-it has it
    return text[1:-1] if text.startswith(" ") and text.endswith(" ") and text.strip(" ") else text


def _plain_text(content: str) -> str:
    """Inline content without markup as markdown-it reads it: the text, each line break dropping the
    spaces before it and the spaces and tabs after it (``tests/test_extract_inline.py``)."""
    if "\n" not in content:
        return content
    lines = content.split("\n")
    return "\n".join([lines[0].rstrip(" "), *(line.lstrip(" \t").rstrip(" ") for line in lines[1:-1]), lines[-1].lstrip(" \t")])


def prepare(text: str, controls: list[int] | None = None, unread: list[tuple[int, str]] | None = None) -> str:
    """NFC, LF line ends, controls removed, YAML front matter blanked, site-generator syntax read
    (line numbers kept).

    A terminal escape sequence (``ESC [31m``) or another C0 or C1 control but tab and line feed
    is no part of a card: it is removed (a vertical tab or form feed becomes a space), and the
    number of each line it was on goes into ``controls``.

    Jekyll's ``{% highlight sh %}`` … ``{% endhighlight %}`` is a fence; kramdown's ``{: .class}``
    line is layout, blanked, and an ``{#id}`` ending a line (a heading's anchor) is taken off; a Jekyll
    wiki's link ``[[/cmd/ts]]{ts}`` is the words in its braces; a definition list's bare ``:`` with its content indented under it (MkDocs)
    is that content, dedented (and so is a fence labelled ``md definition-list``, the list a site renders from it); an
    MkDocs admonition (``!!! note "Title"`` over indented lines) is a quote; an
    AsciiDoc page (``= title`` over ``== NAME`` …) is the markdown it means (:mod:`quizzer.extract.asciidoc`).
    A script kept under a markdown name (``quizzer.extract.bare_scripts``) is one code block; a self-documented
    Makefile (:mod:`quizzer.extract.makefiles`) is one code block too; a man page's roff source
    (:mod:`quizzer.extract.roff`) is the markdown it means, and so is a Python program whose module docstring is
    its help (:mod:`quizzer.extract.usage_docstrings`); a reStructuredText page (:mod:`quizzer.extract.rst`) too.
    What a converter leaves unread (a roff table, an rST directive) goes into ``unread``: the line, and the markup
    there.
    """
    text = _nfc_lines(text)
    if "\r" in text:  # (one character is looked for at memchr's speed: a replace copies the whole text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if has_controls(text):  # the text NFC first: what a control reads next must not depend on the form
        text = _without_controls(text, controls)
    match = _FRONT_MATTER.match(text) or _metadata(text)
    if match:
        text = "\n" * match.group(0).count("\n") + text[match.end() :]
    summary = command_summaries.as_markdown(text, unread)
    if summary is not None:
        return summary  # "# DRUSH" / "cache clear (cc)   # Clear all caches.": a program's sub-commands as a shell file
    script = bare_scripts.as_code(text)
    if script is not None:
        return script  # "# turn the mouse on" / "set -g mouse on": a script kept under a markdown name
    if makefiles.is_makefile(text):
        return bare_scripts.indented(text)  # "clean: ## remove build artifacts" over its tab-indented recipe
    if text[:1] in ".'" and roff.is_roff(text):
        text = roff.as_markdown(text, unread)  # ".TH ZOXIDE 1" / ".SH NAME": a man page's roff source
    elif "=" in text and "=head1" in text and pod.is_pod(text):
        text = pod.as_markdown(text, unread)  # "=head1 OPTIONS" / "=item -h": a man page's POD source
    elif usage_docstrings.is_usage_docstring(text):
        return usage_docstrings.as_markdown(text)  # '"""usage: tool [options]' / '    -q, --quiet   say less'
    elif (sheet := plain_columns.as_code(text)) is not None:
        return sheet  # "tmux new -s NAME      New named session" / "    d      Detach": a plain-text column sheet
    # each search below goes over the whole document (4 MB for 100k cards): a character or three every match
    # needs, looked for once, spares the searches of most documents; one character first, where it is rare
    # (looked for at memchr's speed, some fifty times faster than two or more)
    if "{" in text:
        if "{%" in text:
            text = _sub_lines(_HIGHLIGHT, lambda m: "```" + (m.group(1) or ""), text, "{%")
            text = _sub_lines(_END_HIGHLIGHT, lambda m: "```", text, "{%")
        if "{:" in text:
            text = _sub_lines(_ATTRIBUTE_LIST, lambda m: "", text, "{:")
        for literal in ("{#", "{:"):
            if literal in text:
                text = _sub_lines(_TRAILING_ID, lambda m: m.group(1), text, literal)
        if "{:" in text:
            text = _SPAN_ATTRIBUTES.sub("", text)
        if "]]{" in text:
            text = _WIKI_LINK_LABEL.sub(lambda m: m.group(1), text)
    if "definition-list" in text:
        text = _definition_fences(text)
    if (text.startswith(":") or "\n:" in text) and _DEFINITION_MARK.search(text):
        text = _dedent_definitions(text)
    if _NO_SPACE_HEADING.search("\n" + text):
        text = _space_headings(text)
    if ("`" in text and "```" in text or "~" in text and "~~~" in text) and _ITEM_FENCE.search(text):  # (a MULTILINE "^" tries every character)
        text = _item_fences(text)
    text = stray_fences.as_read(text, unread)  # "```" / "htop-2.0.2-r0 - …" / "```" ending the notes: an opening fence left out
    if "<" in text and ("<br" in text or "<BR" in text or "<hr" in text or "<HR" in text):
        text = _lone_breaks(text)
    if ("!" in text and "!!!" in text or "?" in text and "???" in text) and _ADMONITION.search(text):
        text = _admonitions(text)
    if "<" in text and "\n<" in text and _LONE_PLACEHOLDER.search(text):
        text = _LONE_PLACEHOLDER.sub(_escaped_placeholder, text)
    if ("::" in text or "`" in text and ":`" in text) and rst.is_rst(text):
        text = rst.as_markdown(text, unread)  # "Options" / "-------" / "-o <dir>   Directory to …": reStructuredText
    if text.lstrip()[:2] == "= " and asciidoc.is_asciidoc(text):
        text = asciidoc.as_markdown(text)  # "= git-x(1)" / "== NAME": a man page's AsciiDoc source
    return text


# "```md definition-list": a fence the site renders as the definition list it holds (Docusaurus' remark plugin)
_DEFINITION_FENCE = lazyre.pattern(r"^(`{3,}|~{3,})[ \t]*(?:md|markdown)[ \t]+definition-list[ \t]*$")


def _definition_fences(text: str) -> str:
    """A fence labelled ``md definition-list`` is the markdown it holds (``term`` / ``: definition``): its fence
    lines blank, its content read as markdown (line numbers kept)."""
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        opening = _DEFINITION_FENCE.match(lines[n])
        if opening is not None:
            end = next((k for k in range(n + 1, len(lines)) if lines[k].strip() == opening.group(1)), None)
            if end is not None:
                lines[n] = lines[end] = ""
                n = end
        n += 1
    return "\n".join(lines)


def _without_controls(text: str, controls: list[int] | None) -> str:
    """``text`` with quizzer.text's one rule for controls applied line by line (each line's number
    into ``controls``, for its warning)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if has_controls(line):
            lines[index] = strip_controls(line)
            if controls is not None:
                controls.append(index + 1)
    return "\n".join(lines)


def _nfc_lines(text: str) -> str:
    """``nfc(text)``, a stretch of lines at a time when the document is not all NFC: NFC never joins
    across a line break, and most stretches are NFC already (normalising the whole document takes six
    times as long, and asking each line apart five times)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    parts: list[str] = []
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start + _NFC_STRETCH)
        end = size if end < 0 else end + 1
        part = text[start:end]
        parts.append(part if unicodedata.is_normalized("NFC", part) else unicodedata.normalize("NFC", part))
        start = end
    return "".join(parts)


_NFC_STRETCH = 4096  # characters at least, then to the end of the line


# what _space_headings reads of a line: a fence opening (up to three spaces in), a heading without its space
_FENCE_OR_TIGHT_HEADING = lazyre.pattern(r"^(?:[^\S\n]{0,3}(```+|~~~+)|#{2,6}(?=[A-Za-z\uac00-\ud7a3]))", re.MULTILINE)


def _sub_lines(pattern: lazyre.Pattern, replace: Callable[[re.Match[str]], str], text: str, literal: str) -> str:
    """``pattern.sub(replace, text)`` for a pattern whose matches start a line, with only spaces and
    tabs before ``literal``: the lines are found by looking for ``literal``, not by trying the
    pattern at every character of the document."""
    parts: list[str] = []
    done = 0  # the text before this is in parts
    at = text.find(literal)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        match = pattern.match(text, start) if start >= done else None
        if match is not None:
            parts += (text[done:start], replace(match))
            done = match.end()
        at = text.find(literal, max(done, at + 1))
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _space_headings(text: str) -> str:
    """``##Setting your username``: a heading written without its space (outside code)."""
    parts: list[str] = []
    start = 0
    fence: str | None = None
    for match in _FENCE_OR_TIGHT_HEADING.finditer(text):  # only the lines that matter, in order
        opening = match.group(1)
        if opening:
            marker = opening[0] * 3
            fence = None if fence and marker == fence else (fence or marker)
        elif fence is None:
            parts += (text[start : match.end()], " ")
            start = match.end()
    parts.append(text[start:])
    return "".join(parts)


# a line of nothing but line breaks or a rule in HTML: "<br>", "<br/>", "<hr />"
_LONE_BREAK = lazyre.pattern(r"^[ \t]{0,3}(?:<(?:br|hr)[ \t]*/?>[ \t]*)+$", re.IGNORECASE)
# "<url>" alone on a line over a description indented under it (a man page's term): a placeholder, which
# CommonMark would open an HTML block with, swallowing the description
_LONE_PLACEHOLDER = lazyre.pattern(r"^<(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)>(?=[ \t]*\n[ \t]+\S)", re.MULTILINE)


def _escaped_placeholder(match: re.Match[str]) -> str:
    return match.group(0) if match.group("name") in HTML_ELEMENTS else "\\" + match.group(0)


_FENCE_LINE = lazyre.pattern(r"^[ \t]*(?:(?:[-*+>]|\d{1,3}[.)])[ \t]*)*(`{3,}|~{3,})")  # "~~~", "* ~~~js", "> ```"


def _lone_breaks(text: str) -> str:
    """``<br>`` alone after a blank line, over ``## 다음 절`` and its text: space between parts of the page.
    CommonMark starts an HTML block there that runs to the next blank line, so the heading and what follows it
    would be read as HTML and lost; the line is blanked (outside code)."""
    lines = text.split("\n")
    fence: str | None = None
    for n, line in enumerate(lines):
        opening = _FENCE_LINE.match(line) if "`" in line or "~" in line else None
        if opening is not None:
            marker = opening.group(1)[0] * 3
            fence = None if fence == marker else (fence or marker)
        elif fence is None and "<" in line and (n == 0 or not lines[n - 1].strip()) and _LONE_BREAK.match(line) \
                and n + 1 < len(lines) and lines[n + 1].strip():
            lines[n] = ""
    return "\n".join(lines)


# an MkDocs admonition's first line: "!!! note", '!!! info "Additional option"', "??? tip" (collapsible)
_ADMONITION = lazyre.pattern(r'^(?:!!!|\?\?\?\+?)[ \t]+(?P<kind>[A-Za-z][\w-]*)(?:[ \t]+"[^"\n]*")?[ \t]*$', re.MULTILINE)


def _admonitions(text: str) -> str:
    """``!!! note "Title"`` over lines indented four spaces (MkDocs): a box beside the text, read as a quote of
    its lines, dedented, under its kind as a label when the kind is a remark's (``> Note``); markdown-it would read
    the lines as a code block."""
    lines = text.split("\n")
    fence: str | None = None
    n = 0
    while n < len(lines):
        line = lines[n]
        opening = _FENCE_LINE.match(line) if "`" in line or "~" in line else None
        if opening is not None:
            marker = opening.group(1)[0] * 3
            fence = None if fence == marker else (fence or marker)
        header = _ADMONITION.match(line) if fence is None and line[:1] in "!?" else None
        n += 1
        if header is None or n < len(lines) and lines[n].strip() and not lines[n].startswith(("    ", "\t")):
            continue
        body = n
        while body < len(lines) and (not lines[body].strip() or lines[body].startswith(("    ", "\t"))):
            body += 1
        while body > n and not lines[body - 1].strip():
            body -= 1  # the blank lines after the box end it
        # "> Note", "> Info": the box's kind alone, a label (its title is frame); over a body right under it,
        # "> Warning:" leads it as a remark is written ("Warning: this deletes …"), never what a line does.  A kind
        # that is no remark ("question", "example", "abstract") is frame alone: no line a term reader could take
        # as a term ("> Question" over the box's lines)
        glued = n < len(lines) and bool(lines[n].strip())
        kind = header.group("kind").casefold()
        label = kind if kind in REMARK_LABELS else REMARK_BOX_KINDS.get(kind)
        lines[n - 1] = f"> {label.capitalize()}{':' if glued else ''}" if label is not None else ""
        for i in range(n, body):
            inner = lines[i][4:] if lines[i].startswith("    ") else lines[i][1:]
            lines[i] = f"> {inner}".rstrip()
        n = body
    return "\n".join(lines)


# a list item that only opens a fence: "* ~~~javascript", "  - ```sh"
_ITEM_FENCE = lazyre.pattern(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)(`{3,}|~{3,})[^`\n]*$", re.MULTILINE)


def _item_fences(text: str) -> str:
    """``* ~~~javascript`` over lines written from the margin and a ``~~~`` there: the block is the item's
    (kramdown reads it so), its lines indented to the item's text; markdown-it would end the fence at once
    and pair the closing ``~~~`` with the next fence's opening."""
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        opening = _ITEM_FENCE.match(lines[n])
        n += 1
        if opening is None or opening.group(1).startswith((" " * 4, "\t")):
            continue
        column, marker = len(opening.group(1)), opening.group(2)
        if n >= len(lines) or not lines[n].strip() or len(lines[n]) - len(lines[n].lstrip(" ")) >= column:
            continue  # written inside the item already, or nothing under it
        close = next((i for i in range(n, len(lines)) if _closes(lines[i], marker)), None)
        if close is None:
            continue
        for i in range(n, close + 1):
            if lines[i].strip():
                lines[i] = " " * column + (lines[i].lstrip(" ") if i == close else lines[i])
        n = close + 1
    return "\n".join(lines)


def _closes(line: str, marker: str) -> bool:
    bare = line.strip()
    return len(line) - len(line.lstrip(" ")) < 4 and bare.startswith(marker[0] * len(marker)) and set(bare) == {marker[0]}


def _metadata(text: str) -> re.Match[str] | None:
    """The metadata lines a site generator reads at the top of ``text`` (Pelican's ``Title: Git 메모`` / ``Date: …`` /
    ``Tags: …`` up to a blank line), when two of their keys at least are such keys (knowledge.METADATA_KEYS): a
    paragraph of ``Note: …`` / ``Tip: …`` lines is the notes' own text."""
    match = _METADATA.match(text) if text[:1].isascii() and text[:1].isalpha() else None
    if match is None:
        return None
    keys = [key.casefold() for key in _METADATA_KEY.findall(match.group(0))]
    return match if len({key for key in keys if key in METADATA_KEYS}) >= 2 else None


def front_matter_title(text: str) -> str | None:
    """``title: grep 예제와 옵션`` in the YAML front matter, or ``Title: grep 예제와 옵션`` among a site generator's
    metadata lines (:func:`_metadata`), if any."""
    text = text.replace("\r\n", "\n")
    match = _FRONT_MATTER.match(text)
    if match:
        title = re.search(r"^title[ \t]*:\s*[\"']?(.+?)[\"']?\s*$", match.group(0), re.MULTILINE)
    elif (match := _metadata(text)) is not None:
        title = re.search(r"^title[ \t]*:[ \t]*(\S.*?)\s*$", match.group(0), re.MULTILINE | re.IGNORECASE)
    else:
        return None
    return nfc(title.group(1)) if title else None


def _dedent_definitions(text: str) -> str:
    lines = text.split("\n")
    n = 0  # the next line to read
    at = counted_to = 0  # line `at` starts at character counted_to
    for mark in _DEFINITION_MARK.finditer(text):  # from each bare ":" line on, the lines it dedents
        at += text.count("\n", counted_to, mark.start())
        counted_to = mark.start()
        if at < n:
            continue  # already read, under the mark before
        n = at
        inside = False
        while n < len(lines):
            line = lines[n]
            if _DEFINITION_MARK.fullmatch(line):
                lines[n] = ""
                inside = True
            elif inside and (line.startswith("    ") or not line.strip()):
                lines[n] = line[4:]
            else:
                break
            n += 1
    return "\n".join(lines)


def read_blocks(
    text: str, *, skipped: list[tuple[int, int]] | None = None, prepared: bool = False
) -> Iterator[Block]:
    """Blocks of ``text`` in document order.

    ``skipped`` collects ``(first, last)`` line ranges nested too deeply for the
    parser to read (past :data:`MAX_NESTING`), so they can be reported.  A long
    document is parsed a piece at a time (``quizzer.extract.pieces``): the same
    blocks, with the tokens of one piece alive at once.
    """
    for offset, piece in pieces(text if prepared else prepare(text)):
        yield from _read_piece(piece, offset, skipped)


def read_piece_blocks(text: str, offset: int, skipped: list[tuple[int, int]] | None) -> Iterator[Block]:
    """The blocks of one piece of a prepared document (``quizzer.extract.pieces``), whose first
    line is line ``offset + 1``; as :func:`read_blocks` reads them."""
    return _read_piece(text, offset, skipped)


# what every code block needs somewhere in its text: a fence, an indent of four columns (spaces or a
# tab, in a list or quote too), an HTML <pre>
_MAY_BE_CODE = lazyre.pattern(r"```|~~~|    |\t|<pre", re.IGNORECASE)


def holds_no_code(text: str) -> bool:
    """True when ``text`` certainly holds no code block (its blocks have no :class:`Code`), so its
    code lines are known without parsing it; False when it may."""
    return _MAY_BE_CODE.search(text) is None


def _read_piece(text: str, offset: int, skipped: list[tuple[int, int]] | None) -> Iterator[Block]:
    """The blocks of one piece; its first line is line ``offset + 1`` of the document."""
    from quizzer.extract.simple import simple_blocks

    simple = simple_blocks(text, offset)  # headings and one-line bullets: read without markdown-it
    if simple is None:
        from quizzer.extract.lines import line_blocks

        simple = line_blocks(text, offset, skipped)  # the common forms a line at a time, markdown-it for the rest
    if ":" in text or "[" in text:
        simple = [_undressed(block) for block in simple]
    return iter(simple)


def _undressed(block: Block) -> Block:
    """``block`` without the emoji shortcodes and the task box its text starts with (``## :one: Start``,
    ``:penguin: Linux``, ``- [ ] Get nodes``: :mod:`quizzer.extract.decorations`); most blocks as they are."""
    if isinstance(block, Para):
        spans = block.inline.spans
        if spans and spans[0].kind == "text" and spans[0].text[:1] in ":[":
            text = undecorated(spans[0].text, item=bool(block.lists) and block.first, more=len(spans) > 1)
            if text is not spans[0].text:
                kept = (Span("text", text),) if text else ()
                return Para(Inline((*kept, *spans[1:])), block.line, block.lists, block.first, block.quote)
    elif isinstance(block, Heading) and block.text[:1] == ":":
        text = undecorated(block.text, item=False)
        if text is not block.text:
            return Heading(block.level, text, block.line)
    return block


def parsed_blocks(
    text: str, offset: int, skipped: list[tuple[int, int]] | None, env: dict[str, Any] | None = None
) -> Iterator[Block]:
    """The blocks of one piece as markdown-it's tokens give them (``env``: markdown-it's, which
    collects the link reference definitions)."""
    return _token_blocks(_parser().parse(text, env), offset, skipped)


def parsed_run(text: str, offset: int, skipped: list[tuple[int, int]] | None, env: dict[str, Any]) -> list[Block] | None:
    """The blocks of ``text`` but its last line, as markdown-it's tokens give them, when its last line
    is a top-level heading in markdown-it's parse (nothing before it was open there); else None."""
    tokens = _parser().parse(text, env)
    if len(tokens) < 3:
        return None
    heading = tokens[-3]
    if heading.type != "heading_open" or heading.level != 0 or not heading.map or heading.map[0] != text.count("\n") - 1:
        return None
    nested: list[tuple[int, int]] = []
    blocks = list(_token_blocks(tokens[:-3], offset, nested))
    if skipped is not None:
        skipped += nested
    return blocks


def inline_of(content: str, env: dict[str, Any]) -> Inline:
    """Inline content (a paragraph's or heading's, trimmed) as :func:`parsed_blocks` reads it (``env``:
    markdown-it's, with the link reference definitions)."""
    spans = _text_and_code(content, env)
    if spans is not None:
        return Inline(spans)
    from markdown_it.rules_core import StateCore
    from markdown_it.rules_core.text_join import text_join
    from markdown_it.token import Token

    parser = _parser()
    token = Token("inline", "", 0)
    token.content = content
    token.children = []
    parser.inline.parse(content, parser, env, token.children)
    state = StateCore("", parser, env)
    state.tokens = [token]
    text_join(state)
    return _inline_children(token.children)


def _token_blocks(tokens: Sequence[Token], offset: int, skipped: list[tuple[int, int]] | None) -> Iterator[Block]:
    """The blocks of markdown-it's tokens of a piece whose first line is line ``offset + 1``."""
    lists: list[list[int | bool]] = []  # [ordered, next number, current number]
    item_paragraphs: list[int] = []  # paragraphs seen in each open list item
    levels: tuple[ListLevel, ...] = ()  # the open list items, rebuilt only when they change
    quote_depth = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind == "paragraph_open":  # the most common block first
            inline = _inline(tokens[i + 1])
            first = True
            if item_paragraphs:
                first = item_paragraphs[-1] == 0
                item_paragraphs[-1] += 1
            if inline.spans:
                yield Para(inline, _line(token, offset), levels, first, quote_depth > 0)
            i += 3
            continue
        if kind == "heading_open":
            yield Heading(int(token.tag[1]), _inline(tokens[i + 1]).plain, _line(token, offset))
            i += 3
            continue
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1)
            lists.append([kind == "ordered_list_open", start, start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            levels = tuple(list_level(bool(ordered), int(number)) for ordered, _, number in lists)
        elif kind == "list_item_open":
            level = lists[-1]
            level[2] = level[1]
            level[1] = int(level[1]) + 1
            item_paragraphs.append(0)
            levels = tuple(list_level(bool(ordered), int(number)) for ordered, _, number in lists)
        elif kind == "list_item_close":
            item_paragraphs.pop()
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("fence", "code_block"):
            start = _line(token, offset) + (1 if kind == "fence" else 0)
            body = nfc(token.content).split("\n")  # NFC never joins across a line break
            if body and body[-1] == "":
                body.pop()
            yield Code(
                token.info.strip(),
                tuple(zip(range(start, start + len(body)), body)),
                _line(token, offset),
                kind != "fence" or token.map is None or _closed(token.content, token.map),
                levels,
            )
        elif kind == "table_open":
            table, i = _table(tokens, i, offset)
            yield table
            continue
        elif kind == "html_block":
            yield from html_blocks(token.content, _line(token, offset))
        if token.level >= MAX_NESTING - 1 and kind in _CONTAINERS and skipped is not None and token.map:
            skipped.append((token.map[0] + 1 + offset, token.map[1] + offset))  # its content was never parsed
        i += 1


def _closed(content: str, lines: list[int]) -> bool:
    """Does a fence of this content, over these lines, close?  A closed one spans its opening line, its
    content and its closing line (the last line of a document may end without a line break)."""
    content_lines = content.count("\n") + (1 if content and not content.endswith("\n") else 0)
    return content_lines == lines[1] - lines[0] - 2


_HTML_HEADING = lazyre.pattern(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_ROW = lazyre.pattern(r"<tr\b[^>]*>(.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = lazyre.pattern(r"<(t[dh])\b[^>]*>(.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
_HTML_TAG = lazyre.pattern(r"<[^>]+>")


def _html_text(fragment: str) -> str:
    from html import unescape

    return clean(unescape(_HTML_TAG.sub(lambda m: html_tag_text(m.group(0)) or " ", fragment)))


_HTML_PRE = lazyre.pattern(r"<pre\b[^>]*>(.*?)</pre\s*>", re.IGNORECASE | re.DOTALL)


def _pre_tag_text(match: re.Match[str]) -> str:
    """A tag inside ``<pre>`` as it reads there: a layout tag or a comment is nothing, any other tag the writer's
    text (:func:`html_tag_text`, without the line breaks: each line of a ``<pre>`` keeps its place)."""
    return match.group(0) if html_tag_text(match.group(0)) == match.group(0) else ""


def _pre_blocks(content: str, line: int) -> Iterator[Code]:
    """``<pre>`` … ``</pre>``: a code block written in HTML, each line kept where it stands."""
    from html import unescape

    for match in _HTML_PRE.finditer(content):
        first = line + content.count("\n", 0, match.start(1))
        body = match.group(1)
        # layout tags dropped (``<code>``, ``<b>``); any other (``<command>``, ``<file>``) is the writer's placeholder
        texts = [unescape(_HTML_TAG.sub(_pre_tag_text, part)) for part in body.split("\n")]
        rows = [(first + n, nfc(text.rstrip())) for n, text in enumerate(texts)]
        while rows and not rows[0][1].strip():
            rows.pop(0)
        while rows and not rows[-1][1].strip():
            rows.pop()
        if rows:
            yield Code("", tuple(rows), line + content.count("\n", 0, match.start()))


def html_blocks(content: str, line: int) -> Iterator[Block]:
    """Headings, tables and ``<pre>`` code written in HTML (``<h1>``, ``<table><tr><td>``), as markdown ones."""
    if "<pre" in content.lower():
        yield from _pre_blocks(content, line)
    if "<h" in content.lower():
        for match in _HTML_HEADING.finditer(content):
            text = _html_text(match.group(2))
            if text:
                yield Heading(int(match.group(1)), text, line + content.count("\n", 0, match.start()))
    if "<table" not in content.lower():
        return
    header: tuple[str, ...] = ()
    rows: list[tuple[int, tuple[Inline, ...]]] = []
    for row in _HTML_ROW.finditer(content):
        cells = list(_HTML_CELL.finditer(row.group(1)))
        if not cells:
            continue
        texts = tuple(_html_text(cell.group(2)) for cell in cells)
        if all(cell.group(1).lower() == "th" for cell in cells) and not header and not rows:
            header = texts
            continue
        at = row.start(1) + cells[-1].start() if len(cells) < 2 else row.start(1) + cells[1].start()
        rows.append((line + content.count("\n", 0, at), tuple(Inline((Span("text", t),) if t else ()) for t in texts)))
    if rows:
        yield Table(header, tuple(rows), line)


@lru_cache(maxsize=256)
def list_level(ordered: bool, number: int) -> ListLevel:
    """One value for each level seen, not one for each list item."""
    return ListLevel(ordered, number)


def _line(token: Token, offset: int) -> int:
    return token.map[0] + 1 + offset if token.map else 0


def _table(tokens: Sequence[Token], i: int, offset: int) -> tuple[Table, int]:
    header: list[str] = []
    rows: list[tuple[int, tuple[Inline, ...]]] = []
    line = _line(tokens[i], offset)
    cells: list[Inline] = []
    row_line = line
    in_head = False
    while tokens[i].type != "table_close":
        token = tokens[i]
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open":
            cells, row_line = [], _line(token, offset)
        elif token.type == "inline":
            cells.append(_inline(token))
        elif token.type == "tr_close":
            if in_head:
                header = [cell.plain for cell in cells]
            else:
                rows.append((row_line, tuple(cells)))
        i += 1
    return Table(tuple(header), tuple(rows), line), i + 1


def _inline(token: Token) -> Inline:
    """An inline token's text as spans; line breaks (soft, ``<br>``) kept as ``\n``."""
    spans = token.meta.get("spans")  # text and code spans: read without markdown-it's inline rules
    return Inline(spans) if spans is not None else _inline_children(token.children or [])


def _inline_children(children: list[Token]) -> Inline:
    """The spans of an inline token's children."""
    # (kind, text) pairs, made Spans only once merged: most inlines are one text child
    spans: list[tuple[SpanKind, str]] = []
    style: SpanKind = "text"
    kbd = False
    label = _html_label(children)
    for n, child in enumerate(children):
        kind = child.type
        if label and n in (0, len(children) - 1):
            style = "strong" if n == 0 else "text"  # <b>a label</b>: read as **a label** is
        elif kind == "text":
            spans.append(("code" if kbd else style, child.content))
        elif kind in ("em_open", "em_close") and child.markup == "*" and _between_digits(children, n):
            spans.append((style, "*"))  # "1*4 + 1*2": arithmetic, not emphasis
        elif kind == "code_inline":
            spans.append(("code", child.content))
        elif kind in ("softbreak", "hardbreak"):
            spans.append((style, "\n"))
        elif kind == "strong_open":
            style = "strong"
        elif kind == "strong_close":
            style = "text"
        elif kind == "html_inline":
            tag = child.content
            if _KBD_OPEN.match(tag):
                kbd = True  # <kbd>:</kbd> is a key, not a separator
            elif kbd and tag.startswith("</"):
                kbd = False  # </kbd>, or a mistyped </bkd>, ends the key
                continue
            text = _inline_tag_text(tag)
            if text:
                spans.append((style, text))
        # em, links: keep their text (already yielded as text children); images: drop
    if spans and spans[0][0] == "text" and "[!" in spans[0][1]:
        spans[0] = ("text", _CALLOUT.sub("", spans[0][1]))
    return Inline(_merge(spans))


def html_tag_text(tag: str) -> str:
    """What an HTML tag in notes reads as in an HTML block, and inside a line when it is not a style tag
    (:func:`_inline_tag_text`).

    Tags notes use for layout (``<br>``, ``<b>``, ``<kbd>``, ``<td>`` …, opening
    or closing) are dropped, those that break a line (``<br>``, ``<p>``,
    ``<li>`` …) leaving a line break; comments are dropped; any other tag
    (``<file>``, ``<repo-url>``, ``<script>`` and ``</script>``) is the
    writer's text and kept as written.
    """
    if _LAYOUT_TAG.match(tag):
        return "\n" if _BREAK_TAG.match(tag) else ""
    if tag.startswith("<!--"):
        return ""
    return tag


_BOLD_OPEN = lazyre.pattern(r"<(b|strong)>", re.IGNORECASE)


def _html_label(children: list[Token]) -> bool:
    """Whether a line is all in ``<b>`` (``<strong>``): a label, as a line all in ``**`` is, not words styled
    inside a sentence (whose tags stay as written)."""
    if len(children) < 3 or children[0].type != "html_inline" or children[-1].type != "html_inline":
        return False
    bold = _BOLD_OPEN.fullmatch(children[0].content)
    return bold is not None and children[-1].content.lower() == f"</{bold.group(1).lower()}>"


def _inline_tag_text(tag: str) -> str:
    """What an HTML tag inside a line of notes reads as: a tag that only styles the words it holds, written
    bare (``<b>``, ``</em>``, ``<sub>`` …), as written: a card shows the line as the person wrote it, and
    ``<b>x</b>`` made ``x`` dropped what they wrote; any other as :func:`html_tag_text` reads it."""
    return tag if STYLE_TAGS.fullmatch(tag) else html_tag_text(tag)


def split_lines(inline: Inline) -> list[Inline]:
    """An inline's lines (split at soft and hard breaks, ``<br>``), each with its spans (a new list each call,
    of the lines :attr:`Inline.lines` split once)."""
    return list(inline.lines)


def _between_digits(children: list[Token], n: int) -> bool:
    before = children[n - 1].content if n > 0 else ""
    after = children[n + 1].content if n + 1 < len(children) else ""
    return bool(before[-1:].isdigit() or after[:1].isdigit())


def _merge(spans: Iterable[tuple[SpanKind, str]]) -> tuple[Span, ...]:
    """Join neighbours of one kind, empty ones dropped: ``**git clone <repo-url>**`` is one strong span."""
    kinds: list[SpanKind] = []
    texts: list[str] = []
    for kind, text in spans:
        if not text:
            continue
        if kinds and kinds[-1] == kind and kind != "code":
            texts[-1] += text
        else:
            kinds.append(kind)
            texts.append(text)
    return tuple(map(Span, kinds, texts))
