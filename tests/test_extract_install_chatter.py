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


# x-f31en1: a README's "Clone the repo:" over the line cloning the project the README is about
_README = (
    "# Vim sleuth-lite\n\n"
    "Detects the indent of a file and sets the options to match.\n\n"
    "### Manual install\n\n"
    "Clone the repo:\n\n"  # 7
    "    $ git clone https://github.com/someone/{repo} ~/.vim/pack/x/start/sleuth\n\n"  # 9
    "Reload the settings with: `:source ~/.vimrc`.\n"
)


def test_cloning_the_project_the_notes_are_about_is_how_to_install_it_no_card() -> None:
    for repo in ("vim-sleuth-lite", "Vim_Sleuth_Lite.git", "vim-sleuth-lite/"):
        text = _README.format(repo=repo)
        assert not [fact for fact in facts(text) if fact[0] in (7, 9)], repo
        assert 9 in warned(text), repo


def test_cloning_another_project_still_says_what_the_line_does() -> None:
    text = _README.format(repo="dotfiles")
    assert [fact[3:] for fact in facts(text) if fact[0] == 9] == [
        ("git clone https://github.com/someone/dotfiles ~/.vim/pack/x/start/sleuth", "Clone the repo"),
    ]
