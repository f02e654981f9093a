"""Terminal escape sequences and other controls in a note are no part of its cards: removed when
the document is read (never shown as they are, never stored, so a typed answer matches and an
export carries none), with a warning at each line that held one."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli as run

from quizzer.extract import extract
from quizzer.extract.blocks import prepare

CLEAN = """# docker

- **docker ps**: list running containers
- **docker run -d**: start a container in the background

| command | what it does |
|---|---|
| `docker stop` | stop a container |

Capital of France::Paris
"""

# the same notes as a terminal's output pasted into them: colours, a bell, a title, a C1 CSI, a form feed
DIRTY = """# docker

- **docker ps**: \x1b[1;31mlist\x1b[0m running containers
- **docker run -d**: start a container\x07 in the\x0cbackground

| command | what it does |
|---|---|
| `docker stop` | stop a \x1b]0;title\x07container\x9b2J |

Capital of France::Pa\x1b[4mris\x1b[m
"""

CONTROL_CHARACTERS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]


def fields(draft: object) -> list[tuple[object, ...]]:
    return [(n.key, n.kind, n.front, n.back, n.command, n.context, n.line) for n in draft.notes]  # type: ignore[attr-defined]


def test_controls_are_removed_and_each_line_that_held_one_is_warned() -> None:
    clean = extract(CLEAN, deck="d", source="d.md")
    dirty = extract(DIRTY, deck="d", source="d.md")
    assert fields(dirty) == fields(clean)  # the same notes, the same keys: the answers typed match
    assert all(c not in str(fields(dirty)) for c in CONTROL_CHARACTERS)
    said = [w for w in dirty.warnings if "control characters" in w.message]
    assert [w.line for w in said] == [3, 4, 8, 10]
    assert said[0].message.startswith("line 3: ")
    assert not [w for w in clean.warnings if "control characters" in w.message]


def test_a_document_without_controls_is_read_as_it_was() -> None:
    text = "# t\n\n\tcode\twith tabs\n\nCafe\u0301 — cr\r\nlf\rend\n"
    lines: list[int] = []
    assert prepare(text, lines) == "# t\n\n\tcode\twith tabs\n\nCaf\u00e9 — cr\nlf\nend\n" and lines == []


def test_an_escape_sequence_never_eats_the_next_line_and_nfc_comes_after() -> None:
    lines: list[int] = []
    # an OSC never ended on its line; an accent cut from its letter by a bell
    assert prepare("a\x1b]0;no end\nb\ne\x07\u0301\n", lines) == "a\nb\n\u00e9\n"
    assert lines == [1, 3]


@pytest.mark.parametrize("control", CONTROL_CHARACTERS)
def test_every_c0_and_c1_control_but_tab_and_line_feed_goes(control: str) -> None:
    lines: list[int] = []
    out = prepare(f"x{control}y\n", lines)
    assert control not in out and out.startswith("x") and out.endswith("\n")
    assert out.endswith("y\n") or control in "\x1b\x9b"  # ESC, CSI: the character they command goes too
    assert lines == ([] if control == "\r" else [1])  # a carriage return is a line end


def test_imported_and_exported_without_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "docker.md"
    notes.write_text(DIRTY, encoding="utf-8")
    # a console wider than the warning, however long the tmp path: rich folded a long one inside 'docker.md:3:'
    monkeypatch.setenv("COLUMNS", str(len(str(notes)) + 200))
    code, out, err = run(capsys, "import", "--trust", str(notes))
    assert code == 0 and f"warning: {notes}:3: " in err + out
    target = tmp_path / "docker.txt"
    assert run(capsys, "export", "docker", "--format", "txt", "-o", str(target))[0] == 0
    exported = target.read_text(encoding="utf-8")
    assert "list running containers" in exported and "Paris" in exported
    assert all(c not in exported for c in CONTROL_CHARACTERS if c not in "\t")


def test_what_a_control_takes_with_it_does_not_depend_on_the_normal_form() -> None:
    # a C1 CSI, a space, then 'À': precomposed it ends no sequence; decomposed, its 'A' did (its accent left alone)
    import unicodedata

    text = "- **ls**: \x9b \u00c0 la carte\n"
    assert prepare(unicodedata.normalize("NFD", text)) == prepare(text) == "- **ls**:  \u00c0 la carte\n"


@pytest.mark.parametrize("line", ["- **ls \x1b[2J**: clear screen trick", "- **ls **: clear screen trick",
                                  "- ** ls**: clear screen trick"])
def test_a_bold_term_left_open_by_a_removed_sequence_is_its_words(line: str) -> None:
    """'- **ls ESC[2J**: clear screen trick' made the card 'clear screen trick → **ls **' (u-polish): the sequence
    removed, a space before the closing '**' left the bold as text, and its markers were taken for a description.
    The term is the words between the markers."""
    made = extract(f"# ls\n\n{line}\n- **ls -l**: long listing\n", deck="ls", source="ls.md")
    assert [(n.front, n.back, n.line) for n in made.notes] == [("ls", "clear screen trick", 3), ("ls -l", "long listing", 4)]
    assert all("*" not in n.front + n.back for n in made.notes)

