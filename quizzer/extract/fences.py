"""Code-block styles of cheat sheets and wikis (pure): what ``code.py`` asks before its general reading.

Captions alternating with command lines, an option alone in a block, a sentence ending in a flag
over the line that uses it, options glossed in comments (``-c(ompact)``), a block of different
commands under a heading that says what to do (its steps), topic-list comments, keys alone on
their lines, ``FROM: BASE image 지정`` glossaries, ``# 1. …`` numbered comments (steps).  Each
reader returns False when the block is not its style.
"""

from __future__ import annotations

import re

from quizzer import i18n
from quizzer import lazyre
from quizzer.extract import narration
from quizzer.extract.knowledge import GROUPS, MESSAGE_LEVELS, PROGRAMS, VERB_PROGRAMS
from quizzer.extract.blocks import Code
from quizzer.extract.model import Kind
from quizzer.extract.terms import FlagDef
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, is_flag, is_placeholder, parse_invocation, tokenize, typed_at_prompt
from quizzer.text import clean, strip_numbering

__all__ = [
    "COMMENT", "EQUIVALENCE", "captioned", "flag_sentence", "glossary", "kept_in_file", "lone_option", "mnemonic_options",
    "numbered_comments", "paren_captioned", "short_key", "steps", "syntax_label", "topic_list", "without_keeping", "without_other_names",
]

COMMENT = lazyre.pattern(r"^\s*(?:#|//)\s?(.*)$")


# "backfill all history:", "Rename the current branch to master", "step 2 use apply to import changes"
_CAPTION = lazyre.pattern(r"^(?:step\s*\d+\s*[.:)]?\s*)?(?P<text>[A-Za-z][A-Za-z0-9 ,'’]*[A-Za-z0-9])\s*[:：]?$", re.IGNORECASE)
# "(부모 프로젝트 경로에서)", "(on a branch)": a caption in parentheses, in any script
_PAREN_CAPTION = lazyre.pattern(r"^\((?P<text>[^()\n]{2,60})\)$")


def captioned(walk: Walk, lines: list[tuple[int, str]]) -> bool:
    """Plain captions (or any in parentheses) alternating with command lines, each caption over its one command:
    what it does.

    Only a block that is all such pairs (at least two) reads so; one caption alone may be console output.
    """
    rows = [(n, text.strip()) for n, text in lines if text.strip()]
    if len(rows) < 4 or len(rows) % 2:
        return False
    programs = _programs(walk)
    pairs: list[tuple[int, str, Invocation]] = []
    for (caption_line, caption), (_, command) in zip(rows[::2], rows[1::2]):
        match = _CAPTION.match(caption) or _PAREN_CAPTION.match(caption)
        if not match or COMMENT.match(caption):
            return False
        own = parse_invocation(caption)
        if own is not None and own.command.split()[0] in programs:
            return False  # two command lines in a row
        invocation = parse_invocation(command)
        if invocation is None or invocation.command.split()[0] not in programs:
            return False
        pairs.append((caption_line, match.group("text"), invocation))
    _add_captioned(walk, pairs)
    return True


def _programs(walk: Walk) -> frozenset[str]:
    """The programs a captioned line may run: those quizzer knows, and the notes' own."""
    return PROGRAMS | ({walk.program} if walk.program else frozenset())


def _add_captioned(walk: Walk, pairs: list[tuple[int, str, Invocation]]) -> None:
    """A command note of each line under its caption, ``(caption's line, caption, line)``: the caption says what it does."""
    for line, text, invocation in pairs:
        walk.add_command(invocation, text, line, also=(invocation.line,), reason="caption line above it in a code block")


def paren_captioned(walk: Walk, lines: tuple[tuple[int, str], ...]) -> bool:
    """A block of runs, each a caption in parentheses over its one prompted line, the runs apart by blank lines::

        (부모 프로젝트 경로에서)
        $ git submodule add [저장소주소]

        (특정 브랜치를 서브모듈화)
        $ git submodule add -b [브랜치명] [저장소주소]

    Each caption says what its line does.  A line a run printed follows its command, never opens a run; only a block
    that is all such runs (at least two) reads so."""
    runs: list[list[tuple[int, str]]] = [[]]
    for n, text in lines:
        if text.strip():
            runs[-1].append((n, text.strip()))
        elif runs[-1]:
            runs.append([])
    runs = [run for run in runs if run]
    if len(runs) < 2 or any(len(run) != 2 for run in runs):
        return False
    programs = _programs(walk)
    pairs: list[tuple[int, str, Invocation]] = []
    for (caption_line, caption), (_, command) in runs:
        match = _PAREN_CAPTION.match(caption)
        invocation = parse_invocation(command) if typed_at_prompt(command) else None
        if match is None or invocation is None or invocation.command.split()[0] not in programs:
            return False
        pairs.append((caption_line, match.group("text").strip(), invocation))
    _add_captioned(walk, pairs)
    return True


# a file by its name (the comment above _KEPT_IN_KO says which)
_NAMED_FILE = r"(?:~?/?(?:[\w.-]+/)*(?:\.[\w-]+(?:\.[A-Za-z0-9]+)?|[\w-]*rc|[\w-]+\.[A-Za-z0-9]+)(?![A-Za-z0-9_./-]))"
# a file named in prose: "~/.vimrc", "/etc/fstab", ".bashrc", "config 파일", "the config file"
_A_FILE = r"(?:~?/[\w.-]+(?:/[\w.-]+)*|\.[A-Za-z]+rc(?![A-Za-z0-9])|(?<![A-Za-z])config(?![A-Za-z])|설정\s*파일|파일)"
_INTO_FILE_KO = lazyre.pattern(
    rf"{_A_FILE}\S*\s*(?:에|에다|안에|하단에|끝에)\s*(?:아래|다음)\S*\s*(?:\S+\s+)?(?:추가|넣|작성|입력|붙여)"
    # "hosts file을 열고 다음을 추가한다": the file is opened, then the lines below go into it
    rf"|(?:{_A_FILE}|(?<![A-Za-z])file(?![A-Za-z]))\S*\s*(?:을|를)?\s*(?:열고|연\s*뒤|연\s*후)\s*(?:아래|다음)\S*\s*(?:\S+\s+)?(?:추가|넣|작성|입력|붙여)"
    # "맨 아랫줄에 다음 내용 등록": a line's place in the file just opened, then the lines below go there
    r"|(?:맨\s*)?(?:아랫|마지막|첫|윗)\s*줄(?:에|에다)\s*(?:아래|다음)\S*\s*(?:\S+\s+)?(?:추가|넣|작성|입력|붙여|등록)"
)
_INTO_FILE_EN = lazyre.pattern(
    rf"\b(?:add|append|put|paste|insert)\s+(?:the\s+following|this|these(?:\s+lines)?|following)\b.*\b(?:to|in|into)\b.*{_A_FILE}"
    # "Open the hosts file and add the following": opened, then the lines below go into it
    r"|\bopen\b.*\bfile\b.*\band\s+(?:add|append|paste|insert)\s+(?:the\s+following|this|these|following)\b"
    # "In your ~/.gitconfig, add the following:", "in the config file define the plugins this way:": a file first, by
    # its name or as "the config file" (a folder, "In ~/dotfiles, set up …", is where lines run, not a file)
    rf"|\bin\s+(?:the\s+|your\s+)?(?:{_NAMED_FILE}|(?<![A-Za-z])config(?:uration)?\s+file)\s*,?\s+"
    r"(?:add|append|put|paste|insert|define|declare)\b.*\b(?:following|this|these)\b"
    # "Add the following line at the bottom:": a place in the file just opened
    r"|\b(?:add|append|put|paste|insert)\s+(?:the\s+following|this|these)(?:\s+lines?)?\s+(?:at|to)\s+the\s+(?:very\s+)?"
    r"(?:end|bottom|top)\b"
    # "Add the plugin to the list of plugins in ~/.tmux.conf:": what is added, and the file it goes in, last
    rf"|^\s*(?:add|append|put|paste|insert)\b[^.!?]*\b(?:to|in|into)\s+(?:the\s+|your\s+)?{_NAMED_FILE}\s*:?\s*$",
    re.IGNORECASE,
)
#: a line that writes a file itself ("echo … >> ~/.bashrc", "… | sudo tee -a /etc/hosts"): a command
WRITES = lazyre.pattern(r">>?|\btee\b|\bcat\s*<<")


# a later sentence saying where to keep the line: "해당 내용을 .bashrc 나 .zshrc 파일에 추가한다." (in English, "Add this
# line to your ~/.zshrc." makes the block a file's contents: into_file)
_KEEP_IN_FILE = lazyre.pattern(
    rf"(?:^|(?<=[.!?다]\s))(?:(?:해당|이|위의?)\s*(?:내용|줄|라인|설정|명령어?)\S*\s+(?:\S+\s+){{0,3}}?{_A_FILE}\s*"
    rf"(?:에|에다)\s*(?:추가|넣|저장|작성)[^.!?]*[.!?]?)\s*$",
    re.IGNORECASE,
)


def without_keeping(prose: str) -> str:
    """``prose`` without a last sentence that only says which file to keep the line in (the first says what it
    does); the same text when there is no such sentence, or nothing before it."""
    found = _KEEP_IN_FILE.search(prose) if "\n" not in prose else None
    if found is None or not prose[: found.start()].strip():
        return prose
    return prose[: found.start()].strip()


# a later sentence giving the thing another name: "Six팩이라고도 불립니다.", "큐브맵이라고도 한다.", "Also called a cube map."
_ALSO_CALLED = lazyre.pattern(
    r"(?:^|(?<=[.!?다]\s))(?:[^\s.!?]+(?:\s+[^\s.!?]+){0,3}?\s*(?:이)?라고도\s*(?:불립니다|불린다|불려요|부릅니다|부른다|합니다|한다)"
    r"|(?:it\s+is\s+|it's\s+)?also\s+(?:called|known\s+as)\b[^.!?]*)[.!?]?\s*$",
    re.IGNORECASE,
)


def without_other_names(prose: str) -> str:
    """``prose`` without a last sentence that only gives the thing another name (the first says what it does: a
    name of its own is another fact); the same text when there is none, or nothing before it."""
    found = _ALSO_CALLED.search(prose) if "\n" not in prose else None
    if found is None or not prose[: found.start()].strip():
        return prose
    return prose[: found.start()].strip()


def into_file(prose: str) -> bool:
    """The text above a block says its lines go into a file (config contents, not commands to learn)."""
    return bool(_INTO_FILE_KO.search(prose) or _INTO_FILE_EN.search(prose))


# a block's first line, a comment naming the file its lines are added to: "# ~/.bashrc 또는 ~/.zshrc 파일에 추가",
# "# add to ~/.profile", "# in your .zshrc:" -- a file by its name: a dotfile or an "rc" name, or a last part with an
# extension ("config.toml"); a folder ("~/src/site", "~/backup") is where lines run or output goes, never this
# in Korean the word 파일 says so of any path: "/etc/hosts 파일에 추가" (not of a word: "설치 파일")
_KO_FILE = rf"(?:{_NAMED_FILE}|~?[\w.-]*/[\w.-]+(?:/[\w.-]+)*(?=\s*파일))"
_KEPT_IN_KO = lazyre.pattern(
    rf"^{_KO_FILE}(?:\s*(?:또는|혹은|이나|나|or|,)\s*{_KO_FILE})*\s*(?:파일)?\s*(?:에|에다|안에|끝에)\s*"
    r"(?:추가|넣기|넣는다|넣어)(?:한다|하기|해\s*둔다|합니다)?\s*[.:：]?$"
)
_KEPT_IN_EN = lazyre.pattern(
    rf"^(?:add|append|put)\s+(?:(?:this|these|the\s+following)(?:\s+lines?)?\s+)?(?:to|in|into)\s+"
    rf"(?:your\s+)?{_NAMED_FILE}(?:\s+or\s+(?:your\s+)?{_NAMED_FILE})*\s*[.:：]?$"
    rf"|^in\s+(?:your\s+)?{_NAMED_FILE}(?:\s+or\s+(?:your\s+)?{_NAMED_FILE})*\s*:$",
    re.IGNORECASE,
)


def kept_in_file(comment: str) -> bool:
    """A comment opening a block that names the file its lines go into: they are its contents."""
    text = comment.strip()
    return bool(_KEPT_IN_KO.match(text) or _KEPT_IN_EN.match(text))


_REMINDER = lazyre.pattern(r"\s*\([^()]*\)")


def topic_list(body: str) -> bool:
    """``= / + / add / del``, ``select (null/regexp) / group / sort``: three or more short names."""
    parts = [part.strip() for part in body.split(" / ")]
    if len(parts) >= 3 and all(part and len(part.split()) <= 2 for part in parts):
        return True
    # "entries (k => v) / map (val)": names, each with a reminder in parentheses
    names = [_REMINDER.sub("", part).strip() for part in parts]
    return len(parts) == 2 and all(len(name.split()) == 1 for name in names) and names != parts


# "with_entries(f) <=> to_entries | map(f) | from_entries": a term and what it is the same as
EQUIVALENCE = lazyre.pattern(r"^(\S+)\s+<=>\s+(\S.*)$")
# "… the container must be specified with -c/--container.", "… by specifying an argument to --replicas"
_ENDS_WITH_FLAGS = lazyre.pattern(
    r"\b(?:with|to|by|using|via|use|pass|add)\s+(?P<flags>--?[A-Za-z][\w-]*(?:\s*(?:/|,|or)\s*--?[A-Za-z][\w-]*)*)\s*\.?$"
)


# "Use --with-colons to get output a script can parse. …": the flag, then what it is for
_USE_FLAG_TO = lazyre.pattern(
    r"^(?:use|add|pass)\s+(?P<flags>--?[A-Za-z][\w-]*(?:\s*(?:/|,|or)\s*--?[A-Za-z][\w-]*)*)\s+to\s+"
    r"(?P<purpose>[A-Za-z][^;:]*?)\s*(?:,?\s+(?:i\.e\.|e\.g\.)|[.;:](?:\s|$)|$)",
    re.IGNORECASE,
)


_SECOND_FLAG = lazyre.pattern(
    r",?\s+and\s+(?:with|by|using)\s+(?:the\s+)?(?P<flag>--?[A-Za-z][\w-]*)(?:\s+(?:options?|flags?|switch(?:es)?))?\s*,?\s+"
    r"(?P<rest>\w.*)$",
    re.IGNORECASE,
)


def flag_sentence(walk: Walk, lines: list[tuple[int, str]], prose: str | None) -> bool:
    """A sentence that ends naming a flag (or says ``Use --x to …``, or has it for its subject: ``The -x option
    adds …``), over one command line using it: what that flag is for."""
    if prose is None or "\n" in prose or "-" not in prose:
        return False  # each pattern below names a flag, dash and all (most blocks: asked before their lines)
    rows = [(n, text.strip()) for n, text in lines if text.strip() and not COMMENT.match(text)]
    if len(rows) != 1:
        return False
    match = _ENDS_WITH_FLAGS.search(prose) or _USE_FLAG_TO.match(prose)
    invocation = parse_invocation(rows[0][1])
    # "The `-k` option adds stack traces to each call:": the flag is the sentence's subject
    subject = narration.flag_sentence(prose) if match is None else None
    if match is None and subject is None or invocation is None:
        return False
    if match is not None and match.re.pattern == _USE_FLAG_TO.pattern:
        prose = match.group("purpose")
    second: tuple[str, str] | None = None
    if subject is not None:
        prose = subject[1]
        # "The -T option picks the format and with the -e options we name the fields": a second flag, its own part
        then = _SECOND_FLAG.search(prose)
        if then is not None:
            prose, second = prose[: then.start()].rstrip(" ,"), (then.group("flag"), then.group("rest"))
    used = {flag.split("=", 1)[0] for flag in invocation.flags}
    named = re.split(r"\s*(?:/|,|or)\s*", match.group("flags")) if match is not None else [subject[0] if subject else ""]
    if not any(flag in used for flag in named):
        return False
    primary = next((flag for flag in named if flag in used), named[0])
    also = tuple(flag for flag in named if flag != primary)
    walk.add_flag(FlagDef(primary, prose, also), invocation, rows[0][0], reason="sentence naming a flag, over a line using it")
    if second is not None and second[0] in used:
        walk.add_flag(FlagDef(second[0], second[1], ()), invocation, rows[0][0], reason="sentence naming a flag, over a line using it")
    return True


# "-c(ompact)": the flag's letter and the rest of the word it stands for
_MNEMONIC = lazyre.pattern(r"(?<![\w-])(-{1,2}([A-Za-z]))\(([a-z][a-z ]*)\)")
# "-arg a v (arg $a to value v)": a flag, its values, what it does
_VALUED_GLOSS = lazyre.pattern(r"^(--?[A-Za-z][\w-]*)((?:\s+[A-Za-z]\w*)*)\s+\(([^()]+)\)$")


def mnemonic_options(walk: Walk, line: int, body: str, owner: str | None) -> bool:
    """``# -c(ompact) -n(ull value)``, ``# -arg a v (arg $a to value v)``: options glossed in a comment."""
    if owner is None or owner.split()[0] not in PROGRAMS or owner in GROUPS or owner in VERB_PROGRAMS:
        return False
    found = list(_MNEMONIC.finditer(body))
    if found and not _MNEMONIC.sub("", body).strip():
        for match in found:
            walk.add_option(
                [match.group(1)], match.group(2) + match.group(3), owner, line, reason="`-x(word)` option in a comment",
                written=match.group(0),
            )
        return True
    valued = _VALUED_GLOSS.match(body)
    if valued and len(valued.group(3).split()) >= 2:
        walk.add_option(
            [valued.group(1)], valued.group(3), owner, line, reason="option with its values, (what it does) in a comment",
            written=f"{valued.group(1)}{valued.group(2)}",
        )
        return True
    return False


def lone_option(walk: Walk, lines: list[tuple[int, str]], prose: str | None) -> bool:
    """``To exclude every log file:`` over a block of just ``--exclude='*.log'``: that option, so written,
    does what the text says, for the command of the section (or the notes' program)."""
    if prose is None:
        return False
    rows = [(n, text.strip()) for n, text in lines if text.strip()]
    if len(rows) != 1 or "\n" in prose:
        return False
    n, text = rows[0]
    option = re.match(r"^(--?[A-Za-z][\w-]*)(?:[= ]\S.*)?$", text)
    owner = walk.command()
    if option is None or owner is None or owner.split()[0] not in PROGRAMS or owner in GROUPS or owner in VERB_PROGRAMS:
        return False
    walk.add(
        Kind.FLAG, term=text, front=text, back=prose, command=owner, line=n, answers=(text, option.group(1)),
        reason="option alone in a code block, the text above says what it does",
    )
    return True


_INSTALLING = lazyre.pattern(r"install|build|compil|set\s*up|download|설치|빌드|컴파일", re.IGNORECASE)
# "## Sample script to create a session", "## Example config for the proxy": the heading names a thing shown as an
# example (a script, a file), what it does said of that thing, not steps the reader takes
_SAMPLE_THING = lazyre.pattern(
    r"^(?:an?\s+)?(?:sample|example)\s+(?:[\w-]+\s+)?(?:scripts?|files?|config(?:uration)?s?|code|programs?)\b"
    r"|^(?:샘플|예제|예시)\s*(?:스크립트|파일|설정|코드)",
    re.IGNORECASE,
)


def steps(walk: Walk, heading: str, lines: list[tuple[Invocation, int]]) -> bool:
    """``## create a new repository on the command line`` over a block of different commands and no
    comments: the lines are the steps of what the heading says to do."""
    from quizzer.extract.rules import is_procedure_name  # the rules read headings; code reads blocks

    if len(lines) < 2 or len({invocation.command for invocation, _ in lines}) < 2 or "\n" in heading:
        return False
    if not is_procedure_name(heading) or _INSTALLING.search(heading):
        return False  # installing or building the tool itself is not what the notes teach (corpus README)
    if _SAMPLE_THING.search(heading.strip()):
        return False  # the lines fetch and run the script the heading names: no steps of what it does
    invocations = [invocation for invocation, _ in lines]
    if any(_arguments(invocation, placeholders=True) for invocation in invocations) and not _chained(invocations):
        # "## Create Repositories" over "git init" / "git clone URL [NAME]": forms to fill in, none taking up what
        # another wrote, list the commands a task uses (ways to do it as often as steps in order)
        return False
    for position, (invocation, number) in enumerate(lines, start=1):
        line = clean(invocation.line)
        walk.add(
            Kind.STEP, term=f"{heading}#{line}", front=f"{heading} — step {position}", back=line, command=None,
            line=number, position=position, reason="command line of a block under a heading that says what to do",
        )
    return True


_OPERATORS = frozenset({"|", "||", "&&", ";", ">", ">>", "<", "2>", "2>&1", "&>", "&"})


def _arguments(invocation: Invocation, *, placeholders: bool = False) -> set[str]:
    """The words a line gives its command (no command word, flag or operator); only its placeholders if asked."""
    words = set(invocation.command.split())
    return {
        token for token in tokenize(invocation.line)
        if token not in words and token not in _OPERATORS and not is_flag(token)
        and (not placeholders or is_placeholder(token))
    }


def _chained(invocations: list[Invocation]) -> bool:
    """Whether a later line takes up a word an earlier one wrote (``git remote add origin URL`` / ``git push origin
    main``, ``… > dump.sql`` / ``psql -f dump.sql``): evidence that the lines run in order."""
    seen: set[str] = set()
    for invocation in invocations:
        words = _arguments(invocation)
        if words & seen:
            return True
        seen |= words
    return False


def short_key(raw: str) -> bool:
    """``i``, ``dw``, ``:wq`` alone on a line in notes about an editor: a key, not a program."""
    word = raw.strip()
    return bool(re.fullmatch(r"[\x21-\x7e]{1,4}", word)) and not word.startswith("-") and word not in PROGRAMS


_SYNTAX_LABEL = lazyre.pattern(r"^(?:[A-Za-z]+\s+)?(?:syntax|usage|synopsis)\b\s*:?\s*(?P<remark>.*)$", re.IGNORECASE)
# "Command 입력 형식", "명령어 형식", "기본 문법": a Korean label of the usage line, nothing after it
_FORMAT_LABEL = lazyre.pattern(r"^(?:[\w-]+\s+){0,2}(?:입력\s*)?(?:형식|문법|구문|사용\s?형식)\s*[:：]?$")


def syntax_label(walk: Walk, lines: list[tuple[int, str]], prose: str | None) -> bool:
    """``**BASH syntax**`` / ``"<query>" must be quoted`` over one command line: its usage, with the remark."""
    if prose is None:
        return False
    rows = [(n, text.strip()) for n, text in lines if text.strip() and not COMMENT.match(text)]
    if len(rows) != 1:
        return False
    label = _SYNTAX_LABEL.match(prose.replace("\n", " ").strip()) or _FORMAT_LABEL.match(prose.strip())
    invocation = parse_invocation(rows[0][1])
    if label is None or invocation is None or invocation.command.split()[0] not in PROGRAMS:
        return False
    remarks = [label.group("remark")] if label.groupdict().get("remark") else []
    walk.set_command(invocation.command)
    walk.add(
        Kind.SYNTAX, term=invocation.command, front=invocation.command, back="\n".join([rows[0][1], *remarks]),
        command=invocation.command, line=rows[0][0], reason="`… syntax` label over its usage line",
    )
    return True


# "FROM: BASE image 지정": an upper-case word (a Dockerfile instruction, a variable) and what it means
_GLOSSARY_LINE = lazyre.pattern(r"^\s*([A-Z][A-Z0-9_]+)\s*[:：]\s+(\S.*\s\S.*)$")


def glossary(walk: Walk, block: Code) -> bool:
    """A code block of nothing but ``WORD: meaning`` lines (upper-case words, meanings in prose): one concept each.

    Lower-case ``key: value`` lines are configuration (YAML), never cards.
    """
    rows = [(n, _GLOSSARY_LINE.match(text)) for n, text in block.lines if text.strip()]
    if len(rows) < 2 or not all(match for _, match in rows):
        return False
    levels = [match.group(1) for _, match in rows if match and match.group(1) in MESSAGE_LEVELS]
    if levels and not (len(levels) == len(rows) >= 3 and len(set(levels)) == len(levels)):
        # "WARNING: … / ERROR: …": what a program printed, no words defined; a glossary OF the levels names three
        # or more, each once, and nothing else ("DEBUG: … / INFO: … / ERROR: …")
        return False
    for n, match in rows:
        assert match is not None
        walk.add(Kind.CONCEPT, term=match.group(1), front=match.group(1), back=match.group(2), command=None, line=n,
                 reason="`WORD: meaning` line in a code block")
    return True


_NUMBERED_COMMENT = lazyre.pattern(r"^\s*(?:#|//)\s*(\d{1,2})[.)]\s+(\S.*)$")


def numbered_comments(walk: Walk, block: Code, *, under_item: str | None = None) -> None:
    """``# 1. 환경 확인`` … ``# 2. 패키지 설치`` inside one block: the steps of the section's procedure.

    A block right under a list item (``- telnet`` among the section's other items) is that item's, not the
    section's: which procedure the steps are of is not sure, and they are left to the comments' own reading."""
    steps = [(n, int(m.group(1)), clean(m.group(2))) for n, text in block.lines if (m := _NUMBERED_COMMENT.match(text))]
    if len(steps) < 2 or [number for _, number, _ in steps] != list(range(1, len(steps) + 1)):
        return
    procedure = next((strip_numbering(s.text) for s in reversed(walk.sections) if s.text), walk.deck)
    if under_item is not None and clean(under_item).casefold() != procedure.casefold():
        walk.warn(block.line, i18n._(
            "line {line}: the numbered comments of this block follow the item '{item}', not the heading "
            "'{procedure}'; not read as the steps of either"
        ).format(line=block.line, item=clean(under_item), procedure=procedure))
        return
    seen: dict[str, int] = {}
    for n, number, text in steps:
        seen[text] = seen.get(text, 0) + 1
        term = f"{procedure}#{text}" + (f"#{seen[text]}" if seen[text] > 1 else "")  # "check the list" again at the end
        walk.add(Kind.STEP, term=term, front=f"{procedure} — step {number}", back=text, command=None,
                 line=n, position=number, reason="numbered comment in a code block")
