"""English cheat-sheet signals (issue 6, x-en): each with examples of our own."""

from __future__ import annotations

from quizzer.extract.knowledge import fenced_program
from conftest import draft as _draft, facts as _facts


_UNKNOWN_TOOL = (
    "# Age encryption\n\n### Making a key pair\n\n```bash\nagekit keygen -o key.txt\n```\n\n"
    "Encrypt to a recipient:\n\n```bash\nagekit -r KEY file\n```\n\n"
    "Decrypt with your key:\n\n```bash\nagekit -d -i key.txt file.age\n```\n\n"
    "Armor the output:\n\n```bash\nagekit -a -r KEY file\n```\n"
)


def test_the_program_most_code_lines_start_with_is_known_to_the_notes() -> None:
    # "agekit" is in no list of programs; the notes run it in every block, so a heading over its line says
    # what that line does
    assert _facts(_UNKNOWN_TOOL)[0] == (6, "command", "agekit", "agekit keygen -o key.txt", "Making a key pair")


def test_a_heading_over_a_program_run_once_in_the_notes_is_still_not_trusted() -> None:
    text = "# Misc\n\n### Making a key pair\n\n```bash\nagekit keygen -o key.txt\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert any("not a program quizzer knows" in w.message for w in draft.warnings)


def test_fenced_program_needs_four_lines_and_most_of_them() -> None:
    assert fenced_program(["agekit a", "$ agekit b", "agekit c", "agekit d", "ls"]) == "agekit"
    assert fenced_program(["agekit a", "agekit b", "agekit c"]) is None  # three are not enough
    assert fenced_program(["agekit a", "agekit b", "agekit c", "agekit d", "ls", "cat x", "rm y", "mv a b"]) is None
    assert fenced_program(["cd a", "cd b", "cd c", "cd d"]) is None  # a shell builtin is no program of the notes


def test_use_a_flag_to_do_something_over_a_line_using_it() -> None:
    text = "# curl\n\n## Failing\n\nUse `--fail` to exit with an error on HTTP errors, e.g. in scripts. More below.\n\n```bash\ncurl --fail https://x.test\n```\n"
    assert _facts(text) == [(8, "flag", "curl", "--fail", "exit with an error on HTTP errors")]


def test_use_a_flag_the_line_does_not_use_is_no_flag_card() -> None:
    text = "# curl\n\nUse `--fail` to exit with an error on HTTP errors.\n\n```bash\ncurl -s https://x.test\n```\n"
    assert [n for n in _draft(text).notes if n.kind.value == "flag"] == []


def test_a_sentence_about_a_placeholder_describes_no_line() -> None:
    text = "# ssh\n\n## Hosts\n\nFor `<HOST>` you can give a name from your config or an address.\n\n```bash\nssh -v web1\nssh -v 10.0.0.2\n```\n"
    assert _draft(text).notes == ()


def test_a_heading_naming_the_form_over_a_usage_line_is_its_syntax() -> None:
    text = "# tools\n\n## Command format\n\n```sh\nrsync [-avz] <src> <dest>\n```\n"
    assert _facts(text) == [(6, "syntax", "rsync", "rsync", "rsync [-avz] <src> <dest>")]


def test_a_heading_naming_the_form_over_a_plain_line_is_not_a_syntax() -> None:
    text = "# tools\n\n## Command format\n\n```sh\nrsync -avz a/ b/\n```\n"
    assert [n.kind.value for n in _draft(text).notes] != ["syntax"]
