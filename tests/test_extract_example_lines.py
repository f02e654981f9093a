"""Lines of one paragraph under a command's heading that opens with an example (example_lines.py), and
words in capitals among `term : meaning` lines (x-f6b), in examples of our own."""

from __future__ import annotations

from conftest import draft as _draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


def test_an_example_a_label_and_option_lines_are_each_their_own_line() -> None:
    text = (
        "# docker 정리\n"
        "\n"
        "### exec\n"
        "ex) docker exec -it web sh\n"     # 4
        "[옵션]\n"
        "-i: 표준 입력을 열어 둔다\n"      # 6
        "-t: 터미널을 붙인다\n"            # 7
    )
    assert _notes(text) == [
        (6, "option", "docker exec", "-i", "표준 입력을 열어 둔다"),
        (7, "option", "docker exec", "-t", "터미널을 붙인다"),
    ]
    assert 4 in [w.line for w in _draft(text).warnings]


def test_an_example_marker_alone_is_no_meaning() -> None:
    text = "# docker 정리\n\n### build\nex)\n"
    assert _notes(text) == []
    assert [w.line for w in _draft(text).warnings] == [4]


def test_a_heading_s_paragraph_with_no_example_still_says_what_it_does() -> None:
    text = "# docker 정리\n\n### build\nDockerfile로 이미지를 만든다\n"
    assert _notes(text) == [(4, "command", "docker build", "docker build", "Dockerfile로 이미지를 만든다")]


def test_a_word_in_capitals_is_a_keyword_not_a_sub_command() -> None:
    text = (
        "# docker\n"
        "\n"
        "## Dockerfile 명령\n"
        "FROM : 기반 이미지\n"
        "RUN : 빌드할 때 명령을 실행\n"
        "VOLUME : 볼륨을 만든다\n"
        "\n"
        "## 명령어\n"
        "- pull: 이미지를 받아 온다\n"   # 9
    )
    notes = _notes(text)
    assert (5, "concept", None, "RUN", "빌드할 때 명령을 실행") in notes
    assert (6, "concept", None, "VOLUME", "볼륨을 만든다") in notes
    assert (9, "command", "docker pull", "docker pull", "이미지를 받아 온다") in notes


def test_an_example_label_written_with_a_space_before_its_parenthesis_is_still_an_example() -> None:
    # "`ex ) ps -ef`" on the line after an item: an example of the item's command, never what it does, and no
    # program named "ex" owns the options listed below it
    text = (
        "## 프로세스 보기 ps\n"
        "* ps [옵션]\n"
        "* [옵션] : 보고 싶은 프로세스를 고른다\n"
        "`ex ) ps -ef`\n"                     # 4
        "\n"
        "### 옵션\n"
        "\n"
        "`-e` : 모든 프로세스    \n"           # 8
        "`-f` : 자세히 표시    \n"              # 9
    )
    notes = _notes(text)
    assert (8, "option", "ps", "-e", "모든 프로세스") in notes
    assert (9, "option", "ps", "-f", "자세히 표시") in notes
    assert not [n for n in notes if n[2] == "ex" or n[1] == "command" and n[0] == 4]


def test_what_to_do_then_an_example_command_line_is_a_note_of_that_line() -> None:
    # (x-f34ko2) "label : Ex) $ line (remark)": the label says what the line does; the prompt is not typed and the
    # remark in brackets (a sentence, not a subshell) is the note's context
    text = (
        "# ssh 메모\n\n## 사용법\n\n"
        "- 접속 : Ex) $ ssh -p 2222 user@host (회사 서버는 이 포트를 쓴다.)\n"
        "- 압축 : ex) tar czf a.tgz dir\n"
        "- 캐시 : 예) 브라우저가 모아 둔 파일\n"  # an example of a term, no command line: never what it is
    )
    made = _draft(text)
    assert [(n.line, n.kind.value, n.command, n.front, n.back, n.context) for n in made.notes] == [
        (5, "command", "ssh", "ssh -p 2222 user@host", "접속", "회사 서버는 이 포트를 쓴다."),
        (6, "command", "tar", "tar czf a.tgz dir", "압축", None),
    ]
    assert [w.line for w in made.warnings] == [7]
