"""Git aliases in a fenced [alias] section glossed by comments (quizzer/extract/git_aliases.py), in examples
of our own."""

from __future__ import annotations

from conftest import facts


def _block(body: str, info: str = "ini") -> str:
    return f"# my git setup\n\n```{info}\n[alias]\n{body}```\n"


def test_one_alias_under_its_comment() -> None:
    text = _block("  # Show the last commit (@kim)\n  last = log -1 HEAD\n")
    assert facts(text) == [(5, "command", "git last", "git last", "Show the last commit")]


def test_a_comment_listing_as_many_parts_as_aliases_gives_each_its_part() -> None:
    text = _block("  # Amend, add, and push\n  am = commit --amend\n  ad = add --all\n  ps = push\n")
    assert [(c, b) for _, _, c, _, b in facts(text)] == [("git am", "Amend"), ("git ad", "add"), ("git ps", "push")]


def test_a_comment_that_says_what_is_done_covers_every_alias_under_it() -> None:
    text = _block("  # Find the merge bases of two branches\n  mb = merge-base\n  mba = merge-base --all\n")
    assert [(c, b) for _, _, c, _, b in facts(text)] == [
        ("git mb", "Find the merge bases of two branches"), ("git mba", "Find the merge bases of two branches")]


def test_a_comment_naming_a_group_gives_no_cards() -> None:
    text = _block("  # Handy ones\n  co = checkout\n  br = branch\n  ci = commit\n")
    assert facts(text) == []


def test_an_alias_without_a_comment_is_left_out_and_a_blank_line_ends_the_comment() -> None:
    text = _block("  # Short status\n  st = status -s\n\n  lg = log --oneline\n")
    assert [(c, b) for _, _, c, _, b in facts(text)] == [("git st", "Short status")]


def test_a_usage_after_a_colon_and_a_source_link_are_no_part_of_the_meaning() -> None:
    text = _block(
        "  # Commit everything: git ca \"msg\"\n  ca = \"!git add -A && git commit -m\"\n"
        "  # Keep a copy\n  # via https://example.com/tips\n  keep = stash apply\n"
    )
    assert [(c, b) for _, _, c, _, b in facts(text)] == [("git ca", "Commit everything"), ("git keep", "Keep a copy")]


def test_lines_of_other_sections_are_no_aliases() -> None:
    text = "# setup\n\n```\n[user]\n  # who I am\n  name = Kim\n[alias]\n  # Undo the last commit\n  undo = reset --soft HEAD~\n```\n"
    assert facts(text) == [(8, "command", "git undo", "git undo", "Undo the last commit")]
