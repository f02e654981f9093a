"""Precision: what the extractor is not sure of becomes a warning with its line, never a card.

Each test is an example of our own of a way notes mislead a rule (issue 6, "Precision first").
"""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _facts(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


def _warned(text: str) -> list[int]:
    return [w.line for w in _draft(text).warnings]


# a comment above the first line of a run says nothing certain of the lines after it ---------------


RUN = """# 압축

```bash
# 묶어서 압축하기
tar -czf backup.tar.gz ./data
tar -xzf backup.tar.gz -C ./restore
```
"""


def test_a_comment_over_a_run_describes_only_its_own_line() -> None:
    assert _facts(RUN) == [(5, "command", "tar", "tar -czf backup.tar.gz ./data", "묶어서 압축하기")]
    assert 6 in _warned(RUN)


def test_two_spellings_of_one_usage_under_one_comment_stay_one_note() -> None:
    text = "```\n# 컨테이너 지우기\ndocker rm <id>\ndocker rm <name>\n```\n"
    assert _facts(text) == [(3, "command", "docker rm", "docker rm", "컨테이너 지우기")]
    assert _warned(text) == []


# bullets after a code block remark on it as often as they say what it does -------------------------


AFTER = """## 로그 보기

로그를 실시간으로 따라가기
```
journalctl -f -u nginx
```
* 끝내려면 Ctrl+C를 누른다
* 출력이 많으면 느려질 수 있음
"""


def test_bullets_after_a_code_block_are_warnings_the_text_above_describes_it() -> None:
    assert _facts(AFTER) == [(5, "command", "journalctl", "journalctl -f -u nginx", "로그를 실시간으로 따라가기")]
    assert {7, 8} <= set(_warned(AFTER))


def test_flag_bullets_after_a_code_block_still_gloss_its_flags() -> None:
    text = "```\nrsync -a -z src/ dst/\n```\n* `-a`: archive mode\n* `-z`: compress during transfer\n"
    facts = _facts(text)
    assert (4, "flag", "rsync", "-a", "archive mode") in facts
    assert (5, "flag", "rsync", "-z", "compress during transfer") in facts


def test_a_sentence_that_says_when_is_not_what_the_block_does() -> None:
    text = "비밀번호가 기억나지 않을 때\n\n```\npasswd alice\n```\n\n- 사용자의 비밀번호를 새로 설정\n"
    assert _facts(text) == [(4, "command", "passwd", "passwd alice", "사용자의 비밀번호를 새로 설정")]
    text = "If the mirror is slow\n\n```\nsudo apt update\n```\n"
    assert _facts(text) == []


def test_a_heading_alone_above_a_block_gives_way_to_the_bullets_after_it() -> None:
    text = "### 로그\n\n```\njournalctl -u nginx\n```\n\n- 한 서비스의 로그만 보기\n"
    assert _facts(text) == [(4, "command", "journalctl", "journalctl -u nginx", "한 서비스의 로그만 보기")]
