"""What a project README says around its facts, which is no fact: numbered install steps under '## Installation',
a remark in brackets over a block, a sentence whose colon opens a list, keys alone after a label (x-f23en), with
examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_numbered_steps_under_installation_are_how_to_get_it_not_a_procedure() -> None:
    text = (
        "# frob.nvim\n\n"
        "## Installation\n\n"
        "### lazy.nvim\n\n"
        "1. Add `{ 'me/frob.nvim' }` to your plugin list.\n"
        "2. Restart the editor\n"
        "3. Run `:Lazy sync`\n"
    )
    assert [kind for _, kind, *_ in facts(text)] == []
    assert 7 in warned(text)


def test_numbered_steps_under_a_heading_of_their_own_task_are_still_steps() -> None:
    text = (
        "# frob\n\n"
        "## Upgrade the database\n\n"
        "1. Stop the service first\n"
        "2. Run the migration script\n"
    )
    assert [(kind, back) for _, kind, _, _, back in facts(text)] == [
        ("step", "Stop the service first"), ("step", "Run the migration script"),
    ]


def test_a_remark_in_brackets_over_a_block_is_not_what_its_lines_do() -> None:
    text = (
        "# frob\n\n"
        "## Unix\n\n"
        "(On macOS, use `~/Library/frob/` instead.)\n\n"
        "```sh\n"
        "mkdir -p ~/.local/share/frob\n"
        "```\n"
    )
    assert facts(text) == []


def test_a_sentence_before_a_colon_is_no_term() -> None:
    text = "# frob\n\nFrob is all about \"widgets\": knobs, dials, sliders, and more.\n"
    assert facts(text) == []
    assert facts("# frob\n\nWidget: a knob, a dial or a slider.\n") == [(3, "concept", None, "Widget", "a knob, a dial or a slider.")]


def test_keys_alone_after_a_label_are_no_definition() -> None:
    text = "# frob\n\nQuick edit: `vi<C-w>x<Esc>`\n\nBold it: `ysiw<b>`\n"
    assert facts(text) == []
    assert set(warned(text)) >= {3, 5}


def test_a_pun_on_the_name_or_a_notice_under_a_heading_is_no_definition() -> None:
    assert facts("# Frob\n\nfind + rob = frob. Finds things faster.\n") == []
    assert facts("# frob\n\n## Widgets\n\nNotice most widgets copy the ones of vim.\n") == []
    assert facts("# frob\n\n## Widgets\n\nSmall parts that turn input into gadgets.\n") == [
        (5, "concept", None, "Widgets", "Small parts that turn input into gadgets"),
    ]
