"""Cards written by hand (Obsidian Spaced Repetition syntax): what is a card, what is not, stable keys."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.extract import Kind, extract
from quizzer.extract.explicit import REASON, hand_cards

W, B = Kind.WRITTEN, Kind.WRITTEN_BOTH


def notes(text: str) -> list[tuple[int, Kind, str, str]]:
    return [(n.line, n.kind, n.front, n.back) for n in extract(text, deck="d", source="d.md").notes]


def warnings(text: str) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in extract(text, deck="d", source="d.md").warnings]


def test_one_line_cards_one_way_and_both_ways() -> None:
    text = "# Words\n\nCapital of France::Paris\napple:::사과\n- bullet question :: bullet answer\n> quoted::answer\n"
    assert notes(text) == [
        (3, W, "Capital of France", "Paris"),
        (4, B, "apple", "사과"),
        (5, W, "bullet question", "bullet answer"),
        (6, W, "quoted", "answer"),
    ]
    note = extract(text, deck="d", source="d.md").notes[0]
    assert (note.key, note.reason, note.section, note.tags) == ("d|written||Capital of France", REASON, ("Words",), ("Words",))
    assert extract(text, deck="d", source="d.md").notes[1].key == "d|written||apple"  # one identity both ways


def test_the_line_splits_at_its_first_separator() -> None:
    assert notes("a::b::c\n") == [(1, W, "a", "b::c")]
    assert notes("a:::b::c\n") == [(1, B, "a", "b::c")]


def test_multi_line_cards() -> None:
    text = (
        "# Git\n\nWhat does\n`git stash` do?\n?\nSaves your changes away\nand cleans the tree\n\n"
        "Both ways\n??\nfrom here\n\nnot a card\n"
    )
    assert notes(text) == [
        (3, W, "What does\n`git stash` do?", "Saves your changes away\nand cleans the tree"),
        (9, B, "Both ways", "from here"),
    ]


def test_a_code_block_in_a_multi_line_card_is_part_of_it_and_no_command_note() -> None:
    text = "# Shell\n\nHow do I list every file, hidden ones too?\n?\n```sh\nls -la   # all files\n```\n"
    assert notes(text) == [(3, W, "How do I list every file, hidden ones too?", "ls -la   # all files")]


def test_two_multi_line_cards_back_to_back() -> None:
    text = "Q1\n?\nA1\nQ2\n?\nA2\n"
    assert notes(text) == [(1, W, "Q1", "A1"), (4, W, "Q2", "A2")]


def test_code_is_never_a_card() -> None:
    text = (
        "# C++\n\nUse `std::vector` for arrays.\n\n```cpp\nstd::vector<int> v;\nFoo::bar();\n```\n\n"
        "    indented::code\n\n<!-- hidden::comment -->\n\n<!--\nmulti::line comment\n-->\n\n"
        "See http://[::1]:8080/ for the local server.\n\n| a::b | c |\n|---|---|\n| x::y | z |\n\n"
        "```\n?\n```\n"
    )
    assert [n for n in notes(text) if n[1] in (W, B)] == []
    assert warnings(text) == []


def test_indented_code_blocks_are_code_in_lists_too() -> None:
    text = (
        "Intro\n\n    std::vector<int> v;\n    Foo::bar();\n\n    more::code\n\n"
        "- a list item\n\n      Nested::code(); // in the item, indented four more\n\n"
        "  item text::and a card\n"
    )
    assert [(c.front, c.back) for c in hand_cards(text)[0]] == [("item text", "and a card")]


def test_jekyll_highlight_blocks_are_code() -> None:
    text = "{% highlight bash %}\nAug 16 sshd: Server listening on :: port 22.\n{% endhighlight %}\n"
    assert hand_cards(text) == ([], [])


def test_the_line_of_a_hand_card_is_not_also_extracted() -> None:
    # without the card syntax this line is a command note; with it, only the person's card
    assert [n[1] for n in notes("- **git add**: stage changes\n")] == [Kind.COMMAND]
    assert notes("- **git add**::stage changes\n") == [(1, W, "**git add**", "stage changes")]
    # and a multi-line card's lines give nothing to the rules either
    assert notes("- **git add**: stage\n?\nmore\n") == [(1, W, "- **git add**: stage", "more")]


def test_obsidian_scheduling_comments_are_dropped() -> None:
    text = "front::back <!--SR:!2024-01-01,3,250-->\n\nQ\n?\nA\n<!--SR:!2024-01-02,1,230-->\n"
    assert notes(text) == [(1, W, "front", "back"), (3, W, "Q", "A")]
    assert warnings(text) == []


def test_near_misses_are_warnings_with_their_line() -> None:
    text = "# T\n\n::nothing in front\nnothing behind::\n\n?\nanswer without a question\n\nquestion without an answer\n?\n"
    assert notes(text) == []
    lines = [line for line, _ in warnings(text)]
    assert lines == [3, 4, 6, 10]
    assert "write code in backticks" in warnings(text)[0][1]


def test_a_repeated_front_is_one_card_with_a_warning() -> None:
    text = "Q::A1\nQ::A2\n"
    assert notes(text) == [(1, W, "Q", "A1\nA2")]
    assert warnings(text) == [(2, "line 2 repeats the card 'Q' of line 1; kept as one card")]


def test_hand_cards_beside_extracted_ones_in_line_order() -> None:
    text = "# Git\n\n- **git add**: stage changes\n- Why stage?::to choose what goes in a commit\n- **git commit**: record\n"
    assert notes(text) == [
        (3, Kind.COMMAND, "git add", "stage changes"),
        (4, W, "Why stage?", "to choose what goes in a commit"),
        (5, Kind.COMMAND, "git commit", "record"),
    ]


def test_pure_reader_on_plain_text() -> None:
    cards, found = hand_cards("no cards here\n? not alone\n")
    assert (cards, found) == ([], [])


# -- keys ------------------------------------------------------------------------------------

_word = st.text(st.sampled_from("abcdefgh 가나다라 "), min_size=1, max_size=12).map(lambda t: " ".join(t.split())).filter(bool)
_card = st.tuples(_word, _word, st.sampled_from(["::", ":::", "?"]))


def _render(cards: list[tuple[str, str, str]]) -> str:
    parts = []
    for front, back, style in cards:
        parts.append(f"{front}\n?\n{back}\n" if style == "?" else f"{front}{style}{back}\n")
    return "# Cards\n\n" + "\n".join(parts)


def _keys(text: str) -> dict[str, str]:
    return {n.front: n.key for n in extract(text, deck="d", source="d.md").notes}


@settings(max_examples=60, deadline=None)
@given(cards=st.lists(_card, min_size=1, max_size=6, unique_by=lambda c: c[0]), data=st.data())
def test_keys_stay_when_backs_are_edited_and_cards_are_inserted(
        cards: list[tuple[str, str, str]], data: st.DataObject) -> None:
    before = _keys(_render(cards))
    assert set(before) == {front for front, _, _ in cards}
    edited = [(f, f"{b} {data.draw(_word, label='more')}", s) for f, b, s in cards]
    assert _keys(_render(edited)) == before
    at = data.draw(st.integers(0, len(cards)), label="at")
    extra = data.draw(_card.filter(lambda c: c[0] not in before), label="extra")
    after = _keys(_render([*edited[:at], extra, *edited[at:]]))
    assert {front: after[front] for front in before} == before
    # asked one way or both, the card is the same note
    turned = [(f, b, "::" if s == ":::" else ":::" if s == "::" else s) for f, b, s in cards]
    assert _keys(_render(turned)) == before


def test_a_separator_inside_a_links_text_makes_no_card() -> None:
    # "[Foo::Bar](…)" names a page (a Ruby or C++ name); the line is a link, not a card written by hand
    text = "# Links\n\nSee [Rails::Engine](https://example.org/engine) for more\nterm::its answer\n"
    assert [(line, front) for line, _, front, _ in notes(text)] == [(4, "term")]


def test_a_record_quoted_from_a_system_file_is_no_card() -> None:
    # an account line of /etc/passwd with an empty field: its "::" is between two fields, not front and back
    text = ("# Accounts\n\nsvc:x:998:998::/var/lib/svc:/usr/sbin/nologin\n- backup:x:34:34::/var/backups:/bin/false\n"
            "term::its answer\nHH:MM:SS::a time of day\n")
    assert [(line, front, back) for line, _, front, back in notes(text)] == [
        (5, "term", "its answer"), (6, "HH:MM:SS", "a time of day")]
