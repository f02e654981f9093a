"""Every fresh set's goldens are well formed, checked without extracting anything.

tests/test_extract_fresh.py scores the sets that may be tuned on; a set still kept
unseen (PROTOCOL, "Extraction sets") is never extracted by the suite, but its
goldens are read here: each document has one, each names its document, and every
fact's back stands on its line (quizzer.extract.score.golden_problems).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzer.extract.score import golden_problems, load_golden

ROOT = Path(__file__).resolve().parents[1]
GOLDENS = sorted((ROOT / "tests" / "corpus").glob("golden-fresh*"))
FILES = [(folder, path) for folder in GOLDENS for path in sorted(folder.glob("*.json"))]


def _documents(goldens: Path) -> Path:
    return ROOT / "data" / "corpus" / goldens.name.removeprefix("golden-")


def test_every_fresh_set_is_found() -> None:
    assert {folder.name for folder in GOLDENS} >= {"golden-fresh", "golden-fresh9", "golden-fresh10", "golden-fresh11", "golden-fresh12", "golden-fresh13", "golden-fresh14", "golden-fresh15", "golden-fresh16", "golden-fresh17", "golden-fresh18", "golden-fresh19", "golden-fresh20", "golden-fresh21", "golden-fresh22", "golden-fresh23", "golden-fresh24", "golden-fresh25", "golden-fresh26", "golden-fresh27", "golden-fresh28", "golden-fresh29", "golden-fresh30", "golden-fresh31", "golden-fresh32", "golden-fresh33", "golden-fresh34", "golden-fresh35", "golden-fresh36"}


@pytest.mark.parametrize("goldens", GOLDENS, ids=lambda folder: folder.name)
def test_every_document_has_a_golden(goldens: Path) -> None:
    documents = _documents(goldens)
    assert sorted(p.stem for p in documents.glob("*.md")) == sorted(p.stem for p in goldens.glob("*.json"))


@pytest.mark.parametrize(("goldens", "path"), FILES, ids=lambda x: x.name if isinstance(x, Path) else str(x))
def test_golden_is_well_formed(goldens: Path, path: Path) -> None:
    golden = load_golden(path.read_text(encoding="utf-8"))
    assert golden.source == f"{path.stem}.md"
    assert golden.facts
    document = (_documents(goldens) / golden.source).read_text(encoding="utf-8")
    assert golden_problems(golden, document) == []
