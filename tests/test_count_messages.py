"""Counts read as English (``1 card``, ``2 cards``), an unsuspend of a card that
was not suspended says so, and a warning names its line once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from quizzer.quiz.render import print_sent_back
from quizzer.quiz.store import SentBack
from quizzer.render import without_line
from conftest import run_cli as run

NOTES = "# Linux\n\n- **ls**: list files\n- **cp**: copy files\n- **ls**: list files again\n"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "q.db"
    notes = tmp_path / "linux.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(capsys, "--db", str(path), "import", str(notes), "--trust")[0] == 0
    return path


def test_unsuspend_says_when_a_card_was_not_suspended(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db), "cards", "linux", "--json")
    first, second = [card["id"] for card in json.loads(out)["cards"]][:2]
    assert run(capsys, "--db", str(db), "unsuspend", str(first))[1].strip() == f"Card {first} was not suspended."
    assert run(capsys, "--db", str(db), "suspend", str(first))[1].strip() == "Suspended 1 card."
    code, out, _ = run(capsys, "--db", str(db), "suspend", str(first), str(second))
    assert code == 0 and out.splitlines() == ["Suspended 1 card.", f"Card {first} was already suspended."]
    code, out, _ = run(capsys, "--db", str(db), "unsuspend", str(first), str(second))
    assert out.strip() == "Unsuspended 2 cards."
    assert run(capsys, "--db", str(db), "unsuspend", "999999")[0] == 1


def test_a_warning_names_its_line_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    notes = tmp_path / "linux.md"
    notes.write_text(NOTES, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(notes))
    shown = [line for line in (out + err).splitlines() if line.startswith("warning:")]
    assert shown and shown[0].startswith(f"warning: {notes}:5: repeats ")
    assert "line 5" not in shown[0]
    assert without_line("line 70: skipped", 70) == "skipped"
    assert without_line("70번째 줄: 건너뛰었습니다", 70) == "건너뛰었습니다"
    assert without_line("line 7: skipped", 70) == "line 7: skipped"  # another line is kept


def test_no_warning_of_the_catalogue_names_its_line_twice() -> None:
    """Every warning that starts with its line ('line {line}: …') loses that start under ``FILE:LINE:``,
    in Korean too: fourteen of them began '{line}행:', and the import printed 'notes.md:67: 67행: …'."""
    from babel.messages.pofile import read_po

    with open(Path(__file__).parents[1] / "quizzer/locale/ko/LC_MESSAGES/quizzer.po", "rb") as po:
        catalogue = read_po(po)
    starting = [m for m in catalogue if isinstance(m.id, str) and m.id.startswith("line {line}") and m.string]
    assert len(starting) > 100
    for message in starting:
        for text in (message.id, message.string):
            shown = without_line(text.replace("{line}", "67"), 67)
            assert "67" not in shown, (text, shown)


def test_one_is_singular(capsys: pytest.CaptureFixture[str]) -> None:
    console = Console(width=200, force_terminal=False)
    with console.capture() as captured:
        print_sent_back(SentBack(due=1, leeches=1, skipped=1), console)
    text = captured.get()
    assert "Sent 1 missed card back into review: it is due today." in text
    assert "1 of them became a leech" in text and "1 was left alone" in text


def test_every_count_of_a_sentence_reads_as_english_and_korean(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    db = tmp_path / "one.db"
    notes = tmp_path / "one.md"
    notes.write_text("# Linux\n\n- **ls**: list files\n", encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0  # learnt: exported
    saved, package = tmp_path / "one.json", tmp_path / "one.apkg"
    out = run(capsys, "--db", str(db), "export", "one", "-o", str(saved))[1]
    assert out.strip() == f"Wrote {saved}: 1 note, 2 cards, 0 reviews."
    out = run(capsys, "--db", str(db), "import", str(saved))[1]
    assert out.strip() == f"Restored {saved}: 1 deck (0 created, 1 already as saved, 0 replaced), 1 note, 2 cards, 0 reviews."
    assert run(capsys, "--db", str(db), "export", "one", "-o", str(package))[0] == 0
    out = run(capsys, "--db", str(tmp_path / "other.db"), "import", str(package))[1]
    assert f"Imported one from {package.name}: 1 note added, 0 with new text, 0 with only a new schedule, 0 unchanged; 2 cards and 0 reviews added." in out
    out = run(capsys, "--db", str(db), "stats", "--days", "1")[1]
    assert "Last 1 day: 0 answers on 0 days" in out
    assert " 1 notes" not in out and " 1 days" not in out
    out = run(capsys, "--db", str(db), "--lang", "ko", "export", "one", "-o", str(saved), "--force")[1]
    assert out.strip() == f"{saved}을(를) 썼습니다: 노트 1개, 카드 2장, 복습 기록 0개."


def test_an_export_without_the_history_says_it_left_it_out_not_0_reviews(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """'Wrote git.apkg: 1 note, 2 cards, 0 reviews.' after days of reviews read as a history lost; an
    .apkg without --with-history leaves it out and says how to take it along, a .txt holds none."""
    monkeypatch.setenv("COLUMNS", "200")
    db = tmp_path / "one.db"
    notes = tmp_path / "one.md"
    notes.write_text("# Linux\n\n- **ls**: list files\n", encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    package, text = tmp_path / "one.apkg", tmp_path / "one.txt"
    out = run(capsys, "--db", str(db), "export", "one", "-o", str(package))[1]
    assert out.strip() == (f"Wrote {package}: 1 note, 2 cards; not their schedule or review log "
                           "(--with-history takes them along).")
    out = run(capsys, "--db", str(db), "export", "one", "-o", str(text))[1]
    assert out.strip() == f"Wrote {text}: 1 note, 2 cards."
    out = run(capsys, "--db", str(db), "--lang", "ko", "export", "one", "-o", str(package), "--force")[1]
    assert out.strip() == (f"{package}을(를) 썼습니다: 노트 1개, 카드 2장. 일정과 복습 기록은 넣지 않았습니다 "
                           "(--with-history를 붙이면 함께 넣습니다).")
    out = run(capsys, "--db", str(db), "--lang", "ko", "export", "one", "-o", str(text), "--force")[1]
    assert out.strip() == f"{text}을(를) 썼습니다: 노트 1개, 카드 2장."
