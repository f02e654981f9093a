"""Shapes met in the English half of the twentieth fresh set, full round (x-f20en2), each in examples of our own:
a script or a dotfile kept under a markdown name (its ``#`` comments read by markdown as headings)."""

from __future__ import annotations

from conftest import draft

from quizzer.extract import extract
from quizzer.extract.bare_scripts import as_code
from quizzer.shell import concrete, is_placeholder


def _notes(text: str, source: str = "t.md") -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in extract(text, deck="t", source=source).notes]


_SCRIPT = (
    "# cut the first ten seconds off\n"
    "ffmpeg -ss 10 -i talk.mp4 -c copy short.mp4\n"
    "\n"
    "# keep the sound only\n"
    "ffmpeg -i talk.mp4 -vn sound.m4a\n"
    "\n"
    "# make it half as wide and high\n"
    "ffmpeg -i talk.mp4 -vf scale=iw/2:ih/2 small.mp4\n"
)


def test_a_script_kept_under_a_markdown_name_reads_its_comments_over_their_lines() -> None:
    notes = _notes(_SCRIPT)
    assert [(n[0], n[2], n[3], n[4]) for n in notes] == [
        (2, "ffmpeg", "ffmpeg -ss 10 -i talk.mp4 -c copy short.mp4", "cut the first ten seconds off"),
        (5, "ffmpeg", "ffmpeg -i talk.mp4 -vn sound.m4a", "keep the sound only"),
        (8, "ffmpeg", "ffmpeg -i talk.mp4 -vf scale=iw/2:ih/2 small.mp4", "make it half as wide and high"),
    ]


def test_a_shebang_first_is_part_of_the_script() -> None:
    assert as_code("#!/bin/sh\n" + _SCRIPT) is not None
    assert as_code(_SCRIPT) == "\n".join("    " + line if line else line for line in _SCRIPT.split("\n"))


def test_notes_with_a_line_of_prose_stay_markdown() -> None:
    # one line of prose (no flag, number, quote or path after its first word), a capitalised sentence, a list, an
    # indented line: markdown, not a script
    assert as_code(_SCRIPT + "\n# then\nmake sure it plays\n") is None
    assert as_code(_SCRIPT + "\n# then\nCheck that it plays: ffplay short.mp4\n") is None
    assert as_code(_SCRIPT + "\n# also\n- ffplay short.mp4\n") is None
    assert as_code(_SCRIPT + "\n# also\n  ffplay short.mp4\n") is None
    assert as_code(_SCRIPT + "\n## Also\nffplay -autoexit short.mp4\n") is None
    assert as_code(_SCRIPT + "\n# also\nffplay -autoexit short.mp4.\n") is None


def test_two_comments_are_too_few_for_a_script() -> None:
    two = "# Install\npip install -U httpie\n\n# Run\nhttp -v example.org\n"
    assert as_code(two) is None
    assert as_code(two + "\n# Debug\nhttp --debug example.org\n") is not None


_DOTFILE = (
    "# start counting windows at one\n"
    "set -g base-index 1\n"
    "\n"
    "# mouse to pick panes\n"
    "set -g mouse on\n"
    "\n"
    "# reload this file\n"
    "bind-key r source-file ~/.tmux.conf\n"
    "\n"
    "# ask before closing a pane\n"
    "unbind-key x\n"
)


def test_a_dotfile_named_by_its_program_makes_cards_of_that_program() -> None:
    notes = _notes(_DOTFILE, source="dotfiles/tmux.conf.md")
    assert [(n[0], n[2], n[3], n[4]) for n in notes] == [
        (2, "tmux", "set -g base-index 1", "start counting windows at one"),
        (5, "tmux", "set -g mouse on", "mouse to pick panes"),
        (8, "tmux", "bind-key r source-file ~/.tmux.conf", "reload this file"),
        (11, "tmux", "unbind-key x", "ask before closing a pane"),
    ]


def test_a_program_of_its_own_in_such_a_dotfile_keeps_its_name() -> None:
    text = _DOTFILE + "\n# list the sessions from a shell\ntmux ls -F '#S'\n\n# what is in it\nls -la ~/.tmux\n"
    commands = {n[3]: n[2] for n in _notes(text, source="tmux.conf.md")}
    assert commands["ls -la ~/.tmux"] == "ls"


def test_a_quoted_shell_test_is_typed_as_written() -> None:
    assert not is_placeholder('"[ -f ~/.app.local ]"') and not is_placeholder("'[ ! -d /srv/cache ]'")
    assert is_placeholder('"[file name]"') and is_placeholder('"[이름]"')
    assert concrete("""if-shell "[ -n "$SSH_TTY" ]" 'set -g status off'""").startswith("if-shell")
    assert "[ -f ~/.app.local ]" in concrete("""if-shell "[ -f ~/.app.local ]" 'source ~/.app.local'""")


def test_markdown_notes_with_headings_are_read_as_before() -> None:
    text = "# Video\n\nffmpeg converts and cuts video.\n\n# Cut\n\n`ffmpeg -ss 10 -i a.mp4 b.mp4`\n\n# Copy\n\ncp -r a b\n"
    assert as_code(text) is None
    # a title over "##" headings is markdown: read as it always was, by its headings
    headed = "# Video\n\n" + _SCRIPT.replace("# ", "## ")
    assert as_code(headed) is None
    assert [n.front for n in draft(headed).notes] == [n[3] for n in _notes(_SCRIPT)]


# a plain-text key sheet: an action, a wide gap, its keys; markdown joins the rows into one paragraph
_KEY_SHEET = (
    "# micro\n\n"
    "## Files\n\n"
    "  Save the buffer                CTRL-s\n"
    "  Open a file                    CTRL-o\n"
    "  Quit                           CTRL-q\n\n"
    "## Panes\n\n"
    "  Split beside                   CTRL-e vsplit\n"
    "  Next pane                      CTRL-w\n"
    "  Open a file                    CTRL-e open\n"
    "  Jump to a pane                 a number\n"
)


def test_aligned_columns_of_an_action_and_its_keys_are_key_cards() -> None:
    notes = _notes(_KEY_SHEET)
    assert [(n[0], n[2], n[3], n[4]) for n in notes if n[1] == "command"] == [
        (5, "micro", "CTRL-s", "Save the buffer"),
        (6, "micro", "CTRL-o", "Open a file"),
        (7, "micro", "CTRL-q", "Quit"),
        (11, "micro", "CTRL-e vsplit", "Split beside"),
        (12, "micro", "CTRL-w", "Next pane"),
        (13, "micro", "CTRL-e open", "Open a file"),
    ]
    # a right column that is no key is said, with its line
    assert 14 in [w.line for w in draft(_KEY_SHEET).warnings]


def test_a_key_bound_again_under_another_heading_names_it() -> None:
    text = "# nano\n\n## Text\n\n  Cut the line        CTRL-k\n  Paste it            CTRL-u\n\n## Help\n\n  Cut the line        CTRL-k\n  Leave help          CTRL-x\n  Search the help     CTRL-w\n"
    fronts = {n[3]: n[4] for n in _notes(text)}
    assert fronts["CTRL-k"] == "Cut the line" and fronts["CTRL-w"] == "Search the help"
    text = text.replace("Search the help     CTRL-w", "Back to the text    CTRL-u")
    assert {n[3]: n[4] for n in _notes(text)}["CTRL-u (Help)"] == "Back to the text"


def test_aligned_columns_of_keys_of_no_program_are_warned() -> None:
    text = "# Browser\n\n  New tab           Ctrl+T\n  Close the tab     Ctrl+W\n"
    assert not draft(text).notes
    assert 3 in [w.line for w in draft(text).warnings]


def test_aligned_columns_that_hold_no_key_are_no_key_cards() -> None:
    # sizes, versions, a list of names: two columns, no key in the right one
    for rows in ("  Disk used       20G\n  Memory used     3G\n", "  Python          3.12\n  Node            22\n",
                 "  Maintainer      Ana Silva\n  License         MIT\n", "  저장 공간        20G\n  메모리          3G\n"):
        assert [n[3] for n in _notes("# tmux\n\nA terminal multiplexer.\n\n## Status\n\n" + rows)] == ["tmux"], rows
    # keys first are the other shape (a block of keys, then what they do), never an action named by its key
    assert not [n for n in _notes("# tmux\n\n  Ctrl-b d        detach\n  Ctrl-b c        new window\n")
                if n[4] in ("Ctrl-b d", "Ctrl-b c")]


def test_a_file_name_with_a_hyphenated_program_names_its_keys() -> None:
    text = "  Save          CTRL-x CTRL-s\n  Promote       ALT-left\n"
    assert [(n[2], n[3]) for n in _notes(text, source="org-mode-keys.md")] == [
        ("org-mode", "CTRL-x CTRL-s"), ("org-mode", "ALT-left")]
    assert [n[2] for n in _notes(text, source="tmux-keys.md")] == ["tmux", "tmux"]


def test_a_sentence_giving_the_usage_line_after_a_colon_is_a_syntax_card() -> None:
    text = (
        "# rsync\n\nRsync follows a simple syntax: rsync [options] SRC DEST.\n\n"
        "```bash\n# mirror a folder\nrsync -a --delete site/ backup/\n```\n"
    )
    assert (3, "syntax", "rsync", "rsync", "rsync [options] SRC DEST") in _notes(text)
    text = "# tar\n\nThe general usage is: `tar [flags] archive [files]`\n"
    assert (3, "syntax", "tar", "tar", "tar [flags] archive [files]") in _notes(text)


def test_a_syntax_told_in_words_or_of_another_program_is_no_syntax_card() -> None:
    for sentence in (
        "It has a simple syntax: words first, then flags.",  # words, no usage line
        "Rsync follows a simple syntax: rsync -a site/ backup/.",  # a line with nothing to fill in
        "Its syntax is like cp's: cp [options] SRC DEST.",  # another program's
        "When you learn the syntax of it and of the many other tools we met in the first chapter: rsync [options] SRC.",
    ):
        text = f"# rsync\n\n{sentence}\n\n```bash\n# mirror a folder\nrsync -a --delete site/ backup/\n```\n"
        assert not [n for n in _notes(text) if n[1] == "syntax"], sentence


def test_aligned_columns_of_a_platform_and_its_keys_are_no_action_cards() -> None:
    text = "# kitty\n\n## Copy\n\nmacOS        Cmd+C\nLinux        Ctrl+Shift+C\n\n## Paste\n\nmac          Cmd+V\nWindows      Ctrl+Shift+V\n"
    assert not [n for n in _notes(text) if n[4] in ("macOS", "Linux", "mac", "Windows")]


def test_a_sentence_saying_what_a_shorthand_expands_to_is_a_concept_card() -> None:
    text = (
        "# Notes on a web client\n\nIt takes short addresses. For example, `:8080`\nexpands to `http://localhost:8080`. "
        "Nothing else changes.\n\n```bash\nxh :8080/api  # ask the local server\nxh -b :8080/health  # only the body\nxh -h :8080  # only the headers\nxh -v :8080  # the request too\n```\n"
    )
    assert (3, "concept", "xh", ":8080", "http://localhost:8080") in _notes(text)
    text = "# Shell tricks\n\n`~+` is short for `$PWD`, and `~` expands to your home folder.\n"
    notes = _notes(text)
    assert (3, "concept", None, "~+", "$PWD") in notes  # notes that name no program: a term of none
    assert not [n for n in notes if n[3] == "~"]  # an expansion in words is no code span


def test_a_comment_naming_what_a_later_line_of_its_run_does_is_the_run_title() -> None:
    text = (
        "# move the prefix to C-a\nunbind C-b\nset -g prefix C-a\nbind C-a send-prefix\n\n"
        "# act like vi\nsetw -g mode-keys vi\nbind-key h select-pane -L\n\n"
        "# count windows from one\nset -g base-index 1\nset-window-option -g pane-base-index 1\n"
    )
    notes = {n[3]: n[4] for n in _notes(text, source="tmux.conf.md")}
    assert "unbind C-b" not in notes and 2 in [w.line for w in draft(text).warnings]
    assert notes["setw -g mode-keys vi"] == "act like vi"
    assert notes["set -g base-index 1"] == "count windows from one"


def test_a_comment_naming_the_thing_whose_parts_its_lines_set_is_the_run_title() -> None:
    # review9 [bare-script-group-comment]: "status" is a part of every line's setting (status-left, status-right)
    text = (
        "# status line\nset -g status-left '[#S]'\nset -g status-right '%H:%M'\n\n"
        "# window titles\nset -g set-titles on\nset -g set-titles-string '#S'\n\n"
        "# open a new window in the same folder\nbind c new-window -c '#{pane_current_path}'\nbind-key -n M-Left select-pane -L\n"
    )
    notes = {n[3]: n[4] for n in _notes(text, source="tmux.conf.md")}
    assert not [front for front, back in notes.items() if back in ("status line", "window titles")]
    assert {2, 6} <= {w.line for w in draft(text).warnings}
    assert notes["bind c new-window -c '#{pane_current_path}'"] == "open a new window in the same folder"


def test_aligned_columns_saying_where_the_keys_apply_are_no_action_cards() -> None:
    text = (
        "# kitty\n\n## Copy\n\nMac                    Cmd+C\nWindows and Linux      Ctrl+Shift+C\n\n"
        "## Paste\n\nIn the terminal        Ctrl+Shift+V\nOn a web page          Ctrl+V\n"
    )
    assert not [n for n in _notes(text) if n[3] in ("Cmd+C", "Ctrl+Shift+C", "Ctrl+Shift+V", "Ctrl+V")]
    # an action joined with a slash is still one
    text = "# micro\n\n  Open/close the tree      CTRL-t\n  Undo/redo                CTRL-z\n"
    assert [n[3] for n in _notes(text)] == ["CTRL-t", "CTRL-z"]
