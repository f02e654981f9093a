"""Values of an option listed under a sentence naming it (``The `-o` option accepts the following values:`` over
``- `json` - one object per line``): an option note apiece, ``-o json``, of the section's program (x-f27en)."""

from __future__ import annotations

from conftest import facts, warned


def _options(text: str) -> list[tuple[int, str | None, str, str]]:
    return [(line, command, front, back) for line, kind, command, front, back in facts(text) if kind == "option"]


def test_values_joined_by_a_dash_or_written_straight_on_are_the_options_values() -> None:
    text = (
        "# Reading logs with journalctl\n\n## Output formats\n\n"
        "The `-o` option accepts the following values:\n\n"
        "- `short` - one line per entry, like syslog.\n"
        "- `json` entries as JSON objects, one per line.\n"
    )
    assert _options(text) == [
        (7, "journalctl", "-o short", "one line per entry, like syslog"),
        (8, "journalctl", "-o json", "entries as JSON objects, one per line"),
    ]


def test_the_meaning_ends_at_its_first_sentence_or_at_an_aside_after_a_dash() -> None:
    text = (
        "# tcpdump\n\n"
        "Values for `-T`:\n\n"
        "- `rtp` packets read as RTP - I rarely need this one.\n"
        "- `snmp` - packets read as SNMP. They look odd at first.\n"
    )
    assert [back for *_, back in _options(text)] == ["packets read as RTP", "packets read as SNMP"]


def test_the_program_a_heading_above_names_owns_the_option_even_after_other_commands_ran() -> None:
    text = (
        "# Tracing with tcpdump\n\n```\n$ ps aux | grep nginx\n$ cat /etc/hosts\n```\n\n## More tcpdump\n\n"
        "The `-e` filter option can take one of these values:\n\n- `trace` - which calls to show\n"
    )
    assert _options(text) == [(12, "tcpdump", "-e trace", "which calls to show")]


def test_values_of_an_option_of_no_named_program_are_warned_not_carded() -> None:
    text = "# My notes\n\nThe `-f` option accepts the following values:\n\n- `fast` - less checking\n"
    assert _options(text) == []
    assert 5 in warned(text)


def test_a_sentence_naming_no_option_leaves_a_list_of_code_words_alone() -> None:
    text = "# tcpdump\n\nThe tool accepts the following values:\n\n- `rtp` - packets read as RTP\n"
    assert not any(front.endswith("rtp") and front.startswith("-") for *_, front, _back in facts(text))
