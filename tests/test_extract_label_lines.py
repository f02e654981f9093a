"""A label line, then its command line in a code span on the next line (quizzer/extract/label_lines.py), in
examples of our own."""

from __future__ import annotations

from conftest import facts


def test_a_label_with_a_colon_over_its_command_line() -> None:
    text = "## Memory\n\nFree the page cache:\n`sysctl -w vm.drop_caches=1`\n\nShow open sockets\n`ss -tulpn`\n"
    assert [(line, kind, back) for line, kind, _, _, back in facts(text)] == [
        (3, "command", "Free the page cache"), (6, "command", "Show open sockets")]


def test_a_first_line_in_lower_case_goes_on_from_above_and_is_not_read_as_a_label() -> None:
    text = "## Logs\n\nShrink the journal:\n\nby size over:\n`journalctl --vacuum-size=500M`\n"
    assert all(back != "by size over" for *_, back in facts(text))


def test_a_sentence_or_a_line_with_more_than_the_code_is_no_label_line() -> None:
    assert all(back != "This one is slow" for *_, back in facts("## Disk\n\nThis one is slow.\n`du -sh /`\n"))
    assert all(back != "Check usage" for *_, back in facts("## Disk\n\nCheck usage\n`du -sh /` then `df -h`\n"))


def test_one_word_after_the_code_is_a_meaning_among_items_of_that_shape() -> None:
    text = "## signals\n\n* `ps ax` show all processes\n* `kill -15` sigterm\n* `kill -2` sigint\n* `kill -9` sigkill, the hard way\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("ps ax", "show all processes"), ("kill -15", "sigterm"), ("kill -2", "sigint"), ("kill -9", "sigkill, the hard way")]


def test_one_word_after_the_code_of_a_lone_item_is_not_read_as_its_meaning() -> None:
    made = facts("## signals\n\nSome words first.\n\n* `kill -15` sigterm\n\nMore words.\n")
    assert all(front != "kill -15" for _, _, _, front, _ in made)


def test_what_to_do_with_a_chord_after_it() -> None:
    text = (
        "# mac\n\nSome keys:\n\n- Lock the screen with Ctrl+Cmd+Q\n"
        "- Open the emoji picker with Command+Control+Space, then pick one.\n- Install it with sudo\n"
    )
    assert [(kind, front, back) for _, kind, _, front, back in facts(text)] == [
        ("command", "Ctrl+Cmd+Q", "Lock the screen"), ("command", "Command+Control+Space", "Open the emoji picker")]


def test_command_plus_a_key_is_a_chord_and_command_line_is_no_chord() -> None:
    from quizzer.extract.knowledge import is_key_chord

    assert is_key_chord("Command+Shift+3")
    assert not is_key_chord("command-line")


def test_a_korean_label_ending_in_a_hard_break_over_its_command_line() -> None:
    # Korean has no capital letters: a short Korean label line, two spaces, then the command in code
    text = "## 블로그 글\n\n임시 글 만들기   \n`hugo new drafts/first.md`\n\n사이트 미리 보기  \n`hugo server -D`\n"
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (3, "hugo new drafts/first.md", "임시 글 만들기"), (6, "hugo server -D", "사이트 미리 보기")]


def test_a_korean_sentence_over_a_command_line_is_no_label() -> None:
    text = "## 블로그\n\n이건 자주 쓴다.\n`hugo server -D`\n"
    assert all(back != "이건 자주 쓴다" for *_, back in facts(text))


def test_a_heading_right_over_a_lone_command_line_in_code_says_what_it_does() -> None:
    text = "# 블로그\n\n## 로컬 서버 실행\n`hugo server -D`   \n"
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [(4, "hugo server -D", "로컬 서버 실행")]


def test_a_heading_over_a_code_span_among_words_is_not_its_meaning() -> None:
    text = "# 블로그\n\n## 로컬 서버 실행\n`hugo server -D` 로 띄운다\n"
    assert all(back != "로컬 서버 실행" for *_, back in facts(text))


def test_a_korean_line_that_ends_as_a_sentence_or_a_clause_is_no_label() -> None:
    # "…하면 끝난다", "…궁금하다", "…돌리려면": the author talking about the line, no name for what it does
    for said in ("이렇게 돌리면 끝난다", "어디서 멈추는지 궁금하다", "배포 전에 한 번 돌리려면", "테스트만 따로 돌려요"):
        text = f"# 빌드 메모\n\n자주 쓰는 것들.\n\n{said}\n`make release`\n"
        assert all(back != said for *_, back in facts(text)), said


def test_a_korean_label_ending_as_a_noun_over_its_command_line_still_reads() -> None:
    text = "# 빌드 메모\n\n자주 쓰는 것들.\n\n배포용 빌드\n`make release`\n"
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [(5, "make release", "배포용 빌드")]
