"""A Jekyll wiki's link ``[[/path]]{label}`` reads as its label (issue 6, x-f26ko), our own examples."""

from __future__ import annotations

from conftest import draft as _draft

from quizzer.extract.blocks import prepare


def test_the_link_is_the_words_in_its_braces() -> None:
    assert prepare("- [[/tool/frob]]{frob}: adjust the knob\n") == "- frob: adjust the knob\n"


def test_a_bash_test_or_a_link_without_braces_stays() -> None:
    for text in ("if [[ -f x ]]{ echo; }\n", "see [[/tool/frob]] for more\n"):
        assert prepare(text) == text


def test_a_linked_name_over_its_gloss_makes_the_card_of_the_name() -> None:
    text = "# Kit\n\n## 포함된 명령어들\n\n- [[/cmd/frob]]{frob}: adjust the knob\n- wobble: shake the window\n"
    assert [(n.front, n.back, n.line) for n in _draft(text).notes] == [
        ("frob", "adjust the knob", 5), ("wobble", "shake the window", 6),
    ]
