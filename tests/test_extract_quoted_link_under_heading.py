"""A quoted reference link right under a heading naming a command (``## rsync 명령어`` / ``> [참고](https://…)`` / the
bullets): the link is set apart, the bullets after it are still what the command does (rules._para); examples of our
own."""

from __future__ import annotations

from conftest import facts as _notes

_TEXT = "## rsync 명령어\n> [참고 자료](https://example.com/rsync)\n- 파일과 폴더를 동기화\n- 바뀐 부분만 전송\n"


def test_the_bullets_under_the_link_are_still_the_heading_s() -> None:
    assert [(n[0], n[1], n[2], n[3]) for n in _notes(_TEXT)] == [(3, "command", "rsync", "rsync")]
    assert "파일과 폴더를 동기화" in _notes(_TEXT)[0][4]


def test_a_quote_with_words_besides_the_link_is_read_as_before() -> None:
    text = _TEXT.replace("> [참고 자료](https://example.com/rsync)", "> 자세한 건 [참고 자료](https://example.com/rsync)를 보자")
    assert not [n for n in _notes(text) if n[3] == "rsync" and "동기화" in n[4]]
