"""Review 11 (/work/review11/findings.md): behaviour kept or put right by its fixes, in examples of our own."""

from __future__ import annotations

import pytest
from conftest import draft


def _backs(text: str) -> dict[str, str]:
    return {n.front: n.back for n in draft(text).notes if n.kind.value != "syntax"}


# -- 1. text of a roff page or a docstring help is no markdown -----------------------------------------------------

_ROFF = (
    ".TH TIDY 1\n.SH NAME\ntidy \\- sweep __pycache__ and *.pyc files\n.SH SYNOPSIS\n.B tidy\n[\\fIOPTIONS\\fR]\n"
    ".SH OPTIONS\n"
    ".TP\n.B \\-k, \\-\\-keep\nKeep files named __init__ or <name>.bak as they are.\n"
    ".TP\n.B \\-g, \\-\\-glob\nSweep only *.log or *.tmp files, read from [a list](of globs)\n"
    "- one glob a line.\n"
)
_DOCSTRING = (
    '"""usage: tidy [options] <dir>\n\n'
    "    -k, --keep <glob>    keep files named __init__ or *.bak\n"
    "    -g, --glob <glob>    sweep only [these](globs) & <b>bold</b> ones\n"
    '"""\nimport sys\n'
)


@pytest.mark.parametrize(("text", "backs"), [
    (_ROFF, {
        "tidy": "sweep __pycache__ and *.pyc files",
        "-k, --keep": "Keep files named __init__ or <name>.bak as they are.",
        "-g, --glob": "Sweep only *.log or *.tmp files, read from [a list](of globs) - one glob a line.",
    }),
    (_DOCSTRING, {
        "-k, --keep": "keep files named __init__ or *.bak",
        "-g, --glob": "sweep only [these](globs) & <b>bold</b> ones",
    }),
], ids=["roff", "docstring"])
def test_plain_text_of_another_format_keeps_the_characters_markdown_would_read_as_marks(
    text: str, backs: dict[str, str],
) -> None:
    assert _backs(text) == backs


def test_literal_escapes_marks_only_where_markdown_reads_them() -> None:
    from quizzer.extract.literal import literal, literal_line

    assert literal("pg_dump a*b [x](y) [OPTIONS] <dir> &amp; a & b") == "pg_dump a\\*b \\[x](y) [OPTIONS] <dir> \\&amp; a & b"
    assert literal("<b>bold</b> <br/> <dir>") == "\\<b>bold\\</b> \\<br/> <dir>"
    assert literal("__init__") == "\\_\\_init\\_\\_"
    assert literal_line("- one") == "\\- one" and literal_line("1. one") == "1\\. one"
    assert literal_line("# one") == "\\# one" and literal_line("one - two") == "one - two"


# -- 3. what a converter leaves unread is said ----------------------------------------------------------------------

def test_a_roff_page_s_table_is_warned_at_its_first_line() -> None:
    text = _ROFF + ".TP\n.B \\-d, \\-\\-dir\nSweep only the folder named.\n.TS\ntab(|);\nl l.\nLinux|~/.cache\n.TE\n"
    result = draft(text)
    table = text.split("\n").index(".TS") + 1
    assert [w.line for w in result.warnings if ".TS" in w.message] == [table]
    assert _backs(text)["-d, --dir"] == "Sweep only the folder named."
    assert not [w for w in draft(_ROFF).warnings if ".TS" in w.message]


# -- 8. a Hangul syllable's final consonant, asked in one place ----------------------------------------------------

def test_the_final_consonant_of_a_hangul_syllable() -> None:
    from quizzer.text import FINAL_RIEUL, FINAL_SSANG_SIOT, final_consonant

    assert final_consonant("할") == final_consonant("볼") == FINAL_RIEUL
    assert final_consonant("했") == final_consonant("렸") == FINAL_SSANG_SIOT
    assert final_consonant("가") == final_consonant("힣") - 27 == 0
    assert final_consonant("a") is None and final_consonant("ㄹ") is None


# -- 5. a title or heading names a program as one of its words ---------------------------------------------------

def test_a_title_names_a_program_as_a_word_of_its_own() -> None:
    from quizzer.extract.own_programs import names

    assert names("backup-tool 사용법", "backup-tool") and names("fastboot", "fastboot")
    assert not names("backup-tool 사용법", "backup") and not names("fastboots", "fastboot")
