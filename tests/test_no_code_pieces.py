"""A piece of a long document that holds no code is known to hold none without parsing it
(``holds_no_code``: the lines of every code block are read before the walk)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import real_notes
from test_extract_pieces import TRICKY

from quizzer.extract.blocks import Code, holds_no_code, prepare, read_piece_blocks
from quizzer.extract.explicit import read_person
from quizzer.extract.pieces import pieces



def documents() -> list[Path]:
    """The corpus and the seed (or, without ../shared, every open set that ships), the first and second fresh
    sets and the shipped decks."""
    return [p for p in real_notes(("fresh", "fresh2")) if p.name != "SOURCES.md"]


def benchmark_notes(facts: int) -> str:
    """The shape of ``benchmarks/vs_anki.py``'s notes file: groups of 50 command facts."""
    rng = random.Random(11)
    words = ["이미지", "컨테이너", "네트워크", "볼륨", "레지스트리"]
    parts = ["# 명령어 정리\n"]
    for n in range(facts):
        if n % 50 == 0:
            parts.append(f"\n## 묶음 {n // 50}\n\n")
        parts.append(f"- **tool{n} {rng.choice(['run', 'pull', 'rm'])}**: {rng.choice(words)} {n}번을 만든다 (자주 쓰는 형태)\n")
    return "".join(parts)


@pytest.mark.parametrize("text", [
    *TRICKY, "\tcode after a tab\n", "- item\n\n      code in the item\n", "> quote\n>\n>     code in a quote\n",
    "<PRE>\nx\n</PRE>\n", "1.     code in an item\n", "~~~\nfenced\n~~~\n",
])
def test_a_piece_that_may_hold_code_is_parsed(text: str) -> None:
    found = list(read_piece_blocks(prepare(text), 0, []))
    assert not holds_no_code(prepare(text)) or not any(isinstance(block, Code) for block in found)


def test_no_code_is_said_only_of_pieces_without_code() -> None:
    said = 0
    for path in documents():
        text = read_person(prepare(path.read_text(encoding="utf-8"))).text
        for offset, piece in pieces(text, 20):
            if holds_no_code(piece):
                said += 1
                assert not any(isinstance(b, Code) for b in read_piece_blocks(piece, offset, [])), path.name
    assert said > 20
    assert holds_no_code(benchmark_notes(100)) and not holds_no_code("```\nls\n```\n")
    assert not re.search(r"```|~~~|    |\t|<pre", benchmark_notes(100), re.IGNORECASE)
