"""A memo in parentheses at the end of a comment over a line: ``# 의존성 설치 (가상환경 켠 뒤에 할 것)``.

Korean notes write a reminder as a noun clause ending in ``할 것`` / ``쓸 것`` / ``볼 것`` ("to be done …"): a note to
the reader beside what the line does, not part of it.  Joined to the comment it puts a second fact (a caution, a
precondition) on the card; the card says what the line does, the memo is left out.
"""

from __future__ import annotations

from conftest import facts

from quizzer.extract.asides import statement_aside


def test_a_memo_ending_in_hal_geot_is_cut_from_the_comment() -> None:
    text = "```sh\n# 오래된 로그 압축 (백업을 먼저 받아둘 것)\ngzip -9 app.log\n\n# 로그 목록 확인\nls -l logs\n```\n"
    assert [(line, back) for line, _kind, _command, _front, back in facts(text)] == [
        (3, "오래된 로그 압축"), (6, "로그 목록 확인"),
    ]


def test_the_memo_shapes_each_end_the_aside() -> None:
    for text, kept in [
        ("서버 재시작 (root로 실행할 것)", "서버 재시작"),
        ("설정 확인 (출력은 꼭 읽어 볼 것)", "설정 확인"),
        ("캐시 비우기 (다른 창에서 쓸 것)", "캐시 비우기"),
    ]:
        found = statement_aside(text)
        assert found is not None and text[: found.start()] == kept


def test_a_clause_that_only_holds_the_word_stays_part_of_the_gloss() -> None:
    # "할 것이 많다" says more of the task; only a clause that ends on the memo's noun is a memo
    assert statement_aside("초기 설정 (할 것이 많다)") is None
    text = "```sh\n# 초기 설정 (할 것이 많다)\nmake setup\n\n# 로그 목록 확인\nls -l logs\n```\n"
    assert [back for *_, back in facts(text)] == ["초기 설정 (할 것이 많다)", "로그 목록 확인"]
