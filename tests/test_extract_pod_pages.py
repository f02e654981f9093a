"""A manual page in Perl's POD (``=head1`` / ``=over`` / ``=item`` / ``=back``, ``B<>`` ``I<>`` ``C<>`` codes), kept
under a markdown name: read as the markdown it means, line for line, then as any man page."""

from __future__ import annotations

from conftest import facts, warned
from quizzer.extract.pod import as_markdown, is_pod

_PAGE = (
    ".TH tally 1 \"Jan 2, 2020\" \"tally-2.0\"\n\n"
    "=head1 NAME\n\n"
    "B<tally> - count words in files\n\n"
    "=head1 SYNOPSIS\n\n"
    "B<tally> [I<options>] I<file>\n\n"
    "=head1 OPTIONS\n\n"
    "=over\n\n"
    "=item -l\n\n"
    "Count lines instead of words. Use C<-l> twice\n"
    "to count blank lines too.\n\n"
    "=item -o I<FILE>, --output I<FILE>\n\n"
    "Write the counts to I<FILE>.\n\n"
    "=back\n\n"
    "=head1 KEYS\n\n"
    "=over\n\n"
    "=item up, k\n\n"
    "Move to the file above\n\n"
    "=item q\n\n"
    "Quit\n\n"
    "=back\n\n"
    "=head1 AUTHOR\n\n"
    "Written by someone E<lt>someone@example.comE<gt>.\n\n"
    "=cut\n"
)


def test_a_pod_page_is_told_from_markdown() -> None:
    assert is_pod(_PAGE)
    assert is_pod("=pod\n\n=head1 NAME\n\nx - y\n")
    assert not is_pod("# Notes\n\n=head1 is how POD starts a section\n")
    assert not is_pod("a = b\n=head1\n")


def test_each_line_stays_where_it_was() -> None:
    lines = as_markdown(_PAGE).split("\n")
    assert len(lines) == len(_PAGE.split("\n"))
    assert lines[0] == "" and lines[2] == "## NAME" and lines[4] == "tally - count words in files"
    assert lines[16] == "- -l: Count lines instead of words. Use `-l` twice"
    assert lines[17] == "  to count blank lines too."
    assert lines[21] == "- -o FILE, --output FILE: Write the counts to FILE."


def test_options_and_keys_are_the_page_s_command_s() -> None:
    notes = facts(_PAGE)
    assert (5, "command", "tally", "tally", "count words in files") in notes
    assert (17, "option", "tally", "-l", "Count lines instead of words. Use -l twice to count blank lines too.") in notes
    assert [n[3] for n in notes if n[1] == "option"] == ["-l", "-o, --output"]
    assert [(n[0], n[3], n[4]) for n in notes if n[1] == "command" and n[3] != "tally"] == [
        (32, "up, k", "Move to the file above"), (36, "q", "Quit"),
    ]
    assert not [n for n in notes if "someone" in n[4]]


def test_a_name_line_spelling_out_the_name_is_a_concept() -> None:
    page = _PAGE.replace("tally", "ncq").replace("count words in files", "New Colour Queue")
    notes = facts(page)
    assert (5, "concept", None, "ncq", "New Colour Queue") in notes
    assert not [n for n in notes if n[1] == "command" and n[4] == "New Colour Queue"]


def test_options_of_one_entry_each_said_in_a_clause_are_a_card_each() -> None:
    page = (
        "=head1 NAME\n\ntally - count words in files\n\n=head1 SYNOPSIS\n\ntally [options] file\n\n"
        "=head1 OPTIONS\n\n=over\n\n=item -s, -S\n\n"
        "How to sort the counts. C<-s> sorts them by name, while C<-S>\n"
        "sorts them by size.\n\n=back\n"
    )
    assert [(n[3], n[4]) for n in facts(page) if n[1] == "option"] == [
        ("-s", "sorts them by name"), ("-S", "sorts them by size"),
    ]


def test_options_of_one_entry_sharing_their_meaning_stay_one_card() -> None:
    page = (
        "=head1 NAME\n\ntally - count words in files\n\n=head1 SYNOPSIS\n\ntally [options] file\n\n"
        "=head1 OPTIONS\n\n=over\n\n=item -q, --quiet\n\nSay nothing. C<-q> is handy in scripts.\n\n=back\n"
    )
    assert [n[3] for n in facts(page) if n[1] == "option"] == ["-q, --quiet"]


def test_a_line_starting_with_a_dot_after_the_title_is_text() -> None:
    lines = as_markdown(".TH x 1\n=head1 FILES\n\n.gitignore is read too.\n").split("\n")
    assert lines[0] == "" and lines[3] == ".gitignore is read too."


def test_a_block_for_another_formatter_is_warned_not_read() -> None:
    page = "=head1 NAME\n\ntally - count words\n\n=begin html\n\n<b>tally</b>\n\n=end html\n"
    assert as_markdown(page).split("\n")[6] == ""
    assert 5 in warned(page)


def test_a_character_by_number_is_read_and_never_a_control_or_a_traceback() -> None:
    def said(code: str) -> str:
        return as_markdown(f"=head1 NAME\n\nx - a {code} b\n").split("\n")[2]

    assert said("E<233>") == said("E<0xE9>") == said("E<0351>") == "x - a é b"
    # a number past Unicode ended the import in a traceback; an escape's start or a line break would reach the card
    for code in ("E<99999999>", "E<27>", "E<0x9B>", "E<10>", "E<0xD800>", "E<0>"):
        assert said(code) == "x - a \ufffd b", code
    assert said("E<²>") == "x - a ² b"  # not ASCII digits: no number, the text as written


def test_a_sign_read_from_e_never_makes_a_code_of_the_text_around_it() -> None:
    line = as_markdown("=head1 NAME\n\nx - keep CE<lt>dirE<gt> as written, B<bold> read\n").split("\n")[2]
    assert "C<dir>" in line and "`" not in line and "bold read" in line
