"""Readings of x-f14en, in examples of our own: a noun phrase (or a sentence) under the title saying what the
notes' program is; an aside in parentheses under a block on one flag of its line; the items of a numbered list
found not to be a procedure stay no steps when a block is indented into an item between them; a rule with its
example attached (", e.g.") under a task heading leaves the task to the heading."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[str, str, str]]:
    return [(n.kind.value, n.front, n.back) for n in draft(text).notes]


_SECTIONS = (
    "## Scan an image\n\n```\ntrivy image --severity HIGH alpine:3.19\n```\n\n"
    "## Scan a folder\n\n```\ntrivy fs --scanners vuln .\n```\n\n"
    "## Scan a repo\n\n```\ntrivy repo --branch dev https://example.org/r\n```\n"
)


def test_a_noun_phrase_under_the_title_is_what_the_notes_program_is() -> None:
    text = (
        "# Trivy\n\n[aquasecurity/trivy](https://example.org/trivy)\n\n"
        "Vulnerability scanner tool for containers and file systems.\n\n" + _SECTIONS
    )
    assert ("concept", "Trivy", "Vulnerability scanner tool for containers and file systems") in _notes(text)


def test_a_sentence_or_another_title_is_no_such_phrase() -> None:
    said = "# Trivy\n\n[trivy](https://example.org/trivy)\n\nThis tool is what we use at work.\n\n" + _SECTIONS
    other = (
        "# Security\n\n[trivy](https://example.org/trivy)\n\n"
        "Vulnerability scanner tool for containers and file systems.\n\n" + _SECTIONS
    )
    for text in (said, other):
        assert not [note for note in _notes(text) if note[0] == "concept"]


def test_an_aside_on_a_flag_under_the_block_is_a_flag_note() -> None:
    text = "#### List the archive\n\n```\ntar -tvf backup.tar\n```\n\n(`-v` is optional but it shows owners and sizes too)\n"
    assert _notes(text) == [
        ("command", "tar -tvf backup.tar", "List the archive"),
        ("flag", "-v", "is optional but it shows owners and sizes too"),
    ]


def test_items_of_a_list_that_is_no_procedure_stay_no_steps_past_their_blocks() -> None:
    text = (
        "# jq\n\n## Pretty printing\n\nIf the output is one long line, it may be minified:\n\n"
        "1. List the keys of the top object, e.g.\n\n   ```\n   jq 'keys' data.json\n   ```\n\n"
        "1. Run the filter with an indent, e.g.\n\n   ```\n   jq --indent 4 . data.json\n   ```\n"
    )
    assert [kind for kind, _front, _back in _notes(text)] == ["command", "command"]


def test_a_sentence_saying_what_the_title_is_defines_it() -> None:
    text = (
        "# Restic\n\n[Restic](https://example.org/restic) is a fast, encrypted backup program.\n\n"
        "## Snapshots\n\nList the snapshots.\n```\nrestic snapshots\n```\n"
    )
    assert ("concept", "Restic", "a fast, encrypted backup program") in _notes(text)
    later = "# Restic\n\nList the snapshots.\n```\nrestic snapshots\n```\n\nRestic is a program we trust.\n"
    assert not [note for note in _notes(later) if note[0] == "concept"]


def test_a_rule_with_its_example_attached_leaves_the_task_to_the_heading() -> None:
    rule = "## Branches\n\n#### Delete a merged branch\n\nPass the lower-case delete flag, e.g.\n\n```\ngit branch -d topic\n```\n"
    assert _notes(rule) == [("command", "git branch -d topic", "Delete a merged branch")]
    # an example of a whole sentence ("… merged. For example:") is an example of what the sentence says (the pointing
    # "For example" left off, x-f34en2)
    said = (
        "## Branches\n\n#### Delete a merged branch\n\nYou can remove a branch once it is merged. For example:\n\n"
        "```\ngit branch -d topic\n```\n"
    )
    assert _notes(said) == [("command", "git branch -d topic", "You can remove a branch once it is merged")]


def test_a_rule_with_its_example_under_a_topic_heading_is_no_card() -> None:
    # "## Pitfalls" names what the section is about, not what the line does; the rule is not what it does either
    for heading in ("Pitfalls", "Tips", "Common errors"):
        text = f"# Shell\n\n## {heading}\n\nEscape the dollar sign inside double quotes, for example:\n\n```\necho \"cost: \\$5\"\n```\n"
        assert _notes(text) == [], heading
        assert 7 in [w.line for w in draft(text).warnings], heading


def test_a_phrase_about_notes_on_the_program_is_not_what_it_is() -> None:
    for phrase in ("Quick reference for the tmux client", "My notes on the rsync tool, unfinished", "Guide to the kubectl CLI"):
        program = phrase.split(" the ")[1].split()[0]
        text = f"# {program}\n\n{phrase}\n\n```\n{program} --version\n```\n"
        assert not [note for note in _notes(text) if note[0] == "concept"], phrase
