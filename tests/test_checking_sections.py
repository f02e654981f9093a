"""A shape's section (quizzer.checking, schema 13): the rule, the kind and the first headings."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from quizzer.checking import ANY_SECTION, SECTION_DEPTH, groups, joined, section_key, section_of_key, shape_of

headings = st.lists(st.text(max_size=12), max_size=5).map(tuple)


@dataclass(frozen=True)
class N:
    reason: str | None
    kind: str
    section: tuple[str, ...]
    at: int = 0


def test_the_first_two_headings_make_the_section() -> None:
    assert SECTION_DEPTH == 2
    tmux = N("key table row", "command", ("Dotfiles", "Tmux (Multiplexer)"))
    assert shape_of(tmux) == ("key table row", "command", '["Dotfiles", "Tmux (Multiplexer)"]')
    deeper = N("key table row", "command", ("Dotfiles", "Tmux (Multiplexer)", "Copy mode"))
    assert shape_of(deeper) == shape_of(tmux)  # a third heading does not split a group
    neovim = N("key table row", "command", ("Dotfiles", "Neovim (Editor)", "Code & LSP"))
    assert shape_of(neovim) != shape_of(tmux)
    assert shape_of(N("table row", "command", ())) == ("table row", "command", "[]")
    assert shape_of(N("표의 줄", "command", ("도커", "컨테이너"))) == ("표의 줄", "command", '["도커", "컨테이너"]')


def test_the_same_rule_in_two_sections_is_two_groups_in_first_seen_order() -> None:
    notes = [N("r", "command", ("A",), 0), N("r", "command", ("B",), 1), N("r", "command", ("A",), 2),
             N("r", "command", ("A", "sub"), 3)]
    found = groups(notes)
    assert list(found) == [("r", "command", '["A"]'), ("r", "command", '["B"]'), ("r", "command", '["A", "sub"]')]
    assert [n.at for n in found[("r", "command", '["A"]')]] == [0, 2]


@given(headings)
def test_a_section_key_names_its_first_headings_and_is_never_any_section(section: tuple[str, ...]) -> None:
    key = section_key(section)
    assert key != ANY_SECTION
    assert section_of_key(key) == section[:SECTION_DEPTH]
    assert section_key(section_of_key(key)) == key  # a key read back is itself


@given(headings, headings)
def test_two_notes_share_a_section_exactly_when_their_first_headings_agree(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    assert (section_key(a) == section_key(b)) == (a[:SECTION_DEPTH] == b[:SECTION_DEPTH])


@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.sampled_from(["command", "concept"]), headings), max_size=30))
def test_every_note_in_exactly_one_group_of_its_own_shape(drawn: list[tuple[str, str, tuple[str, ...]]]) -> None:
    notes = [N(reason, kind, section, i) for i, (reason, kind, section) in enumerate(drawn)]
    found = groups(notes)
    assert sorted(n.at for group in found.values() for n in group) == list(range(len(notes)))
    for shape, group in found.items():
        assert all(shape_of(n) == shape for n in group)
        assert len({n.section[:SECTION_DEPTH] for n in group}) == 1


def test_what_is_not_a_section_key_names_no_headings() -> None:
    assert section_of_key(ANY_SECTION) == ()
    assert section_of_key("not json") == ()
    assert section_of_key('{"a": 1}') == ()
    assert section_of_key('["Git", "용어"]') == ("Git", "용어")


def test_small_groups_of_one_rule_are_asked_together_while_every_note_is_shown() -> None:
    sizes = [("r", 1), ("q", 5), ("r", 1), ("r", 1), ("r", 1), ("r", 4), ("r", 2)]
    runs = joined(sizes, key=lambda item: item[0], size=lambda item: item[1])
    assert runs == [[("r", 1), ("r", 1), ("r", 1)], [("q", 5)], [("r", 1)], [("r", 4)], [("r", 2)]]


@given(st.lists(st.tuples(st.sampled_from("abc"), st.integers(1, 6)), max_size=30), st.integers(1, 5))
def test_joined_runs_keep_every_group_once_in_order_and_show_every_note(
    items: list[tuple[str, int]], limit: int
) -> None:
    tagged = [(key, size, i) for i, (key, size) in enumerate(items)]
    runs = joined(tagged, key=lambda item: item[0], size=lambda item: item[1], limit=limit)
    assert sorted((item for run in runs for item in run), key=lambda item: item[2]) == tagged
    for run in runs:
        assert len({item[0] for item in run}) == 1  # one rule and kind a question
        assert [item[2] for item in run] == sorted(item[2] for item in run)
        assert len(run) == 1 or sum(item[1] for item in run) <= limit  # joined only while all are shown
    assert [run[0][2] for run in runs] == sorted(run[0][2] for run in runs)


# -- a card read from a heading: the section its heading sits in --------------------------------------

HEADING_NOTES = "# Directory\n\n" + "".join(
    f"## {name}\n- {what}\n- {ko}\n\n" for name, what, ko in (
        ("pwd", "Print Working Directory", "현재 디렉토리 경로를 출력"), ("mkdir", "Make directories", "새 디렉토리를 만든다"),
        ("cd", "Change directory", "디렉토리를 옮긴다"),
        ("ls", "List directory contents", "디렉토리 내용을 보여준다"))
) + "- `-l`: long listing\n- `-a`: show hidden files\n\n# File\n\n## cat\n- Concatenate files\n- 파일 내용을 출력한다\n"


def test_a_card_read_from_a_heading_is_grouped_in_the_section_its_heading_sits_in() -> None:
    """A card whose source is a heading (`## pwd` over its bullets) had that heading as its section:
    each was a group of its own, a question each (a document with one heading per command went from 5
    to 22). It belongs to the section its heading sits in; the other cards under that heading keep it."""
    from quizzer.checking import FROM_HEADING, shape_section
    from quizzer.extract import extract

    notes = extract(HEADING_NOTES, deck="shell", source="shell.md").notes
    read = [note for note in notes if note.reason in FROM_HEADING]
    assert [note.front for note in read] == ["pwd", "mkdir", "cd", "ls", "cat"]
    assert [tuple(note.section) for note in read][:2] == [("Directory", "pwd"), ("Directory", "mkdir")]  # as stored
    assert {shape_of(note)[2] for note in read[:4]} == {section_key(("Directory",))}
    assert shape_of(read[4])[2] == section_key(("File",))
    options = [note for note in notes if note.reason not in FROM_HEADING]
    assert options and all(shape_of(note)[2] == section_key(("Directory", "ls")) for note in options)
    assert shape_section("heading naming a command, bullets under it", ("Directory", "pwd")) == ("Directory",)
    assert shape_section("table row", ("Directory", "pwd")) == ("Directory", "pwd")
    assert shape_section("heading naming a command, bullets under it", ()) == ()
    shaped = groups(read)
    assert [len(members) for members in shaped.values()] == [4, 1]  # two groups, not five


def test_every_rule_read_from_a_heading_is_a_reason_quizzer_writes() -> None:
    from quizzer.checking import FROM_HEADING
    from quizzer.reasons import REASONS

    assert FROM_HEADING and FROM_HEADING <= REASONS
    assert all("heading" in reason for reason in FROM_HEADING)
