"""The fresh set (data/corpus/fresh/) scored against its goldens (tests/corpus/golden-fresh/).

These documents were taken and their goldens written blind, after the rules had
been tuned on the numbered corpus, to measure extraction on notes nobody working
on it had seen (tests/corpus/README.md, "The fresh set").  They ship in the
repository, so these tests run everywhere.  FLOORS pins, per file, the recall and
wrong cards reached so far, as tests/test_extract_golden.py does for the corpus.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from quizzer.extract import extract
from quizzer.extract.score import FileScore, Golden, golden_problems, load_golden, score

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "data" / "corpus" / "fresh"
GOLDEN = ROOT / "tests" / "corpus" / "golden-fresh"
NAMES = sorted(p.stem for p in GOLDEN.glob("*.json"))

# name → (minimum recall, most wrong cards): the figures reached so far (tests/corpus/SCORES.md)
FLOORS: dict[str, tuple[float, int]] = {
    "01-linux-backtick-colon-lines-ko": (0.948, 5),
    "02-gnupg-devhints-setext-en": (0.653, 3),
    "03-mongo-shell-prompt-output-en": (0.909, 1),
    "04-make-help-option-blocks-en": (0.333, 2),
    "05-gradle-trailing-comments-en": (0.500, 1),
    "06-pacman-devhints-tables-en": (0.933, 0),
    "07-snap-task-headings-ko": (0.363, 3),
    "08-swap-prose-procedure-ko": (0.500, 1),
    "09-cubrid-vuepress-banner-comments-ko": (0.600, 0),
    "10-adb-commented-out-list-ko": (0.867, 3),
    "11-uname-trailing-output-comments-ko": (0.666, 2),
    "12-diff-til-narrative-en": (0.000, 0),
}


def _golden(name: str) -> Golden:
    return load_golden((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))


@cache
def _score(name: str) -> FileScore:
    golden = _golden(name)
    document = (DOCUMENTS / f"{name}.md").read_text(encoding="utf-8")
    return score(extract(document, deck="fresh", source=golden.source).notes, golden)


def test_every_fresh_document_has_a_golden() -> None:
    documents = sorted(p.stem for p in DOCUMENTS.glob("*.md"))
    assert documents == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_golden_is_about_its_document(name: str) -> None:
    golden = _golden(name)
    assert golden.source == f"{name}.md"
    assert golden.facts
    assert golden_problems(golden, (DOCUMENTS / f"{name}.md").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_file_keeps_its_floor(name: str) -> None:
    recall, wrong = FLOORS[name]
    result = _score(name)
    missed = "\n".join(fact.describe() for fact in result.misses)
    assert result.recall >= recall, f"{name}: recall {result.recall:.3f} < {recall}; misses:\n{missed}"
    made = "\n".join(f"{w.card.line}: {w.card.front} → {w.card.back} ({w.reason})" for w in result.wrong_cards)
    assert result.wrong <= wrong, f"{name}: {result.wrong} wrong cards > {wrong}:\n{made}"
