"""Which command a table of options is for when no title or heading says it (x-f6b), in examples of our own:
the program the prose names and a code span runs (named_tool.py), a ``For `serve` only.`` sentence over a
table (scope_sentences.py), and a description that first tells of another option (option_asides.py)."""

from __future__ import annotations

from conftest import draft as _draft

from quizzer.extract.named_tool import named_and_run
from quizzer.extract.option_asides import this_option


def _options(text: str) -> list[tuple[int, str | None, str, str, str | None]]:
    return [(n.line, n.command, n.front, n.back, n.context) for n in _draft(text).notes if n.kind.value == "option"]


SITE = (
    "---\n"
    "title: Flags I use\n"
    "---\n"
    "\n"
    "Most of these also go in the config file of Hugo, see its docs.\n"   # 5
    "\n"
    "## Drafts\n"
    "\n"
    "| Flag | Meaning |\n"
    "| --- | --- |\n"
    "| `-D`, `--buildDrafts` | Include content marked as draft |\n"    # 11
    "\n"
    "## Server\n"
    "\n"
    "For `server` only.\n"                                                # 15
    "\n"
    "| Flag | Meaning |\n"
    "| --- | --- |\n"
    "| `-p, --port` | Port to listen on |\n"                             # 19
    "| `--no-cache` | By default `--cache` keeps the downloads. This flag turns that off. |\n"  # 20
    "\n"
    "Every flag is listed by `hugo help` too.\n"
)


def test_options_are_the_program_the_prose_names_and_a_code_span_runs() -> None:
    assert _options(SITE)[0] == (11, "hugo", "-D, --buildDrafts", "Include content marked as draft", None)


def test_a_for_only_sentence_files_the_table_under_that_sub_command() -> None:
    assert _options(SITE)[1:] == [
        (19, "hugo server", "-p, --port", "Port to listen on", None),
        (20, "hugo server", "--no-cache", "This flag turns that off.", "By default --cache keeps the downloads."),
    ]


def test_the_program_must_be_named_inside_a_sentence_and_alone() -> None:
    assert named_and_run("Uses `hugo new site`. Written with Hugo in mind.") == "hugo"
    # "Select" starts a sentence: a word, not the name of the program `select` runs
    assert named_and_run("Select the rows you want.\n\n`select name from t`") is None
    # two programs named and run: the notes are not about one of them
    assert named_and_run("With Hugo and with Zola: `hugo server`, `zola serve`.") is None
    assert named_and_run("그리고 Hugo 문서를 보면 `hugo server`로 띄운다.") == "hugo"


def test_with_no_program_known_a_for_only_sentence_names_nothing() -> None:
    text = "## Server\n\nFor `server` only.\n\n| Flag | Meaning |\n| --- | --- |\n| `-p` | Port |\n"
    assert _options(text) == []
    assert [w.line for w in _draft(text).warnings] == [7]


def test_a_for_only_sentence_naming_a_program_or_a_command_line() -> None:
    text = (
        "# git 정리\n\n## 옵션\n\nFor `git stash` only.\n\n| 옵션 | 뜻 |\n| --- | --- |\n| `-u` | 추적 안 하는 파일도 |\n"
    )
    assert _options(text) == [(9, "git stash", "-u", "추적 안 하는 파일도", None)]


def test_a_description_of_this_option_alone_stays_whole() -> None:
    assert this_option("Keep the cache. Faster on a second run.", ["--cache"]) is None
    assert this_option("Same as `-v`. Prints more.", ["--verbose"]) is None  # no sentence says "This flag"
    assert this_option("By default --cache keeps it. This option turns that off.", ["--no-cache"]) == (
        "This option turns that off.", "By default --cache keeps it.")


def test_a_for_only_sentence_over_no_options_names_no_command() -> None:
    # "For `root` only." over a paragraph: a user, not a sub-command; the section keeps its command
    text = (
        "# notes\n\n" + SITE.split("---\n", 2)[2].split("## Drafts")[0]
        + "## Users\n\nFor `root` only.\n\nLog in first, then edit the file.\n\n"
        "| Flag | Meaning |\n| --- | --- |\n| `--watch` | Rebuild on changes |\n\nRun `hugo help` to see more.\n"
    )
    assert [n.command for n in _draft(text).notes if n.kind.value == "option"] == ["hugo"]
