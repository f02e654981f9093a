"""A file of colon-separated records is not notes (``quizzer import /etc/shadow`` as root made a
deck of 6 cards: its ``user:hash:…:::`` lines read as Obsidian's ``front:::back``): it is refused in
one sentence, nothing written; a folder import skips it and says so; real notes, ``front:::back``
cards among them, still import; so does a markdown note (a ``.md`` file, or a text with a heading, a
fence or a list item) that quotes such records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli as run
from quizzer.data_files import colon_records

SHADOW = "".join(f"{user}:$6$salt$hash{n}:20263:0:99999:7:::\n" for n, user in enumerate(
    ["root", "daemon", "bin", "sys", "cloudsdk", "systemd-network"])) + "nobody:*::::::::\n"
PASSWD = ("root:x:0:0:root:/root:/bin/bash\n"
          "gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin\n"
          "_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n")
GROUP = "root:x:0:\nsudo:x:27:kim\ndocker:x:999:kim,lee\n"
OBSIDIAN = "Capital of France:::Paris\nPort of SSH:::22\nls:::list files\n"
LINUX = "# Linux\n\n- **ls**: list files\n- **cp**: copy files\n- **mv**: move files\n"
KOREAN = "# 리눅스\n\n- **ls**: 파일 목록 보기\n- **pwd**: 현재 폴더 보기\n"


#: a note about /etc/passwd (review5's passwd-note.md): a heading, a sentence, a fence of five records
PASSWD_NOTE = ("# /etc/passwd\n\nSeven fields: name, password placeholder, UID, GID, comment, home, shell.\n\n"
               "```\n" + PASSWD + "sshd:x:110:65534::/run/sshd:/usr/sbin/nologin\n"
               "alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash\n```\n")


@pytest.mark.parametrize("text", [SHADOW, PASSWD, GROUP, "\n" + SHADOW + "\n"])
@pytest.mark.parametrize("suffix", ["", ".txt", ".bak"])
def test_records_of_colon_separated_fields_are_data(text: str, suffix: str) -> None:
    assert colon_records(text, suffix=suffix)


@pytest.mark.parametrize("suffix", [".md", ".markdown", ".MD"])
@pytest.mark.parametrize("text", [SHADOW, PASSWD, GROUP])
def test_a_markdown_file_is_notes_whatever_its_lines(text: str, suffix: str) -> None:
    assert not colon_records(text, suffix=suffix)


@pytest.mark.parametrize("text", [
    PASSWD_NOTE,
    "# accounts\n" + PASSWD,  # a heading
    "## 계정\n" + PASSWD,
    "```\n" + SHADOW + "```\n",  # a fence
    "~~~\n" + GROUP + "~~~\n",
    "- the users:\n" + PASSWD,  # a list item
    "1. /etc/group\n" + GROUP,
])
def test_a_text_with_markdown_structure_is_notes_whatever_its_name(text: str) -> None:
    assert not colon_records(text, suffix="")


@pytest.mark.parametrize("text", [
    OBSIDIAN,
    LINUX,
    KOREAN,
    "Port mapping:::8080:80 on the host\nImage:::nginx:latest\n",  # a card whose back holds colons
    "Note: see: the manual\nTime: 12:30:45 sharp\n",  # sentences and definitions
    "# Addresses\n\n- loopback: ::1\n- MAC of eth0 is 00:1a:2b:3c:4d:5e\n",
    "- **docker run -p 8080:80 nginx:1.25**: publish a port\n",
])
def test_notes_are_not_records(text: str) -> None:
    assert not colon_records(text, suffix="")


@pytest.mark.parametrize("command", [("import",), ("import", "--strict"), ("extract",)])
def test_a_file_of_records_is_refused_in_one_sentence_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]) -> None:
    shadow = tmp_path / "shadow"  # no extension, as /etc/shadow
    shadow.write_text(SHADOW, encoding="utf-8")
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--db", str(db), *command, str(shadow))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "records" in err and "not notes" in err and ".md" in err
    assert not db.exists()


@pytest.mark.parametrize("name", ["passwd.md", "passwd.txt", "passwd"])
def test_a_markdown_note_about_a_file_of_records_imports(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    path = tmp_path / name
    path.write_text(PASSWD_NOTE, encoding="utf-8")
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--db", str(db), "import", "--trust", str(path))
    assert code == 0 and "records" not in out + err
    decks = json.loads(run(capsys, "--db", str(db), "decks", "--json")[1])["decks"]
    assert [deck["cards"] for deck in decks if deck["name"] == "passwd"] == [1]  # 'Seven fields'


def test_a_folder_import_takes_a_markdown_file_of_records_as_notes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "linux.md").write_text(LINUX, encoding="utf-8")
    (folder / "accounts.md").write_text(PASSWD, encoding="utf-8")
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--db", str(db), "import", "--trust", str(folder))
    assert code == 0 and "records" not in out + err
    names = [deck["name"] for deck in json.loads(run(capsys, "--db", str(db), "decks", "--json")[1])["decks"]]
    assert "linux" in names


@pytest.mark.parametrize(("name", "text", "cards"), [
    ("cards.txt", OBSIDIAN, 6),  # front:::back, asked both ways
    ("NOTES", LINUX, 6),  # a file without an extension that is notes
    ("리눅스.txt", KOREAN, 4),
])
def test_notes_in_a_txt_or_a_file_without_extension_still_import(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, cards: int) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", "--trust", str(path))[0] == 0
    decks = json.loads(run(capsys, "--db", str(db), "decks", "--json")[1])["decks"]
    assert [deck["cards"] for deck in decks if deck["name"] == Path(name).stem] == [cards]
