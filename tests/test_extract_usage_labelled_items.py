"""A command's gloss after '>>', its usage line after a label ("명령어: `…`"), and a heading that only names the
command over its line (issue 6, x-f27ko).  Examples are our own."""

from __future__ import annotations

import pytest

from conftest import draft
from quizzer.extract.knowledge import FORM_WORDS

_PODS = """## Kubectl logs
> [참고](https://example.org/kubectl-logs)
- `kubectl logs` >> 파드의 로그를 출력하는 명령어
- 명령어: `kubectl logs [OPTIONS] POD`
  - `OPTIONS`를 주면 원하는 로그만 볼 수 있음

```shell
kubectl logs -p [파드 이름]
```

#### 1. 죽기 전 컨테이너의 로그를 보고 싶다
- `kubectl logs -p <POD>`
"""


def _notes(text: str) -> list[tuple[int, str, str, str]]:
    return [(n.line, n.kind.value, n.front, n.back) for n in draft(text).notes]


def test_a_gloss_after_a_double_angle_is_what_the_command_does() -> None:
    assert (3, "command", "kubectl logs", "파드의 로그를 출력하는 명령어") in _notes(_PODS)


def test_a_usage_line_after_a_label_word_is_the_usage_not_a_meaning() -> None:
    notes = _notes(_PODS)
    assert (4, "syntax", "kubectl logs", "kubectl logs [OPTIONS] POD") in notes
    assert all(back != "명령어" for _, _, _, back in notes)


def test_a_heading_naming_the_command_says_nothing_of_its_line() -> None:
    assert [back for _, _, front, back in _notes(_PODS) if front == "kubectl logs -p"] == [
        "죽기 전 컨테이너의 로그를 보고 싶다"]


def test_a_label_that_says_what_is_done_still_glosses_the_command() -> None:
    assert _notes("## 로그\n- 로그 보기: `journalctl -u nginx`\n") == [
        (2, "command", "journalctl -u nginx", "로그 보기")]


@pytest.mark.parametrize("word", sorted(FORM_WORDS))
def test_each_form_word_labels_a_usage_line_and_is_never_its_meaning(word: str) -> None:
    # ("format: `…`" is left to the readers of formats before this one: no card, and never "format" as a meaning)
    notes = _notes(f"## 로그\n- {word}: `kubectl logs [OPTIONS] POD`\n")
    assert notes == ([] if word == "format" else [(2, "syntax", "kubectl logs", "kubectl logs [OPTIONS] POD")])
