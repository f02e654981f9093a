"""Review 10's fixes (/work/review10/findings.md): each test fails before its fix."""

from __future__ import annotations

from conftest import draft, facts

_MAN_PAGE = (
    "NAME\n----\n\n"
    "dump_all_db - Write every database to one file\n\n"
    "SYNOPSIS\n--------\n\n"
    "dump_all_db [--data_only] <file>\n\n"
    "OPTIONS\n-------\n\n"
    "--data_only\n"
    "    Write the rows and leave the schema out.\n\n"
    "SEE ALSO\n--------\n\n"
    "restore_db(1), and the handbook\n"
)


def test_an_underscore_inside_a_man_page_s_names_is_part_of_the_name() -> None:
    # [man-markup-underscores]: "dump_all_db" is no "dumpalldb"; its usage and options are that command's
    notes = facts(_MAN_PAGE)
    assert (4, "command", "dump_all_db", "dump_all_db", "Write every database to one file") in notes
    assert (9, "syntax", "dump_all_db", "dump_all_db", "dump_all_db [--data_only] <file>") in notes
    assert [(n[2], n[3]) for n in notes if n[1] == "option"] == [("dump_all_db", "--data_only")]


def test_markup_around_a_man_page_s_name_is_still_taken_off() -> None:
    text = _MAN_PAGE.replace("dump_all_db - Write", "**dump_all_db** \\- Write").replace(
        "dump_all_db [--data_only]", "*dump_all_db* [--data_only]")
    notes = facts(text)
    assert (4, "command", "dump_all_db", "dump_all_db", "Write every database to one file") in notes
    assert (9, "syntax", "dump_all_db", "dump_all_db", "dump_all_db [--data_only] <file>") in notes


def test_a_man_page_s_section_left_out_is_warned_at_its_heading() -> None:
    # [man-left-out-silent]: "SEE ALSO" makes no card, and the user is told why
    draft_ = draft(_MAN_PAGE)
    assert not [note for note in draft_.notes if "handbook" in note.back]
    assert [w.line for w in draft_.warnings if "SEE ALSO" in w.message] == [17]


def test_a_here_document_in_an_asciidoc_listing_is_code_not_a_cross_reference() -> None:
    # [asciidoc-xref-in-listings]: "<<EOF>>" in a listing is the shell's, "<<_usage>>" in the text is a reference
    from quizzer.extract.asciidoc import as_markdown

    page = "= tool-x(1)\n\n== NAME\n\nsee <<_usage>>\n\n----\ncat <<EOF>>notes.txt\n----\n"
    assert as_markdown(page).split("\n")[4:8] == ["see usage", "", "```", "cat <<EOF>>notes.txt"]


def test_a_program_is_known_or_the_notes_own_by_one_rule() -> None:
    # [own-program-three-ways]: knows (quizzer's programs, the notes' program) and, looser, owns (or their title's)
    from quizzer.extract.own_programs import knows, owns
    from quizzer.extract.walk import Walk

    walk = Walk(deck="t")
    assert knows(walk, "git") and owns(walk, "git") and not owns(walk, "zapd")
    walk.title_heading = "zapd and frobctl 사용법"  # the first level-1 heading (review 12: Walk.notes_title)
    assert not knows(walk, "zapd") and owns(walk, "zapd") and owns(walk, "frobctl")
    walk.titled = "frobctl notes"  # the front matter's title goes before the first heading
    assert owns(walk, "frobctl") and not owns(walk, "zapd")
    walk.tool = "zapd"
    assert knows(walk, "zapd")
