"""A command substitution is typed as written, even when it holds brackets (issue 6). Examples are our own."""

from __future__ import annotations

from conftest import facts

from quizzer.shell import concrete


def test_a_substitution_holding_brackets_stays_in_the_line() -> None:
    line = 'kill -9 $(jq -r ".[].pid" jobs.json) --verbose'
    assert concrete(line) == line


def test_a_placeholder_after_a_substitution_is_still_dropped() -> None:
    assert concrete("docker run -v $(pwd):[경로] --name [이름] alpine") == "docker run -v $(pwd): --name alpine"


def test_a_card_keeps_the_substitution_its_option_takes() -> None:
    text = "# Docker\n\n## Stop everything\n\n```bash\ndocker stop $(docker ps -q --filter \"label=[test]\")\n```\n"
    assert facts(text) == [
        (6, "command", "docker stop", 'docker stop $(docker ps -q --filter "label=[test]")', "Stop everything"),
    ]
