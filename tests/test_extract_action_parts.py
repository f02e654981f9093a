"""A label naming one action for each line of the block under it, and programs run by their system path
(issue 6, x-en4).  Examples are our own."""

from __future__ import annotations

import pytest

from conftest import draft, facts
from quizzer.extract.action_parts import parts

_SHARES = """# Shipping the image

Build, tag and push
```bash
docker build -t shop .
docker tag shop registry.local/shop
docker push registry.local/shop
```
"""


def test_each_line_takes_its_share_of_the_label() -> None:
    assert facts(_SHARES) == [
        (5, "command", "docker build", "docker build -t shop .", "Build"),
        (6, "command", "docker tag", "docker tag shop registry.local/shop", "tag"),
        (7, "command", "docker push", "docker push registry.local/shop", "push"),
    ]
    assert {n.reason for n in draft(_SHARES).notes} == {"label naming one action for each line of the block below"}


def test_an_action_not_named_by_its_line_still_takes_its_place_when_most_are() -> None:
    text = "# Keys\n\nFix ownership, enable and restart\n```\nchown -R app:app /srv/app\nsystemctl enable app\nsystemctl restart app\n```\n"
    assert facts(text) == [
        (5, "command", "chown", "chown -R app:app /srv/app", "Fix ownership"),
        (6, "command", "systemctl enable", "systemctl enable app", "enable"),
        (7, "command", "systemctl restart", "systemctl restart app", "restart"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two actions for three lines: which does which is not sure
        "# x\n\nPause and clean up\n```\nsystemctl stop app\nsystemctl disable app\nrm -rf /srv/app\n```\n",
        # as many actions as lines, but no action names a word of its line
        "# x\n\nFetch and unpack\n```\ncurl -LO https://example.org/a.tgz\ntar xzf a.tgz\n```\n",
        # the actions in another order than the lines
        "# x\n\nPush and build\n```\ndocker build -t a .\ndocker push a\n```\n",
    ],
)
def test_a_label_that_does_not_line_up_is_warned_not_carded(text: str) -> None:
    made = draft(text)
    assert not made.notes
    assert [w.line for w in made.warnings] == [3]
    assert "actions for" in made.warnings[0].message


@pytest.mark.parametrize(
    ("label", "found"),
    [
        ("Build, tag and push", ["Build", "tag", "push"]),
        ("Stop & remove", ["Stop", "remove"]),
        ("Install, then start", ["Install", "start"]),
        ("Create a Launch agent", None),  # one action
        ("Run these as root:", None),  # a lead-in
        ("Build the image and push it to the registry we set up last week", None),  # a sentence
        ("Check v2 and v3", None),  # not plain words
    ],
)
def test_what_a_label_of_actions_is(label: str, found: list[str] | None) -> None:
    assert parts(label) == found


def test_a_program_run_from_a_system_path_is_that_program() -> None:
    text = "# Service\n\nReload the units\n```\nsudo /usr/bin/systemctl daemon-reload\n```\n"
    assert facts(text) == [
        (5, "command", "systemctl daemon-reload", "sudo /usr/bin/systemctl daemon-reload", "Reload the units"),
    ]


def test_a_program_run_from_another_path_keeps_it() -> None:
    text = "# Build\n\nBuild the docs\n```\n./tools/mkdocs build\n```\n"
    assert facts(text) == [(5, "command", "./tools/mkdocs", "./tools/mkdocs build", "Build the docs")]


def test_an_unknown_program_in_a_system_path_is_named_by_its_name() -> None:
    text = "# Proxy\n\nCheck the config\n```\nsudo /usr/local/sbin/haproxy -c -f /etc/haproxy.cfg\n```\n"
    assert facts(text) == [
        (5, "command", "haproxy", "sudo /usr/local/sbin/haproxy -c -f /etc/haproxy.cfg", "Check the config"),
    ]
