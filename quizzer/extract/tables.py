"""Tables: ``| 명령어 | 설명 |`` in any column order, Korean or English headers (pure).

A description cell may hold more than one fact, split by ``<br>`` or ``<li>``:
``cd`` → ``change directory … <ul><li>cd .. : 한레벨 위로 올림</li></ul>``.
Lines of the cell that pair a command of the row's program with a meaning
become notes of their own; a bare usage line becomes the row's context.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract import (
    argument_tables, equivalent_tables, key_pairs, key_remarks, key_tables, name_tables, note_column_examples, option_words, platform_tables, replacement_tables,
    short_form_tables, slot_values, spelling_columns, symbol_keys, task_flag_tables,
)
from quizzer.extract.blocks import Inline, Table
from quizzer.extract.gate import RANGE_ROW
from quizzer.extract.option_asides import this_option
from quizzer.extract.knowledge import (
    GROUPS, KEY_NAMES, KEY_PROGRAMS, MEANING_HEADER_WORDS, PROGRAMS, USE_HEADER_WORDS, VERB_PROGRAMS, is_key_chord,
    names_pattern, sub_command, without_system,
)
from quizzer.extract.model import Kind
from quizzer.extract.terms import cell_term, option_spellings, strip_markers
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, is_flag, is_shell_parameter, looks_like_command, parse_invocation
from quizzer.text import HANGUL, clean

__all__ = ["LETTER_REASON", "PARAMETER_ROW", "names_columns", "read"]

_TERM_HEADER = lazyre.pattern(r"명령|command|cmd|옵션|option|flag|플래그|키|key|단축키|이름|name", re.IGNORECASE)
_DESC_HEADER = lazyre.pattern(names_pattern(MEANING_HEADER_WORDS), re.IGNORECASE)
_USE_HEADER = lazyre.pattern(names_pattern(USE_HEADER_WORDS), re.IGNORECASE)
_BULLET = lazyre.pattern(r"^\s*(?:[-*•·]|\d+[.)])\s+")
_TRAILING = lazyre.pattern(r"\s+#\s*(\S.*)$")
_OPTION_VALUE = lazyre.pattern(
    r"^(--?[A-Za-z?][\w-]*(?:\s*,\s*--?[A-Za-z?][\w-]*)*)(?:(?:=|\s+)(?:<[^>]+>|\[[^\]]+\]|[^\s-]\S*))?$"
)


# "-F --classify": a short flag and its long spelling, side by side as a man page's list writes them
_SHORT_LONG = lazyre.pattern(r"(-[A-Za-z0-9?])\s+(--[A-Za-z][\w-]*)")

_RULE_LINE = lazyre.pattern(r"[-=]{3,}")
_FOOTNOTE_REF = lazyre.pattern(r"\[\^[^\]\s]+\]")
# "| Package | Description |", "| 모듈 | 설명 |": the column names things a program imports or installs, not
# commands to run; a one-word name in it ("fmt", "net/http", "requests") is a concept
_NAMES_HEADER = lazyre.pattern(r"^(?:package|module|library|crate|패키지|모듈|라이브러리)s?(?:\s*(?:이름|name))?$", re.IGNORECASE)
_NAME = lazyre.pattern(r"[\w.@/-]+")
# "| Path | Role |", "| 파일 | 역할 |": the column names files and folders of a project, not commands to run
_PATHS_HEADER = lazyre.pattern(
    r"^(?:path|file|folder|directory|dir|경로|파일|폴더|디렉[터토]리)s?(?:\s*(?:이름|name|경로))?$", re.IGNORECASE
)
_PATH = lazyre.pattern(r"[\w.~@/+-]+")
_NAMED_HEADER = lazyre.pattern(r"name|이름|term|용어", re.IGNORECASE)
# "| 범위 | 의미 |" over "| 1,$ | 첫 줄에서 마지막 줄까지 |" in notes about vi: the column holds ranges of lines (what an ex
# command takes before it), each a term the notes define, not a command or a key
_RANGES_HEADER = lazyre.pattern(r"^(?:범위|주소|(?:line\s+)?ranges?|address(?:es)?)$", re.IGNORECASE)


def names_columns(term: str, description: str) -> bool:
    """``| 키 | 설명 |``, ``| Field # | Description |``: two cells that name a table's columns, a header row (the second
    names a column of meanings; the first may name its subjects in any words)."""
    return len(term) <= 30 and _DESC_HEADER.fullmatch(strip_markers(description).strip()) is not None


def read(walk: Walk, block: Table) -> None:
    walk.prose = None
    if key_tables.read(walk, block):  # "| Action | Windows | macOS |": keys per platform for each action
        return
    if symbol_keys.read(walk, block):  # "| Symbol | FR Shortcut | DE Shortcut |": keys per layout for each sign
        return
    if platform_tables.read(walk, block):  # "| 작업 | Windows 커맨드 | Mac OS 터미널 |" in notes about the Mac
        return
    if argument_tables.read(walk, block):  # "| 인자값 | 설명 | 사용 예 |" over "| `..` | 상위 디렉토리 | `cd ..` |"
        return
    if equivalent_tables.read(walk, block):  # "NPM | Yarn" over "`npm install gulp` | `yarn add gulp`"
        return
    if spelling_columns.read(walk, block):  # "| Short | Long | Description |" over "| `-q` | `--quiet` | … |"
        return
    if task_flag_tables.read(walk, block):  # "| Task | Flag | Why use it? |" over "| **Keep going** | `-k` | … |"
        return
    if short_form_tables.read(walk, block):  # "| OS | Abbreviation | Full name |": short forms, what each stands for
        return
    if replacement_tables.read(walk, block):  # "| net-tools | 대체 명령어 |" over "| netstat | ss |": what replaces each
        return
    header = block.header
    term_col = next((i for i, h in enumerate(header) if _TERM_HEADER.search(h)), None)
    desc_col = next((i for i, h in enumerate(header) if _DESC_HEADER.search(h)), None)
    if desc_col is None and term_col is not None:  # "| Use Case | Command Example |": what each command is for
        desc_col = next((i for i, h in enumerate(header) if i != term_col and _USE_HEADER.search(h)), None)
    if (term_col is None or desc_col is None) and len(header) == 2:
        term_col, desc_col = 0, 1
    if term_col is None and desc_col is not None and name_tables.read(walk, block, desc_col):
        return  # "| 압축형태 | 기본형태 | 축약 | 설명 |": names, their attributes, what each is
    if term_col is None or desc_col is None or term_col == desc_col:
        return
    options = _option_columns(header, term_col, desc_col)
    if options is not None:
        _command_option_rows(walk, block, (term_col, desc_col), options)
        return
    terms = [cell_term(cells[term_col]) for _, cells in block.rows if term_col < len(cells)]
    if terms and all(re.fullmatch(r"\d+", term) for term in terms if term):
        # "| 0 | BIOS |", "| 1 | System |": numbered values (of an option, a code), not commands
        walk.warn(block.rows[0][0], _(
            "line {line}: a table keyed by numbers lists values, not commands; skipped"
        ).format(line=block.rows[0][0]))
        return
    if terms and all(len(term) == 1 for term in terms) and walk.key_program() is None:
        _letter_rows(walk, block, term_col, desc_col)  # "| `u` | 소유자 |": letters of a line, never a command each
        return
    options_table = walk.options_block or any(
        re.search(r"옵션|option", text, re.IGNORECASE) for text in (*header, *walk.path[-1:])
    )
    # "| flag | description |" over "| `disabled` | … |": the column holds values of an option, not programs
    values = _OPTION_HEADER.search(header[term_col]) is not None
    names = _NAMES_HEADER.match(strip_markers(header[term_col]).strip()) is not None
    paths = _PATHS_HEADER.match(strip_markers(header[term_col]).strip()) is not None
    named = _NAMED_HEADER.search(header[term_col]) is not None  # "| Name | Description |": the rows name things
    ranges = _RANGES_HEADER.match(strip_markers(header[term_col]).strip()) is not None
    for line, cells in block.rows:
        if max(term_col, desc_col) >= len(cells):
            continue
        term = cell_term(cells[term_col])
        if "[^" in term:
            term = _FOOTNOTE_REF.sub("", term).strip()  # "`C-h k` `C-x C-f`[^6]": the mark points at a footnote
        if _RULE_LINE.fullmatch(term):
            continue  # "| --- | --- |" again inside the table: a separator the writer drew, no row
        parts = _parts(cells[desc_col])
        named_after = option_words.split(cells[term_col]) if parts else None
        if named_after is not None:
            # "| `-l`(listen) | 연결 가능한 상태 |": the option, and the word it is named after kept beside its meaning
            # (unless the meaning says it already: "| `-t`(tcp) | tcp |")
            term = named_after[0]
            if named_after[1].casefold() not in " ".join(parts).casefold():
                parts = [*parts, f"({named_after[1]})"]
        cased = _CASE_NOTED.fullmatch(term) if values else None
        if cased is not None:
            term = cased.group(1)  # "`p(소문자)`", "`P (uppercase)`": the letter; the note only tells its case apart
        if values and _value_row(walk, term, parts, line, cased=cased is not None):
            continue
        if names and _NAME.fullmatch(term) and parts:
            walk.add(
                Kind.CONCEPT, term=term, front=term, back=" ".join(parts), command=None, line=line,
                reason="name in a table of packages",
            )
            continue
        if ranges and term and parts:
            walk.add(
                Kind.CONCEPT, term=term, front=term, back=" ".join(parts), command=None, line=line,
                reason=RANGE_ROW,
            )
            continue
        path = clean(cells[term_col].plain) if paths else ""  # as written: "~/.bashrc" keeps its "~"
        if path and _PATH.fullmatch(path) and parts:
            walk.add(
                Kind.CONCEPT, term=path, front=path, back=" ".join(parts), command=None, line=line,
                reason="path in a table of files",
            )
            continue
        # "| `Prefix + [` | Enter copy mode (Use `v` to select, `y` to copy). |": the parenthesis is about other keys
        remark = key_remarks.split(cells[desc_col], term) if term else None
        if remark is not None and not key_tables.is_key(term):
            remark = None
        if remark is not None:
            parts = [remark[0]]
            before = len(walk.notes)
        if term and key_tables.key_row(walk, header[term_col], term, " ".join(parts), line):
            pass  # "| 키 | 동작 |" over "| `k` | 재생 |": a key, not a program called k
        elif term and key_tables.typed_option_row(walk, header[term_col], term, " ".join(parts), line):
            pass  # "| Key | Command |" over "| -i | Toggle smart case |" in notes about less: typed inside it
        elif term:
            _row(walk, term, parts, line, options_table=options_table, named=named, flags_column=options_table or values)
            if options_table and len(cells) > 2:
                # "| `-t` | 암호화 방식 | `$ssh-keygen -t rsa` >> rsa로 키 생성 |": an example in the note column
                note_column_examples.read(walk, cells, (term_col, desc_col), line)
        if remark is not None:
            walk.set_context(list(walk.notes)[before:], remark[1])


_VALUE = lazyre.pattern(r"[a-z][a-z0-9_-]*")
# "p(소문자)", "P(대문자)", "P (uppercase)": a letter in an option column with a note on its case (-p and -P differ)
_CASE_NOTED = lazyre.pattern(r"([A-Za-z])\s*\((?:소문자|대문자|lower(?:\s*case)?|upper(?:\s*case)?|small|capital)\)", re.IGNORECASE)


def _value_row(walk: Walk, term: str, parts: list[str], line: int, *, cased: bool = False) -> bool:
    """``| disabled | 수신 창을 기본값으로 설정 |`` under a ``flag`` header: a word with no dash in an
    option column is a value that option takes, of the section's command, never a program; with no
    command in sight it is no card.  ``cased``: the term is a letter whose case the row noted (``P(대문자)``),
    a letter of the option column in either case."""
    if not (cased or _VALUE.fullmatch(term)) or term in PROGRAMS or not parts:
        return False
    owner = walk.command()
    if owner is None:
        walk.warn(line, _(
            "line {line}: '{term}' is a value in a table of options, and the notes name no command it belongs to; skipped"
        ).format(line=line, term=term))
        return True
    if len(term) == 1 and owner == walk.key_program():
        # "| y | 바꾸고 다음으로 |" in notes about vi: a letter typed inside the editor (an answer to its question),
        # not a value of a command-line option of vi; which of its commands asks, the table does not say
        walk.warn(line, _(
            "line {line}: '{term}' is a letter typed inside {program}, not a value of one of its options; which "
            "command of {program} takes it is not said, so no card made"
        ).format(line=line, term=term, program=owner))
        return True
    walk.add_option([term], " ".join(parts), owner, line, reason="value in a table of options")
    return True


_WRITTEN_OPTION = lazyre.pattern(r"--?[A-Za-z0-9?][\w-]*(?:=\S+)?|[A-Za-z][\w-]*")
_OPTION_HEADER = lazyre.pattern(r"옵션|option|flag|플래그", re.IGNORECASE)


def _option_columns(header: tuple[str, ...], term_col: int, desc_col: int) -> tuple[int, int] | None:
    """``| Command | Description | Option | Option Description |``: a second pair of columns, the options."""
    if term_col > desc_col or _OPTION_HEADER.search(header[term_col]):
        return None
    rest = [i for i in range(len(header)) if i not in (term_col, desc_col)]
    option_col = next((i for i in rest if _OPTION_HEADER.search(header[i]) and not _DESC_HEADER.search(header[i])), None)
    if option_col is None:
        return None
    meaning_col = next((i for i in rest if i > option_col and _DESC_HEADER.search(header[i])), None)
    return None if meaning_col is None else (option_col, meaning_col)


def _command_option_rows(walk: Walk, block: Table, command_cols: tuple[int, int], option_cols: tuple[int, int]) -> None:
    """Each row: a command and what it does, and one of its options; a row with no command
    continues the command above it (``| ps | … | -e | … |`` then ``| | | -f | … |``)."""
    command: Invocation | None = None
    for line, cells in block.rows:
        if max(*command_cols, *option_cols) >= len(cells):
            continue
        term = cell_term(cells[command_cols[0]])
        if term:
            command = parse_invocation(term) if looks_like_command(term) else None
            _row(walk, term, _parts(cells[command_cols[1]]), line, options_table=False)
            if command is None:
                walk.warn(line, _("line {line}: '{term}' in a table of commands does not read as a command; "
                                  "its options are skipped").format(line=line, term=term))
        option = cell_term(cells[option_cols[0]])
        meaning = " ".join(_parts(cells[option_cols[1]]))
        if not option or command is None:
            continue
        if not meaning:
            walk.warn(line, _("line {line}: the option '{option}' has no meaning in its row; skipped").format(
                line=line, option=option))
            continue
        # kept as written: "start" under systemctl, "p, -p" under ps (BSD style has no dash)
        spellings = [part.strip() for part in re.split(r"\s*[,/]\s*", option) if part.strip()]
        if not all(_WRITTEN_OPTION.fullmatch(part) for part in spellings):
            walk.warn(line, _("line {line}: '{option}' in the option column does not read as an option; skipped").format(
                line=line, option=option))
            continue
        program = command.command
        named = sub_command(program, option) or (
            f"{program} {option}" if re.fullmatch(r"[a-z][a-z-]+", option) and program in VERB_PROGRAMS | set(GROUPS) else None
        )
        if named is not None:
            # the table files it as an option of the program; the program is no longer ambiguous
            walk.add(Kind.OPTION, term=option, front=option, back=meaning, command=program, line=line,
                     answers=(option, named), reason="sub-command in the option column of a command table")
            continue
        walk.add_option(list(dict.fromkeys(spellings)), meaning, program, line, reason="option column of a command table")


def _parts(cell: Inline) -> list[str]:
    """The lines of a cell, list markers dropped."""
    parts = (clean(strip_markers(_BULLET.sub("", part))) for part in cell.raw.split("\n"))
    return [part for part in parts if part]


def _row(
    walk: Walk, term: str, parts: list[str], line: int, *, options_table: bool, named: bool = False, flags_column: bool = False,
) -> None:
    invocation = parse_invocation(term) if looks_like_command(term) else None
    program = invocation.command.split()[0] if invocation else None
    meaning: list[str] = []
    usage: str | None = None
    facts: list[tuple[Invocation, str]] = []
    for part in parts:
        fact = _fact(part, program)
        if fact is not None:
            facts.append(fact)
        elif program and part.split()[0] == program and looks_like_command(part) and usage is None and meaning:
            usage = part  # "mv [source_file] [destination_folder]/": how it is written
        else:
            meaning.append(part)
    description = " ".join(meaning)
    if description:
        _describe(
            walk, term, invocation, description, line, usage, options_table=options_table, named=named,
            flags_column=flags_column,
        )
    for fact_invocation, fact_meaning in facts:
        walk.add_command(fact_invocation, fact_meaning, line, reason="command and meaning inside a table cell")


def _fact(part: str, program: str | None) -> tuple[Invocation, str] | None:
    """``cd .. : 한레벨 위로 올림``, ``하위 디렉터리 생성 : mkdir -p movies/``, ``wc x # 설명``."""
    if program is None:
        return None
    pairs: list[tuple[str, str]] = []
    if " : " in part:
        left, right = (side.strip() for side in part.split(" : ", 1))
        pairs = [(left, right), (right, left)]
    trailing = _TRAILING.search(part) if "#" in part else None
    if trailing:
        pairs.append((part[: trailing.start()], trailing.group(1)))
    for command_text, meaning in pairs:
        if command_text.split() and command_text.split()[0] == program and meaning:
            invocation = parse_invocation(command_text)
            if invocation is not None:
                return invocation, meaning
    return None


# an option turned the other way with "+" (ImageMagick's "+repage", the shell's "set +x"), in a table of options
_PLUS_OPTION = lazyre.pattern(r"\+[A-Za-z][\w-]*")
_SETTING = lazyre.pattern(r"[\w.-]+=\S+")  # "AutoEndTasks=1", "949=*굴림체", "vm.swappiness=10"
_PROSE = lazyre.pattern(f"[{HANGUL}]{{2,}}")


def _words(term: str) -> bool:
    """A first cell in words: it starts with a Korean word ("옵션 값 빠짐"), or two Korean words follow a
    word that is no program ("invalid 옵션 사용"); "vi 파일명" and "/문자열" are commands with a placeholder."""
    tokens = term.split()
    korean = [t for t in tokens[1:] if _PROSE.match(t)]
    return bool(tokens) and (bool(_PROSE.match(tokens[0])) or len(korean) >= 2 and tokens[0] not in PROGRAMS)


# one to three words, each capitalised: "Python", "Node.js", "C/C++", "GitHub Actions"
_PROPER_NAME = lazyre.pattern(r"[A-Z][\w.+#/-]*(?: [A-Z][\w.+#/-]*){0,2}")
# "3f9a0c1", a 40-digit sha1: a hash in hex, the id of a commit or an object
_HASH = lazyre.pattern(r"[0-9a-f]{7,64}")
_CMDLET = lazyre.pattern(r"[A-Z][a-z]+-[A-Z]\w*")  # PowerShell's Verb-Noun: "Get-ChildItem" is typed


def _proper_name(term: str) -> bool:
    """A name written with capitals (a product, a language: ``Ruby``, ``PHP``), no key (``K``, ``ZZ``, ``Space``,
    ``F5``, ``Ctrl+R``) and no cmdlet."""
    if not _PROPER_NAME.fullmatch(term) or is_key_chord(term) or "".join(term.casefold().split()) in KEY_NAMES:
        return False
    if len(term) < 3 and not any(c.islower() for c in term):
        return False  # "ZZ", "K": a key in capitals
    return not any(_CMDLET.fullmatch(word) for word in term.split())


LETTER_REASON = "letter in a table under a usage line of its program"
PARAMETER_ROW = "shell parameter in a table row"


def _letter_rows(walk: Walk, block: Table, term_col: int, desc_col: int) -> None:
    """A table keyed by single letters or signs (``| `u` | 소유자 |``, ``| `+` | 추가 |``): what a program's line
    or its output writes (chmod's ``u``, ``+``, ``x``; a status letter), none a program to run.  Under a usage line
    with slots in the same section (``chmod 옵션 (reference) (operator) (modes) 파일``) the letters are what fills
    them, each row an option of its program; otherwise whose letters they are is not said: warned about."""
    owner = slot_values.slotted_program(walk, block.line)
    if owner is None or owner in KEY_PROGRAMS:
        walk.warn(block.rows[0][0], _(
            "line {line}: a table keyed by single letters lists the letters of some program's line or output, not "
            "commands, and no usage line above says of which program; skipped"
        ).format(line=block.rows[0][0]))
        return
    for line, cells in block.rows:
        if max(term_col, desc_col) < len(cells):
            term, meaning = cell_term(cells[term_col]), " ".join(_parts(cells[desc_col]))
            if term and meaning:
                walk.add_option([term], meaning, owner, line, reason=LETTER_REASON)


def _describe(
    walk: Walk,
    term: str,
    invocation: Invocation | None,
    meaning: str,
    line: int,
    usage: str | None,
    *,
    options_table: bool,
    named: bool = False,
    flags_column: bool = False,
) -> None:
    valued = _OPTION_VALUE.match(term)  # "--dbpath DIRECTORY_PATH", "-?,  --help"
    spellings = option_spellings(valued.group(1) if valued else term, bare_ok=False)
    if spellings is None and options_table and _PLUS_OPTION.fullmatch(term):
        spellings = [term]  # "| `+repage` | Reset virtual canvas |" among "-crop", "-trim": the option's "+" form
    bare = without_system(term)  # "`--color=WHEN` (Linux)": where the option applies, not part of it
    tagged = bare != term
    if spellings is None and tagged:
        spellings = option_spellings(bare, bare_ok=False)
    pair = _SHORT_LONG.fullmatch(bare) if spellings is None and flags_column else None
    if pair is not None:
        # "| `-F --classify` |" under "| Flag |": the short and the long spelling of one option, as a man page lists them
        spellings = [pair.group(1), pair.group(2)]
    if spellings:
        aside = this_option(meaning, spellings)  # "By default `--cache` keeps …. This flag turns that off."
        walk.add_option(
            spellings, aside[0] if aside else meaning, walk.command(), line, reason="option table row",
            written=term if valued or tagged or pair else None, context=aside[1] if aside else None,
        )
        return
    alternatives = [part.strip() for part in re.split(r",\s+", term) if part.strip()]
    if invocation is not None and len(alternatives) > 1 and all(is_flag(a) for a in alternatives[1:]):
        head = parse_invocation(alternatives[0])  # "docker compose -t, --timeout"
        if head is not None and head.flags:
            walk.add_option([*head.flags, *alternatives[1:]], meaning, head.command, line, reason="option table row")
            return
    if is_shell_parameter(term):
        # "| `$?` | 마지막 명령의 종료 상태 |", "| `$HOME` | 홈 디렉터리 |": a parameter the shell expands, what it
        # stands for; no command runs it, whatever program the notes are about; in notes about
        # vi, "$" ends a key of its own, so "$#" or "$_" is no key either
        walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=line, reason=PARAMETER_ROW)
        return
    if key_pairs.read_cell(walk, term, meaning, line):  # "| `o` / `O` | open a line below/above |"
        return
    if is_key_chord(term) and walk.add_key(term, meaning, line, reason="key table row"):
        return
    if _words(term):
        # "invalid 옵션 사용 | opt 값을 ?로 설정": a case in words, not a command; its meaning is no card
        walk.unless_read(line, _(
            "line {line}: the row's first cell '{term}' is words, not a command or an option; no card made from it"
        ).format(line=line, term=term))
        return
    if invocation is None and _SETTING.fullmatch(term):
        # "| `AutoEndTasks=1` | … 비활성화 |": a setting and what it does, not a command to run
        walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=line, reason="setting in a table row")
        return
    if invocation is None and _proper_name(term) and named:
        # "| Name | Description |" over "| KiB | 1024 bytes |": the table says its rows name things
        walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=line, reason="table row")
        return
    if invocation is None and _proper_name(term):
        # "| **Node.js** | Managed by nvm. … |", "| **GitHub Actions** | Runs the tests … |": a product, a language or
        # a service the row is about, not a command typed; what a careful reader would ask of it is not sure
        walk.unless_read(line, _(
            "line {line}: the row's first cell '{term}' is a name, not a command, a key or an option; no card made from it"
        ).format(line=line, term=term))
        return
    if _HASH.fullmatch(term) and re.search(r"\d", term) and re.search(r"[a-f]", term):
        # "| 3f9a0c1e… | 부모 Key, 변경사항 저장 |": the id of a commit or an object, a name no one types as a command
        walk.unless_read(line, _(
            "line {line}: the row's first cell '{term}' is a name, not a command, a key or an option; no card made from it"
        ).format(line=line, term=term))
        return
    if invocation is None and term.startswith("-"):
        # "| `-r`(Linux) | … |", "| `-F --classify` | … |": an option written with more than its spelling; a card
        # would ask for a command called that, and which option of which command it is the row does not say plainly
        walk.unless_read(line, _(
            "line {line}: the row's first cell '{term}' starts like an option but does not read as one; no card made from it"
        ).format(line=line, term=term))
        return
    if invocation is None or len(alternatives) > 1:
        walk.add(
            Kind.COMMAND, term=term, front=term, back=meaning, command=None, line=line, answers=tuple(alternatives),
            reason="table row",
        )
        return
    if options_table and len(invocation.flags) == 1 and invocation.subject == invocation.line:
        walk.add_option([invocation.flags[0]], meaning, invocation.command, line, reason="option table row")
        return
    walk.add_command(invocation, meaning, line, context=usage, reason="table row")  # the row's own usage line is its context
