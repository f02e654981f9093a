"""A long document's pieces parsed in worker processes (quizzer.piece_pool) give the notes,
keys, lines and warnings of the serial extraction, byte for byte; a piece that holds no code
is known to hold none without parsing it."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from test_extract_incremental import small_pieces
from test_extract_pieces import TRICKY

from quizzer.extract import extract, incremental
from quizzer.extract.blocks import Code, holds_no_code, prepare, read_piece_blocks
from quizzer.extract.explicit import read_person
from quizzer.extract.pieces import pieces
from quizzer import piece_pool
from quizzer.piece_pool import PARALLEL_CHARS, piece_reader

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")


def documents() -> list[Path]:
    """The corpus, the first and second fresh sets, the seed and the shipped decks."""
    corpus = [p for p in sorted((SHARED / "corpus").glob("*.md")) if p.name != "SOURCES.md"]
    fresh = [p for name in ("fresh", "fresh2") for p in sorted((ROOT / "data" / "corpus" / name).glob("*.md"))]
    return [*corpus, *fresh, *sorted((SHARED / "seed").glob("*.md")), *sorted((ROOT / "decks").glob("*.md"))]


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


def serial_and_pooled(text: str, reader: object) -> None:
    memo: dict[str, object] = {}
    serial = extract(text, deck="d", source="notes.md", memo={}, salt="s")
    pooled = extract(text, deck="d", source="notes.md", memo=memo, salt="s", reader=reader)  # type: ignore[arg-type]
    assert pooled == serial
    assert pooled == extract(text, deck="d", source="notes.md")  # and the extraction without pieces
    assert any(isinstance(v, incremental.PieceResult) for v in memo.values())  # it was read in pieces


def test_pooled_pieces_give_the_serial_notes() -> None:
    paths = documents()
    assert len(paths) > 50
    with small_pieces(40), piece_reader("", force=True) as reader:
        assert reader is not None
        for path in paths:
            text = path.read_text(encoding="utf-8")
            if len(list(pieces(prepare(text), 40))) > 1:
                serial_and_pooled(text, reader)
        serial_and_pooled(benchmark_notes(4000), reader)
        # an edited document with the memo of the first: the new pieces come from the pool
        text = benchmark_notes(3000)
        memo: dict[str, object] = {}
        extract(text, deck="d", source="notes.md", memo=memo, salt="s", reader=reader)  # type: ignore[arg-type]
        edited = text.replace("tool1500 ", "tool1500x ").replace("## 묶음 40\n", "## 묶음 40\n\n- **tool0 ls**: 목록\n")
        again = extract(edited, deck="d", source="notes.md", memo=memo, salt="s", reader=reader)  # type: ignore[arg-type]
        assert again == extract(edited, deck="d", source="notes.md")


def test_without_workers_the_pieces_are_parsed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(piece_pool, "_start_pool", lambda: None)  # processes cannot start here
    with small_pieces(40), piece_reader("", force=True) as reader:
        serial_and_pooled(benchmark_notes(300).replace("**: ", "**: `x` "), reader)  # not simple: for the workers


def test_a_short_document_is_parsed_here() -> None:
    with piece_reader("# notes\n\n- **ls**: 목록\n" * 10) as reader:
        assert reader is None
    with piece_reader("x" * PARALLEL_CHARS) as reader:  # long: a reader, if this machine has a second core
        assert reader is None or callable(reader)


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
