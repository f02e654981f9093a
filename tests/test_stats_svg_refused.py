"""``quizzer stats --svg`` refuses a path it cannot write in a sentence of the interface's language:
it said the C library's English reason ('…: No such file or directory.') in the Korean interface too."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli as run


@pytest.mark.parametrize(("where", "said", "korean"), [
    ("no/x.svg", "there is no folder {parent}.", "{parent} 폴더가 없습니다."),
    ("a-folder", "it is a folder; give --svg a file name.", "폴더입니다. --svg에 파일 이름을 주세요."),
    ("file/x.svg", "{parent} is a file, not a folder.", "{parent}은(는) 폴더가 아니라 파일입니다."),
])
def test_a_picture_path_is_refused_in_words_of_the_interface(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                             where: str, said: str, korean: str) -> None:
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "file").write_text("", encoding="utf-8")
    picture = tmp_path / where
    db = str(tmp_path / "new.db")
    rc, out, err = run(capsys, "--db", db, "stats", "--svg", str(picture))
    assert rc == 1 and out == ""
    assert err.strip() == f"Error: Cannot save the picture to {picture}: {said.format(parent=picture.parent)}"
    rc, out, err = run(capsys, "--lang", "ko", "--db", db, "stats", "--svg", str(picture))
    assert rc == 1 and err.strip().endswith(korean.format(parent=picture.parent))
    assert "No such file" not in err and "Is a directory" not in err
