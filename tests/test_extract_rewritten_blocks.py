"""A code block a reader rewrites line by line (a prompt given, a root ``#`` read as a prompt) is the same block
otherwise: still nested under the list item its fence is indented under (review16 1), in examples of our own."""

from __future__ import annotations

from quizzer.extract import powershell, repl, root_fences
from quizzer.extract.blocks import Code, ListLevel
from quizzer.extract.walk import Walk

_UNDER_ITEM = (ListLevel(ordered=True, number=2),)


def _block(info: str, *texts: str) -> Code:
    return Code(info, tuple((10 + n, text) for n, text in enumerate(texts)), 9, lists=_UNDER_ITEM)


def test_a_powershell_block_given_its_prompt_stays_under_its_item() -> None:
    block = _block("powershell", "> wsl --list", "  Ubuntu")
    rewritten = powershell.as_shell(Walk("notes", source=()), block)
    assert rewritten.lines[0][1] == "$ wsl --list"
    assert rewritten.lists == _UNDER_ITEM


def test_a_database_prompt_block_stays_under_its_item() -> None:
    rewritten = repl.database_prompted(_block("", "shop=# \\dt", " public | orders"))
    assert rewritten is not None and rewritten.lines[0][1].endswith("> \\dt")
    assert rewritten.lists == _UNDER_ITEM


def test_a_glossed_root_line_stays_under_its_item() -> None:
    rewritten = root_fences.glossed(_block("", "# ufw reload\t\t# 규칙 다시 읽기"))
    assert rewritten.lines[0][1].startswith("$ ufw reload")
    assert rewritten.lists == _UNDER_ITEM
