"""Review 13: the name the notes are about, asked in one place (Walk.notes_name), read from a banner or a
front matter title alike."""

from __future__ import annotations

from conftest import facts

_KEYS = (
    "- `<C-j>`: jump to the next match\n"
    "- `<C-k>`: skip the match\n"
)


def test_the_first_heading_that_is_a_name_alone_names_the_plugin_under_a_banner() -> None:
    notes = facts("# ⚠ This plugin is kept for old setups\n\n# vim-jumpmatch\n\n" + _KEYS)
    assert {n[2] for n in notes if n[3] == "<C-j>"} == {"vim-jumpmatch"}


def test_a_front_matter_title_that_is_a_name_alone_names_the_plugin_too() -> None:
    notes = facts("---\ntitle: vim-jumpmatch\n---\n\n# How I use it\n\n" + _KEYS)
    assert {n[2] for n in notes if n[3] == "<C-j>"} == {"vim-jumpmatch"}


def test_a_last_sentence_leading_to_the_block_is_no_part_of_the_heading_command_with_either_particle() -> None:
    """rules._POINTS_BELOW took "아래와 같은 명령어" and missed "다음과 같은 명령어": one definition now
    (knowledge.LIKE_WHAT_FOLLOWS_KO)."""
    for lead in ("다음과 같은 명령어로 확인한다.", "아래와 같은 명령어로 확인한다."):
        text = f"## du\n\n디스크 사용량을 보여 준다. {lead}\n\n```\ndu -sh .\n```\n"
        assert [n[4] for n in facts(text) if n[3] == "du"] == ["디스크 사용량을 보여 준다."], lead


def test_an_inline_s_marked_text_puts_its_code_spans_back_between_backticks() -> None:
    from quizzer.extract.blocks import inline_of

    assert inline_of("Use **`-l`** twice, *not* `-L`", {}).marked == "Use `-l` twice, not `-L`"
