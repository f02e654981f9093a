"""Bullets after a run and its output glossing the output's fields (``- `real`: 걸린 시간`` under ``real 0m2.0s``):
a concept each, not one card of what the command does joining them (output_fields); examples of our own."""

from __future__ import annotations

from conftest import facts as _notes

_RUN = (
    "## 요약\n\n"
    "```\n$ time make\n\nreal    0m2.003s\nuser    0m1.501s\nsys     0m0.302s\n```\n\n"
    "- `real`: 시작부터 끝까지 걸린 시간\n"
    "- `user`: 사용자 모드에서 쓴 CPU 시간\n"
)


def test_each_bullet_naming_a_printed_line_s_first_word_is_a_concept() -> None:
    assert _notes(_RUN) == [
        (11, "concept", None, "real", "시작부터 끝까지 걸린 시간"),
        (12, "concept", None, "user", "사용자 모드에서 쓴 CPU 시간"),
    ]


def test_the_columns_of_a_printed_header_row_are_fields_too() -> None:
    text = (
        "```\n$ ps -f\nUID   PID  PPID CMD\nme    101  1    bash\n```\n\n"
        "- PID: 프로세스 번호\n- PPID: 부모 프로세스 번호\n"
    )
    assert [(n[1], n[3], n[4]) for n in _notes(text)] == [
        ("concept", "PID", "프로세스 번호"), ("concept", "PPID", "부모 프로세스 번호"),
    ]


def test_a_bullet_naming_no_field_leaves_the_bullets_to_the_other_readers() -> None:
    text = _RUN.replace("- `user`:", "- `total`:")
    assert not [n for n in _notes(text) if n[1] == "concept"]


def test_a_word_of_the_typed_line_is_no_field_of_the_output() -> None:
    text = "```\n$ echo real user\nreal user\n```\n\n- `real`: 첫 단어\n- `user`: 둘째 단어\n"
    assert not [n for n in _notes(text) if n[1] == "concept"]
