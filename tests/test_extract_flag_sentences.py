"""A later sentence of the text above a block that tells about a flag the line does not use is cut from
the line's description and warned (x-f6a)."""

from __future__ import annotations

from conftest import facts, warned


def test_a_sentence_about_a_flag_the_line_does_not_use_is_cut_and_warned() -> None:
    text = "## Serve\n\nServe the folder over HTTP. Add `--open` to launch a browser too.\n\n```sh\n$ quickserve ./public\n```\n"
    assert facts(text) == [(6, "command", "quickserve", "quickserve ./public", "Serve the folder over HTTP.")]
    assert 3 in warned(text)


def test_a_sentence_about_a_flag_the_line_uses_stays() -> None:
    text = (
        "## Serve\n\nServe the folder over HTTP. The `--open` flag launches a browser too.\n\n"
        "```sh\n$ quickserve --open ./public\n```\n"
    )
    assert [back for _, _, _, _, back in facts(text)] == [
        "Serve the folder over HTTP. The --open flag launches a browser too."
    ]
