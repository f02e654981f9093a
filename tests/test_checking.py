"""The pure rules of the check (quizzer.checking): shapes, groups and samples."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from quizzer.checking import FROM_HEADING, groups, joined, needs_check, oddness, questions, samples, section_key, shape_of, shape_section
from quizzer.extract.model import Kind, NoteDraft


@dataclass(frozen=True)
class N:
    reason: str | None
    kind: str
    at: int = 0
    section: tuple[str, ...] = ()


def draft(kind: Kind, reason: str | None) -> NoteDraft:
    return NoteDraft(key="k", kind=kind, front="f", back="b", command=None, section=(), line=1, tags=(), reason=reason)


def test_shape_is_reason_and_kind_value() -> None:
    assert shape_of(draft(Kind.COMMAND, "`command: description` line")) == ("`command: description` line", "command", "[]")
    assert shape_of(N("table row", "concept")) == ("table row", "concept", "[]")


def test_a_note_without_reason_is_shaped_by_its_kind_name() -> None:
    assert shape_of(draft(Kind.SYNTAX, None)) == ("syntax", "syntax", "[]")
    assert shape_of(N(None, "written-both")) == ("written-both", "written-both", "[]")


def test_written_cards_need_no_check() -> None:
    assert not needs_check(draft(Kind.WRITTEN, None))
    assert not needs_check(draft(Kind.WRITTEN_BOTH, None))
    assert not needs_check(N("x", "written"))
    for kind in (Kind.COMMAND, Kind.OPTION, Kind.FLAG, Kind.SYNTAX, Kind.CONCEPT, Kind.STEP):
        assert needs_check(draft(kind, "r"))


def test_groups_in_first_seen_order() -> None:
    notes = [N("a", "command", 0), N("b", "concept", 1), N("a", "command", 2), N("a", "flag", 3), N("b", "concept", 4)]
    found = groups(notes)
    assert list(found) == [("a", "command", "[]"), ("b", "concept", "[]"), ("a", "flag", "[]")]
    assert [n.at for n in found[("a", "command", "[]")]] == [0, 2]
    assert [n.at for n in found[("b", "concept", "[]")]] == [1, 4]


def test_samples_first_middle_last() -> None:
    assert samples(list(range(10))) == [0, 4, 9] or samples(list(range(10))) == [0, 5, 9]
    assert samples([1, 2, 3]) == [1, 2, 3]
    assert samples([1, 2]) == [1, 2]
    assert samples([]) == []
    assert samples(list(range(5))) == [0, 2, 4]
    assert samples(list(range(5)), k=1) == [0]
    assert samples(list(range(5)), k=0) == []


notes_strategy = st.lists(
    st.builds(N, st.sampled_from([None, "a", "b", "`term: definition` line"]),
              st.sampled_from([kind.value for kind in Kind]), st.integers()),
    max_size=40,
)


@given(notes_strategy)
def test_every_note_in_exactly_one_group_in_order(notes: list[N]) -> None:
    notes = [N(n.reason, n.kind, i) for i, n in enumerate(notes)]
    found = groups(notes)
    flat = [n for group in found.values() for n in group]
    assert sorted(n.at for n in flat) == list(range(len(notes)))
    for shape, group in found.items():
        assert all(shape_of(n) == shape for n in group)
        assert [n.at for n in group] == sorted(n.at for n in group)
    firsts = [group[0].at for group in found.values()]
    assert firsts == sorted(firsts)


@given(st.lists(st.integers(), max_size=60, unique=True), st.integers(min_value=1, max_value=7))
def test_samples_are_a_spread_subset_in_order(items: list[int], k: int) -> None:
    picked = samples(items, k)
    assert len(picked) == min(k, len(items))
    assert all(item in items for item in picked)
    positions = [items.index(item) for item in picked]
    assert positions == sorted(set(positions))  # distinct, in order
    if items:
        assert picked[0] == items[0]
        if k >= 2:
            assert picked[-1] == items[-1]


_TEXTS = st.tuples(st.sampled_from(["ls", "git log", "-R", "---", "Ctrl+b %", "한글 명령"]),
                   st.sampled_from(["list", "파일 복사", "copy (a folder with -R)", "two. sentences here", "---",
                                    "see https://x.org", "Note: a label", "a\nb", ""]))


@given(st.lists(_TEXTS, max_size=40), st.integers(min_value=1, max_value=7))
def test_samples_weighed_by_text_are_still_the_first_the_last_and_distinct_ones_in_order(
        texts: list[tuple[str, str]], k: int) -> None:
    items = list(range(len(texts)))
    picked = samples(items, k, text=lambda i: texts[i])
    assert len(picked) == min(k, len(items))
    assert picked == sorted(set(picked))
    if items:
        assert picked[0] == items[0]
        if k >= 2:
            assert picked[-1] == items[-1]
    assert samples(items, k, text=lambda i: texts[i]) == picked  # the same texts, the same samples


def test_the_sample_between_is_the_note_least_like_the_others() -> None:
    right = [("cp", "파일 복사"), ("mv", "파일 이동"), ("rm", "파일 삭제"), ("ls", "파일 목록"), ("cat", "파일 출력")]
    texts = [*right[:3], ("rm", "파일 삭제 (디렉토리 삭제 시에는 보통 rm -R)"), *right[3:]]
    assert samples(list(range(6)), text=lambda i: texts[i]) == [0, 3, 5]
    rows = [("pacman -Qe", "List packages"), ("---", "---"), ("pacman -Ql", "Files of a package"),
            ("pacman -Qo", "Who owns a file"), ("pacman -Qs", "Search packages")]
    assert samples(list(range(5)), text=lambda i: rows[i]) == [0, 1, 4]  # a rule row has no word
    alike = [(f"c{n}", "같은 길이의 뜻") for n in range(9)]
    assert samples(list(range(9)), text=lambda i: alike[i]) == samples(list(range(9))) == [0, 4, 8]


def test_oddness_counts_a_mark_only_where_most_of_the_group_lacks_it() -> None:
    every = [("a", "one (x)"), ("b", "two (y)"), ("c", "six (z)")]
    assert oddness(every) == [0.0, 0.0, 0.0]  # brackets everywhere are this group's way of writing
    one = [("a", "one (x)"), ("b", "two"), ("c", "six")]
    assert oddness(one)[0] > oddness(one)[1] == oddness(one)[2] == 0.0
    assert oddness([]) == []


_REASONS = st.sampled_from([None, "", "table row", sorted(FROM_HEADING)[0]])
_SECTIONS = st.lists(st.sampled_from(["A", "B", "명령어"]), max_size=3)


@given(st.lists(st.tuples(_REASONS, st.sampled_from(["term", "command"]), _SECTIONS, st.integers(1, 3)), max_size=30),
       st.booleans())
def test_questions_are_the_joined_shapes_of_every_note(notes: list[tuple[str | None, str, list[str], int]],
                                                      as_tuples: bool) -> None:
    """questions() counts the notes given by their shapes, each shape once (sections that differ below the
    shape's depth, a reason read from a heading, "" and None are one shape), in the order first seen."""
    given_notes = [(reason, kind, tuple(section) if as_tuples else section, count) for reason, kind, section, count in notes]
    sizes: dict[tuple[str | None, str, str], int] = {}
    for reason, kind, section, count in notes:  # each note's shape, one at a time
        shape = (reason or None, kind, section_key(shape_section(reason, section)))
        sizes[shape] = sizes.get(shape, 0) + count
    expected = len(joined(list(sizes.items()), key=lambda item: item[0][:2], size=lambda item: item[1]))
    assert questions(given_notes) == expected
