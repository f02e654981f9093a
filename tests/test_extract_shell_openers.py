"""A line that opens a shell, then the line typed in it, under one description (shell_openers.py, x-f6b), in
examples of our own: the description is the typed line's; the opener is warned about, never taught as it."""

from __future__ import annotations

from conftest import draft as _draft

from quizzer.shell import parse_invocation
from quizzer.extract.shell_openers import opens_shell


def test_the_line_typed_in_the_shell_gets_the_description() -> None:
    text = (
        "# postgres\n\n"
        "List the databases:\n\n"
        "```bash\n"
        "docker exec -it pg bash\n"          # 6
        "psql -U admin -c '\\l'\n"           # 7
        "```\n"
    )
    draft = _draft(text)
    assert [(n.line, n.command, n.back) for n in draft.notes] == [(7, "psql", "List the databases")]
    assert [w.line for w in draft.warnings] == [6]


def test_what_opens_a_shell() -> None:
    def opens(line: str) -> bool:
        invocation = parse_invocation(line)
        assert invocation is not None
        return opens_shell(invocation)

    assert opens("docker run -it --rm alpine sh")
    assert opens("kubectl exec -it web-0 -- /bin/bash")
    assert opens("ssh deploy@10.0.0.2")
    assert not opens("docker run -d nginx")  # runs a server, no shell
    assert not opens("docker exec web ls /srv")  # runs one command there
    assert not opens("ssh host uptime")  # runs one command there


def test_two_other_programs_after_the_opener_are_not_guessed_at() -> None:
    text = "# notes\n\nCheck it:\n\n```bash\ndocker exec -it web sh\nls /srv\ncat /srv/a\n```\n"
    assert [n.back for n in _draft(text).notes if n.back == "Check it"] == []
