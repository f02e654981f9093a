"""The general gate (quizzer/extract/gate.py): shapes of a draft no reading of any style makes right.

Each example is our own.  The doubtful draft becomes a warning with its line; what is right beside it
stays a card with what the notes say.
"""

from __future__ import annotations

from conftest import draft, facts

from quizzer.extract.gate import DATA_LINE, FILE_LISTED, KEY_TERM, SEVERAL_LINES, SUPPLIED_DASHES, TASK_TERM, TYPED_BACK, shape_doubt
from quizzer.extract.model import Kind, NoteDraft


def _note(kind: Kind, front: str, back: str, *, line: int = 3, command: str | None = None) -> NoteDraft:
    return NoteDraft(key=f"d|{kind.value}|{command or ''}|{front}", kind=kind, front=front, back=back,
                     command=command, section=(), line=line, tags=(), reason="`term: definition` line")


def _warned(text: str, words: str) -> list[int]:
    return [w.line for w in draft(text).warnings if words in w.message]


# keys written as terms ---------------------------------------------------------------------------------

VIEWER_KEYS = """# Photo viewer notes

## Browsing

- n, p : 다음 사진, 이전 사진으로 이동
- r, R : 시계 방향, 반대 방향으로 회전
- F : 전체 화면 전환
- Tab : 썸네일 목록 열기
- Slideshow : 사진을 차례로 자동으로 넘겨 보여 주는 기능
"""


def test_keys_written_as_terms_are_warned_and_a_real_term_beside_them_stays() -> None:
    # one letter alone may be a term (a format's letter, a unit); here its shape's terms are mostly keys: a key
    assert facts(VIEWER_KEYS) == [
        (9, "concept", None, "Slideshow", "사진을 차례로 자동으로 넘겨 보여 주는 기능"),
    ]
    assert _warned(VIEWER_KEYS, "is a key or a list of keys") == [5, 6, 7, 8]


def test_what_is_a_key_term() -> None:
    for front in ("n, p", "x, c, shift+v, v", "1, 2, 3", "C-s", "ctrl + shift + -", "ESC", "Tab", "PageDown",
                  "A-s, A-d", "o, O"):
        assert shape_doubt(_note(Kind.CONCEPT, front, "does something")) == KEY_TERM, front


def test_signs_words_and_other_kinds_are_not_key_terms() -> None:
    # a sign (regular expressions, shell variables) and a word of two letters are terms notes define
    for front in (".", "*", "$0", "[]", "Z", "vi", "ls", "Slideshow", "IP, TCP", "A | B", "%pdb"):
        assert shape_doubt(_note(Kind.CONCEPT, front, "means something")) is None, front
    # a key as a command of the program the notes are about is the right card for a key
    assert shape_doubt(_note(Kind.COMMAND, "n", "next photo", command="feh")) is None


# an option the notes wrote without dashes -------------------------------------------------------------

DIG_OPTIONS = """# dig 사용법

## 옵션

- `-4` : IPv4로만 질의
- `-t` : 질의할 레코드 종류
  - mx : 메일 서버 레코드
  - txt : 텍스트 레코드
- `-p` : 질의할 포트 번호
"""


def test_values_under_an_option_do_not_become_options_with_dashes_they_never_had() -> None:
    # the rules read the values as the option with its value (quizzer/extract/option_values.py); the gate
    # is the net for a rule that gives them dashes instead (below, on the draft itself)
    assert facts(DIG_OPTIONS) == [
        (5, "option", "dig", "-4", "IPv4로만 질의"),
        (6, "option", "dig", "-t", "질의할 레코드 종류"),
        (7, "option", "dig", "-t mx", "메일 서버 레코드"),
        (8, "option", "dig", "-t txt", "텍스트 레코드"),
        (9, "option", "dig", "-p", "질의할 포트 번호"),
    ]
    assert _warned(DIG_OPTIONS, "without its dashes") == []
    lines = DIG_OPTIONS.split("\n")
    made_up = _note(Kind.OPTION, "--mx", "메일 서버 레코드", line=7, command="dig")
    assert shape_doubt(made_up, lines) == SUPPLIED_DASHES
    assert shape_doubt(_note(Kind.OPTION, "-t mx", "메일 서버 레코드", line=7, command="dig"), lines) is None


def test_an_option_written_with_its_dashes_is_no_supplied_dash() -> None:
    lines = ["# notes", "", "- `--json` : JSON으로 출력", "- -v, --verbose : 자세히"]
    option = _note(Kind.OPTION, "--json", "JSON으로 출력", line=3, command="tool")
    assert shape_doubt(option, lines) is None
    both = _note(Kind.OPTION, "-v, --verbose", "자세히", line=4, command="tool")
    assert shape_doubt(both, lines) is None
    # the same front on a line that writes the bare word, nested under an option, is a value given dashes
    bare = _note(Kind.OPTION, "--json", "JSON으로 출력", line=3, command="tool")
    assert shape_doubt(bare, ["# notes", "- `-f` : 출력 형식", "  - json : JSON으로 출력"]) == SUPPLIED_DASHES
    # options written without dashes as items of their own under an options label are options
    label = ["# notes", "**옵션**", "- **json**: JSON으로 출력"]
    assert shape_doubt(bare, label) is None


# a line of a file or a setting read as a command ------------------------------------------------------

FSTAB_LINE = """# USB 디스크 자동 마운트

## fstab에 추가

```
/dev/sdb1 /mnt/usb ext4 defaults,nofail 0 2
```

| 명령 | 뜻 |
|---|---|
| `sudo mount -a` | fstab의 모든 항목을 마운트 |
"""


def test_a_line_of_fstab_is_no_command_and_the_command_beside_it_stays() -> None:
    assert facts(FSTAB_LINE) == [(11, "command", "mount", "sudo mount -a", "fstab의 모든 항목을 마운트")]
    assert _warned(FSTAB_LINE, "is a line of a file or a setting") == [6]


def test_what_is_a_data_line() -> None:
    for front in ("/dev/sdb1 /mnt/usb ext4 defaults 0 2", "/media/backup", "/home/me/notes.txt", "ShowHidden=1",
                  "1252=*Courier"):
        assert shape_doubt(_note(Kind.COMMAND, front, "something")) == DATA_LINE, front
    # programs run by their path, command lines with a setting before the program, and settings as concepts stay
    for front in ("/usr/local/bin/tool --version", "/etc/init.d/networking restart", "/opt/app/bin/app -v",
                  "/home/me/.local/bin/ffmpeg -codecs", "LANG=C sort file", "./build.sh"):
        assert shape_doubt(_note(Kind.COMMAND, front, "something")) is None, front
    assert shape_doubt(_note(Kind.CONCEPT, "ShowHidden=1", "show hidden files")) is None


# three lines of text above a block as one back ---------------------------------------------------------


def _above(back: str) -> NoteDraft:
    return NoteDraft(key="d|command|nano|nano main.cf", kind=Kind.COMMAND, front="nano /etc/postfix/main.cf",
                     back=back, command="nano", section=(), line=9, tags=(), reason="text just above its code block")


def test_three_lines_of_text_above_a_block_are_several_things_not_what_the_line_does() -> None:
    several = _above("relay settings\nsend through the office relay\nkeep the queue for three days")
    assert shape_doubt(several) == SEVERAL_LINES
    # one line, or a heading and its line (the golden readers accept both as what the line does), stay
    assert shape_doubt(_above("send through the office relay")) is None
    assert shape_doubt(_above("Mail\nsend through the office relay")) is None
    # other rules' backs of several lines (a heading's paragraph of meanings, the usages of one command
    # merged with their comments) are not this shape
    merged = NoteDraft(key="d|command|git|git reset", kind=Kind.COMMAND, front="git reset",
                       back="unstage everything\nunstage one file\nundo the last commit", command="git reset",
                       section=(), line=9, tags=(), reason="text above its code block and its comment")
    assert shape_doubt(merged) is None
    listed = NoteDraft(key="d|command|mv|mv", kind=Kind.COMMAND, front="mv", back="move a file\nrename a file\nboth",
                       command="mv", section=(), line=3, tags=(), reason="heading naming a command, paragraph under it")
    assert shape_doubt(listed) is None


def test_a_warning_names_the_line_of_the_command() -> None:
    lines = draft(FSTAB_LINE).warnings
    assert [(w.line, "/dev/sdb1" in w.message) for w in lines if "setting" in w.message] == [(6, True)]


# a card filed under "sudo" and its program -------------------------------------------------------------


def test_a_draft_filed_under_sudo_and_its_program_is_filed_under_the_program() -> None:
    from quizzer.extract.decide import decide
    from quizzer.extract.gate import unrooted
    from quizzer.extract.model import note_key

    made = NoteDraft(key=note_key("d", Kind.COMMAND, "sudo nft", "sudo nft list ruleset"), kind=Kind.COMMAND,
                     front="sudo nft list ruleset", back="show every rule", command="sudo nft", section=(), line=4,
                     tags=(), reason="`command: description` line")
    kept, warnings = decide([made], program=None, lines=["# nft", "", "", "- sudo nft list ruleset: show every rule"])
    assert [(n.command, n.front, n.back, n.key) for n in kept] == [
        ("nft", "sudo nft list ruleset", "show every rule", note_key("d", Kind.COMMAND, "nft", "sudo nft list ruleset")),
    ]
    assert warnings == []
    # "sudo" alone as the program (notes about sudo itself) and other programs stay as they are
    alone = NoteDraft(key="d|command|sudo|sudo -i", kind=Kind.COMMAND, front="sudo -i", back="root shell",
                      command="sudo", section=(), line=2, tags=())
    assert unrooted(alone) is alone
    other = NoteDraft(key="d|command|nft|nft -a", kind=Kind.COMMAND, front="nft -a", back="handles",
                      command="nft", section=(), line=2, tags=())
    assert unrooted(other) is other


# one-character terms among keys written as terms --------------------------------------------------------

VIEWER_MORE_KEYS = """# Photo viewer notes

- n, p : next and previous photo
- r, R : rotate clockwise, counter-clockwise
- Tab : open the thumbnails
- % : fit the photo to the window
- J : jump to a photo by its number
- Slideshow : photos shown one after another on their own
"""

REGEX_SIGNS = """# Regular expressions

- . : any one character
- ? : the item before, once or not at all
- ^ : the start of the line
- Tab : written \\t in a pattern
- Anchor : a sign that matches a place, not a character
"""


def test_among_keys_written_as_terms_a_sign_or_letter_is_a_key_too() -> None:
    assert facts(VIEWER_MORE_KEYS) == [
        (8, "concept", None, "Slideshow", "photos shown one after another on their own"),
    ]
    assert _warned(VIEWER_MORE_KEYS, "is a key or a list of keys") == [3, 4, 5, 6, 7]


def test_signs_a_document_defines_stay_terms_when_its_terms_are_not_mostly_keys() -> None:
    assert [(line, front) for line, _kind, _command, front, _back in facts(REGEX_SIGNS)] == [
        (3, "."), (4, "?"), (5, "^"), (7, "Anchor"),
    ]
    assert _warned(REGEX_SIGNS, "is a key or a list of keys") == [6]


LABELLED_OPTIONS = """# docker push 정리

## docker push

**명령 옵션**
- **all-tags, -a**: 태그를 모두 올리기
- **quiet**: 진행 상황을 출력하지 않음
"""


def test_options_written_without_dashes_under_an_options_label_stay_options() -> None:
    assert (6, "option", "docker push", "--all-tags, -a", "태그를 모두 올리기") in facts(LABELLED_OPTIONS)
    assert _warned(LABELLED_OPTIONS, "without its dashes") == []


# signals chosen on blind sets' cards (benchmarks/doubt_signals.py, leave one set out) ----------------------

SITE_LAYOUT = """# hugo notes

## Layout

```
content/      # the pages, in markdown
static/       # files copied as they are
hugo server   # serve the site while writing
```
"""


def test_folders_listed_in_a_block_are_warned_and_the_command_beside_them_stays() -> None:
    assert facts(SITE_LAYOUT) == [
        (8, "command", "hugo", "hugo server", "serve the site while writing"),
    ]
    assert _warned(SITE_LAYOUT, "names a file or folder, not a command to run") == [6, 7]


def test_what_is_a_file_listed() -> None:
    for front in ("/etc/myapp/conf.d", "~/.config/myapp", "build/", "docs/api/", ".editorconfig", "deploy.yaml",
                  "scripts/setup.sh", "lib/net"):
        assert shape_doubt(_note(Kind.COMMAND, front, "where things are", command=None)) == FILE_LISTED, front
        assert shape_doubt(_note(Kind.COMMAND, front, "where things are", command=front)) == FILE_LISTED, front


def test_programs_scripts_keys_and_commands_are_not_files_listed() -> None:
    # a script run by its path, a program in a folder of programs, a key that starts with a slash, a command line
    for front in ("./build.sh", "/usr/local/bin/mytool", "/etc/init.d/nginx", "/", "/word", "make test", "ls"):
        assert shape_doubt(_note(Kind.COMMAND, front, "does something", command=None)) is None, front
    # a file a program's key or dot-command is filed under that program: its card says whose it is
    assert shape_doubt(_note(Kind.COMMAND, ".schema", "shows the tables' statements", command="sqlite3")) is None
    assert shape_doubt(_note(Kind.CONCEPT, "/etc/hosts", "names of hosts, looked up first")) is None


BACKUP_TERMS = """# restic notes

## Words

- Repository: the folder that keeps every snapshot
- Forget the old snapshots: removes snapshots the policy no longer keeps
- Snapshot: the files as they were at one moment
"""


def test_a_term_that_says_what_to_do_is_warned_and_the_terms_beside_it_stay() -> None:
    assert facts(BACKUP_TERMS) == [
        (5, "concept", None, "Repository", "the folder that keeps every snapshot"),
        (7, "concept", None, "Snapshot", "the files as they were at one moment"),
    ]
    assert _warned(BACKUP_TERMS, "says what to do, not a term") == [6]


def test_what_is_a_task_term() -> None:
    for front in ("Generate a new key", "Delete the branch", "List all services", "Open your terminal",
                  "Make this the default"):
        assert shape_doubt(_note(Kind.CONCEPT, front, "something")) == TASK_TERM, front
    for front in ("Time to live", "Snapshot", "Copy on write", "Repository format", "the index"):
        assert shape_doubt(_note(Kind.CONCEPT, front, "something")) is None, front
    # a command or option is read otherwise: only a term is asked to be a term
    assert shape_doubt(_note(Kind.COMMAND, "git add the file", "stages it", command="git")) is None


NODE_NOTES = """# node 메모

## 설치 확인

- 버전 확인: `$ node -v`
- 힙 크기 늘리기: "--max-old-space-size=4096" 로 늘릴 수 있다
- 이벤트 루프: 콜백을 차례로 실행하는 node의 구조
"""


def test_a_definition_that_is_what_to_type_is_warned_and_a_purpose_read_as_such_stays() -> None:
    assert facts(NODE_NOTES) == [
        (5, "command", "node", "node -v", "버전 확인"),
        (7, "concept", None, "이벤트 루프", "콜백을 차례로 실행하는 node의 구조"),
    ]
    assert _warned(NODE_NOTES, "is what to type, not what") == [6]


def test_what_is_a_typed_back() -> None:
    for back in ('"-Xmx2g" sets the largest heap', "--dry-run shows what would change", "$ brew list",
                 "`git stash pop` 로 되살린다", "/opt/tool/bin/tool --reset"):
        assert shape_doubt(_note(Kind.CONCEPT, "Some purpose", back)) == TYPED_BACK, back
    # a sentence that names a command or a file, a definition in words: a definition
    for back in ("git rebase 와 같이 커밋을 바꾸는 명령 뒤에 실행", "/var/log/app 에 기록된다", "a flag that sets the heap",
                 "the $HOME folder", "-"):
        assert shape_doubt(_note(Kind.CONCEPT, "Some term", back)) is None, back
    # an option's meaning may well start with another option
    assert shape_doubt(_note(Kind.OPTION, "-q", "--quiet: print nothing", command="tool")) is None
