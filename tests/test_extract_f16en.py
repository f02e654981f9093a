"""Shapes met in the English half of the sixteenth fresh set (x-f16en), each in examples of our own: steps
numbered ``1 - …`` on the lines of one paragraph."""

from __future__ import annotations

from conftest import draft, warned


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, int | None]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.position) for n in draft(text).notes]


def test_lines_numbered_with_a_dash_in_one_paragraph_are_the_steps_of_the_line_above() -> None:
    text = (
        "# Wiki\n\n"
        "## Access\n\n"
        "Set up the admin page:\n\n"
        "1 - `Team` owners\n"
        "2 - `Member` alice\n"
        "3 - press save and close the page:\n\n"
        "```shell\n"
        "curl -s https://example.org/ping\n"
        "```\n"
    )
    assert _notes(text) == [
        (7, "step", None, "Set up the admin page — step 1", "Team owners", 1),
        (8, "step", None, "Set up the admin page — step 2", "Member alice", 2),
        (9, "step", None, "Set up the admin page — step 3", "press save and close the page", 3),
    ]


def test_a_lone_step_one_over_a_block_is_not_what_the_block_does() -> None:
    text = "# Wiki\n\n## Login\n\n1 - Fetch the key file and keep it\n\n```shell\nssh -i my.key admin@box\n```\n"
    assert [n for n in draft(text).notes if n.back.startswith("1 -") or "Fetch" in n.back] == []
    assert 5 in warned(text)


def test_dash_numbers_out_of_order_or_figures_are_not_steps() -> None:
    # "2 - 3" is arithmetic, and a run that does not count 1, 2, 3 is no procedure
    skipped = "# Wiki\n\n## Sums\n\nAdd:\n\n1 - open it\n3 - close it\n"
    assert [n for n in draft(skipped).notes if n.kind.value == "step"] == []
    figures = "# Wiki\n\n## Sums\n\nAdd:\n\n1 - 2 of them\n2 - 3 of them\n"
    assert [n for n in draft(figures).notes if n.kind.value == "step"] == []


def test_a_lead_in_line_over_a_disk_tools_line_in_backticks_says_what_it_does() -> None:
    text = (
        "# Disks\n\n"
        "wipe the old signatures\n\n"
        "`wipefs -a /dev/sdc`\n\n"
        "make a fresh GPT\n\n"
        "`sgdisk -o /dev/sdc`\n"
    )
    assert [(line, kind, command, front, back) for line, kind, command, front, back, _ in _notes(text)] == [
        (5, "command", "wipefs", "wipefs -a /dev/sdc", "wipe the old signatures"),
        (9, "command", "sgdisk", "sgdisk -o /dev/sdc", "make a fresh GPT"),
    ]


def test_a_command_line_alone_in_backticks_is_not_what_the_next_one_does() -> None:
    text = (
        "# Disks\n\n"
        "### health\n\n"
        "`smartctl -a /dev/sdc`\n\n"
        "`btrfs device stats /srv`\n\n"
        "`btrfs balance status /srv`\n"
    )
    # the heading says what the first line does; the second is no description of the third
    assert [n.back for n in draft(text).notes if n.front.startswith("btrfs balance")] == []
    assert [n.back for n in draft(text).notes if n.front.startswith("btrfs device")] == []


def test_a_gloss_that_sends_the_reader_to_another_program_is_not_what_the_line_does() -> None:
    text = "# Disks\n\n`mount -o subvolid=5 /dev/sdc1 /srv`\t# use lsblk -f to find the labels\n"
    assert [n for n in draft(text).notes if n.command == "mount"] == []
    assert 3 in warned(text)
    # a gloss naming the program the line runs is what it does
    same = "# Disks\n\n`lsblk -f /dev/sdc`\t# use lsblk -f to see the labels\n"
    assert [n.front for n in draft(same).notes] == ["lsblk -f /dev/sdc"]


def test_a_line_of_fstab_glossed_after_it_is_no_term() -> None:
    text = "# Disks\n\nin /etc/fstab:\n\n`LABEL=data\t/srv\text4\tnoatime\t0\t2`\t# LABEL from `e2label`\n"
    assert [n for n in draft(text).notes if n.kind.value == "concept"] == []
    assert 5 in warned(text)


def test_the_case_an_advice_is_for_is_not_a_term() -> None:
    text = "# Disks\n\nwhen the pool is degraded: do NOT reboot before the resilver ends!\n"
    assert [n for n in draft(text).notes if n.kind.value == "concept"] == []
    assert 3 in warned(text)


def test_a_sentence_whose_subject_is_a_name_and_what_it_stands_for() -> None:
    text = "Tools\n=====\n\nlvm (logical volume manager) keeps volumes apart from the disks under them.\n"
    assert _notes(text) == [(4, "concept", None, "lvm", "logical volume manager", None)]
    # words in parentheses that do not spell the name are no expansion
    other = "Tools\n=====\n\nlvm (on every server) keeps volumes apart from the disks under them.\n"
    assert [n for n in draft(other).notes if n.front == "lvm"] == []


def test_a_first_line_under_a_heading_that_says_what_another_thing_is_does_not_define_the_heading() -> None:
    text = "# Mirrors\n\nrsync is the tool I keep them in sync with.\n"
    assert [n for n in draft(text).notes if n.front == "Mirrors"] == []
    # the heading's own name (or "it") as the subject still defines it
    own = "# Mirrors\n\nMirrors are copies of a repository kept in sync.\n"
    assert [(n.front, n.back) for n in draft(own).notes] == [("Mirrors", "Mirrors are copies of a repository kept in sync")]


def test_a_gloss_that_ends_by_telling_what_a_flag_and_its_value_mean_keeps_the_rest() -> None:
    text = "# Copies\n\n`tar -cf - /srv | pv -s 20G > srv.tar`\t# with a progress bar, -s 20G = twenty gigabytes\n"
    assert [(n.front, n.back) for n in draft(text).notes if n.kind.value == "command"] == [
        ("tar -cf - /srv | pv -s 20G", "with a progress bar"),
    ]
    assert 3 in warned(text)


def test_label_lines_each_over_a_bare_command_line_in_one_paragraph() -> None:
    text = (
        "# Swap\n\n"
        "swap file:\n"
        "make it swap:\n"
        "mkswap /swapfile\n"
        "turn it on:\n"
        "swapon /swapfile\tthen check free -h and add it to fstab\n"
    )
    assert [(line, front, back) for line, _, _, front, back, _ in _notes(text)] == [
        (4, "mkswap /swapfile", "make it swap"),
        (6, "swapon /swapfile", "turn it on"),
    ]
    assert 7 in warned(text)
    # a line that is no command of a known program breaks the shape: nothing is guessed
    loose = "# Swap\n\nfirst:\nopen the box\nthen:\nswapon /swapfile\n"
    assert [n for n in draft(loose).notes if n.reason == "label line, then its command line"] == []


def test_a_lead_in_with_a_caution_in_parentheses_over_a_line_of_a_program_we_do_not_know() -> None:
    text = (
        "Clone\n=====\n\n"
        "copy the card: (check the device twice!)\n\n"
        "`ddrescue -f /dev/mmcblk0 card.img card.map`\n"
    )
    assert [(line, front, back) for line, _, _, front, back, _ in _notes(text)] == [
        (6, "ddrescue -f /dev/mmcblk0 card.img card.map", "copy the card"),
    ]
    # an unknown word in backticks with no argument only a shell takes is no command line
    bare = "Clone\n=====\n\ncopy the card:\n\n`ddrescue card`\n"
    assert [n for n in draft(bare).notes if n.kind.value == "command"] == []
