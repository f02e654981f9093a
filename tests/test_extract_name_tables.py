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
