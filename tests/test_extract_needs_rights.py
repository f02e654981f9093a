"""Text between a heading and a block that only says what rights running it needs is not what the lines do
(quizzer/extract/code.py), in examples of our own."""

from __future__ import annotations

from conftest import facts, warned

_NOTES = """# 패키지 관리

### 서비스 다시 켜기

실행할 때 루트 권한이 필요하다.

```bash
# 웹 서버 다시 시작
systemctl restart nginx

# DB 다시 시작
systemctl restart postgresql

# 캐시 서버 다시 시작
systemctl restart redis
```

Requires administrator rights.

```bash
netsh winsock reset
```

실행 결과를 보려면 관리자 권한이 필요한 이유를 알아 두자.

```bash
whoami /priv
```
"""


def test_a_need_for_rights_under_a_heading_leaves_each_line_its_own_comment() -> None:
    made = facts(_NOTES)
    assert (9, "command", "systemctl restart", "systemctl restart nginx", "웹 서버 다시 시작") in made
    assert (15, "command", "systemctl restart", "systemctl restart redis", "캐시 서버 다시 시작") in made


def test_a_need_for_rights_alone_over_a_line_is_no_card() -> None:
    assert not [fact for fact in facts(_NOTES) if fact[2] == "netsh"]
    assert 20 in warned(_NOTES)


def test_a_sentence_that_says_more_than_the_need_is_read_as_before() -> None:
    assert [fact[2] for fact in facts(_NOTES) if fact[3].startswith("whoami")] == ["whoami"]
