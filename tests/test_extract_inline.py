"""Where extraction's markdown-it runs rules of its own (quizzer.extract.blocks), they read as markdown-it's do.

Inline content of text and code spans alone is read without markdown-it's inline rules: its spans
are those markdown-it's own inline tokens give, on the corpus and on random text of spaces, tabs,
line breaks, backticks and the characters markdown-it stops at.  Line ends and NULs are
normalised as markdown-it's ``normalize`` does."""

from __future__ import annotations


from conftest import real_notes
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_core.normalize import normalize

from quizzer.extract.blocks import MAX_NESTING, _inline, _inline_children, _INLINE_MARKUP, _normalize, _parser, prepare
from quizzer.extract.explicit import read_person



def _stock() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING}).enable("table")


STOCK = _stock()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([
    " ", " ", "\t", "\n", "\n", "a", "b", "가", "\u00a0", "\u3000", "!", "]", ">", "-", ":", "#", "|", "~", "{", "}", "=", "+",
    "$", "%", "^", "@", ".", "1",
]), max_size=30))
def test_plain_text_reads_as_markdown_it_reads_it(content: str) -> None:
    assert _INLINE_MARKUP.search(content) is None
    ours = _parser().parseInline(content)[0]
    stock = STOCK.parseInline(content)[0]
    assert _inline(ours) == _inline_children(stock.children or []), repr(content)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from([
    "`", "`", "`", " ", " ", "\t", "\n", "a", "가", "\u00a0", "*", "_", "\\", "<", "[", "&", "!", "]",
]), max_size=24))
def test_code_spans_read_as_markdown_it_reads_them(content: str) -> None:
    ours = _parser().parseInline(content)[0]
    stock = STOCK.parseInline(content)[0]
    assert _inline(ours) == _inline_children(stock.children or []), repr(content)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from([
    "*", "*", " ", "\n", "a", "가", ".", ")", "-", ":", "`", "_", "\u00a0", "\u3000", "→", "!", "\t",
]), max_size=16).map(lambda rest: "**" + rest))
def test_a_leading_bold_span_reads_as_markdown_it_reads_it(content: str) -> None:
    ours = _parser().parseInline(content)[0]
    stock = STOCK.parseInline(content)[0]
    assert _inline(ours) == _inline_children(stock.children or []), repr(content)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(["[", "]", "(", ")", "!", "`", "a", "A", " ", "\n", ":", "*", "<", "가", "[!NOTE]"]), max_size=20).map("".join),
    st.booleans(),
)
def test_brackets_read_as_markdown_it_reads_them_with_definitions_or_without(content: str, defined: bool) -> None:
    # a bracket opens no link when no "](" follows a text and no label is defined; "[a]: /u" defines one
    text = content.strip() + ("\n\n[a]: /u\n" if defined else "\n")
    ours = [t for t in _parser().parse(text) if t.type == "inline"]
    stock = [t for t in STOCK.parse(text) if t.type == "inline"]
    assert [t.content for t in ours] == [t.content for t in stock]
    for mine, theirs in zip(ours, stock):
        assert _inline(mine) == _inline_children(theirs.children or []), repr(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([
    "<br>", "<br/>", "<br />", "<br >", "<br", "<", ">", "`", " ", "  ", "\n", "a", "가", "\t", "**", "[x]",
    "<kbd>", "</kbd>", "+", "<KBD>", "<kbd> </kbd>", "&amp;",
]), max_size=14).map("".join))
def test_line_breaks_and_keys_in_html_read_as_markdown_it_reads_them(content: str) -> None:
    text = content.strip() + "\n"
    ours = [t for t in _parser().parse(text) if t.type == "inline"]
    stock = [t for t in STOCK.parse(text) if t.type == "inline"]
    assert [t.content for t in ours] == [t.content for t in stock]
    for mine, theirs in zip(ours, stock):
        assert _inline(mine) == _inline_children(theirs.children or []), repr(text)


def test_a_leading_bold_span_then_text_and_code_is_read_without_markdown_it() -> None:
    for content in ("**git add**: stage `a.txt`", "**a.** b", "**상태**: 보기", "**-a**", "[Service] 상태", "![x] [y]",
                    "a<br>b", "a <br/>\nb", "<kbd>Ctrl</kbd>+<kbd>C</kbd>", "**저장**: <kbd>Ctrl + S</kbd>"):
        ours = _parser().parseInline(content)[0]
        assert "spans" in ours.meta, content
        assert _inline(ours) == _inline_children(STOCK.parseInline(content)[0].children or []), content


def test_markup_is_still_parsed() -> None:
    for content in ("a `b` *c*", "a **b**", "**a** *b*", "**a.**b", "**a**\n**b**", "[x](y)", "a [b](c) d", "a\\\nb", "<kbd>*x*</kbd>", "<kbd>x</kbd> <b>y</b>", "<br/ >", "a &amp; b", "[x](y) z", "a_b_", "a  \nb *c*"):
        ours = _parser().parseInline(content)[0]
        assert ours.children, content
        assert _inline(ours) == _inline_children(STOCK.parseInline(content)[0].children or []), content


def test_the_corpus_reads_the_same() -> None:
    paths = real_notes(("fresh", "fresh2", "fresh3", "fresh4"))
    plain = 0
    for path in paths:
        text = read_person(prepare(path.read_text(encoding="utf-8"))).text
        ours = [t for t in _parser().parse(text) if t.type == "inline"]
        stock = [t for t in STOCK.parse(text) if t.type == "inline"]
        assert [t.content for t in ours] == [t.content for t in stock], path.name
        for mine, theirs in zip(ours, stock):
            assert _inline(mine) == _inline_children(theirs.children or []), (path.name, mine.content)
            plain += "spans" in mine.meta
    assert plain > 1000


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "가", "\r", "\n", "\0", " "]), max_size=20))
def test_line_ends_and_nuls_normalised_as_markdown_it_does(text: str) -> None:
    ours, stock = StateCore(text, STOCK, {}), StateCore(text, STOCK, {})
    _normalize(ours)
    normalize(stock)
    assert ours.src == stock.src
