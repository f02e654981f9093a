"""The line reader (quizzer.extract.lines) gives the blocks markdown-it's tokens give, on every
document of the corpus and on random documents of tricky lines, and reads most of real notes itself."""

from __future__ import annotations

import pytest
from conftest import real_notes
from hypothesis import given, settings
from hypothesis import strategies as st

import quizzer.extract.lines as lines_module
from quizzer.extract.blocks import parsed_blocks, prepare
from quizzer.extract.explicit import read_person
from quizzer.extract.lines import line_blocks
from quizzer.extract.pieces import pieces


INDENTS = ["", "", "", " ", "  ", "   ", "    ", "     ", "      ", "        ", "\t"]
BODIES = [
    "", "", "", "# 제목", "## a ##", "### x #", "#", "# ###", "####### seven", "#tag", "- item", "- **git add**: stage",
    "* star", "+ plus", "-", "- ", "-    five spaces", "-     six spaces", "1. one", "2. two", "0. zero", "10) ten",
    "1234567890. long", "1.", "1.x", "- - nested", "- 1. mixed", "1. - mixed", "* * *", "---", "- - -", "___", "===",
    "==", "--", "text line", "another `code` line", "`a", "b`", "``` ", "```bash", "```", "~~~", "~~~~", "````",
    "``` a`b", "````md", "> quote", ">", "<div>", "</div>", "<pre>", "</pre>", "<!-- note", "-->", "<br>", "<kbd>x</kbd> y",
    "<b>bold</b>", "<?php", "?>", "<x-y>", "| a | b |", "|---|---|", "a | b", "--- | ---", ":-:", "[x]: /url", "[x]",
    "[a](b)", "[X]", "see [x y] and [Y]", "[y]: /v 'title'", "[x\ty]: /w", "*em* and **strong**", "_u_", "a\\*b", "&amp;", "a  ", "a\\", "[ ] task", "    code-ish", "x: y", "명령어 `ls -l`",
]
LINES = st.builds(lambda indent, body: indent + body, st.sampled_from(INDENTS), st.sampled_from(BODIES))


def same(text: str) -> None:
    found: list[tuple[int, int]] = []
    parsed: list[tuple[int, int]] = []
    assert line_blocks(text, 3, found) == list(parsed_blocks(text, 3, parsed)), text
    assert found == parsed, text


@settings(max_examples=1500, deadline=None)
@given(st.lists(LINES, max_size=24))
def test_random_documents_read_as_markdown_it_reads_them(lines: list[str]) -> None:
    same("\n".join(lines) + "\n")
    same("\n".join(lines))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(LINES, max_size=8), max_size=6), st.sampled_from(["# h", "## h", "# h #", "#"]))
def test_sections_under_headings(sections: list[list[str]], heading: str) -> None:
    same("".join(f"{heading}\n" + "\n".join(lines) + "\n" for lines in sections))


def corpus_texts() -> list[tuple[str, str]]:
    paths = real_notes(("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"))
    return [(path.name, read_person(prepare(path.read_text(encoding="utf-8"))).text) for path in paths]


def test_the_corpus_reads_the_same() -> None:
    texts = corpus_texts()
    assert len(texts) > 100
    for name, text in texts:
        same(text)
        for _, piece in pieces(text, 1):
            same(piece)


def test_most_of_real_notes_is_read_without_markdown_it(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = []
    real_run, real_blocks = lines_module.parsed_run, lines_module.parsed_blocks
    monkeypatch.setattr(lines_module, "parsed_run", lambda text, *a: parsed.append(text) or real_run(text, *a))
    monkeypatch.setattr(lines_module, "parsed_blocks", lambda text, *a: parsed.append(text) or real_blocks(text, *a))
    texts = [text for _, text in corpus_texts() if "]:" not in text]
    for text in texts:
        line_blocks(text, 0, [])
    share = sum(text.count("\n") for text in parsed) / sum(text.count("\n") for text in texts)
    assert share < 0.4


def test_a_run_left_open_at_a_heading_is_read_on() -> None:
    same("# a\n\n<!--\n\n# not a heading\n\n-->\n\n# b\n\ntext\n")
    same("# a\n\n| x | y |\n|---|---|\n# z | w\n\n# b\n\n- item\n")
    same("# a\n\n```\n# comment\n```\n\n# b\n\n```\nunclosed\n# c\n")
    same("[x]: /u\n\n# a\n\nsee [x] and [y]\n\n# b\n\n| t | u |\n|---|---|\n\n[y]: /v\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="|\\ a`", max_size=20))
def test_a_row_splits_into_the_cells_markdown_it_splits_it_into(row: str) -> None:
    from markdown_it.rules_block.table import escapedSplit

    from quizzer.extract.line_rules import _cells

    cells = escapedSplit(row)
    cells = cells[1:] if cells and cells[0] == "" else cells
    cells = cells[:-1] if cells and cells[-1] == "" else cells
    assert _cells(row) == cells


def test_a_run_that_ends_late_leaves_the_next_runs_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # each "<!--" runs over the heading inside it, so each run misses once before it ends; the misses of
    # earlier runs do not send the rest of the piece to markdown-it
    section = "# Topic {n}\n\nSome words.\n\n<!-- an old remark\n# Hidden {n}\n-->\n\n# Kept {n}\n- item {n}\n\n"
    text = "".join(section.format(n=n) for n in range(5)) + "# Last\n\nThe closing words.\n"
    same(text)
    parsed: list[str] = []
    real_run, real_blocks = lines_module.parsed_run, lines_module.parsed_blocks
    monkeypatch.setattr(lines_module, "parsed_run", lambda text, *a: parsed.append(text) or real_run(text, *a))
    monkeypatch.setattr(lines_module, "parsed_blocks", lambda text, *a: parsed.append(text) or real_blocks(text, *a))
    line_blocks(text, 0, [])
    assert parsed
    assert not any("The closing words." in part or "- item 4" in part for part in parsed)
