"""Shapes met in the English half of the twentieth fresh set (x-f20en), each in examples of our own: a
cheat sheet's variable line (``$ name: command``)."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_a_cheat_sheet_variable_filled_by_a_command_is_not_what_the_command_does() -> None:
    text = (
        "% docker\n\n"
        "# Stop a container\n"
        "docker stop <container_id>\n\n"
        "$ container_id: docker ps | awk 'NR>1 { print $1 }'\n"
        "$ image: docker images --format '{{.Repository}}'\n"
        "${branch}: git branch | cut -c3-\n"
    )
    notes = _notes(text)
    assert notes == [(4, "command", "docker stop", "docker stop", "Stop a container")]
    assert {w.line for w in draft(text).warnings} >= {6, 7}


def test_a_label_then_the_command_still_makes_its_card() -> None:
    text = "# docker\n\nlist running containers: docker ps\nPrice: $ 5 per month\n"
    notes = _notes(text)
    assert [(n[0], n[3], n[4]) for n in notes if n[0] == 3] == [(3, "docker ps", "list running containers")]
    assert not [n for n in notes if n[0] == 4 and n[1] == "command"]


def test_a_row_of_aligned_columns_under_a_heading_is_not_what_the_heading_names() -> None:
    text = (
        "# Editing\n\n"
        "  Delete the line                 dd\n"
        "  Paste below                     p\n\n"
        "# Buffers\n\n"
        "  Next buffer\t:bnext\n\n"
        "# Macros\n\n"
        "A macro is a recorded run of keys you can play again.\n"
    )
    notes = _notes(text)
    assert not [n for n in notes if n[3] in ("Editing", "Buffers")]
    assert (12, "concept", None, "Macros", "A macro is a recorded run of keys you can play again") in notes


def test_a_colon_in_the_right_column_of_aligned_columns_splits_no_term() -> None:
    text = "# Files\n\n  Modeline        -*- coding: utf-8 -*-\n  Tab width       vim: set ts=4:\n\nUmask: the bits a new file does not get.\n"
    notes = _notes(text)
    assert not [n for n in notes if n[0] in (3, 4)]
    assert (6, "concept", None, "Umask", "the bits a new file does not get.") in notes


def test_a_sentence_saying_what_a_flag_lets_you_do_over_its_line_is_a_flag_card() -> None:
    text = (
        "# Backups\n\n## Trying it first\n\n"
        "You can see what would be copied without copying it by using the `--dry-run` flag.\n\n"
        "```bash\nrsync -a --dry-run src/ backup/\n```\n"
    )
    notes = _notes(text)
    assert ("flag", "--dry-run", "see what would be copied without copying it") in [(n[1], n[3], n[4]) for n in notes]
    assert not [n for n in notes if n[4].startswith("You can")]


def test_a_sentence_on_a_flag_the_line_does_not_pass_makes_no_card_of_the_line() -> None:
    text = "# Backups\n\n## Mirror\n\nYou can delete extra files by using the `--delete` option.\n\n```bash\nrsync -a src/ backup/\n```\n"
    assert not [n for n in _notes(text) if n[4].startswith("You can")]


def test_a_sentence_whose_subject_is_a_tool_is_not_the_meaning_of_the_heading_over_it() -> None:
    text = (
        "# Terminal notes\n\n## Sessions and windows\n\nMultiplexing lets you keep programs running after you log out.\n\n"
        "## Scrollback\n\nThe lines a terminal keeps after they leave the screen.\n"
    )
    notes = _notes(text)
    assert not [n for n in notes if n[3] == "Sessions and windows"]
    assert (9, "concept", None, "Scrollback", "The lines a terminal keeps after they leave the screen") in notes


def test_a_sentence_a_colon_ends_is_no_term() -> None:
    text = "# Web notes\n\n## Requests\n\nPagination follows a simple rule: the last page has no next link.\n\nKeep-alive: reusing one connection for many requests.\n"
    notes = _notes(text)
    assert not [n for n in notes if n[0] == 5]
    assert (7, "concept", None, "Keep-alive", "reusing one connection for many requests.") in notes


def test_a_condition_and_its_main_clause_over_a_list_is_no_term_the_list_explains() -> None:
    text = (
        "# pack\n\n## Basics\n\n### Optional level\n\nIf you do not give the LEVEL, the packer will use:\n\n"
        "- FAST for files under a megabyte\n- BEST for files larger than that\n\n"
        "```bash\npack notes.txt # fast\npack movie.iso # best\n```\n"
    )
    assert _notes(text) == [(13, "command", "pack", "pack notes.txt", "fast"), (14, "command", "pack", "pack movie.iso", "best")]


def test_a_flag_said_to_let_you_do_what_the_line_itself_does_or_the_same_is_no_flag_card() -> None:
    text = (
        "# Site notes\n\n## Publishing\n\nYou can build the pages for the server by using the `--out` option.\n\n"
        "```bash\nzola build --out /srv/www\n```\n\n## Cleanup\n\nYou can do the same for old logs by passing the `-a` flag.\n\n"
        "```bash\nlogtidy -a /var/log/app\n```\n\n## Retry\n\nWe can try it once more with the `-r` option.\n\n```bash\nfetcher -r 3 url\n```\n"
    )
    assert not [n for n in _notes(text) if n[1] == "flag"]
