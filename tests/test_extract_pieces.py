"""A long document is parsed a piece at a time (quizzer.extract.pieces): the same
blocks as one parse of the whole, with only one piece's tokens alive at once."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quizzer.extract.blocks as blocks_module
from quizzer.extract import extract
from quizzer.extract.blocks import Block, prepare, read_blocks
from quizzer.extract.pieces import PIECE_LINES, pieces

ROOT = Path(__file__).resolve().parents[1]

# pieces of markdown that keep something open across blank lines and headings
TRICKY = [
    "```\n# not a heading\n\n# still code\n```\n",
    "~~~~ sh\n# comment\n\n~~~\n# still code\n~~~~\n",
    "- item\n  ```\n  code\n\n# heading ends the item and its fence\n  ```\n",
    "<!--\n\n# inside a comment\n\n-->\n",
    "<pre>\n\n# inside pre\n</pre>\n",
    "> quote\n\n# heading\n> quote again\n",
    "1. one\n\n   # a heading in the item\n\n2. two\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n# after the table\n",
    "    indented code\n\n# heading\n",
    "Setext\n===\n\n# ATX\ntext\n---\n",
    "- **git add**: stage changes\n- **git commit**: record them\n",
    "## 도커\n\n- **docker ps**: 컨테이너 목록\n  - **-a**: 멈춘 것까지\n",
    "```sh\ndocker run -it ubuntu  # 셸\n```\n",
    " ```\n# code or not\n ```\n",
    "- list\n```\n# code after a list\n```\n",
]


def whole(text: str) -> tuple[list[Block], list[tuple[int, int]]]:
    skipped: list[tuple[int, int]] = []
    return list(blocks_module._read_piece(text, 0, skipped)), skipped


def in_pieces(text: str, lines: int) -> tuple[list[Block], list[tuple[int, int]]]:
    skipped: list[tuple[int, int]] = []
    found: list[Block] = []
    parts = []
    for offset, piece in pieces(text, lines):
        parts.append(piece)
        found += blocks_module._read_piece(piece, offset, skipped)
    assert "".join(parts) == text
    return found, skipped


def documents() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "decks").glob("*.md"))]
    rng = random.Random(3)
    made = []
    for _ in range(40):
        chunks = rng.choices(TRICKY + texts, k=12)
        made.append("".join(f"# part {n}\n\n{chunk}\n" for n, chunk in enumerate(chunks)))
    return made + texts


@pytest.mark.parametrize("lines", [1, 7])
def test_pieces_give_the_blocks_of_the_whole(lines: int) -> None:
    cut = 0
    for text in documents():
        text = prepare(text)
        assert in_pieces(text, lines) == whole(text)
        cut += len(list(pieces(text, lines))) - 1
    assert cut > 50  # the documents were cut, not parsed whole


def test_nothing_open_is_cut() -> None:
    text = "".join(f"# h{n}\n\ntext {n}\n\n" for n in range(10))
    assert len(list(pieces(text, 1))) == 10
    # an HTML line or an indented fence stops the cutting: the rest is one piece
    for stop in ("<div>\n\n# a\n", " ```\n# a\n\n# b\n ```\n"):
        assert len(list(pieces(text + stop + text, 1))) == 10
    assert len(list(pieces(text + "[id]: http://x\n" + text, 1))) == 1  # references count for the whole document
    assert len(list(pieces("```\n" + text + "```\n" + text, 1))) == 10  # headings in the fence are code


def test_a_long_document_is_parsed_a_piece_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    sections = PIECE_LINES // 20 * 5
    # (a code span and a tab: headings and bare bullets alone are read without markdown-it, by
    # quizzer.extract.simple, and the common forms without a tab by quizzer.extract.lines)
    text = "".join(
        f"## 묶음 {n}\n\n" + "".join(f"- **tool{n}x{k} run**:\t도구 {k}번을 `실행`한다\n" for k in range(20)) + "\n"
        for n in range(sections)
    )
    parsed: list[int] = []
    parser = blocks_module._parser()

    class Counting:
        inline = parser.inline

        def parse(self, piece: str, env: object = None) -> object:
            parsed.append(piece.count("\n"))
            return parser.parse(piece, env)

    monkeypatch.setattr(blocks_module, "_parser", lambda: Counting())
    draft = extract(text, deck="tools", source="tools.md")
    assert len(draft.notes) == sections * 20
    assert len(parsed) >= 4 and max(parsed) < 2 * PIECE_LINES
    assert [note.line for note in draft.notes[-2:]] == [text.count("\n") - 2, text.count("\n") - 1]
    assert list(read_blocks(text)) == whole(prepare(text))[0]


_LINE_STARTS = ["", "# h", "## h", "#h", "######", "####### x", "   # h", "    # h", "```", "~~~", "   ```sh", "    ```",
                "<div>", "   <!--", "a < b", "text", "- item", "```` x", "#\t", "\t# h", "# 한국어 제목", "본문 `code`"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_STARTS), max_size=12), st.booleans())
def test_the_lines_that_matter_for_cutting_are_those_a_line_start_search_finds(lines: list[str], ends: bool) -> None:
    """The search for the lines that matter (in "\\n" + text, a match at the line break before each) finds the
    same lines, at the same places, as a search from every line's start ("^" with MULTILINE) would."""
    import re

    from quizzer.extract.pieces import _LINE_OF_NOTE

    text = "\n".join(lines) + ("\n" if ends else "")
    every_start = re.compile(r"^(?: {0,3}(?:`{3,}|~{3,}|<)|#{1,6}(?:[ \t]|$))", re.MULTILINE)
    assert [m.start() for m in _LINE_OF_NOTE.finditer("\n" + text)] == [m.start() for m in every_start.finditer(text)]
