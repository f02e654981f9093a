"""An item holding only a command line in backticks, glossed by the item's next paragraph (x-f14en), in
examples of our own; a word written with its optional rest in brackets is the whole word."""

from __future__ import annotations

from conftest import draft, facts

_LOOSE = (
    "# npm\n\n## Everyday\n\n"
    "- `npm ci`\n\n  Install exactly what the lock file says\n\n"
    "- `npm i[nstall] --save-dev`\n\n  Add a package only needed while developing\n\n"
    "- `npm outdated`\n\n  Show packages with newer versions\n"
)


def test_the_second_paragraph_of_a_command_item_is_what_it_does() -> None:
    assert [(line, front, back) for line, _kind, _cmd, front, back in facts(_LOOSE)] == [
        (7, "npm ci", "Install exactly what the lock file says"),
        (11, "npm install --save-dev", "Add a package only needed while developing"),
        (15, "npm outdated", "Show packages with newer versions"),
    ]


def test_a_word_with_its_rest_in_brackets_accepts_the_short_spelling() -> None:
    note = next(n for n in draft(_LOOSE).notes if n.line == 11)
    assert "npm i --save-dev" in note.answers


def test_an_item_saying_more_than_a_gloss_is_left_alone() -> None:
    text = (
        "# npm\n\n- `npm ci`\n\n  Install exactly what the lock file says\n\n"
        "  It deletes node_modules first, and fails when package.json disagrees\n"
    )
    assert facts(text) == []


def test_a_line_of_an_unknown_program_is_no_command_item() -> None:
    text = "# notes\n\n- `frobnicate --all`\n\n  Frobnicate everything\n"
    assert facts(text) == []


def test_a_warning_or_advice_under_a_command_item_is_no_gloss() -> None:
    for advice in (
        "Never use this on a laptop with little disk",
        "Don't forget to stop the service first",
        "Note: needs a running daemon",
        "Why does this take so long?",
        "운영 서버에서는 실행하지 마세요",
    ):
        text = f"# git\n\n- `git gc --aggressive`\n\n  {advice}\n\n- `git status -s`\n\n  Show changes in short form\n"
        assert [front for _line, _kind, _cmd, front, _back in facts(text)] == ["git status -s"], advice
