"""A numbered list under a name that counts kinds ("2가지 옵션", "three ways to …") lists alternatives, not
steps of a procedure: no step cards, a warning (x-f25ko)."""

from __future__ import annotations

from conftest import facts, warned


def test_a_numbered_list_under_a_count_of_kinds_makes_no_steps() -> None:
    text = (
        "# 패키지 설치\n\n## 설치하는 2가지 방법\n\n1. 전역으로 설치하는 `pip install --user httpie`\n"
        "2. 가상환경에 설치하는 `pip install httpie`\n"
    )
    assert not any(kind == "step" for _, kind, *_ in facts(text))
    assert 5 in warned(text)


def test_an_english_count_of_ways_makes_no_steps() -> None:
    text = "# Setup\n\n## Three ways to install\n\n1. Download the binary.\n2. Build it from source.\n3. Use the package.\n"
    assert not any(kind == "step" for _, kind, *_ in facts(text))


def test_a_lead_in_of_a_couple_of_ways_makes_no_steps() -> None:
    # "1)" / "2)" under "a couple of ways" (or "several ways"): either one does the task, not one after the other
    for count in ("a couple of", "several"):
        text = (
            f"# Backups\n\n## Restoring a file\n\nYou can get a file back in {count} ways:\n"
            "1) Run `restic restore latest --include notes.txt`\n2) Open the snapshot in the web view and download it\n"
        )
        assert not any(kind == "step" for _, kind, *_ in facts(text))
        assert 6 in warned(text)


def test_a_numbered_list_under_a_task_is_still_a_procedure() -> None:
    text = "# Release\n\n## Publish a version\n\n1. Tag the commit.\n2. Push the tag.\n"
    assert [kind for _, kind, *_ in facts(text)] == ["step", "step"]
