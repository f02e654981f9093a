"""An example line and what it does in the note column of a table of options (note_column_examples, x-f31ko1), in
examples of our own."""

from __future__ import annotations

from conftest import facts

TABLE = """# tar 정리

## 옵션

| 옵션 | 설명 | 비고 |
|----|----|----|
| `-z` | gzip으로 압축 | `$ tar -czf a.tgz dir` >> dir을 a.tgz로 묶어 압축 |
| `-v` | 처리하는 파일 이름 보기 | 자주 씀 |
| `-x` | 풀기 | `$ unzip a.zip` >> a.zip 풀기 |
"""


def test_an_example_in_the_note_column_is_a_command_fact_of_its_own() -> None:
    found = facts(TABLE)
    assert (7, "option", "tar", "-z", "gzip으로 압축") in found
    assert (7, "command", "tar", "tar -czf a.tgz dir", "dir을 a.tgz로 묶어 압축") in found
    # a remark is no example; a line of another program than the table's is not read as one of its examples
    assert [f for f in found if f[1] == "command"] == [(7, "command", "tar", "tar -czf a.tgz dir", "dir을 a.tgz로 묶어 압축")]
