"""The facts each rule declares it needs (quizzer.extract.facts): a chain skips a rule only where the rule,
asked anyway, would read nothing and change nothing.

Under ``every_rule()`` a chain asks every rule of every block and fails on a rule that reads a block, or
changes the walk, although the block lacks a fact it declared; so each test here extracts documents that
way, real ones (the corpus and the fresh sets) and generated ones (real blocks shuffled, items built from
the shapes the rules read), and also checks that the notes and warnings are the ones the chains give.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import BLIND_SETS, CORPUS
from quizzer.extract import (
    dash_steps, defaulted_terms, example_glosses, extract, flag_items, flag_passives, heading_keys, key_columns,
    key_particles, key_sentences, label_lines, meta_commands, name_expansions, narrative, option_alone,
    option_sentences, pipe_rows, plain_columns, quoted_commands, sentence_keys, shorthands, slot_values, stored_paths,
    syntax_sentences, title_items,
)
from quizzer.extract.blocks import Inline, ListLevel, Para, Span
from quizzer.extract.facts import Chain, Fact, Shape, every_rule, facts_of, needs

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [CORPUS, ROOT / "decks"] + sorted(
    (folder for folder in (ROOT / "data" / "corpus").iterdir() if folder.is_dir() and folder.name not in BLIND_SETS),
    key=lambda folder: folder.name,
)
DOCUMENTS = [path for folder in FOLDERS if folder.is_dir() for path in sorted(folder.glob("*.md"))]


def both_ways(text: str) -> None:
    """Extract ``text`` with the chains as they run and with every rule asked: the same notes and warnings."""
    dispatched = extract(text, deck="d", source="d.md")
    with every_rule():
        asked = extract(text, deck="d", source="d.md")
    assert asked == dispatched


@pytest.mark.parametrize("folder", [f for f in FOLDERS if f.is_dir()], ids=lambda folder: folder.name)
def test_every_rule_asked_of_real_documents_reads_what_the_chains_read(folder: Path) -> None:
    for path in sorted(folder.glob("*.md")):
        both_ways(path.read_text(encoding="utf-8"))


def _blocks() -> list[str]:
    """The documents' paragraphs and list items as written (blank-line separated), the ones with text."""
    found: list[str] = []
    for path in DOCUMENTS:
        for chunk in path.read_text(encoding="utf-8").split("\n\n"):
            if chunk.strip() and not chunk.lstrip().startswith(("```", "~~~")) and len(chunk) < 600:
                found.append(chunk)
    return found


BLOCKS = _blocks()

_WORDS = st.sampled_from(
    ["run", "list", "files", "the", "컨테이너를", "실행한다", "지운다", "is", "are", "which", "command", "옵션",
     "Ctrl+C", "-v", "--force", "docker", "git log", "ls -la", "a", "x=1", "(copy)", "path/to/file", "Note",
     "예시", "e.g.", "$ ls", "# apt update", "q", "Esc", "→"]
)
_PIECE = st.one_of(
    _WORDS,
    _WORDS.map(lambda word: f"`{word}`"),
    _WORDS.map(lambda word: f"**{word}**"),
    st.sampled_from([": ", " - ", " = ", " — ", "：", " (", ")", ", ", ". ", " `", "\n", "<kbd>Ctrl</kbd>", "**"]),
)
_LINE = st.lists(_PIECE, min_size=1, max_size=8).map(lambda pieces: " ".join(pieces).replace(" \n ", "\n  "))
_MARKER = st.sampled_from(["- ", "* ", "1. ", "2. ", "  - ", "    - ", "  1. ", "> ", "> - ", ""])
_HEADING = st.sampled_from(["## 단축키", "## Options", "### ls", "## 명령어", "### upstream", "## Usage", "# git"])
_GENERATED = st.one_of(
    st.tuples(_MARKER, _LINE).map("".join),
    _HEADING,
    st.sampled_from(["```sh\nls -la\ngit status\n```", "```\n$ docker ps\n```"]),
)
_REAL = st.sampled_from(BLOCKS) if BLOCKS else _GENERATED


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_REAL, _GENERATED), min_size=1, max_size=14))
def test_every_rule_asked_of_shuffled_and_generated_blocks_reads_what_the_chains_read(chunks: list[str]) -> None:
    both_ways("\n\n".join(chunks) + "\n")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_MARKER, _LINE).map("".join), min_size=1, max_size=10))
@example(["- run", "- 컨테이너를", "- $ ls `run`"])  # bare_prompt_item (NO_CODE) read an item holding a code span
@example(["- 목록 보기", "> - $ ls"])  # … and one in a quote (NO_QUOTE)
@example(["- 목록 보기", "- $ ls\n  $ pwd"])  # … and one of two lines (ONE_LINE)
def test_every_rule_asked_of_runs_of_generated_items_reads_what_the_chains_read(items: list[str]) -> None:
    both_ways("## 명령어\n\n" + "\n".join(items) + "\n")


def test_a_numbered_item_after_a_term_item_is_not_read_as_a_bare_prompt_item() -> None:
    # bare_prompt_item (BULLET) read "1. $ ls", an item of a numbered list (found by the shuffled-blocks test above)
    both_ways("- 셸 : 명령을 읽는 프로그램\n  - 흔히 쓰는 것은 bash\n\n  1. $ ls\n")


def _para(*spans: Span, lists: tuple[ListLevel, ...] = (), first: bool = True, quote: bool = False) -> Para:
    return Para(Inline(spans), 3, lists, first, quote)


def test_the_facts_of_an_item_with_a_code_span_first_and_an_equals_sign() -> None:
    found = facts_of(_para(Span("code", "x"), Span("text", " = the value"), lists=(ListLevel(False, 1),)))
    assert found == (
        Fact.CODE | Fact.ONE_LINE | Fact.NO_BREAK | Fact.NO_QUOTE | Fact.FIRST | Fact.LISTED | Fact.TOP
        | Fact.BULLET | Fact.CODE_FIRST | Fact.KEY_FIRST | Fact.NO_STRONG | Fact.EQUALS | Fact.BACKTICK
    )


def test_a_backtick_written_as_text_is_a_backtick_as_a_code_span_is() -> None:
    # "\`pv\`" in the notes: no code span, but Inline.marked holds the backticks the sentence readers search for
    assert facts_of(_para(Span("text", "use `pv` to watch it"))) & Fact.BACKTICK
    assert not facts_of(_para(Span("text", "use pv to watch it"))) & Fact.BACKTICK


def test_the_facts_of_a_nested_numbered_quoted_paragraph_of_two_lines() -> None:
    found = facts_of(_para(
        Span("strong", "tar"), Span("text", " is a command which (packs) -c\nfiles"),
        lists=(ListLevel(False, 1), ListLevel(True, 2)), first=False, quote=True,
    ))
    assert found == (
        Fact.NO_CODE | Fact.LINES | Fact.BREAK | Fact.QUOTE | Fact.LISTED | Fact.NESTED | Fact.KEY_FIRST | Fact.CLOSE_PAREN
        | Fact.DASH | Fact.IS | Fact.WHICH | Fact.COMMAND_WORD
    )


def test_a_chain_asks_a_rule_only_of_blocks_with_its_facts() -> None:
    asked: list[int] = []

    @needs(Fact.CODE, Fact.ONE_LINE)
    def rule(walk: object, block: Para) -> bool:
        asked.append(block.line)
        return True

    chain = Chain((rule, Shape.BLOCK))
    plain = _para(Span("text", "no code here"))
    assert not chain.first(None, plain, 0, facts_of(plain))
    coded = _para(Span("code", "ls"))
    assert chain.first(None, coded, 0, facts_of(coded))
    assert asked == [3]


class _Walk:
    def __init__(self) -> None:
        self.prose: str | None = None
        self.notes: dict[str, str] = {}


def test_a_chain_asks_each_rule_that_reads_on_whatever_the_ones_before_said() -> None:
    asked: list[str] = []

    def reads(walk: object, block: Para) -> bool:
        asked.append("reads")
        return True

    @needs(Fact.CODE)
    def coded(walk: object, block: Para) -> bool:
        asked.append("coded")
        return block.inline.has_code

    def last(walk: object, block: Para) -> bool:
        asked.append("last")
        return False

    chain = Chain((reads, Shape.BLOCK), (coded, Shape.BLOCK), (last, Shape.BLOCK))
    plain = _para(Span("text", "no code here"))
    chain.each(None, plain, 0, facts_of(plain))
    assert asked == ["reads", "last"]
    with every_rule():
        chain.each(None, plain, 0, facts_of(plain))
    assert asked == ["reads", "last", "reads", "coded", "last"]


def test_every_rule_finds_a_rule_that_reads_a_block_without_a_fact_it_declared() -> None:
    @needs(Fact.CODE)
    def wrong(walk: _Walk, block: Para) -> bool:
        walk.notes[block.text] = "read"  # reads a block with no code span, although it declared it needs one
        return True

    chain = Chain((wrong, Shape.BLOCK))
    plain = _para(Span("text", "no code here"))
    assert not chain.first(_Walk(), plain, 0, facts_of(plain))  # skipped: the card would be lost silently
    with every_rule(), pytest.raises(AssertionError, match="wrong read line 3"):
        chain.first(_Walk(), plain, 0, facts_of(plain))


def test_every_rule_finds_a_rule_that_changes_the_walk_and_says_no() -> None:
    @needs(Fact.NESTED)
    def meddles(walk: _Walk, block: Para) -> bool:
        walk.prose = None if walk.prose else "kept"  # changes what the next rules see, then says it read nothing
        return False

    chain = Chain((meddles, Shape.BLOCK))
    top = _para(Span("text", "an item"), lists=(ListLevel(False, 1),))
    with every_rule(), pytest.raises(AssertionError, match="lacks"):
        chain.first(_Walk(), top, 1, facts_of(top))


def _asked(text: str) -> set[object]:
    """The code objects of every Python function called while ``text`` is extracted."""
    called: set[object] = set()

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            called.add(frame.f_code)

    sys.setprofile(profile)
    try:
        extract(text, deck="d", source="d.md")
    finally:
        sys.setprofile(None)
    return called


# vs_anki's 100k-card file is 50k of these: an item in bold and its meaning, no code span, no quote, one line
_TERM_ITEM = "# 명령어 정리\n\n## 묶음 0\n\n- **tool0 run**: 이미지 0번을 만든다; 옵션 없이 쓰면 기본 설정으로 로그와 포트까지 함께 지운다 (자주 쓰는 형태)\n"


def test_a_term_item_is_not_asked_the_paragraph_readers_whose_facts_it_lacks() -> None:
    asked = _asked(_TERM_ITEM)
    skipped = [
        syntax_sentences.read, option_alone.read, slot_values.read, slot_values.read_item, quoted_commands.read,
        pipe_rows.read, dash_steps.read, label_lines.read_pairs, key_columns.read, plain_columns.read_para,
        meta_commands.read_heading, heading_keys.read, key_sentences.read, key_sentences.read_typed, key_particles.read,
        sentence_keys.read, meta_commands.read_sentence, stored_paths.read, narrative.command_which,
        narrative.flag_which, narrative.option_enabled, narrative.running_sentence, name_expansions.sentence,
        narrative.program_is, narrative.title_phrase, narrative.title_term, shorthands.read, example_glosses.read,
        option_sentences.read, flag_passives.read, title_items.read, flag_items.read,
    ]
    assert [f"{reader.__module__}.{reader.__name__}" for reader in skipped if reader.__code__ in asked] == []
    assert defaulted_terms.read.__code__ in asked  # an item whose line ends in ")": it may be a setting's
