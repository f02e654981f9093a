"""Names, in parentheses, of the several values an option of the line below takes (quizzer.extract.counted_values,
x-f30en2)."""

from __future__ import annotations

from conftest import facts

_ITEM = (
    "# Plot tools\n\n- list the pages\n\n  ```shell\n  plotcrop --list chart.pdf\n  ```\n\n"
    "- frame the plot ({names}){more}\n\n  ```shell\n  plotcrop --box 0.5 0.5 8 10 chart.pdf out.pdf\n  ```\n"
)


def test_as_many_names_as_numbers_after_an_option_are_that_options_values() -> None:
    text = _ITEM.format(names="left bottom right top, in inches", more="")
    assert [(kind, command, front, back) for _, kind, command, front, back in facts(text)][1:] == [
        ("option", "plotcrop", "--box", "left bottom right top, in inches"),
        ("command", "plotcrop", "plotcrop --box 0.5 0.5 8 10 chart.pdf out.pdf", "frame the plot"),
    ]


def test_what_follows_the_names_and_speaks_of_the_values_is_the_options_too() -> None:
    text = _ITEM.format(names="left bottom right top", more="\n  larger values leave more room")
    backs = {front: back for _, _, _, front, back in facts(text)}
    assert backs["--box"] == "left bottom right top; larger values leave more room"
    assert backs["plotcrop --box 0.5 0.5 8 10 chart.pdf out.pdf"] == "frame the plot"


def test_names_that_do_not_count_the_values_stay_with_the_line() -> None:
    text = _ITEM.format(names="left bottom right", more="")
    assert [(kind, back) for _, kind, _, _, back in facts(text)][1:] == [("command", "frame the plot (left bottom right)")]
