"""A heading that only urges the reader on ("고고 해보자", "Let's try it!") says nothing of what the block under it
does (issue 6, x-f27ko).  Examples are our own."""

from __future__ import annotations

import pytest

from conftest import draft


@pytest.mark.parametrize("heading", ["고고 해보자", "직접 해 봅시다", "Let's try it!", "Give it a try"])
def test_an_urging_heading_makes_no_card_of_the_line(heading: str) -> None:
    made = draft(f"## git\n\n### {heading}\n```bash\ngit worktree add ../hotfix main\n```\n")
    assert [n.front for n in made.notes if n.kind.value == "command"] == []
    assert [w.line for w in made.warnings] == [5]


def test_a_heading_naming_the_task_before_the_urging_still_says_it() -> None:
    made = draft("## git\n\n### 작업 트리 추가해보자\n```bash\ngit worktree add ../hotfix main\n```\n")
    assert [(n.front, n.back) for n in made.notes] == [("git worktree add ../hotfix main", "작업 트리 추가해보자")]
