"""A heading asking what a term is, then a list of what it is: one concept, the term → the list (issue 6,
patterns 2 and 9), in examples of our own (x-f5c)."""

from __future__ import annotations

from conftest import draft, facts


def test_the_items_under_a_what_is_heading_are_what_the_term_is() -> None:
    text = (
        "## 2.rsync, rsyncd 란?\n"  # 1
        "- 파일을 원격지와 동기화하는 도구\n"  # 2
        "- 바뀐 부분만 보내므로 빠름\n"  # 3
        "- rsyncd = rsync + 데몬 설정\n"  # 4: defines a term of its own, not in the list
    )
    notes = draft(text).notes
    assert [(n.line, n.kind.value, n.front, n.back) for n in notes if n.front == "rsync, rsyncd"] == [
        (2, "concept", "rsync, rsyncd", "파일을 원격지와 동기화하는 도구\n바뀐 부분만 보내므로 빠름"),
    ]
    assert all("rsyncd = rsync" not in n.back for n in notes)


def test_a_heading_that_asks_nothing_needs_its_items_to_say_they_are_cases() -> None:
    text = "## rsync 동기화\n- 파일을 원격지와 동기화하는 도구\n- 바뀐 부분만 보내므로 빠름\n"
    assert [f for f in facts(text) if f[1] == "concept"] == []


def test_a_list_of_sentences_about_the_term_is_no_definition() -> None:
    text = (
        "## nano란?\n"
        "- 터미널에서 쓰는 작은 편집기\n"
        "- 대부분의 배포판에 기본으로 들어 있다\n"  # a sentence: remarks, not what nano is
        "- Ctrl 키로 명령을 내린다\n"
    )
    assert [f for f in facts(text) if f[1] == "concept"] == []


def test_a_what_is_heading_asks_of_a_sign_however_short() -> None:
    # (x-f34ko2) "## 3.&& 란?": the heading asks what the sign is; a front that short is taken for a command's name
    # only under a heading that asks nothing ("## ls")
    text = "# 셸 메모\n\n## 3.&& 란?\n- 앞 명령이 성공하면 뒤 명령을 실행하는 연산자\n"
    assert [(n.line, n.kind.value, n.front, n.back) for n in draft(text).notes] == [
        (4, "concept", "&&", "앞 명령이 성공하면 뒤 명령을 실행하는 연산자"),
    ]
