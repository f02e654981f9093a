"""A heading naming a term or an option, and the first line under it saying what it is
(quizzer.extract.heading_terms, x-miss), with examples of our own."""

from __future__ import annotations

import pytest

from quizzer.extract.heading_terms import heading_name
from tests.conftest import draft, facts, warned


def test_a_term_heading_and_the_first_of_several_bullets() -> None:
    text = (
        "# 빌드 도구\n\n"
        "### 2. Gradle Wrapper\n"
        "- 프로젝트마다 정해진 버전의 gradle을 내려받아 쓰게 해 주는 스크립트\n"
        "- 저장소에 함께 커밋한다\n"
        "- 버전은 properties 파일에 적는다\n"
    )
    assert facts(text) == [
        (4, "concept", None, "Gradle Wrapper", "프로젝트마다 정해진 버전의 gradle을 내려받아 쓰게 해 주는 스크립트"),
    ]


def test_a_term_title_and_the_paragraph_under_it_first_sentence_only() -> None:
    text = "# Meson\n\n빌드 설정을 ninja 파일로 바꿔 주는 빌드 시스템. 설정 문법이 파이썬과 비슷하다.\n"
    assert facts(text) == [(3, "concept", None, "Meson", "빌드 설정을 ninja 파일로 바꿔 주는 빌드 시스템")]


def test_an_english_term_heading_over_its_first_bullet() -> None:
    text = "# JVM\n\n## Metaspace\n- holds class metadata outside the heap\n- grows as classes load\n"
    assert facts(text) == [(4, "concept", None, "Metaspace", "holds class metadata outside the heap")]


def test_an_option_heading_is_an_option_of_the_sections_command() -> None:
    text = (
        "# pytest\n\n"
        "## 자주 쓰는 옵션\n\n"
        "### 1.1 `-x`, `--exitfirst`\n\n"
        "- 첫 실패에서 바로 멈춘다.\n"
        "- CI에서 자주 쓴다.\n"
    )
    notes = [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]
    assert notes == [(7, "option", "pytest", "-x, --exitfirst", "첫 실패에서 바로 멈춘다")]
    assert draft(text).notes[0].answers == ("-x", "--exitfirst")


def test_an_option_heading_of_no_named_command_is_warned() -> None:
    text = "# 서버 메모\n\n### `-q`, `--quiet`\n\n- 출력을 줄인다.\n- 로그만 남긴다.\n"
    assert [n for n in draft(text).notes if n.kind.value == "option"] == []
    assert 5 in warned(text)


def test_a_paragraph_over_a_code_block_of_its_section_is_left_to_the_block() -> None:
    text = "## Mirrors\n\nRefresh the list of mirrors.\n\nThis changes nothing else.\n\n```sh\npacman -Syy\n```\n"
    assert all(n.kind.value != "concept" for n in draft(text).notes)


@pytest.mark.parametrize("heading", [
    "## Installing the plugin",  # a task
    "## Select the events",  # an imperative
    "## Docker Cheatsheet",  # the notes' title
    "## kustomize vs Helm",  # a comparison
    "## About Podman",  # a topic
    "## Login with token",  # a task with a preposition
    "## 설치 방법",  # Korean: left to the Korean rules
])
def test_headings_that_name_no_term(heading: str) -> None:
    text = f"# Notes\n\n{heading}\n- runs the containers of one pod together\n- more\n"
    assert [n for n in draft(text).notes if n.kind.value == "concept"] == []


@pytest.mark.parametrize("line", [
    "- I tried it on my laptop first",  # the author's story
    "- 먼저 가상머신을 하나 만든다",  # a step
    "- 이 문단은 정의가 아니다",  # refers back
    "- 원격 저장소가 있으면 push가 편하다",  # a remark on when it helps
    "- Download the binary",  # a task, under a heading that is no program
    "- 서버에서 노트북을 띄우는 방법",  # says a way follows
    "- Fleet Install and Config Script",  # a title, no sentence
    "- \"-XX:+UseG1GC\" ( default : true )",  # a value
    "- Example: a pod of two containers",  # a label
    "- `podman pod create`",  # an example line
    "- see the manual for more",  # a pointer
    "- **1. Create a pod**",  # a line in bold standing for a heading
    "- Components:",  # a lead-in
    "- Pod 구성에 대해 설명합니다.",  # what the notes go on to tell
    "- Pod 스케줄링에 관하여 알아봅니다",  # the same
])
def test_first_lines_that_do_not_say_what_the_term_is(line: str) -> None:
    text = f"# Notes\n\n## Pod\n{line}\n- more\n"
    assert [n for n in draft(text).notes if n.kind.value == "concept" and n.front == "Pod"] == []


def test_subheadings_of_a_setup_section_are_steps_not_terms() -> None:
    text = "# Lab\n\n## 1. 실습 환경 구성\n\n### 1.1 Master\n- 가상머신을 복제해서 이름을 바꾼다\n- 네트워크를 붙인다\n"
    assert [n for n in draft(text).notes if n.kind.value == "concept"] == []


def test_a_heading_starting_with_the_notes_program_is_a_way_to_run_it() -> None:
    text = "# rclone\n\n## rclone mount\n\n- exposes a remote as a folder\n- needs fuse\n\n```\nrclone mount r: /mnt\n```\n"
    assert [n for n in draft(text).notes if n.reason.startswith("heading naming a term, the first")] == []


def test_heading_name() -> None:
    assert heading_name("### 3.1 `-n`, `--dry-run`") == ("-n, --dry-run", ["-n", "--dry-run"])
    assert heading_name("## -v / --verbose") == ("-v, --verbose", ["-v", "--verbose"])
    assert heading_name("## 2. **Code Cache** ✔") == ("Code Cache", None)
    assert heading_name("## Examples") is None
    assert heading_name("## 도커 이미지") is None
    assert heading_name("## git is a tool for many things") is None  # five words: a sentence


def test_a_title_over_the_authors_words_is_no_term() -> None:
    assert facts("# Diary\n\nToday I learned nothing worth a card.\n") == []
    assert facts("# Kafka\n\n- the queue we use at work\n- more\n") == []


def test_the_notes_title_naming_a_program_over_what_it_does() -> None:
    # "# rclone" / "- Sync files to clouds": the title is the program, the imperative says what it does
    assert facts("# rclone\n- Sync files to and from cloud storage\n\nMore:\nhttps://rclone.org\n")[:1] == [
        (2, "concept", None, "rclone", "Sync files to and from cloud storage"),
    ]
    # under a heading that is no title, the same line is a task to do there
    assert facts("# Notes\n\n## Windows\n- Download the installer\n- Run it\n") == []


def test_a_korean_line_ending_in_a_task_word_is_a_meaning_when_it_says_more() -> None:
    text = "# curl\n\n## 옵션\n\n### `-k`, `--insecure`\n\n- 인증서 검사를 건너뛰도록 설정한다.\n- 테스트 서버에서 쓴다.\n"
    assert facts(text) == [(7, "option", "curl", "-k, --insecure", "인증서 검사를 건너뛰도록 설정한다")]
    assert facts("# curl\n\n## Proxy\n\n- 프록시 설정\n- 환경변수로도 된다\n") == []


@pytest.mark.parametrize("heading", [
    "## Background", "## Motivation", "## Limitations", "## Results", "## Update", "## prior work", "## Explanation",
    "## Licensing", "## Related work", "## Credit", "## Contributions", "## Self-Promotion", "## Issue Creation",
    "## Sponsors", "## Reporting issues",
    "## Docs", "## Documentation", "## Changelog and credits", "## Contributions & new features",  # x-f30en1
    "# Compatibility", "## Portability",  # x-f35en3
])
def test_parts_of_a_write_up_name_no_term(heading: str) -> None:
    text = f"# Notes\n\n{heading}\n\nThe service moved to a new cluster last spring.\n"
    assert facts(text) == []


@pytest.mark.parametrize("heading", ["## Purpose", "## Definition", "## What it does"])  # x-f31en1
def test_a_heading_labelling_what_the_subject_is_for_names_no_term(heading: str) -> None:
    text = f"---\ntitle: shred\n---\n\n{heading}\n\n* Overwrites a file many times so it cannot be read back.\n* Can remove it after.\n"
    assert facts(text) == []


def test_a_name_joined_to_a_part_of_a_write_up_is_still_a_name() -> None:
    text = "# Notes\n\n## Zookeeper and Kafka\n\nA pair of services that keep a log of events.\n"
    assert facts(text) == [(5, "concept", None, "Zookeeper and Kafka", "A pair of services that keep a log of events")]


def test_what_the_author_did_is_no_definition() -> None:
    assert facts("# 메모\n\n## Sidecar\n- 어제 클러스터에 붙여 배포했다\n- 잘 된다\n") == []
    assert facts("# 메모\n\n## Sidecar\n- 본 컨테이너 옆에서 돕는 컨테이너\n- 잘 된다\n") == [
        (4, "concept", None, "Sidecar", "본 컨테이너 옆에서 돕는 컨테이너"),
    ]


def test_a_date_under_the_heading_is_no_definition() -> None:
    from conftest import facts

    assert [back for *_, back in facts("# Rsync\n\n2019-07-14 08:30\n")] == []


def test_a_first_item_with_items_nested_under_it_is_a_label_not_a_definition() -> None:
    from conftest import facts

    text = "# tips\n\n## Videos\n- Shrink videos\n  - `ffmpeg -i in.mp4 -crf 28 out.mp4`\n"
    assert all(front != "Videos" for _, _, _, front, _ in facts(text))
    assert facts("# tips\n\n## Videos\n- Moving pictures stored in a file\n\ntext\n")[0][3:] == (
        "Videos", "Moving pictures stored in a file")  # alone, the item still says what the heading names


def test_text_kept_for_later_is_no_definition() -> None:
    from conftest import facts

    for later in ("내용 추가", "TODO", "작성 중", "Coming soon"):
        assert facts(f"# notes\n\n### Redis?\n\n{later}\n") == []


def test_a_table_of_contents_of_links_is_no_definition() -> None:
    # x-f10: "### ToC" over links to the parts of the notes
    text = "# Notes\n\n### ToC\n\n- [방화벽 설정](#firewall)\n- [SSH 접속](#ssh)\n\n## Contents\n\n* <a href=\"#x\">Setup</a>\n"
    assert not facts(text)


def test_what_the_reader_can_do_there_is_no_definition_of_the_heading() -> None:
    for opening in ("You can also", "You should", "You'll"):
        text = f"# Nano\n\n{opening} press `Ctrl-x` twice to leave without saving.\n"
        assert all(note.front != "Nano" for note in draft(text).notes), opening
    assert facts("# Nano\n\nA small text editor for the terminal.\n") == [
        (3, "concept", None, "Nano", "A small text editor for the terminal")
    ]


# the term named first (a link) and a comma, what it is on the next line, where it is quoted from after ------------


def test_a_paragraph_naming_the_term_then_saying_what_it_is_defines_it_though_a_block_follows() -> None:
    text = (
        "# zram\n\n[zram](https://example.org/zram),\nA compressed block device in memory used as swap\n"
        "on small machines. - [Kernel docs](https://example.org/docs)\n\nIt needs a module.\n\n"
        "```sh\nsudo modprobe zram\n```\n"
    )
    assert (4, "concept", None, "zram", "A compressed block device in memory used as swap on small machines") in facts(text)


def test_a_paragraph_naming_another_thing_first_or_saying_two_things_defines_nothing() -> None:
    for text in (
        "# zram\n\n[swap](https://example.org/swap),\nA compressed block device in memory.\n",
        "# zram\n\nzram,\nA compressed block device. It is fast.\n",
    ):
        assert facts(text) == [], text
