"""The extraction rules: a walk over the block stream that collects notes (pure).

Each block is read in the light of what came before it: the heading path, the
command the section is about (a command heading, a ``구문:`` line, a syntax code
block), an options block (``**명령 옵션**``), the list item a bullet is nested in,
and the prose just above a code block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizzer.extract.blocks import Code, Heading, Para, Table, read_blocks
from quizzer.extract.model import DeckDraft, Kind, NoteDraft, Warning, note_key
from quizzer.extract.terms import Term, flag_definitions, option_spellings, split_term, strip_markers
from quizzer.shell import Invocation, looks_like_command, parse_invocation, strip_prompt, tokenize
from quizzer.text import clean, slug, strip_numbering

__all__ = ["extract"]

_SYNTAX = re.compile(r"^(?:구문|문법|사용법|사용 형식|형식|syntax|usage|synopsis)\s*[:：]\s*(.+)$", re.IGNORECASE)
_OPTIONS_LABEL = re.compile(
    r"^(?:(?:명령|주요|자주 쓰는)\s*)?(?:옵션|options?|flags?|플래그)(?:\s*(?:목록|정리|list))?\s*[:：]?$",
    re.IGNORECASE,
)
_NON_SHELL = frozenset(
    "yaml yml json xml html css js javascript ts typescript python py java go rust c cpp sql "
    "dockerfile toml ini properties groovy kotlin makefile vim vimrc gitconfig diff markdown md "
    "text txt plaintext log output".split()
)
_COMMENT = re.compile(r"^\s*(?:#|//)\s?(.*)$")
_TRAILING = re.compile(r"\s+(?://|#)\s+(.+)$")
_CODE_OPTION = re.compile(r"^\s*(--?[\w-]+(?:\s*,\s*--?[\w-]+)*)\s*[:：]\s+(.+)$")
_LABELS = frozenset(
    "use case ex e.g 예 예시 참고 주의 note tip 결과 output 출력 example 예제 tips warning 팁".split()
    + ["use case", "e.g."]
)
_CATEGORY = re.compile(r"(?:명령어|명령|commands?|cheat ?sheet|정리)\s*$", re.IGNORECASE)
_GLOSS = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass
class _Section:
    level: int
    text: str
    command: str | None = None


@dataclass
class _Walk:
    deck: str
    notes: dict[str, NoteDraft] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    sections: list[_Section] = field(default_factory=list)
    options_block: bool = False
    prose: str | None = None  # the text just above, for a code block without comments
    heading_command: tuple[Invocation, int] | None = None  # awaiting its description
    heading_term: tuple[str, str, int] | None = None  # "run - 컨테이너 실행", awaiting syntax
    item_commands: dict[int, Invocation] = field(default_factory=dict)
    step_depth: int | None = None
    last_step: str | None = None

    # -- context -----------------------------------------------------------
    @property
    def path(self) -> tuple[str, ...]:
        return tuple(section.text for section in self.sections)

    def command(self, depth: int = 0) -> str | None:
        for level in range(depth - 1, 0, -1):
            if level in self.item_commands:
                return self.item_commands[level].command
        for section in reversed(self.sections):
            if section.command:
                return section.command
        return None

    def set_command(self, command: str) -> None:
        if self.sections:
            self.sections[-1].command = command
        else:
            self.sections.append(_Section(0, "", command))

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
    ) -> None:
        front, back = clean(front), clean(back)
        if not front or not back:
            return
        if context is not None:
            context = clean(context) or None
            if context == front:
                context = None
        key = note_key(self.deck, kind, command, clean(term))
        path = tuple(p for p in self.path if p)
        tags = tuple(dict.fromkeys(t for t in (slug(p) for p in path) if t))
        existing = self.notes.get(key)
        if existing is not None:
            self.warnings.append(
                Warning(line, f"line {line} repeats the {kind.value} '{front}' of line {existing.line}; kept as one note")
            )
            if back not in existing.back.split("\n"):
                back = f"{existing.back}\n{back}"
            self.notes[key] = NoteDraft(
                key, kind, existing.front, back, command, existing.section, existing.line, existing.tags,
                tuple(dict.fromkeys(existing.answers + answers)), existing.context or context, position,
            )
            return
        self.notes[key] = NoteDraft(key, kind, front, back, command, path, line, tags, answers, context, position)

    def add_command(self, invocation: Invocation, description: str, line: int) -> None:
        """A command line and what it does, plus any flags the description glosses."""
        rest, defs = flag_definitions(description, invocation)
        if rest:
            subject = invocation.subject
            self.add(
                Kind.COMMAND,
                term=subject,
                front=subject,
                back=rest,
                command=invocation.command,
                line=line,
                answers=(subject,),
                context=invocation.line,
            )
        for d in defs:
            self.add(
                Kind.FLAG,
                term=d.flag,
                front=d.flag,
                back=d.meaning,
                command=invocation.command,
                line=line,
                answers=(d.flag, *d.also),
                context=invocation.line,
            )

    def add_option(self, spellings: list[str], meaning: str, command: str | None, line: int) -> None:
        primary = next((s for s in spellings if s.startswith("--")), spellings[0])
        self.add(
            Kind.OPTION,
            term=primary,
            front=", ".join(spellings),
            back=meaning,
            command=command,
            line=line,
            answers=tuple(spellings),
        )


def extract(text: str, *, deck: str, source: str) -> DeckDraft:
    """Every note ``text`` (a markdown document) holds, in document order."""
    walk = _Walk(deck)
    for block in read_blocks(text):
        if isinstance(block, Heading):
            _heading(walk, block)
        elif isinstance(block, Para):
            _para(walk, block)
        elif isinstance(block, Code):
            _code(walk, block)
        else:
            _table(walk, block)
    return DeckDraft(deck, source, tuple(walk.notes.values()), tuple(walk.warnings))


# -- headings ------------------------------------------------------------------


def _heading(walk: _Walk, block: Heading) -> None:
    while walk.sections and walk.sections[-1].level >= block.level:
        walk.sections.pop()
    text = block.text.lstrip("-–•· ").strip() or block.text
    walk.sections.append(_Section(block.level, block.text))
    walk.options_block = False
    walk.item_commands.clear()
    walk.heading_command = None
    walk.heading_term = None
    walk.step_depth = None
    walk.prose = None
    bare = strip_numbering(text)
    if _OPTIONS_LABEL.match(bare):
        walk.options_block = True
        return
    term = re.match(r"^(\S+(?:\s\S+)?)\s+[-–:]\s+(.+)$", bare)
    if term and looks_like_command(term.group(1)):
        invocation = parse_invocation(term.group(1))
        if invocation and " " in invocation.command:
            walk.set_command(invocation.command)
            walk.add_command(invocation, term.group(2), block.line)
        else:
            walk.heading_term = (term.group(1), term.group(2), block.line)
        return
    candidate = _GLOSS.sub("", bare)
    if looks_like_command(candidate):
        invocation = parse_invocation(candidate)
        if invocation is not None:
            walk.set_command(invocation.command)
            walk.heading_command = (invocation, block.line)
            return
    if not _CATEGORY.search(bare):
        walk.prose = text


# -- paragraphs ----------------------------------------------------------------


def _para(walk: _Walk, block: Para) -> None:
    text = strip_markers(block.text)
    pending, walk.heading_command = walk.heading_command, None
    if pending and not block.lists and not block.quote:
        walk.add_command(pending[0], text, pending[1])
        walk.prose = None
        return
    syntax = _SYNTAX.match(text)
    if syntax:
        _syntax(walk, syntax.group(1), block.line)
        return
    if _OPTIONS_LABEL.match(text):
        walk.options_block = True
        return
    if block.lists:
        _list_item(walk, block)
        return
    term = split_term(block.inline)
    if term and _term(walk, term, block.line, depth=0):
        walk.prose = None
        return
    walk.options_block = False
    walk.prose = text if len(text) <= 200 else None


def _syntax(walk: _Walk, usage: str, line: int) -> None:
    invocation = parse_invocation(usage)
    if invocation is None:
        return
    walk.set_command(invocation.command)
    walk.add(
        Kind.SYNTAX,
        term=invocation.command,
        front=invocation.command,
        back=clean(usage),
        command=invocation.command,
        line=line,
    )
    walk.options_block = False
    pending, walk.heading_term = walk.heading_term, None
    if pending and invocation.command.split()[-1] == pending[0]:
        walk.add_command(Invocation(invocation.command, (), invocation.command), pending[1], pending[2])


def _list_item(walk: _Walk, block: Para) -> None:
    depth = len(block.lists)
    for level in [lv for lv in walk.item_commands if lv >= depth]:
        del walk.item_commands[level]
    if not block.first:
        return
    in_step = walk.step_depth is not None and depth >= walk.step_depth and not block.lists[-1].ordered
    if in_step and walk.last_step and (depth > walk.step_depth or len(block.lists) > 1):
        _step_detail(walk, walk.last_step, block.text)
        return
    if walk.step_depth is not None and depth < walk.step_depth:
        walk.step_depth = None
    term = split_term(block.inline)
    if term and _term(walk, term, block.line, depth=depth):
        return
    if block.lists[-1].ordered:
        _step(walk, block, depth)


def _term(walk: _Walk, term: Term, line: int, *, depth: int) -> bool:
    """Read ``term: description``; False if it is none of ours."""
    spellings = option_spellings(term.term, bare_ok=walk.options_block)
    if spellings:
        walk.add_option(spellings, term.description, walk.command(depth), line)
        return True
    candidate = term.term
    if term.style == "plain" and not re.match(r"^[\x21-\x7e]", candidate):
        return _concept(walk, term, line, depth)
    if looks_like_command(candidate):
        invocation = parse_invocation(candidate)
        if invocation is not None:
            walk.add_command(invocation, term.description, line)
            if depth:
                walk.item_commands[depth] = invocation
            return True
    return _concept(walk, term, line, depth)


def _concept(walk: _Walk, term: Term, line: int, depth: int) -> bool:
    name = term.term
    nested_under_command = any(level < depth for level in walk.item_commands)
    if nested_under_command or name.lower().rstrip(".") in _LABELS or len(name) > 50 or "http" in name:
        return False
    walk.add(Kind.CONCEPT, term=name, front=name, back=term.description, command=None, line=line)
    return True


def _procedure(walk: _Walk) -> str:
    for section in reversed(walk.sections):
        if section.text:
            return strip_numbering(section.text)
    return walk.deck


def _step(walk: _Walk, block: Para, depth: int) -> None:
    text = block.text.rstrip(":：").strip()
    if not text:
        return
    procedure = _procedure(walk)
    position = block.lists[-1].number
    walk.add(
        Kind.STEP,
        term=f"{procedure}#{position}",
        front=f"{procedure} — step {position}",
        back=text,
        command=None,
        line=block.line,
        position=position,
    )
    walk.step_depth = depth
    walk.last_step = note_key(walk.deck, Kind.STEP, None, f"{procedure}#{position}")


def _step_detail(walk: _Walk, key: str, detail: str) -> None:
    note = walk.notes.get(key)
    if note is None:
        return
    context = f"{note.context} / {detail}" if note.context else detail
    walk.notes[key] = NoteDraft(
        note.key, note.kind, note.front, note.back, note.command, note.section, note.line, note.tags,
        note.answers, clean(context), note.position,
    )


# -- code blocks ---------------------------------------------------------------


def _code(walk: _Walk, block: Code) -> None:
    prose, walk.prose = walk.prose, None
    walk.heading_command = None
    if block.info.split(" ")[0] in _NON_SHELL:
        return
    lines = [(n, strip_prompt(text).rstrip()) for n, text in block.lines]
    first = next(((n, t) for n, t in lines if t.strip() and not _COMMENT.match(t)), None)
    if first and _is_syntax_line(first[1]):
        _syntax(walk, first[1], first[0])
        return
    comments: list[str] = []
    defs: list[tuple[int, str]] = []
    last: Invocation | None = None
    described = False
    bare: list[tuple[Invocation, int]] = []
    for n, raw in lines:
        comment = _COMMENT.match(raw)
        if not raw.strip():
            comments, defs = [], []
            continue
        if comment:
            body = clean(comment.group(1))
            if re.match(r"^-{1,2}[A-Za-z]", body):
                defs.append((n, body))
            elif body:
                comments.append(body)
            continue
        option = _CODE_OPTION.match(raw)
        if option:
            spellings = option_spellings(option.group(1), bare_ok=False)
            if spellings:
                walk.add_option(spellings, option.group(2), last.command if last else walk.command(), n)
                described = True
            continue
        trailing = _TRAILING.search(raw)
        command_text = raw[: trailing.start()] if trailing else raw
        invocation = parse_invocation(command_text)
        if invocation is None:
            comments, defs = [], []
            continue
        last = invocation
        purpose = clean(trailing.group(1)) if trailing else (comments[0] if comments else "")
        if purpose:
            walk.add_command(invocation, purpose, n)
            described = True
        else:
            bare.append((invocation, n))
        for line_no, body in defs:
            _, flags = flag_definitions(body, invocation)
            if flags:
                walk.add_command(invocation, body, line_no)
                described = True
        comments, defs = [], []
    if not described and prose and bare:
        subjects = {inv.subject for inv, _ in bare}
        if len(subjects) == 1:
            invocation, n = bare[0]
            walk.add_command(invocation, prose, n)


def _is_syntax_line(text: str) -> bool:
    tokens = tokenize(text)
    return len(tokens) > 1 and any(t.strip("[]<>()").upper() in ("OPTIONS", "옵션", "OPTION") for t in tokens[1:])


# -- tables --------------------------------------------------------------------

_TERM_HEADER = re.compile(r"명령|command|cmd|옵션|option|flag|플래그|키|key|단축키|이름|name", re.IGNORECASE)
_DESC_HEADER = re.compile(r"설명|description|desc|용법|의미|meaning|기능|동작|뜻|역할|purpose", re.IGNORECASE)


def _table(walk: _Walk, block: Table) -> None:
    walk.prose = None
    header = block.header
    term_col = next((i for i, h in enumerate(header) if _TERM_HEADER.search(h)), None)
    desc_col = next((i for i, h in enumerate(header) if _DESC_HEADER.search(h)), None)
    if (term_col is None or desc_col is None) and len(header) == 2:
        term_col, desc_col = 0, 1
    if term_col is None or desc_col is None or term_col == desc_col:
        return
    options_table = walk.options_block or any(
        re.search(r"옵션|option", text, re.IGNORECASE) for text in (*header, *walk.path[-1:])
    )
    for line, cells in block.rows:
        if max(term_col, desc_col) >= len(cells):
            continue
        term = strip_markers(cells[term_col].plain)
        meaning = strip_markers(cells[desc_col].plain)
        if not term or not meaning:
            continue
        spellings = option_spellings(term, bare_ok=False)
        if spellings:
            walk.add_option(spellings, meaning, walk.command(), line)
            continue
        invocation = parse_invocation(term) if looks_like_command(term) else None
        if invocation is None:
            walk.add(Kind.COMMAND, term=term, front=term, back=meaning, command=None, line=line, answers=(term,))
            continue
        if options_table and len(invocation.flags) == 1 and invocation.subject == invocation.line:
            walk.add_option([invocation.flags[0]], meaning, invocation.command, line)
            continue
        walk.add_command(invocation, meaning, line)
