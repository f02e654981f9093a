"""Review 12 (/work/review12/findings.md): behaviour kept or put right by its fixes, in examples of our own."""

from __future__ import annotations

import pytest
from conftest import draft

from quizzer.extract.knowledge import MAKEFILE_FENCE_INFOS, NOT_SHELL_FENCE_INFOS
from quizzer.extract.pieces import PIECE_LINES
from quizzer.extract.rules import extract


# -- 1. the notes' title: one answer, the same read whole or a piece at a time -----------------------------------

def _glossed_far_below(title: str) -> str:
    """Notes titled ``title``, then enough sections that a line glossed below sits in a later piece."""
    filler = "".join(f"## 주제 {n}\n\n문단 {n}입니다.\n\n" for n in range(PIECE_LINES // 2))
    return f"{title}\n\n{filler}## sweeper 정리\n\n`sweeper prune --keep 3`\n\n오래된 백업을 지운다.\n"


def _pruned(text: str, *, in_pieces: bool) -> list[str]:
    notes = extract(text, deck="t", source="t.md", memo={} if in_pieces else None).notes
    return [note.back for note in notes if note.front == "sweeper prune --keep 3"]


def test_a_program_the_title_names_is_the_notes_own_in_every_piece() -> None:
    text = _glossed_far_below("# sweeper 사용법")
    assert _pruned(text, in_pieces=False) == _pruned(text, in_pieces=True) == ["오래된 백업을 지운다."]


def test_the_front_matter_title_names_the_program_too() -> None:
    text = "---\ntitle: sweeper 노트\n---\n" + _glossed_far_below("# 백업 정리")
    assert _pruned(text, in_pieces=True) == ["오래된 백업을 지운다."]


def test_a_program_no_title_names_is_not_read_from_a_lone_span() -> None:
    assert _pruned(_glossed_far_below("# 백업 정리"), in_pieces=True) == []


# -- 2. the words of a usage line: one reading for the two rules that ask ------------------------------------------

def test_usage_words_drop_the_bullet_the_backticks_and_a_prompt() -> None:
    from quizzer.extract.signals import usage_words

    assert usage_words("* `sweep [대상] [기간]`") == ("sweep", "[대상]", "[기간]")
    assert usage_words("$ sweep <대상>") == ("sweep", "<대상>")
    assert usage_words("- sweep all") == ("sweep", "all")


def test_a_heading_ending_in_a_program_over_its_usage_line() -> None:
    notes = draft("## 오래된 파일 지우기 sweep\n* `sweep [대상] [기간]`\n").notes
    assert [(n.front, n.back) for n in notes if n.kind.value == "command"] == [("sweep", "오래된 파일 지우기")]


def test_a_value_glossed_under_a_heading_naming_a_slot() -> None:
    text = "## sweep\n\n`sweep [대상] [기간]`\n\n### 기간\n\n- `week` : 한 주 지난 것\n- `month` : 한 달 지난 것\n"
    assert not [n for n in draft(text).notes if n.front in ("week", "month")]


def test_a_sections_heading_is_no_title() -> None:
    text = "## sweeper 설정\n\n" + _glossed_far_below("").lstrip("\n")
    assert _pruned(text, in_pieces=True) == []


# -- 4. code-block languages: one list of Makefile names, inside the one of languages that name no shell -----------

_MAKEFILE = "clean: ## remove what the build made\n\trm -fr out\n\ntest: ## run the checks\n\tpytest\n"


@pytest.mark.parametrize("language", sorted(MAKEFILE_FENCE_INFOS))
def test_a_makefile_fence_gives_its_documented_targets(language: str) -> None:
    notes = draft(f"## Targets\n\n```{language}\n{_MAKEFILE}```\n").notes
    assert {(n.front, n.back) for n in notes} >= {("make clean", "remove what the build made"), ("make test", "run the checks")}


@pytest.mark.parametrize("language", sorted(NOT_SHELL_FENCE_INFOS))
def test_lines_of_a_block_in_another_language_are_no_command_lines(language: str) -> None:
    notes = draft(f"## Cleaning up\n\nRemove the old output.\n\n```{language}\nrm -fr out\n```\n").notes
    assert not [n for n in notes if n.front.startswith("rm")]
    assert "make" in MAKEFILE_FENCE_INFOS and MAKEFILE_FENCE_INFOS <= NOT_SHELL_FENCE_INFOS


# -- 5. rST text is no markdown: what markdown would read as a mark that rST did not mean stays text ---------------

_RST = (
    "tidy manual page\n================\n\nSynopsis\n--------\n\n**tidy** [*options*] <dir>\n\n"
    "Options\n-------\n\n"
    "-k, --keep      Keep files named &amp; or <b>bold</b>, see [these](globs)\n"
    "-g GLOB         Sweep _only_ the ``*.log`` files\n\n"
    ".. note::\n\n   An aside.\n"
)


def test_an_rst_option_keeps_every_character_rst_wrote() -> None:
    backs = {n.front: n.back for n in draft(_RST).notes if n.kind.value == "option"}
    assert backs == {
        "-k, --keep": "Keep files named &amp; or <b>bold</b>, see [these](globs)",
        "-g": "Sweep _only_ the *.log files",
    }


def test_rst_lines_markdown_would_read_otherwise() -> None:
    from quizzer.extract.rst import as_markdown

    page = "Tidy\n====\n\nUsage\n-----\n\n>>> tidy(keep=True)\nA *glob* and :program:`tidy` and ``a_b_``.\n\n    x_y_ <b>\n\n.. note:: aside\n"
    lines = as_markdown(page).split("\n")
    assert "\\>>> tidy(keep=True)" in lines  # a doctest, not a quote
    assert "A *glob* and `tidy` and `a_b_`." in lines  # rST's emphasis means markdown's; code spans as written
    assert "    x_y_ <b>" in lines  # indented four spaces: markdown's code, nothing in it a mark


# -- 7. what a converter leaves unread is said: an rST directive as a roff table is ---------------------------------

def test_an_rst_directive_left_unread_is_warned_at_its_line() -> None:
    warnings = {w.line: w.message for w in draft(_RST).warnings}
    directive = _RST.split("\n").index(".. note::") + 1
    assert "'.. note::'" in warnings.get(directive, "")


def test_a_roff_table_left_unread_is_warned_still() -> None:
    page = ".TH TIDY 1\n.SH NAME\ntidy \\- sweep files\n.SH FILES\n.TS\nl l.\na\tb\n.TE\n"
    assert any(w.line == 5 and ".TS" in w.message for w in draft(page).warnings)


# -- part_bullets: a gloss is read as markdown, not copied from the line with its marks ---------------------------

def test_a_bullet_glossing_a_word_of_the_line_above_loses_its_markup() -> None:
    text = (
        "```\nlsblk -f --json\n```\n\n"
        "- `lsblk`는 **블록 장치**를 [나무](https://example.org) 모양으로 보여주는 명령\n"
        "- `-f`는 파일 시스템을 `UUID`와 함께 표시하는 옵션\n"
    )
    backs = {n.front: n.back for n in draft(text).notes}
    assert backs["lsblk"] == "블록 장치를 나무 모양으로 보여주는 명령"
    assert backs["-f"] == "파일 시스템을 UUID와 함께 표시하는 옵션"
