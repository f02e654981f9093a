"""A one-word heading over a section that is one command line (quizzer.extract.word_headings, x-miss),
with examples of our own."""

from __future__ import annotations

from tests.conftest import draft, facts

SERVICE = (
    "# Notes\n\n"
    "## Line endings on Windows\n\n"
    "### Enable\n"
    "```sh\n"
    "git config --global core.autocrlf true\n"
    "```\n\n"
    "### Disable\n"
    "```\n"
    "$ git config --global core.autocrlf false\n"
    "```\n"
)


def test_each_word_says_what_its_one_line_does() -> None:
    assert [(n.line, n.kind.value, n.command, n.back) for n in draft(SERVICE).notes] == [
        (7, "command", "git config", "Enable"),
        (12, "command", "git config", "Disable"),
    ]


def test_a_word_of_the_line_itself_is_no_meaning_either_way() -> None:
    text = "# Notes\n\n## Docker at boot\n\n### Enable\n```\nsudo systemctl enable docker\n```\n"
    assert [n for n in draft(text).notes if n.reason.startswith("one-word heading")] == []


def test_a_word_of_the_line_itself_names_the_command_not_what_it_does() -> None:
    text = "# Gradle\n\n## Tasks\n\n### build\n```\n./gradlew build\n```\n\n### Help\n```\nmake --help\n```\n"
    assert [n for n in draft(text).notes if n.reason.startswith("one-word heading")] == []


def test_a_topic_word_a_label_or_the_notes_title_is_no_meaning() -> None:
    for heading in ("## Usage", "## Examples", "## Installation", "# Cleanup"):
        text = f"{heading}\n```\ndocker system prune -a\n```\n"
        assert [n for n in draft(text).notes if n.reason.startswith("one-word heading")] == []


def test_more_in_the_section_than_the_block_is_left_to_the_other_rules() -> None:
    text = "# Notes\n\n## Prune\n```\ndocker system prune -a\n```\n- removes every unused image\n"
    assert [n for n in draft(text).notes if n.reason.startswith("one-word heading")] == []
    two = "# Notes\n\n## Prune\n```\ndocker system prune -a\ndocker volume prune\n```\n"
    assert [n for n in draft(two).notes if n.reason.startswith("one-word heading")] == []


def test_a_program_nobody_knows_is_not_guessed() -> None:
    assert facts("# Notes\n\n## Reset\n```\nfrobctl wipe --all\n```\n") == []


def test_more_commands_is_a_heading_of_more_of_them_not_the_pager() -> None:
    # "## More commands" / "* To remove a version" over its block: no card of the pager `more`
    text = (
        "# Tool\n\n## More commands\n\n* To upgrade a package\n\n```sh\npip install -U requests\n```\n\n"
        "* To remove a package\n\n```sh\npip uninstall requests\n```\n"
    )
    notes = draft(text).notes
    assert not any(n.command == "more" for n in notes)
    assert {(n.front, n.back) for n in notes} == {
        ("pip install -U requests", "To upgrade a package"), ("pip uninstall requests", "To remove a package"),
    }


def test_a_word_over_sub_sections_names_them_its_line_is_where_they_start() -> None:
    # "## server" / "cd site" over "### dev" and "### build": cd is not "server", the lines under it are
    text = (
        "# Site\n\n## server\n\n```sh\n$ cd site\n```\n\n"
        "### dev\n\n```sh\n$ hugo server -D\n```\n\n### build\n\n```sh\n$ hugo --minify\n```\n"
    )
    assert [(n.line, n.front, n.back) for n in draft(text).notes] == [(12, "hugo server -D", "dev"), (18, "hugo --minify", "build")]


def test_a_line_with_a_comment_of_its_own_says_what_it_does_the_word_does_not() -> None:
    text = "# Notes\n\n## Release\n\n```bash\n# from the top folder\nmake tarball  # bundle the sources\n```\n"
    assert [(n.line, n.command, n.front, n.back) for n in draft(text).notes] == [
        (7, "make", "make tarball", "bundle the sources"),
    ]


def test_a_word_naming_one_option_among_the_lines_others_says_what_it_does() -> None:
    # "### Extract" over a line passing an archive and a folder besides "--extract": the option picks the task
    # (x-f35en3)
    text = (
        "# Notes\n\n## Archives\n\n### Extract\n```bash\ntar --extract --file <ARCHIVE> --directory <DIR>\n```\n\n"
        "### Show\n```bash\ntar --list --file <ARCHIVE>\n```\n"
    )
    assert [(n.line, n.command, n.back) for n in draft(text).notes if n.reason.startswith("one-word heading")] == [
        (7, "tar", "Extract"), (12, "tar", "Show"),
    ]


def test_a_word_naming_the_lines_only_option_still_names_the_command() -> None:
    text = "# Notes\n\n## Tools\n\n### Version\n```\ntar --version\n```\n"
    assert [n for n in draft(text).notes if n.reason.startswith("one-word heading")] == []
