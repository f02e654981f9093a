"""An option joined to another name in front of one meaning ("-i 와 su: root로 로그인"): not a term, and whose
option it is is not said: a warning, no concept card (x-f22ko), in examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest


@pytest.mark.parametrize("line", ["-l 과 login: 로그인 셸로 시작", "-f or force: 묻지 않고 지움"])
def test_an_option_joined_to_a_name_is_warned(line: str) -> None:
    made = draft(f"# 메모\n\n{line}\n")
    assert made.notes == () or list(made.notes) == []
    assert [warning.line for warning in made.warnings] == [3]


def test_a_term_with_and_in_it_stays_a_term() -> None:
    made = draft("# 용어\n\n하드 링크와 심볼릭 링크: 파일을 가리키는 두 가지 방법\n")
    assert [note.front for note in made.notes] == ["하드 링크와 심볼릭 링크"]
