"""Two things a writer puts where a meaning would go that are none (x-f33en2; examples our own): a note to self
that the text is still to come or to be checked (``fish - to be checked.``, knowledge.still_to_write), and a place
phrase that opens a sentence going on to say what is done (``In a Zsh shell, you can …``), which is no requirement
of the line below."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import draft, facts
from quizzer.cli import main
from quizzer.extract.knowledge import says_requirement, still_to_write


@pytest.mark.parametrize("note", ["to be checked.", "To be tested", "TODO", "tbd", "to be confirmed!", "확인 필요",
                                  "내용 추가 예정", "Nothing here.", "Nothing here yet", "nothing yet", "아직 내용 없음",
                                  "아무것도 없습니다."])
def test_a_note_to_self_is_still_to_write(note: str) -> None:
    assert still_to_write(note)


@pytest.mark.parametrize("text", ["to be run as root", "checked out into a new branch", "a list of things to do",
                                  "nothing", "Nothing here works without a login.", "출력 내용 없음을 표시"])
def test_a_meaning_is_not_still_to_write(text: str) -> None:
    assert not still_to_write(text)


def test_a_term_followed_by_a_note_to_self_is_warned_and_no_card() -> None:
    text = "# Shells\n\n## Which one\n\nfish - to be checked.\n\ndash - a small POSIX shell.\n"
    made = draft(text)
    assert [(n.front, n.back) for n in made.notes] == [("dash", "a small POSIX shell.")]
    assert [w.line for w in made.warnings if "still to be written or checked" in w.message] == [5]


def test_a_place_then_a_clause_of_what_is_done_is_no_requirement() -> None:
    assert not says_requirement("In a Zsh shell, you can start a nested Zsh with its own history.")
    assert says_requirement("In a Zsh shell.") and says_requirement("On macOS only")
    text = ("# Shells\n\n## Nest one\n\nIn a Zsh shell, you can start a nested Zsh with its own history.\n\n"
            "```sh\n$ zsh\n```\n")
    assert facts(text) == [(8, "command", "zsh", "zsh", "In a Zsh shell, you can start a nested Zsh with its own history.")]


@pytest.mark.parametrize(("title", "placeholder", "lang", "said"), [
    ("Just a readme", "Nothing here.", "en", "has no notes quizzer can turn into cards (it looks for"),
    ("메모", "아직 내용 없음", "ko", "카드로 만들 수 있는 노트가 없습니다 ("),
])
def test_a_document_with_only_a_title_and_a_placeholder_says_it_has_no_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, placeholder: str, lang: str, said: str
) -> None:
    """'# Just a readme' over 'Nothing here.' was set aside as "'Just a readme' says what to do, not a term that
    'Nothing here' defines" (u-polish): the line is the writer's word that nothing is written, so the document
    says plainly that it has no notes, and what quizzer looks for."""
    readme = tmp_path / "README.md"
    readme.write_text(f"# {title}\n\n{placeholder}\n", encoding="utf-8")
    assert main(["--lang", lang, "extract", "--json", str(readme)]) == 1
    err = capsys.readouterr().err
    assert said in err and "line 3" not in err and "3행" not in err, err
