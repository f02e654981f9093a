"""The way out of a problem after its label (``해결 방법 : git push origin dev 원격에 dev를 만들고 push 됨``): the command
line and the sentence of what it does (labelled_lines; knowledge.FIX_LABELS), with examples of our own."""

from __future__ import annotations

import pytest

from conftest import draft as _draft
from quizzer.extract.knowledge import FIX_LABELS


def _notes(text: str) -> list[tuple[int, str | None, str, str, str | None]]:
    return [(n.line, n.command, n.front, n.back, n.context) for n in _draft(text).notes]


def test_a_fix_label_then_a_command_line_and_a_korean_sentence() -> None:
    text = (
        "# 오류 모음\n\n"
        "$ git pull fatal: refusing to merge unrelated histories\n"
        "상황 : 두 저장소의 기록이 서로 이어지지 않을 때\n"
        "해결 방법 : git pull origin main --allow-unrelated-histories 서로 다른 기록도 합치도록 허락하면 병합됨\n"
    )
    assert _notes(text) == [(
        5, "git pull", "git pull origin main --allow-unrelated-histories", "서로 다른 기록도 합치도록 허락하면 병합됨",
        "해결 방법",
    )]


@pytest.mark.parametrize("label", sorted(FIX_LABELS))
def test_every_fix_label_is_read_so(label: str) -> None:
    text = f"# 오류\n\n- {label} : docker system prune -a 쓰지 않는 이미지를 모두 지운다\n"
    assert [(n[2], n[3]) for n in _notes(text)] == [("docker system prune -a", "쓰지 않는 이미지를 모두 지운다")]


def test_korean_values_of_the_line_or_another_label_are_not_cut_so() -> None:
    # "백업.tar.gz" is a value of the line, not a sentence's first word; "압축" names a case, not a way out of a problem;
    # a program quizzer does not know: which words are the line is not sure
    for text in ("- 해결 : tar czf 백업.tar.gz 문서 폴더를 묶는다\n", "- 압축 : tar czf a.tgz dir 폴더를 하나로 묶는다\n",
                 "- 해결 : frobnicate --all 모든 것을 고친다\n"):
        assert _notes(f"# 메모\n\n{text}") == [], text


def test_a_fix_label_is_no_term_and_over_a_block_says_what_the_block_does() -> None:
    # "해결: 캐시를 지운다" was a concept 해결 → 캐시를 지운다; over a block it says what the block's line does
    alone = _draft("# 오류\n\n- 해결: 캐시를 지운다\n")
    assert list(alone.notes) == [] and [w.line for w in alone.warnings] == [3]
    text = "# npm 오류\n\n## 설치가 멈출 때\n\n해결: 캐시를 지운다\n\n```\nnpm cache clean --force\n```\n"
    assert [(n.line, n.front, n.back) for n in _draft(text).notes] == [(8, "npm cache clean --force", "캐시를 지운다")]


def test_fix_among_kinds_of_commit_is_a_term() -> None:
    # "fix: 버그 수정" beside "feat:", "docs:" names a kind of commit message, not the way out of a problem
    text = "# 커밋 메시지\n\n- feat: 새 기능 추가\n- fix: 버그 수정\n- docs: 문서 수정\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [
        ("feat", "새 기능 추가"), ("fix", "버그 수정"), ("docs", "문서 수정"),
    ]
