"""A heading set in bold is no description, and a term lost to a list marker is warned (issue 6).
Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned


def test_a_bold_line_under_a_command_heading_is_no_description() -> None:
    text = "# Docker\n\n## docker push\n\n**명령 옵션**\n\n| 옵션 | 설명 |\n|---|---|\n| `--all-tags` | 모든 태그를 올린다 |\n"
    assert facts(text) == [(9, "option", "docker push", "--all-tags", "모든 태그를 올린다")]


def test_an_english_bold_label_under_a_command_heading_is_no_description_either() -> None:
    text = "# Git\n\n## git stash\n\n**Useful flags**\n\n- `-u`: include untracked files\n"
    assert [n.back for n in draft(text).notes if n.front == "git stash"] == []


def test_a_plain_paragraph_under_a_command_heading_still_describes_it() -> None:
    text = "# Git\n\n## git stash\n\nShelves the changes of the working tree.\n"
    assert facts(text) == [(5, "command", "git stash", "git stash", "Shelves the changes of the working tree.")]


def test_a_term_read_as_a_list_marker_is_warned_with_its_line() -> None:
    text = "# 와일드카드\n\n- * : 모든 문자열\n- + : 하나 이상\n- `?` : 한 글자\n"
    assert facts(text) == [(5, "concept", None, "?", "한 글자")]
    assert warned(text) == [3, 4]


_DASHED = "# Kube notes\n\n## kubectl logs\n\n### Options\n\n- **--follow**: stream the log\n"


def test_bare_bold_items_are_no_options_where_the_notes_write_dashes() -> None:
    # x-f5c: under a sub-command's options label they are what the command takes, as written: never "--pods"
    # (quizzer/extract/arguments.py); under a program alone, warned as before
    text = "# Kube notes\n\n## kubectl get\n\n### Options\n\n- **pods**: every pod\n- **nodes**: every node\n\n" + _DASHED[14:]
    assert [(n.front, n.answers) for n in draft(text).notes if n.line in (7, 8)] == [
        ("pods", ("pods", "kubectl get pods")), ("nodes", ("nodes", "kubectl get nodes")),
    ]
    alone = "# Kube notes\n\n## Usage\n\n### Options\n\n- **pods**: every pod\n- **nodes**: every node\n\n" + _DASHED[14:]
    assert [n.front for n in draft(alone).notes if n.line in (7, 8)] == []
    assert warned(alone)[:2] == [7, 8]


def test_bare_bold_items_stay_options_where_the_notes_never_write_dashes() -> None:
    text = "# 도커\n\n## docker pull\n\n**명령 옵션**\n\n- **quiet, -q**: 출력 생략\n- **platform**: 플랫폼 지정\n"
    assert [(n.kind.value, n.front) for n in draft(text).notes] == [("option", "--quiet, -q"), ("option", "--platform")]
