"""A code block indented under a list item belongs to that item (x-f14en), in examples of our own: the item's
text says what its block does; the next item starts a task of its own, and under a heading naming the
program the first item is no gloss of the program."""

from __future__ import annotations

from conftest import draft, facts


def _backs(text: str) -> list[tuple[str, str]]:
    return [(front, back) for _line, _kind, _cmd, front, back in facts(text)]


_AWK = (
    "## awk\n\n"
    "- Print the second column\n\n  ```\n  awk '{print $2}' data.txt\n  ```\n\n"
    "- Sum the first column\n\n  ```\n  awk '{s+=$1} END {print s}' data.txt\n  ```\n\n"
    "- Count the lines\n\n  ```\n  awk 'END {print NR}' data.txt\n  ```\n"
)


def test_each_item_describes_the_block_indented_under_it() -> None:
    assert _backs(_AWK) == [
        ("awk '{print $2}' data.txt", "Print the second column"),
        ("awk '{s+=$1} END {print s}' data.txt", "Sum the first column"),
        ("awk 'END {print NR}' data.txt", "Count the lines"),
    ]


def test_the_first_item_under_the_programs_heading_is_no_gloss_of_the_program() -> None:
    assert "awk" not in [front for front, _back in _backs(_AWK)]


def test_the_code_block_knows_the_item_it_is_indented_under() -> None:
    from quizzer.extract.blocks import Code, read_blocks

    text = "- Print it\n\n  ```\n  cat a.txt\n  ```\n\n```\ncat b.txt\n```\n"
    codes = [block for block in read_blocks(text) if isinstance(block, Code)]
    assert [len(code.lists) for code in codes] == [1, 0]


def test_a_block_outside_any_list_still_takes_the_items_after_it() -> None:
    text = "```\ntar -czf out.tgz src/\n```\n\n- packs the folder src into a gzip archive\n"
    assert _backs(text) == [("tar -czf out.tgz src/", "packs the folder src into a gzip archive")]
    assert not draft(text).warnings


def test_a_note_in_parentheses_ends_the_items_description() -> None:
    text = (
        "- Show every process (Note: `ww` keeps long lines whole.)\n\n  ```\n  ps auxww\n  ```\n\n"
        "- Replace tabs by spaces (`-t` here is the tab stop)\n\n  ```\n  expand -t 4 in.txt\n  ```\n\n"
        "- Count the words (all files together)\n\n  ```\n  wc -w *.txt\n  ```\n"
    )
    assert _backs(text) == [
        ("ps auxww", "Show every process"),
        ("expand -t 4 in.txt", "Replace tabs by spaces"),
        ("wc -w *.txt", "Count the words (all files together)"),  # more of the task, no remark
    ]


def test_the_last_of_several_items_describes_the_block_indented_under_it() -> None:
    text = (
        "## cut\n\n- It counts fields from one.\n\n- There is no regex support.\n\n"
        "- Take the second field of a CSV\n\n  ```\n  cut -d, -f2 data.csv\n  ```\n"
    )
    assert ("cut -d, -f2 data.csv", "Take the second field of a CSV") in _backs(text)
    assert all("second field" not in back for front, back in _backs(text) if front == "cut")


def test_lines_handing_a_file_on_are_one_job_under_the_text_above() -> None:
    for text in (
        "## Examples\n\n- Clean up the log:\n\n  ```\n  sed 's/DEBUG//' app.log > step1.txt\n"
        "  sed 's/ERROR/E/' step1.txt > step2.txt\n  ```\n",
        "Clean up the log:\n\n```\nsed 's/DEBUG//' app.log > step1.txt\nsed 's/ERROR/E/' step1.txt > step2.txt\n```\n",
    ):
        # the text says what the first line starts; the line after it is a step of that job, not the job
        assert _backs(text) == [("sed 's/DEBUG//' app.log", "Clean up the log")]
        assert len(draft(text).warnings) == 1


def test_a_job_whose_first_line_is_already_a_card_of_its_own_makes_none() -> None:
    text = (
        "- Drop the debug lines\n\n  ```\n  sed 's/DEBUG//' app.log\n  ```\n\n"
        "- Clean up the log:\n\n  ```\n  sed 's/DEBUG//' app.log > step1.txt\n  sed 's/ERROR/E/' step1.txt > step2.txt\n  ```\n"
    )
    assert _backs(text) == [("sed 's/DEBUG//' app.log", "Drop the debug lines")]


def test_lines_that_hand_nothing_on_each_take_the_text_above() -> None:
    text = "Clean up the log:\n\n```\nsed 's/DEBUG//' app.log > clean.txt\nsed 's/ERROR/E/' other.log\n```\n"
    assert [back for _front, back in _backs(text)] == ["Clean up the log", "Clean up the log"]
