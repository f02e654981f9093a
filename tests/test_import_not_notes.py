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
from quizzer.data_files import Data, data_kind

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
    assert data_kind(text, name="accounts" + suffix) is Data.COLON_RECORDS


@pytest.mark.parametrize("suffix", [".md", ".markdown", ".MD"])
@pytest.mark.parametrize("text", [SHADOW, PASSWD, GROUP])
def test_a_markdown_file_is_notes_whatever_its_lines(text: str, suffix: str) -> None:
    assert data_kind(text, name="accounts" + suffix) is None


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
    assert data_kind(text, name="accounts") is None


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
    assert data_kind(text, name="notes") is None


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



@pytest.mark.parametrize("command", ["import", "extract"])
def test_the_help_of_path_says_what_a_file_named_and_a_folder_give(
        capsys: pytest.CaptureFixture[str], command: str) -> None:
    """u-campaign3's 12: the help said "markdown files or folders of them", yet a .txt (or a file with no
    suffix) named alone is read as notes, and a folder gives only its .md and .markdown files."""
    from quizzer.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "en", command, "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert ".txt, or no suffix" in help_text and "folders (their .md and .markdown files)" in help_text


# -- other data a person passes by mistake (a log, a history, a table, JSON, a program's dot-file) --------------

#: macOS's /etc/passwd: a block of '#' comments (bare '##' lines among them), then 'name:*:uid:gid:…' records
MACOS_PASSWD = ("##\n# User Database\n#\n# Note that this file is consulted directly only when the system is running\n"
                "# in single-user mode.  At other times this information is provided by\n# Open Directory.\n##\n"
                "nobody:*:-2:-2:Unprivileged User:/var/empty:/usr/bin/false\n"
                "root:*:0:0:System Administrator:/var/root:/bin/sh\n"
                "daemon:*:1:1:System Services:/var/root:/usr/bin/false\n")
SYSLOG = ("Dec  1 10:00:01 host systemd[1]: Started Session 1 of user kim.\n"
          "Dec  1 10:00:02 host sshd[812]: Accepted publickey for kim from 10.0.0.2 port 50122 ssh2\n"
          "Dec  1 10:01:00 host CRON[900]: (root) CMD (run-parts /etc/cron.hourly)\n")
APP_LOG = ("2024-05-01 12:00:01,123 INFO server: started on port 8080\n"
           "2024-05-01T12:00:03Z ERROR auth: invalid token for user kim\n"
           "[2024-05-01 12:00:04] worker.INFO: job done\n"
           "Traceback follows: see above\n")
DMESG = "[    0.000000] Linux version 6.1.0 (gcc: 12.2)\n[    1.234567] usb 1-1: new high-speed USB device\n"
ZSH_HISTORY = ': 1700000000:0;ls -la\n: 1700000010:0;git status\n: 1700000020:0;git commit -m "fix: typo"\n'
HISTORY_OUTPUT = '  501  ls -la\n  502  git status\n  503  git commit -m "fix: typo"\n  504* docker ps\n'
CSV = "command,description,category\nls,list files,files\ngrep,search text: lines matching a pattern,text\n"
TSV = "name\tpurpose\nls\tlist files: all of them\ncp\tcopy files\n"
JSON_TEXT = '{\n  "name": "quizzer",\n  "commands": {"ls": "list files"},\n  "description": "A tool: flashcards"\n}\n'


@pytest.mark.parametrize(("text", "kind"), [
    (MACOS_PASSWD, Data.COLON_RECORDS),
    ("# accounts\n#\n" + PASSWD, Data.COLON_RECORDS),  # '#' lines that are comments count for neither side
    (SYSLOG, Data.LOG),
    (APP_LOG, Data.LOG),  # three of four lines
    (DMESG, Data.LOG),
    (ZSH_HISTORY, Data.HISTORY),
    (HISTORY_OUTPUT, Data.HISTORY),
    (CSV, Data.ROWS),
    (TSV, Data.ROWS),
    (JSON_TEXT, Data.JSON),
    ('[{"front": "ls", "back": "list files"}]', Data.JSON),
])
@pytest.mark.parametrize("name", ["data", "data.txt"])
def test_text_a_program_wrote_is_data(text: str, kind: Data, name: str) -> None:
    assert data_kind(text, name=name) is kind
    assert data_kind(text, name="data.md") is None  # a markdown file is notes whatever its lines


@pytest.mark.parametrize("name", [".bash_history", ".zsh_history", ".bashrc", ".gitconfig", ".env", ".notes"])
def test_a_hidden_file_is_a_programs_not_notes(name: str) -> None:
    assert data_kind("ls -la\ngit status\n", name=name) is Data.HIDDEN
    assert data_kind(LINUX, name=name) is Data.HIDDEN
    assert data_kind(LINUX, name=".notes.txt") is None and data_kind(LINUX, name=".notes.md") is None


#: notes without a heading, as people keep them in a .txt: definitions, cards, dated lines, sentences
PLAIN_NOTES = [
    "ls: list files\ncp: copy files, folders too\nmv: move or rename files\n",
    "ls: 파일 목록 보기\npwd: 현재 폴더 보기\ncd: 폴더 이동, 경로를 준다\n",
    "Capital of France::Paris\nPort of SSH::22\n",
    "2024-05-01 배운 것: git rebase -i 로 커밋 합치기\n2024-05-02 learned: git bisect finds the bad commit\n",
    "tar -x: extract, tar -c: create, tar -v: verbose\n",
    "The loopback address is ::1 and 127.0.0.1, both local.\nA MAC looks like 00:1a:2b:3c:4d:5e.\n",
    "# Git\n## Basics\ngit status: what changed\ngit add: stage a file\n",  # headings one under the other
    "#1 git status: what changed\n#2 git add: stage a file\n",  # a '#' with no space is no heading nor comment
    "[link](https://example.com): where to read more\n",
]


@pytest.mark.parametrize("text", PLAIN_NOTES)
def test_notes_without_markdown_structure_are_not_data(text: str) -> None:
    assert data_kind(text, name="notes.txt") is None and data_kind(text, name="NOTES") is None


@pytest.mark.parametrize(("name", "text", "words"), [
    ("passwd", MACOS_PASSWD, "colons, not notes"),
    ("syslog", SYSLOG, "log, each line starting with its time, not notes"),
    ("app.txt", APP_LOG, "log, each line starting with its time, not notes"),
    (".bash_history", "ls -la\ncd /var/log\ngit commit -m \"fix: typo\"\n", "hidden file"),
    (".zsh_history", ZSH_HISTORY, "hidden file"),
    ("history.txt", HISTORY_OUTPUT, "shell history, a command a line, not notes"),
    ("table.txt", CSV, "a table of rows, its fields separated by tabs or commas: quizzer reads a table written in "
                       "markdown ('| term | meaning |'"),
    ("commands.txt", "tar -czf\tpack a folder\ndf -h\tshow free disk space\n", "'| term | meaning |'"),
    ("data.txt", JSON_TEXT, "JSON data, not notes"),
])
def test_data_is_refused_in_one_sentence_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, words: str) -> None:
    """Each of these made a deck of wrong cards ('Dec 1 10:00:01 host sshd[812]' → 'Accepted publickey…',
    a whole .bash_history as one card) or, for macOS's passwd, was refused as having no notes."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 1 and out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and words in err and ".md" in err
    assert not db.exists()


@pytest.mark.parametrize("text", [
    "Ports I should know\n\n22    ssh, remote shell\n25    smtp, sending mail\n80    http\n443   https\n",
    "ports to remember\n22  ssh\n80  http\n443  https\n",
    "  3  git status\n  7  git add\n",
])
def test_numbered_lines_are_a_history_only_when_their_numbers_run_on(text: str) -> None:
    """review6 [data-notes-called-history]: a person's list of ports was called a shell history."""
    assert data_kind(text, name="ports.txt") is None
    assert data_kind("  41  ls\n  42  git status\n  43  cd /tmp\n", name="ports.txt") is Data.HISTORY


def test_data_is_refused_in_korean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "syslog"
    path.write_text(SYSLOG, encoding="utf-8")
    code, _out, err = run(capsys, "--lang", "ko", "--db", str(tmp_path / "q.db"), "import", str(path))
    assert code == 1 and "로그이지 노트가 아닙니다" in err


@pytest.mark.parametrize("text", [PLAIN_NOTES[0], PLAIN_NOTES[1], PLAIN_NOTES[2]])
def test_plain_notes_in_a_txt_still_import(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", "--trust", str(path))[0] == 0
    decks = json.loads(run(capsys, "--db", str(db), "decks", "--json")[1])["decks"]
    assert [deck["cards"] > 0 for deck in decks if deck["name"] == "plain"] == [True]


#: shell commands a line, one 'key: value' among them (lines with no blank between them are one markdown
#: paragraph: read as notes, the whole file made one card, 'git clone … npm install' → '3000 npm run dev git status')
SETUP = ("git clone https://github.com/me/app.git\ncd app\nnpm install\nPORT: 3000\nnpm run dev\ngit status\n")
NGINX = ("sudo apt update\nsudo apt install -y nginx\nsystemctl enable --now nginx\nserver_name: example.com\n"
         "cp nginx.conf /etc/nginx/sites-available/default\nnginx -t\nsystemctl reload nginx\n")
PIPES = "ps aux | grep nginx\ncat access.log | sort | uniq -c\ndiff <(sort a.txt) <(sort b.txt)\nls | wc -l\n"
SCRIPT = "#!/bin/sh\nset -e\n./configure --prefix=$HOME/.local\nmake -j4\nmake install\n호스트: 서버1\n"


@pytest.mark.parametrize("text", [SETUP, NGINX, SCRIPT, PIPES, SETUP.replace("\n", "\r\n"), "ls -la\ngit status\n",
                                  "git remote add origin git@example.org:me/app.git\ngit push -u origin main\n",
                                  # '=' and '~' as a shell uses them, not before words: still commands
                                  'test "$CI" = "true" && make\nexpr $n = 3\nls ~ /tmp\nexport PATH=$HOME/bin:$PATH\n'])
@pytest.mark.parametrize("name", ["setup.txt", "setup", "SETUP.TXT"])
def test_shell_commands_a_line_are_data(text: str, name: str) -> None:
    assert data_kind(text, name=name) is Data.COMMANDS
    assert data_kind(text, name="setup.md") is None  # a markdown file is notes whatever its lines


#: a command a line, each with something said about it: notes, as a person keeps them in a .txt
DESCRIBED_COMMANDS = [
    "git status: show what changed\ngit add -A: stage everything\ngit push\n",
    "git status — what changed\ngit add -A — stage all\ngit log --oneline\n",
    "ls -la - every file, hidden ones too\ndf -h - free space\ndu -sh .\n",
    "tar -czf out.tgz dir    pack a folder\ndf -h    free space\nls\n",
    "ls -la 숨김 파일까지 보기\ndf -h 남은 공간 보기\ndu -sh .\n",  # Korean said about each
    "git stash  # put changes aside\ngit stash pop  # bring them back\ngit status\n",
    "Run git status first.\nThen git add the files.\n",  # sentences
    # comments over the commands say what they do (fresh2's bash notes, in a .txt)
    "# Rerun sudo on the previous command\nsudo !!\n\n# Print PYTHONPATH\npython3 -c \"import sys; print(sys.path)\"\n",
    "shows what changed\nstages everything\n",  # lines that start with no program
    # review7 [txt-arrow-notes-refused]: an arrow, a bar, a last '(…)' say what a command does
    "git status -> show what changed\ngit log --oneline -> one line per commit\ngit stash pop -> bring back the stash\n",
    "git status => show what changed\ngit log --oneline => one line per commit\n",
    "git status → 바뀐 것\ngit log --oneline → 한 줄씩\n",
    "git status | show what changed\ngit log --oneline | one line per commit\n",
    "git status (show what changed)\ngit log --oneline (one line per commit)\n",
    # review7 [txt-equals-gloss-called-commands]: ' = ', ' := ' or ' ~ ' before words glosses a command too
    "docker ps -a = every container, stopped ones too\ndocker images = local images\ndocker rm -f web = remove web\n",
    "kubectl get pods := list the pods\nkubectl logs -f api := follow api's log\n",
    "df -h ~ free space\ndu -sh . ~ folder size\nfree -m ~ memory\n",
    "docker ps -a = 멈춘 것까지\ndocker images = 이미지 목록\n",
    # a command, then a line of prose about it (that line has shell marks too: ';', ' -i', '*')
    "grep -rn TODO src\nsearch every file under src for TODO, with line numbers; -i to ignore case\n\n"
    "du -sh *\nsize of each thing in this folder\n",
]


@pytest.mark.parametrize("text", DESCRIBED_COMMANDS)
def test_commands_with_what_they_do_are_notes(text: str) -> None:
    assert data_kind(text, name="notes.txt") is None


@pytest.mark.parametrize(("lang", "words"), [("en", "holds shell commands, a command a line, not notes"),
                                             ("ko", "셸 명령만 있고 노트가 아닙니다")])
def test_shell_commands_are_refused_in_one_sentence_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str) -> None:
    path = tmp_path / "setup.txt"
    path.write_text(SETUP, encoding="utf-8")
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--lang", lang, "--db", str(db), "import", str(path))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and words in err
    assert not db.exists()


@pytest.mark.parametrize("text", [DESCRIBED_COMMANDS[0].replace("\n", "\n\n"), DESCRIBED_COMMANDS[9]])
def test_commands_described_in_a_txt_still_import(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    path = tmp_path / "git.txt"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", "--trust", str(path))[0] == 0
    decks = json.loads(run(capsys, "--db", str(db), "decks", "--json")[1])["decks"]
    assert [deck["cards"] > 0 for deck in decks if deck["name"] == "git"] == [True]
