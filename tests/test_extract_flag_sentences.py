"""A later sentence of the text above a block that tells about a flag the line does not use is cut from
the line's description and warned (x-f6a)."""

from __future__ import annotations

from conftest import facts, warned


def test_a_sentence_about_a_flag_the_line_does_not_use_is_cut_and_warned() -> None:
    text = "## Serve\n\nServe the folder over HTTP. Add `--open` to launch a browser too.\n\n```sh\n$ quickserve ./public\n```\n"
    assert facts(text) == [(6, "command", "quickserve", "quickserve ./public", "Serve the folder over HTTP.")]
    assert 3 in warned(text)


def test_a_sentence_about_a_flag_the_line_uses_is_that_flags_note() -> None:
    # (x-f14en: one fact a card; it was kept in the line's description, joining the two)
    text = (
        "## Serve\n\nServe the folder over HTTP. The `--open` flag launches a browser too.\n\n"
        "```sh\n$ quickserve --open ./public\n```\n"
    )
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("--open", "launches a browser too"), ("quickserve --open ./public", "Serve the folder over HTTP.")
    ]


def test_a_remark_on_the_sentence_before_is_cut_and_warned() -> None:
    text = (
        "I wanted to see which files it opens, so here's how to watch it with `opensnoop`. "
        "This command prints a line per open call - press `q` to leave it.\n"
        "```\n$ sudo opensnoop -p 4242\n```\n"
    )
    assert facts(text) == [(3, "command", "opensnoop", "sudo opensnoop -p 4242",
                            "I wanted to see which files it opens, so here's how to watch it with opensnoop.")]
    assert 1 in warned(text)


def test_a_sentence_with_the_flag_as_its_subject_over_a_line_using_it_is_that_flag() -> None:
    text = "The `-t` option prints the time of each call:\n```\n$ sudo opensnoop -t -p 4242\n4242 open /etc/hosts\n```\n"
    assert facts(text) == [(3, "flag", "opensnoop", "-t", "prints the time of each call")]


def test_a_pointer_then_a_sentence_of_what_the_line_does_is_that_sentence() -> None:
    # (x-f33en2) "Run this." says nothing of the line; the "This …s" sentence after it is what the line does
    for pointer in ("Run this.", "Just try this.", "Type the following."):
        text = f"## Refresh\n\n{pointer} This clears the cache so that the fonts are found again.\n\n```sh\nfc-cache -f\n```\n"
        assert facts(text) == [
            (6, "command", "fc-cache", "fc-cache -f", "This clears the cache so that the fonts are found again.")
        ], pointer


def test_a_remark_after_a_sentence_that_says_something_is_still_cut() -> None:
    text = "## Refresh\n\nRebuild the font cache. This takes a while.\n\n```sh\nfc-cache -f\n```\n"
    assert facts(text) == [(6, "command", "fc-cache", "fc-cache -f", "Rebuild the font cache.")]
