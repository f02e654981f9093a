"""The state of one pass over a document and the notes it collects (pure).

The rules (``rules.py``, ``code.py``, ``tables.py``) read blocks in the light of
what came before them; this module holds that context and turns facts into
:class:`NoteDraft` values with stable keys.

Identity.  A note's key comes from its own line, never from the rest of the
document, so adding, removing or moving other lines never moves a key (and the
review history under it).  A command note is about its line as written without
placeholders: ``docker image save 옵션 파일명 이미지명`` is about ``docker image
save``, ``docker stats webserver1`` and ``cd ..`` are about themselves.  Lines that
come to the same subject are one note (``docker image rm {image_id}`` and
``docker image rm {image_name}``); outside one code block that is worth a warning
naming both lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from quizzer import lazyre
from quizzer.cards import kind_name
from quizzer.extract.blocks import STYLE_TAGS, ListLevel
from quizzer.extract.decide import decide
from quizzer.extract.gate import MAN_NAME, PARAGRAPH_UNDER
from quizzer.extract.knowledge import (
    ECHOING_PROGRAMS, GROUPS, INSTALLERS, KEY_PROGRAMS, PROGRAM_WIDE_OPTIONS, SESSION_ESCAPES, STREAM_PROGRAMS, VERB_PROGRAMS, heading_program,
    installs, plugin_named,
)
from quizzer.extract.hints import CommandHint
from quizzer.extract.incremental import Sources
from quizzer.i18n import _
from quizzer.extract.model import DeckDraft, Kind, NoteDraft, ExtractWarning, note_key
from quizzer.extract.terms import FlagDef, flag_definitions
from quizzer.extract.title_keys import key_owner, session_keys, shell_keys
from quizzer.shell import Invocation, concrete, glues, hides_korean_words, parse_invocation, read_into, shown, written
from quizzer.text import clean, final_consonant, slug

__all__ = ["KeyRun", "LeadIn", "PendingCode", "Section", "Walk"]

# "플랫폼 지정  ex. --platform=linux": the example goes to the context, so the
# answer does not sit in the question of a reverse card.
_EXAMPLE = lazyre.pattern(r"^(.*?\S)\s+(?:\bex\)|\bex\.|\be\.g\.|예\)|예:)\s*(\S.*)$", re.IGNORECASE)
# "docker rmi: 단축 명령" right after "docker image rm": short for that
# the subject of a line ends at "&&", ";" or a redirect; the whole line is still a right answer
# "#### Rebase": a heading of one word, maybe a sub-command
_WORD_HEADING = lazyre.pattern(r"[A-Za-z][a-z-]+")
_PAGERS = frozenset({"head", "tail", "less", "more"})
# "<file>", "[name]", "{id}", "FILE": a line with a placeholder is a usage, one of several a note may share
_BACKGROUND = lazyre.pattern(r"\s&\s*$")  # "… -t 600 &": the line runs in the background


def _in_background(written: str) -> bool:
    return _BACKGROUND.search(written) is not None


_AS_ROOT_PREFIX = lazyre.pattern(r"^(?:sudo|doas)\s+")


def _another_line(written: str, before: str) -> bool:
    """Two lines written otherwise than by their placeholders (a word that is one, or its name), a ``sudo`` or
    white space: "echo "hello"" and "echo "hello" > file.txt", "lsof -i TCP:[Port]" and "lsof -i TCP:[Port
    Start]-[Port End]"; not "git branch" and "git branch <branch-name>", two usages of one command."""
    def shape(line: str) -> str:
        return " ".join(word for word in _PLACEHOLDER.sub("<>", _AS_ROOT_PREFIX.sub("", line)).split() if word != "<>")

    return shape(written) != shape(before)


_PLACEHOLDER = lazyre.pattern(r"<[^<>\s][^<>]*>|\[[^\]\s][^\]]*\]|\{[^{}\s]+\}|\b[A-Z][A-Z_]{2,}\b")
_CHAINED = lazyre.pattern(r"\s(?:&&|\|\||;|>>?|2>|<)\s")
# a line sent to the background and nothing else after its last word ("nohup job &"), no redirect or chain before it
_ALONE_IN_BACKGROUND = lazyre.pattern(r"([^;&|<>]*\S)\s+&")
_SHORTHAND = lazyre.pattern(
    r"^(?:단축\s*(?:명령어?|키|형)?|축약(?:형|어)?|줄임말|약어|별칭|shortcut|short\s*hand|short form|alias)\.?$",
    re.IGNORECASE,
)

# a task asked as a question ("3번째 필드를 출력하고 싶은 경우?", "설치하려면?", "How do I list files?", "변경 사항
# 되돌리려면?"): what the line does is the task; the question is a prompt, never an answer
_TASK_QUESTION = lazyre.pattern(
    r"^(?P<task>[^\n?？]+?)(?:하고\s*싶은\s*경우|하고\s*싶을\s*때|하려면|하는\s*(?:방법|법)(?:은|는)?)\s*[?？]$"
    r"|^how\s+(?:(?:do|can|should)\s+(?:i|you|we)\s+|to\s+)(?P<english>[^\n?]+?)\s*\?$"
    # a verb's stem and (으)려면: "되돌리려면?", "한 줄로 보려면?", "찾으려면?"
    r"|^(?P<stem>[^\n?？]*?[가-힣])(?P<eu>으)?려면\s*[?？]$",
    re.IGNORECASE,
)


def asked_task(text: str) -> str:
    """``text``, or the task it asks how to do (``…하고 싶은 경우?`` → ``…``; ``…되돌리려면?`` → ``…되돌리기``, the
    verb named as a task: its stem and 기, the 으 of ``찾으려면`` only after a stem ending in a consonant)."""
    match = _TASK_QUESTION.match(text) if text.endswith(("?", "？")) else None
    if match is None:
        return text
    stem = match.group("stem")
    if stem is None:
        return (match.group("task") or match.group("english")).strip()
    if match.group("eu") and not final_consonant(stem[-1]):
        stem += "으"  # "모으려면": the stem is 모으
    return f"{stem.strip()}기"


@dataclass
class Section:
    level: int
    text: str
    command: str | None = None  # what the section is about: a command heading, a 구문: line
    last: str | None = None  # the last command a note in the section was about
    # program → the last command of it a note in the section was about (more than one: which one an
    # option list below belongs to is not said by the last line alone)
    ran: dict[str, str] = field(default_factory=dict)
    keys: str | None = None  # the editor or multiplexer the heading names as its whole subject ("## Tmux (…)")

    def __post_init__(self) -> None:
        self.keys = _heading_key_program(self.text) if self.text else None


@dataclass
class PendingCode:
    """Command lines of a code block still waiting for their description.

    Notes often explain a command in bullets *after* its code block; whether
    those come is known only at the next block.
    """

    entries: list[tuple[Invocation, int]]
    prose: str | None
    bullets: list[tuple[int, str]] = field(default_factory=list)
    prose_is_own: bool = False  # the prose is the bullet right above: bullets after belong to what follows
    prose_is_heading: bool = False  # the prose is a heading's text: bullets after say more than it
    item_above: bool = False  # an item stands right above the block (its prose or a label dropped): items name blocks above
    flags: list[tuple[int, FlagDef]] = field(default_factory=list)
    quoted: bool = False  # the bullet is a quote right under the block: it says what the line does
    printed: str = ""  # what the block's lines printed, shown in it (quizzer.extract.transcripts.printed)
    output: bool = False  # a line of the block is what a prompted line printed (quizzer.extract.transcripts.shows_output)
    item: tuple[ListLevel, ...] = ()  # the list items the block is indented under (blocks.Code.lists)
    flag_item: FlagDef | None = None  # "- `-o ldif-wrap=no`" after the block, awaiting the item under it that glosses it
    points: bool = False  # the prose only points at the block ("run the following command:"; pointed_blocks)
    flags_told: bool = False  # the text above said only what flags of the line do ("… with `-t`."; flag_uses)


@dataclass
class LeadIn:
    """``tmux의 주요 용도는 다음과 같다.`` / ``3-1-4 …`` over a list of cases: one concept, the lead → the list."""

    front: str
    block: int  # the last block that belonged to it
    explicit: bool  # it says a list follows (":", "다음과 같다", "… for"); a bare heading needs its items to say "경우"
    items: list[tuple[int, str]] = field(default_factory=list)
    invocation: Invocation | None = None  # the heading names a command: its bullets are what it does
    single: bool = False  # only its first bullet says what it is ("## awk 명령어": the rest are remarks)
    question: bool = False  # the heading asks what its term is ("## cron이란?"): its items say what it is


@dataclass(slots=True)
class KeyRun:
    """The blocks under one heading read so far: the items between it and here, and the note being built
    (moved on in place as each item is read: only ``Walk.key_items`` holds it)."""

    heading: int  # the heading's block
    block: int  # the last block of the run
    label: tuple[str, int, int, int] | None = None  # (text, line, depth, block) of the last item with no key
    note: str = ""  # the key of the note the last keys went to
    keys: tuple[str, ...] = ()  # its keys so far
    depth: int = 0  # the depth of its key items
    title: tuple[str, int] | None = None  # (text, line) of a line in bold over the keys, standing for a heading


# "is a line-oriented search tool." after "a line-oriented search tool": the copula and a full stop, nothing more
_COPULA = lazyre.pattern(r"^(?:is|are)\s+|[.。]\s*$", re.IGNORECASE)


def _restates(back: str, lines: Sequence[str]) -> bool:
    """``back`` says a line of ``lines`` again, with only a copula before it or a full stop after it (two readings of
    one sentence: "**ripgrep** is a … tool." read as a term's definition and as what the notes' program is)."""
    bare = _COPULA.sub("", back).strip().casefold()
    return bool(bare) and any(_COPULA.sub("", line).strip().casefold() == bare for line in lines)


@dataclass
class Walk:
    deck: str
    notes: dict[str, NoteDraft] = field(default_factory=dict)
    warnings: list[ExtractWarning] = field(default_factory=list)
    # said only if no note comes from their line: a line one rule turns down may be another rule's fact
    unread: list[ExtractWarning] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    block: int = 0  # which block of the document is being read
    options_block: bool = False
    prose: str | None = None  # the short text just above, for a code block without comments
    prose_block: int = 0  # the block a paragraph of prose came from
    heading_command: tuple[Invocation, int] | None = None  # awaiting its description
    heading_term: tuple[str, str, int] | None = None  # "run - 컨테이너 실행", awaiting syntax
    heading_option: tuple[list[str], int] | None = None  # "### -z" awaiting the paragraph that explains it
    byline: bool = False  # inside a "## Copyright" or "## Authors" section: nothing under it is a card
    heading_question: str | None = None  # "### 프로파일이란?" awaiting the paragraph that answers it
    heading_flag: str | None = None  # "### --dry-run=client", awaiting examples and a meaning
    flag_examples: list[Invocation] = field(default_factory=list)
    pending: PendingCode | None = None
    item_commands: dict[int, Invocation] = field(default_factory=dict)
    item_concepts: set[int] = field(default_factory=set)
    explained: tuple[str, int, int] | None = None  # "1. run" (term, line, depth) awaiting its bullets
    step_depth: int | None = None
    last_step: str | None = None
    procedure: str | None = None
    # (number, depth, procedure; None when warned) of the section's last numbered item: "2." after bullets written
    # at the margin under "1." goes on with that list, under its name (never the name of the item above)
    numbered: tuple[int, int, str | None] | None = None
    item_line: tuple[tuple[ListLevel, ...], Invocation] | None = None  # the one line of a block in a numbered item
    tool: str | None = None  # the program the document is about (its title or first heading)
    titled: str | None = None  # the front matter's title as written ("SDKMAN!")
    guessed_tool: str | None = None  # else the program most of its lines start with
    file_tool: str | None = None  # a program whose keys are its commands, named by the file's name (rtorrent-keys.md)
    file_program: str | None = None  # the program the file's name starts with (grep.md): whose options, when nothing else says
    title_heading: str | None = None  # the first level-1 heading read ("# git 정리"): see notes_title
    title_name: str | None = None  # the first level-1 heading that is one name alone: see notes_name
    man_command: str | None = None  # the command a man page kept as notes is about (man_pages)
    man_section: str | None = None  # the man page's section being read ("OPTIONS")
    # an option written alone on its paragraph under OPTIONS ("--soft or -s"), its meaning the next paragraph's:
    # its spellings, the term as written (when it is more than one spelling), its line
    man_term: tuple[list[str], str | None, int] | None = None
    dashed_items: bool = False  # the notes write items' options with their dashes (- **--follow**: …)
    fenced_program: str | None = None  # the program, known or not, most lines of its code blocks start with
    # the program whose command lines a code block read so far lined up with their glosses in a column (plain_columns)
    sheet_program: str | None = None
    fenced_programs: tuple[str, ...] = ()  # programs, known or not, its code blocks run often (sorted)
    run_programs: tuple[str, ...] = ()  # programs, known or not, a command line of its code blocks runs (sorted)
    command_lines: int = 0  # how many lines of its code blocks are command lines (title_lines.count)
    nested_line: int = 0  # the line of a nested item already read as what the item above it names
    root_prompts: bool = False  # its code blocks write a root prompt "#" before commands and their output
    prose_heading: bool = False  # walk.prose is a heading's text (it may describe more than one line)
    next_code_line: int | None = None  # where the next block starts, when it is a code block
    next_code_inside: bool = False  # the next block is a code block indented under this block's own list item
    prose_bullet: int = -1  # the block of a bullet that walk.prose came from
    prose_code: tuple[int, int, tuple[str, ...]] = (-1, 0, ())  # (block, line, code spans) of the paragraph of walk.prose
    key_run: tuple[int, str] | None = None  # (block, program) of a heading leading into keys of that program
    key_item: int = -1  # the block of the last item read as a key of a list of shortcut keys
    keys_section: tuple[int, bool] = (-1, False)  # (heading block, whether its section is about keys)
    key_alone: tuple[int, str, int, int] | None = None  # (block, key, depth, line) of an item that is a key alone
    # (block, note key, fronts, answers) of the last paragraph of keys under a heading saying what they do
    heading_keys: tuple[int, str, tuple[tuple[str, str], ...], tuple[str, ...]] | None = None
    key_items: KeyRun | None = None  # the items under the last heading, while they may be its keys (key_items)
    heading_line: int = 0  # the line of the last heading
    item_prose: tuple[int, int, str, int] | None = None  # (block, line, text, depth) of the last bullet of prose
    warned_list: int = -1  # the last block of a numbered list already warned about
    warned_depth: int = 0  # the depth of that list: items nested deeper are still inside it
    lead_in: LeadIn | None = None  # a heading or "… 다음과 같다." that a list of cases may follow
    hint: CommandHint | None = None  # <!-- quizzer: command=… --> covering the block being read
    heading_block: int = 0  # the block of the last heading
    sign_block: int = -1  # the last item that glossed a sign ("- . (period) matches any char")
    question: str | None = None  # "### What is "non-fast-forward"?": the term the next paragraph defines
    heading_item: tuple[str, str] | None = None  # (heading, command) a heading's bare command items do
    example: tuple[Invocation, int] | None = None  # the last example command line in a list, and its block
    item_option: tuple[int, str, str | None] | None = None  # (depth, option, command) of an option item
    root_label: tuple[str, int, int] | None = None  # (label, line, block) of an item over a "# command" line
    prompt_until: int = 0  # the last line of a list of prompt statements already read (prompt_items)
    ordinal_until: int = 0  # the last line of a run of "첫번째 …" bullets read as a block's lines (ordinal_bullets)
    said_after: int = 0  # bullets read as what the code block above them does: the notes say it after a block
    prose_quote: bool = False  # walk.prose is a quote ("> 규칙 삭제")
    quote_headed: int = -1  # the last code block a quote right above it said what it does (quote_labels)
    # (block, its language, what the next fences are said to do) of a label over a run of fences (fence_labels)
    fence_label: tuple[int, str, tuple[str, ...]] | None = None
    qa_question: tuple[int, int, str] | None = None  # (block, line, question) of "Q: …" whose "A: …" comes next
    quoted_term: tuple[int, str] | None = None  # (block, term) of "X is:" whose definition a quote may give next
    one_of: tuple[int, str] | None = None  # (block, command before it) of "Where `COMMAND` is one of:" (placeholder_values)
    option_values: tuple[int, str] | None = None  # (block, option) of "The `-f` option accepts the following values:" (option_value_items)
    ways: tuple[int, str] | None = None  # (block, task) of "You can do this in a couple of ways:" (ways_of)
    argument_values: tuple[int, str] | None = None  # (line, command) of the last item of a list of values (argument_values)
    source: tuple[str, ...] = ()  # the document's lines as written (markdown escapes kept: `\;`, `\.`)
    _origin: dict[str, int] = field(default_factory=dict)  # key → the block it came from
    _previous: tuple[int, str] | None = None  # (block, command and flags) of the last command note
    _programs: Counter[str] = field(default_factory=Counter)  # programs of command notes so far
    _leader: str | None = None  # the first of the most common of them: _programs.most_common(1), kept up to date

    # -- context -----------------------------------------------------------
    @property
    def path(self) -> tuple[str, ...]:
        return tuple([section.text for section in self.sections if section.text])

    def command(self, depth: int = 0) -> str | None:
        """The command an option here belongs to, or None."""
        for level in range(depth - 1, 0, -1):
            if level in self.item_commands:
                return self.item_commands[level].command
        named = self.section_command()
        if named is not None:
            return named
        for n in range(len(self.sections) - 1, -1, -1):
            section = self.sections[n]
            if section.last:
                if len(section.ran) > 1:
                    return _named_program(section.ran, self.sections[: n + 1])
                return section.last
        # (the file's name, "grep.md", only for notes whose code runs no program: one that does may own the options)
        return self._guess_from_heading() or self.program or (
            self.file_program if not self.run_programs and self.fenced_program is None else None)

    def section_command(self) -> str | None:
        """The command the section is about: a hint, a command or sub-command heading, a usage line."""
        hint = self.hint
        for section in reversed(self.sections):
            if hint is not None and section.level <= hint.level:
                return hint.command  # the person said so; only a deeper command heading says otherwise
            if section.command:
                return section.command
        if hint is not None:
            return hint.command
        return None

    def written(self, line: int) -> str | None:
        """Line ``line`` (1-based) of the document as written, None past its ends.  It does not ask
        the document's length: a piece read on its own depends only on the lines it reads
        (``quizzer.extract.incremental``), and a line added at the end changes the length of all."""
        if line < 1:
            return None
        try:
            return self.source[line - 1]
        except IndexError:
            return None

    def code_next(self, last: int) -> bool:
        """The next block is a code block, and only blank lines stand between it and line ``last`` (a block's
        last line): ``* Start`` over a blank line and the fence it names."""
        fence = self.next_code_line
        return fence is not None and fence > last and all(not (self.written(n) or "").strip() for n in range(last + 1, fence))

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(ExtractWarning(line, message))

    def unless_read(self, line: int, message: str) -> None:
        """Warn about ``line`` when, in the end, no note comes from it (nothing is dropped silently)."""
        self.unread.append(ExtractWarning(line, message))

    def skipped(self, line: int, *, unless_read: bool = False) -> None:
        """Warn that ``line``, among lines read together, was not read as a fact of its own (``unless_read``: only
        when no note comes from it in the end)."""
        message = _("line {line}: not read as a fact of its own among the lines around it; skipped").format(line=line)
        (self.unless_read if unless_read else self.warn)(line, message)

    def _guess_from_heading(self) -> str | None:
        """``#### Rebase`` in notes about git: the options are ``git rebase``'s."""
        program = self._leader
        if program not in ("git", "docker", "kubectl"):
            return None
        for section in reversed(self.sections):
            word = section.text.strip()
            if _WORD_HEADING.fullmatch(word):
                return f"{program} {word.lower()}"
        return None

    def _as_concept(self, key: str) -> None:
        """The note at ``key`` made a concept (its front the term, of no command), under its new key."""
        note = self.notes.pop(key)
        moved = note_key(self.deck, Kind.CONCEPT, None, note.front)
        taken = self.notes.pop(moved, None)  # "**exa** is a modern …" under SYNOPSIS: the same term said again
        said = [line for line in (taken.back.split("\n") if taken else ()) if note.back.casefold() not in line.casefold()]
        back = "\n".join(dict.fromkeys([*note.back.split("\n"), *said]))
        self.notes[moved] = replace(note, key=moved, kind=Kind.CONCEPT, command=None, back=back)
        self._origin[moved] = self._origin.pop(key)

    def set_command(self, command: str) -> None:
        if self.sections:
            self.sections[-1].command = command
        else:
            self.sections.append(Section(0, "", command))

    # -- output ------------------------------------------------------------
    def add(
        self,
        kind: Kind,
        *,
        term: str,
        front: str,
        back: str,
        command: str | None,
        line: int,
        answers: tuple[str, ...] = (),
        context: str | None = None,
        position: int | None = None,
        reason: str,
        cleaned: bool = False,
    ) -> None:
        """A note of ``kind`` about ``term``; ``cleaned``: ``term``, ``front`` and ``back`` are what :func:`clean`
        (``back``: :func:`_clean_lines`) makes of them already (a :class:`~quizzer.extract.terms.Term` that says
        so), not cleaned again."""
        if not cleaned:
            term = clean(term)
            front, back = term if front == term else clean(front), _clean_lines(back)
        # (a command line whose front keeps its placeholders has its context: the line is no example of itself)
        if (context is None or clean(context) == front and (kind is not Kind.COMMAND or front == term)) and kind is not Kind.STEP:
            # _EXAMPLE needs "ex)", "ex.", "e.g.", "예)" or "예:": most backs have none (nor an "x", an "X" or a ".")
            lower = back.lower() if "x" in back or "X" in back or "." in back else ""
            example = _EXAMPLE.match(back) if "ex" in lower or "e.g." in lower or "예" in back else None
            if example and "\n" not in back:
                back, context = example.group(1), example.group(2)
        if not front or not back:
            return
        key = note_key(self.deck, kind, command, term)
        if context is not None:
            context = clean(context) or None
            if context == front:
                context = None
        if command and kind is not Kind.STEP and self.sections:
            section = self.sections[-1]
            ran_command = command
            if command.split(" ", 1)[0] in INSTALLERS:
                # "brew install fd" under "## fd": the options listed next are fd's, the program installed
                named = heading_program(section.text)
                if named is not None and installs(front, named):
                    ran_command = named
            section.last = ran_command
            ran = section.ran
            program = ran_command.split(" ", 1)[0]
            if ran.get(program) != ran_command:
                ran.pop(program, None)
                ran[program] = ran_command
        existing = self.notes.get(key)
        if existing is not None and existing.reason == MAN_NAME and self._origin.get(key) != self.block:
            # "exa — a modern replacement for ls" under NAME, then "`exa`" / ": Lists the contents …" under EXAMPLES:
            # what the program is, and what running it bare does; two facts, the first kept as what the name means
            self._as_concept(key)
            existing = None
        if existing is None:
            path = self.path
            self.notes[key] = NoteDraft(
                key, kind, front, back, command, path, line, _tags(path),
                answers=answers, context=context, position=position, reason=reason,
            )
            self._origin[key] = self.block
            if command and kind is Kind.COMMAND:
                self._count_program(command.split()[0])
            return
        if kind is Kind.SYNTAX and self._origin.get(key) != self.block and back not in existing.back.split("\n"):
            # "firebase <command> [options]" in a block, then "Syntax: `firebase init [options]`" under an item: the
            # usage of another of its sub-commands, which the card's front cannot tell apart; not joined to the first
            self.warn(line, _(
                "line {line} gives another usage of '{front}' than line {first}; not joined to it, no card made from it"
            ).format(line=line, front=front, first=existing.line))
            return
        if (
            reason == PARAGRAPH_UNDER and existing.reason != PARAGRAPH_UNDER and self._origin.get(key) != self.block
            and not any(said in existing.back for said in back.split("\n"))
        ):
            # "screen : 일반적인 진입", then "## screen 명령어" / "Screen에서의 명령은 Ctrl + a 와 …": a line said what
            # running the command does; a later section's paragraph tells of the program as a whole, another fact
            self.warn(line, _(
                "line {line}: the paragraph under the heading of '{front}' says something else than line {first}; "
                "not joined to it, no card made from it"
            ).format(line=line, front=front, first=existing.line))
            return
        if (
            kind is Kind.COMMAND and self._origin.get(key) != self.block
            and _in_background(context or front) != _in_background(existing.context or existing.front)
        ):
            # "caffeinate -t 600" and, in a later block, "caffeinate -t 600 &" "to start it in the background": the
            # line run in the background is another fact, whose card keeps the "&" on its front to be told apart
            if _in_background(context or front) and not _in_background(front):
                self.add(
                    kind, term=f"{term} &", front=f"{front} &", back=back, command=command, line=line,
                    position=position, reason=reason, cleaned=True,
                )
                return
            # (the line run in the background came first: its card, of the front with no "&", is not the other's)
            self.warn(line, _(
                "line {line} runs the line of line {first} in the background ('&'), another fact with the same front, "
                "'{front}'; no card made from it"
            ).format(line=line, first=existing.line, front=term))
            return
        written = context if context is not None else front
        if (
            kind is Kind.COMMAND and self._origin.get(key) != self.block and written != term
            and back not in existing.back.split("\n") and _another_line(written, existing.context or existing.front)
        ):
            # "- echo `"hello"` : 터미널에 텍스트 출력", then "- echo `"hello"` `>` `file.txt` : 해당 파일에 텍스트 덮어씌움": another
            # line, saying something else, whose card's front would be the first's (its subject ends at the redirect,
            # or at a placeholder: "lsof -i TCP:[Port]", "lsof -i TCP:[Port Start]-[Port End]"); one card would join
            # the two, so the second is a card of its own, its line as written
            self.add(kind, term=written, front=written, back=back, command=command, line=line, answers=(written,),
                     position=position, reason=reason, cleaned=True)
            return
        if self._origin.get(key) != self.block:
            warning = ExtractWarning(line, _("line {line} repeats the {kind} '{front}' of line {first}; kept as one note").format(
                line=line, kind=kind_name(kind.value), front=term if kind is Kind.COMMAND else front, first=existing.line))
            if not self.warnings or self.warnings[-1] != warning:  # one line merged twice: say it once
                self.warnings.append(warning)
        # each line as written: its context, or its front when that is the line itself
        written, before = (context if context is not None else front), existing.context or existing.front
        if (
            kind is Kind.COMMAND and self._origin.get(key) == self.block and line != existing.line
            and back not in existing.back.split("\n") and term not in (written, before)
            and written != before and not _PLACEHOLDER.search(written) and not _PLACEHOLDER.search(before)
        ):
            # "sudo nvram boot-args=\"…on…\"  # turn on" / "sudo nvram boot-args=\"…off…\"  # turn off": two lines
            # written out in full that the front cannot tell apart, each doing something else: one card would
            # join them, and which of its answers is which is not sure
            del self.notes[key]
            for said in (existing.line, line):
                self.warn(said, _(
                    "line {line}: the line does something else than line {other} but its card would have the same "
                    "front, '{front}'; no card made from it"
                ).format(line=said, other=line if said == existing.line else existing.line, front=term))
            return
        lines = existing.back.split("\n")
        merged = "\n".join([*lines, *(b for b in back.split("\n") if b not in lines and not _restates(b, lines))])
        merged_answers = tuple(dict.fromkeys(existing.answers + answers))
        if (
            merged == existing.back and merged_answers == existing.answers
            and (existing.context or context) == existing.context
            and (existing.position is not None or position is None)
        ):
            return  # the same fact again: nothing to add
        self.notes[key] = replace(
            existing,
            back=merged,
            answers=merged_answers,
            # a second line whose front is the line itself (":w 파일이름" after ":w") is shown as written, as its context
            context=existing.context or (written if kind is Kind.COMMAND and written != existing.front else context),
            position=existing.position if existing.position is not None else position,
        )

    def _count_program(self, program: str) -> None:
        """One more command note of ``program``; the leader changes as ``most_common(1)`` would say."""
        programs = self._programs
        programs[program] += 1
        leader = self._leader
        if leader is None or leader == program:
            self._leader = program
            return
        count, most = programs[program], programs[leader]
        if count > most or count == most and next(p for p in programs if p in (program, leader)) == program:
            self._leader = program  # ties go to the program seen first, as in Counter.most_common

    def syntax(self, usage: str, line: int, *, reason: str = "usage line") -> None:
        """``구문: docker IMAGE pull OPTIONS …``: the section is now about that command."""
        invocation = parse_invocation(usage)
        if invocation is None:
            return
        page = self.man_command
        if page is not None and page != invocation.command and clean(usage).startswith(page + " "):
            invocation = replace(invocation, command=page)  # a man page's usage line: the page's command
        # "command | tee [options] [file]" in notes about tee: the usage of the program piped into
        invocation = replace(invocation, command=self._piped_into_section(invocation))
        self.set_command(invocation.command)
        self.add(
            Kind.SYNTAX,
            term=invocation.command,
            front=invocation.command,
            back=clean(usage),
            command=invocation.command,
            line=line,
            reason=reason,
        )
        self.options_block = False
        pending, self.heading_term = self.heading_term, None
        if pending and invocation.command.split()[-1] == pending[0]:
            self.add_command(
                Invocation(invocation.command, (), invocation.command), pending[1], pending[2],
                reason="heading `term - description` with its usage line",
            )

    def add_command(
        self,
        invocation: Invocation,
        description: str,
        line: int,
        *,
        glossed: Sequence[tuple[int, FlagDef]] = (),
        context: str | None = None,
        also: tuple[str, ...] = (),
        reason: str,
    ) -> None:
        """A command line and what it does, plus any flags the description (or ``glossed``) explains.

        The note is about the line without its placeholders (``docker logs -f
        webserver1``); typed answers may also give just the command and flags
        (``docker logs -f``).  ``context`` is how the line is written when that
        is not the line itself (a table row's usage line); ``also`` more spellings a typed answer may
        use (the whole line with its redirect, ``sort -u >list``).
        """
        # ".tables" in notes about sqlite3, ":wq" in vim; "./gradlew" is a program run from a path
        # ".ssh/known_hosts" (a path under a dot folder) is no dot command
        dotted = invocation.command[:1] == ":" or invocation.command[:1] == "." and "/" not in invocation.command.split()[0]
        if dotted and self.program:
            invocation = Invocation(self.program, invocation.flags, invocation.line, invocation.piped)
        rests: list[str] = []
        defs: list[FlagDef] = [d for _, d in glossed]
        for part in description.split("\n"):
            part_rest, part_defs = flag_definitions(part, invocation)
            rests.append(part_rest)
            defs.extend(part_defs)
        rest = "\n".join(r for r in rests if r)
        subject = invocation.concrete
        typed = invocation.line
        # the front keeps a value written as placeholders joined by typed characters ("-p [외부포트]:[내부포트]"):
        # dropped, the flag would be shown taking nothing; the note is still about the concrete line (its key)
        as_shown = shown(typed)
        front = as_shown if as_shown == subject or concrete(as_shown) == subject else subject
        glued = glues(typed)
        if glued:
            # "docker exec -it <컨테이너> bash" without its placeholder is another command line ("docker exec -it
            # bash"): the front is the line as written, and the placeholder-less line no answer; the key stays
            front = written(typed)
        elif front != typed and hides_korean_words(typed):
            # "tar -czf 백업.tar.gz 문서/" was asked as "tar -czf": a value in Korean is shown as written, as
            # "backup.tar.gz" is; the short line is still an answer, and the key
            front = written(typed)
        if invocation.piped and "|" not in front and " 2>&1 |" in typed:
            # "make 2>&1 | tee build.log": the concrete line (the key) stops at the redirect, but the output, errors
            # joined, goes on down the pipe: the line is shown whole, as typed, and the cut line is no answer
            front, glued = clean(typed), True
        if (";" in typed or ">" in typed or "<" in typed or "&&" in typed or "||" in typed) and _CHAINED.search(typed):  # "git checkout . && git clean -xdf": typed whole, it is right too
            also = (*also, invocation.line)
        if (background := _ALONE_IN_BACKGROUND.fullmatch(typed.strip())) is not None and concrete(background.group(1)) == " ".join(
                background.group(1).split()):
            also = (*also, f"{concrete(background.group(1))} &")  # "nohup job &": typed with its "&", right too
        if (read := read_into(typed)) is not None:
            also = (*also, concrete(read))  # "cat test.json | jq '.role'" is jq's "jq '.role'" reading the file
        if invocation.piped and invocation.piped[-1].split(" ", 1)[0] in _PAGERS and "|" in typed:
            # "python -m tokenize x.py | head -n 10": the pager only trims what is shown; typed without it, right too
            also = (*also, concrete(typed[: typed.rfind("|")]))
        rest = asked_task(rest)
        if rest:
            command = self._piped_into_section(invocation)
            previous, self._previous = self._previous, (self.block, invocation.subject)
            if _SHORTHAND.match(clean(rest)):
                self._previous = None  # "단축 명령" twice in a row is not short for a short form
                if previous and previous[0] == self.block - 1 and previous[1].split()[0] == subject.split()[0]:
                    rest = f"{clean(rest)} ({previous[1]})"
            self.add(
                Kind.COMMAND,
                term=subject,
                front=front,
                back=rest,
                command=command,
                line=line,
                answers=tuple(dict.fromkeys((
                    *(() if glued else (subject,)), invocation.subject, front, *(clean(a) for a in also)))),
                context=context or invocation.line,
                reason=reason,
            )
        lines = {id(d): n for n, d in glossed}
        for d in defs:
            self.add_flag(d, invocation, lines.get(id(d), line), reason=f"flag glossed with its command line ({reason})")

    def _piped_into_section(self, invocation: Invocation) -> str:
        """The command a line is about: ``dir | find "x"`` under ``### find`` is an example of find (what the line
        pipes into is the section's program, one of those the notes go through), elsewhere of the program it starts
        with; a line made a card of the program it pipes into before is that card again.  A line echoing text into
        the notes' own program is that program's example wherever it stands."""
        if not invocation.piped:
            return invocation.command
        stages = [stage.split(" ", 1)[0] for stage in invocation.piped]
        # (quoted text echoed into a pipe is already the next program's line: shell.read_into)
        echoed = invocation.command in ECHOING_PROGRAMS or invocation.line.split(None, 1)[0] in ECHOING_PROGRAMS
        if self.program in stages and (echoed or self.program in STREAM_PROGRAMS and invocation.command.split()[0] != self.program):
            # "echo -e 'a\\nb' | paste - -" in notes about paste, "ls -l | tee out.txt" in notes about tee: input
            # typed in, another program's output piped in, to show the notes' own at work
            return self.program
        term = clean(invocation.concrete)
        for program in stages:  # the same line again (under another heading): the same card, said once
            if note_key(self.deck, Kind.COMMAND, program, term) in self.notes:
                return program
        # (under "## sed" in notes all about sed, "grep … | sed …" is one more line of the notes, written as run)
        named = self.section_command()
        return named if named is not None and named in stages and invocation.command.split()[0] != named \
            and named != self.program else invocation.command

    def add_flag(
        self, d: FlagDef, invocation: Invocation, line: int, *, command: str | None = None, reason: str
    ) -> None:
        self.add(
            Kind.FLAG,
            term=d.flag,
            front=d.flag,
            back=d.meaning,
            command=command or invocation.command,
            line=line,
            answers=(d.flag, *d.also),
            context=invocation.line,
            reason=reason,
        )

    @property
    def program(self) -> str | None:
        """The program the document is about: named by its title or first heading, else guessed."""
        return self.tool or self.guessed_tool

    def notes_title(self) -> str | None:
        """The notes' title: the front matter's (``title: "SDKMAN!"``), else their first level-1 heading (of those
        read so far: a title comes first).  Every reader that asks what the notes are called asks here."""
        return self.titled or self.title_heading or None

    def read_title(self, text: str) -> None:
        """A level-1 heading (its text) read: the first is the notes' title (:meth:`notes_title`), the first that is
        one name alone the name they are about (:meth:`notes_name`); both kept across the pieces of a document."""
        if self.title_heading is None:
            self.title_heading = text  # "# git 정리"
        if self.title_name is None and text.strip() and " " not in text.strip():
            self.title_name = text.strip()  # "# vim-multiple-cursors"

    def notes_name(self) -> str | None:
        """The name the notes are about, written alone as their title: the front matter's title when it is one word,
        else the first level-1 heading that is one (``# vim-multiple-cursors`` under a README's banner heading
        ``# ❗ This plugin is deprecated …``, which names no plugin): a plugin's name (:meth:`key_program`)."""
        titled = (self.titled or "").strip()
        return titled if titled and " " not in titled else self.title_name

    def key_program(self, key: str | None = None) -> str | None:
        """The editor or multiplexer whose keys are the commands here: the one a heading above names as
        its subject (``## Tmux (Multiplexer)`` in notes about dotfiles), else the one the document is about; a
        session's escape keys are its program's only when ``key`` opens with its escape (``~.`` under "SSH escapes",
        not ``Ctrl-R``)."""
        for section in reversed(self.sections):
            if section.keys is not None:
                return section.keys
        # "rtorrent.md" of keys under "# Main View": the file's name says whose keys, when the notes name no
        # program with keys of its own
        # "Bash 키 입력": the keys of the shell's line editing
        # "SSH Escape Sequences": the keys typed inside an ssh session
        title = self.notes_title()
        session = session_keys(title)
        if session is not None and key is not None and not _opens_escape(key, session):
            session = None
        program = KEY_PROGRAMS.get(self.program or "") or self.file_tool or shell_keys(title) or session
        # "# vim-multiple-cursors" over keys in notes about vim: the plugin's keys, named so
        return plugin_named(self.notes_name() or "", program) or program

    def add_key(
        self, key: str, meaning: str, line: int, *, reason: str, context: str | None = None, also: tuple[str, ...] = (),
    ) -> bool:
        """A key of the document's editor or multiplexer (``dd``, ``ctrl + b, d``); False if there is none.
        ``also``: other keys that do the same, each a right answer too."""
        program = self.key_program(key)
        if program is None:
            return False
        self.add(
            Kind.COMMAND, term=key, front=key, back=meaning, command=program, line=line,
            answers=tuple(dict.fromkeys((clean(key), *also))), context=context, reason=reason,
        )
        return True

    def everyday_keys_owner(self, key: str | None = None) -> str | None:
        """Whose keys a key note of everyday keys (``key``, when one) names: the notes' editor or multiplexer, else
        the app or system the title says the notes list the keys of ("맥북 단축키 정리" → macOS), else None."""
        return self.key_program(key) or key_owner(self.notes_title())

    def add_key_note(self, key: str, meaning: str, line: int, *, reason: str, answers: tuple[str, ...] = ()) -> None:
        """A key note of the notes' editor or multiplexer, else of the app or system whose keys the title says the
        notes list ("맥북 단축키 정리"), else of no program (``Ctrl + Shift + T`` in notes of everyday keys): the keys
        are what a person presses all the same."""
        self.add(
            Kind.COMMAND, term=key, front=key, back=meaning, command=self.everyday_keys_owner(key), line=line,
            answers=answers or (clean(key),), reason=reason,
        )

    def set_context(self, keys: Sequence[str], context: str) -> None:
        """The notes of ``keys`` (just made) are told ``context`` beside their answer, unless they have some."""
        for key in keys:
            existing = self.notes.get(key)
            if existing is not None and existing.context is None:
                self.notes[key] = replace(existing, context=clean(context) or None)

    def amend(self, key: str, *, front: str, answers: tuple[str, ...]) -> None:
        """A note read over several blocks (keys of two platforms under one heading), said again in full."""
        existing = self.notes.get(key)
        if existing is not None:
            self.notes[key] = replace(existing, front=clean(front), answers=answers)

    def add_option(
        self, spellings: list[str], meaning: str, command: str | None, line: int, *, reason: str,
        written: str | None = None, context: str | None = None,
    ) -> None:
        """``written`` is the option as the notes write it with its value (``-type f``), also an answer."""
        primary = next((s for s in spellings if s.startswith("--")), spellings[0])
        program = command.split(" ", 1)[0] if command else ""
        wide = PROGRAM_WIDE_OPTIONS.get(program)
        if wide is not None and any(spelling in wide for spelling in spellings):
            command = program  # "--refresh" under "dnf check-update [--refresh]": every dnf command takes it
        elif command is None or command in GROUPS or command in VERB_PROGRAMS:
            # which command's option it is, the notes do not say ("docker" alone has dozens): not a card
            named = ", ".join(spellings)
            if command is None:
                message = _(
                    "line {line}: the notes name no command for the option {option}; skipped "
                    "(<!-- quizzer: command=NAME --> above it says which)"
                )
            else:
                message = _(
                    "line {line}: the notes do not say which {command} command the option {option} belongs to; "
                    "skipped (<!-- quizzer: command={command} SUBCOMMAND --> above it says which)"
                )
            self.warn(line, message.format(line=line, command=command, option=named))
            return
        self.add(
            Kind.OPTION,
            term=primary,
            front=", ".join(spellings),
            back=meaning,
            command=command,
            line=line,
            answers=tuple(dict.fromkeys((*spellings, *([clean(written)] if written else [])))),
            context=context,
            reason=reason,
        )

    def draft(
        self, source: str, lines: Sequence[str] = (), *, memo: MutableMapping[str, Any] | None = None, salt: str = "",
        sources: Sources | None = None,
    ) -> DeckDraft:
        """The notes that pass :func:`decide` (each doubtful one becomes a warning); ``lines`` the document's;
        ``memo``/``salt``/``sources``: a long document's decisions kept from its last extraction (:func:`decide`)."""
        # notes that name no program of their own are about the one their file's name says ("tmux.conf")
        notes, doubts = decide(
            self.notes.values(), program=self.program or self.file_tool, lines=lines, memo=memo, salt=salt,
            sources=sources)
        read = {note.line for note in notes} | {warning.line for warning in (*self.warnings, *doubts)}
        unread = list({w.line: w for w in self.unread if w.line not in read}.values())
        warnings = sorted([*self.warnings, *doubts, *unread], key=lambda warning: warning.line)
        return DeckDraft(self.deck, source, tuple(notes), tuple(warnings), sources)


def _named_program(ran: dict[str, str], sections: Sequence[Section]) -> str | None:
    """The section ran more than one program (``pg_dump …`` then ``psql …`` under ``## pg_dump로 백업``): an
    option list after them is the program's its heading (or a heading above it) names, the closest first; when
    no heading names one of them, which program's options they are is not sure (None: a warning)."""
    for section in reversed(sections):
        named = [program for program in ran if _names(section.text, program)]
        if len(named) == 1:
            return ran[named[0]]
        if named:
            return None
    return None


# "Tmux", "Neovim (Editor)", "Vim keys", "tmux 단축키": a heading that is an editor's or multiplexer's name, maybe with a
# gloss in parentheses or a word for its keys; "Screen capture" or "Less is more" name no program
_KEY_PROGRAM_HEADING = lazyre.pattern(
    r"([A-Za-z]+)(?:\s*\([^()]*\)|\s+(?:keys?|key\s*bindings?|keybindings|bindings|shortcuts?|commands?|cheat\s*sheet"
    r"|단축키|키|명령어?))?",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _heading_key_program(text: str) -> str | None:
    """The editor or multiplexer a heading names as its whole subject, or None."""
    named = _KEY_PROGRAM_HEADING.fullmatch(text.strip().strip("*_`"))
    return KEY_PROGRAMS.get(named.group(1).lower()) if named else None


def _names(text: str, program: str) -> bool:
    """``pg_dump를 사용한 …`` names pg_dump (a Korean particle may follow a program's name); ``pg_dumpall`` does not."""
    text, program = text.lower(), program.lower()
    at = text.find(program)
    while at >= 0:
        end = at + len(program)
        if (at == 0 or not _NAME_CHAR.match(text[at - 1])) and (end == len(text) or not _NAME_CHAR.match(text[end])):
            return True
        at = text.find(program, end)
    return False


_NAME_CHAR = lazyre.pattern(r"[A-Za-z0-9_.-]")


def _clean_lines(text: str) -> str:
    """Each line cleaned, empty lines dropped: backs may hold several facts."""
    if "\n" not in text:
        return clean(text)  # one line, most backs: the same, without the generators
    return "\n".join(line for line in (clean(part) for part in text.split("\n")) if line)


@lru_cache(maxsize=1024)
def _tags(path: tuple[str, ...]) -> tuple[str, ...]:
    """Tags from a heading path: one per heading, no repeats."""
    # a heading's styling tags (``<sup>1</sup>``, kept as written in its text) are no words of a tag
    return tuple(dict.fromkeys(t for t in (slug(STYLE_TAGS.sub("", p)) for p in path) if t))


def _opens_escape(key: str, program: str) -> bool:
    """``~.`` of ssh, ``Ctrl-^ .`` of mosh: ``key`` opens with ``program``'s escape (``SESSION_ESCAPES``)."""
    return "".join(key.split()).casefold().startswith(SESSION_ESCAPES.get(program, ()))
