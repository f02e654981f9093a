"""A README's install section: headings naming a package manager and the system it is for over a bare install
line, a system's name leading into remarks, a download step whose words name another program than its line
(x-f23en), with examples of our own."""

from __future__ import annotations

from tests.conftest import facts


def test_a_heading_naming_a_manager_and_its_system_is_no_meaning_of_the_line_under_it() -> None:
    text = (
        "# frob\n\n"
        "## Install\n\n"
        "#### Homebrew (macOS)\n\n"
        "- `brew install frob`\n\n"
        "#### Snap (Ubuntu / Debian)\n\n"
        "- `snap install frob`\n"
    )
    assert facts(text) == []


def test_a_heading_saying_what_to_do_on_a_system_still_glosses_the_line() -> None:
    text = (
        "# frob\n\n"
        "#### Upgrade every package (macOS)\n\n"
        "- `brew upgrade`\n"
    )
    assert [(front, back) for _, _, _, front, back in facts(text)] == [("brew upgrade", "Upgrade every package (macOS)")]


def test_items_under_a_system_name_are_remarks_for_it_not_cases_of_a_term() -> None:
    text = (
        "# frob\n\n"
        "#### Linux:\n\n"
        "- The static build works everywhere\n"
        "- The glibc build needs a recent glibc\n"
    )
    assert facts(text) == []


def test_words_naming_another_program_say_what_a_line_does() -> None:
    text = (
        "# frob\n\n"
        "#### From the release page\n\n"
        "- unzip archive: `tar -xzf frob.tar.gz`\n"
        "- zip folder: `tar -czf frob.tar.gz frob/`\n"
    )
    assert [(kind, command, front, back) for _, kind, command, front, back in facts(text)] == [
        ("command", "tar", "tar -xzf frob.tar.gz", "unzip archive"),
        ("command", "tar", "tar -czf frob.tar.gz frob/", "zip folder"),
    ]
