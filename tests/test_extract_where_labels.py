"""Text above a block that says where its lines run (quizzer/extract/where_labels.py), in examples of our own."""

from __future__ import annotations

from conftest import facts, warned

from quizzer.extract.where_labels import where


def test_a_korean_place_or_a_bracketed_machine_is_where_not_what() -> None:
    assert where("서버에서") and where("사내 PC 에서") and where("로컬 PC에서:") and where("[Gateway]")
    assert where("[DB 서버]")


def test_what_a_line_does_is_not_a_place() -> None:
    assert not where("서버에서 로그를 모아 압축 파일로 남기기")
    assert not where("로그 압축") and not where("Gateway") and not where("[x] 끝낸 일 [y]")


def test_no_card_says_a_line_does_its_machine() -> None:
    text = (
        "# 접속\n\n사무실 PC 에서\n\n```\nssh -N -D 1080 gate.example\n```\n\n"
        "**[Gateway]**\n\n```\nsystemctl restart sshd\n```\n"
    )
    assert all(back not in ("사무실 PC 에서", "[Gateway]") for *_, back in facts(text))
    assert {5, 11} <= set(warned(text))


def test_a_task_in_brackets_is_what_the_lines_do_not_where() -> None:
    assert where("[SSH Server]") and where("[웹 서버]:")
    assert not where("[백업 파일 지우기]") and not where("[로그 정리]") and not where("[Restart the agent]")
    text = "# 메모\n\n## 자주 쓰는 것\n\n[오래된 로그 파일 지우기]\n\n```\njournalctl --vacuum-time=7d\n```\n"
    assert [back for *_, back in facts(text)] == ["[오래된 로그 파일 지우기]"]


def test_an_english_place_ending_in_a_colon_is_where_not_what() -> None:
    assert where("In another terminal:") and where("Then in a new tab:") and where("On the server:")
    assert where("Then, inside the container:")
    assert not where("In another terminal") and not where("On the server, restart nginx:")
    assert not where("Start the server in another terminal:")


def test_no_card_says_a_line_does_the_terminal_it_is_typed_in() -> None:
    text = "# 로그\n\nThen in a second terminal:\n\n```\n$ tail -f app.log\n```\n"
    assert all(back != "in a second terminal" for *_, back in facts(text))
    assert 5 in warned(text)


def test_a_telling_to_run_the_lines_in_a_folder_is_where_not_what() -> None:
    assert where("Run this from the project root:") and where("Then run these inside the container:")
    assert where("Type it in your build directory:")
    assert not where("Run this to clean the build directory:") and not where("Run this from the project root")


def test_the_text_under_says_what_a_line_run_in_a_folder_does() -> None:
    text = (
        "# Docs\n\nRun this from the project root:\n\n    mkdocs build -d /tmp/site\n\n"
        "This will render every page into `/tmp/site`.\n"
    )
    assert [(line, back) for line, _, _, _, back in facts(text)] == [
        (5, "This will render every page into /tmp/site.")
    ]
