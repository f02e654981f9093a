"""A sentence right after a block naming one of its line's flags with the value the line gives it (``The `-t
json` option …``): what the flag does with that value, its own sentence only (x-f27en)."""

from __future__ import annotations

from conftest import facts


def _flags(text: str) -> list[tuple[str, str]]:
    return [(front, back) for _line, kind, _command, front, back in facts(text) if kind in ("flag", "option")]


def test_the_flag_with_its_value_is_glossed_by_its_own_sentence() -> None:
    text = (
        "# ss\n\n```bash\nss -t -A tcp 8080\n```\n\n"
        "The `-A tcp` option keeps only the TCP sockets. The port goes last.\n"
    )
    assert _flags(text) == [("-A tcp", "keeps only the TCP sockets")]


def test_a_value_the_line_does_not_give_the_flag_makes_no_card() -> None:
    text = "# ss\n\n```bash\nss -A udp 8080\n```\n\nThe `-A tcp` option keeps only the TCP sockets.\n"
    assert _flags(text) == []
