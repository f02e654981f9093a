"""A general gate: shapes of a draft that no reading of any style makes a right card (pure).

The rules read styles; each new author brings a style they were not written for, and a rule that
misreads it makes cards whose *shape* already says they are wrong, whatever the style: a term that
is a key someone presses, a "command" that is a line of a file, an option whose dashes the notes
never wrote.  :func:`shape_doubt` names such a shape from the draft's own sides and its own line
only (no other draft, no pass over the document), so that :func:`quizzer.extract.decide.decide`
turns the draft into a warning with its line instead of a card.

Each signal was chosen by what it does on every card of every tuned set at several commits
(``benchmarks/gate_signals.py``): it catches wrong cards and no matched one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.knowledge import KEY_NAMES, PROGRAMS, is_key_chord, says_doing
from quizzer.extract.menu_paths import is_menu_path
from quizzer.extract.model import Kind, NoteDraft, note_key
from quizzer.extract.over_block import over_block_doubt
from quizzer.extract.taken_keys import TAKEN_KEY, taken_elsewhere
from quizzer.shell import AS_ROOT, typed_at_dollar

__all__ = [
    "ABOVE_BLOCK", "ABOVE_BLOCK_AND_COMMENT", "ABOVE_PROMPTED", "BACKGROUNDED", "COMMENT_ABOVE", "PARAGRAPH_UNDER", "PREFIX_KEY", "MAN_NAME", "DATA_LINE", "FILE_LISTED", "KEY_TERM", "MENU_PATH", "RANGE_ROW", "SEVERAL_LINES", "SUPPLIED_DASHES", "TASK_TERM",
    "TYPED_BACK",
    "key_among_keys", "key_tally", "keyed_shapes", "shape_doubt", "unrooted",
]

#: the term of a concept is a key, or a list of keys
KEY_TERM = "key_term"
#: The reason of a command note whose meaning is the text just above its code block (``quizzer.extract.code``):
#: weighed here and in ``quizzer.extract.decide`` (a title over several lines, a pointer to the block).
ABOVE_BLOCK = "text just above its code block"
#: The reason of the note of a man page's NAME line (``exa — a modern replacement for ls``, ``quizzer.extract.man_pages``):
#: what the program is; the walk keeps it apart from what running the program bare does, said elsewhere on the page.
MAN_NAME = "a man page's NAME line"
#: The reason of a command note whose meaning is a comment line over it in its code block (``quizzer.extract.code``).
COMMENT_ABOVE = "comment above it in a code block"
#: The reason of a command note whose meaning is the text above its code block with the line's own comment in
#: parentheses (``quizzer.extract.code``): the usages of one command merged, each its own comment.
ABOVE_BLOCK_AND_COMMENT = "text above its code block and its comment"
#: The reason of a note of a line typed at a program's prompt whose meaning is the text above it (``quizzer.extract.repl``).
ABOVE_PROMPTED = "text above lines typed at a program's prompt"
#: The reason of a command note whose meaning is the paragraph under a heading naming the command
#: (``quizzer.extract.rules``): the walk keeps it apart from a line of another block that said what running it does.
PARAGRAPH_UNDER = "heading naming a command, paragraph under it"
#: The reason of a row of a table of line ranges (``| 범위 | 의미 |`` over ``| 1,$ | … |``): its rule read the column's
#: header, so its terms are ranges, never keys however they look.
RANGE_ROW = "range in a table of ranges"
#: The reason of the concept of a key the notes call their prefix or leader (``quizzer.extract.prefix_keys``): its
#: sentence says the term is a key, and what kind of key, so a key (or a term shaped like "fn a") is its right front.
PREFIX_KEY = "key the notes name as their prefix or leader"
#: an option the notes wrote without its dashes (a value of the option above, as often as not)
SUPPLIED_DASHES = "supplied_dashes"
#: a "command" that is a line of a file or a setting: it starts with a device or mount point, or is NAME=value
DATA_LINE = "data_line"
#: three lines of text above a code block made one back: several things said over the block, not one fact
SEVERAL_LINES = "several_lines"
#: a "command" that is one file or folder named alone (``/etc/nginx``, ``src/``, ``.zshrc``): a file listed
FILE_LISTED = "file_listed"
#: the back is a path through an app's menus (``설정 - 알림 - 항상``) or says to click along one: where to change
#: a setting, not what the term means or the key does
MENU_PATH = "menu_path"
#: the term of a concept is an instruction (``Generate a new key``): a task or a heading, not a term
TASK_TERM = "task_term"
#: the line starts a program in the background and goes on with others (``app & curl …; kill %1``): the text above
#: says what the line does as a whole, the card would give it to the first program alone
BACKGROUNDED = "backgrounded"
#: the definition of a concept is what one types (``-XX:+Flag``, ``$ java -version``): a purpose and its command
TYPED_BACK = "typed_back"

# the rules that take the text above a code block as what its line does (ABOVE_BLOCK_AND_COMMENT is left out: its
# lines are the usages of one command merged, each its own comment)
_ABOVE_BLOCK = frozenset({ABOVE_BLOCK, ABOVE_PROMPTED})

# a key pressed with modifiers: "ctrl + w", "C-s", "A-C", "shift+enter", "Cmd-K"
_MODIFIED = lazyre.pattern(
    r"^(?:(?:ctrl|control|shift|alt|option|opt|cmd|command|meta|super|win|[CMAS])\s*[-+]\s*)+\S+$", re.IGNORECASE
)


_CHORD_SIGN = lazyre.pattern("[-+\u2318\u2325\u21e7\u2303]")  # "-", "+", ⌘ ⌥ ⇧ ⌃


def _a_key(text: str) -> bool:
    """One key: a single letter (``F``, ``n``), a key's name (``Tab``, ``ESC``), a key with modifiers."""
    text = text.strip()
    if len(text) == 1:
        return text.isascii() and text.isalpha()
    if text.casefold() in KEY_NAMES:
        return True
    if _CHORD_SIGN.search(text) is None:
        return False  # _MODIFIED and a chord both need a "-", a "+" or a Mac's sign
    return bool(_MODIFIED.match(text)) or (is_key_chord(text) and not text.isalnum())


def _listed_key(text: str) -> bool:
    """One item of a list of keys: a key, or a sign or digit of one character (``,``, ``1``)."""
    text = text.strip()
    return _a_key(text) or len(text) == 1 and text.isascii() and not text.isspace()


def _key_term(front: str) -> bool:
    """``n, p``, ``x, c, shift+v``, ``Tab``, ``C-s``: keys pressed, not a term to define.

    A sign alone (``.``, ``*``, ``$0``) stays a term: notes about regular expressions or a shell's
    variables define signs.  A word of two letters or more stays a term too (``vi``, ``ls``)."""
    parts = front.split(",")
    if len(parts) > 1:
        return all(_listed_key(part) for part in parts)
    front = front.strip()
    return len(front) > 1 and _a_key(front)  # one letter alone may be a term ("Z", compress's suffix)


# the first word of a list item or line: "  - short : …", "* `fast` — …", "3. json: …"
_ITEM_HEAD = lazyre.pattern(r"^\s*(?:[-*+]|\d+[.)])?\s*[`*_]*([^\s`*_:=]+)")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _under_an_option(line: int, lines: Sequence[str]) -> bool:
    """The item on ``line`` (1-based) is nested under an item that names an option (``- `-o` : 출력 형식``)."""
    own = _indent(lines[line - 1])
    for n in range(line - 2, max(-1, line - 32), -1):
        text = lines[n]
        if not text.strip():
            continue
        if _indent(text) < own:
            head = _ITEM_HEAD.match(text)
            return head is not None and head.group(1).startswith("-") and len(head.group(1)) > 1
    return False


def _dashes_supplied(note: NoteDraft, lines: Sequence[str]) -> bool:
    """``--short`` from ``  - short : …`` nested under ``- `-o` : 출력 형식``: a value of that option.

    The line writes the word with no dash and sits under an item naming an option; the draft made the
    word an option of its own.  (Options written without dashes as items of their own, under an options
    label, are options: ``- **platform**: 플랫폼 지정`` under ``**명령 옵션**``.)"""
    if note.kind not in (Kind.OPTION, Kind.FLAG) or not note.front.startswith("-") or not 0 < note.line <= len(lines):
        return False
    text = lines[note.line - 1]
    spelling = note.front.split(",", 1)[0].split(None, 1)[0]
    if spelling in text:
        return False
    head = _ITEM_HEAD.match(text)
    return head is not None and head.group(1) == spelling.lstrip("-") and _under_an_option(note.line, lines)


# the top folders that hold devices, mounts, data and homes, never the programs run (/usr/bin, /opt, /etc/init.d)
_DATA_FOLDERS = frozenset({"dev", "media", "mnt", "proc", "sys", "tmp", "var", "home", "run", "srv", "boot"})
_SETTING = lazyre.pattern(r"[A-Za-z_][\w.]*=\S*|\d+=\S*")
_SIGNED_KEY = lazyre.pattern(r"\w{1,2}=")  # "n=", "z=": a key with a sign, no name given a value


def _data_line(note: NoteDraft) -> bool:
    """``/dev/sdb1 /mnt/usb ext4 defaults 0 2`` (a line of fstab), ``ShowHidden=1`` alone: not a command run.

    Nor a term: ``LABEL=data  /srv  ext4  noatime  0  2`` glossed ``LABEL from e2label`` is a line of a file
    (a setting, then more fields), whose gloss tells of one of its fields."""
    words = note.front.split()
    if note.kind is Kind.CONCEPT:
        return len(words) >= 3 and _SETTING.fullmatch(words[0]) is not None and not _SIGNED_KEY.fullmatch(words[0])
    if note.kind is not Kind.COMMAND or not words:
        return False
    if len(words) == 1 and _SETTING.fullmatch(words[0]) and not _SIGNED_KEY.fullmatch(words[0]):
        return True
    parts = words[0].split("/")
    return words[0].startswith("/") and len(parts) > 2 and parts[1] in _DATA_FOLDERS and parts[-1] not in PROGRAMS


# where programs live: a path into one of these is a program run by its path (``/usr/bin/crontab``)
_PROGRAM_FOLDERS = ("bin/", "sbin/", "init.d/", "rc.d/", "libexec/")
# a file named by its kind of content (``settings.json``, ``install.sh``): without ``./`` it is not run
_DATA_FILE = lazyre.pattern(r"[\w.-]+\.(?:sh|json|ya?ml|toml|conf|cfg|ini|txt|md|lock|env|xml|csv|log)")
_DOTFILE = lazyre.pattern(r"\.[\w.-]+/?")
_RELATIVE = lazyre.pattern(r"[\w.-]+(?:/[\w.-]+)*/|[\w.-]+(?:/[\w.-]+)+")


def _file_listed(note: NoteDraft) -> bool:
    """``/etc/nginx/conf.d``, ``src/``, ``.zshrc``, ``config/app.yaml`` as a command of no program but itself:
    a file or folder named in a list or table of them, not a command run.  (``./build.sh`` runs a script,
    ``/usr/local/bin/tool`` a program; a key of a program, ``/pattern`` under less, names its program.)

    Chosen on cards made of notes nobody had seen (``benchmarks/doubt_signals.py``): it caught 19 wrong
    cards in four of eight blind sets and no right one."""
    if note.kind is not Kind.COMMAND:
        return False
    words = note.front.split()
    if len(words) != 1 or note.command not in (None, words[0]):
        return False
    word = words[0]
    if word.startswith("./") or any(folder in word for folder in _PROGRAM_FOLDERS):
        return False
    if word.startswith("~/"):
        return True
    if word.startswith("/"):
        return word.strip("/").count("/") >= 1  # "/etc/nginx"; "/" or "/pattern" alone is a key's look
    return bool(_DOTFILE.fullmatch(word) or _DATA_FILE.fullmatch(word) or _RELATIVE.fullmatch(word))


# "- ./harbor : harbor chart", "* `./web/` — 웹 앱": an item naming a relative name with no extension, then a gloss
_FOLDER_ITEM = lazyre.pattern(r"^\s*(?:[-*+]|\d+[.)])\s+`?\./[\w-]+/?`?\s*(?:[:：]|[-–—]\s)\s*(?P<gloss>.*)$")
_FOLDER_RUN = 3  # items in a row: a listing of a folder's contents (a script or two is listed among other lines)


def _among_folders(note: NoteDraft, lines: Sequence[str]) -> bool:
    """``./argo-cd : …``, ``./harbor : …``, ``./nginx : …`` in a row: the folders of a repository listed with what
    each holds, not scripts run (a script is named with its extension, ``./deploy.sh``, or among other lines).
    Reads the run within the lines :mod:`decide` may read around a note (8 below)."""
    if note.kind is not Kind.COMMAND or not re.fullmatch(r"\./[\w-]+/?", note.front) or not lines:
        return False
    here = note.line - 1
    if not 0 <= here < len(lines) or not _FOLDER_ITEM.match(lines[here]):
        return False
    above = here
    while above > 0 and here - above < 60 and _FOLDER_ITEM.match(lines[above - 1]):
        above -= 1
    below = here
    while below + 1 < len(lines) and below - here < 7 and _FOLDER_ITEM.match(lines[below + 1]):
        below += 1
    if below - above + 1 < _FOLDER_RUN:
        return False
    # what each holds ("nginx app", "harbor chart") names folders; glosses saying what is done ("runs the build",
    # "checks the system") name scripts run without an extension (./configure, ./gradlew): most must be nouns
    glosses = [_FOLDER_ITEM.match(lines[n]) for n in range(above, below + 1)]
    doing = sum(1 for found in glosses if found is not None and says_doing(found.group("gloss")))
    return doing * 2 < len(glosses)


# an instruction: a verb (or a word) then an article or determiner, "Generate a new key", "List all components"
_INSTRUCTION = lazyre.pattern(r"[A-Z]?[a-z]+\s+(?:a|an|the|all|your|my|this|that|new|it)\b")


def _task_term(note: NoteDraft) -> bool:
    """A concept whose term reads as an instruction (``Generate a new key``, ``Destroy the stack``): the notes
    say what to do there, a heading or a task, and what follows it is no definition.

    Chosen on cards made of notes nobody had seen (``benchmarks/doubt_signals.py``): 5 wrong cards in three
    of eight blind sets, no right one."""
    return note.kind is Kind.CONCEPT and _INSTRUCTION.match(note.front.strip()) is not None


_OPTION_FIRST = lazyre.pattern(r"[\"'`]?--?[A-Za-z]")
_QUOTED_PROGRAM = lazyre.pattern(r"[\"'`]([\w.-]+)\s+\S")
_TYPED_FIRST = frozenset("\"'`-$/")  # what _OPTION_FIRST, a "$ " prompt, _QUOTED_PROGRAM and _PATH_RUN start with
_WRITTEN_CARD = "question and answer written as a card"  # qa_pairs's reason
_PATH_RUN = lazyre.pattern(r"/[\w.-]+(?:/[\w.-]+)+\s+--?[A-Za-z]")


def _typed_back(note: NoteDraft) -> bool:
    """``Thread count: "-XX:ThreadCount=N" for …``, ``Check the version: $ node -v``: a concept whose definition
    starts with what one types (an option, a prompt, a quoted program with arguments, a program's path run with an
    option).  The term says what it is for and the "definition" is the command: which card the notes mean (a
    command, an option of which program) is not sure.

    Chosen on cards made of notes nobody had seen (``benchmarks/doubt_signals.py``): 5 wrong cards in three of
    eight blind sets, no right one; on the tuned sets it warns 2 wrong cards and no right one."""
    if note.kind is not Kind.CONCEPT or note.reason == _WRITTEN_CARD:
        return False  # "Q: How do I see node's version? A: $ node -v": the person's own card asks for the typing
    back = note.back.lstrip()
    if back[:1] not in _TYPED_FIRST:
        return False  # each pattern below starts with one of them (most backs are words)
    if _OPTION_FIRST.match(back) or typed_at_dollar(back) or _PATH_RUN.match(back):
        return True
    quoted = _QUOTED_PROGRAM.match(back)
    return quoted is not None and quoted.group(1) in PROGRAMS


_GOES_ON = lazyre.pattern(r"\S\s+&\s+[A-Za-z./~]")  # "mate-terminal & xdotool …": "&" then another command ("&&" is not it)


def _goes_on_after_background(note: NoteDraft, lines: Sequence[str]) -> bool:
    """The note's own line starts a program in the background and runs another after it on the same line."""
    return note.kind is Kind.COMMAND and 0 < note.line <= len(lines) and _GOES_ON.search(lines[note.line - 1]) is not None


# the reasons of a command note whose meaning is text written above its code block (decide's own set adds none)
_OVER_BLOCK = _ABOVE_BLOCK | {ABOVE_BLOCK_AND_COMMENT}


def shape_doubt(note: NoteDraft, lines: Sequence[str] = ()) -> str | None:
    """Which general shape makes ``note`` no card (None when none does); ``lines`` the document's."""
    if note.reason == PREFIX_KEY:
        return None  # "`fn a` is the current prefix": the sentence says the term is a key, and which
    if note.kind is Kind.CONCEPT and _key_term(note.front) and note.reason != RANGE_ROW:
        return KEY_TERM
    if _task_term(note):
        return TASK_TERM
    if _typed_back(note):
        return TYPED_BACK
    if _dashes_supplied(note, lines):
        return SUPPLIED_DASHES
    if _data_line(note):
        return DATA_LINE
    if _file_listed(note) or _among_folders(note, lines):
        return FILE_LISTED  # (after a data line: "/media/backup" is a mount point, the more telling doubt)
    if is_menu_path(note.back, whole=note.kind is Kind.CONCEPT):
        return MENU_PATH  # (a key's back may be its menu entry, "Edit > Find > Replace": only a click says where to set)
    if note.reason in _ABOVE_BLOCK and _goes_on_after_background(note, lines):
        return BACKGROUNDED
    if taken_elsewhere(note, lines):
        return TAKEN_KEY  # "- `C-b` used by vim" in notes about tmux: vim's key, not what it does in tmux
    doubt = over_block_doubt(note, lines, over_block=note.reason in _OVER_BLOCK, commented=note.reason == COMMENT_ABOVE)
    if doubt is not None:
        return doubt  # (over_block.py: what text over a block may say that is not what its line does)
    if note.reason in _ABOVE_BLOCK and note.back.count("\n") >= 2:
        return SEVERAL_LINES  # "Discard stdout.\nDiscard stderr.\nDiscard both." over one line of the block
    return None


def unrooted(note: NoteDraft) -> NoteDraft:
    """``sudo ufw enable`` filed under a program ``sudo ufw``: the program is ufw, ``sudo`` only runs it as root.

    The front keeps the line as written; the card is filed under the program (what the rules do
    when they see the ``sudo``; this catches a rule that did not)."""
    words = (note.command or "").split()
    if len(words) < 2 or words[0] not in AS_ROOT:
        return note
    owner = " ".join(words[1:])
    deck, _kind, _command, term = note.key.split("|", 3)
    return replace(note, command=owner, key=note_key(deck, note.kind, owner, term))


def key_tally(notes: Iterable[NoteDraft]) -> tuple[Counter[str | None], Counter[str | None]]:
    """Of the concepts among ``notes``, by shape (rule, by its reason): how many are keys (:func:`shape_doubt`'s
    key test) and how many are not; counts that add up over any split of the notes (:func:`keyed_shapes`)."""
    keyed: Counter[str | None] = Counter()
    others: Counter[str | None] = Counter()
    for note in notes:
        if note.kind is Kind.CONCEPT:
            tally = keyed if _key_term(note.front) else others
            tally[note.reason] += 1
    return keyed, others


def keyed_shapes(keyed: Counter[str | None], others: Counter[str | None]) -> frozenset[str | None]:
    """The shapes whose concepts in this document are mostly keys (``keyed``, ``others``: :func:`key_tally`'s
    counts over every note of the document).

    A document that writes keys as ``term: definition`` lines (``n, p : 다음, 이전``, ``Tab : …``) writes
    its one-character keys (``%``, ``.``, ``J``) the same way; alone, such a term may be a sign or a letter
    the notes define, but among keys it is a key.  A shape counts when three of its concepts or more are
    keys and they are at least as many as its other concepts."""
    return frozenset(reason for reason, n in keyed.items() if n >= 3 and n >= others.get(reason, 0))


def key_among_keys(note: NoteDraft, shapes: frozenset[str | None]) -> bool:
    """A concept of one or two characters (``%``, ``J``) of a shape whose concepts here are mostly keys."""
    return note.kind is Kind.CONCEPT and note.reason in shapes and note.reason != RANGE_ROW and len(note.front.strip()) <= 2
