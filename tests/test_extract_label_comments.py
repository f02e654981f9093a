"""A comment over lines in a code block that only labels them (x-f31ko1), in examples of our own.

``# tar 예시`` (an example of tar) says what the lines are, not what they do, like ``# 예시`` alone: no part of a
card.  A one-word comment (``# launchd``) under a heading that names a topic (``## macOS 데몬``), not a task, names
the group the lines are in; neither says what a line does, so no card is made, each line warned about.  Under a
heading of a task (``## 데몬 다시 읽기``) the one-word comment still tells the lines apart, as before.
"""

from __future__ import annotations

from conftest import draft, facts

EXAMPLE_LABEL = """# 노트

## 압축

```sh
# tar 예시
tar -czf out.tgz dir
```
"""


def test_a_comment_labelling_an_example_is_no_part_of_the_card() -> None:
    assert facts(EXAMPLE_LABEL) == [(7, "command", "tar", "tar -czf out.tgz dir", "압축")]


TOPIC = """# 노트

## macOS 데몬

```sh
# launchd
sudo launchctl load x.plist
sudo launchctl unload x.plist
sudo launchctl list
# brew
brew services start redis
```
"""


def test_a_group_label_under_a_topic_heading_makes_no_card() -> None:
    result = draft(TOPIC)
    assert facts(TOPIC) == []
    assert {7, 8, 9, 11} <= {w.line for w in result.warnings if "names a topic" in w.message}


TASK = TOPIC.replace("## macOS 데몬", "## 데몬 다시 읽기")


def test_a_one_word_label_under_a_task_heading_still_tells_the_line_apart() -> None:
    assert [(line, back) for line, _, _, _, back in facts(TASK)] == [
        (7, "데몬 다시 읽기 (launchd)"), (11, "데몬 다시 읽기 (brew)")]
