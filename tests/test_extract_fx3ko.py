"""Readings narrowed after review 3 (fx3-ko): each in examples of our own words."""

from __future__ import annotations

from conftest import draft, facts


def _cards(text: str) -> list[tuple[str, str]]:
    return [(front, back) for _, _, _, front, back in facts(text)]


def _messages(text: str) -> list[str]:
    return [w.message for w in draft(text).warnings]


def test_a_heading_naming_a_system_is_no_fallback_for_a_sentence_all_of_flags() -> None:
    # the sentence only tells what -q does; the heading says where the line runs, not what it does
    text = "# Servers\n\n## Debian 12\n\nUsing -q, we can keep the output short.\n\n```\nsudo apt-get -q update\n```\n"
    assert _cards(text) == [("-q", "keep the output short")]
    assert any("names the system" in message for message in _messages(text))
    # a one-word heading or a label says nothing of the line either
    for heading in ("Examples", "Warning"):
        assert _cards(text.replace("Debian 12", heading)) == [("-q", "keep the output short")]


def test_a_heading_saying_what_the_line_does_is_kept_without_a_warning_for_the_line() -> None:
    # "-x" is passed by no command of the line: the sentence says nothing of it, the heading does
    text = "# Files\n\n## Count the lines of a file\n\nWith -x, you can skip blank lines.\n\n```\nwc -l notes.txt\n```\n"
    assert _cards(text) == [("wc -l notes.txt", "Count the lines of a file")]
    assert not any("no card made for the line" in message for message in _messages(text))


def test_a_term_named_tag_or_keyword_defined_by_a_sentence_is_a_concept() -> None:
    text = (
        "# 용어 정리\n\n"
        "- 태그: 배포할 때 버전마다 붙이는 이름\n"
        "- keywords: words a language keeps for itself, never usable as names\n"
        "- abstract 키워드 : 몸통 없이 선언만 하는 메서드를 만든다\n"
    )
    assert _cards(text) == [
        ("태그", "배포할 때 버전마다 붙이는 이름"),
        ("keywords", "words a language keeps for itself, never usable as names"),
        ("abstract 키워드", "몸통 없이 선언만 하는 메서드를 만든다"),
    ]


def test_a_tags_or_keywords_label_over_a_list_of_words_is_no_term() -> None:
    text = "# 메모\n\n- 태그: 네트워크, 방화벽\n- Keywords: ssh, tunnel, port forwarding\n- 관련 키워드 : 포트, 소켓\n"
    assert _cards(text) == []
    assert len(draft(text).warnings) == 3


def test_a_notes_title_naming_a_task_says_what_the_block_under_it_does() -> None:
    below = "\n```\n{line}\n```\n\n## {section}\n\n{text}\n"
    english = "# Clean up old Python caches\n" + below.format(
        line="find . -name __pycache__ -delete", section="Why", text="They get stale after a refactor.")
    korean = "# 리눅스에서 커널 로그 보기\n" + below.format(
        line="journalctl -k -b", section="메모", text="시간은 바꿔서 쓸 수 있다.")
    assert ("find . -name __pycache__ -delete", "Clean up old Python caches") in _cards(english)
    assert ("journalctl -k -b", "리눅스에서 커널 로그 보기") in _cards(korean)
    # a topic title names the notes, not what the first block does
    assert ("journalctl --vacuum-size=200M", "저널 로그 크기 줄이기") in _cards(korean.replace(
        "리눅스에서 커널 로그 보기", "저널 로그 크기 줄이기").replace("journalctl -k -b", "journalctl --vacuum-size=200M"))
    # "… 후기" (a review of it) is a kind of writing, the notes' name
    assert ("journalctl -k -b", "리눅스 한 달 사용 후기") not in _cards(
        korean.replace("리눅스에서 커널 로그 보기", "리눅스 한 달 사용 후기"))
    topic = "# Python caches\n" + below.format(line="find . -name __pycache__ -delete", section="Why", text="Stale.")
    assert not [back for front, back in _cards(topic) if front.startswith("find")]


def test_words_then_a_chord_after_a_space_are_its_meaning_only_when_they_say_what_to_do() -> None:
    text = (
        "# 편집기 단축키\n\n"
        "- 줄 복제하기 `Ctrl + Shift + D`\n"
        "- 터미널 창 전환 `Ctrl + Tab`\n"
        "- 맥에서도 같음 `Cmd + Shift + D`\n"
        "- 가장 많이 씀 `Ctrl + P`\n"
    )
    assert _cards(text) == [("Ctrl + Shift + D", "줄 복제하기"), ("Ctrl + Tab", "터미널 창 전환")]
    english = (
        "# Editor keys\n\n"
        "- Toggle the sidebar `Ctrl + B`\n"
        "- Rename a symbol `Ctrl + R`\n"
        "- Works on Linux too `Ctrl + B`\n"
        "- Rarely needed `Ctrl + K`\n"
    )
    assert _cards(english) == [("Ctrl + B", "Toggle the sidebar"), ("Ctrl + R", "Rename a symbol")]


def test_a_condition_in_parentheses_ending_a_comment_stays_part_of_what_the_line_does() -> None:
    text = (
        "# Cleanup\n\n```\n"
        "# Delete the folder (even if it is not empty)\n"
        "rm -r build\n\n"
        "# Stop the service (the unit name is web)\n"
        "sudo systemctl stop web\n"
        "```\n"
    )
    # "only if …" tells the line apart from one without it; "the unit name is web" is a statement beside it
    assert [back for _, back in _cards(text)] == ["Delete the folder (even if it is not empty)", "Stop the service"]


def test_where_the_writer_kept_their_own_things_is_no_concept() -> None:
    text = (
        "# Laptop\n\n"
        "The photos we copied yesterday are kept in `/media/usb/photos/`.\n\n"
        "My old dotfiles sit in `~/archive/dotfiles/`.\n\n"
        "Shell history is stored in `~/.bash_history/`.\n"
    )
    assert _cards(text) == [("Shell history", "~/.bash_history/")]


def test_a_connective_before_the_words_over_a_block_is_dropped_as_it_is_alone() -> None:
    text = (
        "# 배포\n\n"
        "그 다음에, 이미지 빌드:\n\n```\ndocker build -t web .\n```\n\n"
        "After that, push the image:\n\n```\ndocker push web\n```\n\n"
        "Android build:\n\n```\n./gradlew assembleRelease\n```\n"
    )
    # "Android" starts with "and", which is no connective of its own
    assert _cards(text) == [
        ("docker build -t web .", "이미지 빌드"), ("docker push web", "push the image"),
        ("./gradlew assembleRelease", "Android build")]
