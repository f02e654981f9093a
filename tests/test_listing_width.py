"""``quizzer cards`` and ``quizzer decks`` at 80 columns and piped: no column cuts a date
or a Korean word in the middle, and a reverse card shows its own question."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import set_card
from sqlalchemy import select

from quizzer.cli import main
from quizzer.db import open_database
from quizzer.db.models import Card
from quizzer.i18n import _, pgettext, set_language, translations
from quizzer.text import width

NOTES = """# 도커 컨테이너 관리

## 컨테이너 명령어

- **docker container run**: 새로운 컨테이너를 만들어서 실행하고 표준 출력을 터미널에 연결하여 보여줍니다
- **docker container ls**: 현재 실행중인 컨테이너 목록을 출력하며 중지된 컨테이너는 보여주지 않습니다
- **docker container rm**: 중지된 컨테이너를 삭제하며 실행중인 컨테이너는 강제 옵션이 필요합니다
- 이미지: 컨테이너를 만들기 위한 읽기 전용 템플릿으로 여러 계층으로 이루어져 있습니다
"""
_WORD = re.compile(r"[^\s│┃┏┓┗┛━─┡┩┠┨┯┷┼╇╈┳┻╋|]+")
_HANGUL = re.compile(r"[가-힣]")


@pytest.fixture
def deck(tmp_path: Path, quizzer_home: Path) -> str:
    notes = tmp_path / "도커.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert main(["import", str(notes), "--trust"]) == 0
    db = open_database(quizzer_home / "quizzer.db", create=False)
    try:
        with db.session() as s:  # some cards answered: dates in the due column
            ids = list(s.scalars(select(Card.id).order_by(Card.id)))
        for n, card_id in enumerate(ids):
            if n % 2:
                set_card(db, card_id, due=dt.date(2024, 12, 1) + dt.timedelta(days=n), reps=1, interval=6)
    finally:
        db.close()
    return "도커"


def _listing(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out.splitlines()


def _whole_words() -> set[str]:
    """Every word of the notes and of the Korean interface."""
    catalogue = translations("ko")._catalog  # type: ignore[attr-defined]  # noqa: SLF001
    texts = [NOTES, *(value for value in catalogue.values() if isinstance(value, str))]
    return {word.strip(".,:()") for text in texts for word in _WORD.findall(text.replace("{", " ").replace("}", " "))}


def _words_are_whole(lines: list[str]) -> None:
    whole = _whole_words()
    for line in lines:
        assert width(line) <= 80, line
        for word in _WORD.findall(line):
            if _HANGUL.search(word):
                assert word.strip(".,:()") in whole or re.fullmatch(r"\d+장", word), (
                    f"a Korean word cut in the middle: {word!r} in {line!r}"
                )


@pytest.mark.parametrize("language", ["en", "ko"])
def test_cards_fit_80_columns_without_cutting_words_or_dates(
    capsys: pytest.CaptureFixture[str], deck: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    lines = _listing(capsys, "--lang", language, "cards", deck)
    _words_are_whole(lines)
    text = "\n".join(lines)
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", text)
    assert len(dates) >= 3  # the dates are there, each whole on one line
    assert not re.search(r"\d{4}-\d{0,1}\s*│?\s*$", text, re.MULTILINE)
    set_language("en")


def test_a_reverse_card_shows_its_own_question(capsys: pytest.CaptureFixture[str], deck: str) -> None:
    lines = _listing(capsys, "cards", deck, "--search", "docker container ls")
    text = "\n".join(lines)
    rows = [line for line in lines if "docker" in line or "현재" in line]
    # forward: the command asks, its purpose answers; reverse: the purpose asks, the command answers
    forward = next(n for n, line in enumerate(lines) if re.search(r"│ command\s+│ docker container", line))
    reverse = next(n for n, line in enumerate(lines) if re.search(r"│ command\s+│ 현재 실행중인", line))
    assert "reverse" in lines[reverse + 1] or "reverse" in text
    assert re.search(r"│ 현재 실행중인.*│ docker\s", lines[reverse]), lines[reverse]
    assert forward != reverse and rows


def test_decks_fit_80_columns(capsys: pytest.CaptureFixture[str], deck: str) -> None:
    lines = _listing(capsys, "decks")
    _words_are_whole(lines)
    assert any("도커" in line for line in lines)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_cards_at_40_columns_stack_each_card(
    capsys: pytest.CaptureFixture[str], deck: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The English header broke 'question' into 'questi/on' at 40 columns; kept whole, the table
    still left the question and the answer six cells each, a Korean word cut a line ('가리키/는').
    In a narrow terminal each card is stacked: a label and its text a line, dates and words whole."""
    monkeypatch.setenv("COLUMNS", "40")
    lines = _listing(capsys, "--lang", language, "cards", deck)
    set_language(language)
    labels = [_("id"), _("kind"), _("question"), _("answer"), pgettext("card date", "due")]
    set_language("en")
    assert all(width(line) <= 40 for line in lines), lines
    assert not any(ch in "".join(lines) for ch in "│┃━"), lines[:6]  # no table
    starts = [line.split()[0] for line in lines[1:] if line.strip() and not line.startswith(" ")]
    assert starts.count(labels[0]) == 7 and starts.count(labels[4]) == 7, lines  # 3 notes both ways, 1 one way
    assert {labels[2], labels[3]} <= set(starts), lines
    _words_are_whole(lines)
    text = "\n".join(lines)
    assert len(re.findall(r"\d{4}-\d{2}-\d{2}", text)) >= 3  # each date whole on one line


@pytest.mark.parametrize("language", ["en", "ko"])
def test_extract_at_40_columns_stacks_each_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Squeezed into six columns at 40 cells, the extract table was unreadable (the reason a word of
    four letters a line). In a narrow terminal each note is stacked: a label, then its text, one field
    a line, whole words, nothing of it left out."""
    from collections import Counter

    notes = tmp_path / "도커.md"
    notes.write_text(NOTES, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "40")
    lines = _listing(capsys, "--lang", language, "extract", str(notes))
    set_language(language)
    labels = [_("line"), _("kind"), _("command"), _("front"), _("back"), _("why")]
    set_language("en")
    assert all(width(line) <= 40 for line in lines), lines
    head = lines.index("")
    title = " ".join(" ".join(lines[:head]).split())
    assert ("4 notes)" if language == "en" else "노트 4개)") in title, lines[:4]  # the title whole, on its own
    assert not any(ch in "".join(lines) for ch in "│┃━"), lines[:6]  # no table
    starts = [line.split()[0] for line in lines[head:] if line.strip()]
    assert starts.count(labels[0]) == 4, lines  # each note starts with its line
    assert {labels[1], labels[3], labels[4], labels[5]} <= set(starts), lines
    first = next(line for line in lines if line.split()[:1] == [labels[3]])
    assert first.split()[1:] == ["docker", "container", "run"], lines  # the front on its own line, whole
    _words_are_whole(lines[head:])  # the notes (the title holds the temporary path, folded)
    wide = _listing(capsys, "--lang", language, "extract", str(notes), "--json")
    import json

    cells = "".join(f"{n['command'] or ''}{n['front']}{n['back']}" for n in json.loads("\n".join(wide))["decks"][0]["notes"])
    shown = Counter("".join(lines).replace(" ", ""))
    missing = Counter(cells.replace(" ", "")) - shown
    assert not missing, missing  # every letter of every note is there: nothing cut


def test_extract_is_a_table_when_its_words_fit_and_breaks_no_korean_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """u-campaign3's 8: at 60 columns the table's narrow columns cut Korean words by syllable ("레지스" /
    "트리에" / "서"); where a word would not fit its column, the notes are stacked."""
    notes = tmp_path / "도커.md"
    notes.write_text(NOTES, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "60")
    lines = _listing(capsys, "--lang", "ko", "extract", str(notes))
    _words_are_whole(lines[lines.index(""):])
    monkeypatch.setenv("COLUMNS", "100")  # room for every word: a table
    lines = _listing(capsys, "--lang", "ko", "extract", str(notes))
    assert any("┃" in line for line in lines), lines[:4]
