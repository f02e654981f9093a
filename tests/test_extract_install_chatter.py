"""A sentence saying the tools can be installed, and from where, over the line that installs them
(narration.says_installable), in examples of our own: installation chatter, no card; a sentence saying what to do
still says what the line does."""

from __future__ import annotations

from conftest import facts, warned

from quizzer.extract.narration import says_installable


def _notes(lead_in: str) -> str:
    return (
        "# Smaller JPEGs\n"
        "\n"
        f"{lead_in}\n"          # 3
        "\n"
        "    brew install jpegoptim guetzli\n"   # 5
        "\n"
        "Then strip the metadata:\n"
        "\n"
        "    jpegoptim --strip-all *.jpg\n"
    )


def test_a_sentence_saying_the_tools_can_be_installed_makes_no_card_of_the_install_line() -> None:
    for lead_in in ("Both can be installed via Homebrew:", "They are available from Homebrew.",
                    "jpegoptim and guetzli can also be installed with MacPorts:"):
        text = _notes(lead_in)
        assert not [n for n in facts(text) if n[0] in (3, 5)], lead_in
        assert 5 in warned(text)


def test_a_sentence_saying_what_to_do_still_glosses_the_line() -> None:
    assert [n for n in facts(_notes("To install both with Homebrew:")) if n[3].startswith("brew install")]


def test_what_counts_as_saying_they_can_be_installed() -> None:
    assert says_installable("Both can be installed via Homebrew:")
    assert says_installable("It is available on PyPI.")
    assert not says_installable("Install it with Homebrew:")
    assert not says_installable("If it can be installed via apt, do so:")
