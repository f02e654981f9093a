"""A flag alone in an item under a heading its own name spells: the heading is what the flag is for
(quizzer.extract.heading_flags; knowledge.SETTING_WORDS, OPTION_FAMILIES)."""

from __future__ import annotations

import pytest

from conftest import facts, warned
from quizzer.extract.knowledge import OPTION_FAMILIES, SETTING_WORDS, option_family_program


def test_the_flag_spelling_the_heading_is_its_option() -> None:
    text = "# Tuning\n\n## String Deduplication\n- `-XX:+UseStringDeduplication` (default: false)\n- saves heap\n"
    assert [n for n in facts(text) if n[1] == "option"] == [
        (4, "option", "java", "-XX:+UseStringDeduplication", "String Deduplication")
    ]


def test_an_inflected_heading_is_spelled_too() -> None:
    text = "# Tuning\n\n## Vectorizing\n- \"-XX:+Vectorize\"\n"
    assert facts(text) == [(4, "option", "java", "-XX:+Vectorize", "Vectorizing")]


def test_a_flag_whose_name_does_more_than_the_topic_is_no_option_of_it() -> None:
    # -XX:+PrintCompilation prints: it is not "Compilation" itself
    text = "# Tuning\n\n## Compilation\n- `-XX:+PrintCompilation`\n"
    assert all(n[1] != "option" for n in facts(text))


def test_a_flag_turned_off_is_not_the_topic() -> None:
    text = "# Tuning\n\n## Escape Analysis\n- `-XX:-DoEscapeAnalysis`\n"
    assert all(n[1] != "option" for n in facts(text))


def test_a_flag_beside_one_that_spells_the_heading_is_warned() -> None:
    text = "# Tuning\n\n## Metaspace Size\n- `-XX:MaxMetaspaceSize=N` & `-XX:MetaspaceSizeCap`\n"
    assert facts(text) == [(4, "option", "java", "-XX:MaxMetaspaceSize", "Metaspace Size")]
    assert 4 in warned(text)


def test_the_section_command_owns_the_flag_when_there_is_one() -> None:
    text = "## node\n\n### Stack Size\n- `--stack-size=N` (in KB)\n"
    assert [n for n in facts(text) if n[1] == "option"] == [(4, "option", "node", "--stack-size", "Stack Size")]


def test_an_item_saying_more_than_the_flag_is_left_to_other_rules() -> None:
    text = "# Tuning\n\n## Escape Analysis\n- `-XX:+DoEscapeAnalysis` makes short-lived objects cheaper\n"
    assert all(n[4] != "Escape Analysis" for n in facts(text))


@pytest.mark.parametrize("word", sorted(SETTING_WORDS))
def test_each_setting_word_may_stand_before_the_topic(word: str) -> None:
    flag = f"-XX:+{word.capitalize()}CardTable"
    assert facts(f"# Tuning\n\n## Card Table\n- `{flag}`\n") == [(4, "option", "java", flag, "Card Table")]


@pytest.mark.parametrize(("start", "program"), sorted(OPTION_FAMILIES.items()))
def test_each_option_family_names_its_program(start: str, program: str) -> None:
    assert option_family_program(f"{start}+Something") == program
    assert option_family_program("--something") is None
