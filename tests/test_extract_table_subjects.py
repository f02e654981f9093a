"""What a table row's first cell is (issue 6, x-f7a): a file of the project, a name, a key of the program a
heading names, a key whose meaning closes with a remark on other keys; and a code span followed by "is".
Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned

_FILES = """# My setup

## Layout

| Path | Role |
| --- | --- |
| `.vimrc` | Loads the plugins and the key maps. |
| `bin/` | Small scripts put on the PATH. |
| `setup.sh` | Links every file into the home folder. |

## Commands

| Command | Description |
| --- | --- |
| `mkd <dir>` | Makes a folder and enters it. |
"""


def test_rows_under_a_path_header_are_files_not_commands() -> None:
    assert facts(_FILES) == [
        (7, "concept", None, ".vimrc", "Loads the plugins and the key maps."),
        (8, "concept", None, "bin/", "Small scripts put on the PATH."),
        (9, "concept", None, "setup.sh", "Links every file into the home folder."),
        (15, "command", "mkd", "mkd", "Makes a folder and enters it."),
    ]


def test_a_korean_file_header_reads_the_same() -> None:
    text = "# 설정\n\n| 파일 | 역할 |\n| --- | --- |\n| `~/.bashrc` | 셸이 열릴 때 읽는 설정 |\n"
    assert facts(text) == [(5, "concept", None, "~/.bashrc", "셸이 열릴 때 읽는 설정")]


_NAMES = """# Toolbox

| Command | Description |
| --- | --- |
| `ship` | Builds and uploads the site. |
| **Travis CI** | Runs `ship` on every push. |

## Languages

| Tool | Usage |
| --- | --- |
| **Elixir** | Managed by `asdf`. |
| **Lua** | Installed with the system packages. |
| **SQL** | Checked by `sqlfluff`. |
"""


def test_a_first_cell_that_is_a_name_is_warned_not_a_command() -> None:
    made = draft(_NAMES)
    assert [(n.line, n.front) for n in made.notes] == [(5, "ship")]
    assert [w.line for w in made.warnings] == [6, 12, 13, 14]
    assert "'Travis CI' is a name" in made.warnings[0].message


def test_keys_and_cmdlets_in_capitals_are_not_names() -> None:
    text = (
        "# Shell\n\n| Command | Description |\n| --- | --- |\n"
        "| `Get-Item <path>` | Shows one item. |\n| `Ctrl + L` | Clears the screen. |\n| `ZZ` | Saves and quits. |\n"
    )
    assert [(line, front) for line, _kind, _command, front, _back in facts(text)] == [
        (5, "Get-Item <path>"), (6, "Ctrl + L"), (7, "ZZ"),
    ]
    assert warned(text) == []


_SECTIONS = """# Dotfiles

## Git

| Command | Description |
| --- | --- |
| `git st` | Shows the status. |

## Screen (Multiplexer)

| Key | Action |
| --- | --- |
| **`Prefix + c`** | Create a window. |
| **`Prefix + [`** | Scroll back (Press `q` to leave, `/` to search). |

## Editing

| Key | Action |
| --- | --- |
| **`Ctrl + s`** | Save. |
"""


def test_a_heading_naming_a_multiplexer_files_its_keys_under_it() -> None:
    notes = draft(_SECTIONS).notes
    assert [(n.line, n.command, n.front, n.back, n.context) for n in notes] == [
        (7, "git st", "git st", "Shows the status.", None),
        (13, "screen", "Prefix + c", "Create a window.", None),
        (14, "screen", "Prefix + [", "Scroll back", "Press q to leave, / to search"),
        (20, None, "Ctrl + s", "Save.", None),
    ]


def test_a_heading_that_only_starts_with_such_a_word_names_no_program() -> None:
    text = (
        "# Notes\n\n## Git\n\n- `git st`: shows the status\n\n"
        "## Screen capture tools\n\n| Key | Action |\n| --- | --- |\n| `Ctrl + p` | Print. |\n"
    )
    assert facts(text)[1:] == [(11, "command", None, "Ctrl + p", "Print.")]


def test_a_closing_gloss_without_other_keys_stays_in_the_answer() -> None:
    text = "# Vim\n\n| Key | Action |\n| --- | --- |\n| `gq` | Format lines (keeps `textwidth`). |\n"
    assert facts(text) == [(5, "command", "vim", "gq", "Format lines (keeps textwidth).")]


def test_leader_key_names_a_setting_not_a_key() -> None:
    text = "# Neovim\n\n**Leader key:** `,`\n\n- `,w`: save the file\n"
    made = facts(text)
    assert (3, "command", "neovim", "Leader key", ",") not in made
    assert (5, "command", "neovim", ",w", "save the file") in made


def test_a_program_in_code_then_is_a_is_defined() -> None:
    text = "# Tools\n\n- `nano` is an editor for beginners.\n- `htop` is started by the login script.\n"
    made = draft(text)
    assert [(n.line, n.kind.value, n.front, n.back) for n in made.notes] == [
        (3, "concept", "nano", "an editor for beginners."),
    ]
    assert [w.line for w in made.warnings] == [4]  # how it is set up: neither what it is nor what it does
    assert "says how it is" in made.warnings[0].message


def test_is_used_to_still_says_what_a_command_does() -> None:
    text = "# Tools\n\n- `wc` is used to count the lines of a file.\n"
    assert [(kind, command, front) for _line, kind, command, front, _back in facts(text)] == [("command", "wc", "wc")]


def test_under_a_name_header_a_name_is_a_term() -> None:
    text = "# Units\n\n| Name | Description |\n| --- | --- |\n| MiB | 1024 KiB |\n| Petabyte | 1000 terabytes |\n"
    assert facts(text) == [
        (5, "concept", None, "MiB", "1024 KiB"),
        (6, "concept", None, "Petabyte", "1000 terabytes"),
    ]


def test_a_hash_in_a_rows_first_cell_is_an_id_not_a_command() -> None:
    text = (
        "# 저장소 메모\n\n| Key | Value |\n| --- | --- |\n"
        "| 9b2e61f0c3d47a8815e2bb0d6f4c9a7e13d5f820 | 트리 객체, 파일 목록 저장 |\n| a41c07e | 첫 커밋 |\n"
    )
    assert facts(text) == []
    assert warned(text) == [5, 6]
