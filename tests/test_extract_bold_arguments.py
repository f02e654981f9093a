"""Bold items under an options label that are arguments, and the program guessed from them (issue 6).
Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned

_NOTES = """# Store notes

## list

```bash
pkgctl list [OPTIONS]
```

### Options

- **ps**: every package set
- **ps [name]**: one package set
- **ps [name] -o json**: one package set as JSON
- **ps [name] -w**: wait for one package set

## Uploading

```bash
pkgctl push [file]
pkgctl push --force [file]
pkgctl push --dry-run [file]
```

### Options

- **--force**: overwrite the stored copy
- **--dry-run**: show what would be sent
"""


def test_an_argument_and_its_value_under_options_is_no_command_of_another_program() -> None:
    # "ps [name]" lists what "pkgctl list" takes, not the process lister ps
    notes = draft(_NOTES).notes
    assert [n for n in notes if n.command == "ps" or n.front.startswith("ps")] == []
    assert [11, 12, 13, 14] == [line for line in warned(_NOTES) if line in (11, 12, 13, 14)]


def test_options_are_not_given_to_the_program_bold_items_start_with() -> None:
    # most prose lines start with ps, most code lines with pkgctl: the options are not ps's
    assert [n for n in draft(_NOTES).notes if n.kind.value == "option" and n.command == "ps"] == []
    assert [n.front for n in draft(_NOTES).notes if n.kind.value == "option"] == []
    assert {26, 27} <= set(warned(_NOTES))  # whose options they are is not said: warned


def test_dashed_items_under_options_stay_options_with_their_values() -> None:
    text = "# Kube notes\n\n## kubectl logs\n\n### Options\n\n- **--follow**: stream the log\n- **-c [container]**: the container\n"
    assert facts(text) == [
        (7, "option", "kubectl logs", "--follow", "stream the log"),
        (8, "option", "kubectl logs", "-c", "the container"),
    ]


def test_a_bold_command_item_outside_an_options_label_is_still_read() -> None:
    text = "# Kube notes\n\n## Pods\n\n- **kubectl get pods**: lists the pods\n\n## kubectl logs\n\n### Options\n\n- **--follow**: stream the log\n"
    assert facts(text) == [
        (5, "command", "kubectl get", "kubectl get pods", "lists the pods"),
        (11, "option", "kubectl logs", "--follow", "stream the log"),
    ]


def test_a_heading_naming_the_sub_command_the_block_below_runs_is_no_term() -> None:
    text = (
        "# Store notes\n\n## push\n\nUploads a package to the store\n\n```bash\npkgctl push pkg.tar\n```\n\n"
        "### Options\n\n- **--force**: overwrite the stored copy\n- **--dry-run**: show what would be sent\n"
    )
    assert facts(text) == [
        (8, "command", "pkgctl", "pkgctl push pkg.tar", "Uploads a package to the store"),
        (13, "option", "pkgctl push", "--force", "overwrite the stored copy"),
        (14, "option", "pkgctl push", "--dry-run", "show what would be sent"),
    ]


def test_a_term_heading_over_a_block_running_something_else_stays_a_term() -> None:
    text = "# Hash notes\n\n## checksum\n\nDefines a digest of the whole file\n\n```bash\nsha256sum pkg.tar\n```\n"
    assert facts(text)[0] == (5, "concept", None, "checksum", "Defines a digest of the whole file")


def test_the_openshift_client_takes_a_sub_command_like_kubectl() -> None:
    text = (
        "# OpenShift CLI\n\n## rollout\n\nRestarts a deployment and waits for it\n\n```bash\noc rollout restart dc/web\n```\n\n"
        "### Options\n\n- **--timeout=[duration]**: how long to wait before giving up\n"
    )
    assert facts(text) == [
        (8, "command", "oc rollout", "oc rollout restart dc/web", "Restarts a deployment and waits for it"),
        (13, "option", "oc rollout", "--timeout", "how long to wait before giving up"),
    ]
