"""An option cell with the English word its letter stands for in parentheses (``| `-r`(recursive) | … |``): the
option is the code span, the word a mnemonic kept beside its meaning (quizzer.extract.option_words); examples of our
own."""

from __future__ import annotations

from conftest import facts as _notes
from conftest import warned as _warned

_TABLE = (
    "## `rsync`\n\n"
    "|옵션|설명|\n|---|---|\n"
    "|`-r`(recursive)|하위 폴더까지 복사|\n"
    "|`-q` (quiet)|진행 상황을 보이지 않음|\n"
    "|`-v`(verbose)|verbose|\n"
    "|`-a`|속성 유지|\n"
)


def test_the_option_is_the_code_span_and_its_word_stays_beside_the_meaning() -> None:
    notes = _notes(_TABLE)
    assert (5, "option", "rsync", "-r", "하위 폴더까지 복사 (recursive)") in notes
    assert (6, "option", "rsync", "-q", "진행 상황을 보이지 않음 (quiet)") in notes
    assert (8, "option", "rsync", "-a", "속성 유지") in notes


def test_a_meaning_that_is_the_word_itself_is_not_repeated() -> None:
    assert (7, "option", "rsync", "-v", "verbose") in _notes(_TABLE)


def test_words_of_several_words_spell_the_option_in_order() -> None:
    text = _TABLE.replace("`-a`|속성", "`-p`(preserve permissions) |권한 유지|\n|`-a`|속성")
    assert (8, "option", "rsync", "-p", "권한 유지 (preserve permissions)") in _notes(text)


def test_words_that_do_not_spell_the_option_are_not_read_as_its_word() -> None:
    text = _TABLE.replace("`-r`(recursive)", "`-r`(old)")
    assert not [n for n in _notes(text) if n[3] == "-r" and "old" in n[4]]


def test_an_option_cell_that_reads_as_no_option_is_no_command_card() -> None:
    # "`-r`(old)": the words are not its name; what the row says is no card of a command called "-r(old)" (a system
    # named so, "(Linux)", says where the option works: tables.py reads that)
    text = _TABLE.replace("`-r`(recursive)", "`-r`(old)")
    assert not [n for n in _notes(text) if n[1] == "command"]
    assert 5 in _warned(text)
