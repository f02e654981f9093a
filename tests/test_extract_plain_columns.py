"""A plain-text column sheet: terms (command lines, options indented under them, keys) with their gloss aligned in
one column (quizzer.extract.plain_columns), in examples of our own."""

from __future__ import annotations

from conftest import draft, facts, warned

from quizzer.extract.plain_columns import as_code

_SHEET = (
    "less FILE                         Page through a file\n"  # 1
    "less +F FILE                      Follow the file as it grows\n"  # 2
    "              -N                  Number the lines\n"  # 3
    "less -S FILE                      Cut long lines at the edge\n"  # 4
    "\n"  # 5
    "less --help\n"  # 6
    "              G                   Go to the end\n"  # 7
    "              g                   Go to the start\n"  # 8
    "              /                   Search forward\n"  # 9
    "                   n              Next match\n"  # 10
    "              q                   Quit\n"  # 11
)


def test_each_row_is_a_card_of_its_term_and_the_gloss_beside_it() -> None:
    assert facts(_SHEET) == [
        (1, "command", "less", "less FILE", "Page through a file"),
        (2, "command", "less", "less +F FILE", "Follow the file as it grows"),
        (3, "option", "less", "-N", "Number the lines"),
        (4, "command", "less", "less -S FILE", "Cut long lines at the edge"),
        (7, "command", "less", "G", "Go to the end"),
        (8, "command", "less", "g", "Go to the start"),
        (9, "command", "less", "/", "Search forward"),
        (10, "command", "less", "n", "Next match"),
        (11, "command", "less", "q", "Quit"),
    ]


def test_a_term_with_no_gloss_makes_no_card_and_is_warned() -> None:
    assert 6 in warned(_SHEET)


def test_an_option_belongs_to_the_command_line_it_is_indented_under() -> None:
    sheet = (
        "git log                         Show the history\n"
        "        --oneline               One commit a line\n"
        "git stash                       Put changes aside\n"
        "        -u                      Untracked files too\n"
    )
    assert [(line, kind, command, front) for line, kind, command, front, _ in facts(sheet)] == [
        (1, "command", "git log", "git log"),
        (2, "option", "git log", "--oneline"),
        (3, "command", "git stash", "git stash"),
        (4, "option", "git stash", "-u"),
    ]


def test_an_option_under_no_command_line_is_warned_not_guessed() -> None:
    sheet = _SHEET + "\n              -x                  Something else\n"
    assert 13 not in [line for line, *_ in facts(sheet)]
    assert 13 in warned(sheet)


def test_a_gloss_that_wraps_in_lower_case_drops_the_card_of_its_row() -> None:
    sheet = _SHEET.replace(
        "less -S FILE                      Cut long lines at the edge\n",
        "less -S FILE                      Cut long lines at\n"
        "                                  the edge of the screen\n",
    )
    assert 4 not in [line for line, *_ in facts(sheet)]
    assert {4, 5} <= set(warned(sheet))


def test_a_capitalised_line_in_the_gloss_column_is_a_remark_warned_apart() -> None:
    sheet = _SHEET.replace(
        "less -S FILE                      Cut long lines at the edge\n",
        "less -S FILE                      Cut long lines at the edge.\n"
        "                                  Scroll sideways to see the rest.\n",
    )
    assert (4, "command", "less", "less -S FILE", "Cut long lines at the edge.") in facts(sheet)
    assert 5 in warned(sheet)
    assert 5 not in [line for line, *_ in facts(sheet)]


def test_a_term_of_words_that_may_be_prose_is_warned() -> None:
    sheet = _SHEET.replace("              g                   Go to the start", "              Go to               the start")
    assert 8 not in [line for line, *_ in facts(sheet)]
    assert 8 in warned(sheet)


def test_keys_of_a_program_nobody_names_are_warned() -> None:
    sheet = (
        "planter                         Open the garden\n"
        "planter water                   Water every bed\n"
        "planter dig                     Dig every bed\n"
        "            w                   Water this bed\n"
        "            d                   Dig it over\n"
    )
    assert [line for line, *_ in facts(sheet)] == [1, 2, 3]
    assert {4, 5} <= set(warned(sheet))


def test_the_heading_names_the_program_of_a_fenced_sheet() -> None:
    text = (
        "# tmux\n\n```\n"
        "tmux new -s NAME              New named session\n"
        "        -d                    Do not attach to it\n"
        "tmux ls\n"
        "        s                     Choose a session\n"
        "```\n"
    )
    assert facts(text) == [
        (4, "command", "tmux new", "tmux new -s NAME", "New named session"),
        (5, "option", "tmux new", "-d", "Do not attach to it"),
        (7, "command", "tmux", "s", "Choose a session"),
    ]


def test_texts_of_other_shapes_are_no_column_sheet() -> None:
    assert as_code(_SHEET) is not None
    ragged = (
        "less FILE  Page through a file\n"
        "less +F FILE    Follow the file as it grows\n"
        "    -N   Number the lines\n"
        "less -S FILE   Cut long lines at the edge\n"
    )
    assert as_code(ragged) is None  # each gloss two spaces after its term: no column they line up in
    flat = "".join(line.lstrip() + "\n" for line in _SHEET.splitlines() if line.startswith("less "))
    assert as_code(flat) is None  # nothing indented under anything: a list of commands, for other readers
    assert as_code("# Less\n\n" + _SHEET) is None  # markdown: its blocks are read as such
    prose = "The garden  is wide and the beds are many.\nWe water  them daily in the summer.\nIt takes  a while.\n"
    assert as_code(prose) is None


def test_a_block_of_rows_mostly_of_another_kind_is_left_to_other_readers() -> None:
    listing = (
        "# Mail\n\n```\n"
        "Inbox has 4 letters\n"
        "    Ann Lee          Lunch on Friday\n"
        "    Bo Kim           Your parcel\n"
        "    Cy Park          Minutes of the meeting\n"
        "```\n"
    )
    assert not any("column" in w.message for w in draft(listing).warnings)


def test_a_paragraph_of_hard_broken_rows_is_a_sheet_when_every_row_is_a_command_line() -> None:
    text = (
        "# Git in a nutshell\n\n"
        "git status        Show what changed\n"
        "git add -p        Stage part of a file\n"
        "git commit        Record the staged changes\n"
    )
    assert [(line, kind, command, front) for line, kind, command, front, _ in facts(text)] == [
        (3, "command", "git status", "git status"),
        (4, "command", "git add", "git add -p"),
        (5, "command", "git commit", "git commit"),
    ]
    prose_row = text.replace("git commit        Record", "Then commit        Record")
    assert not any("column" in w.message for w in draft(prose_row).warnings)  # not every row: left to other readers


def test_a_plain_text_heading_names_whose_keys_follow() -> None:
    text = (
        "TMUX\n"
        "        c               New window\n"
        "        n               Next window\n"
        "VIM\n"
        "        dd              Delete the line\n"
        "        u               Undo the last change\n"
    )
    assert [(line, command, front) for line, _, command, front, _ in facts(text)] == [
        (2, "tmux", "c"), (3, "tmux", "n"), (5, "vim", "dd"), (6, "vim", "u"),
    ]


def test_placeholders_in_angle_brackets_are_no_markup() -> None:
    assert as_code(_SHEET.replace("less FILE", "less <file>")) is not None
    assert as_code(_SHEET + "<br>\n") is None


def test_a_gloss_ending_in_a_colon_leads_in_and_makes_no_card() -> None:
    sheet = _SHEET.replace("Search forward", "To search:")
    assert 9 not in [line for line, *_ in facts(sheet)]
    assert 9 in warned(sheet)


def test_a_plain_text_title_names_whose_keys_the_rows_are() -> None:
    text = (
        "NANO CHEAT SHEET\n\n"
        "Files\n-----\n"
        "^O          write the file out\n"
        "^R          read a file in\n"
        "^X          leave the editor\n"
    )
    assert [(line, command, front) for line, _, command, front, _ in facts(text)] == [
        (5, "nano", "^O"), (6, "nano", "^R"), (7, "nano", "^X"),
    ]
    assert facts(text.replace("NANO CHEAT SHEET", "MY CHEAT SHEET")) == []  # no program named: warned, no cards


_FLAT = (
    "# brew\n\n## Formulae\n\n```{lang}\n"
    "brew update                 fetch the newest formulae\n"  # 6
    "brew install <name>         install a formula\n"  # 7
    "brew info <name>            show what a formula is\n"  # 8
    "brew cleanup                remove old versions \n"  # 9: a trailing space after the gloss
    "```\n"
)


def _column_cards(text: str) -> list[tuple[int, str | None, str, str]]:
    return [(n.line, n.command, n.front, n.back) for n in draft(text).notes if "column sheet" in n.reason]


def test_a_fence_of_command_lines_at_one_margin_glossed_in_a_column_is_a_sheet_whatever_its_mark() -> None:
    expected = [
        (6, "brew update", "brew update", "fetch the newest formulae"),
        (7, "brew install", "brew install <name>", "install a formula"),
        (8, "brew info", "brew info <name>", "show what a formula is"),
        (9, "brew cleanup", "brew cleanup", "remove old versions"),
    ]
    for lang in ("text", "", "sh"):
        assert _column_cards(_FLAT.format(lang=lang)) == expected, lang


def test_a_flat_block_is_a_sheet_only_when_every_glossed_row_runs_its_one_program() -> None:
    other = _FLAT.replace("brew info <name>            show", "less notes.txt              show")
    assert _column_cards(other.format(lang="text")) == []
    prose = _FLAT.replace("brew info <name>            show", "Then look it up             show")
    assert _column_cards(prose.format(lang="text")) == []


def test_values_lined_up_after_command_lines_are_no_glosses() -> None:
    settings = (
        "```\n"
        "git config --global user.name      Ann Lee\n"
        "git config --global user.email     ann@example.com\n"
        "git config --global core.editor    vim\n"
        "git config --global init.branch    main\n"
        "```\n"
    )
    assert _column_cards(settings) == []
    typed = _FLAT.replace("install a formula", "overwrite with --force")
    assert _column_cards(typed.format(lang="")) == []


def test_keys_glossed_in_a_column_at_one_margin_are_left_to_the_key_readers() -> None:
    keys = (
        "# less\n\n```\n"
        "g              go to the start\n"
        "G              go to the end\n"
        "q              quit\n"
        "```\n"
    )
    assert _column_cards(keys) == []


def test_a_row_alone_in_its_block_after_a_sheet_of_the_same_program_is_read_as_its_rows_are() -> None:
    text = _FLAT.format(lang="text") + (
        "\n## Removing\n\n```text\n"
        "brew uninstall --zap <name>        remove a formula and its files\n"  # 15
        "```\n"
    )
    assert _column_cards(text)[-1] == (15, "brew uninstall", "brew uninstall --zap <name>", "remove a formula and its files")


def test_a_row_alone_is_no_sheet_without_one_before_it_nor_with_a_narrow_gap_or_another_program() -> None:
    alone = "# brew\n\n## Removing\n\n```text\nbrew uninstall <name>        remove a formula\n```\n"
    assert _column_cards(alone) == []
    after = _FLAT.format(lang="text") + "\n```text\n{line}\n```\n"
    assert _column_cards(after.format(line="brew uninstall <name>  remove a formula"))[-1][0] == 9  # a two-space slip
    assert _column_cards(after.format(line="less notes.txt        page through the notes"))[-1][0] == 9
