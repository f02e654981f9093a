"""quizzer check's screen with pipe input: what it shows, what each key stores (no database)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from test_check_session import shape

from quizzer.check_screen import read_key, run_check
from quizzer.check_session import CheckSession, Decision, Verdict
from quizzer.checking import section_key
from quizzer.db.checks import Waiting, WaitingCard
from quizzer.check_view import card_lines, keys_lines, list_lines, place, question, shape_lines, summary_line
from quizzer.i18n import set_language
from quizzer.text import width


def drive(shapes: list[Waiting], keys: str, *, cols: int = 80) -> tuple[CheckSession, list[Decision], list[str]]:
    session = CheckSession(shapes)
    stored: list[Decision] = []
    printed: list[str] = []
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        pipe.close()  # the end of the input ends the check (as Ctrl-D): a test never waits for keys
        run_check(session, stored.append, write=printed.append, cols=lambda: cols, input=pipe, output=DummyOutput())
    return session, stored, printed


def test_y_n_o_s_q_store_what_they_say_one_decision_at_a_time() -> None:
    shapes = [shape(0, 5), shape(100, 2), shape(200, 3), shape(300, 1), shape(400, 1)]
    # y keeps the first; n holds the second; o y n s: two notes of the third answered, its last left; q quits
    session, stored, printed = drive(shapes, "ynoynsq")
    assert stored == [Decision(shapes[0], Verdict.KEEP), Decision(shapes[1], Verdict.HOLD),
                      Decision(shapes[2], Verdict.NOTE, kept=(200,)), Decision(shapes[2], Verdict.NOTE, held=(202,))]
    assert session.quit and session.tally().skipped == 1 and session.tally().left == 2
    text = "\n".join(printed)
    assert "Group 1 of 5: deck deck, notes/deck.md" in text
    assert "5 command cards were read from lines of this kind: table row" in text
    assert "y keep all 5 · n hold all 5 back · o one by one · s skip for now · q quit" in text


def test_one_by_one_then_skip_then_quit() -> None:
    shapes = [shape(0, 2), shape(100, 3), shape(200, 1), shape(300, 1)]
    session, stored, printed = drive(shapes, "oynoyys q")
    # o y n: the first shape kept with its second note held; o y y s: the second's two notes answered, its
    # third left for later; a space does nothing; q quits on the third
    assert stored == [Decision(shapes[0], Verdict.NOTE, kept=(0,)), Decision(shapes[0], Verdict.SOME, (0,)),
                      Decision(shapes[1], Verdict.NOTE, kept=(100,)), Decision(shapes[1], Verdict.NOTE, kept=(102,))]
    assert session.quit and session.tally().kept == 3 and session.tally().held == 1
    assert session.tally().skipped == 1 and session.tally().left == 2
    text = "\n".join(printed)
    assert "1 of 2: deck.md:10" in text and "2 of 2: deck.md:11" in text
    assert "y keep this card · n hold it back · s the rest later (answers stay) · q quit" in text
    assert "Keep this card? [y/n/s/q]" not in text  # the question is on the prompt, not in the scrollback


def test_one_by_one_says_a_note_asked_both_ways_is_decided_with_its_two_cards() -> None:
    session, stored, printed = drive([shape(0, 2, both_ways=True)], "on")
    assert "y keep this note's 2 cards · n hold them back" in " ".join(printed)
    assert stored == [Decision(session.shapes[0], Verdict.NOTE, held=(0, 1))]
    session = CheckSession([shape(0, 2, both_ways=True)])
    session.press("o")
    assert question(session) == "Keep this note's 2 cards? [y/n/s/q]"
    session = CheckSession([shape(0, 2)])
    session.press("o")
    assert question(session) == "Keep this card? [y/n/s/q]"
    set_language("ko")
    try:
        session = CheckSession([shape(0, 2, both_ways=True)])
        session.press("o")
        assert question(session) == "이 노트의 카드 2장을 복습할까요? [y/n/s/q]"
    finally:
        set_language("en")


def test_the_end_of_the_input_or_ctrl_c_ends_the_check_keeping_what_was_decided() -> None:
    shapes = [shape(0, 1), shape(100, 1), shape(200, 1)]
    session, stored, _ = drive(shapes, "y")  # the input ends after one key
    assert stored == [Decision(shapes[0], Verdict.KEEP)] and session.quit
    assert session.tally().left == 2
    session = CheckSession(shapes)
    stored: list[Decision] = []
    with create_pipe_input() as pipe, pytest.raises(KeyboardInterrupt):  # Ctrl-C: the command says it (130)
        pipe.send_text("n\x03y")  # Ctrl-C after one key: the y after it is never read
        run_check(session, stored.append, write=lambda line: None, cols=lambda: 80, input=pipe, output=DummyOutput())
    assert stored == [Decision(shapes[0], Verdict.HOLD)] and session.quit
    first = shape(0, 2)
    session, stored, _ = drive([first, *shapes], "oy\x04")  # Ctrl-D one by one: the note answered stays answered
    assert stored == [Decision(first, Verdict.NOTE, kept=(0,))] and session.tally().left == 4


def test_read_key_waits_for_a_key_it_knows() -> None:
    with create_pipe_input() as pipe:
        pipe.send_text("x1\r Y")
        assert read_key("Keep?", "yn", input=pipe, output=DummyOutput()) == "y"
    with create_pipe_input() as pipe:
        pipe.send_text("\x04")
        assert read_key("Keep?", "yn", input=pipe, output=DummyOutput()) is None
    with create_pipe_input() as pipe, pytest.raises(KeyboardInterrupt):  # no answer: the command ends
        pipe.send_text("\x03")
        read_key("Keep?", "yn", input=pipe, output=DummyOutput())


def test_a_colour_code_sent_to_a_question_is_dropped_not_a_traceback() -> None:
    """ESC [31m (a colour code pasted from a terminal's output) was read as a mouse report prompt-toolkit
    could not parse: a traceback under the question, 'Press ENTER to continue'."""
    with create_pipe_input() as pipe:
        pipe.send_text("\x1b[31my")
        assert read_key("Keep?", "yn", input=pipe, output=DummyOutput()) == "y"


def test_samples_are_the_first_and_last_notes_and_the_one_least_like_the_others_with_their_lines() -> None:
    lines = shape_lines(shape(0, 7, both_ways=True), position=2, total=3, cols=80)
    assert lines[0] == "Group 2 of 3: deck deck, notes/deck.md"
    assert lines[1] == "14 command cards were read from lines of this kind: table row"
    assert lines[2] == "Of its 7 notes, the first, the last and the one least like the others:"
    # notes all alike: the one between is the middle one
    assert [line.strip() for line in lines if line.startswith("  deck.md:")] == ["deck.md:10", "deck.md:13", "deck.md:16"]
    assert "    front 3" in lines and "    → back 3" in lines
    # a note whose back carries an aside in brackets where the others' have none is the one shown between
    alike = shape(0, 7)
    odd = alike.cards[5]
    cards = (*alike.cards[:5], WaitingCard(odd.card_id, odd.note_id, odd.front, "back 5 (but -R for a folder)", odd.line),
             *alike.cards[6:])
    lines = shape_lines(Waiting(alike.deck, alike.source, alike.reason, alike.kind, cards), position=1, total=1, cols=80)
    assert [line.strip() for line in lines if line.startswith("  deck.md:")] == ["deck.md:10", "deck.md:15", "deck.md:16"]
    small = shape_lines(shape(0, 2), position=1, total=1, cols=80)
    assert "the one least like" not in "\n".join(small) and len([x for x in small if x.startswith("  deck.md")]) == 2
    assert place("builtin:docker-containers.ko.md", 7) == "docker-containers.ko.md:7"
    assert place("/home/me/notes/git.md", 12) == "git.md:12"


MARKUP = "[bold red]docker[/] <b>rm</b> \x1b[2J\x1b]0;pwned\x07 \u202eevil \x9b31m {count} %s"


def test_note_text_is_shown_as_written_never_read_as_markup_or_escapes() -> None:
    card = WaitingCard(1, 1, MARKUP, "뒤 " + MARKUP, 3)
    odd = Waiting("deck", "notes/x.md", "`term: definition` line", "concept", (card,))
    text = "\n".join(shape_lines(odd, position=1, total=1, cols=200))
    assert "[bold red]docker[/] <b>rm</b> ^[[2J^[]0;pwned^G <U+202E>evil <9b>31m {count} %s" in text
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text and "\x9b" not in text
    _, stored, printed = drive([odd], "y")
    assert all("\x1b" not in line for line in printed) and stored == [Decision(odd, Verdict.KEEP)]
    assert "[bold red]docker[/]" in "\n".join(printed)


WRITTEN = "| `docker rm` | 컨테이너를 삭제한다 \x1b[2J [b]굵게[/b] <i>기울임</i> |"


@pytest.mark.parametrize("cols", [40, 100])
def test_each_sample_shows_its_line_as_written_beside_its_place(cols: int) -> None:
    card = WaitingCard(1, 1, "docker rm", "컨테이너를 삭제한다", 7, WRITTEN)
    table = Waiting("deck", "notes/docker.md", "table row", "command", (card,))
    lines = shape_lines(table, position=1, total=1, cols=cols)
    start = lines.index("  docker.md:7")
    written = lines[start + 1:lines.index("    docker rm")]
    assert written[0].startswith("    │ | `docker rm` |")  # plain text: markup shown as written, escapes inert
    assert all(line.startswith("    │ ") for line in written)
    assert " ".join(line.removeprefix("    │ ") for line in written) == (
        "| `docker rm` | 컨테이너를 삭제한다 ^[[2J [b]굵게[/b] <i>기울임</i> |")
    assert all(width(line) <= cols for line in lines)
    session = CheckSession([table])
    session.press("o")
    one = card_lines(session, cols=cols)
    assert one[0] == "  1 of 1: docker.md:7" and one[1].startswith("    │ | `docker rm` |")
    unread = Waiting("deck", "notes/docker.md", "table row", "command", (WaitingCard(1, 1, "docker rm", "삭제", 7),))
    assert [line for line in shape_lines(unread, position=1, total=1, cols=cols) if "│" in line] == []


korean = st.text(alphabet="가나다라마바사아자차카타파하한국어 설명 abc-_/[]*`", min_size=0, max_size=120)


@settings(max_examples=60, deadline=None)
@given(front=korean, back=korean, written=korean, heading=korean, cols=st.integers(20, 100))
def test_no_line_is_wider_than_the_terminal_whatever_the_korean_text(
    front: str, back: str, written: str, heading: str, cols: int
) -> None:
    card = WaitingCard(1, 1, front, back, 120, "\t| " + written + " |")
    odd = Waiting("긴-한국어-덱-이름-" * 3, "노트/도커 명령어 정리.md", "table row", "command", (card, card),
                  section_key(("도커 명령어 정리", heading)))
    session = CheckSession([odd])
    lines = shape_lines(odd, position=1, total=1, cols=cols) + keys_lines(session, cols=cols)
    lines += list_lines([odd], cols=cols)
    session.press("o")
    lines += card_lines(session, cols=cols) + keys_lines(session, cols=cols)
    assert all(width(line) <= cols for line in lines), [line for line in lines if width(line) > cols]


def test_korean_interface_translates_the_reason_and_the_keys() -> None:
    set_language("ko")
    try:
        lines = shape_lines(shape(0, 2), position=1, total=1, cols=80)
        session = CheckSession([shape(0, 2)])
        text = "\n".join(lines + keys_lines(session, cols=80) + [summary_line(session.tally())[0]])
    finally:
        set_language("en")
    assert "table row" not in text and "표의 행" in text  # the reason as quizzer extract shows it in Korean
    assert "Group" not in text and "keep all" not in text and "Kept" not in text


def test_summary_says_what_was_kept_held_and_left() -> None:
    session = CheckSession([shape(0, 2), shape(100, 1), shape(200, 1)])
    session.press("y")
    session.press("s")
    session.press("n")
    assert summary_line(session.tally()) == (
        "Kept 2 cards for review, held back 1 card; 1 group still waits: run quizzer check again.", "quizzer check")
    done = CheckSession([shape(0, 1)])
    done.press("y")
    assert summary_line(done.tally()) == ("Kept 1 card for review, held back 0 cards; nothing left to check.", "")


@pytest.mark.parametrize("cols", [20, 40, 80])
def test_list_lines_fit_and_name_deck_kind_count_and_source(cols: int) -> None:
    lines = list_lines([shape(0, 3), shape(100, 1, reason=None)], cols=cols)
    text = " ".join(line.strip() for line in lines)
    assert all(width(line) <= cols for line in lines)
    if cols == 80:
        assert lines[0] == "deck: 3 command cards from notes/deck.md, read from: table row"


def test_a_narrow_terminal_still_shows_the_whole_document_path() -> None:
    """At 40 columns a long deck name and path wrap over several lines; the path is what says
    which document the group came from, so it is never cut off."""
    long = Waiting("03-tmux-codeblock-comments-ko", "/home/someone/notes/03-tmux-codeblock-comments-ko.md",
                   "table row", "command", shape(0, 2).cards)
    lines = shape_lines(long, position=1, total=17, cols=40)
    head = "".join(lines[:lines.index(next(line for line in lines if "were read" in line))])
    assert "…" not in head and head.endswith("03-tmux-codeblock-comments-ko.md")
    assert all(width(line) <= 40 for line in lines)


def test_a_group_says_which_section_it_is_in_in_english_and_korean() -> None:
    card = WaitingCard(1, 1, "Prefix + c", "New window.", 72, "| **`Prefix + c`** | New window. |")
    tmux = Waiting("dotfiles", "notes/dotfiles.md", "key table row", "command", (card,),
                   section_key(("Dotfiles", "Tmux (Multiplexer)", "Windows")))
    plain = Waiting("dotfiles", "notes/dotfiles.md", "key table row", "command", (card,), section_key(()))
    assert shape_lines(tmux, position=1, total=2, cols=80)[1] == "In the section: Dotfiles › Tmux (Multiplexer)"
    assert not any("section" in line for line in shape_lines(plain, position=2, total=2, cols=80))
    assert "(section Dotfiles › Tmux (Multiplexer))" in " ".join(list_lines([tmux], cols=200))
    set_language("ko")
    try:
        assert shape_lines(tmux, position=1, total=2, cols=80)[1] == "섹션: Dotfiles › Tmux (Multiplexer)"
        assert "(Dotfiles › Tmux (Multiplexer) 섹션)" in " ".join(list_lines([tmux], cols=200))
    finally:
        set_language("en")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_narrow_terminal_shows_each_notes_whole_file_and_line(language: str) -> None:
    """One by one at 40 columns, '1 of 12: FILE:LINE' was cut to '1 of 12:' and '…': the place
    is how the person finds the note, so it wraps as the group's path does, never cut."""
    cards = tuple(WaitingCard(n, 1000 + n, f"front {n}", f"back {n}", 1200 + n, "- written") for n in range(12))
    long = Waiting("deck", "/home/x/notes/03-tmux-codeblock-comments-ko-and-more-words.md", "table row",
                   "command", cards)
    set_language(language)
    try:
        session = CheckSession([long])
        session.press("o")
        lines = card_lines(session, cols=40)
        samples = shape_lines(long, position=1, total=1, cols=40)
    finally:
        set_language("en")
    label = lines[:next(n for n, line in enumerate(lines) if "│" in line)]
    assert "…" not in label
    assert "".join(line.strip() for line in label).endswith("03-tmux-codeblock-comments-ko-and-more-words.md:1200")
    assert "…" not in samples
    assert all(width(line) <= 40 for line in lines + samples)


@pytest.mark.parametrize("name", ["10-rename-task-headings-loops-en.md", "10-rename-task-headings-loops-e.md",
                                  "10-rename-task-headings-loops-enn.md", "a" * 80 + ".md"])
def test_a_wrapped_file_and_line_never_splits_the_line_number(name: str) -> None:
    """At 40 columns 'loops-en.md:3' then '4' on the next line read as line 3 for a note on line 34."""
    card = WaitingCard(1, 1, "for file in *.zip", "Rename file extension only", 34, "$ for file in *.zip")
    lines = shape_lines(Waiting("deck", f"/home/x/notes/{name}", "table row", "command", (card,)),
                        position=1, total=1, cols=39)
    label = lines[:next(n for n, line in enumerate(lines) if "│" in line)][-3:]
    assert "".join(line.strip() for line in label).endswith(f"{name}:34")
    assert any(line.strip().endswith(":34") for line in label), label
    assert all(width(line) <= 39 for line in lines)


def test_a_key_that_answers_nothing_says_which_keys_do() -> None:
    """x at "Keep this group? [y/n/o/s/q]" did nothing at all: the person could not tell why."""
    import io

    from prompt_toolkit.output.plain_text import PlainTextOutput

    with create_pipe_input() as pipe:
        screen = io.StringIO()
        pipe.send_text("y")
        assert read_key("Keep? [y/n]", "yn", input=pipe, output=PlainTextOutput(screen)) == "y"
        assert "letters in brackets" not in screen.getvalue()
    with create_pipe_input() as pipe:
        screen = io.StringIO()
        pipe.send_text("x\x04")  # x, then Ctrl-D: the screen as it was left
        assert read_key("Keep? [y/n]", "yn", input=pipe, output=PlainTextOutput(screen)) is None
        assert "That key answers nothing here: press one of the letters in brackets." in screen.getvalue()
