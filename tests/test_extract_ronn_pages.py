"""A man page in ronn's markdown (quizzer.extract.man_pages): a 'name(1) -- what' title, options written alone on
their indented paragraph ('--quiet or -q') with their meaning in the paragraph under it; in examples of our own."""

from __future__ import annotations

from conftest import facts

_PAGE = (
    "git-tidy(1) -- Tidy the work tree\n"
    "=================================\n"
    "\n"
    "## SYNOPSIS\n"
    "\n"
    "`git-tidy` [-q, --quiet] [&lt;path&gt;]\n"
    "\n"
    "## OPTIONS\n"
    "\n"
    "  --quiet or -q\n"
    "\n"
    "  Prints nothing while tidying.\n"
    "\n"
    "  &lt;path&gt;\n"
    "\n"
    "  Where to tidy.\n"
    "\n"
    "## EXAMPLES\n"
    "\n"
    "  Tidy the whole tree:\n"
    "\n"
    "    $ git tidy\n"
)


def test_each_option_alone_takes_the_paragraph_under_it_as_its_meaning() -> None:
    options = [(line, command, front, back) for line, kind, command, front, back in facts(_PAGE) if kind == "option"]
    assert options == [
        (12, "git tidy", "--quiet, -q", "Prints nothing while tidying."),
        (16, "git tidy", "<path>", "Where to tidy."),
    ]


def test_the_page_is_typed_as_its_examples_type_it() -> None:
    assert (22, "command", "git tidy", "git tidy", "Tidy the whole tree") in facts(_PAGE)
    dashed = _PAGE.replace("$ git tidy", "$ git-tidy")
    assert {command for _, _, command, _, _ in facts(dashed)} == {"git-tidy"}


def test_an_option_alone_outside_a_man_page_is_no_option_card() -> None:
    text = _PAGE.split("## SYNOPSIS")[1].replace("`git-tidy` [-q, --quiet] [&lt;path&gt;]\n", "")
    assert [kind for _, kind, *_ in facts("# Notes\n" + text)].count("option") == 0


def test_an_option_alone_with_no_paragraph_under_it_is_warned_not_dropped_silently() -> None:
    """review14 9: '--quiet or -q' then a heading or another option alone: the option was on no card, unsaid."""
    from conftest import warned

    before_heading = _PAGE.replace("  Where to tidy.\n\n", "")
    assert [front for _, kind, _, front, _ in facts(before_heading) if kind == "option"] == ["--quiet, -q"]
    assert 14 in warned(before_heading)  # "&lt;path&gt;", then "## EXAMPLES"
    before_option = _PAGE.replace("  Prints nothing while tidying.\n\n", "")
    assert [front for _, kind, _, front, _ in facts(before_option) if kind == "option"] == ["<path>"]
    assert 10 in warned(before_option)  # "--quiet or -q", then "&lt;path&gt;" alone
