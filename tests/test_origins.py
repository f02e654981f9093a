"""Where a deck's notes come from, read from its source (quizzer.origins)."""

from __future__ import annotations

import pytest

from quizzer.origins import Origin, builtin_source, deck_origin


@pytest.mark.parametrize(("source", "origin"), [
    ("/home/me/notes/git.md", Origin.DOCUMENT),
    ("notes/anki-tips.md", Origin.DOCUMENT),  # a file named after Anki is still a file
    ("C:\\notes\\builtin.md", Origin.DOCUMENT),
    (builtin_source("git.md"), Origin.BUILTIN),
    ("anki:Spanish::Verbs", Origin.ANKI),
])
def test_each_source_says_where_its_deck_comes_from(source: str, origin: Origin) -> None:
    assert deck_origin(source) is origin


def test_a_shipped_documents_source_names_its_file() -> None:
    assert builtin_source("docker.md").endswith("docker.md") and deck_origin(builtin_source("docker.md")) is Origin.BUILTIN
