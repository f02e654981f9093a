"""Reading command lines the way a shell user does (pure).

Notes write commands with placeholders (``옵션 파일명 이미지명``, ``OPTIONS IMAGE``,
``<file>``, ``{image_id}``, ``[NAME]``, ``이미지이름<:태그>``) and with concrete
arguments (``webserver1``, ``nginx:1.18``).  Neither is part of what a command
*is*: ``docker image save 옵션 파일명 이미지명`` is the command ``docker image save``.
This module splits a written line into that command, its flags and the rest, and
reads what the line is an example of: the line without its placeholders
(``docker stats webserver1``, ``cd ..``).  It is also the base for grading typed
answers later (``-it`` ≡ ``-i -t``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from quizzer import lazyre
from quizzer.extract.knowledge import ANY_COMMAND_WORDS, AS_ROOT, DATA_FILE_EXTENSIONS, ECHOING_PROGRAMS, EVALUATORS, FILTERS, MODULE_RUNNERS, ROOT_SWITCHES, WRAPPERS
from quizzer.extract.knowledge import DOTTED_FAMILIES as _DOTTED_FAMILIES
from quizzer.extract.knowledge import GROUPS as _GROUPS
from quizzer.extract.knowledge import VERB_PROGRAMS as _VERB_PROGRAMS
from quizzer.text import HANGUL

__all__ = [
    "AS_ROOT",
    "OPTION_MARKERS",
    "Invocation",
    "Setting",
    "is_flag",
    "is_placeholder",
    "is_shell_parameter",
    "leading_settings",
    "looks_like_command",
    "concrete",
    "glues",
    "hides_korean_words",
    "shown",
    "written",
    "parse_invocation",
    "passed_flags",
    "flags_named",
    "program_run",
    "read_into",
    "plain_program",
    "split_flags",
    "strip_prompt",
    "tokenize",
    "typed_at_dollar",
    "typed_at_prompt",
]

_PLAIN_WORD = lazyre.pattern(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")
_HANGUL = lazyre.pattern(f"[{HANGUL}]")
_FLAG = lazyre.pattern(r"^--?[A-Za-z0-9?][\w.-]*(?:=.*)?$")
#: How notes write "options go here" in a command line (``docker ps [OPTIONS]``, ``ls 옵션``).
OPTION_MARKERS = frozenset({"options", "option", "옵션", "[옵션]", "[options]", "<옵션>", "(옵션)", "[option]"})
# "gui.encoding", "i18n.commitEncoding": a dotted settings key, not a program or script
_SETTING = lazyre.pattern(r"^(?!\.)[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+$(?<!\.sh)(?<!\.py)(?<!\.js)(?<!\.pl)(?<!\.rb)")
_SPECIAL = lazyre.pattern(r"[\"'\[\]{}<>()|]")
# no quotes or pipes, and every bracket closed before another opens ("… (자주 쓰는 형태)",
# "docker rm <container>"): a token is plain characters and whole bracketed groups
_ONE_LEVEL = lazyre.pattern(r"(?:[^\[{<(]|[\[{<(][^\[\]{}<>()]*[\]}>)])*")
_ONE_LEVEL_TOKEN = lazyre.pattern(r"(?:[^\s\[{<(]|[\[{<(][^\[\]{}<>()]*[\]}>)])+")
_GIT_REF = lazyre.pattern(r"^(?:[A-Z]+_)?HEAD(?:[~^@:].*)?$")
#: words typed in capitals as they are, not names to fill in: HTTP methods (``curl -X POST``), signals
#: (``kill -s KILL``, ``trap … SIGINT``), netfilter's targets (``iptables -A INPUT -j DROP``) and the protocols a
#: filter names (``lsof -i TCP``, ``lsof -i UDP``: two lines, not one with a name filled in); words that notes
#: also use as placeholders (``INT``, ``TERM``, ``INPUT``, ``OUTPUT``) are left out
LITERAL_CAPITALS = frozenset({
    "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE",
    "HUP", "QUIT", "KILL", "STOP", "CONT", "USR1", "USR2", "WINCH", "CHLD", "ALRM",
    "SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGTERM", "SIGSTOP", "SIGCONT", "SIGUSR1", "SIGUSR2", "SIGWINCH",
    "SIGCHLD", "SIGALRM", "SIGTSTP", "SIGPIPE",
    "PREROUTING", "POSTROUTING", "ACCEPT", "DROP", "REJECT", "MASQUERADE", "SNAT", "DNAT",
    "TCP", "UDP", "ICMP",
    "YES", "NO", "TRUE", "FALSE",  # a boolean setting's value ("defaults write … -bool YES"), typed as written
    "RSA", "DSA", "ECDSA", "ED25519",  # a type of key ("ssh-keygen -t RSA"): another key, not a name to fill in
})
#: What a command line's first word can start with (see ``looks_like_command``).
_COMMAND_START = frozenset("abcdefghijklmnopqrstuvwxyz0123456789./_~:")
# what a quoted placeholder holds: a bracketed name (not the shell's test, "[ -f ~/.app.local ]"), or words in
# Korean with no code in them
_QUOTED_PLACEHOLDER = lazyre.pattern(rf"<[^<>]*>|\[(?!\s+!?\s*-[A-Za-z]{{1,2}}\s)[^\[\]]*\]|[{HANGUL}\s.,:!?-]*[{HANGUL}][{HANGUL}\s.,:!?-]*")
_PROMPT = lazyre.pattern(r"^\s*(?:\$>?|PS>)(?:\s+|(?=[a-z]))")  # not "#": in notes that starts a comment


@lru_cache(maxsize=8192)
def tokenize(line: str) -> tuple[str, ...]:
    """Split on spaces, keeping quoted strings and bracketed placeholders whole.

    A pipe outside quotes and brackets is a token of its own: ``--list|grep``
    gives ``--list``, ``|``, ``grep``.
    """
    if not _SPECIAL.search(line):  # the common case: plain words
        return tuple(line.split())
    if "'" not in line and '"' not in line and "|" not in line and _ONE_LEVEL.fullmatch(line):
        return tuple(_ONE_LEVEL_TOKEN.findall(line))  # the next common case, as the loop below reads it
    tokens: list[str] = []
    current: list[str] = []
    depth = 0
    quote = ""

    def flush() -> None:
        if current:
            tokens.append("".join(current))
            current.clear()

    text = line.strip()
    for n, ch in enumerate(text):
        if quote:
            current.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "[{<(" and not (ch == "<" and text[n + 1 : n + 2] == "("):  # "<(sort a)": a process substitution
            depth += 1
        elif ch in "]}>)" and depth:
            depth -= 1
        if ch.isspace() and not depth:
            flush()
            continue
        piped = bool(current) and current[-1] == "|" and not depth
        if ch == "|" and not depth:
            if not piped:
                flush()
        elif piped:
            flush()
        current.append(ch)
    flush()
    return tuple(tokens)


def is_flag(token: str) -> bool:
    """``-d``, ``--name``, ``--platform=linux``; not ``-`` or ``--`` alone."""
    return bool(_FLAG.match(token)) and token not in {"-", "--"}


# "$?", "$$", "$0", "$_", "$#", "$@", "${10}", "$HOME", "${PATH}": a parameter the shell expands, by itself
_PARAMETER = lazyre.pattern(r"\$(?:[?!$#@*_0-9-]|[A-Za-z_]\w*|\{[^{}\s]+\})")


def is_shell_parameter(text: str) -> bool:
    """``$?``, ``$!``, ``$HOME``, ``${name}``: a parameter (a special one, a positional one or a variable) written
    alone, what the shell puts in its place; a word that names a value, never a command to run."""
    return _PARAMETER.fullmatch(text) is not None


# a variable set by name: "LESS='-N'", "GOPATH=$HOME/go" (the name in capitals, its value after "=")
_ASSIGNMENT = lazyre.pattern(r"[A-Z_][A-Z0-9_]*=(\S.*)")


def is_placeholder(token: str) -> bool:
    """A word that stands for something the user fills in.

    Git's ``HEAD^``, ``ORIG_HEAD``, a template such as ``{{.Names}}`` and the empty
    braces of ``find … -exec rm {} \\;`` or ``xargs -I{}`` are written as they are
    typed, so they are not placeholders.
    """
    if token.lower() in OPTION_MARKERS:
        return True
    if _GIT_REF.match(token) or "{{" in token or token in LITERAL_CAPITALS:
        return False
    if "{}" in token:  # find's "-exec rm {} \;", "xargs -I{}": empty braces are typed as written
        token = token.replace("{}", "")
        if not token:
            return False
    if token[:2] in ("$'", '$"') and len(token) > 3:
        token = token[1:]  # bash's $'\e[31m' (escapes) and $"…" (translated) are quoted strings typed as written
    if token[:1] in "\"'" and len(token) > 2:
        # a quoted argument is typed as written ('{print $1}', 's/a/b/g'), unless what it quotes is
        # itself a placeholder: "<message>", "[이름]", "커밋 메시지"
        inner = token[1:-1] if token[-1:] == token[0] else token[1:]
        return bool(_QUOTED_PLACEHOLDER.fullmatch(inner.strip()))
    if (assignment := _ASSIGNMENT.fullmatch(token)) is not None:
        # "LESS='-N'", "PAGER=less": a variable's name in capitals is typed as written; only its value may be
        # left to fill in ("TOKEN=<토큰>", "KEY=VALUE")
        return is_placeholder(assignment.group(1))
    if any(ch in token for ch in "<>{}[]"):
        return True
    if _HANGUL.search(token):
        return True
    letters = [ch for ch in token if ch.isalpha()]
    return bool(letters) and token.upper() == token and len(letters) >= 2


@dataclass(frozen=True, slots=True)
class Setting:
    """A ``NAME=value`` setting a shell line gives the command after it (``LANG=C sort``): the name, the value as
    written (quotes and all) and where in the line the words after it start."""

    name: str
    value: str
    end: int


# "LANG=C ", 'GREETING="hi there" ': a setting, then the space before the next word
_LEADING_SETTING = lazyre.pattern(r"\s*([A-Za-z_]\w*)=(\"[^\"]*\"|'[^']*'|\S*)\s+(?=\S)")


def leading_settings(line: str) -> list[Setting]:
    """The settings ``line`` opens with, before its command: ``LANG=C LC_ALL=C sort -u`` → ``LANG`` and ``LC_ALL``
    (the command starts at the last one's ``end``); none when it opens with its command."""
    settings: list[Setting] = []
    if "=" not in line:
        return settings
    at = 0
    while (match := _LEADING_SETTING.match(line, at)) is not None:
        at = match.end()
        settings.append(Setting(match.group(1), match.group(2), at))
    return settings


# "$ ls -a", "PS> Get-ChildItem": a shell's prompt, then the line typed at it
_AT_PROMPT = lazyre.pattern(r"^\s*(\$|PS>)\s+")


def typed_at_prompt(line: str) -> bool:
    """Whether ``line`` is written typed at a shell's prompt (``$ ls -a``, ``PS> Get-ChildItem``)."""
    return _AT_PROMPT.match(line) is not None


def typed_at_dollar(line: str) -> str | None:
    """What ``line`` types at the ``$`` prompt it opens with (``$ ls -a`` → ``ls -a``, ``"$ "`` → ``""``); None when
    it opens with none (PowerShell's ``PS>`` is none: readers of a POSIX shell's session ask this)."""
    match = _AT_PROMPT.match(line)
    return line[match.end():] if match is not None and match.group(1) == "$" else None


def strip_prompt(line: str) -> str:
    if "$" not in line and "PS>" not in line:  # what a prompt needs (most lines asked have none)
        return line
    return _PROMPT.sub("", line, count=1)


_PROGRAM_WORD = lazyre.pattern(r"^[a-z0-9./_~][\w.+/~-]*$")


def program_run(tokens: tuple[str, ...]) -> str:
    """The program a line's tokens run: its first word, or the one after ``sudo`` / ``doas`` (AS_ROOT); "" for
    no tokens."""
    return tokens[1] if len(tokens) > 1 and tokens[0] in AS_ROOT else tokens[0] if tokens else ""


def looks_like_command(text: str) -> bool:
    """Does ``text`` start like a command line rather than prose?"""
    head = text[:1]
    if head.isspace():
        head = text.lstrip()[:1]
    if head == "<":
        return read_into(text) is not None
    if head not in _COMMAND_START:  # Korean or capitalised prose, a placeholder, nothing: no tokens needed
        return False  # (nor the cache: most text asked is prose, each piece of it once)
    return _starts_like_command(text)


# "< repos.md xargs -n1 git clone": the input named first, then the command reading it
_INPUT_FIRST = lazyre.pattern(r"\s*<\s+(?P<file>[\w.~/-]*[./][\w.~/-]*)\s+(?P<command>\S.*)$", re.DOTALL)
# "cat test.json | jq '.role'": one file read out whole into the command after the pipe
_CAT_FIRST = lazyre.pattern(
    r"\s*cat\s+(?P<file>[\w-][\w./-]*\.(?P<extension>[A-Za-z]+))\s+\|\s*(?P<command>\S.*)$", re.DOTALL)

# 'echo "Hello" | pbcopy', 'echo "mycommand" | at 14:30': text in quotes printed into the program that reads it
_PRINTED_FIRST = lazyre.pattern(
    rf"""\s*(?:{"|".join(sorted(ECHOING_PROGRAMS))})\s+(?:"[^"]*"|'[^']*')\s*\|\s*(?P<command>\S.*)$""", re.DOTALL)

# "command | grep "x"", "<cmd> | wc -l": a word for any command, then the program the line shows
_ANY_FIRST = lazyre.pattern(
    rf"\s*(?:{'|'.join(map(re.escape, sorted(ANY_COMMAND_WORDS)))})\s*\|\s*(?P<command>\S.*)$", re.DOTALL)


def read_into(text: str) -> str | None:
    """The command a file is read into, the one the line is about: ``< file command …`` (a file named by its path
    or extension) and ``cat file | command …`` (a working data file, a relative path with a data extension, read by
    a filter); None for other text.  Written with ``cat``, a key, a device or a system file (``cat ~/.ssh/id.pub |
    pbcopy``, ``cat /proc/cpuinfo | grep …``) or a program that runs what it reads (``cat requirements.txt | xargs
    pip install``) makes the file what the line is about: cat's line.  Quoted text printed into a program (``echo
    "Hello" | pbcopy``, ``echo "mycommand" | at now``; knowledge.ECHOING_PROGRAMS) is read into it too: the line is its.
    So is the output of any command, written as a word for one (``command | grep "x"``; knowledge.ANY_COMMAND_WORDS)."""
    stripped = strip_prompt(text)
    match: re.Match[str] | None
    if (given := _PRINTED_FIRST.match(stripped) or _ANY_FIRST.match(stripped)) is not None:
        match = given
    elif text.lstrip()[:1] == "<":
        match = _INPUT_FIRST.match(text)
        if match is None or match.group("file").replace(".", "").isdigit():
            return None  # "< 1.5 seconds": a comparison in prose
    else:
        match = _CAT_FIRST.match(stripped)
        if match is None or match.group("extension").lower() not in DATA_FILE_EXTENSIONS:
            return None
        if match.group("command").split(None, 1)[0] not in FILTERS:
            return None
    command = match.group("command")
    return command if command[:1] in _COMMAND_START and _starts_like_command(command) else None


@lru_cache(maxsize=8192)
def _starts_like_command(text: str) -> bool:
    """:func:`looks_like_command` for text whose first character may start a command."""
    tokens = tokenize(text)
    if not tokens:
        return False
    first = tokens[0]
    if not first.isascii() and _HANGUL.search(first) or first[0].isupper() and not first.startswith(":"):
        return False
    if first.startswith(":"):  # vi ex commands such as :wq
        return len(first) > 1
    if not _PROGRAM_WORD.match(first):
        return False
    if first.endswith(".") or not any(char.isalpha() for char in first):
        return False  # "1.5", "2018-09-21 오전 03:18 …" (a listing's date), "./": no program is named without a letter
    if (
        "." in first and _SETTING.match(first) and first.split(".", 1)[0] not in _DOTTED_FAMILIES
        or len(tokens) > 1 and tokens[1] in ("=", ":", ":=")
    ):
        return False  # "core.pager", "name = dunz": settings, not commands ("mkfs.ext4" is mkfs for ext4)
    if "+" in tokens and any(token == "+" and tokens[i - 1] != "{}" for i, token in enumerate(tokens)):
        return False  # "ctrl + r": keys pressed together ("-exec cat {} +" ends find's -exec)
    # anything else that starts like a program name ("ls", "docker run …") is a command
    return True


@dataclass(frozen=True, slots=True)
class Invocation:
    """A written command line, read: ``docker logs -f webserver1``."""

    command: str  # program and sub-commands: "docker logs"
    flags: tuple[str, ...]  # as written, in order: ("-f",)
    line: str  # the whole line as written
    piped: tuple[str, ...] = ()  # what the output is piped into: ("wc -l",)

    @property
    def subject(self) -> str:
        """What the line is about: the command and its flags, no arguments."""
        return " | ".join((" ".join((self.command, *self.flags)), *self.piped))

    @property
    def concrete(self) -> str:
        """What this line is an example of: the line without its placeholders."""
        return concrete(self.line)


# eval's one argument, the output of a command: `ssh-agent -s`, "$(pyenv init -)", $(direnv hook bash)
_EVALUATED = lazyre.pattern(
    rf'(?:{"|".join(map(re.escape, sorted(EVALUATORS | ECHOING_PROGRAMS)))})\s+(?:`(?P<ticked>[^`]+)`|"?\$\((?P<inner>[^()]+)\)"?)\s*'
)
_STOPS = frozenset({"||", "&&", ";", ">", ">>", "<", "2>", "2>&1", "&>"})


@lru_cache(maxsize=8192)
def parse_invocation(line: str) -> Invocation | None:
    """Read ``line`` as a command; None when it does not start like one.

    A pipe joins the next command to the subject (``docker ps | wc -l``); a
    redirect, ``&&`` or ``;`` ends what the line is about.
    """
    line = strip_prompt(line).strip()
    tokens = tokenize(line)
    if not tokens or not looks_like_command(line):
        return None
    # read_into's forms, "< file cmd", "cat file | cmd", 'echo "job" | at now' (a prompt already taken off): asked
    # only of lines starting so, most lines start otherwise
    if line[:1] in ("<", "c", "e", "p") and (first := read_into(line)) is not None:
        inner = parse_invocation(first)  # "< repos.md xargs -n1 git clone": xargs's line, "cat x.json | jq .": jq's
        return None if inner is None else Invocation(inner.command, inner.flags, line, inner.piped)
    substituted = _EVALUATED.fullmatch(line) if tokens[0] in EVALUATORS or tokens[0] in ECHOING_PROGRAMS else None
    if substituted is not None:
        # "eval `ssh-agent -s`", eval "$(pyenv init -)": eval runs what the program prints, the line is the program's;
        # "echo `pbpaste`" prints what pbpaste prints, the line shows pbpaste
        inner = parse_invocation(substituted.group("inner") or substituted.group("ticked") or "")
        if inner is not None:
            return Invocation(inner.command, inner.flags, line, inner.piped)
    switches = 1
    while tokens[0] in AS_ROOT and switches < len(tokens) and tokens[switches] in ROOT_SWITCHES:
        switches += 1  # "sudo -H pip install --upgrade pip": pip's command, with root's HOME
    if tokens[0] in AS_ROOT and len(tokens) > switches and not is_flag(tokens[switches]):
        # "sudo apt install gimp" is apt's command run as root; the line keeps "sudo" as written.
        # "sudo -i", "sudo !!", "doas -u bob …": sudo's own, it stays the command
        inner = parse_invocation(" ".join(tokens[switches:]))
        if inner is not None:
            return Invocation(inner.command, inner.flags, line, inner.piped)
    if tokens[0] in WRAPPERS and len(tokens) > 1:  # "xargs git branch -D"
        inner = parse_invocation(" ".join(tokens[1:]))
        if inner is not None and inner.command.startswith(("./", "../", "/", "~/", "$")):
            # "nohup ./myprogram > out &": the wrapper runs someone's own script; the wrapper is the command
            return Invocation(tokens[0], (), line, inner.piped)
        if inner is not None:
            return Invocation(f"{tokens[0]} {inner.command}", inner.flags, line, inner.piped)
    words = [tokens[0]]
    rest = tokens[1:]
    if tokens[0] in MODULE_RUNNERS and len(rest) > 1 and rest[0] == "-m" and _PLAIN_WORD.match(rest[1]):
        words, rest = [tokens[0], "-m", rest[1]], rest[2:]  # "python -m venv .venv": the module is the command
    index = 0
    program = tokens[0]
    wants_verb = program in _GROUPS or program in _VERB_PROGRAMS
    while index < len(rest) and wants_verb:
        token = rest[index]
        if token.isupper() and token.isalpha() and token.lower() not in OPTION_MARKERS:
            index += 1  # "docker IMAGE pull": an upper-case placeholder between words
            continue
        if not _PLAIN_WORD.match(token):
            break
        words.append(token)
        index += 1
        prefix = " ".join(words[:-1])
        wants_verb = token in _GROUPS.get(prefix, frozenset())
    flags: list[str] = []
    piped: tuple[str, ...] = ()
    for n, token in enumerate(rest[index:], start=index):
        if token == "|":
            after = parse_invocation(" ".join(rest[n + 1 :]))
            if after is not None:
                piped = (" ".join((after.command, *after.flags)), *after.piped)
            break
        if token == "2>&1" and tuple(rest[n + 1 : n + 2]) == ("|",):
            continue  # "make 2>&1 | tee build.log": errors joined to the output, which goes on down the pipe
        if token in _STOPS or token.startswith((">", "|")):
            break
        if is_flag(token):
            flags.append(token)
    return Invocation(command=" ".join(words), flags=tuple(flags), line=line, piped=piped)


def plain_program(line: str, *, looks: bool | None = None) -> str | None:
    """The program of ``line`` when :func:`parse_invocation` reads it with no flags (``tool run``, ``git
    status``): its first word; None when reading it takes more (a dash, a prompt, ``sudo`` or a wrapper in
    front) or it is no command line.  What a reader asks first that needs only the program and whether
    flags were given: 50k distinct terms of a long notes file are each read once, and the whole reading
    (an :class:`Invocation` made) costs more than the rest of asking (tests/test_shell.py compares them).
    ``looks``: :func:`looks_like_command` of ``line``, when the caller has just asked it (not asked again)."""
    if "-" in line or "$" in line or "PS>" in line or line[:1].isspace() or line[-1:].isspace():
        return None
    if not (looks_like_command(line) if looks is None else looks):
        return None
    if line[:1] == "<" or "|" in line and read_into(line) is not None:
        return None  # "< a.txt sort", "cat data.json | jq .": the line is the program the file is read into
    first = tokenize(line)[0]
    words = first.split()  # a vi command's first token may hold a bracket's spaces (":[ 0")
    return None if first in AS_ROOT or first in WRAPPERS or not words else words[0]


# a path typed as written, then a placeholder for the rest of the word: "$(pwd):[container 경로]", "./data:<path>"
# a Windows switch and its value, the value a placeholder ("/add:<대상>", "/user:사용자"): the switch, as "--name=<x>"
# keeps "--name"
_SWITCH_VALUE = lazyre.pattern(r"^(/[A-Za-z][A-Za-z0-9]*):\S")
# a one-letter flag with a placeholder glued to it ("-L<port>:<host>:<port>", "-L포트1:호스트:포트2", "-p[암호]")
_GLUED_VALUE = lazyre.pattern(rf"^-[A-Za-z](?:[<\[{{]|[{HANGUL}])")
_LITERAL_PREFIX = lazyre.pattern(rf"^([$/.~][^\[<{{\s{HANGUL}'\"]*:)[\[<{{][^\]>}}]*[\]>}}]$")
# "+[branch]": a plus typed as written before one placeholder (a push that forces)
_SIGNED_PLACEHOLDER = lazyre.pattern(r"^(\+)[\[<{][^\]>}]*[\]>}]$")
_REDIRECT = lazyre.pattern(r"^(?:\d?[<>]|&>)")


_SUBSTITUTION = lazyre.pattern(r"[$<>]\([^()]*(?:\([^()]*\)[^()]*)*\)")  # "$(pwd)", and "<(sort a)" read as a file


def _typed(line: str) -> tuple[str, ...]:
    """The tokens of ``line`` up to a redirect, ``&&``, ``;`` or an ``or`` between two spellings."""
    tokens = tokenize(strip_prompt(line).strip())
    for n, token in enumerate(tokens):
        if n and (token in _STOPS or token == "&" or _REDIRECT.match(token) and not is_placeholder(token)):
            return tokens[:n]
        if _spelled_again(tokens, n, _OR_WORDS_KEYED, prompt=False):
            return tokens[:n]  # "git add <file> or git add .": the first spelling is the one
    return tokens


# "or" between two spellings of a line: "git add <file> or git add .", "git reflog 또는 $ git log -g".  The keys
# are made of :func:`_typed`'s reading, which cuts at the English word alone, no prompt after it: a wider reading
# there would move keys (a card's history is kept by its key); :func:`written` reads every spelling.
_OR_WORDS_KEYED = frozenset({"or"})
_OR_WORDS = frozenset({"or", "또는", "혹은"})


def _spelled_again(tokens: tuple[str, ...], n: int, words: frozenset[str], *, prompt: bool) -> bool:
    """Is ``tokens[n]`` one of the "or" ``words`` before the line written again from its first word (``prompt``: a
    ``$`` allowed before it)?"""
    again = n + 1 + (prompt and tokens[n + 1 : n + 2] == ("$",))
    return tokens[n].lower() in words and tokens[again : again + 1] == tokens[:1]


_RESULT_ARROWS = frozenset({"=>", "->", "→", "⇒"})
# a placeholder in brackets, angle brackets or braces: "[외부포트]", "<host>", "{name}"
_BRACKETED = lazyre.pattern(r"\[[^\[\]]*\]|<[^<>]*>|\{[^{}]*\}")


def _joins_placeholders(token: str) -> bool:
    """A word that types characters of its own around its placeholders: ``[외부포트]:[내부포트]``,
    ``<user>@<host>``, ``/proc/<pid>/stat``, ``$(pwd):[경로]`` (the colon, the @, the path are typed as written)."""
    rest = _BRACKETED.sub("", token)
    return rest != token and bool(rest.strip("'\"")) and not any(ch in rest for ch in "<>{}[]")


@lru_cache(maxsize=8192)
def concrete(line: str) -> str:
    """``line`` without its placeholders, up to a redirect, ``&&``, ``;`` or an ``or``.

    ``docker image save 옵션 파일명 이미지명`` → ``docker image save``;
    ``docker stats webserver1``, ``cd ..`` and ``git reset --hard HEAD^`` stay as
    they are.  A flag keeps its name when its value is a placeholder
    (``--name=<name>`` → ``--name``).  Pipes stay: ``docker ps | wc -l``.
    """
    return _concrete(line, joined=False)


@lru_cache(maxsize=8192)
def shown(line: str) -> str:
    """:func:`concrete`, but a flag's value that joins placeholders with characters typed as written stays.

    ``docker run -p [외부포트]:[내부포트] --name [이름] nginx`` → ``docker run -p [외부포트]:[내부포트] --name
    nginx``: without it ``-p`` would be shown taking nothing (``-p --name``), and the form of its value (two
    ports and a colon) is part of the command line.  A lone placeholder (``[이름]``) still leaves, and so does
    an argument of the command (``docker rmi <이미지>:<태그>`` → ``docker rmi``).
    """
    if _SHOWN_APART.search(line) is None:
        return concrete(line)  # neither an arrow nor a placeholder to join: the same words, one reading fewer
    return _concrete(line, joined=True)


# what a line needs for :func:`shown` to differ from :func:`concrete`: an arrow (each of _RESULT_ARROWS holds
# one of these) or a bracket (a value joining placeholders holds one)
_SHOWN_APART = lazyre.pattern("[\\[<{>→⇒]")


@lru_cache(maxsize=8192)
def glues(line: str) -> bool:
    """Does :func:`concrete` join words a placeholder stood between, making another command line?

    ``docker exec -it <컨테이너> bash`` → ``docker exec -it bash`` runs no container's shell, ``docker compose
    -f <file> up`` → ``docker compose -f up`` gives ``-f`` the value ``up``.  Placeholders at the end (``git add
    <file>`` → ``git add``) or before flags only (``kubectl logs <pod> -f`` → ``kubectl logs -f``) leave the
    command and its options: the short form a card may show.
    """
    return _read(line, joined=False)[1]


@lru_cache(maxsize=8192)
def hides_korean_words(line: str) -> bool:
    """Does :func:`concrete` leave out an argument written in Korean that no bracket marks as a placeholder?

    ``tar -czf 백업.tar.gz 문서/``, ``scp 파일.txt 사용자@서버:/tmp/``, ``vi 파일명``: a word in Korean where a file
    or a host goes may be a value (``backup.tar.gz``, ``user@server`` are kept as written) or a placeholder, and
    nothing says which; the line is shown as written, the reader decides.  ``<이미지>``, ``[이름]`` and ``옵션`` are
    marked as placeholders: the short front may leave them out.  Words ending a sentence (``journalctl 이란?``,
    ``… --graph 명령으로 볼 수 있다.``) or three Korean words in a row (``ls -la 숨김 파일까지 보기``) are prose about
    the line, not its arguments."""
    if _HANGUL.search(line) is None:
        return False
    tokens = _typed(line)
    if _SENTENCE_END.search(tokens[-1]):
        return False
    hidden, run = False, 0
    for n, token in enumerate(tokens):
        korean = n > 0 and _HANGUL.search(token) is not None and is_placeholder(token) and token.lower() not in OPTION_MARKERS
        run = run + 1 if korean and not _QUOTES.match(token) else 0
        if run > 2:
            return False  # "ls -la 숨김 파일까지 보기": words of a gloss after the line
        hidden = hidden or korean and _BRACKETED.search(token) is None
    return hidden


# a Korean word and the stop, question or exclamation mark after it: the end of a sentence ("이란?", "있다.")
_SENTENCE_END = lazyre.pattern(f"[{HANGUL}][.?!]$")
_QUOTES = lazyre.pattern("[\"']")


@lru_cache(maxsize=8192)
def written(line: str) -> str:
    """``line`` as typed, its placeholders as written (``docker exec -it <컨테이너> bash``), up to a redirect,
    ``&&``, ``;``, an "or" (``또는``, ``혹은``) before another spelling of the line or an arrow before what the
    line prints.  (:func:`concrete` cuts at the English "or" alone: the keys are made of what it reads.)"""
    tokens = _typed(line)
    end = next((n for n, token in enumerate(tokens) if n and (
        token in _RESULT_ARROWS
        or _spelled_again(tokens, n, _OR_WORDS, prompt=True)
    )), len(tokens))
    return " ".join(tokens[:end])


def _concrete(line: str, *, joined: bool) -> str:
    return _read(line, joined=joined)[0]


@lru_cache(maxsize=8192)
def _read(line: str, *, joined: bool) -> tuple[str, bool]:
    """:func:`_concrete`'s words, and whether a word other than a flag was kept after a placeholder left."""
    words: list[str] = []
    tokens = _typed(line)
    dropped = glued = False
    for n, token in enumerate(tokens):
        if joined and n and token in _RESULT_ARROWS:
            break  # "jq '.a' => {"n": 1}": what the line prints, written after an arrow, is no part of it
        kept = len(words)
        if token == "|":
            if words and words[-1] != "|":
                words.append(token)
        elif joined and n and is_flag(tokens[n - 1]) and "=" not in tokens[n - 1] and _joins_placeholders(token):
            words.append(token)  # a flag's value: "-p [외부포트]:[내부포트]", not "-p" alone
        elif n == 0 or not is_placeholder(token) or _SUBSTITUTION.fullmatch(token):
            words.append(token)  # "--ids $(az vm list --query "[].id")": another command's output, typed as written
        elif (sign := _SIGNED_PLACEHOLDER.match(token)) and n and not is_flag(tokens[n - 1]):
            words.append(sign.group(1))  # "git push origin +[branch]": the "+" (force) is typed, the name filled in
        elif _SWITCH_VALUE.match(token) and not is_flag(tokens[n - 1]):
            words.append(_SWITCH_VALUE.match(token).group(1))  # type: ignore[union-attr]  # "/user:<이름>" → "/user"
        elif _GLUED_VALUE.match(token):
            words.append(token[:2])  # "-L<포트>:<호스트>:<포트>", "-p비밀번호": the flag, its value glued to it
        elif _LITERAL_PREFIX.match(token):
            words.append(_LITERAL_PREFIX.match(token).group(1))  # type: ignore[union-attr]  # "$(pwd):[경로]" → "$(pwd):"
        elif is_flag(token) and "=" in token:
            words.append(token.split("=", 1)[0])
        elif is_flag(token):
            words.append(token)
        if len(words) == kept:
            dropped = dropped or token != "|"
        elif dropped and not is_flag(words[-1]):
            glued = True
    while words and words[-1] == "|":
        words.pop()
    return " ".join(words), glued


def split_flags(flag: str) -> list[str]:
    """``-it`` → ``["-i", "-t"]``; long flags and single letters stay whole."""
    if flag.startswith("--") or len(flag) <= 2 or "=" in flag:
        return [flag]
    return [f"-{ch}" for ch in flag[1:]]


def passed_flags(invocation: Invocation) -> frozenset[str]:
    """Every spelling of a flag ``invocation`` passes: each flag as written, each letter of a bundle (``-sL`` →
    ``-sL``, ``-s``, ``-L``) and a valued flag's name (``--name=web`` → ``--name=web``, ``--name``)."""
    return frozenset(part for flag in invocation.flags for part in (flag, flag.split("=", 1)[0], *split_flags(flag)))


# a flag written in a sentence: a dash or two and a letter, not inside a word ("re-run", "x-y")
_FLAG_IN_TEXT = lazyre.pattern(r"(?<![\w-])--?[A-Za-z][\w-]*")


def flags_named(text: str) -> list[str]:
    """The flags a sentence names, in order (``Use -v, not --quiet`` → ``-v``, ``--quiet``)."""
    return _FLAG_IN_TEXT.findall(text)
