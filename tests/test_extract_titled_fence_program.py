"""A page whose front-matter title is the program its code blocks run (issue 6, x-f26ko), our own examples."""

from __future__ import annotations

from conftest import draft as _draft

_BODY = (
    "### -r : 역순 옵션\n\n```sh\n$ jot -r 3\n```\n\n```sh\n$ jot 5\n```\n\n```sh\n$ jot 2 9\n```\n\n"
    "```sh\n$ jot -w x 2\n```\n"
)


def test_the_title_names_the_program_of_the_options() -> None:
    text = "---\ntitle   : jot\nlayout  : wiki\n---\n" + _BODY
    options = [(n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes if n.front == "-r"]
    assert options == [("option", "jot", "-r", "역순 옵션")]


def test_a_title_naming_another_word_names_no_program() -> None:
    text = "---\ntitle   : 숫자 만들기\n---\n" + _BODY
    draft = _draft(text)
    assert all(n.front != "-r" for n in draft.notes)
    assert any("-r" in w.message for w in draft.warnings)
