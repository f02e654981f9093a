"""A fence marked as Vim script under another name (```viml, ```vimscript) or as Lua holds settings of an
editor's configuration, not command lines of a shell (x-f23en), with examples of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("info", ["viml", "vimscript", "lua"])
def test_settings_under_a_sentence_are_no_commands(info: str) -> None:
    text = (
        "# myplugin\n\n"
        "## Mapping\n"
        "To choose your own keys, turn the defaults off and set each one:\n"
        f"```{info}\n"
        "let g:myplugin_default_keys = 0\n"
        "let g:myplugin_open_key = '<C-o>'\n"
        "let g:myplugin_close_key = '<C-q>'\n"
        "```\n"
    )
    assert facts(text) == []


def test_the_same_lines_in_a_shell_fence_are_still_read() -> None:
    text = (
        "# notes\n\n"
        "Show the disk usage of each folder:\n"
        "```sh\n"
        "du -sh *\n"
        "```\n"
    )
    assert [(front, back) for _, _, _, front, back in facts(text)] == [("du -sh *", "Show the disk usage of each folder")]
