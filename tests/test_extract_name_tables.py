"""A table of named things with a description column, and a "definition" that is a link's text
(issue 6, x-en4).  Examples are our own."""

from __future__ import annotations

from conftest import draft, facts

_FORMATS = """# Images

| Format | Extension | Lossy | 설명 |
|---|---|---|---|
| WebP | .webp | both | small files for the web |
| AVIF | .avif | both | AV1 frames in a still image |
| PNG | .png | - | keeps every pixel as it was |
"""


def test_each_row_is_a_concept_its_name_and_description() -> None:
    assert facts(_FORMATS) == [
        (5, "concept", None, "WebP", "small files for the web"),
        (6, "concept", None, "AVIF", "AV1 frames in a still image"),
        (7, "concept", None, "PNG", "keeps every pixel as it was"),
    ]


def test_the_short_cells_beside_the_name_are_answers_too() -> None:
    notes = {n.front: n for n in draft(_FORMATS).notes}
    assert set(notes["WebP"].answers) >= {".webp", "both"}
    assert "-" not in notes["PNG"].answers


def test_a_first_column_of_sentences_is_warned_not_carded() -> None:
    text = (
        "# Cases\n\n| When it happens | Where | Description |\n|---|---|---|\n"
        "| the disk fills up during a long copy | /var | the copy stops half way |\n"
    )
    made = draft(text)
    assert not made.notes
    assert [w.line for w in made.warnings] == [3]


def test_a_two_column_table_is_left_to_the_table_rows() -> None:
    text = "# Units\n\n| Name | Description |\n|---|---|\n| KiB | 1024 bytes |\n"
    assert [(n.line, n.front, n.reason) for n in draft(text).notes] == [(5, "KiB", "table row")]


def test_a_definition_that_is_a_links_text_is_a_page_title() -> None:
    text = "# Sources\n\nsee [Handbook - Storage](https://example.org/handbook/storage)\n"
    made = draft(text)
    assert not made.notes
    assert [w.line for w in made.warnings] == [3]
    assert "the title of a page" in made.warnings[0].message


def test_a_definition_with_a_link_inside_it_is_still_a_definition() -> None:
    text = "# Terms\n\n- **inode** - the record of a file's metadata, see [the manual](https://example.org/inode)\n"
    assert [(n.front, n.kind.value) for n in draft(text).notes] == [("inode", "concept")]


def test_a_korean_sentence_naming_what_it_describes_is_a_definition() -> None:
    text = "# 네트워크\n\n두 망 사이에서 오가는 패킷을 걸러 내는 장치를 방화벽이라고 하며 보통 경계에 둔다.\n"
    assert facts(text) == [(3, "concept", None, "방화벽", "두 망 사이에서 오가는 패킷을 걸러 내는 장치")]


def test_a_korean_sentence_calling_something_by_one_word_is_not_a_definition() -> None:
    text = "# 메모\n\n이를 캐시라고 한다.\n"
    assert facts(text) == []


def test_a_first_column_of_groups_left_empty_below_each_group_names_no_row() -> None:
    # x-f5c: a merged cell written as empty ones; the names are in the next column
    text = (
        "| 단계 | 이벤트 | 설명 |\n"  # 1
        "|---|---|---|\n"
        "| 빌드 | `before-build` | 컴파일 전에 호출 |\n"  # 3
        "| | `after-build` | 컴파일이 끝나면 호출 |\n"  # 4
        "| 배포 | `before-deploy` | 업로드 전에 호출 |\n"  # 5
        "| | `after-deploy` | 업로드 후 호출 |\n"  # 6
    )
    assert facts(text) == [
        (3, "concept", None, "before-build", "컴파일 전에 호출"),
        (4, "concept", None, "after-build", "컴파일이 끝나면 호출"),
        (5, "concept", None, "before-deploy", "업로드 전에 호출"),
        (6, "concept", None, "after-deploy", "업로드 후 호출"),
    ]


def test_a_first_column_filled_in_every_row_or_naming_a_group_twice_is_no_group_column() -> None:
    filled = "| Type | Letter | Description |\n|---|---|---|\n| a | alpha | first letter |\n| b | beta | second letter |\n"
    assert [f[3] for f in facts(filled)] == ["a", "b"]
    twice = (
        "| Step | Hook | Description |\n|---|---|---|\n| x | pre | runs before |\n| | mid | runs during |\n"
        "| x | post | runs after |\n"
    )
    assert facts(twice) == []
    assert [w.line for w in draft(twice).warnings] == [1]
