"""Notes saved in another encoding than UTF-8: the sentence names the right family (Korean,
Japanese, Western European) or does not guess, and never offers a reading that would turn
the text into mojibake (Korean bytes were once 'Western European text', Shift-JIS 'a binary
file', found by qa3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from quizzer.encodings import MIXED, UNKNOWN, guess

KOREAN = "# 리눅스\n\n- **ls**: 파일 목록 보기\n- **pwd**: 현재 폴더\n"
JAPANESE = "# メモ\n\n- **ls**: ファイル一覧を表示する\n"
FRENCH = "- **ls**: liste les fichiers du répertoire\n"


@pytest.mark.parametrize(("data", "expected"), [
    (KOREAN.encode("cp949"), "cp949"),
    (KOREAN.encode("euc_kr"), "cp949"),
    (JAPANESE.encode("shift_jis"), "cp932"),
    (JAPANESE.encode("cp932"), "cp932"),
    (FRENCH.encode("latin-1"), "windows-1252"),
    ("- **ls**: zeigt Dateien – schön für den Überblick\n".encode("cp1252"), "windows-1252"),
    # a UTF-8 heading over lines in EUC-KR: no one conversion is right
    ("# 한글\n\n".encode() + "- **ls**: 목록\n".encode("euc_kr"), MIXED),
    # families not named: said to be another encoding, not read as one of those above
    ("- **ls**: список файлов\n".encode("cp1251"), UNKNOWN),
    ("# 笔记\n\n- **ls**: 列出文件目录\n".encode("gbk"), UNKNOWN),
    ("- **ls**: 一覧\n".encode("shift_jis"), UNKNOWN),  # kanji alone: Japanese, Chinese or Korean hanja
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), None),
])
def test_the_guess_names_the_family_or_none(data: bytes, expected: str | None) -> None:
    assert guess(data) == expected


@pytest.mark.parametrize(("text", "encoding", "says", "iconv"), [
    (KOREAN, "euc_kr", "Korean Windows text", "iconv -f cp949 -t utf-8"),
    (JAPANESE, "shift_jis", "Japanese Windows text", "iconv -f cp932 -t utf-8"),
    (FRENCH, "latin-1", "Western European text", "iconv -f windows-1252 -t utf-8"),
])
def test_import_names_the_encoding_and_a_conversion_that_works(
    text: str, encoding: str, says: str, iconv: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    quizzer_home: Path,
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_bytes(text.encode(encoding))
    rc, out, err = run_cli(capsys, "import", str(notes))
    assert rc == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert says in err and iconv in err, err
    # the encoding it names reads the file back as it was written
    assert notes.read_bytes().decode(iconv.split()[2]) == text


def test_a_file_half_utf8_half_euc_kr_is_not_called_western(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             quizzer_home: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_bytes("# 한글\n\n".encode() + "- **ls**: 목록\n".encode("euc_kr"))
    rc, out, err = run_cli(capsys, "extract", str(notes))
    assert rc == 1 and len(err.strip().splitlines()) == 1
    assert "Western" not in err and "iconv" not in err
    assert "parts of it are UTF-8 and parts are in another encoding" in err, err


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_conversion_ends_the_sentence_bare_and_runs_as_it_is_copied(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path,
) -> None:
    """The command sat in quotes mid-sentence: with a file name that needs quoting it read
    ''iconv -f cp949 -t utf-8 'f/옛날 메모.md' > …'' (quotes in quotes).  Now it stands bare between
    spaces, and those words, pasted into a shell, convert the file in place (u-campaign3's 10: a copy beside
    it filled a deck named after the copy, 'euckr.utf8'), keeping the original beside it as X.md.orig (the
    encoding is a guess: a wrong one overwrote the only copy with nonsense, review 14)."""
    import shutil
    import subprocess

    notes = tmp_path / "옛날 메모.md"
    notes.write_bytes(KOREAN.encode("euc_kr"))
    rc, _out, err = run_cli(capsys, "--lang", language, "import", str(notes))
    assert rc == 1
    said = err.strip()
    kept = tmp_path / "옛날 메모.md.orig"
    target = " && mv '" + str(tmp_path / "옛날 메모.utf8.md") + "' '" + str(notes) + "'"
    command = said[said.index("iconv -f"):said.index(target) + len(target)]
    assert said[said.index(target) + len(target)] == " " and "'iconv" not in said, err
    if shutil.which("iconv"):
        subprocess.run(["sh", "-c", command], check=True)
        assert notes.read_text(encoding="utf-8") == KOREAN and not (tmp_path / "옛날 메모.utf8.md").exists()
        assert kept.read_bytes() == KOREAN.encode("euc_kr")  # the guess may be wrong: the original is kept
        assert run_cli(capsys, "--db", str(tmp_path / "q.db"), "import", "--trust", str(notes))[0] == 0
        assert "옛날 메모" in run_cli(capsys, "--db", str(tmp_path / "q.db"), "decks")[1]  # its own name


def test_a_file_converted_as_advised_is_not_advised_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], quizzer_home: Path) -> None:
    """A folder imported again after its EUC-KR file was converted as the advice said (X.utf8.md beside X.md):
    the same advice and the same iconv command came again, every import, as if nothing had been done."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "memo.md").write_bytes(KOREAN.encode("euc_kr"))
    (folder / "memo.utf8.md").write_text(KOREAN, encoding="utf-8")
    rc, _out, err = run_cli(capsys, "import", str(folder), "--trust")
    assert rc == 0 and "iconv" not in err
    said = " ".join(err.split())
    assert f"its UTF-8 copy memo.utf8.md is beside it: import the copy, and delete or move {folder / 'memo.md'}" in said
