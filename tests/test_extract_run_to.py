"""``Run `X` to Y.``: a sentence naming a command line and its purpose (x-f6a)."""

from __future__ import annotations

from conftest import facts


def test_run_a_line_to_do_something() -> None:
    assert facts("## Setup\n\nRun `npm ci --ignore-scripts` to install exactly what the lockfile says.\n") == [
        (3, "command", "npm ci", "npm ci --ignore-scripts", "to install exactly what the lockfile says")
    ]
    assert facts("## Setup\n\nexecute `chmod 600 id_ed25519` to keep the key private.\n") == [
        (3, "command", "chmod", "chmod 600 id_ed25519", "to keep the key private")
    ]


def test_a_flag_a_lone_word_or_an_unknown_program_without_flags_is_left_alone() -> None:
    assert facts("## Setup\n\nUse `--frozen` to refuse a changed lockfile.\n") == []
    assert facts("## Setup\n\nRun `make` to build everything.\n") == []
    assert facts("## Setup\n\nRun `frobnicate widgets` to tidy up.\n") == []
