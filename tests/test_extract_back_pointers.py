"""A paragraph between two code blocks whose first sentence points back at the block above it (x-f33en1), in
examples of our own: "This will …" is of the upper block, only what follows it leads into the lower one."""

from __future__ import annotations

from tests.conftest import draft, facts, warned

BETWEEN = """# Services

## Restart

To restart a service, use `systemctl`:

```bash
systemctl restart nginx
```

This will stop the service and start it again. To reload its settings without stopping it, run:

```bash
systemctl reload nginx
```
"""


def test_the_sentence_pointing_back_is_not_the_lower_lines_meaning() -> None:
    assert [fact for fact in facts(BETWEEN) if fact[3] == "systemctl reload nginx"] == [
        (14, "command", "systemctl reload", "systemctl reload nginx", "To reload its settings without stopping it, run")]
    assert 11 in warned(BETWEEN)


def test_alone_the_sentence_is_the_lower_blocks_as_notes_written_this_way_say() -> None:
    # "This command will …" before each block: no colon leads from it into the block, it says what that block does
    text = BETWEEN.replace(" To reload its settings without stopping it, run:", "")
    assert 11 not in warned(text)
    assert [n.back for n in draft(text).notes if n.front == "systemctl reload nginx"] != []


def test_the_same_sentence_under_a_heading_is_still_the_blocks() -> None:
    text = "# Services\n\n## Restart\n\nThis will stop the service and start it again.\n\n```bash\nsystemctl restart nginx\n```\n"
    assert 5 not in warned(text)
