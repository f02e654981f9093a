"""Text over an install line saying what needs the package (quizzer.extract.narration.names_dependant): why it is
installed, not what the line does; in examples of our own."""

from __future__ import annotations

from conftest import draft, facts

from quizzer.extract.narration import names_dependant


def test_what_needs_the_package_is_no_card_of_its_install_line() -> None:
    text = "## imaging\n\nThe Python library Pillow needs `libjpeg-dev`\n\n```\nsudo apt install libjpeg-dev\n```\n"
    assert facts(text) == []
    assert any(w.line == 5 and "needs the package" in w.message for w in draft(text).warnings)


def test_text_over_a_line_that_installs_nothing_is_read_as_before() -> None:
    text = "The report uses the latest numbers\n\n```\nmake report\n```\n"
    assert not any("needs the package" in w.message for w in draft(text).warnings)


def test_only_a_statement_names_a_dependant() -> None:
    assert names_dependant("The R package foo uses `libbar-dev`")
    assert names_dependant("Pillow requires libjpeg.")
    assert not names_dependant("To build it, it needs:")
    assert not names_dependant("You need libjpeg")
    assert not names_dependant("Install the library")
