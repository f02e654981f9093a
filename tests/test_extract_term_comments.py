"""A comment over a line in a code block that names a part of the line first, as a term before a colon (x-f31ko1).

``# &: 뒤에서 돌리기`` over ``sleep 60 &`` glosses the line's operator, as ``# & 뒤에서 돌리기`` does without the colon;
``# nohup(no hang up): …`` over ``nohup python3 train.py &`` names the line's program, with what its name stands
for in parentheses: the words after the colon are what the line does, the words in parentheses a concept of the
name.  A comment naming something else first is read as before.  Examples of our own.
"""

from __future__ import annotations

import pytest

from conftest import draft, facts
from quizzer.extract.key_comments import operator_said, program_said

JOBS = """# 작업 돌리기

```bash
# &: 뒤에서 돌리기
sleep 60 &

# nohup(no hang up): 로그아웃해도 계속 돌아감
nohup python3 train.py &

# rsync(remote sync): 폴더를 다른 서버와 맞춤
rsync -a src/ backup:/srv/src/

# cron(매일): 백업 돌리기
tar -czf /tmp/b.tgz /srv
```
"""


def test_a_comment_naming_the_operator_or_the_program_before_a_colon_is_read_by_its_term() -> None:
    assert facts(JOBS) == [
        (4, "command", None, "&", "뒤에서 돌리기"),
        (7, "concept", None, "nohup", "no hang up"),
        (8, "command", "nohup python3", "nohup python3 train.py", "로그아웃해도 계속 돌아감"),
        (10, "concept", None, "rsync", "remote sync"),
        (11, "command", "rsync", "rsync -a src/ backup:/srv/src/", "폴더를 다른 서버와 맞춤"),
        # another name first (not the line's program): the comment is the line's as written
        (14, "command", "tar", "tar -czf /tmp/b.tgz /srv", "cron(매일): 백업 돌리기"),
    ]


def test_a_line_sent_to_the_background_is_answered_with_its_ampersand_too() -> None:
    note = next(n for n in draft(JOBS).notes if n.line == 8)
    assert "nohup python3 train.py &" in note.answers
    # a redirect before the "&": the line typed whole is another answer, not the line cut at the redirect
    chained = draft("# 작업\n\n로그를 남기며 돌리기\n\n```bash\nnohup python3 train.py > out.log &\n```\n")
    assert [n.answers for n in chained.notes] == [
        ("nohup python3 train.py", "nohup python3", "nohup python3 train.py > out.log &")]


@pytest.mark.parametrize(
    ("comment", "line", "said"),
    [
        ("&: 뒤에서 돌리기", "sleep 60 &", ("&", "뒤에서 돌리기")),
        ("& : 뒤에서 돌리기", "sleep 60 &", ("&", "뒤에서 돌리기")),
        ("&: 뒤에서 돌리기", "sleep 60", None),  # the line ends with no operator
    ],
)
def test_operator_said_with_a_colon(comment: str, line: str, said: tuple[str, str] | None) -> None:
    assert operator_said(comment, line) == said


@pytest.mark.parametrize(
    ("comment", "program", "said"),
    [
        ("nohup(no hang up): 계속 돌아감", "nohup", ("no hang up", "계속 돌아감")),
        ("rsync: 폴더 맞춤", "rsync", (None, "폴더 맞춤")),
        ("rsync: 폴더 맞춤", "scp", None),  # another program's name
        ("rsync 폴더 맞춤", "rsync", None),  # no colon: a sentence that starts with the name
    ],
)
def test_program_said(comment: str, program: str, said: tuple[str | None, str] | None) -> None:
    assert program_said(comment, program) == said
