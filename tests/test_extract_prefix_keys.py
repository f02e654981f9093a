"""Notes of one person's multiplexer keys (issue 6): a function key made the prefix, keys glossed after " : ", the
keys given up because other programs use them, top-level items that only title the groups under them; examples of
our own."""

from __future__ import annotations

from tests.conftest import draft, facts, warned

NOTES = """Tmux
====

- About the prefix key
  - `F6` otherwise
  - old prefixes:
    - `C-b` used by vim (page up)
    - `C-s` freezes output in terminals
    - `C-x` is used in my emacs setup
- Bindings
  - `F6 c` : new window
  - `F6 %` : split the pane side by side
  - `F6 x` : close the pane
"""


def test_a_function_key_then_a_key_is_a_binding_of_the_notes_program() -> None:
    assert facts(NOTES) == [
        (11, "command", "tmux", "F6 c", "new window"),
        (12, "command", "tmux", "F6 %", "split the pane side by side"),
        (13, "command", "tmux", "F6 x", "close the pane"),
    ]


def test_keys_listed_as_other_programs_keys_make_no_card_and_are_warned() -> None:
    assert {7, 8, 9} <= set(warned(NOTES))


def test_a_key_said_to_be_used_by_the_notes_own_program_is_still_its_key() -> None:
    text = "Tmux\n====\n\n- Bindings\n  - `C-b` : used by tmux as the prefix\n  - `C-b c` : new window\n"
    assert {"C-b", "C-b c"} <= {fact[3] for fact in facts(text)}


def test_a_gloss_going_on_from_the_item_above_makes_no_card() -> None:
    assert 5 in warned(NOTES)
    assert all(note.front != "F6" for note in draft(NOTES).notes)


def test_top_level_items_titling_the_groups_under_them_say_nothing_the_program_does() -> None:
    assert all(note.line not in (4, 10) for note in draft(NOTES).notes)


def test_a_function_key_alone_before_a_word_is_no_binding() -> None:
    text = "Tmux\n====\n\n- Bindings\n  - `F6 help` : show the help\n"
    assert all(note.command != "tmux" for note in draft(text).notes if note.line == 5)


def test_a_key_the_notes_call_their_prefix_is_a_concept_of_their_program() -> None:
    text = "Tmux\n====\n\n- About the prefix\n  - `fn b` is the current prefix (on the laptop)\n  - `C-s` is my prefix\n"
    assert facts(text) == [
        (5, "concept", "tmux", "fn b", "is the current prefix (on the laptop)"),
        (6, "concept", "tmux", "C-s", "is my prefix"),
    ]
    assert [note.answers for note in draft(text).notes] == [("fn b", "prefix"), ("C-s", "prefix")]


def test_a_leader_key_of_an_editor_is_named_the_same_way() -> None:
    text = "# Vim\n\n- `,` is my leader key, pressed before my own mappings\n"
    assert facts(text) == [(3, "concept", "vim", ",", "is my leader key, pressed before my own mappings")]


def test_a_prefix_outside_notes_about_keys_is_no_key() -> None:
    text = "# Naming\n\n- `tmp_` is the prefix of every scratch table here\n"
    assert all(fact[2] is None for fact in facts(text))


def test_another_key_said_in_brackets_to_do_the_same_is_an_answer_too() -> None:
    text = "Tmux\n====\n\n- Bindings\n  - `F6 n` : next window (`F6 l` too)\n  - `F6 d` : detach (also `F6 D`)\n  - `F6 x` : close (the pane too)\n"
    assert [(note.front, note.back, note.answers) for note in draft(text).notes if note.line >= 5] == [
        ("F6 n", "next window", ("F6 n", "F6 l")),
        ("F6 d", "detach", ("F6 d", "F6 D")),
        ("F6 x", "close (the pane too)", ("F6 x",)),
    ]


def test_the_list_read_around_a_key_is_within_what_the_decisions_memo_keys_on() -> None:
    """taken_keys reads the list around a note's line when the note is decided; decide's memo keys a stretch's
    decisions on the lines around its notes (decide._AROUND), so reading farther would keep a decision whose lines
    changed.  The two numbers are written apart (taken_keys cannot import decide, which imports it)."""
    from quizzer.extract import decide, taken_keys

    assert taken_keys._READ[-1] <= decide._AROUND[0] and taken_keys._READ[1] <= decide._AROUND[1]


def test_a_lone_item_naming_a_group_over_nested_keys_is_no_meaning_of_the_program() -> None:
    text = "# htop\n\n- Shortcuts\n  - `F9` : kill the process\n  - `F6` : sort by a column\n"
    assert facts(text) == [(4, "command", "htop", "F9", "kill the process"), (5, "command", "htop", "F6", "sort by a column")]
    korean = "# screen\n\n- 단축키 모음\n  - `C-a d` : 세션에서 빠져나오기\n"
    assert facts(korean) == [(4, "command", "screen", "C-a d", "세션에서 빠져나오기")]


def test_a_lone_item_saying_what_the_program_does_over_nested_items_is_still_its_meaning() -> None:
    text = "# git stash\n\n- Puts your changes away for later\n  - `git stash pop` : bring them back\n"
    assert (3, "command", "git stash", "git stash", "Puts your changes away for later") in facts(text)


def test_a_long_phrase_over_nested_sentences_says_what_the_program_is() -> None:
    text = "# rsync\n\n- 원격 서버와 파일을 빠르게 맞추는 데 쓰는 도구\n  - It copies only what changed\n"
    assert (3, "command", "rsync", "rsync", "원격 서버와 파일을 빠르게 맞추는 데 쓰는 도구") in facts(text)


def test_a_short_name_over_a_nested_sentence_saying_more_of_it_is_still_what_the_program_is() -> None:
    text = "## top\n\n- 프로세스 뷰어\n  - 실행 중인 프로그램 확인\n"
    assert (3, "command", "top", "top", "프로세스 뷰어") in facts(text)
