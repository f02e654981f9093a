"""Lines that are no fact of the notes: footnotes, a label with an address, two full lines one front can't tell apart."""

from __future__ import annotations

from tests.conftest import draft, facts, warned


def test_a_footnote_is_no_term_and_is_warned() -> None:
    text = (
        "# rsync\n\n"
        "- 원본 끝의 슬래시가 뜻을 바꾼다[^1]\n\n"
        "[^1]: 슬래시가 없으면 폴더째 복사\n\n"
        "[^note]: I learnt this the hard way\n"
    )
    assert [f for f in facts(text) if f[3].startswith("[^")] == []
    assert {5, 7} <= set(warned(text))


def test_a_term_in_brackets_without_a_caret_is_still_a_term() -> None:
    assert facts("- [WIP]: 아직 작업 중인 브랜치 표시\n") == [(1, "concept", None, "[WIP]", "아직 작업 중인 브랜치 표시")]


def test_a_source_line_between_a_heading_and_its_block_is_no_description() -> None:
    text = (
        "# Git setup\n\n"
        "## Keep line endings as they are\n"
        "source: https://example.org/git-tips/\n"
        "```\n"
        "git config --global core.autocrlf input\n"
        "```\n"
    )
    notes = draft(text).notes
    assert [(n.line, n.front, n.back) for n in notes] == [
        (6, "git config --global core.autocrlf input", "Keep line endings as they are")
    ]
    assert 4 in warned(text)


def test_a_details_link_after_a_sentence_keeps_the_sentence() -> None:
    text = (
        "Print the routing table of the host.\n\n"
        "More: <https://example.org/netstat>\n\n"
        "```\n"
        "netstat -rn\n"
        "```\n"
    )
    assert [(n.line, n.front, n.back) for n in draft(text).notes] == [
        (6, "netstat -rn", "Print the routing table of the host.")
    ]
    assert 3 in warned(text)


def test_an_address_alone_between_a_heading_and_its_block_is_no_description() -> None:
    # a bare address or one in angle brackets, no label: where to read more, the heading still says what it does
    for address in ("https://example.org/fish-guide.pdf", "<https://example.org/fish-guide>"):
        text = f"# Shell\n\n## Reload the config\n\n{address}\n\n    source ~/.config/fish/config.fish\n"
        assert [(n.line, n.front, n.back) for n in draft(text).notes] == [
            (7, "source ~/.config/fish/config.fish", "Reload the config")
        ]
        assert 5 in warned(text)


def test_a_section_sentence_over_lines_each_with_a_comment_leaves_the_comments_alone() -> None:
    text = (
        "# Swap\n\n"
        "Swap lets the kernel move idle pages out of memory when it runs short of it.\n\n"
        "```\n"
        "# show the swap areas in use\n"
        "swapon --show\n"
        "# turn on every swap area of fstab\n"
        "swapon -a\n"
        "```\n"
    )
    assert [(n.line, n.front, n.back) for n in draft(text).notes] == [
        (7, "swapon --show", "show the swap areas in use"),
        (9, "swapon -a", "turn on every swap area of fstab"),
    ]


def test_two_full_lines_the_front_cannot_tell_apart_are_warned_not_joined() -> None:
    text = (
        "## Debug mode\n\n"
        "```\n"
        "# turn it on\n"
        "sudo launchctl debug=\"on $(launchctl debug 2>/dev/null | head -1)\"\n"
        "# turn it off\n"
        "sudo launchctl debug=\"$(launchctl debug 2>/dev/null | tail -1)\"\n"
        "```\n"
    )
    assert facts(text) == []
    assert warned(text) == [5, 7]


def test_usages_with_placeholders_still_share_a_note() -> None:
    text = (
        "```\n"
        "mv <file> <dir>    # move a file into a folder\n"
        "mv <old> <new>     # rename a file\n"
        "```\n"
    )
    [(line, kind, command, front, back)] = facts(text)
    assert (line, kind, command, front) == (2, "command", "mv", "mv")
    assert back == "move a file into a folder\nrename a file"


def test_lines_each_a_label_and_a_link_are_no_term_and_its_definitions() -> None:
    # "Link: [title](url)" on each line of one paragraph: where to read more, not "Link" defined five ways
    text = (
        "# 참고\n\n"
        "문서: [스타일 가이드](https://example.org/style)   \n"
        "문서: [배포 절차](https://example.org/deploy)   \n"
        "문서: [API 목록](https://example.org/api)\n"
    )
    assert facts(text) == []
    assert 3 in warned(text)


def test_a_link_among_lines_of_definitions_keeps_them_read() -> None:
    text = "# 용어\n\n캐시: 자주 쓰는 값을 가까이 두는 곳  \n문서: [캐시 설명](https://example.org/cache)\n"
    assert facts(text) == [(3, "concept", None, "캐시", "자주 쓰는 값을 가까이 두는 곳")]


def test_a_label_and_its_address_on_two_lines_are_still_where_to_read_more() -> None:
    # "Manual:" on one line, the address on the next: one source line wrapped, never the block's description
    text = (
        "# Mirrors\n\n"
        "## Fetch a whole site\n\n"
        "Manual:\n"
        "https://example.org/wget/manual.html\n\n"
        "```\n"
        "wget --mirror https://example.org/\n"
        "```\n"
    )
    assert [(n.line, n.front, n.back) for n in draft(text).notes] == [
        (9, "wget --mirror https://example.org/", "Fetch a whole site")
    ]
    assert 5 in warned(text)


def test_list_items_each_a_label_and_an_address_are_no_commands() -> None:
    # the labels name the program or look like a word of it ("htop manual"), the side after the colon is only where
    # to read more: no card, one warning a line
    text = (
        "# htop\n\n"
        "## 링크\n\n"
        "- homepage: https://example.org/htop\n"
        "- htop manual: <https://example.org/htop/man>\n"
        "- forks: [bottom](https://example.org/bottom)\n\n"
        "## 사용\n\n"
        "- `htop -u alice`: alice의 프로세스만 보기\n"
    )
    assert [(n.line, n.front) for n in draft(text).notes] == [(11, "htop -u alice")]
    assert {5, 6, 7} <= set(warned(text))


def test_a_label_over_several_links_is_where_to_read_more() -> None:
    text = (
        "# fish\n\n"
        "읽을거리: [공식 문서](https://example.org/fish), [튜토리얼](https://example.org/fish/tut)\n\n"
        "- `fish_config`: 브라우저에서 설정 화면 열기\n"
    )
    assert [(n.line, n.front) for n in draft(text).notes] == [(5, "fish_config")]
    assert 3 in warned(text)


def test_a_link_to_read_under_a_programs_heading_is_no_description() -> None:
    # "# jq" / "See [the jq manual](…)." (x-f33en1): a page to read, not what jq does; a sentence saying what it
    # does is still read, and a link inside one stays part of it
    for line in ("See [the jq manual](https://example.org/jq).", "Check out [jq's site](https://example.org/).",
                 "[jq 매뉴얼](https://example.org/jq) 참고"):
        text = f"# jq\n\n{line}\n\n## Install\n\nSomething else.\n"
        assert [n for n in draft(text).notes if n.command == "jq"] == [], line
        assert 3 in warned(text), line
    said = "# jq\n\nSee JSON as [a tree](https://example.org/tree): jq filters and reshapes it.\n"
    assert [n.front for n in draft(said).notes if n.command == "jq"] == ["jq"]


def test_a_label_word_over_a_line_naming_a_site_and_its_links_is_where_to_read_more() -> None:
    # "참고" with two trailing spaces, then "Some Site Name: [a](…), [b](…)": one paragraph, a label over a source line
    # (a name of three words); no term "참고 Some Site Name" whose answer is the addresses
    text = (
        "# fish\n\n"
        "- `fish_config`: 브라우저에서 설정 화면 열기\n\n"
        "참고  \n"
        "Fish Shell Docs: [https://example.org/fish](https://example.org/fish), [tut](https://example.org/tut)\n"
    )
    assert [(n.line, n.front) for n in draft(text).notes] == [(3, "fish_config")]
    assert 5 in warned(text)


def test_a_label_word_over_a_source_line_between_a_heading_and_its_block_leaves_the_heading() -> None:
    text = (
        "# fish\n\n## Get it\n\n"
        "참고  \nFish Shell Docs: [https://example.org/fish](https://example.org/fish)\n\n"
        "```\nbrew install fish\n```\n"
    )
    assert [(n.line, n.front, n.back) for n in draft(text).notes] == [(9, "brew install fish", "Get it")]


def test_words_that_are_no_label_over_a_source_line_are_not_read_as_one() -> None:
    # "Download the shell" is no label word: the paragraph is not a label over where to read more
    text = "Download the shell  \nFish Shell Docs: [https://example.org/fish](https://example.org/fish)\n"
    assert [w.message for w in draft(text).warnings if "where to read more" in w.message] == []
