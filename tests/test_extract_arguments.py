"""A word listed under an options label of a command, without dashes, in notes that write options with theirs
(quizzer/extract/arguments.py), in examples of our own (x-f5c)."""

from __future__ import annotations

from conftest import draft, facts

_NOTES = (
    "# kubectl\n"  # 1
    "\n"
    "## describe\n"  # 3
    "\n"
    "List resources of a kind\n"  # 5
    "\n"
    "```bash\n"
    "kubectl describe [KIND]\n"  # 8
    "```\n"
    "\n"
    "### Options\n"  # 11
    "\n"
    "- **--wide**: Show every column\n"  # 13
    "- **nodes**: Every node of the cluster\n"  # 14
    "- **vols [name] -o json**: One volume as JSON\n"  # 15
)


def test_a_bare_word_under_the_options_of_a_sub_command_is_what_it_takes_as_written() -> None:
    notes = {n.line: n for n in draft(_NOTES).notes}
    found = [(n.line, n.kind.value, n.command, n.front, n.back) for n in notes.values() if n.line >= 13]
    assert found == [
        (13, "option", "kubectl describe", "--wide", "Show every column"),
        (14, "option", "kubectl describe", "nodes", "Every node of the cluster"),
        (15, "option", "kubectl describe", "vols [name] -o json", "One volume as JSON"),
    ]
    assert notes[14].answers == ("nodes", "kubectl describe nodes")  # never "--nodes": no dash the notes left out
    assert notes[14].reason == "word listed under its command's options label, without dashes"


def test_under_a_program_alone_a_bare_word_is_still_warned() -> None:
    text = "# kubectl\n\n## Usage\n\n### Options\n\n- **--wide**: Show every column\n- **nodes**: Every node\n"
    assert (8, "option") not in [(line, kind) for line, kind, *_ in facts(text)]
    assert 8 in [w.line for w in draft(text).warnings]
