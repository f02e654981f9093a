"""A sentence over a block that only points at it ("Here's how to list them:", "Just do it like this:"): the heading
right above says what the block does (quizzer.extract.pointer_headings)."""

from __future__ import annotations

from conftest import facts, warned
from quizzer.extract import narration


def test_heres_how_after_a_story_takes_the_heading() -> None:
    text = (
        "# restic\n\n"
        "### list snapshots of one host\n\n"
        "I had backups of three laptops in one repository and wanted only mine. Here's how to list them:\n\n"
        "```\nrestic snapshots --host laptop\n```\n"
    )
    assert facts(text) == [(8, "command", "restic", "restic snapshots --host laptop", "list snapshots of one host")]


def test_a_pointer_at_another_task_than_the_headings_is_no_card() -> None:
    # rv20: each line was carded with the heading, which names the task the section ends with, not the line's
    for paragraph, line in (
        ("First, you need to install the dependencies. Here's how:", "npm install"),  # the sentence before's task
        ("Before tagging, make sure your working tree is clean. Here's how to check it:", "git status"),
        ("The disk filled up again, so I looked at what takes space. Here's how to see it:", "docker system df"),
    ):
        text = f"# notes\n\n### Remove old images\n\n{paragraph}\n\n```\n{line}\n```\n"
        assert facts(text) == []
        assert 7 in warned(text)


def test_a_long_story_ending_in_the_pointer_takes_the_heading() -> None:
    text = (
        "# docker\n\n"
        "### remove unused images\n\n"
        "My build machine ran out of disk after a month of nightly builds, and the monitoring only told me when the "
        "jobs had failed for two days, which I only noticed when somebody asked about the release. "
        "Finding the old images by hand took an afternoon. Here's how to do it:\n\n"
        "```\ndocker image prune -a\n```\n"
    )
    assert facts(text) == [(8, "command", "docker image prune", "docker image prune -a", "remove unused images")]


def test_do_it_like_this_takes_the_heading() -> None:
    text = "# restic\n\n### check the repository\n\nJust do it like this:\n\n```\nrestic check\n```\n"
    assert facts(text) == [(8, "command", "restic", "restic check", "check the repository")]


def test_a_pointer_naming_its_own_task_is_read_as_before() -> None:
    # "Here's how to unlock a repository:" says the task itself (no pronoun pointing back): it is the meaning
    text = "# restic\n\n### Locks\n\nHere's how to unlock a repository:\n\n```\nrestic unlock\n```\n"
    assert [n[4] for n in facts(text)] != ["Locks"]


def test_heres_how_with_no_heading_saying_a_task_is_no_card() -> None:
    # before, "Here's how" itself was the card's answer; the heading right above names the program, no task
    text = "# restic\n\nHere's how:\n\n```\nrestic snapshots\n```\n"
    assert facts(text) == []
    assert 5 in warned(text)


def test_heres_how_with_a_remark_between_it_and_the_heading_is_no_card() -> None:
    text = (
        "# restic\n\n"
        "### show snapshots\n\n"
        "```\nrestic init\n```\n\n"
        "Here's how:\n\n"
        "```\nrestic snapshots\n```\n"
    )
    assert all(n[3] != "restic snapshots" for n in facts(text))
    assert 11 in warned(text)


def test_a_case_then_a_pointer_takes_the_heading() -> None:
    # "…하려는 경우 아래 방법을 사용한다.": when the lines are for, not what they do; the heading says that
    text = "# git\n\n## 임시 저장 비우기\n\n쌓인 스태시가 더는 필요 없는 경우 아래 명령을 실행한다.\n\n```\ngit stash clear\n```\n"
    assert facts(text) == [(8, "command", "git stash clear", "git stash clear", "임시 저장 비우기")]
    text = "# git\n\n### Remove every stash\n\nIf you no longer need them, run the following:\n\n```\ngit stash clear\n```\n"
    assert facts(text) == [(8, "command", "git stash clear", "git stash clear", "Remove every stash")]
    # "After …, set this.": what must be done first, then a pointer; the heading says what the line does
    text = "# git\n\n## Remove ignored files from the index\n\nAfter changing `.gitignore`, run this.\n\n```\ngit rm -r --cached .\n```\n"
    assert facts(text) == [(8, "command", "git rm", "git rm -r --cached .", "Remove ignored files from the index")]


def test_a_case_then_a_pointer_under_no_heading_is_read_as_any_text_above() -> None:
    # "…비우려는 경우": what one wants done, the line's purpose when no heading says it
    text = "## 정리\n\n설명을 조금 적는다.\n\n쌓인 스태시를 모두 비우려는 경우 다음 명령어를 사용한다.\n\n```\ngit stash clear\n```\n"
    assert [n[4] for n in facts(text)] == ["쌓인 스태시를 모두 비우려는 경우 다음 명령어를 사용한다."]


def test_a_case_that_is_the_lines_own_task_is_read_as_before() -> None:
    # no pointer: the sentence says what running the line does
    text = "# git\n\n## 스태시\n\n스태시가 쌓인 경우 모두 비울 수 있다.\n\n```\ngit stash clear\n```\n"
    assert [n[4] for n in facts(text)] == ["스태시가 쌓인 경우 모두 비울 수 있다."]


def test_a_remark_that_output_was_cut_takes_the_heading() -> None:
    # (x-f34en2) the sentence says what was left out of what the block printed, nothing of what the line does
    text = (
        "# ss\n\n## Sockets of one program\n\nI cut most of the output, keeping two rows:\n\n"
        "```\n$ ss -p state listening\nNetid State  Recv-Q\ntcp   LISTEN 0\n```\n"
    )
    assert [(line, back) for line, *_, back in facts(text)] == [(8, "Sockets of one program")]
    # under no heading right above it, nothing says what the line does
    bare = (
        "# Notes\n\nA look at sockets.\n\nOutput trimmed for brevity:\n\n```\n$ ss -p state listening\n"
        "Netid State  Recv-Q\n```\n\n## More\n\nList them\n\n```\n$ ss -l\n```\n"
    )
    assert [(line, back) for line, *_, back in facts(bare)] == [(17, "List them")] and 7 in warned(bare)


def test_output_that_is_cut_short_then_what_to_do_about_it_is_no_trimming_remark() -> None:
    # "The output is truncated after 10 lines, so pipe it to less:": the run's output is cut (a problem), then what
    # the line does about it; not the author saying they trimmed what the block shows (the line's card was lost)
    text = (
        "# Notes\n\n## Disk\n\nThe output is truncated after 10 lines, so pipe it to less:\n\n"
        "```\ndu -ah / | less\n```\n"
    )
    assert [front for _, _, _, front, _ in facts(text)] == ["du -ah / | less"]
    assert narration.trims_output("I cut most of the output, keeping two rows:")
    assert not narration.trims_output("The output is truncated after 10 lines, so pipe it to less:")
    assert narration.trims_output("I cut the output, and kept only two rows:")  # still the author's cut
