"""The interface in Korean and English: one catalogue, complete and compiled.

The catalogue's source is ``quizzer/locale/ko/LC_MESSAGES/quizzer.po``; the
shipped ``quizzer.mo`` must say exactly what the .po says, and every message the
code wraps in ``_()`` / ``ngettext()`` / ``N_()`` (found with Babel, as
``pybabel extract`` finds them) must have a Korean translation that keeps its
placeholders.  To update: see "Translations" in the README.
"""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from quizzer import i18n
from quizzer.cli import chosen_language, main
from quizzer.config import load_config
from quizzer.errors import QuizzerError

PACKAGE = Path(i18n.__file__).parent
PO = PACKAGE / "locale" / "ko" / "LC_MESSAGES" / "quizzer.po"
MO = PO.with_suffix(".mo")
_BRACES = re.compile(r"\{(\w*)[^{}]*\}")
_PERCENT = re.compile(r"%(?:\((\w+)\))?[#0 +-]?\d*(?:\.\d+)?[sdrif%]")


#: A message's key: its singular, or (context, singular) for one given a context (``pgettext``).
Key = str | tuple[str, str]


def _key(singular: str, context: str | None) -> Key:
    return (context, singular) if context else singular


def _catalogue() -> dict[Key, tuple[str, ...]]:
    with PO.open("rb") as f:
        catalogue = read_po(f)
    out: dict[Key, tuple[str, ...]] = {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        singular = message.id if isinstance(message.id, str) else message.id[0]
        strings = (message.string,) if isinstance(message.string, str) else tuple(message.string)
        out[_key(singular, message.context)] = strings
    return out


def _extracted() -> dict[Key, tuple[str, ...]]:
    """Every message of the package, key → (singular, plural?)."""
    found: dict[Key, tuple[str, ...]] = {}
    for _filename, _line, message, _comments, context in extract_from_dir(str(PACKAGE)):
        ids = (message,) if isinstance(message, str) else tuple(m for m in message if m)
        found[_key(ids[0], context)] = ids
    return found


def _placeholders(text: str) -> set[str]:
    return set(_BRACES.findall(text)) | {m.group(0) for m in _PERCENT.finditer(text)}


def test_every_message_has_a_korean_translation() -> None:
    extracted, catalogue = _extracted(), _catalogue()
    assert len(extracted) > 100  # the extraction found the package's messages
    missing = sorted(m for m in extracted if not any(catalogue.get(m, ("",))))
    assert not missing, f"untranslated (run the steps under 'Translations' in the README): {missing}"


def test_the_extraction_finds_the_package_messages() -> None:
    extracted, catalogue = _extracted(), _catalogue()
    assert len(extracted) > 100
    assert "What does this command do?" in extracted and "Due tomorrow: {count} review" in extracted
    assert catalogue["What does this command do?"] == ("이 명령어는 무엇을 하나요?",)


def test_translations_keep_their_placeholders() -> None:
    extracted, catalogue = _extracted(), _catalogue()
    for key, ids in extracted.items():
        wanted = _placeholders(ids[-1]) - {"%%"}
        for translation in catalogue.get(key, ()):
            assert _placeholders(translation) - {"%%"} == wanted, (key, translation)
            assert translation.endswith("\n") == ids[0].endswith("\n"), key


def test_the_compiled_catalogue_matches_its_source() -> None:
    """Fails when the .po was edited and the .mo not recompiled (pybabel compile)."""
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    with PO.open("rb") as f:
        source = read_po(f)
    for message in source:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, str) and message.context:
            assert compiled.pgettext(message.context, message.id) == (message.string or message.id), message.id
        elif isinstance(message.id, str):
            assert compiled.gettext(message.id) == (message.string or message.id), message.id
        else:
            assert compiled.ngettext(message.id[0], message.id[1], 1) == message.string[0], message.id
    # gettext keeps a message of a context as "context\x04message"
    in_source = {(f"{m.context}\x04" if m.context else "") + (m.id if isinstance(m.id, str) else m.id[0])
                 for m in source if m.id and not m.fuzzy}
    in_compiled = {key if isinstance(key, str) else key[0] for key in compiled._catalog if key}  # noqa: SLF001
    assert in_compiled == in_source


def test_korean_plural_forms_are_one() -> None:
    i18n.set_language("ko")
    assert i18n.ngettext("Suspended {count} card.", "Suspended {count} cards.", 3) == "카드 {count}장을 보류했습니다."


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
        ({"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, "ko"),
        ({"LANGUAGE": "ko:en", "LANG": "en_US.UTF-8"}, "ko"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"}, "en"),
    ],
)
def test_the_locale_chooses_the_language(environ: dict[str, str], expected: str) -> None:
    assert i18n.detect_language(environ) == expected


def test_lang_option_beats_setting_beats_locale(monkeypatch: pytest.MonkeyPatch, quizzer_home: Path) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert chosen_language(["decks"]) is None  # the locale decides
    assert i18n.set_language(None) == "ko"
    (quizzer_home / "config.toml").write_text('language = "en"\n', encoding="utf-8")
    assert chosen_language(["decks"]) == "en"
    assert chosen_language(["--lang", "ko", "decks"]) == "ko"
    assert chosen_language(["--lang=ko", "decks"]) == "ko"
    assert load_config().language == "en"


def test_a_wrong_language_setting_is_one_sentence(quizzer_home: Path) -> None:
    (quizzer_home / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    with pytest.raises(QuizzerError, match="language must be one of en, ko"):
        load_config()
    assert chosen_language(["decks"]) is None  # the command itself reports it


def test_help_in_korean_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "ko", "review", "--help"])
    korean = capsys.readouterr().out
    assert "사용법: quizzer review" in korean
    assert "오늘의 카드를 복습합니다" in korean
    assert "이 도움말을 보여 주고 끝내기" in korean  # argparse's own words too
    with pytest.raises(SystemExit):
        main(["--lang", "en", "review", "--help"])
    english = capsys.readouterr().out
    assert "usage: quizzer review" in english
    assert "Review today's cards" in english
    assert not re.search(r"[가-힣]", english)


def test_errors_in_korean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "ko", "cards", "없는덱"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("오류: ")
    with pytest.raises(SystemExit):
        main(["--lang", "ko", "suspend"])
    assert "다음 인자가 필요합니다" in capsys.readouterr().err


def test_korean_locale_reaches_a_real_process(quizzer_home: Path) -> None:
    env = {"LANG": "ko_KR.UTF-8", "QUIZZER_HOME": str(quizzer_home), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "quizzer", "suspend", "99"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 1
    assert result.stderr.startswith("오류: 카드 99번이 없습니다")
    result = subprocess.run(
        [sys.executable, "-m", "quizzer", "--lang", "en", "suspend", "99"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert result.stderr.startswith("Error: There is no card 99")


def test_an_extraction_warning_in_korean_names_the_kind_in_korean() -> None:
    """'23번째 줄의 command 'docker run'를 되풀이합니다' (found by qa5): the kind was left in
    English inside the Korean sentence, and the particle fit only a word ending in a vowel."""
    from quizzer.extract import extract

    text = "# Git\n\n- **git add**: stage\n\n## Again\n\n- **git add**: stage again\n"
    try:
        i18n.set_language("ko")
        messages = [w.message for w in extract(text, deck="t", source="t.md").warnings]
        assert messages == ["7번째 줄은 3번째 줄의 명령어 'git add'을(를) 되풀이합니다. 노트 하나로 남겼습니다"]
        i18n.set_language("en")
        assert [w.message for w in extract(text, deck="t", source="t.md").warnings] == [
            "line 7 repeats the command 'git add' of line 3; kept as one note"]
    finally:
        i18n.set_language("en")


def test_due_the_count_and_due_the_date_are_told_apart_in_korean(capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The decks table's "due" is a count of cards (it read 복습일, the cards table's date column)."""
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["--lang", "ko", "decks"]) == 0
    decks = capsys.readouterr().out
    assert "오늘 복습" in decks and "복습일" not in decks
    assert "덱 목록" in decks  # the title is not the first column's heading (both read 덱)
    assert main(["--lang", "ko", "cards", "docker-containers.ko"]) == 0
    assert "복습일" in capsys.readouterr().out
    assert main(["--lang", "en", "decks"]) == 0
    assert "due" in capsys.readouterr().out
    # the catalogue holds both, each under its context
    assert _catalogue()[("deck count", "due")] == ("오늘 복습",)
    assert _catalogue()[("card date", "due")] == ("복습일",)
