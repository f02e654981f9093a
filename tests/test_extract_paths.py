"""Paths glossed in a directory listing (issue 6, x-en), with examples of our own."""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _concepts(text: str) -> list[tuple[int, str, str]]:
    return [(n.line, n.front, n.back) for n in _draft(text).notes if n.kind.value == "concept"]


def test_a_comment_after_a_path_says_what_it_is() -> None:
    text = (
        "# Layout\n\n```\npackage.json        # npm manifest\nnode_modules/       # installed packages\n"
        "src/\n├── index.ts        # entry point\n└── util/\n```\n"
    )
    assert _concepts(text) == [
        (4, "package.json", "npm manifest"),
        (5, "node_modules/", "installed packages"),
        (7, "index.ts", "entry point"),
    ]


def test_a_comment_of_a_few_words_over_a_top_level_folder() -> None:
    text = "```\n# Static assets served as is\npublic/\n├── favicon.ico\n└── robots.txt\n```\n"
    assert _concepts(text) == [(2, "public/", "Static assets served as is")]


def test_a_folder_with_a_comment_above_and_its_own_gloss_keeps_both() -> None:
    text = "```\n# Compiled output\ndist/        # safe to delete\n└── app.js\n```\n"
    assert _concepts(text) == [(2, "dist/", "Compiled output (safe to delete)")]


def test_flags_labels_and_one_word_comments_are_no_glosses() -> None:
    text = (
        "```\n# creates:\nout\n├── web        # --template web\n├── api        # Note:\n"
        "# generated\nlib/\n└── x.js\n```\n"
    )
    assert _concepts(text) == []


def test_a_path_listed_twice_with_other_glosses_is_a_warning() -> None:
    text = "```\n# Source files here\nsrc/\n└── a.c\n# Test files here\nsrc/\n└── a_test.c\n```\n"
    draft = _draft(text)
    assert _concepts(text) == []
    assert any("listed twice" in w.message for w in draft.warnings)


def test_without_a_tree_a_commented_line_is_still_a_command() -> None:
    text = "# npm\n\n```\nnpm ci        # clean install\n```\n"
    assert [(n.kind.value, n.front, n.back) for n in _draft(text).notes] == [("command", "npm ci", "clean install")]
