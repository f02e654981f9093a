"""The extraction rules: a walk over the block stream that collects notes (pure).

Each block is read in the light of what came before it: the heading path, the
command the section is about (a command heading, a ``구문:`` line, a syntax code
block), an options block (``**명령 옵션**``), the list item a bullet is nested in,
and the prose just above a code block.  Code blocks live in ``code.py``, tables
in ``tables.py``; the state they share in ``walk.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import replace
from typing import Any

from quizzer import lazyre
from quizzer.extract import (
    argument_values, arguments, below_block, dash_steps, ex_commands, man_pages, defining, elsewhere, enumerated_values, nested_terms,
    code, code_titles, command_by, cribs, format_sentences, git_aliases, key_with, makefiles, label_lines, span_glosses, data_paths, definitions, equals, example_lines, fence_lists, flag_purposes, flag_settings, first_nested, meaning_sentences, name_lists, heading_gloss, item_glosses, heading_keys, key_dash_headings, heading_terms, incremental, key_after, key_headings, key_items, key_lists, key_pairs, key_sentences, sentence_keys, magics, meta_commands, quoted_definitions, stored_paths, narration, narrative, output_callouts,
    label_values, labelled_lines, link_headings, listed_commands, name_expansions, option_alone, option_items, option_lines, option_sentences, option_values,
    key_columns, key_labels, nested_commands, nested_remarks, program_topics, prompt_items, qa_pairs, question_lines, prose_steps, run_to, root_prompts, scope_sentences, shell_forms, shorthands, sub_command_items, syntax_sentences, tables, task_items, trailing_programs, quoted_commands, term_dash_headings, term_defined, term_heading, title_items, topic_items, valued_options, value_runs, ways_of,
    option_named_items, option_value_items, place_items, placeholder_items, placeholder_values, plain_columns, prefix_keys, purpose_items, returned_values, summary_lines, usage_parts, value_pairs, which_items, written_keys,
)
from quizzer.extract.label_commands import is_quotation, names_variable, typed_in_prose
from quizzer.extract.asides import italic_remark, without_aside
from quizzer.extract.decorations import remark_picture
from quizzer.extract.named_tool import named_and_run, titled_and_run
from quizzer.extract.blocks import (
    MAX_NESTING,
    Block,
    Code,
    Heading,
    Inline,
    ListLevel,
    Para,
    Span,
    front_matter_title,
    holds_no_code,
    prepare,
    read_blocks,
    read_piece_blocks,
    split_lines,
)
from quizzer.extract.example_lines import example_label, opens_with_example, prompted_example
from quizzer.extract.explicit import Person, add_hand_notes, read_person
from quizzer.extract.facts import Chain, Fact, Shape, facts_of, needs
from quizzer.extract.gate import PARAGRAPH_UNDER
from quizzer.extract.hints import Hints
from quizzer.extract.incremental import Untracked
from quizzer.extract.pieces import pieces
from quizzer.extract.openers import CONTAINER, opens_prompt, spells_out
from quizzer.extract.sentences import ends_in_colon, is_sentence, lead_in_end, split_sentences
from quizzer.extract.signals import code_only, label_and_address, names_placeholder, only_link
from quizzer.extract.knowledge import (
    COMMAND_NOUN_KO,
    KEY_MODIFIERS,
    KEY_NAMES,
    INPUT_NOUNS_EN,
    FORM_WORDS,
    GIVING_VERBS_KO,
    ARTICLES,
    DUBEOLSIK_KEYS,
    BYLINE_LABELS,
    BYLINE_SECTIONS,
    FUNCTION_WORDS,
    FUNCTIONS_WORDS_KO,
    EDITORS,
    GROUPS,
    VERB_PROGRAMS,
    PROGRAMS,
    SUBCOMMANDS,
    cmd_tool,
    of_program,
    REMARK_LABELS,
    after_numbered_label,
    names_system,
    names_task,
    is_fix_label,
    is_numbered_label,
    is_install_heading,
    dominant_program,
    file_key_program,
    file_program,
    fenced_program,
    fenced_programs,
    run_programs,
    root_prompted,
    is_key_chord,
    is_key_sequence,
    bunches_keys,
    IMPERATIVES,
    KIND_CLAUSE_WORDS_KO,
    KIND_WORDS_EN,
    KIND_WORDS_KO,
    names_a_way,
    POINTER_KO,
    names_pattern,
    is_label,
    is_label_phrase,
    is_list_title,
    names_topic,
    ends_in_label_head,
    is_tags_line,
    is_premise,
    program_named,
    says_condition,
    says_wish,
    says_doing,
    says_variant,
    still_to_write,
    sub_command,
)
from quizzer.i18n import N_, _
from quizzer.extract import key_particles, name_lines
from quizzer.extract import defaulted_terms, example_pairs, heading_flags, pointer_headings, slot_values, cli_definitions, command_for, question_options, command_summaries, fence_below, flag_items, flag_passives, example_glosses, installed_terms, keys_in_gloss, named_values, label_keys, linked_programs, part_sentences, pipe_rows, pod, roff, stray_fences, title_lines
from quizzer.extract.model import DeckDraft, Kind, ExtractWarning, note_key
from quizzer.extract.terms import Term, option_spellings, split_term, strip_markers
from quizzer.extract.walk import LeadIn, Section, Walk
from quizzer.shell import AS_ROOT, Invocation, is_placeholder, looks_like_command, parse_invocation, plain_program, strip_prompt, tokenize
from quizzer.text import HANGUL, clean, has_hangul, strip_numbering

__all__ = ["extract", "is_procedure_name"]

_SYNTAX = lazyre.pattern(r"^(?:구문|문법|사용법|사용 형식|형식|syntax|usage|synopsis)\s*[:：]\s*(.+)$", re.IGNORECASE)
_OPTIONS_LABEL = lazyre.pattern(
    r"^(?:\S+(?:와|과)\s+)?(?:(?:명령|주요|참고|자주 (?:쓰는|사용하는))\s*)?(?:옵션|options?|flags?|플래그)(?:\s*(?:목록|정리|리스트|list))?"
    r"\s*(?:[:：]\s*(?:--?[\w-]+\s*)*)?$",
    re.IGNORECASE,
)
# "grep 옵션", "npm install options", "Options for push:", "브랜치 옵션"
_COMMAND_OPTIONS = lazyre.pattern(
    r"^(?:(?P<before>.+?)\s+(?:옵션|options?|flags?|플래그)(?:\s*(?:목록|정리|list))?"
    r"|(?:options?|flags?)\s+(?:for|of)\s+(?P<after>.+?))\s*[:：]?$",
    re.IGNORECASE,
)
# what a match of _COMMAND_OPTIONS starts or ends with: its second branch's start, and its first branch's end read
# backwards in the reversed text (a match anchored at the start fails at once, where the first branch's lazy start
# tries every length of text, each time with the words in any case)
_OPTIONS_FIRST = lazyre.pattern(r"(?:options?|flags?)\s+(?:for|of)\s", re.IGNORECASE)
_OPTIONS_LAST_REVERSED = lazyre.pattern(r"\n?[:：]?\s*(?:(?:록목|리정|tsil)\s*)?(?:션옵|s?noitpo|s?galf|그래플)\s", re.IGNORECASE)
# a sentence that says to do as what follows says: "테마는 아래처럼 고른다", "다음과 같이 설정했다" (a verb after the
# pointing words; "… 방법은 다음과 같다" is a term and what it is)
_DONE_AS_BELOW = lazyre.pattern(r"(?:다음|아래)(?:처럼|과\s*같이|와\s*같이)\s+(?:\S+\s+)?\S*(?:다|요)\.?$")
# a sentence that points at what follows: "다음처럼 세팅한다", "아래와 같이 설정", "as follows"
_POINTS_AHEAD = lazyre.pattern(r"(?:다음|아래)(?:처럼|과\s*같이|와\s*같이)|\bas follows\b|\bthe following\b", re.IGNORECASE)
# an item that names a case: "… 하는 경우", "… 할 때", "when …", "if …"
_NUMBERED_TIGHT = lazyre.pattern(r"^\d+(?:\.\d+)*\.(?=\S)")  # "1.cron": a section number written without its space
# "cronie(패키지) = crond(데몬) + crontab": an item that defines a term of its own
_DEFINES_OTHER = lazyre.pattern(r"^[^=:]{1,40}?\s(?:=|:)\s")
_CASE_ITEM = lazyre.pattern(r"(?:경우|때)\.?$|^(?:when|if)\b", re.IGNORECASE)
# "-x 1280 -y 720", "-r 30 -s 640x480": two options or more, each maybe with a value, written together
_FLAGS_TOGETHER = lazyre.pattern(r"--?[A-Za-z][\w-]*(?:\s+[^\s,-]\S*)?(?:\s+--?[A-Za-z][\w-]*(?:\s+[^\s,-]\S*)?)+")
_OPTION_VALUE = lazyre.pattern(r"^(--?[A-Za-z?][\w-]*(?:\s*,\s*--?[A-Za-z][\w-]*)*)(?:=|\s+)(?:<[^>]+>|\[[^\]]+\]|[^\s-]\S*)$")
# a procedure says so in its name, or its first item is an action
_PROCEDURE_WORDS = lazyre.pattern(
    r"과정|순서|방법|절차|단계|사용법|하기\b|하는\s*법|설치|설정|등록|복제|생성|만들기|삭제|복사|응용|가이드|"
    r"steps?\b|how\s+to|procedure|process(?=\s*(?:$|[:：(]|of\b|for\b))|install|setup|set\s+up|guide|workflow|tutorial|create|creating",
    re.IGNORECASE,
)
# the first item of a numbered list that names a case: "1. 너무 일찍 커밋한 경우", "1. When the build fails"
_CASE_ITEM = lazyre.pattern(r"(?:경우|상황)(?:에|에는)?\s*[,.:：]?$|^(?:if|when|in case)\b", re.IGNORECASE)
# "존재하지 않는 파일명", "이미 있는 브랜치": a noun a clause describes, a case rather than a term
_CASE_TERM = lazyre.pattern(f"[{HANGUL}](?:는|은|던)\\s+[{HANGUL}]+$")
# "zone_id를 반환해주는 Step", "캐시를 지우는 모듈": an item that ends on a noun a clause describes, a thing named
# (a part, a stage), not something to do
_DESCRIBED_ITEM = lazyre.pattern(f"[{HANGUL}]는\\s+[\\w{HANGUL}]+\\.?$")
_MENU_PATH = lazyre.pattern(r"\S \> \S.*? \> \S")
_ACTION = lazyre.pattern(
    r"눌러|누르|입력|실행|클릭|선택|열고|연다|저장|작성|"
    r"^(?:run|press|type|open|click|enter|select|copy|create|edit|add|save|install|go to|navigate|write|set|get|"
    r"make|use|start|stop|restart|check|download|move|change|update|configure|connect|log ?in|log ?out|push|pull|"
    r"deploy|build|apply|delete|remove|rename|commit|merge|clone|fetch|rebase|tag|reload|enable|disable|mount|"
    r"upload|wait|verify|test|roll ?back|replace|insert|append|exit|quit|close|restore|export|import|generate|"
    r"initiali[sz]e|init|register|sign|login|launch|execute|paste|cut|find|search|fix|resolve)\b",
    re.IGNORECASE,
)
_OPTION_SENTENCE = lazyre.pattern(
    rf"^(--?[A-Za-z][\w-]*(?:\s*(?:,|or|또는|/)\s*--?[A-Za-z][\w-]*)*)\s*옵션(?:으로|을\s*{names_pattern(GIVING_VERBS_KO)})\s+(\S.*)$"
)
_DONE = lazyre.pattern(r"(?:된다|됩니다|돼요|되요|된다고\s*한다|끝|끝이다|끝난다)\s*[.!]?")  # "… 옵션을 주면 된다.": no meaning of its own
_OPTION_USED = lazyre.pattern(r"^(--?[A-Za-z][\w-]*(?:\s*(?:,|/|or)\s*--?[A-Za-z][\w-]*)*)\s*(?:옵션)?\s*(?:사용|이용|을 사용|을 이용|를 사용|use|used)\b")
_CAPITALS = lazyre.pattern(r"[A-Z][A-Z0-9_]+")
_TWO_MARKERS = lazyre.pattern(r"^\s*[-*+]\s+[-*+]\s+\S")  # "* + is last": two list markers opening one line
_PRODUCT = lazyre.pattern(r"(?=[A-Za-z]*[a-z])[A-Za-z][a-z]*[A-Z][A-Za-z]*")  # "ImageMagick", "PostgreSQL", "GitHub": a name written in one word
_PROMPT = lazyre.pattern(r"^(?:#|\$)\s+(?=[a-z])")
_GLUED_ROOT = lazyre.pattern(r"^#([a-z][\w.+-]*)(?:\s|$)")  # "#yum install …": a root prompt written against the program
_CATEGORY = lazyre.pattern(r"(?:명령어|명령|commands?|cheat ?sheet|정리)\s*$", re.IGNORECASE)
_GLOSS = lazyre.pattern(r"\s*\([^)]*\)\s*$")
# "### 말하기 명령", "### 삭제하기 명령어": the command that does a task ("…하기"), not a category of commands
_TASK_COMMAND = lazyre.pattern(r"\S하기\s*(?:명령어|명령)\s*$")
_HANGUL = lazyre.pattern(f"[{HANGUL}]")
# "-rwxr-xr-x", "rwx", "r-x": permission strings are concepts, not flags or commands
_PERMISSION = lazyre.pattern(r"^[-dlbcps]?(?:[r-][w-][xsStT-]){1,3}$")
# the end of a Korean or English sentence: "… 가능하다", "… 같다.", "… works."
_SENTENCE = lazyre.pattern(r"(?:다|요|니다|음)\.?$|[.!?]$")
# "프로파일이란?", "Docker란 무엇인가": a heading that asks what a term is
_WHAT_IS = lazyre.pattern(r"(?P<term>[^\s?].{0,30}?)\s*(?:이란|란)\s*(?:무엇인가요?|뭘까|무엇일까)?\s*\??")
# English words that make a heading a sentence about a command, not a command line
# "cURL", "awk 명령어", "Sed command": a heading that names a program and nothing else
_PROGRAM_HEADING = lazyre.pattern(r"([A-Za-z][\w.+-]*)(?:\s*(?:명령어|명령|commands?))?", re.IGNORECASE)
_LONGEST_LABEL = 3  # words of an item naming the task of the block right under it ("* Start", "* Restart it")
_COMPARATIVES = frozenset({"more", "less"})  # programs whose names are also English words of quantity
_CLAUSE = lazyre.pattern(r"^(?:it|it's|there|this|that|these|those|we|you|i)\s+\S+\s+\S", re.IGNORECASE)
_ANGLE_KEY = lazyre.pattern(r"<(?:[A-Za-z][\w-]*|[CMSAD]-\S)>")  # "<C-n>", "<Esc>", "<em>": a key, or a tag typed as keys
# "실행 취소/다시 실행", "undo, redo", "복사 및 붙여넣기": two things named, which keys do which not said
_NAMES_JOINED = lazyre.pattern(r"[/,，、]|\s(?:및|와|과|and|or)\s", re.IGNORECASE)
_CODE_ALONE_AFTER = lazyre.pattern(r"[:：]\s*`[^`]+`\s*$")  # "…: `ysiw<em>`": one code span, all after the colon
# "Surround.vim is all about "surroundings"", "The tool is built for: …", "ncdu 1.6 has basic hard link detection: …": a
# name or two, a copula (or "has") and more words, a sentence that goes on after its colon
_SUBJECT_COPULA = lazyre.pattern(r"^[\w.'-]+(?:\s+[\w.'-]+)?\s+(?:is|are|has|have)\s+\S+\s+\S", re.IGNORECASE)
_PSEUDO_BULLET = lazyre.pattern(r"^\s*(?:o|·|•|-|\*)\s+", re.MULTILINE)


def extract(
    text: str, *, deck: str, source: str, memo: MutableMapping[str, Any] | None = None, salt: str = "",
) -> DeckDraft:
    """Every note ``text`` (a markdown document) holds, in document order.

    ``memo``: results of pieces read before (``quizzer.extract.incremental``), used where they
    still hold and filled with the pieces read now; ``salt`` goes into their keys (the code that
    reads, the language of the warnings).  The notes are the same with a memo or without.
    """
    controls: list[int] = []
    unread: list[tuple[int, str]] = []
    person = read_person(prepare(text, controls, unread))  # cards written by hand and hints, blanked for the rules
    draft = None
    if memo is not None and not person.hints.commands:  # a command hint's scope is the whole document's
        try:
            draft = _extract(text, person, deck=deck, source=source, memo=memo, salt=salt)
        except Untracked:
            pass
    if draft is None:
        draft = _extract(text, person, deck=deck, source=source, memo=None, salt=salt)
    return _said_prepared(draft, controls, unread) if controls or unread else draft


#: What a converter of a page in another format says it left unread (blocks.prepare's ``unread``), by the mark it
#: gives; any other mark is an rST directive as written, named in its own sentence.
_UNREAD: dict[str, str] = {
    roff.TABLE: N_("line {line}: a table of the man page's roff source (.TS … .TE) is not read; no cards made from it"),
    pod.BEGIN: N_("line {line}: a POD block for another formatter (=begin … =end) is not read; no cards made from it"),
    stray_fences.MARK: N_(
        "line {line}: these lines lie between a closing fence and the lone fence that ends the notes: the contents of "
        "a block whose opening fence is missing; not read, no cards made from them"),
    command_summaries.REMARK: N_(
        "line {line}: the gloss goes on after its first sentence; the rest is a remark, left off the card"),
}


def _said_prepared(draft: DeckDraft, controls: list[int], unread: list[tuple[int, str]]) -> DeckDraft:
    """A warning at each line whose controls :func:`prepare` removed (the notes never held them), and at the first
    line of each part of a page in another format it left unread (:data:`_UNREAD`, an rST directive)."""
    said = [ExtractWarning(line, _(
        "line {line}: terminal control characters (an escape sequence such as ESC [31m, or another control code) "
        "were removed from the notes"
    ).format(line=line)) for line in controls]
    said += [ExtractWarning(line, _(_UNREAD[markup]).format(line=line) if markup in _UNREAD else _(
        "line {line}: the reStructuredText directive '{directive}' and the lines indented under it are not read; "
        "no cards made from them"
    ).format(line=line, directive=markup)) for line, markup in unread]
    return replace(draft, warnings=tuple(sorted([*said, *draft.warnings], key=lambda warning: warning.line)))


def _extract(
    text: str, person: Person, *, deck: str, source: str, memo: MutableMapping[str, Any] | None, salt: str,
) -> DeckDraft:
    skipped: list[tuple[int, int]] = []
    sources = incremental.Sources() if memo is not None else None  # which kept piece wrote each note
    walk = Walk(deck, source=tuple(person.text.split("\n")))
    walk.titled = front_matter_title(text)
    walk.tool = program_named(walk.titled or "")
    walk.guessed_tool = dominant_program(person.text)
    if walk.tool is None and walk.guessed_tool is None:  # "in the Jekyll docs" … "`jekyll help`"
        walk.guessed_tool = named_and_run(person.text)
    walk.file_tool = file_key_program(source)
    walk.file_program = file_program(source)
    walk.man_command = man_pages.command_of(person.text)  # "NAME" / "direnv fetchurl - Fetch a URL to disk"
    # an author who writes "- **--follow**: …" writes an option's dashes: their bare bold items are no options
    walk.dashed_items = "**-" in person.text and _DASHED_ITEM.search(person.text) is not None
    if memo is None:
        blocks = list(read_blocks(person.text, skipped=skipped, prepared=True))  # read_person read the prepared text
        headings = [(block.line, block.level, block.text) for block in blocks if isinstance(block, Heading)]
        hints = person.hints.scoped((line, level) for line, level, _ in headings)
        _know_code_lines(walk, list(_code_lines(blocks)))
        _walk_blocks(walk, blocks, hints, prose_steps.find(blocks, deck))
    else:
        headings = _read_pieces(walk, person, memo, salt=salt, skipped=skipped, sources=sources)
    below_block.settle(walk)
    key_items.settle(walk)  # a key or two under one or two headings: maybe a topic, not an action
    summary_lines.read(walk, text)  # "title: du 명령어" / "summary: 디렉토리의 사용량을 보여준다"
    _too_deep(walk, skipped)
    # the document's lines, as the walk read them (not split again: 13 ms for 100k cards)
    return add_hand_notes(walk.draft(source, walk.source, memo=memo, salt=salt, sources=sources), person, headings)


def _know_code_lines(walk: Walk, lines: Sequence[str]) -> None:
    """What the walk knows of the document's code blocks as a whole before its first block (``lines``: every line
    of every code block, in order), read whole or a piece at a time alike."""
    walk.fenced_program = fenced_program(lines)
    walk.fenced_programs = fenced_programs(lines)
    walk.run_programs = run_programs(lines)
    walk.command_lines = title_lines.count(lines)
    walk.root_prompts = root_prompted(lines, _prompted_programs(walk))
    _doubt_guessed_tool(walk)


def _doubt_guessed_tool(walk: Walk) -> None:
    """Most lines of the code blocks run ``oc`` while ``- **bc [name]**: …`` items start most lines of
    prose with the calculator's name: the program guessed from prose is not what the notes are about.

    A page whose front matter's title is the one word most lines of its code blocks run (``title: seq`` over
    ``$ seq 1 3`` …) is about that program, known or not."""
    if walk.guessed_tool is not None and walk.fenced_program not in (None, walk.guessed_tool):
        walk.guessed_tool = None
    if walk.tool is None and walk.fenced_program is not None and (walk.titled or "").strip() == walk.fenced_program:
        walk.tool = walk.fenced_program


_DASHED_ITEM = lazyre.pattern(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\*\*-", re.MULTILINE)


def _code_lines(blocks: Iterable[Block]) -> Iterator[str]:
    return (text for block in blocks if isinstance(block, Code) for _, text in block.lines)


def _read_pieces(
    walk: Walk, person: Person, memo: MutableMapping[str, Any], *, salt: str, skipped: list[tuple[int, int]],
    sources: incremental.Sources | None = None,
) -> list[tuple[int, int, str]]:
    """Read the document a piece at a time, each from ``memo`` where its result still holds.

    What the walk needs of the whole document before its first block (the lines of every code
    block, for ``fenced_program``) comes first: from ``memo`` for a piece read before, none for a
    piece that holds no code, else from parsing it (those blocks are kept for the walk); any other
    piece the walk reads again is parsed when the walk comes to it."""
    cut = list(pieces(person.text, incremental.PIECE_LINES))
    keys = [incremental.lines_key(salt, piece) for _, piece in cut]
    if sources is not None:
        sources.cut([offset for offset, _ in cut], keys)  # decide knows a stretch's lines by its pieces
    known_lines = [memo.get(key) for key in keys]
    parsed: dict[int, tuple[list[Block], list[tuple[int, int]]]] = {}

    def take(index: int) -> tuple[list[Block], list[tuple[int, int]]]:
        if index in parsed:
            return parsed.pop(index)
        nested: list[tuple[int, int]] = []
        return list(read_piece_blocks(cut[index][1], cut[index][0], nested)), nested

    lines: list[str] = []
    for index, known in enumerate(known_lines):
        if not isinstance(known, tuple):
            if holds_no_code(cut[index][1]):
                known = ()
            else:
                parsed[index] = take(index)
                known = tuple(_code_lines(parsed[index][0]))
            memo[keys[index]] = known
        lines.extend(known)
    _know_code_lines(walk, lines)
    headings: list[tuple[int, int, str]] = []
    above = walk.deck  # the heading prose steps are under (prose_steps.find): one piece's last for the next
    for index, (offset, piece) in enumerate(cut):
        def run(index: int = index, above: str = above) -> tuple[object, ...]:
            blocks, nested = take(index)
            # a piece ends before a heading: no code block follows it, no prose step runs on past it
            _walk_blocks(walk, blocks, person.hints, prose_steps.find(blocks, above))
            for block in blocks:
                if isinstance(block, Heading):
                    above = strip_numbering(block.text) or above
            return tuple((b.line, b.level, b.text) for b in blocks if isinstance(b, Heading)), tuple(nested), above
        found, deep, above = incremental.read_piece(
            walk, memo, salt=salt, text=piece, text_key=keys[index], first_line=offset, given=above, run=run,
            sources=sources)
        parsed.pop(index, None)
        headings.extend(found)
        skipped.extend(deep)
    return headings


def _prompted_programs(walk: Walk) -> tuple[str, ...]:
    """The programs whose lines after a bare ``#`` may be typed at a root prompt: those the code blocks run
    often, and the program the title names (``title: awk 명령어`` over ``# awk '/x/' marks.txt`` and its output)."""
    return (*walk.fenced_programs, walk.tool) if walk.tool else walk.fenced_programs


def _walk_blocks(walk: Walk, blocks: list[Block], hints: Hints, told: dict[int, prose_steps.ProseStep]) -> None:
    glossed: set[int] = set()  # paragraphs read as the gloss of the command line above them
    for n, block in enumerate(blocks):
        walk.block += 1
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        walk.next_code_line = following.line if isinstance(following, Code) else None
        walk.next_code_inside = (
            isinstance(following, Code) and isinstance(block, Para) and bool(block.lists)
            and following.lists[: len(block.lists)] == block.lists
        )
        walk.hint = hints.hint_for(block.line)
        if output_callouts.inside(walk, block.line):
            continue  # "> [!quote]- Output example" and what it holds: what one run printed
        if walk.pending is not None and below_block.follows(walk, block):
            continue
        if walk.man_command is not None and not isinstance(block, Heading) and man_pages.skips(walk):
            continue  # a man page's "SEE ALSO", "COPYRIGHT": nothing to learn (warned at its heading)
        if walk.byline and not isinstance(block, Heading):
            continue  # "## Copyright" / "- License GPLv3+: …": who wrote it and under what terms (warned at its heading)
        if isinstance(block, Heading):
            before = len(walk.notes)
            _heading(walk, block)
            if walk.byline:
                continue
            if walk.man_command is not None:
                man_pages.heading(walk, block)  # "OPTIONS": a section of the page's command, its name no term
                if walk.man_section is not None:
                    continue
            if len(walk.notes) == before and walk.heading_command is None and walk.heading_term is None:
                heading_gloss.read(walk, block, blocks, n + 1)
            if len(walk.notes) == before and walk.heading_command is None:
                link_headings.read(walk, block, blocks, n + 1)  # "## Homebrew - The Missing …" / "* https://brew.sh/"
            if len(walk.notes) == before and walk.heading_command is None and walk.heading_term is None:
                name_expansions.heading(walk, block)  # "# KIND - Kubernetes In Docker"
            if len(walk.notes) == before and walk.heading_command is None:
                term_dash_headings.read(walk, blocks, n)  # "#### Kernel - 운영체제의 핵심" / "#### Shell - …"
        elif isinstance(block, Para) and walk.man_command is not None and man_pages.para(walk, block):
            pass  # "direnv fetchurl - Fetch a URL to disk" under "NAME", "<url>" / "    A HTTP URL …" under "OPTIONS"
        elif isinstance(block, Para) and n in told and isinstance(following, Code):
            prose_steps.read(walk, block, told[n], following)
        elif isinstance(block, Para) and not block.first and item_glosses.read(walk, block, blocks, n):
            pass  # "- `cargo fetch`" / "  Fetch dependencies": the item's second paragraph glosses its command
        elif isinstance(block, Para) and n in glossed:
            pass  # the gloss of the command line above it, read with that line
        elif isinstance(block, Para) and place_items.read(walk, blocks, n, glossed):
            pass  # "* * * * * command" / "- 앞에서부터 `*`에" / "  - 분" …: what each place of the line holds
        elif isinstance(block, Para) and span_glosses.read(walk, blocks, n, glossed):
            glossed.add(n + 1)  # "`tool prune [--keep N]`" / "오래된 백업을 지웁니다.": the line, then what it does
        elif isinstance(block, Para) and label_lines.under_item(walk, block, blocks, n):
            pass  # "- 압축 파일 풀기:" / "`tar xf 파일.tar`": tldr's item, then its command line outside the list
        elif isinstance(block, Para):
            said = (len(walk.notes), len(walk.warnings), len(walk.unread))
            _para(walk, block)
            if (len(walk.notes), len(walk.warnings), len(walk.unread)) == said:  # read by no rule
                # (a man page's section, "DESCRIPTION", is no term the paragraph defines)
                if (walk.man_section is not None or not heading_terms.read(walk, block)) and not meaning_sentences.read(walk, block):  # "X 뜻은 …"
                    if not program_topics.read(walk, block) and not question_options.read(walk, block):
                        question_lines.read(walk, block)  # "무엇을 보여 주나?" / "…": a card without its '?' line
        elif isinstance(block, Code):
            if walk.warned_list == walk.block - 1 and walk.warned_depth and len(block.lists) >= walk.warned_depth:
                walk.warned_list = walk.block  # a block indented into an item of a list found not to be a procedure
            listed = fence_lists.blocks(block)  # "```" / "- sout : System.out.println" / "```": a list, fenced
            if listed is not None:
                _walk_blocks(walk, listed, hints, {})
            elif git_aliases.read(walk, block):
                pass  # "```ini" / "[alias]" / "# Undo the last commit" / "undo = reset --soft HEAD~"
            elif makefiles.read(walk, block):
                pass  # "```makefile" / "clean: ## remove build artifacts" / "<tab>rm -fr build/"
            elif not heading_keys.read_code(walk, block):  # "## Split the editor" / "```" / "Ctrl+\\" / "```"
                code.read(walk, block)
        else:
            tables.read(walk, block)


def _too_deep(walk: Walk, skipped: list[tuple[int, int]]) -> None:
    """Say which lines were nested too deeply to read (nested ranges said once)."""
    end = 0
    for first, last in sorted(skipped):
        if first > end:
            levels = MAX_NESTING // 2 - 1
            walk.warnings.append(ExtractWarning(first, _(
                "line {first} is nested too deeply (a list or quote more than {levels} levels in) "
                "and was not read; indent it less"
            ).format(first=first, levels=levels) if first == last else _(
                "lines {first}-{last} are nested too deeply (lists or quotes more than {levels} levels in) "
                "and were not read; indent them less"
            ).format(first=first, last=last, levels=levels)))
        end = max(end, last)


# -- headings ------------------------------------------------------------------


_BULLET_MARKS = lazyre.pattern(r"^[-–•·]+\s+")
# "push의 --mirror 옵션", "commit 의 --amend 옵션": an option of the sub-command named before it
# "`--mirror` 옵션을 이용하면 …", "-f 옵션을 쓰면 …": a sentence that says what using the option does
_OPTION_USING = lazyre.pattern(r"--?[A-Za-z][\w-]*`?\s*옵션을\s*(?:이용|사용|쓰|주|붙이)")
_OWNED_FLAG_HEADING = lazyre.pattern(r"([a-z][\w-]*)\s?의\s+(--?[A-Za-z][\w-]*)\s+(?:옵션|플래그)")
_FLAG_HEADING = lazyre.pattern(r"(--?[A-Za-z][\w-]*(?:=\S+)?)(?:\s+(?:options?|옵션|플래그|flag))?:?", re.IGNORECASE)
_TERM_HEADING = lazyre.pattern(r"^(\S+(?:\s\S+)?)\s+[-–:]\s+(.+)$")
_OPENING_BRACKET = lazyre.pattern(r"[\[<{(]")
_ITEM_HEADING = lazyre.pattern(r"\s*(?:[-*+]|\d+[.)])\s+#{1,6}\s")  # "- ### -d:": a heading opening a list item


def _heading(walk: Walk, block: Heading) -> None:
    if walk.root_label is not None and root_prompts.heading(walk, block):
        return  # "1. 오늘 날짜 로그 보기" / "# journalctl --since=today": a root prompt, not a heading
    previous = walk.sections[-1] if walk.sections else None
    pending_command = walk.heading_command
    adjacent = walk.heading_block == walk.block - 1  # nothing between the last heading and this one
    while walk.sections and walk.sections[-1].level >= block.level:
        walk.sections.pop()
    text = _BULLET_MARKS.sub("", block.text).strip() or block.text  # "## - 특징", not "### --dry-run"
    walk.sections.append(Section(block.level, text))
    walk.options_block = False
    walk.item_commands.clear()
    walk.item_concepts.clear()
    walk.item_option = None
    walk.heading_command = None
    walk.heading_term = None
    walk.heading_flag = None
    walk.heading_option = None
    walk.heading_question = None
    walk.flag_examples.clear()
    walk.step_depth = None
    walk.procedure = None
    # "## Install" / "1. …" / "2. …" / "#### Example" / a block / "3. …": a label heading deeper than the list's own
    # sets an example inside the list, which goes on after it under its own name
    inside = previous is not None and block.level > previous.level and is_label(text) and walk.numbered is not None
    walk.numbered = walk.numbered if inside else None
    walk.explained = None
    walk.prose = None
    walk.prose_heading = False
    walk.lead_in = None
    walk.example = None
    walk.heading_item = None
    walk.heading_block = walk.block
    walk.heading_line = block.line
    walk.question = cribs.question(block.text)
    walk.byline = _byline(walk, block)
    if walk.byline:
        return
    if block.level == 1:
        walk.read_title(text)  # "# git 정리", "# vim-multiple-cursors": what the notes are called, about
    if walk.tool is None and block.level <= 2:
        # "# `shred` - overwrite a file …": the name in backticks, not a word of what it does ("file")
        walk.tool = code_titles.program(walk, block) or program_named(text) or (
            titled_and_run(text, walk.fenced_programs) if block.level == 1 else None)  # "# xsel" over `$ xsel …` lines
    if code_titles.read(walk, block):
        return
    bare = _PROMPT.sub("", strip_numbering(text))  # "1.1. # systemctl start [Service]": a root prompt
    if key_headings.read(walk, bare, block.line):  # "#   ~.  - terminate session" under "# SSH escapes:"
        return
    if key_dash_headings.read(walk, bare, block.line):  # "#### 셀 병합 - Shift + M": what to do, then the keys
        return
    if cribs.program_command(walk, bare, block.line) or cribs.command_with_remark(walk, bare, block.line):
        return
    if _options_of(walk, bare):
        return
    question = _WHAT_IS.fullmatch(strip_markers(bare).lstrip("*• ").strip())
    asked = _asked_command(question.group("term")) if question else None
    if asked is not None:
        bare = asked  # "## git stash란?": a heading naming the command, what is under it says what it does
    elif question:  # "### 프로파일이란?", "## What is a remote?": the paragraph under it is the definition
        walk.heading_question = clean(question.group("term"))
    if _OPTIONS_LABEL.match(bare):
        walk.options_block = True
        # "### git reset [옵션] [커밋 아이디]" then "### 옵션 : --hard --soft": still git reset
        if previous is not None and previous.command and previous.level == block.level:
            walk.set_command(previous.command)
            walk.heading_command = pending_command
        return
    owned = _OWNED_FLAG_HEADING.fullmatch(bare)
    owner = sub_command(walk.program, owned.group(1)) if owned and walk.program else None
    if owned and owner:
        # "### push의 --mirror 옵션" in notes about git: the option of that sub-command
        walk.set_command(owner)
        walk.heading_flag = owned.group(2)
        walk.heading_option = ([owned.group(2)], block.line)
        return
    flag = _FLAG_HEADING.fullmatch(bare)
    # "### `-s` option" with no command to own it: the text under it is still that option's meaning, and
    # add_option warns that no command is named (it is not the block's description: adb -s is no command)
    if flag:  # "### --dry-run=client", "### `-s` option"
        walk.heading_flag = flag.group(1)
        walk.heading_option = ([flag.group(1)], block.line)
        return
    glossed = option_spellings(_unglossed(bare), bare_ok=False)
    if glossed:  # "### -P (partial + progress)", "### -a, --archive"
        walk.heading_option = (glossed, block.line)
        return
    term = _TERM_HEADING.match(bare)
    spelled = option_spellings(term.group(1), bare_ok=False) if term and term.group(1)[:1] in "-`" else None
    if term and spelled and not looks_like_command(term.group(2)):
        # "### -f : 파일의 inode를 follow한다": the option, then what it does, of the command the notes are about
        walk.add_option(spelled, term.group(2), walk.command(), block.line, reason="heading `option : meaning`")
        walk.heading_flag = spelled[0]  # the blocks under it are its examples
        return
    if term and looks_like_command(term.group(1)) and not _korean_prose(term.group(1)):  # not "container 실행 - …"
        invocation = parse_invocation(term.group(1))
        if invocation and " " in invocation.command:
            walk.set_command(invocation.command)
            walk.add_command(invocation, term.group(2), block.line, reason="heading `command - description`")
        else:
            walk.heading_term = (term.group(1), term.group(2), block.line)
        return
    program = _PROGRAM_HEADING.fullmatch(strip_markers(bare))
    if (
        program
        and program.group(1).lower() in PROGRAMS
        and program.group(0) != program.group(1).lower()
        and sub_command(walk.program, program.group(1)) is None  # "### Diff" in notes about git: git diff
        and (program.group(0) != program.group(1) or walk.program in (None, program.group(1).lower()))
        # "## More commands", "## Less used commands": more of them, not the pager's
        and not (program.group(1).lower() in _COMPARATIVES and program.group(0).lower().endswith("commands"))
    ):
        # "### cURL", "## awk 명령어": the program itself; its first bullet says what it is
        invocation = Invocation(program.group(1).lower(), (), program.group(1).lower())
        walk.set_command(invocation.command)
        if program.group(0) != program.group(1):  # "# grep 명령어" then a paragraph: what grep is
            walk.heading_command = (invocation, block.line)
        walk.lead_in = LeadIn(invocation.command, walk.block, True, invocation=invocation, single=True)
        return
    named_sub = (
        sub_command(walk.program, program.group(1)) if program and program.group(0) != program.group(1)
        and not program.group(0).lower().endswith("commands") else None
    )
    if named_sub is not None:
        # "### Format-patch command" in notes about git: that sub-command, named with the word for command; the
        # paragraph under it says what it does
        invocation = Invocation(named_sub, (), named_sub)
        walk.set_command(named_sub)
        walk.heading_command = (invocation, block.line)
        return
    listed = _listed_command(walk, block)
    if listed is not None:
        # "## 배치 파일 명령어" / "### 1.3 `PAUSE`": a name in backticks alone, under a heading of commands, is one of
        # them as written, whether or not quizzer knows it; its first bullet says what it does
        invocation = Invocation(listed, (), listed)
        walk.set_command(listed)
        walk.lead_in = LeadIn(listed, walk.block, True, invocation=invocation, single=True)
        return
    if trailing_programs.read(walk, strip_markers(bare), block.line):  # "## 파일 내용에서 검색 grep"
        return
    candidate = _unglossed(bare)
    first_word = candidate.split(" ", 1)[0]
    rest = candidate.split()[1:]
    if (
        walk.program
        and first_word.islower()
        and first_word != walk.program
        and sub_command(walk.program, first_word)
        and all(word.startswith("-") or is_placeholder(word) for word in rest)
    ):
        candidate = f"{walk.program} {candidate}"  # "### cherry-pick --continue" in notes about git
    # a heading is a command when it is all command: "git show [커밋 아이디]", not "git diff 설정"
    prose_words = [t for t in tokenize(candidate) if _HANGUL.search(t) and not _OPENING_BRACKET.search(t)]
    prose_words += [t for t in tokenize(candidate)[1:] if t.lower() in FUNCTION_WORDS]  # "docker load image by tar"
    # "# kill all my processes:" leads into what follows; a command line does not end in a colon
    if not prose_words and looks_like_command(candidate) and not ends_in_colon(candidate):
        invocation = parse_invocation(candidate)
        # one word alone is a command only when it names a program ("## grep"), not a topic ("## init")
        if invocation is not None and (
            invocation.command in PROGRAMS
            or " " in candidate.strip() and _known_command(walk, invocation, keys=False)
            # "## exrmaketiled" in notes whose blocks type it at a "$" prompt: a program of the notes' own (the
            # document's title names what the notes are about, its bullets are no description)
            or block.level > 1 and invocation.line == invocation.command and invocation.command in walk.fenced_programs
        ):
            walk.set_command(invocation.command)
            if adjacent and previous is not None and previous.level == block.level and previous.command is not None:
                # "# git show" / "# git log" / "# git diff" with nothing between: a list written as headings;
                # the text after the last one is no more its description than the others'
                return
            walk.heading_command = (invocation, block.line)
            walk.lead_in = LeadIn(invocation.concrete, walk.block, True, invocation=invocation)
            return
    joined = _spaced_program(walk, candidate)
    if joined is not None:
        # "# path ping" over "pathping google.com": the program the blocks run, its name written as words
        invocation = Invocation(joined, (), joined)
        walk.set_command(joined)
        walk.heading_command = (invocation, block.line)
        walk.lead_in = LeadIn(joined, walk.block, True, invocation=invocation)
        return
    named = sub_command(walk.program, bare)
    if named:
        walk.set_command(named)  # "## init (초기화)" in notes about terraform
    if not _CATEGORY.search(_GLOSS.sub("", bare)) or _TASK_COMMAND.search(bare):
        # "## 명령어 (ubuntu는 예시 계정)": a category, an aside after it; "### 말하기 명령": the command for a task
        walk.prose = bare
        walk.prose_heading = True
        if term and _korean_prose(term.group(1)) and not _HANGUL.search(term.group(2)):
            walk.prose = term.group(2)  # "container 실행 - host network": the detail says what this one does
        if walk.heading_question is not None and _definition_list(walk, block.line):
            # "## cron이란?" / "- 작업을 … 스케줄링" / "- 리눅스용 작업 스케줄러": what the term is, in a list
            asked = _NUMBERED_TIGHT.sub("", walk.heading_question).rstrip(".…").strip()  # "1.cron..": the term
            walk.lead_in = LeadIn(asked, walk.block, True, question=True)
        else:
            walk.lead_in = LeadIn(bare, walk.block, lead_in_end(bare, ending_for=True) is not None)


_SPACED_NAME = lazyre.pattern(r"[a-z]+(?: [a-z]+){1,2}")


def _spaced_program(walk: Walk, heading: str) -> str | None:
    """``path ping`` when the notes' code blocks run ``pathping``: a program's name written as two or three words
    (lower case, nothing else), which the blocks run as one; None for any other heading."""
    text = heading.strip()
    if _SPACED_NAME.fullmatch(text) is None:
        return None
    name = text.replace(" ", "")
    return name if name in walk.run_programs and name not in text.split() else None


# "### 1.3 `PAUSE`", "#### `GOTO`": a heading of one name in backticks, maybe numbered, nothing else
_CODE_NAME_HEADING = lazyre.pattern(r"^\s{0,3}#{2,6}\s+(?:\d+(?:\.\d+)*\.?\s+)?`(?P<name>[A-Za-z][\w.-]*)`\s*#*\s*$")
# "## 배치 파일 명령어", "# Useful commands": a heading over commands (not "### 말하기 명령", a task's command)
_COMMANDS_HEADING = lazyre.pattern(r"(?:명령어|명령|commands)\s*$", re.IGNORECASE)


def _listed_command(walk: Walk, block: Heading) -> str | None:
    """The command a heading of one name in backticks names, under a heading of commands (``## 도스 명령어`` /
    ``### 1.2 `REM```): the name as written.  None for any other heading, and for a sub-command of the notes'
    program (read as that program's)."""
    match = _CODE_NAME_HEADING.match(walk.written(block.line) or "")
    if match is None:
        return None
    name = match.group("name")
    if walk.program and sub_command(walk.program, name) is not None:
        return None
    over = [
        _GLOSS.sub("", section.text) for section in walk.sections
        if section.level < block.level
    ]
    if not any(_COMMANDS_HEADING.search(text) and not _TASK_COMMAND.search(text) for text in over):
        return None
    return name


# "If you don't give a size, the tool uses", "When the cache is full, it drops": a condition, then its main clause
_CONDITION_LEAD = lazyre.pattern(r"^(?:if|when|unless)\s+[^,]+,\s*\S", re.IGNORECASE)
_LIST_ITEM = lazyre.pattern(r"^[-*+]\s+(?P<text>\S.*)$")
_NESTED = lazyre.pattern(r"^\s+\S")
# "… 배포되어 있다", "… 실행된다.", "It runs everywhere.": a sentence, a remark, not a phrase that says what a term is
_REMARK_END = lazyre.pattern(r"(?:다|요)\s*[.!]?\s*$|[A-Za-z]{2}\.\s*$")


def _definition_list(walk: Walk, heading: int) -> bool:
    """The list right under the heading of line ``heading`` is made of phrases that say what a term is
    ("프로세스 예약 데몬"), not of sentences about it ("윈도우용 vim도 배포되어 있다"): a list of remarks is
    no definition."""
    line, items = heading + 1, 0
    while (text := walk.written(line)) is not None and (not text.strip() or _LIST_ITEM.match(text) or _NESTED.match(text)):
        item = _LIST_ITEM.match(text)
        if item is not None:
            words = strip_markers(item.group("text"))
            if _REMARK_END.search(words) and not _DEFINES_OTHER.search(words):
                return False  # a term of its own ("로그: … 기록됨.") is read as one, it says nothing of this list
            items += 1
        elif text.strip() and not _NESTED.match(text):
            break
        line += 1
    return items > 0


def _byline(walk: Walk, block: Heading) -> bool:
    """Is the section being entered, or one around it, a byline (``## Copyright``, ``## Authors``)?  Warns at its
    heading."""
    if any(section.text.rstrip(":：").strip().casefold() in BYLINE_SECTIONS for section in walk.sections[:-1]):
        return True
    if walk.sections[-1].text.rstrip(":：").strip().casefold() not in BYLINE_SECTIONS:
        return False
    walk.warn(block.line, _(
        "line {line}: the section '{name}' says who wrote the page or under what terms; no cards made from it"
    ).format(line=block.line, name=walk.sections[-1].text))
    return True


def _under_item_heading(walk: Walk, block: Para) -> bool:
    """The paragraph right under a heading written inside a list item (``- ### -d:`` / ``  Highlights …``)."""
    return (
        len(block.lists) == 1 and walk.heading_block == walk.block - 1
        and _ITEM_HEADING.match(walk.written(walk.heading_line) or "") is not None
    )


def _unglossed(text: str) -> str:
    """``text`` without the ``(gloss)`` at its end; no "(", no gloss (and no search)."""
    return _GLOSS.sub("", text) if "(" in text else text


_VALUE_WORD = lazyre.pattern(r"[\w.:/@-]*\w")


def _glosses_line_below(walk: Walk, block: Para, invocation: Invocation) -> bool:
    """``# nc`` / ``receive input on port 1337`` / ``    nc -l 1337``: the paragraph right over a code block names an
    argument of the block's line (a value, not the command's words nor a flag): it says what that line does, not
    what the heading's command is."""
    if not walk.code_next(block.line + block.inline.raw.count("\n")) or walk.next_code_line is None:
        return False
    at = walk.next_code_line
    first = walk.written(at) or ""
    if first.lstrip().startswith(("```", "~~~")):
        first = walk.written(at + 1) or ""
    below = parse_invocation(strip_prompt(first.strip())) if looks_like_command(strip_prompt(first.strip())) else None
    if below is None or below.command.split()[0] != invocation.command.split()[0]:
        return False
    words = set(invocation.command.split()) | set(below.command.split())
    values = {word for word in tokenize(below.line) if word not in words and not word.startswith("-") and len(word) > 1}
    said = set(_VALUE_WORD.findall(block.inline.raw))
    return bool(values & said)


def _bold_alone(block: Para) -> bool:
    """``**Push options**`` on a line of its own: a heading set in bold, naming what follows."""
    spans = block.inline.spans
    return len(spans) == 1 and spans[0].kind == "strong" and "\n" not in spans[0].text


def _options_of(walk: Walk, text: str) -> bool:
    """``grep 옵션``, ``Options for push:``: what follows are that command's options."""
    if _OPTIONS_FIRST.match(text) is None and _OPTIONS_LAST_REVERSED.match(text[::-1]) is None:
        return False  # (most text)
    match = _COMMAND_OPTIONS.match(text)
    if not match:
        return False
    named = (match.group("before") or match.group("after") or "").strip("`*_ ")
    invocation = parse_invocation(named) if looks_like_command(named) else None
    command: str | None = None
    if invocation is not None and invocation.command.split()[0] in PROGRAMS | {walk.tool}:
        command = invocation.command
    elif match.group("after") and invocation is not None and invocation.command in (walk.program, walk.fenced_program):
        command = invocation.command  # "Options of nginx" in notes whose lines run nginx: that program's
    else:
        command = sub_command(walk.program, named)
    if command is None:
        return False
    walk.set_command(command)
    walk.options_block = True
    return True


# -- paragraphs ----------------------------------------------------------------


# the rules asked first of every paragraph, in three runs between the tests _para makes itself; like the list
# items' (_ITEM_RULES) each declares above its definition the facts of a block without which it reads nothing
_FIRST_RULES = Chain(
    (syntax_sentences.read, Shape.BLOCK),  # "Rsync follows a simple syntax: rsync [options] SRC DEST.": the usage line
    (qa_pairs.read, Shape.BLOCK),  # "**Q:** … **A:** …": the person wrote the card
    (label_values.read_quote, Shape.BLOCK),  # "* Serves files from" / "> /usr/share/nginx/html": what the label names
    (option_alone.read, Shape.BLOCK),  # "## 출력 없이 검사만 하는 옵션" / "> --dry-run": the heading says what the option is for
    (slot_values.read, Shape.BLOCK),  # "`find [경로] [조건]`" … "### 조건" / "`name` : 이름으로 검색": options of find
    (slot_values.read_item, Shape.BLOCK),  # "`chmod (operator) 파일`" … "- operator" / "  - `+`: 권한 추가"
    (defaulted_terms.read, Shape.BLOCK),  # "- swap (default: 0)" / "  - 메모리가 모자랄 때 …": a setting, what it is
    (example_pairs.read, Shape.BLOCK),  # "- 예시" / "  - `chmod go+w a.txt`" / "  - 쓰기 권한 부여": the line, what it does
    (quoted_commands.read, Shape.BLOCK),  # "### 통계와 함께 보기" / "> **_git log --stat_**": the heading says what it does
    (pipe_rows.read, Shape.BLOCK),  # "| Shift+'-' | 줄의 맨 처음으로 |" / "| '-' | 이전 줄로 |": rows with no delimiter row
)
# the sentences read of a paragraph (not quoted, the first of its item) whatever else reads it: each is asked in turn
_READ_ON_RULES = Chain(
    (narrative.definition_sentence, Shape.BLOCK),  # "The `diff` command is …"
    (narrative.command_which, Shape.BLOCK),  # "… the `fs_usage` command, which traces …"
    (narrative.flag_which, Shape.BLOCK),  # "Git commands offer a `--no-verify` flag which …"
    (narrative.option_enabled, Shape.BLOCK),  # "`zsh` has … the `hist_ignore_space` option. With that option enabled, …"
    (narrative.running_sentence, Shape.BLOCK),  # "Running `git status` shows …"
    (name_expansions.sentence, Shape.BLOCK),  # "curl (Client URL) is a tool …"
    (narrative.program_is, Shape.BLOCK),  # "Pacman is the package manager for …"
    (narrative.term_ran, Shape.BLOCK),  # "Docker compose란, … 기능이다."
    (narrative.title_phrase, Shape.BLOCK),  # "# Grype" / "Security scanning CLI tool for …"
    (narrative.title_term, Shape.BLOCK),  # "# access control list (acl)" / "The access control list provides …"
    (shorthands.read, Shape.BLOCK),  # "For example, `:8080` expands to `http://localhost:8080`."
)
_SETTING_RULES = Chain(
    (flag_settings.read, Shape.BLOCK),  # "`-an` 옵션으로 오디오는 처리하지 않음을 설정" / "`-f` 옵션에 null로 설정하여 …": a flag each
)


# "> [참고 자료](https://…)": a quoted line that is a link and nothing else
_QUOTED_LINK = lazyre.pattern(r"\s*(?:>\s*)+(?:\[[^\]]*\]\([^)\s]*\)|<[a-z]+://[^>\s]*>)\s*")


def _para(walk: Walk, block: Para) -> None:
    block = dash_steps.caption(walk, block) or block  # "2 - Start it:" over its block, one of a section's: the caption
    block = linked_programs.as_code(walk, block) or block  # "[oxipng](…) is a …": the name of a program the notes run
    heading_lead = walk.lead_in
    if (
        heading_lead is not None and heading_lead.block == walk.block - 1 and block.quote and not block.lists
        and "\n" not in block.inline.raw.strip() and _QUOTED_LINK.fullmatch(walk.written(block.line) or "")
    ):
        # "## SCP 명령어" / "> [참고 자료](https://…)" / "- 파일 송수신": a reference set apart right under the heading;
        # the items after it are still said of the heading
        heading_lead.block = walk.block
        return
    facts = facts_of(block)
    if walk.quoted_term is not None and quoted_definitions.read(walk, block):
        return  # "[CTEs](…) are:" / "> Named result sets …": the term and its definition
    if _FIRST_RULES.first(walk, block, 0, facts):
        return
    quoted_definitions.lead(walk, block)  # "[CTEs](…) are:": a quote right below would define it (read on)
    option_value_items.lead(walk, block)  # "The `-f` option accepts the following values:": items below are values
    ways_of.lead(walk, block)  # "You can do this in a couple of ways:": the items below are ways to do the task above
    if _KEY_RULES.first(walk, block, 0, facts):
        return
    if not block.quote and block.first:
        _READ_ON_RULES.each(walk, block, 0, facts)
    elif block.first and block.inline.raw[:2] == "[!":
        narrative.program_is(walk, block)  # "> [!quote] Vim is a … editor": a callout defining the notes' program
    if not block.lists and not block.quote:
        cribs.command_sentence(walk, block)
        if cribs.answer(walk, block):
            return
    text = strip_markers(block.text)
    option, walk.heading_option = walk.heading_option, None
    if option and (not block.lists or _under_item_heading(walk, block)) and not block.quote and not looks_like_command(text):
        # "### -d" / "Highlights …", or "- ### -d:" / "  Highlights …": the heading inside the item, its gloss below
        command = walk.command()
        if walk.next_code_line is not None and (command is None or command in GROUPS or command in VERB_PROGRAMS):
            # "### --soft" / its gloss / "$ git reset --soft HEAD~1": whose option it is, the line under the gloss says
            command = fence_below.owner(walk, option[0], walk.next_code_line - 1) or (
                command and fence_below.default_owner(walk, text, walk.next_code_line - 1, command)) or command
        walk.add_option(option[0], text, command, block.line, reason="heading naming an option, paragraph under it")
        walk.heading_flag = None
        return
    if (
        option and len(block.lists) == 1 and block.first and not block.lists[-1].ordered and not block.quote
        and walk.heading_block == walk.block - 1 and not looks_like_command(text) and _OPTION_USING.search(text)
        and _OWNED_FLAG_HEADING.search(walk.written(option[1]) or "")
    ):
        # "### push의 --mirror 옵션" / "- `--mirror` 옵션을 이용하면 … 할 수 있다.": the first bullet says what it does
        walk.add_option(option[0], text, walk.command(), block.line, reason="heading naming an option, first bullet under it")
        walk.heading_flag = None
        return
    question, walk.heading_question = walk.heading_question, None
    if question and not block.lists and not block.quote and not looks_like_command(text) and len(text) <= 300:
        walk.add(Kind.CONCEPT, term=question, front=question, back=text, command=None, line=block.line,
                 reason="heading asking what a term is, paragraph under it")
        walk.prose = None
        return
    container = None if block.lists or block.quote or "\n" in text else CONTAINER.match(text)
    if container:
        # "::: info 전원옵션 > 최대성능 활성화" … ":::": a box whose title heads what is inside, like a heading
        if container.group("title"):
            walk.prose, walk.prose_heading, walk.prose_block = container.group("title"), True, walk.block
        return
    if not block.lists and opens_prompt(text):
        # "> 어드민 권한으로 Command Prompt실행" over a block: where to type it; the heading still says what it does
        walk.warn(block.line, _(
            "line {line}: the sentence says where to type the commands, not what they do; no card made from it"
        ).format(line=block.line))
        return
    if not block.lists and not block.quote and _ASIDE_KO.search(text) and walk.prose_heading and walk.prose is not None \
            and walk.heading_block == walk.block - 1 and walk.next_code_line is not None:
        # "### homebrew 업데이트" / "기본적으로 … 자동으로 업데이트를 진행하지만, 일단 알아두자." / the block: a word to the
        # reader beside what the heading says the block does; the heading still says it
        walk.unless_read(block.line, _(
            "line {line}: a remark beside the description above, not what a command does; no card made from it"
        ).format(line=block.line))
        return
    if not block.lists and not block.quote and _REQUIREMENT.match(text):
        # "You have to be in the `dialout` group to access /dev/ttyS0" over a block: what the reader needs first,
        # not what the block's line does; the heading or sentence above still says that
        walk.unless_read(block.line, _(
            "line {line}: the sentence says what is needed before running the block, not what it does; "
            "no card made from it"
        ).format(line=block.line))
        if walk.prose is not None and walk.prose_block == walk.block - 1:
            walk.prose_block = walk.block
        return
    if not block.lists and not block.quote and is_premise(text):  # "Given `install:` as the default target …": the scene, not what a line does
        walk.prose = None
        walk.unless_read(block.line, _(
            "line {line}: the sentence sets up a situation, it does not say what a command does; no card made from it"
        ).format(line=block.line))
        return
    placeholder = None if block.lists else names_placeholder(block)
    if placeholder is not None:  # "For `<RECIPIENT>` you can use …": about an argument, not what a line does
        walk.prose = None
        walk.unless_read(block.line, _(
            "line {line}: the text explains the placeholder {name}, not what a command does; no card made from it"
        ).format(line=block.line, name=placeholder))
        return
    pending, walk.heading_command = walk.heading_command, None
    if pending and not block.lists and not block.quote and block.inline.one_line and _SEE_LINK.match(
            (walk.written(block.line) or "").strip()):
        # "# openssl" / "See [OpenSSL homepage](https://…).": a page to read, not what the command does
        walk.unless_read(block.line, _(
            "line {line}: the text says where to read more, not what a command does; no card made from it"
        ).format(line=block.line))
        walk.prose = None
        return
    if pending and block.quote and not block.lists and _quoted_manual(walk, text, pending[0].command):
        # "# du 명령어" / "> The du utility displays …" / "- 디렉토리와 … 용량을 표시": the manual quoted in English over
        # Korean notes; the notes' own words after it say what the command does
        walk.heading_command = pending
        if walk.lead_in is not None and walk.lead_in.block == walk.block - 1:
            walk.lead_in.block = walk.block  # the bullets after the quote are still right under the heading
        return
    if pending and not block.lists and not block.quote and _wish_then_do(text, pending[0].command):
        # "### alias" / "If you want `git` to run hub, write this to `.zshrc`": what to do for a wish, naming not the
        # heading's command: a how-to of the section, not what the command does
        walk.unless_read(block.line, _(
            "line {line}: the sentence says what to do if you want something, not what '{command}' does; no card "
            "made from it"
        ).format(line=block.line, command=pending[0].command))
        walk.prose = None
        return
    lead_in = ends_in_colon(text)  # "Pack a folder:" leads into what follows, it is no meaning
    first_line, _newline, second_line = block.inline.raw.strip().partition("\n")
    listed = second_line.lstrip().startswith((": ", "：")) and "\n" not in second_line  # "term" / ": definition"
    if pending and not block.lists and not block.quote and example_lines.read(walk, block, lambda term, line: _term(walk, term, line, depth=0)):
        return  # "### run" / "ex) docker run …" / "[옵션]" / "-i: …": an example, a label, an option: each its own line
    if option_lines.read(walk, block, pending[0] if pending else None):
        return  # "### tar" / "-c create \\" / "-x extract": an option and its meaning on each line
    if pending and opens_with_example(first_line):
        walk.unless_read(block.line, _(
            "line {line}: an example under the heading of '{command}', not what it does; no card made from it"
        ).format(line=block.line, command=pending[0].command))
    story = pending is not None and not block.lists and not block.quote and narration.tells_story(text, pending[0].command)
    if story and pending:
        # "# git bisect" / "I extracted this from my weeknotes to make it easier to find.": the author's story, said
        # of no command; what comes after may still read
        walk.unless_read(block.line, _(
            "line {line}: the paragraph tells what the author did, not what '{command}' does; no card made from it"
        ).format(line=block.line, command=pending[0].command))
    if (
        pending and not story and not lead_in and not listed and not block.lists and not block.quote and not _term_lines(walk, block, depth=0, dry=True)
        and not is_label(strip_markers(first_line))  # "**Example**" / "`Kodi`": an example, not what it does
        and not is_list_title(strip_markers(text))  # "Some useful flags": the title of what the notes list
        and not opens_with_example(first_line)  # "ex) docker run -p 80:80 web": an example line
        and not _bold_alone(block)  # "**명령 옵션**": a heading set in bold over what follows, not what it does
        and not names_a_way(first_line)  # "압축 푸는 방법": the name of a way, not what it does
        and not _glosses_line_below(walk, block, pending[0])  # "receive input on port 1337" / "    nc -l 1337"
    ):
        titled = name_expansions.code_title(block, pending[0].command)
        if titled is not None:
            # "# ping" / "`ping packet internet groper`" / "- 네트워크 연결 상태 점검": the words the name stands for,
            # a concept on its line; the lines after it say what the command does
            name_expansions.add(walk, pending[0].command, titled[0], block.line)
            walk.add_command(pending[0], _unbullet(titled[1]), block.line + 1, reason=PARAGRAPH_UNDER)
            walk.prose = None
            return
        split = definitions.second_definition(pending[0].command, block.inline.raw)
        if split is not None:  # "nohup은 …명령어이며, HUP 신호는 …이다": two definitions, two notes
            walk.add_command(pending[0], split[0], block.line, reason=PARAGRAPH_UNDER)
            walk.add(Kind.CONCEPT, term=split[1], front=split[1], back=split[2], command=None, line=block.line,
                     reason="sentence: the command은 … 이며, TERM은 … 이다 (a second definition)")
            walk.prose = None
            return
        asked = _after_asking(block.inline.raw, pending[0].command)  # "Screen이란?" / "Screen이란 … 도구입니다."
        if _says_kind(asked or text):
            # "## 07 gzip" / "gzip은 파일 압축에 쓰이는 응용 소프트웨어이다. …": what the program is, a definition
            defined = _first_clause(clean(_FOOTNOTE_MARK.sub("", asked or block.inline.raw)))
            walk.add(Kind.CONCEPT, term=pending[0].command, front=pending[0].command, back=defined, command=None,
                     line=block.line + (asked is not None), reason="heading naming a program, a paragraph saying what it is")
            walk.prose = None
            return
        walk.add_command(
            pending[0],
            _naming_sentence(block, pending[0].command)
            or _without_other_subject(walk, _without_pointer(walk, _unbullet(block.inline.raw), block.line), block.line,
                                      pending[0].command),
            block.line, reason=PARAGRAPH_UNDER,
        )
        walk.prose = None
        return
    if not block.quote and (not block.lists or block.first and "\n" not in text) and _options_of(walk, text):
        return  # "grep 옵션" alone, or as an item over the options ("* reset 옵션" / "  * **--soft** : …")
    if _SETTING_RULES.first(walk, block, 0, facts):
        return
    sentence = _OPTION_SENTENCE.match(text)
    if sentence and not block.quote:  # "-g 옵션으로 글로벌 패키지 설치"
        spellings = option_spellings(sentence.group(1), bare_ok=False)
        owner = walk.command()
        if spellings and walk.next_code_line is not None and (owner is None or owner in GROUPS or owner in VERB_PROGRAMS):
            spellings = None  # "--profile 옵션으로 … 시작할 수 있다" over a block: it describes the block's line
        meaning = sentence.group(2)
        if spellings and _DONE.fullmatch(meaning.strip()):
            # "### 디렉토리 압축하기" / "`-r` 옵션을 주면 된다.": "give -r and it is done": the heading says what -r does
            if not (walk.prose_heading and walk.prose and walk.heading_block == walk.block - 1):
                walk.unless_read(block.line, _(
                    "line {line}: the sentence says to give the option, not what it does; no card made from it"
                ).format(line=block.line))
                return
            meaning = walk.prose
        if spellings:
            walk.add_option(spellings, meaning, walk.command(), block.line, reason="`-x 옵션으로 …` sentence")
            return
    if _USE_RULES.first(walk, block, 0, facts):
        return
    if name_lines.read(walk, block):
        return  # "**top** -- display and update …": a manual's NAME line, the program and what it does
    if (
        walk.prose and walk.prose_heading and not block.lists and not block.quote and names_task(walk.prose)
        and _use_line(walk, block)
    ):
        return  # "## listing the biggest folders" / "Use `du -sh * | sort -rh`.": the line the heading's task takes
    if (
        walk.prose and not block.lists and not block.quote
        # "Scan the table" / "`aws dynamodb scan …`" with no block after: the line in backticks is the one it does
        and (walk.prose_heading or walk.prose_block == walk.block - 1 and walk.next_code_line is None and code_only(block))
        and _command_lines(walk, block)
    ):
        return
    syntax = _SYNTAX.match(text)
    if syntax:
        walk.syntax(syntax.group(1), block.line, reason="`Usage:` line")
        return
    if _OPTIONS_LABEL.match(text):
        walk.options_block = True
        return
    if block.lists and run_to.read_labelled(walk, block):
        return  # "- Closing the shell: Type `exit` and press `Enter` to leave it.": the sentence after the label
    if block.lists:
        _list_item(walk, block, facts)
        return
    starts_plain = bool(block.inline.spans) and block.inline.spans[0].kind != "code"  # not "`:w` 저장, …"
    if text.startswith((":", "：")) and starts_plain and walk.prose and len(walk.prose) <= 50:
        # "# Docker compose" / ": 단일 서버에서 …": a definition under its heading
        walk.add(
            Kind.CONCEPT, term=walk.prose, front=walk.prose, back=text[1:], command=None, line=block.line,
            reason="heading, then `: definition`",
        )
        walk.prose = None
        return
    if not block.lists and not block.quote and (_source_lines(walk, block) or _ADDRESS.fullmatch(text.strip())):
        # "source: https://…", "Details: https://…", "<https://…>" alone between a heading or sentence and its
        # block: where the notes come from, never what the block does; what the heading or sentence says still holds
        # (so are several such lines, one a link: "Link: [스타일 가이드](https://…)" over "Link: [API](https://…)")
        walk.unless_read(block.line, _(
            "line {line}: a label and an address, where to read more, not what a command does; no card made from it"
        ).format(line=block.line))
        if walk.prose is not None and walk.prose_block == walk.block - 1:
            walk.prose_block = walk.block
        return
    if (
        text.rstrip().endswith(("?", "？")) and not block.lists and not block.quote and "\n" not in text
        and _ASIDE_QUESTION.match(text)
        and starts_plain and block.inline.spans[-1].kind != "code"  # "`drc` … see `dr?`": a command asked about
    ):
        # "well, that's important, right?", "notice the `missing` bit?", "or delete the key?" between a heading
        # or label and its block: a word to the reader, not what the block does; what is above still holds
        walk.unless_read(block.line, _(
            "line {line}: a question put to the reader, not what a command does; no card made from it"
        ).format(line=block.line))
        if walk.prose is not None and walk.prose_block == walk.block - 1:
            walk.prose_block = walk.block
        return
    remark = _REMARK.match(text)
    if not block.lists and not block.quote and _SEE_DETAILS.match(text):
        # "자세한 내용은 [공식 문서](…)를 참고해주세요.", "For more details, see the manual.": where to read more
        walk.unless_read(block.line, _(
            "line {line}: the text says where to read more, not what a command does; no card made from it"
        ).format(line=block.line))
        if not (walk.prose_heading or walk.prose_block == walk.heading_block + 1):
            walk.prose = None  # what the section's first sentence says still holds; a remark on an earlier block does not
        return
    # "> :warning: **Do not share it!**: …": a quote drawn as a warning, the picture its label
    label = remark_picture(walk.written(block.line) or "") if block.quote and not block.lists else None
    if label is None and remark and starts_plain and (
        remark.group("see") or _folded(remark.group("label")) in REMARK_LABELS
    ):
        label = (remark.group("see") or remark.group("label")).strip()
    if label is not None:
        # "Note: unlike apt, …", "See also [casks](…)." after what a section does: a remark beside it,
        # never what the block below does; the description above (a sentence, the heading) still holds
        walk.unless_read(block.line, _(
            "line {line}: a remark ({label}) beside the description above, not what a command does; no card made from it"
        ).format(line=block.line, label=label))
        if not (walk.prose_heading or walk.prose_block == walk.heading_block + 1):
            walk.prose = None  # what the section's first sentence says still holds; a remark on an earlier block does not
        return
    walk.lead_in = None
    if not block.lists and (leading := lead_in_end(text, ending_for=True)) is not None and len(text) <= 80:
        lead = text[: leading.start()].strip()
        if _DONE_AS_BELOW.search(lead):
            # "설정 충돌을 막으려고 테마는 아래처럼 고른다:" over "- 집 PC는 …" items: how the writer does it, a
            # sentence; no term the items explain
            walk.unless_read(block.line, _(
                "line {line}: the sentence says to do as the list below says; it is no term the list explains, "
                "no card made from it"
            ).format(line=block.line))
        elif not _CONDITION_LEAD.match(lead):
            # "If you leave the mode out, the tool picks:" over "- fast for …" items: a condition and what follows
            # from it, a sentence; no term the items explain (the items stay for the rules of their own)
            walk.lead_in = LeadIn(lead, walk.block, True)
    if _term_lines(walk, block, depth=0):
        walk.prose = None
        return
    if label_lines.read(walk, block) or label_lines.under_heading(walk, block):
        return  # "Free the page cache:" / "`sync; echo 1 > /proc/sys/vm/drop_caches`"; "## 서버 실행" / "`hugo server`"
    aside = None if block.lists or block.quote or "\n" in text else _LABEL_ASIDE.match(text)
    if aside:
        # "restore a backup: (be sure it is the right disk!)": a lead-in with a word of caution, not a term and
        # its definition; the lead-in says what the lines after it do
        walk.prose, walk.prose_heading, walk.prose_block = clean(aside.group("label")), False, walk.block
        walk.prose_code, walk.prose_quote = (walk.block, block.line, ()), False
        return
    term = None if cribs.label_over_code(walk, block) else split_term(block.inline, listed=_among_code_items(walk, block))
    if term and "\n" in block.inline.raw and _usage_among_lines(block):
        # "`bootstrap` an AWS environment<br>" / "what it needs.<br>" / "`cdk bootstrap ACCOUNT/REGION`": a term,
        # lines about it and a command line, one paragraph: which line is the fact, and of what, is not sure
        walk.unless_read(block.line, _(
            "line {line}: a term, lines about it and a command line in one paragraph; which is one fact is not "
            "sure, no card made from it"
        ).format(line=block.line))
        walk.prose = None
        return
    if term and "\n" in block.inline.raw:
        term = _without_lead_in(walk, block, term)
    if term and _term(walk, term, block.line, depth=0):
        walk.prose = None
        return
    if walk.next_code_line is None and definitions.read(walk, block):  # over a block it may say what the block does
        walk.prose = None
        return
    walk.options_block = False
    follows = walk.prose is not None and walk.prose_block == walk.block - 1
    if follows and not walk.prose_heading and _BACK_REFERENCE.match(text):
        # "Update the list of packages." / "This does not upgrade anything.": a remark on what the sentence
        # above says, which still describes the block below
        walk.prose_block = walk.block
        walk.unless_read(block.line, _(
            "line {line}: a remark on the sentence above it, not what a command does; no card made from it"
        ).format(line=block.line))
        return
    if is_label(text) or _EMBED_ALONE.fullmatch(text):
        # "e.g." / "형식" over a block: it says what follows is an example, not what it does; an Obsidian embed
        # ("![[shots/done.png]]") is an image between the text and its block, no words at all
        if follows:
            walk.prose_block = walk.block  # between a description and its block: the description still holds
        elif block.quote and walk.prose_heading:
            pass  # "## Cleaning up" / "> Note" (a box beside the text): the heading still says what follows does
        else:
            walk.prose = None
        return
    if not follows and code_only(block) and _bare_commands(walk, block) is not None:
        # "`btrfs scrub start /mnt2`" with nothing above saying what it does: a command line, never what the
        # lines after it do
        walk.prose = None
        return
    if follows and (code_only(block) or _FLAG_FIRST.match(text)) and len(f"{walk.prose}{text}") <= 200:
        # a description, then its usage line in backticks or a remark on one of its options
        # ("--mixed 옵션은 default 설정이다"): both say something of the block below
        walk.prose = f"{walk.prose}\n{text}"
    else:
        # two sentences above a code block: the one right above says what it does ("먼저 … 만들어준다"),
        # the one before sets the scene ("아래 명령들은 root 권한으로 진행한다")
        # a long paragraph says what the block does only in the one sentence that points at it
        # ("… 이런 경우 아래의 명령어를 이용하여 hibernation을 풀어주면 된다.")
        text = narration.without_asides(text)  # "… 해제한다. (`-d` 옵션을 빼면 … 주의)": the last a remark
        text = _without_aside_line(block.inline.raw, text)  # "**get row** `id`" / "(TEXT must be quoted)": likewise
        if not block.lists and narration.walks_through(text):
            # "이때 `hello world`라고 입력하고 엔터를 치면...", "다른 문장을 더 입력해도 된다.": what the reader may do
            # next in a run shown block by block, not what a line does
            walk.prose = None
            walk.unless_read(block.line, _(
                "line {line}: the text tells what to try next in the run shown, not what a command does; "
                "no card made from it"
            ).format(line=block.line))
            return
        if not block.lists and narration.muses(text):
            # "…구조를 참고하여 필터를 만들어보겠습니다. 먼저 … 추출해봐야겠네요": the writer's guess in a post told
            # block by block, not what a line does
            walk.prose = None
            walk.unless_read(block.line, _(
                "line {line}: the text tells what the writer guesses or sees, not what a command does; "
                "no card made from it"
            ).format(line=block.line))
            return
        described = (
            (narration.after_definition(text) or narration.last_lead_in(text) or text) if len(text) <= 200
            else narration.pointing_sentence(text) or narration.last_lead_in(text) or narration.last_purpose(text)
            or pointer_headings.pointer(text)
        )  # (a long story ending "Here's how to list them:": the pointer, so the heading above is read for the block)
        if (
            described is None and block.quote and walk.prose is not None and walk.prose_heading
            and not any((walk.written(at) or "").strip() for at in range(walk.heading_line + 1, block.line))
        ):
            # "## 원격 브랜치 삭제하기" / "> 어제 step3를 … 하고 싶었다. … 그래서 찾아봤다." / the block: a long story set
            # apart in a quote, no sentence of it pointing at the block; the heading still says what the block does
            walk.prose_block = walk.block
            walk.unless_read(block.line, _(
                "line {line}: a story set apart in a quote, not what the block below does; the heading above still "
                "says it"
            ).format(line=block.line))
            return
        walk.prose = described
        _no_term(walk, block.line)
    walk.prose_heading = False
    walk.prose_block = walk.block
    walk.prose_code = (walk.block, block.line, tuple(span.text.strip() for span in block.inline.spans if span.kind == "code"))
    walk.prose_quote = block.quote


# "restore a backup: (be sure what you restore!)": a lead-in, then only an aside in parentheses
_LABEL_ASIDE = lazyre.pattern(r"^(?P<label>[^:：()`\n]{2,60}?)\s*[:：]\s*\([^()]+\)\s*$")
_EMBED_ALONE = lazyre.pattern(r"(?:!\[\[[^\[\]\n]+\]\]\s*)+")
# "This does not …", "It also …": a sentence that refers back to the one before it
_BACK_REFERENCE = lazyre.pattern(
    r"^(?:this|that|it|these|those)\s+(?:is|isn't|does|doesn't|do|don't|will|won't|can|can't|also|only|may|might|"
    r"has|was|would|should)\b",
    re.IGNORECASE,
)
_NUMBERED = lazyre.pattern(r"^\s*(\d{1,3})[.)]\s+(?=\S)")
# "…, 일단 알아두자.", "참고하자", "기억해 두자": the writer's word to the reader, an aside
_ASIDE_KO = lazyre.pattern(r"(?:알아\s*두자|알아\s*두면\s*좋다|참고하자|기억해\s*두자|기억하자)\s*[.!~]*\s*$")
# "you have to be root …", "You need to be in the docker group …", "you must be logged in …": a precondition
# "If you want to use X instead of Y, write …", "When you need a clean tree, run …": a wish, then what to do for it
_WISH = lazyre.pattern(
    r"(?:if|when|whenever)\s+you\s+(?:want|need|would\s+like|wish|prefer)\b[^,;.]*,\s*(?:then\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def _wish_then_do(text: str, command: str) -> bool:
    """``If you want …, write …`` that does not name ``command`` (its program): a how-to, not what it does."""
    wish = _WISH.match(text.strip())
    program = command.split()[0] if command.split() else command
    return (
        wish is not None and wish.group("verb").casefold() in IMPERATIVES
        and re.search(rf"(?<![\w-]){re.escape(program)}(?![\w-])", text) is None
    )


_REQUIREMENT = lazyre.pattern(r"^(?:you|the user)\s+(?:have to|has to|must|need to|needs to|should)\s+be\s", re.IGNORECASE)
_FLAG_FIRST = lazyre.pattern(r"^--?[A-Za-z][\w-]*\b")



def _no_term(walk: Walk, line: int) -> None:
    """``- : nothing`` over a block: what follows a colon with nothing before it is said of no term, and
    not surely of the block below; it is no description."""
    if walk.prose is not None and walk.prose.lstrip().startswith((":", "：")):
        walk.unless_read(line, _(
            "line {line}: nothing stands before the ':', so it is not known what the text describes; no card made "
            "from it"
        ).format(line=line))
        walk.prose = None


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.BREAK)
def _lost_list(walk: Walk, block: Para) -> bool:
    """``VOLUMES`` then ``7. named volumes …`` on the next lines: a numbered list that does not start at 1
    cannot interrupt a paragraph in markdown, so its items arrive as the paragraph's lines; read them as
    items of the plainest styles (``14. docker-compose build (build images)``), warn about the others."""
    if block.lists or block.quote or "\n" not in block.inline.raw:
        return False
    lines = split_lines(block.inline)
    numbered = [_NUMBERED.match(line.plain) for line in lines[1:]]
    if len(lines) < 2 or not all(numbered) or _NUMBERED.match(lines[0].plain):
        return False
    walk.prose = None
    for n, (line, match) in enumerate(zip(lines[1:], numbered), start=1):
        assert match is not None
        spans = list(line.spans)
        head = spans[0].text.lstrip()
        spans[0] = replace(spans[0], text=head[len(match.group(0).lstrip()) :])
        item = Para(Inline(tuple(span for span in spans if span.text)), block.line + n,
                    (ListLevel(True, int(match.group(1))),), True, False)
        # only the item styles that say exactly what a line is; anything else is said, not guessed
        if not (
            cribs.command_with_gloss(walk, item)
            or cribs.program_command(walk, item.text, item.line)
            or cribs.definition_item(walk, item)
        ):
            walk.skipped(item.line)
    return True


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def _dash_steps(walk: Walk, block: Para) -> bool:
    """``1 - `Team` owners`` / ``2 - …``: steps numbered with a dash, no list in Markdown (dash_steps)."""
    return dash_steps.read(walk, block, lambda: _procedure(walk), _reads_as_steps)


@needs(Fact.NESTED)
def _marker_meaning(walk: Walk, block: Para) -> bool:
    """``- * : 모든 파일``, ``* + is the last job …``: the term '*' (or '+', '-') read as a second list marker, the
    item its meaning alone: warned; False for any other paragraph."""
    if len(block.lists) < 2 or not (
        block.inline.raw.startswith((": ", "： ")) or _TWO_MARKERS.match(walk.written(block.line) or "")
    ):
        return False
    walk.warn(block.line, _(
        "line {line}: a meaning with no term before it (a '*', '+' or '-' written as the term reads as a list "
        "marker: put it in backticks); no card made from it"
    ).format(line=block.line))
    return True


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.BREAK)
def _column_sheet(walk: Walk, block: Para) -> bool:
    """``git status        Show the state`` / ``git add -p        Stage hunks``: a term and its gloss, aligned
    (plain_columns, which blocks.py imports, cannot import the facts)."""
    return plain_columns.read_para(walk, block)


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.ONE_LINE)
def _key_paragraph(walk: Walk, block: Para) -> bool:
    """``**Ctrl+G** 줄 번호로 이동`` as a paragraph of its own under ``## 단축키`` (key_lists, which reads items too)."""
    return not block.lists and not block.quote and key_lists.read(walk, block)


# the rules asked of a paragraph after the leads (_para), in turn; each declares above its definition the facts of
# a block without which it reads nothing
_KEY_RULES = Chain(
    (_lost_list, Shape.BLOCK),  # "VOLUMES" / "7. named volumes …": a numbered list markdown joined to the paragraph
    (_dash_steps, Shape.BLOCK),
    (label_lines.read_pairs, Shape.BLOCK),  # "make GPT:" / "sgdisk -o /dev/sdc" / "back to MBR:" / …: a label over each line
    (key_columns.read, Shape.BLOCK),  # "Save the buffer        CTRL-x CTRL-s": an action and its keys, aligned
    (_column_sheet, Shape.BLOCK),
    (_marker_meaning, Shape.BLOCK),
    (meta_commands.read_heading, Shape.BLOCK),  # "## list the databases" / "`\\l`" in notes about psql
    (heading_keys.read, Shape.BLOCK),  # "## Toggle word wrap:" / "`Mac` <kbd>Alt</kbd>+<kbd>Z</kbd>": what the keys do
    (heading_keys.read_meaning, Shape.BLOCK),  # "## Ctrl + H" / "방문 기록을 연다.": the heading is a key, the text under it what it does
    (heading_keys.read_pressed, Shape.BLOCK),  # "## 줄삭제" / "빠르게 `dd` 를 누릅니다.": where to press a key, the heading what it does
    (key_labels.read, Shape.BLOCK),  # '"CTRL-T"' / "- search a file": a key set apart, the bullet under it what it does
    (key_items.read, Shape.BLOCK),  # "### 라인 복제하기" / "- `Cmd + D`" / "- `Ctrl + D`": the heading says what the keys do
    (scope_sentences.read, Shape.BLOCK),  # "For `serve` only." over a table: its options are `jekyll serve`'s
    (key_sentences.read, Shape.BLOCK),  # "Press `Ctrl+Tab` to go to the next tab.", "h를 누르면 도움말이 뜬다."
    (key_sentences.read_typed, Shape.BLOCK),
    (key_sentences.read_which, Shape.BLOCK),  # "A handy one is `ctrl-l` which will scroll the text area …"
    (key_particles.read, Shape.BLOCK),  # "`(ctrl+b) + ?`" / "로 단축키 목록을 볼 수 있다."
    (sentence_keys.read, Shape.BLOCK),  # "To quit, press `Ctrl-q`. Save by pressing `Ctrl-s`.": each sentence
    (meta_commands.read_sentence, Shape.BLOCK),  # "You can use the `\\x` command to …"
    (stored_paths.read, Shape.BLOCK),  # "Autoloaded plugins are stored in `~/.app/start`."
    (_key_paragraph, Shape.BLOCK),
    (term_heading.read_paragraph, Shape.BLOCK),
    (shell_forms.read, Shape.BLOCK),
    (format_sentences.read, Shape.BLOCK),  # "`rsync -a <src> <dest>` 형식으로 … 맞춥니다.": a command's form, then what it does
)


# "npm install 패키지@버전 으로 특정 버전을 설치할 수 있다": a usage, then what it does
_USAGE_SENTENCE = lazyre.pattern(r"^(?P<usage>[a-z][^\n]*?)\s+(?:으로|로)\s+(?P<what>\S[^\n]*)$")


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.ONE_LINE)
def _usage_sentence(walk: Walk, block: Para) -> bool:
    if block.lists or block.quote or not block.inline.one_line:
        return False
    match = _USAGE_SENTENCE.match(strip_markers(block.text))
    if match is None:
        return False
    usage = match.group("usage")
    invocation = parse_invocation(usage) if looks_like_command(usage) else None
    if invocation is None or invocation.command.split()[0] not in PROGRAMS | {walk.program}:
        return False
    what = _FIRST_SENTENCE.match(match.group("what"))  # "… 본다. `docker rmi` 는 …": the next sentence is another fact
    then = _THEN.match(match.group("what"))
    others = [span.text for span in block.inline.spans if span.kind == "code" and span.text.strip() != usage.strip()]
    if then and any(looks_like_command(text.strip()) for text in others if text.strip() in then.group("rest")):
        # "`npm init` 으로 프로젝트를 생성한 후 … `npm i -S x` 를 사용하면 …": what the usage does ends where "after
        # it" goes on to another command
        walk.warn(block.line, _(
            "line {line}: only the first sentence says what {command} does; the rest ('{rest}') is not made a card"
        ).format(line=block.line, command=invocation.command, rest=then.group("rest").strip()))
        walk.add_command(invocation, then.group("done"), block.line, context=usage,
                         reason="`usage 으로 what it does` sentence")
        return True
    if what:
        walk.warn(block.line, _(
            "line {line}: only the first sentence says what {command} does; the rest ('{rest}') is not made a card"
        ).format(line=block.line, command=invocation.command, rest=match.group("what")[len(what.group(1)):].strip()))
    walk.add_command(invocation, what.group(1) if what else match.group("what"), block.line, context=usage,
                     reason="`usage 으로 what it does` sentence")
    return True


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.ONE_LINE)
def _run_to(walk: Walk, block: Para) -> bool:
    """``Run `make` to build it.`` as a paragraph of its own (run_to, which reads an item after its label too)."""
    return not block.lists and not block.quote and run_to.read(walk, block)


# the rules asked of a paragraph after the option sentence (_para), in turn; each declares above its definition
# the facts of a block without which it reads nothing
_USE_RULES = Chain(
    (example_glosses.read, Shape.BLOCK),  # "- Example: `acme build --release` builds an optimised release."
    (option_sentences.read, Shape.BLOCK),  # "- The `-z` option compresses the archive with gzip."
    (flag_passives.read, Shape.BLOCK),  # "Verbose output can be turned on with `-v`.": what one gets with the flag
    (_usage_sentence, Shape.BLOCK),  # "npm install 패키지@버전 으로 특정 버전을 설치할 수 있다"
    (_run_to, Shape.BLOCK),
    (run_to.read_uses, Shape.BLOCK),
    (flag_purposes.read, Shape.BLOCK),
)


# "버전 관리 툴", "파이썬 언어", "a build tool": a noun saying what kind of thing the name is, at the end
_WHAT_KIND = lazyre.pattern(
    rf"(?:{names_pattern(KIND_WORDS_KO)}|\b(?:{names_pattern(KIND_WORDS_EN)}))\s*[.。]?$", re.IGNORECASE,
)
# "스트림 편집기로 …", "기본 텍스트 에디터입니다.", "vi improved의 약어입니다": a Korean clause saying what kind of
# thing the name is (a kind word, then "as"/"is"), a definition of it, not what it does or a key of it
_KIND_CLAUSE = lazyre.pattern(
    rf"(?:{names_pattern(KIND_WORDS_KO | KIND_CLAUSE_WORDS_KO)})['\"’”]?"
    r"(?:로|으로|이며|이고|입니다|이다|예요|이에요|(?:을|를)\s*(?:의미한다|뜻한다|말한다))(?=[\s.,]|$)"
)
# "[^4]": a footnote's mark in the text, as written or as the parser gives it ("… 의미한다.^4")
_FOOTNOTE_MARK = lazyre.pattern(r"\[\^[^\]\s]+\]|(?<=[.!?。])\^\w+")
_FIRST_SENTENCE = lazyre.pattern(r"^(.*?[.!?。])\s+\S")
_SENTENCE_BREAK = lazyre.pattern(r"(?<=[.!?。])\s+(?=\S)")


def _first_clause(text: str) -> str:
    """The words up to the first comma or the end of the first sentence: "스트림 편집기로 … 변경하여 출력합니다." is
    the sentence, "모든 UNIX, Linux에 존재하며, 기본 텍스트 에디터입니다." ends its sentence on what vi is."""
    sentence = _FIRST_SENTENCE.match(text)
    return (sentence.group(1) if sentence else text).strip()


def _without_aside_line(raw: str, text: str) -> str:
    """``text`` without its paragraph's last line when that line is wholly in parentheses (``**get row** `id```
    over ``(TEXT values must be quoted)``): a remark beside what the lines above say, not what the block does."""
    lines = raw.strip().split("\n")
    if len(lines) < 2:
        return text
    last = strip_markers(lines[-1]).strip()
    if not (last.startswith(("(", "（")) and last.endswith((")", "）")) and text.endswith(last)):
        return text
    return text[: -len(last)].rstrip() or text


def _after_asking(raw: str, name: str) -> str | None:
    """``Screen이란?`` / ``Screen이란 … 도구입니다.`` under ``# screen``: a paragraph whose first line only asks what the
    heading's name is; the lines after it (the answer), None when the first line is no such question."""
    first, _newline, rest = raw.strip().partition("\n")
    asked = _WHAT_IS.fullmatch(strip_markers(first).strip())
    if asked is None or not rest.strip() or asked.group("term").strip().casefold() != name.casefold():
        return None
    return rest.strip()


def _says_kind(description: str) -> bool:
    """Does ``description``'s first clause say what kind of thing the name is (:data:`_KIND_CLAUSE`)?"""
    return _KIND_CLAUSE.search(_first_clause(description)) is not None


# "…을 표시하려면 다음 명령을 사용.", "아래 명령어로 확인한다": a sentence that leads to the command below, another task
_POINTS_BELOW = lazyre.pattern(rf"{POINTER_KO}\s*(?:{COMMAND_NOUN_KO}|코드)")


def _without_pointer(walk: Walk, text: str, line: int) -> str:
    """The paragraph under a command's heading without a last sentence that leads to the block below (what the
    block's own line does, not the heading's command) or says where to read more; the sentence is warned about."""
    sentences = _SENTENCE_BREAK.split(text) if "\n" not in text else []
    if len(sentences) >= 2 and _SEE_DETAILS.match(sentences[-1]):
        # "… This formats a patch … See [this blog](…) for details.": where to read more, no part of what it does
        walk.unless_read(line, _(
            "line {line}: the text says where to read more, not what a command does; no card made from it"
        ).format(line=line))
        return _without_pointer(walk, " ".join(sentences[:-1]), line)
    if len(sentences) < 2 or not _POINTS_BELOW.search(sentences[-1]):
        return text
    walk.unless_read(line, _(
        "line {line}: '{text}' leads to the command below, not what the heading's command does; not read"
    ).format(line=line, text=sentences[-1]))
    return " ".join(sentences[:-1])


# a sentence about another thing than the command: "The algorithm will …", "The pattern is …" (not "The command …")
_OTHER_SUBJECT = lazyre.pattern(r"^The\s+(?P<noun>[a-z][\w-]*)\s+(?:will|is|are|was|does|can|may|uses|works|has|keeps|stores)\b")
_OWN_NOUNS = frozenset({"command", "program", "tool", "utility", "same", "above", "following"})


def _without_other_subject(walk: Walk, text: str, line: int, command: str) -> str:
    """The paragraph under a command's heading up to a later sentence whose subject is another thing (``Find a bug by
    binary search. The algorithm will move HEAD …``): that one is a fact of its own, warned, not joined to the first."""
    sentences = _SENTENCE_BREAK.split(text) if "\n" not in text else []
    for at, sentence in enumerate(sentences[1:], start=1):
        other = _OTHER_SUBJECT.match(sentence)
        if other is not None and other.group("noun") not in _OWN_NOUNS and other.group("noun") not in command.split():
            walk.unless_read(line, _(
                "line {line}: '{text}' says something of another thing than what '{command}' does; not read"
            ).format(line=line, text=" ".join(sentences[at:]), command=command))
            return " ".join(sentences[:at])
    return text


def _naming_sentence(block: Para, command: str) -> str | None:
    """``### npm info`` over "업그레이드하려면 `npm i -S react@15` 와 같이 … 한다. … 이 때는 `npm info` 명령을
    사용한다": of a paragraph of sentences, the one sentence that names the heading's command in code, when
    another names a different command line in code (that one is said of the other command); None else."""
    if "\n" in block.inline.raw.strip():
        return None
    sentences = _SENTENCE_BREAK.split(block.inline.raw.strip())
    if len(sentences) < 2:
        return None
    codes = [span.text.strip() for span in block.inline.spans if span.kind == "code"]
    own = [code for code in codes if code == command or code.startswith(f"{command} ")]
    others = [code for code in codes if code not in own and looks_like_command(code)]
    naming = [sentence for sentence in sentences if any(code in sentence for code in own)]
    if len(naming) != 1 or not others or any(code in naming[0] for code in others):
        return None
    return naming[0]
# "프로젝트를 생성한 후 처음으로 …", "이미지를 받은 다음에 …": what is done, then what comes after it
_THEN = lazyre.pattern(f"^(?P<done>[^.!?]*?[{HANGUL}])(?:한|된)?\\s+(?:후|뒤|다음)에?,?\\s+(?P<rest>\\S.*)$")


# a Korean verb form ("선택하고", "설치하면", "실행한다"): a placeholder is a noun, never conjugated
_KOREAN_VERB = lazyre.pattern(f"[{HANGUL}](?:하고|하여|해서|하면|하는|한다|된다|합니다|됩니다)(?=[\\s.,!?]|$)")
# a word with a particle after it, or a statement's end: "파일을 ", "git은 ", "… 한다."
_KOREAN_SUBJECT = lazyre.pattern(f"[{HANGUL}](?:을|를|은|는|에서|으로)\\s|[{HANGUL}]다\\.?\\s*$")
_QUOTED = lazyre.pattern(r"'[^']*'|\"[^\"]*\"")
_HANGUL_LETTER = lazyre.pattern(f"[{HANGUL}]")
_GLOSSED_LINE = lazyre.pattern(rf"\s[:：]\s+[^{HANGUL}]*[{HANGUL}]")


# "if=/dev/sda", "-L", "/mnt/data": an argument (after the program's name) in a form only a command line has
_SHELL_ARGUMENT = lazyre.pattern(r"\s(?:--?[A-Za-z]|[\w.]+=\S|\.{0,2}/\w)")


def _bare_commands(walk: Walk, block: Para, *, unknown_ok: bool = True) -> list[str] | None:
    """The lines of a paragraph of nothing but command lines of known programs (or, with ``unknown_ok``, one line
    in backticks with an argument only a shell takes); None for any other paragraph."""
    lines = [line for line in block.inline.raw.split("\n") if line.strip()]
    if any(_named_then_said(line) for line in block.inline.lines):
        return None  # "`tar` stands for "tape archive".": a sentence about the program in backticks, not its line
    programs = PROGRAMS | {walk.tool}
    spanned = unknown_ok and code_only(block)
    for line in lines:
        invocation = parse_invocation(line) if looks_like_command(line) else None
        if invocation is None or _GLOSSED_LINE.search(line):
            return None  # "vim ~/.inputrc : readline 키 설정 파일" is a command and its gloss, not a bare line
        if invocation.command.split()[0] not in programs and not (spanned and _SHELL_ARGUMENT.search(line)):
            return None  # a program we do not know counts in backticks with an argument only a shell takes
        if _KOREAN_VERB.search(line) or _KOREAN_SUBJECT.search(_QUOTED.sub("", line)):
            return None  # "mysql database 선택하고 host 정보 확인": a sentence that names a program, not its line
            # ("passwd 파일을 수정해 주어야 한다.": the program's name, then a word with its particle)
        words = tokenize(line)[1:]
        if len(words) >= 2 and all(_HANGUL_LETTER.search(word) for word in words):
            return None  # "python 버전 별 가상환경 관리": a program's name, then Korean words, no argument of it
    return lines or None


def _named_then_said(line: Inline) -> bool:
    """```tar` stands for "tape archive".``: a line opening with one word in backticks, then only words outside
    them."""
    spans = [span for span in line.spans if span.text.strip()]
    return (
        len(spans) > 1 and spans[0].kind == "code" and len(spans[0].text.split()) == 1
        and all(span.kind == "text" for span in spans[1:]) and any(_WORDY.search(span.text) for span in spans[1:])
    )


_HEADING_LINE = lazyre.pattern(r"^ {0,3}#{1,6}(?:\s|$)")
# "Use `du -sh *`.", "Run `make clean`": a sentence that only says to run one line, nothing of what it does
_USE_LINE = lazyre.pattern(r"^(?:Use|Run|Type|Execute|Enter)\s+`(?P<line>[^`\n]+)`\s*[.:]?$")


def _use_line(walk: Walk, block: Para) -> bool:
    """A paragraph that only says to run one command line (``Use `git log -- a.txt`.``) under a heading saying
    what to do, the section's one command line (no code after it under that heading): the line is read as a code
    block's under that heading."""
    written = block.inline.marked
    said = _USE_LINE.match(written.strip())
    if said is None or parse_invocation(said.group("line")) is None:
        return False
    below = block.line + 1
    while (text := walk.written(below)) is not None and not _HEADING_LINE.match(text):
        if "`" in text or text[:4] == "    ":
            return False  # "Run `./configure`." / "Run `make`." …: a procedure, the heading is not the first step's
        below += 1
    code.read(walk, Code("", ((block.line, said.group("line")),), block.line))
    return True


def _command_lines(walk: Walk, block: Para) -> bool:
    """A paragraph of nothing but command lines under a heading is a code block that lost its fence.  (A line in
    backticks of a program we do not know right under a heading is label_lines.under_heading's.)"""
    lines = _bare_commands(walk, block, unknown_ok=not walk.prose_heading)
    if lines is None:
        return False
    code.read(walk, Code("", tuple((block.line + n, line) for n, line in enumerate(lines)), block.line))
    return True


def _unbullet(text: str) -> str:
    """``o 작업 내용 저장`` / ``o 어떤 …``: pseudo-bullets become lines of their own."""
    if len(_PSEUDO_BULLET.findall(text)) < 2:
        return clean(text)
    return "\n".join(clean(part) for part in _PSEUDO_BULLET.split(text) if clean(part))


_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")  # a word of two letters or more, in any script
# a sentence's end: a word, then "." "," ";" or ":" at the end of a line ("… hexadecimal numbers.", "with:")
_SENTENCE_END = lazyre.pattern(r"[A-Za-z]{2}[.,;:]\s*(?:\n|$)")

# the rules asked in turn of a list item's first paragraph; each declares above its definition (facts.needs) the
# facts of a block without which it reads nothing, and is asked only of blocks that have them
_ITEM_RULES = Chain(
    (heading_flags.read, Shape.BLOCK),  # "# Escape Analysis" / "- `-XX:+DoEscapeAnalysis` (default: true)": the topic's flag
    (placeholder_values.read, Shape.BLOCK),  # "Where `COMMAND` is one of:" / "* `show-hosts` - …": tool show-hosts
    (option_value_items.read, Shape.BLOCK),  # "The `-f` option accepts the following values:" / "- `network` - …"
    (argument_values.read, Shape.BLOCK),  # "chmod +x {file}" / "### Modes" / "- `+x`: …", "- `600`: …": chmod's values
    (key_lists.read, Shape.BLOCK),  # "## Shortcut Keys" / "- `Ctrl(⌃)` + `A` : …": a key of no program
    (key_after.read, Shape.INLINE),  # "- 저장: `Ctrl+S`"
    (meta_commands.read, Shape.INLINE),  # "- list the roles: `\\du`" in notes about psql
    (valued_options.read, Shape.DEPTH),  # "- `-c` `num` : …", "- tail `-f` : …" under "- 옵션"
    (prompt_items.read, Shape.DEPTH),
    (root_prompts.label, Shape.BLOCK),
    (option_items.read, Shape.BLOCK),  # "- **-w** _file_" / "its meaning" on the item's next line
    (named_values.read, Shape.BLOCK),  # "* 0 - halt<br/>" / "시스템 종료를 의미.": a value, its name, its meaning
    (key_pairs.read, Shape.INLINE),  # "`o`/`O` … after/before": a note per key
    (equals.read, Shape.DEPTH),
    (prompt_items.purpose_then_command, Shape.DEPTH),
    (prompt_items.bare_prompt_item, Shape.DEPTH),  # "- 현재 폴더를 압축" / "- $ zip a.zip ./*": no code span
    (prompt_items.letter_options, Shape.DEPTH),  # "- $ zip a.zip ./*" / "- 옵션 : r - 서브 디렉토리까지, F - …"
    (key_sentences.read_typed_item, Shape.BLOCK),  # "- `cd -`를 입력하면 이전 디렉토리로 이동할 수 있다."
    (key_sentences.read_item, Shape.BLOCK),  # "- use `ctrl + F2` to move focus to the menu bar"
    (key_sentences.read_chord_item, Shape.BLOCK),  # "- 실수로 ctrl+z 누르면 vim이 멈춘 듯 보임"
    (title_items.read, Shape.BLOCK),  # "- Download `rsync -P host:/f .`": the task, then the line that does it
    (flag_items.read, Shape.BLOCK),  # "- 배포할 때 `--omit=dev` 붙이면 …": what giving the flag does
    (label_values.read_item, Shape.BLOCK),  # "* Configuration file" / "/etc/nginx/nginx.conf"
    (value_runs.read, Shape.BLOCK),  # "- Exit code `0` Success. `1` Syntax error. `2` …": a value each
    (returned_values.read, Shape.BLOCK),  # "- 실패 시 `-1` 반환", "- Returns `0` on success": the value, its case
    (term_heading.read, Shape.BLOCK),
    (term_defined.read, Shape.BLOCK),  # "### upstream" / "- 로컬 브랜치가 따라가는 원격 브랜치를 말한다."
    (cribs.example_gloss, Shape.BLOCK),
    (cribs.remember_example, Shape.BLOCK),
    (cribs.heading_item, Shape.BLOCK),
    (cribs.command_with_gloss, Shape.BLOCK),
    (cribs.flag_clause, Shape.BLOCK),
    (cribs.definition_item, Shape.BLOCK),
    (which_items.read, Shape.BLOCK),  # "- A resource plugin, which is the binary …": what the term is
    (cribs.program_command, Shape.TEXT),
    (cribs.symbol, Shape.BLOCK),
    (cribs.command_then_meaning, Shape.BLOCK),
    (key_with.read, Shape.BLOCK),  # "- Lock the screen with Ctrl+Cmd+Q"
    (sub_command_items.read, Shape.DEPTH),  # "### Volume" / "- `prune`은 …": podman volume prune
    (sub_command_items.option_item, Shape.DEPTH),  # "  - `-f, --force`를 붙이면 …"
    (topic_items.command_sentence, Shape.DEPTH),
    (topic_items.usage_item, Shape.DEPTH),
    (topic_items.option_sentence, Shape.DEPTH),
    (meaning_sentences.read_item, Shape.BLOCK),  # "- window는 말 그대로 하나의 창을 말하고,"
)


def _without_italic_remark(walk: Walk, block: Para) -> Para:
    """``3. Type `:wq` …`` / ``*Shortcut: you can also type `:cq` …*``: the item without the remark in italics that
    markdown joined to it (warned about unless a later reading takes its line)."""
    lines = block.inline.lines
    written = [walk.written(block.line + n) or "" for n in range(len(lines))]
    remark = italic_remark(written) if not any("<br" in line.casefold() for line in written) else None  # (lines as written)
    if remark is None:
        return block
    for n in range(remark, len(lines)):
        walk.unless_read(block.line + n, _(
            "line {line}: a remark in italics under a numbered item is not part of the item; no card made from it"
        ).format(line=block.line + n))
    kept: list[Span] = []
    for n, line in enumerate(lines[:remark]):
        kept.extend((Span("text", "\n"),) * bool(n) + line.spans)
    return replace(block, inline=Inline(tuple(kept)))


# one sentence of words (any script) ending in a colon, no code span, on one line: "Rotate all of the pages 180
# degrees:", "모든 페이지를 돌린다:"
_LEAD_IN_PARAGRAPH = lazyre.pattern(r"[^\W\d_][\w ,'-]{5,78}[:：]")


def _list_item(walk: Walk, block: Para, facts: int) -> None:
    if block.line <= walk.ordinal_until:
        return  # "- 두번째 …": read with the block above (ordinal_bullets)
    if block.first and block.lists[-1].ordered and not block.inline.one_line:
        block = _without_italic_remark(walk, block)
    depth = len(block.lists)
    if walk.warned_list == walk.block - 1 and depth > walk.warned_depth:
        walk.warned_list = walk.block  # an item nested in a numbered list found not to be a procedure: still in it
    if walk.item_commands:  # (most items: none to drop)
        for level in [lv for lv in walk.item_commands if lv >= depth]:
            del walk.item_commands[level]
    if walk.item_concepts:
        walk.item_concepts = {lv for lv in walk.item_concepts if lv < depth}
    if walk.item_option is not None and depth <= walk.item_option[0]:
        walk.item_option = None
    if not block.first and not block.quote:
        if walk.next_code_inside and _LEAD_IN_PARAGRAPH.fullmatch(block.text.strip()):
            # "- Rotate the first page:" / its block / "  Rotate all of the pages:" / its block: a later paragraph
            # of the item leading into a block indented under it says what that block does
            walk.prose, walk.prose_heading, walk.prose_block = block.text.strip(), False, walk.block
        return
    if walk.explained is not None:
        if depth > walk.explained[2] and block.first:
            _explain(walk, block.text)
            return
        if depth <= walk.explained[2]:
            walk.explained = None
    if walk.nested_line == block.line and depth > 1:
        return  # "- 서버 훅" / "  - 깃 레포로 …": read with the item above
    if walk.step_depth == 1 and depth == 1 and not block.lists[-1].ordered and block.first:
        # "1. … 4. …" then "- `disown`은 …": a bullet list after the numbered one, the procedure is over
        walk.step_depth = None
        walk.procedure = None
    in_step = walk.step_depth is not None and depth >= walk.step_depth and not block.lists[-1].ordered
    if in_step and walk.last_step and walk.step_depth is not None and (depth > walk.step_depth or depth > 1):
        # "- 2. 작성:" / "    - 세부": the detail sits in the bullet around the numbered item
        _step_detail(walk, walk.last_step, block.text)
        return
    if walk.step_depth is not None and depth < walk.step_depth:
        walk.step_depth = None
        walk.procedure = None
    # "- `150` 라인 부터 시작:" right over a block: the item, code span and all, leads into what the block does;
    # no term defined by a lead-in, no key
    leads = (
        block.first and block.inline.has_code and ends_in_colon(block.inline.raw)
        and walk.next_code_line == block.line + block.inline.raw.count("\n") + 1
        and block.inline.spans[0].kind == "code"
    )
    if block.first and not leads and _ITEM_RULES.first(walk, block, depth, facts):
        return
    # "6. Make your changes …" then "7. Destroy the stack: Now that …": an item of the procedure under way is
    # its next step, even when it is written "title: text" like a term and its definition
    next_step = (
        block.first and block.lists[-1].ordered and block.lists[-1].number > 1 and walk.procedure is not None
        and walk.step_depth == depth and walk.last_step is not None and not block.quote
    )
    if not next_step and _term_lines(walk, block, depth=depth):
        return
    if block.first and (_described_command(walk, block) or command_by.read(walk, block)):
        return
    term = split_term(block.inline, listed=_among_code_items(walk, block))
    if (
        term and depth == 1 and block.first and not block.quote and term.style == "plain"
        and walk.lead_in is not None and walk.lead_in.invocation is not None and walk.lead_in.block == walk.block - 1
        and _CASE_TERM.search(term.term) and _case(walk, block)
    ):
        return  # "## touch" / "- 존재하지 않는 파일명 : 새 파일 생성": what the command does in that case
    if term and not next_step and not leads and _term(walk, term, block.line, depth=depth):
        return
    if term is None and block.first and not leads and key_pairs.read_single(walk, block.inline, block.line):
        return  # "`y` yanks (copies) the selection"
    if term and not _WORDY.search(term.description):
        return  # "- Version: 3": a setting and its value, not what the block below does (warned as a value)
    if block.lists[-1].ordered and block.first:
        # "7. Destroy the stack: Now that …": the step is its title, what follows it says more (context)
        # (a command and its usage, "4. **source** `~/.profile`: …", is what the step types, no title)
        # ("6. A tricky bit: this has installed …": a title opening with an article names a remark, not a task; the
        # whole item is the step)
        titled = (
            next_step and term is not None and not term.usage and len(term.term.split()) <= _LONGEST_STEP_TITLE
            and term.term.split()[0].casefold() not in ARTICLES
        )
        task_items.read(walk, block)  # "2. 가상환경 활성화하기" / "  - `source .venv/bin/activate` (macOS/Linux)"
        _step(walk, block, depth, titled=(term.term, term.description) if titled and term else None)
        item = strip_markers(block.text)
        fence = walk.written(walk.next_code_line) if walk.next_code_line is not None else None
        if (
            walk.procedure and block.lists[-1].number > 1 and not ends_in_colon(item)
            and fence is not None and not fence[:1].isspace()  # a block indented into the item is the item's
            # "2. … 다시 commit을 한다." / a block from the margin / "3. …": the list goes on, the block is the step's
            and not _list_goes_on(walk, walk.next_code_line or 0, block.lists[-1].number)
            # "## git push 취소하기" … "3. 원격 저장소에 강제로 push 한다." then the block: a heading names a section,
            # thinner evidence than a lead-in line over the list; the item says what its line does, unless it only
            # says to run it
            and (_RUN_STEP.search(item) is not None or walk.procedure != _nearest_heading(walk))
        ):
            # "Download with a cookie" / "1. …" … "4. Run it with the cookie file." then a block after the list:
            # the command the procedure comes to, which its name describes (the item is a step of its own)
            walk.prose = walk.procedure
        else:
            walk.prose = item if len(block.text) <= 200 else None
            _no_term(walk, block.line)
        walk.prose_heading = False
    elif depth == 2 and block.first and not block.quote and _under_command_item(walk, block) and _case(walk, block):
        return  # "# path ping" / "- ping + tracert 의 기능" / "    - 임의의 사이트로 접속하는 경로를 추척함": more of what it does
    elif depth == 1 and not block.quote and block.first:
        if walk.next_code_line is not None and only_link(walk.source, block.line):
            return  # "- [.gitignore 쓰는 법](…)" over a block: where to read more, not what the block does
        if _option_for_label(walk, block):
            return
        if _case(walk, block):
            return
        if (
            nested_commands.read(walk, block)  # "- `git remote prune origin`" / "  - 지워진 추적 브랜치를 정리"
            or option_named_items.read(walk, block, depth)  # "* -d 옵션" / "  * 디렉터리까지 지운다"
            or nested_terms.read(walk, block)  # "- 서버 훅" / "  - 깃 레포로 푸시가 …": a term, what it is
            or first_nested.read(walk, block)  # "- `pip cache purge`" / "  - 캐시를 지운다" / "  - 용량이 …"
            or name_lists.read(walk, block)  # "- `zipcheck`" / "  - 압축 파일을 검사합니다." / "- `pkgsign`" / …
            or nested_remarks.read(walk, block)  # "- `minikube service --all`" / "  - …이다." / "  - …명령어"
        ):
            # an item and what its nested items say of it: a heading above them no longer speaks for a block below
            if walk.prose_heading:
                walk.prose = None
            return
        if walk.prose_heading and opens_with_example(block.text):
            return  # "- Ex) grep 'got\|to' test.txt (…)": an example under the heading, not its meaning
        walk.item_prose = (walk.block, block.line, strip_markers(block.text), depth)
        lead = ends_in_colon(block.text)  # "- First, turn off compression:" leads into a block
        *said, last = block.inline.raw.rstrip().split("\n")
        if said and walk.next_code_line is not None and narration.only_narration(last, ()):
            # "* Download the installer from the App Store" / "its address" / "Run" over a block: the last line only
            # tells to run what follows; the lines before it are a step of their own, not what the block does
            # (a heading right above still says it)
            if not walk.prose_heading:
                walk.prose = None
            walk.unless_read(block.line, _(
                "line {line}: the item ends by telling to run the block; what it says before is another step, "
                "not what the block does; no card made from it"
            ).format(line=block.line))
            return
        if (
            walk.prose_heading and not lead and walk.prose and walk.prose.count("\n") == 1
            and says_doing(walk.prose.split("\n")[0]) and _SENTENCE.search(walk.prose.split("\n")[1]) and _SENTENCE.search(strip_markers(block.text).rstrip())
        ):
            # "### 사운드 파일로 저장하기" / "* aac는 … 잘 저장된다." / "* m4a는 … 실패하는 것 같다." / the block: remarks in
            # whole sentences under a heading of a task, which still says what the block does; the remarks stay
            # apart ("## 방법2) --mirror를 이용한 방법" names a way, its sentences explain it)
            walk.prose = walk.prose.split("\n")[0]
            return
        if (
            walk.prose_heading
            and not lead
            and walk.prose
            and after_numbered_label(block.text) is None  # "- 해결1: …" under the trouble's heading: a way out of it
            and walk.prose.count("\n") < 2
            and len(walk.prose) + len(block.text) <= 200
            # "- vim을 쓰기 위해 다음처럼 세팅한다." then "- 먼저 플러그인 설치": the remark pointed ahead, the
            # bullet after it starts what the block below does
            and not _POINTS_AHEAD.search(walk.prose.rsplit("\n", 1)[-1])
            # "## Apache HTTP Server" / "* Start" right above the fence: the item names the block's task itself
            and not (
                walk.next_code_line == block.line + block.inline.raw.count("\n") + 1
                and len(block.text.split()) <= _LONGEST_LABEL and not block.text.rstrip().endswith((".", "다"))
            )
        ):
            # "#### 특정 단어가 … 라인 찾기" / "- cup과 같은 문자열은 …" / code: the heading leads,
            # a remark or two under it come along; a longer list is about something else
            walk.prose = f"{walk.prose}\n{strip_markers(block.text)}"
            return
        # "- `main -> run() -> work()`": a code span alone is an example or a value, it says nothing of a block
        # "- 승인 후 닫기" / "- 브랜치 삭제" over a block: the last of a series of items says what it says, not
        # surely what the block below does (a lead-in "…:" or the one item of its list does)
        series = (
            walk.prose_bullet == walk.block - 1 and not lead
            # "- Helm 목록 보기" on the line right above the fence is said of that block
            and walk.next_code_line != block.line + block.inline.raw.count("\n") + 1
            and not walk.next_code_inside  # the block is indented under this very item: the item's own
        )
        if series and walk.next_code_line is not None:
            walk.unless_read(block.line, _(
                "line {line}: the last of several items above a code block; whether it says what the block does "
                "is not sure, so it is not read as its description"
            ).format(line=block.line))
        text = without_aside(block.inline, strip_markers(block.text))  # "… (`g` here is for …)": a remark apart
        walk.prose = text if len(text) <= 200 and not code_only(block) and not series else None
        _no_term(walk, block.line)
        walk.prose_heading = False
        walk.prose_bullet = walk.block  # "- Helm 목록 보기" right above a fence: that fence's description
    elif depth > 1 and block.first and not block.quote:
        if _command_under_bullet(walk, block, depth):
            return
        if walk.prose is not None and not walk.prose_heading and walk.prose_bullet >= 0 and _item_command(walk, block):
            # "- LVM 용량 수정" / "  - lvresize …" / "  - sudo mount …" / … / a block: the item says what the
            # command lines nested under it do; it is no longer the text right above the block that follows
            walk.prose = None
        if not code_only(block):  # "    * curl로 확인" then "        * `$ curl host`": a purpose at any depth
            walk.item_prose = (walk.block, block.line, strip_markers(block.text), depth)


def _item_command(walk: Walk, block: Para) -> bool:
    """Is the item a command line of a program the notes know (``sudo mount /dev/sdb1 /mnt``)?"""
    text = strip_markers(block.text).strip()
    if "\n" in text or not looks_like_command(text):
        return False
    invocation = parse_invocation(text)
    return invocation is not None and invocation.command.split()[0] in PROGRAMS | {walk.tool}


def _option_for_label(walk: Walk, block: Para) -> bool:
    """``**파일 upload**`` then ``- `-F` or `--form` 옵션 사용``: the option that does what the label says."""
    text = strip_markers(block.text)
    used = _OPTION_USED.match(text)
    label = walk.prose
    if (
        used is None
        or text[used.end() :].strip(" .") not in ("", "함", "한다", "하기")
        or label is None
        or not walk.prose_heading and walk.prose_block != walk.block - 1
        or "\n" in label
        or len(label) > 40
        or ends_in_colon(label)
        or is_label(label)
    ):
        return False
    spellings = option_spellings(used.group(1), bare_ok=False)
    if not spellings:
        return False
    walk.add_option(spellings, label, walk.command(1), block.line, reason="label, then `-x 옵션 사용` under it")
    walk.prose = None
    return True


def _command_under_bullet(walk: Walk, block: Para, depth: int) -> bool:
    """``- JSON을 POST로 보내기`` then ``  - `curl -d '{}' URL` `` nested under it: the bullet says what it does."""
    spans = [span for span in block.inline.spans if span.text.strip()]
    above, walk.item_prose = walk.item_prose, None
    if above is None or above[0] != walk.block - 1 or depth != above[3] + 1 or len(spans) != 1 or spans[0].kind != "code":
        return False
    _block, line, prose, _depth = above
    if (
        len(prose) > 200
        or ends_in_colon(prose)
        or is_label(prose)
        or opens_with_example(prose)
        or _OPTION_USED.match(prose)  # "- `-F` 옵션 사용" then its example: the example shows the option
        or _PRODUCT.fullmatch(prose)  # "- ImageMagick" over "`convert …`": the tool's name, not what the line does
    ):
        return False
    typed = strip_prompt(spans[0].text)  # "`$ chmod 600 key.pem`": the prompt is not part of the command
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None or not _known_command(walk, invocation):
        return False
    here, after = walk.written(block.line) or "", walk.written(block.line + 1) or ""
    sibling = _CODE_ITEM.match(after)
    if (
        sibling is not None and _CODE_ITEM.match(here) and len(sibling.group(1)) == len(here) - len(here.lstrip())
        and _program_of(strip_prompt(sibling.group(2))) != invocation.command.split()[0]
    ):
        # "- vi가 vim을 부르게 설정" over "`vi ~/.bashrc`" and "`alias vi='vim'`": said of two programs' lines
        # together, which one does it is not sure (two forms of one command share it)
        walk.warn(line, _(
            "line {line}: '{prose}' is said of the command lines nested under it together; which one does it "
            "is not sure, so no card made from it"
        ).format(line=line, prose=prose))
        walk.prose = None
        return True
    if topic_items.usage_only(typed, invocation):
        # "- 단일 파일 보낼 때" / "  - `scp [파일] [id]@[ip]:[경로]`": a usage line; another usage of the command under
        # another bullet says something else, so the card is the usage as written, not the bare command (one card
        # of the command would join them)
        walk.add(Kind.COMMAND, term=typed, front=typed, back=prose, command=invocation.command, line=line,
                 answers=(typed, invocation.command), reason="bullet, then its usage line nested under it")
    else:
        walk.add_command(invocation, prose, line, reason="bullet, then its command nested under it")
    walk.prose = None
    if _SEVERAL_BELOW.search(prose):
        # "80포트를 허용하려면 아래 명령어 순차 실행" over three command items: said of each of them
        walk.item_prose = (walk.block, line, prose, _depth)
    return True


# a lead-in said of several commands below it: "아래 명령어 순차 실행", "다음 명령어들을 차례로", "run the commands below"
_SEVERAL_BELOW = lazyre.pattern(
    r"(?:아래|다음)의?\s*명령어?(?:들)?(?:을|를)?\s*(?:순차|차례|순서|모두|전부)|(?:아래|다음)의?\s*명령어?들"
    r"|\b(?:the\s+)?(?:following\s+commands|commands\s+below)\b",
    re.IGNORECASE,
)


# a definition that starts with the term's own name, then a Korean word: "tar 형태로 백업", "zip 형식"
# (not "gzip 명령으로 압축", "top 프로그램은 …": the program named as a program)
_OWN_NAME_AS_WORD = lazyre.pattern(rf"^\S+\s+(?!명령|커맨드|프로그램|도구|툴)[{HANGUL}]")
# a list item that is one code span: "  - `vi ~/.bashrc`"
_CODE_ITEM = lazyre.pattern(r"^(\s*)[-*+]\s+`([^`]+)`\s*$")


def _program_of(typed: str) -> str | None:
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    return invocation.command.split()[0] if invocation else None
# "문서 처음으로 / G : 문서 끝으로": a second short term and its meaning after a slash
_VISIBLE_ASCII = lazyre.pattern(r"[\x21-\x7e]")  # a first character a command line may start with
_SECOND_TERM = lazyre.pattern(r"^(.*?\S)\s+/\s+(\S{1,12})\s+[:：]\s+(\S.*)$")


def _inputs_listed(walk: Walk) -> bool:
    """The lead-in right over the list being read says its items are text typed in (its last word one of
    ``INPUT_NOUNS_EN``: "Example search entries:"), not keys pressed."""
    lead = walk.lead_in
    if lead is None or not lead.explicit or lead.block != walk.prose_block:
        return False
    words = lead.front.rstrip(":： ").casefold().split()
    return bool(words) and words[-1] in INPUT_NOUNS_EN


def _term(walk: Walk, term: Term, line: int, *, depth: int) -> bool:
    """Read ``term: description``; False if it is none of ours."""
    if term.term[:2] == "[^" and _FOOTNOTE.fullmatch(term.term):
        # "[^2]: 원문 …" in notes about an editor too: a footnote, never a key ("[^2]" is short enough for one)
        walk.warn(line, _(
            "line {line}: '{name}' marks a footnote, a remark on the text above, not a term and its definition; "
            "no card made from it"
        ).format(line=line, name=term.term))
        return True
    if len(term.term) == 2 and term.term[0] == "-" and term.term[1] in DUBEOLSIK_KEYS:
        # "`-ㅣ` : 매칭되는 파일 이름 출력": typed with the keyboard left in Korean, the option on that key (-l)
        term = Term(f"-{DUBEOLSIK_KEYS[term.term[1]]}", term.description, term.style)
    glued = _GLUED_ROOT.match(term.term) if term.term[:1] == "#" and term.style == "plain" else None
    if glued is not None and glued.group(1) in PROGRAMS:
        term = Term(term.term[1:], term.description, term.style)  # "\\#yum install [패키지] : …": a root prompt glued on
    if term.style in ("code", "plain") and term.term[:2] == "$ " and _prompted_known(walk, term.term[2:].strip()):
        term = Term(term.term[2:].strip(), term.description, term.style)  # "`$ git rm [파일명]` : …": the prompt copied in
    failed = _PRINTED_AFTER.fullmatch(term.term) if term.term[-1:] in "lLrRgG" else None
    if failed is not None and looks_like_command(failed.group("line")) and _prompted_known(walk, failed.group("line")):
        # "$ git push fatal: The current branch … has no upstream branch.": the line, then what it printed, pasted on
        # one line; git's complaint, never what the line does
        walk.warn(line, _(
            "line {line}: the line printed its program's error ('{message}'); a failing example, no card made from it"
        ).format(line=line, message=f"{failed.group('level')}: {term.description}"))
        return True
    lettered = _LETTERED.match(term.term) if term.term[1:2] in (".", ")") else None
    if lettered and term.style == "plain":
        term = Term(lettered.group(1), term.description, term.style)  # "a. CustomResource: …": the letter numbers it
    if label_and_address(walk.written(line) or ""):
        # "- official: https://github.com/…" among links: a label and where to read more, whatever the label says
        walk.warn(line, _(
            "line {line}: a label and an address, where to read more, not what a command does; no card made from it"
        ).format(line=line))
        return True
    if term.style == "plain" and only_link(walk.source, line):
        # "> - [vimgolf - vi 학습 프로그램](https://…)" under "# Reference": the link's words, where to read more
        walk.warn(line, _(
            "line {line}: the text says where to read more, not what a command does; no card made from it"
        ).format(line=line))
        return True
    if term.term.casefold() in BYLINE_LABELS:
        # "**Authors**: < nixawk >", "Applies To: Windows Server 2012, …": who wrote the page, what it is for
        walk.warn(line, _(
            "line {line}: '{name}' says who wrote the notes or what they apply to, not a term and its definition; "
            "no card made from it"
        ).format(line=line, name=term.term))
        return True
    if term.style == "code" and _TWO_DEFINED.search(walk.written(line) or ""):
        # "`src` is the code, `out` is the build.": two terms defined in one sentence, one card would join them
        walk.warn(line, _(
            "line {line}: the sentence defines '{name}' and another term after it; no card made from it "
            "(write one line for each)"
        ).format(line=line, name=term.term))
        return True
    if _TO_DO.fullmatch(term.term):
        # "#TODO: 아래는 정리 필요", "FIXME: …": the writer's note to self about the notes, not a term
        walk.warn(line, _(
            "line {line}: '{name}' marks a note to self (work left to do), not a term and its definition; "
            "no card made from it"
        ).format(line=line, name=term.term))
        return True
    if usage_parts.read(walk, term, line, depth):
        return True  # "FOR %%v IN (SET) DO …" / "- `(SET)`: 범위를 알려주는 것": a part of the usage line above
    if installed_terms.read(walk, term, line):
        return True  # "- fast (`sudo snap install fast`): gives download speed": a program, installed so
    if term.style == "plain" and label_keys.read(walk, term.description, line):
        return True  # "* start:   `<C-n>` start multicursor …": the label names the action, the key is the subject
    if purpose_items.read(walk, term.term, term.description, line, depth):
        return True  # "## venv" / "- 용도: 가상환경 관리": what the heading's term is for
    if "=" in term.description and value_pairs.read(walk, term.term, term.description, line):
        return True  # "attributes: % = OSR , s = synchronized , …": a legend, one card per mark
    second = _SECOND_TERM.match(term.description) if "/" in term.description else None
    if second and not _SECOND_TERM.match(second.group(3)):
        # "`gg` : 문서 처음으로 / `G` : 문서 끝으로": two facts on one line, one note each
        first = _term(walk, Term(term.term, second.group(1), term.style), line, depth=depth)
        _term(walk, Term(second.group(2), second.group(3), term.style), line, depth=depth)
        return first
    if walk.item_concepts and min(walk.item_concepts) < depth:  # (most items: under no concept)
        if data_paths.names_file(term.term):
            return _concept(walk, term, line, depth)  # "/etc/app/app.conf : 설정" under "/etc/app : …": a file of its own
        # "d : 디렉토리" under "-rwxr-xr-x : …" belongs to that concept
        walk.unless_read(line, _(
            "line {line}: '{term}' explains a part of the term above it, not a term of its own; no card made from it"
        ).format(line=line, term=term.term))
        return True
    if term.style != "code" and is_label(term.term):
        return False  # "Use cases: …", "예시: …" introduce, they are not a term; "`options`: …" is a name as written
    if ends_in_label_head(term.term) or is_tags_line(term.term, term.description):
        return _concept(walk, term, line, depth)  # "검색 키워드: …", "관련 용어: …": a label, warned as a term's side
    if _PERMISSION.match(term.term) or term.style == "definition" and not _program_line(walk, term.term):
        return _concept(walk, term, line, depth)  # "du -sh dir" / ": size of dir" is a command, read on
    if term.style != "code" and labelled_lines.read(walk, term.term, term.description, line):
        return True  # "IP Range : nmap 10.0.0.1-20 : … Scanning": the line and its meaning, the label is context
    if placeholder_items.read(walk, term, line, depth):
        return True  # "- `<mode>`" / "  - r: 읽기만": a value the placeholder takes
    if option_values.read(walk, term, line, depth):
        return True  # "- `-o` : 출력 형식" / "  - short : 기본 형식": a value of that option, nested under it
    if option_values.not_an_option(walk, term, line, depth):
        return True  # "- `_UID=33` : …" among "- `-u` : …" items under "옵션": not an option, not a term either
    valued = _OPTION_VALUE.match(term.term)  # "--filter blob:none", "-b <브랜치>", "-m, --message <msg>"
    spellings = option_spellings(valued.group(1) if valued else term.term, bare_ok=walk.options_block)
    if walk.dashed_items and term.style == "strong" and (
        spellings and not any(part.startswith("-") for part in re.split(r"[\s,/]+", term.term))
        or walk.options_block and not term.term.startswith("-")
    ):
        # "- **all**: …" under "Options" in notes that write "- **--follow**: …": an argument, its dashes not left out;
        # "- **bc [name]**: …" there is an argument and its value, not the calculator bc
        if arguments.argument(walk, term.term, term.description, line, depth):
            return True  # "## get" / "### Options" / "- **pods**: …": what `oc get` takes, as the notes write it
        walk.warn(line, _(
            "line {line}: '{term}' is listed as an option without dashes, in notes that write options with their "
            "dashes: an argument, not an option; no card made from it"
        ).format(line=line, term=term.term))
        return True
    if spellings:
        if _is_command_line(term.description):
            return True  # "--mixed : git add . git commit": what to run after, not a meaning
        # "+ `-x` : …" over the item's "ldapsearch -x … | grep …" block: the option of the stage passing it
        command = (
            (fence_below.owner(walk, spellings, line) if depth > 1 else None)
            or (_command_line_above(walk, line) if not depth else None) or walk.command(depth)
        )
        walk.add_option(
            spellings, option_values.without_remark(walk, term.description, line), command, line, reason="`option: meaning` line",
            written=term.term if valued else None,
        )
        if depth:
            walk.item_option = (depth, spellings[0], command)
        return True
    if listed_commands.read(walk, term.term, term.description, line):
        return True  # "### copy, move" / "- move : 파일 이동": one of the commands the heading lists
    if _FLAGS_TOGETHER.fullmatch(term.term) and not _is_command_line(term.description):
        # "-x 1280 -y 720 : 재생 해상도": options given together, each with its value; what they do as one
        walk.add_option([clean(term.term)], term.description, walk.command(depth), line, reason="`option: meaning` line")
        return True
    candidate = term.term
    if term.style == "code" and _CAPITALS.fullmatch(candidate):
        candidate = cmd_tool(candidate) or candidate  # "`ICACLS`: …": cmd reads its tools' names in any case
    hinted = walk.hint.command if walk.hint is not None else None
    if hinted is not None and walk.section_command() == hinted:
        candidate = of_program(hinted, candidate) or candidate  # "`ps -a`: …" under <!-- quizzer: command=docker -->
    if candidate[:1].isdigit() and enumerated_values.read(walk, candidate, term.description, line):
        return True  # "- `0`: automatic selection" / "- `1`: old engine": values in turn, not keys
    keys = walk.key_program(candidate)  # (asked once: nothing below changes it before a note is made)
    if keys is not None and _inputs_listed(walk):
        # "Example search entries:" / "- `foo` - searches for string foo": text typed into a search, what it finds;
        # neither a key nor a command
        return _concept(walk, term, line, depth)
    typed = ex_commands.bare(walk, candidate, line) if keys is not None else None
    if typed is not None:
        candidate = typed  # "**sp [file]**: …" among vim's keys: an ex command written without its colon
    if keys is not None and term.style == "code" and prefix_keys.read(walk, candidate, term.description, line, program=keys):
        return True  # "- `fn a` is the current prefix": the key the notes' other keys are pressed after
    # (asked of every term only where keys are read; "`^`: Ctrl": how the notes write a modifier, a term)
    kind_said = keys is not None and (_says_kind(term.description) or keys_in_gloss.names_modifier(term.description))
    if keys is not None and not kind_said and (key_pairs.is_key(candidate) or key_pairs.among_keys(walk, candidate, line)):
        meaning, also = key_pairs.also_pressed(term.description)  # "`F5 n` : next window (`F5 l` too)"
        if walk.add_key(candidate, meaning, line, reason="`key: meaning` line", also=also):
            return True
    if keys is not None and not kind_said and depth > 1 and written_keys.add_under(walk, candidate, term.description, line):
        return True  # "- **p:**" / "  - 단어 복사: …": the key, in that case
    if keys is not None and not kind_said and written_keys.add(walk, candidate, term.description, line):
        return True  # "**[shift + g]:** …", "**n 또는 *:** …", "**> 2번 클릭:** …": a key dressed as its notes write it
    if keys is None and is_key_chord(candidate):
        # "ctrl + l   # Clear the terminal" in notes about a shell: a key pressed there, not a term to define
        walk.add(Kind.COMMAND, term=candidate, front=candidate, back=term.description, command=None, line=line,
                 answers=(clean(candidate),), reason="`key: meaning` line")
        return True
    if term.style == "code" and candidate[:1] == "%" and magics.read(walk, candidate, term.description, line):
        return True  # "`%timeit f(10)` : …": a command typed in a notebook's cell
    if term.style == "code" and ", " in candidate and key_pairs.add_keys(walk, candidate.split(", "), term.description, line):
        return True  # "`n`/`N` next/previous" on a line among others: a note per key
    if term.style == "code" and ", " in candidate:  # "`.exit` / `quit` / `Ctrl+D` exit shell": one command, three spellings
        parts = candidate.split(", ")
        lead = parse_invocation(parts[0]) if looks_like_command(parts[0]) else None
        if lead is not None and lead.command[:1] in ".:" and walk.program:
            walk.add_command(lead, term.description, line, also=tuple(parts[1:]), reason="command and its other spellings, then what it does")
            return True
        invocations = [parse_invocation(part) if looks_like_command(part) else None for part in parts]
        known = [i for i in invocations if i is not None and _known_command(walk, i)]
        if lead is not None and None not in invocations and known:
            # "`reboot`, `init 6` : 시스템 재부팅": commands that do the same, each a right answer
            walk.add_command(lead, term.description, line, also=tuple(parts[1:]), context=candidate,
                             reason="commands that do the same, then what they do")
            return True
    described = strip_prompt(term.description)  # "Java7 제거: `$ sudo yum remove …`": the prompt is not typed
    # "실행 : Ex) $ nohup ./job.sh & (배포 서버에서 쓴다)": an example's command line after its prompt; the remark its context
    example = prompted_example(term.description) if term.style != "code" else None
    if example is not None:
        described = example[0]
    reverse = parse_invocation(described) if term.style != "code" and looks_like_command(described) else None
    if reverse is not None and typed_in_prose(walk.written(line) or ""):
        reverse = None  # "Shortcut: type `ZZ` in normal mode": what to type, told in prose; the shell's `type` is not run
    if reverse is not None and _SENTENCE_END.search(described):
        reverse = None  # "…: xdotool uses decimal numbers for ids, most tools hex." is a sentence, not a line
    if reverse is not None and is_label_phrase(candidate):
        # "Useful way: `echo a | xxd`", "Useful examples: …": a label over the line, nothing it says the line does
        walk.warn(line, _(
            "line {line}: '{label}' is a label over the command line, not what it does; no card made from it"
        ).format(line=line, label=candidate))
        return True
    if (
        reverse is not None
        # "homebrew 설치 명령어: `/usr/bin/ruby -e …`": the label itself says the other side is a command
        and (
            reverse.command.split()[0] in PROGRAMS or _SAYS_COMMAND.search(candidate) is not None
            or bool(reverse.flags) and says_variant(candidate)  # "pip로 설치한 경우: appd -c <설정>": what to run then
        )
        # (quoted text may be Korean; an example's remark is no part of its line)
        and not _HANGUL.search(re.sub(r"'[^']*'|\"[^\"]*\"", "", _but_filled_in(candidate, term.description if example is None else described)))
        and (_describes(walk, candidate) or _other_program_said(candidate, reverse))
    ):
        if _USAGE_LABEL.fullmatch(candidate.strip()):
            # "명령어: `docker logs [OPTIONS] CONTAINER`": the label says the line is the command's usage, not what it does
            walk.syntax(described, line)
            return True
        # "커밋 지우기: git reset --hard HEAD~1": what it does, then the command
        task = _task_of_case(walk, candidate)
        remark = example[1] if example is not None else None
        walk.add_command(reverse, task or candidate, line, context=candidate if task else remark, reason="`description: command` line")
        if depth:
            walk.item_commands[depth] = reverse  # "  - `-H` : 헤더 지정" under it is an option of that command
        return True
    used = _OPTION_USED.match(term.description)
    if used and not looks_like_command(candidate):  # "POST로 form 데이터를 함께 요청: -d 옵션 사용"
        spellings = option_spellings(used.group(1), bare_ok=False)
        if spellings:
            walk.add_option(spellings, candidate, walk.command(depth), line, reason="`what it does: -x 옵션 사용` line")
            return True
    # "RUN : 명령을 실행" among Dockerfile's instructions: a word in capitals is a keyword as written, not a sub-command
    sub = sub_command(walk.program, candidate) if " " not in candidate and not _CAPITALS.fullmatch(candidate) else None
    if sub is not None and term.style == "plain" and not _indented_line(walk, line, depth):
        candidate = sub  # "pull: fetch + merge" in notes about git
    if command_for.read(walk, term, line):
        return True  # "- 파일 소유권: `chown` 명령어": the command for the words before the colon
    if term.style == "plain" and not _VISIBLE_ASCII.match(candidate):
        return _concept(walk, term, line, depth)
    if name_expansions.stands_for(walk, candidate, term.description, line):
        return True  # "`xxd` stands for "hex dump"": what the name is made from, not what the program does
    copula = _COPULA.match(term.description) if term.style == "code" else None
    own = parse_invocation(candidate) if copula is not None and candidate == walk.man_command else None
    if copula is not None and own is not None:
        # "`sphinx-apidoc` is a tool for …" under the DESCRIPTION of its own man page: what the page's command does
        walk.add_command(own, copula.group("rest"), line, reason="a man page's sentence saying what its command is")
        return True
    if copula is not None and cli_definitions.read(walk, term, copula.group("rest"), line):
        return True  # "`xxd` is a command-line utility that creates …": what running it does
    if copula is not None and copula.group("article"):
        # "`less` is a pager.": the sentence says what the word is, a definition, not what a command line does
        return _concept(walk, Term(term.term, copula.group("rest"), term.style), line, depth)
    if copula is not None and not _USED_FOR.match(copula.group("rest")):
        # "`direnv` is integrated into Zsh. …": a remark on how the thing is set up, neither what it is nor what it does
        walk.unless_read(line, _(
            "line {line}: the sentence after '{term}' says how it is, not what it is or does; no card made from it"
        ).format(line=line, term=term.term))
        return True
    if (
        term.style == "code" and " " not in candidate and candidate.lower() not in PROGRAMS and candidate != walk.program
        and _defines(candidate, term.description)
    ):
        return _concept(walk, term, line, depth)  # "`environment`: An environment is the target …": a term defined
    if data_paths.names_file(candidate):
        # "- /etc/crontab : 시스템 작업 목록", "- `/var/log`: 로그": a file or folder, not a program run
        return _concept(walk, term, line, depth)
    if term.style == "plain" and _PROBLEM.search(candidate) and looks_like_command(candidate):
        # "> tmux not working: 'tmux.conf' returned 1 (Windows)": a problem's title, the program said not to work
        walk.warn(line, _(
            "line {line}: '{term}' names a problem with a program, not a command line; no card made from it"
        ).format(line=line, term=candidate))
        return True
    if term.style == "plain" and len(_KOREAN_WORD.findall(candidate)) >= 2 and looks_like_command(candidate) \
            and _korean_prose(candidate) and not says_doing(candidate) \
            and _opens_with_program(walk, candidate):
        # "- at 자체가 특성: 백그라운드 …": the program's name opens a Korean phrase, no command line and no term
        # ("index 파일 생성: …" names a task, a term of its own)
        walk.unless_read(line, _(
            "line {line}: '{term}' is a phrase about a program, neither a command line nor a term; no card made "
            "from it"
        ).format(line=line, term=candidate))
        return True
    if term.style == "code" and sub is None and _beside_the_program(walk, candidate):
        return _concept(walk, term, line, depth)  # "`dependencies`: …" in notes about npm: a term of its world
    if looks_like_command(candidate):
        plain = plain_program(candidate, looks=True) if term.style != "code" else None
        if plain is not None and not _known_program(walk, plain):
            return _concept(walk, term, line, depth)  # what the line below says, read without the whole reading
        invocation = parse_invocation(candidate)
        if invocation is not None and term.style != "code" and not _known_command(walk, invocation):
            return _concept(walk, term, line, depth)  # "inode: 파일의 메타데이터", "hard link: …": terms
        if (
            invocation is not None and term.style != "code" and invocation.line == invocation.command
            and " " not in candidate and _OWN_NAME_AS_WORD.match(term.description)
            and term.description.split(" ", 1)[0].casefold() == candidate.casefold()
        ):
            return _concept(walk, term, line, depth)  # "- tar : tar 형태로 백업": a format named tar, not the program
        if invocation is not None and _describes_file(invocation, term.description):
            # "vi ~/.bashrc : 셸이 시작할 때 읽는 설정 파일": what the file is, a term of its own
            path = tokenize(invocation.line)[-1]
            walk.add(Kind.CONCEPT, term=path, front=path, back=term.description, command=None, line=line,
                     answers=(clean(invocation.line),), reason="editor opening a file, then what the file is")
            return True
        if invocation is not None and term.style == "code" and _run_as_root(term.description):
            # "`sudo add-apt-repository …`" then "`sudo apt-get update`" on its next line: more commands, no meaning
            walk.warn(line, _(
                "line {line}: what follows {command} is another command line, not what it does; no card made from it"
            ).format(line=line, command=invocation.command))
            return True
        if (
            invocation is not None and term.style != "code" and invocation.line == invocation.command
            and " " not in candidate and name_expansions.spells(candidate, _TRAILING_ASIDE.sub("", term.description))
        ):
            # "ssh - Secure Shell (안전한 셸)": the words the name stands for, not what the program does
            name_expansions.add(walk, candidate, term.description, line)
            return True
        if (
            invocation is not None and term.style != "code" and invocation.line == invocation.command
            and " " not in candidate and (_WHAT_KIND.search(term.description) or _says_kind(term.description))
        ):
            return _concept(walk, term, line, depth)  # "2) git : 버전 관리 툴": what the program is, a definition
        if invocation is not None and _points_elsewhere(walk, term.description, invocation, line):
            return True
        if invocation is not None and _glosses_last_path(walk.written(line) or "", term.description, invocation):
            # "find /srv/www -name x /data <- 찾기 시작 위치": the arrow points at the path it follows, a place named,
            # not what the line does
            walk.warn(line, _(
                "line {line}: '{gloss}' names the place the path before it is, not what {command} does; no card made "
                "from it"
            ).format(line=line, gloss=term.description, command=invocation.command))
            return True
        named_from = name_expansions.origin(candidate, term.description) if invocation is not None else None
        if named_from is not None:
            # "`sudo`: … 프로그램 / `superuser do`에서 유래": what the program does, and apart, what its name comes from
            name_expansions.add(walk, candidate, named_from[1], line)
            term = Term(term.term, named_from[0], term.style)
        if invocation is not None:
            description = _without_other_command(walk, _without_other_usage(walk, term.description, invocation, line), invocation, line)
            description = _without_flag_value(walk, description, invocation, line)
            glossed = part_sentences.read(description, invocation)
            if glossed.other:
                walk.warn(line, _(
                    "line {line}: '{remark}' is about something other than {command} as a whole; left off its card"
                ).format(line=line, remark=glossed.other, command=invocation.line))
            walk.add_command(invocation, glossed.own, line, glossed=[(line, d) for d in glossed.flags],
                             reason="`command: description` line")
            if depth:
                walk.item_commands[depth] = invocation
            return True
    return _concept(walk, term, line, depth)


_IDENTIFIER = lazyre.pattern(r"[A-Za-z][A-Za-z0-9]*")
# "git push fatal", "make error": a command line, then the word a program's message opens with (before its colon)
_PRINTED_AFTER = lazyre.pattern(r"(?P<line>\S.*?)\s+(?P<level>fatal|error|warning)", re.IGNORECASE)


# what sets a command line's gloss apart on its line: "$ git commit --amend : 커밋 메시지 고치기"
_GLOSS_AFTER_LINE = lazyre.pattern(r"\s[:：]\s")


def _command_line_above(walk: Walk, line: int) -> str | None:
    """``$ git reset `` / ``    --soft  : commit만 되돌리기``: an option's line of a paragraph, written indented under a
    line of it (not indented) that is a command line of a program the notes know: that command (``git reset``),
    whose option it is; None when the line is not indented, or the line it stands under is no such command line."""
    if (walk.written(line) or "")[:1] not in (" ", "\t"):
        return None
    at = line - 1
    while (above := walk.written(at)) is not None and above.strip():
        if above[:1] not in (" ", "\t"):
            typed = strip_prompt(_GLOSS_AFTER_LINE.split(above.strip(), 1)[0].strip())
            invocation = parse_invocation(typed) if typed and looks_like_command(typed) else None
            if invocation is None or not _known_command(walk, invocation, keys=False):
                return None
            return invocation.command
        at -= 1
    return None


def _indented_line(walk: Walk, line: int, depth: int) -> bool:
    """A line of a paragraph written indented under the line above it (``<scope>의 경우 compile, test … 올 수 있는데`` /
    ``\tcompile : 기본값 …``): a detail of what that line names (a value it takes), not a sub-command of the notes'
    program, whatever word it is.  An item of a list (``depth``) is indented by its list, not so."""
    written = walk.written(line) or ""
    return not depth and written[:1] in (" ", "\t") and walk.written(line - 1) is not None and bool(
        (walk.written(line - 1) or "").strip()
    )


def _beside_the_program(walk: Walk, word: str) -> bool:
    """``dependencies`` in notes about npm: one word in code that is none of the notes' program's sub-commands
    (which quizzer knows) nor a program quizzer knows: a term of that program's world, not a program of its own."""
    program = (walk.program or "").split(" ", 1)[0]
    known = SUBCOMMANDS.get(program)
    return (
        known is not None and _IDENTIFIER.fullmatch(word) is not None and word.lower() not in known
        and word.lower() not in PROGRAMS and word != program
    )


def _defines(word: str, description: str) -> bool:
    """``An environment is …``, ``Stacks are …``: the description says what the word is, a definition."""
    match = _DEFINING.match(description)
    return match is not None and match.group("word").casefold().rstrip("s") == word.casefold().rstrip("s")


# "sshd not starting", "vim won't open", "ssh fails", "tmux doesn't load": a program and a problem, told as a sentence
_PROBLEM = lazyre.pattern(
    r"^\S+\s+(?:.*\s)?(?:not|never|no\s+longer|cannot|can't|won't|doesn't|isn't|fails?|failed|failing|broken)"
    r"(?:\s|$)", re.IGNORECASE,
)
# "is a pager", "are the files …": a copula first; with an article it defines the word before it
_COPULA = lazyre.pattern(r"^(?:is|are)\s+(?P<rest>(?P<article>(?:an?|the)\s+)?\S.*)$", re.IGNORECASE)
_USED_FOR = lazyre.pattern(r"^used\s+(?:to|for)\b", re.IGNORECASE)  # "is used to list files": what it does
_DEFINING = lazyre.pattern(r"^(?:an?|the)?\s*(?P<word>[A-Za-z][\w-]*)\s+(?:is|are)\s+\S", re.IGNORECASE)


def _without_lead_in(walk: Walk, block: Para, term: Term) -> Term:
    """``env:<br>`` / ``An env is …<br>`` / ``set it for each stack:``: the term alone on its line, its
    definition, then a line leading into what follows; the definition is the lines between."""
    lines = [line for line in split_lines(block.inline) if line.plain.strip()]
    first = lines[0].plain.strip() if lines else ""
    if len(lines) < 3 or not ends_in_colon(first) or len(first.split()) > 3:
        return term
    last = lines[-1].plain.strip()
    if not last.endswith((":", "：")):
        return term
    walk.unless_read(block.line + len(lines) - 1, _(
        "line {line}: '{text}' leads into what follows; not part of what '{term}' is"
    ).format(line=block.line + len(lines) - 1, text=last, term=term.term))
    return Term(term.term, " ".join(line.plain.strip() for line in lines[1:-1]), term.style)


def _usage_among_lines(block: Para) -> bool:
    """A later line of the paragraph is a command line in a code span, alone (its usage, or another fact)."""
    for line in split_lines(block.inline)[1:]:
        spans = [span for span in line.spans if span.text.strip()]
        if len(spans) == 1 and spans[0].kind == "code" and " " in spans[0].text.strip():
            invocation = parse_invocation(spans[0].text)
            if invocation is not None and not invocation.command.startswith("-"):
                return True
    return False


def _one_line_of_command(text: str) -> bool:
    """``gcloud auth list``: one command line (a list of phrases, "launch a, run b", is none)."""
    return "," not in text and " " in text and looks_like_command(text) and parse_invocation(text) is not None


_WORDS = lazyre.pattern(r"\w+")
# "명령어", "Usage", "형식": a label of the usage line after it, no task
_USAGE_LABEL = lazyre.pattern(rf"(?:{COMMAND_NOUN_KO}|{names_pattern(FORM_WORDS)}|commands?)\s*[:：]?", re.IGNORECASE)
_SAYS_COMMAND = lazyre.pattern(rf"\S\s*{COMMAND_NOUN_KO}$|\S\s+command$", re.IGNORECASE)


def _opens_with_program(walk: Walk, text: str) -> bool:
    """``at 자체가 특성`` in notes about at: the first word is a program quizzer knows or the notes' own."""
    first = text.split(" ", 1)[0]
    return first in PROGRAMS or first == walk.program


_KOREAN_WORD = lazyre.pattern(f"(?<!\\S)[{HANGUL}]+(?!\\S)")


def _korean_prose(text: str) -> bool:
    """Korean words that are not a placeholder (``[이름]``, ``<파일>``): a description, not a command line."""
    return any(_HANGUL.search(t) and not re.search(r"[\[<{(\"']", t) for t in tokenize(text))


def _but_filled_in(label: str, command: str) -> str:
    """``command`` without its last word when ``label`` is a case (``pip로 설치한 경우: appd -c 설정파일``): there a
    last Korean word after the command's options is what the reader fills in, not prose."""
    words = command.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-2].startswith("-") and says_variant(label) else command


def _task_of_case(walk: Walk, label: str) -> str | None:
    """``apt로 설치했을 경우: service x restart`` under ``## 구동``: the label says when, the heading what is done;
    the heading is the meaning (the case is told beside it).  None when the label is no case or the heading says
    no task (a case alone is no meaning: decide warns of it)."""
    heading = walk.sections[-1].text.strip() if walk.sections else ""
    return heading if says_variant(label) and heading and says_doing(heading) else None


def _describes(walk: Walk, text: str) -> bool:
    """Is ``text``, before a command line, what it does?  ``curl 버전 확인`` and ``custom header``
    are; ``git log`` or ``ls -a`` (a command itself) is not, nor ``$ branch`` (a variable the
    command's output fills in, as cheat-sheet tools such as navi write it), nor a quotation
    (``"jq is like sed for JSON data" - jq project document``: the words after it name its source)."""
    if names_variable(text) or is_quotation(text):
        return False
    if not looks_like_command(text):
        return True
    if _korean_prose(text):
        return True
    invocation = parse_invocation(text)
    return invocation is not None and not invocation.flags and len(tokenize(text)) > 1 and not _known_command(walk, invocation)


def _other_program_said(text: str, line: Invocation) -> bool:
    """``unzip file: `tar -xvf a.tar.gz` ``: words that would run a program (``unzip``) before a line of another
    (``tar``) say what the line does in words that happen to name one; the line cannot be what they do."""
    said = parse_invocation(text) if not names_variable(text) else None  # "$ image: docker images …": filled in
    return (
        said is not None and not said.flags and len(tokenize(text)) == 2
        and said.command.split()[0] != line.command.split()[0] and bool(line.flags)
    )


_ITEM_START = lazyre.pattern(r"^(\s*)(?:[-*+]|\d+[.)])\s")


#: The most words a name for a group of items has ("Key bindings", "단축키 모음"); a longer phrase over a nested list
#: ("URL로 데이터를 보내는 데 쓰는 CLI 도구" over sentences saying more of it) says what the program is.
_GROUP_NAME_WORDS = 3


def _names_group(text: str) -> bool:
    """``Bindings``, ``Useful shortcuts``, ``단축키 모음``: a short phrase, neither saying what is done nor a
    sentence, that names the group of items nested under it."""
    return len(text.split()) <= _GROUP_NAME_WORDS and not says_doing(text) and not is_sentence(text)


def _nested_code_first(walk: Walk, block: Para) -> bool:
    """The item nested under this one opens with a code span (``- `F9` : kill``): it names its own subject."""
    below = _ITEM_START.match(walk.written(block.line + 1) or "")
    return below is not None and (walk.written(block.line + 1) or "")[below.end():].lstrip().startswith("`")


def _under_command_item(walk: Walk, block: Para) -> bool:
    """A bullet of words alone nested under the one bullet that says what the heading's command does, when that one
    says the command's functions follow (``# pathping`` / ``- ping + tracert 의 기능`` / ``    - 라우터의 IP 확인``):
    one of those functions, more of what the command does.  Nested under a bullet that says what it does outright
    (``- 컴퓨터의 IP 구성정보 확인`` / ``    - 공유기에서 할당하는 IP``) a bullet says something else: what the IP is,
    a usage, a remark."""
    lead = walk.lead_in
    if (
        lead is None or lead.invocation is None or not lead.items or lead.block != walk.block - 1
        or block.lists[-1].ordered or block.inline.has_code or "\n" in block.inline.raw.strip()
    ):
        return False
    words = clean(lead.items[0][1]).rstrip(".:：").split()
    return len(words) >= 2 and words[-1] in FUNCTIONS_WORDS_KO


def _heads_sublist(walk: Walk, block: Para) -> bool:
    """The item's next line is an item nested deeper: this one is the label over that list."""
    here = _ITEM_START.match(walk.written(block.line) or "")
    below = _ITEM_START.match(walk.written(block.line + 1) or "")
    return here is not None and below is not None and len(below.group(1)) > len(here.group(1))


def _case(walk: Walk, block: Para) -> bool:
    """One item of a list of cases or reasons under a lead-in (pattern 9): the lead → the whole list."""
    lead = walk.lead_in
    text = strip_markers(block.text)
    if (
        lead is None
        or lead.block != walk.block - 1
        or looks_like_command(text) and not _korean_prose(text)  # "ed 명령어와 grep …" is prose
        and not (lead.invocation is not None and spells_out(lead.invocation.command, text))  # "## ls" / "- list"
        or "http" in text
        or only_link(walk.source, block.line)  # "## Resources:" / "- [A cheat sheet](https://…)": where to read more
        # "## ls" / "## ps" name a command all the same; "## & 란?" asks what the sign is, however short
        or len(lead.front) < 3 and lead.invocation is None and not lead.question
        or is_label(lead.front)
        or heading_keys.is_platform(lead.front.rstrip(":："))  # "#### Windows:" / "- GNU build - works": for that system
    ):
        walk.lead_in = None
        return False
    if not lead.explicit and not _CASE_ITEM.search(text):
        walk.lead_in = None
        return False
    adjacent = walk.next_code_line == block.line + block.inline.raw.count("\n") + 1
    if walk.next_code_inside and lead.invocation is not None:
        # "## sed" / "- Delete blank lines" over a fence indented under the item: the item says what its own
        # block does, not what the heading's command does
        walk.lead_in = None
        return False
    if adjacent and lead.invocation is not None and ends_in_colon(text):
        # "## less" / "- 20번째 줄부터 보기:" right over a block: it leads into the block, not what less does
        walk.lead_in = None
        return False
    if (
        lead.invocation is not None and says_condition(text) and not says_wish(text)
        and walk.code_next(block.line + block.inline.raw.count("\n"))
    ):
        # "## nginx" / "- 도커로 띄울 때" over a blank line and a fence: the case the block is for, not what nginx does
        walk.lead_in = None
        return False
    fence = walk.next_code_line
    first_line = strip_prompt((walk.written(fence + 1) or "").strip()) if fence is not None else ""
    if (
        not lead.items and adjacent and fence is not None and not looks_like_command(first_line)
        # "### `FOR`" / "- 일종의 반복문" over "FOR %%변수명 IN (SET) DO Command": the heading's command, its usage
        and not (lead.invocation is not None and first_line.split(" ", 1)[0] == lead.invocation.command)
    ):
        # "# Example:" / "* Check that it is installed." right over a block of "> tool version" (a prompt of
        # another shell): the item says what the block does, the first of a list of cases it is not; but the
        # block does not read as command lines
        walk.lead_in = None
        walk.warn(block.line, _(
            "line {line}: the item says what the block below it does, but the block's first line does not "
            "read as a command line; no card made from it"
        ).format(line=block.line))
        return True
    if lead.question and _DEFINES_OTHER.search(text):
        return False  # "cronie(패키지) = crond + crontab" under "cron이란?": another term defined, not what it is
    example = example_label(text)
    if lead.invocation is not None and example and lead.items:
        # "## find" / "* 파일 찾기" / "* 예) find . -name …": an example of it, not one more thing it does
        walk.unless_read(block.line, _(
            "line {line}: a remark ({label}) under the heading, not what {command} does; no card made from it"
        ).format(line=block.line, label=example, command=lead.invocation.command))
        return True
    labelled = _LABELLED.match(text)
    if lead.invocation is not None and labelled and is_label(labelled.group(1)):
        # "## git" / "- 참고: git log --oneline": a remark beside the command, not what it does
        walk.unless_read(block.line, _(
            "line {line}: a remark ({label}) under the heading, not what {command} does; no card made from it"
        ).format(line=block.line, label=labelled.group(1).strip(), command=lead.invocation.command))
        return True
    if lead.invocation is not None and spells_out(lead.invocation.command, text):
        # "## mv" / "- move": the words the name is short for, a mnemonic beside what it does
        lead.block = walk.block
        walk.unless_read(block.line, _(
            "line {line}: '{text}' spells out the name {command}; it is not what the command does, no card made from it"
        ).format(line=block.line, text=text, command=lead.invocation.command))
        return True
    if lead.invocation is not None and _heads_sublist(walk, block) and (
        lead.items or names_topic(text) or _names_group(text) and _nested_code_first(walk, block)
    ):
        # "## cp" / "- 예시" over nested "cp a.txt b.txt : …" lines: a label over the list under it, no meaning;
        # "# TMUX" / "- About the prefix" over nested items: the topic of the items, not what tmux does;
        # "# htop" / "- Shortcuts" over nested "`F9` : …" items: a name for the group, even alone (over nested
        # sentences, "## tasklist" / "- 작업 관리자" / "  - 실행 중인 프로그램 확인", a short phrase says what it is)
        lead.block = walk.block
        return True
    if lead.invocation is not None and question_options.read(walk, block):
        return True  # "# od" / "- How do I show each byte as a character? `-c`": what -c does, not what od does
    lead.items.append((block.line, text))
    lead.block = walk.block
    if lead.invocation is not None:  # "## git cherry-pick" / "* 다른 브랜치의 커밋 하나를 …"
        walk.heading_command = None
        if lead.single:
            walk.lead_in = None
        if len(lead.items) == 1:
            walk.add_command(lead.invocation, text, block.line, reason="heading naming a command, bullets under it")
        else:
            key = note_key(walk.deck, Kind.COMMAND, lead.invocation.command, lead.invocation.concrete)
            if key in walk.notes:
                walk.notes[key] = replace(walk.notes[key], back=f"{walk.notes[key].back}\n{clean(text)}")
        return True
    if len(lead.items) < (1 if lead.explicit else 2):
        return True
    front = lead.front.rstrip(":：").rstrip()  # "## rsync를 쓰는 경우:": the colon leads into the list
    key = note_key(walk.deck, Kind.CONCEPT, None, front)
    if len(lead.items) > (1 if lead.explicit else 2) and key in walk.notes:
        walk.notes[key] = replace(walk.notes[key], back=f"{walk.notes[key].back}\n{clean(text)}")
        return True
    walk.add(
        Kind.CONCEPT, term=front, front=front, back="\n".join(t for _, t in lead.items), command=None,
        line=lead.items[0][0], reason="list of cases under its lead-in",
    )
    return True


_TRAILING_COMMENT = lazyre.pattern(r"\s+(?://|#)\s*(\S.*)$")


def _described_command(walk: Walk, block: Para) -> bool:
    """``1. 파일의 전체 내용 출력 \\`` then `` `awk '{print}' file` `` on the item's next line."""
    if "\n" not in block.inline.raw:
        return False
    lines = [line for line in split_lines(block.inline) if line.plain]
    if len(lines) != 2 or not all(span.kind == "code" or not span.text.strip() for span in lines[1].spans):
        return False
    code_text = lines[1].plain
    if opens_with_example(code_text):  # "`ex ) grep -i root /etc/passwd`": an example of the item's command
        return False
    trailing = _TRAILING_COMMENT.search(code_text)
    command_text = code_text[: trailing.start()] if trailing else code_text
    invocation = parse_invocation(command_text) if looks_like_command(command_text) else None
    if invocation is None or not _known_command(walk, invocation):
        return False
    description = strip_markers(lines[0].plain).rstrip(":：").strip()
    if not description or looks_like_command(description):
        return False
    walk.add_command(invocation, description, block.line + 1, reason="item: what it does, then its command line")
    return True


_LABELLED = lazyre.pattern(r"^([^:：]{1,20})[:：]\s*\S")
def _folded(label: str) -> str:
    return label.strip().strip("*_ ").casefold()


# "Note: …", "**Warning**: …", "See also …": a remark, by its label
# a question that is no "how do I …?" (which the block below may answer): a tag ("…, right?"), an aside
_ASIDE_QUESTION = lazyre.pattern(
    r"^(?!(?:how|what|what's|which|where|when|who|why|can|could|is|are|do|does|should|shall|will|would|"
    r"어떻게|무엇|뭐|어디|왜|언제|누가|어느)\b)[^?？]{1,120}[?？]\s*$",
    re.IGNORECASE,
)
# a paragraph that sends the reader elsewhere for more: "(더) 자세한 내용은 … 참고", "For more details, …"
_SEE_DETAILS = lazyre.pattern(
    r"^(?:더\s*)?(?:자세한|상세한|추가)\s*(?:내용|정보|설명|사항)(?:은|는|들은)\s.*(?:참고|참조|확인|보세요|보시면|바랍니다)"
    r"|^(?:for\s+(?:more|further)\s+(?:details|information|info)\b|see\s.{1,80}\bfor\s+(?:more\s+)?(?:details|information)\b)",
    re.IGNORECASE,
)
# a paragraph that is only a link to read: "See [the homepage](https://…).", "Check out [the docs](…)", "[공식 문서](…) 참고"
_SEE_LINK = lazyre.pattern(
    r"^(?:(?:see(?:\s+also)?|check\s+out|refer\s+to|visit|read)\s+(?:the\s+)?\[[^\]\n]+\]\([^()\s]*\)\s*[.!]?"
    r"|\[[^\]\n]+\]\([^()\s]*\)\s*(?:을|를)?\s*(?:참고|참조)(?:하세요|하자|한다|할\s*것)?\.?)$",
    re.IGNORECASE,
)
# (the label maybe set off by a dash: "NOTE - this can lose work")
_REMARK = lazyre.pattern(r"^(?:(?P<label>[^:：]{1,20}?)(?:[:：]|\s+[-–—])\s*\S|(?P<see>see also)\b)", re.IGNORECASE)
_EQUALS_TERM = lazyre.pattern(r"^(\S{1,12})\s+=\s+(\S.*?)\s*\\?$")


def _term_lines(walk: Walk, block: Para, *, depth: int, dry: bool = False) -> bool:
    """``pull: fetch + merge`` / ``fetch: .git에 넣어놓기만 함`` on lines of one paragraph: one note per line.

    ``dry``: only say whether the paragraph is such lines.
    """
    if "\n" not in block.inline.raw:
        return False
    lines = [line for line in split_lines(block.inline) if line.plain]  # "<br>" then a new line: one break
    terms = [(n, split_term(line, listed=True)) for n, line in enumerate(lines)]
    found = [(n, term) for n, term in terms if term is not None]
    keyed = {n for n, term in terms if term is None and key_pairs.leads(walk, lines[n])}  # "`j`/`k` down/up"
    if not found:
        # "$0 = 파일 전체 \" / "$n = n번째 필드": every line a symbol, " = ", what it stands for
        equals = [_EQUALS_TERM.match(line.plain) for line in lines]
        terms = [(n, Term(m.group(1), m.group(2), "plain") if m else None) for n, m in enumerate(equals)]
        found = [(n, term) for n, term in terms if term is not None] if all(equals) else []
    if len(found) + len(keyed) < 2 or (len(found) + len(keyed)) * 2 < len(terms):
        return False
    if dry:
        return True
    for n, term in terms:
        if n in keyed and (
            key_pairs.read(walk, lines[n], block.line + n) or key_pairs.read_single(walk, lines[n], block.line + n)
        ):
            continue
        if term is None or not _term(walk, term, block.line + n, depth=depth):
            walk.skipped(block.line + n)
    return True


def _prompted_known(walk: Walk, text: str) -> bool:
    """``git rm [파일명]`` after a ``$ `` in a code span: a command line of a program the notes know (``command -a``,
    a stand-in for any program, stays as written)."""
    tokens = tokenize(text) if looks_like_command(text) else ()
    return bool(tokens) and _known_program(walk, tokens[0], keys=False)


def _quoted_manual(walk: Walk, text: str, command: str) -> bool:
    """A quote in English naming ``command`` (``> The du utility displays …``) in notes written in Korean: the manual's
    words, quoted; the notes' own words follow."""
    if _HANGUL.search(text) or len(text.split()) < 4 or not re.search(rf"(?<![\w-]){re.escape(command)}(?![\w-])", text):
        return False
    return any(_HANGUL.search(line) for line in walk.source)


def _asked_command(term: str) -> str | None:
    """``git stash`` of "## git stash란?": a program quizzer knows and its sub-command, asked what it is (a command,
    not a term to define); None for any other term ("프로파일", "grep": a program alone is asked as a term)."""
    term = clean(term).strip("`")
    words = term.split()
    if len(words) != 2 or _HANGUL.search(term) or not looks_like_command(term):
        return None
    return term if sub_command(words[0], words[1]) == term else None


def _known_command(walk: Walk, invocation: Invocation, *, keys: bool = True) -> bool:
    """A plain word is a command only with evidence: a program we know, the notes' own program, flags, a path."""
    return bool(invocation.flags) or _known_program(walk, invocation.command.split()[0], keys=keys)


def _known_program(walk: Walk, program: str, *, keys: bool = True) -> bool:
    """:func:`_known_command` of a line with no flags whose program is ``program``."""
    return (
        program in PROGRAMS
        or program == walk.program
        or program.startswith(("./", "/", "~/"))
        or program.startswith(":")
        or keys and walk.key_program() is not None  # not for headings: "# check running session" is a topic
    )


def _is_command_line(text: str) -> bool:
    invocation = parse_invocation(text) if looks_like_command(text) else None
    if invocation is None:
        return False
    return invocation.command.split()[0] in ("git", "docker", "kubectl", "sudo") or tokenize(invocation.line)[0] in AS_ROOT


def _run_as_root(text: str) -> bool:
    """``sudo apt-get update …``: a command line run as root, never a meaning."""
    tokens = tokenize(text)
    return len(tokens) > 1 and tokens[0] in AS_ROOT and parse_invocation(text) is not None


_FILE_NOUN = lazyre.pattern(r"(?:파일|\bfile)\s*\.?$", re.IGNORECASE)


def _describes_file(invocation: Invocation, description: str) -> bool:
    """An editor and one file, glossed with a phrase that ends in "file": the gloss is the file's."""
    words = tokenize(invocation.line)
    return invocation.command in EDITORS and len(words) == 2 and bool(_FILE_NOUN.search(description))


_ASIDE = lazyre.pattern(r"^(.*\S)\s*\(([^()]*)\)\s*$")


def _without_other_usage(walk: Walk, description: str, invocation: Invocation, line: int) -> str:
    """``rm : 파일 삭제 (디렉토리는 rm -R)``: the remark is another fact (another way to run it), not
    part of what ``rm`` does; it is left off the card, with a warning."""
    aside = _ASIDE.match(description)
    program = invocation.command.split()[0]
    # (the name first, as written: a pattern compiled for each program is most of the cost when it is absent)
    if aside is None or program not in aside.group(2) or not re.search(rf"(?<![\w-]){re.escape(program)}\s+-", aside.group(2)):
        return description
    walk.warn(line, _(
        "line {line}: the remark '({remark})' is about another way to run {command}; left off its card"
    ).format(line=line, remark=aside.group(2), command=program))
    return aside.group(1)


def _without_flag_value(walk: Walk, description: str, invocation: Invocation, line: int) -> str:
    """``with progress, -s 10G = ten gigabytes`` after a line that passes ``-s 10G``: the tail glosses one flag of
    the line (:mod:`quizzer.extract.elsewhere`); the card keeps what comes before it, and the tail is warned about."""
    split = elsewhere.flag_tail(description, invocation)
    if split is None:
        return description
    walk.warn(line, _(
        "line {line}: '{remark}' tells what {flag} means in the line, a fact of its own; left off the card of {command}"
    ).format(line=line, remark=split.tail, flag=split.flag, command=invocation.command))
    return split.head


# "… to remove some with sudo ufw delete 1", "…, then git push": the description ends by naming another command
_OTHER_LEAD = lazyre.pattern(r"\s+(?:with|using|via|by|by running|then|then run|and run)\s+|\s*[,;]\s+(?:then\s+)?|\s+\(")
_OTHER_TAIL = lazyre.pattern(r"(?P<command>(?:sudo\s+)?[a-z][\w.-]*\s[^()]*?)\)?[.\s]*$")


# a noun phrase naming a place: what a path is ("검색 시작점", "설정 파일 위치", "log directory"), never what a line does
_PLACE_NOUN = lazyre.pattern(
    r"(?:위치|시작점|경로|폴더|디렉[토터]리|location|path|directory|folder|starting point|start point)\s*$", re.IGNORECASE)


def _glosses_last_path(written: str, description: str, invocation: Invocation) -> bool:
    """``grep -r "text" /home/docs/ <- 검색 시작점``: a gloss after ``<-`` that names a place, the line's last word
    a path: the arrow points at that path, not at the line (``cd .. <- 위로 이동`` says what the line does)."""
    if "<-" not in written or not _PLACE_NOUN.search(description):
        return False
    words = tokenize(invocation.line)
    return len(words) > 1 and "/" in words[-1]


def _points_elsewhere(walk: Walk, description: str, invocation: Invocation, line: int) -> bool:
    """``mount … /srv  # use lsblk -f to find the labels``: a gloss telling which other program to run; warned
    about, not made this line's card (:mod:`quizzer.extract.elsewhere`)."""
    other = elsewhere.other_command(description, invocation)
    if other is None:
        return False
    walk.warn(line, _(
        "line {line}: '{remark}' names another command, {command}; left off the card of {subject}"
    ).format(line=line, remark=clean(description), command=other, subject=invocation.command))
    return True


def _without_other_command(walk: Walk, description: str, invocation: Invocation, line: int) -> str:
    """``status numbered - Display rule ids to remove some with `ufw delete 1` ``: the tail names the program
    again for another command, a fact of its own; the card keeps what comes before it, and the tail is warned
    about.  Only a gloss that names the command's program again is searched (most name no program at all)."""
    if invocation.command.split()[0] not in description[1:]:
        return description
    for lead in _OTHER_LEAD.finditer(description):
        tail = _OTHER_TAIL.match(description, lead.end())
        other = parse_invocation(tail.group("command")) if tail is not None else None
        head = description[: lead.start()].rstrip(" ,;")
        if other is None or len(head.split()) < 2:
            continue
        words, mine = _command_words(other.line), _command_words(invocation.line)
        # the same program named again, or a line run as root or with flags: a command, not a word ("file name …")
        if words[:1] != mine[:1] and not (other.flags or tokenize(other.line)[0] in AS_ROOT):
            continue
        same = other.command == invocation.command and words[:2] == mine[:2]  # "ufw delete" is not "ufw status"
        if same or other.command.split()[0] not in PROGRAMS | {invocation.command.split()[0]}:
            continue
        walk.warn(line, _(
            "line {line}: '{remark}' names another command, {command}; left off the card of {subject}"
        ).format(line=line, remark=description[lead.start() :].strip(" ,;()"), command=other.command,
                 subject=invocation.command))
        return head
    return description


def _program_line(walk: Walk, text: str) -> bool:
    """``du -sh dir``: a command line of a program quizzer knows (or the notes'), with more than its name."""
    invocation = parse_invocation(text) if " " in text and looks_like_command(text) else None
    return invocation is not None and invocation.command.split()[0] in PROGRAMS | {walk.program}


def _command_words(line: str) -> list[str]:
    """A command line's words after ``sudo``, flags left out: its program and what names the action."""
    words = [word for word in tokenize(line) if not word.startswith("-")]
    return words[1:] if words[:1] and words[0] in AS_ROOT else words


# names with their versions, two or more, nothing else ("Android16, OneUI8.0, Windows11"): a setup, not a meaning
_URL = lazyre.pattern(r"\S*https?://\S+")
_LETTER = lazyre.pattern(r"[^\W\d_]")
_WORD_CHAR = lazyre.pattern(r"\w")
_ADDRESS = lazyre.pattern(r"https?://\S+")  # a paragraph that is an address and nothing else


def _source_lines(walk: Walk, block: Para) -> bool:
    """``block`` is a label and an address (``출처: https://…``, ``Docs:`` / ``https://…`` on two lines), or every
    line of it as written is one (``Link: [docs](https://…)`` over ``Link: [API](https://…)``), a label word alone
    on its first line allowed (``참고`` over ``Vim Tips Wiki: [https://…](https://…)``)."""
    if label_and_address(strip_markers(block.text)):
        return True
    lines = [walk.written(n) or "" for n in range(block.line, block.line + block.inline.raw.count("\n") + 1)]
    if len(lines) > 1 and is_label(lines[0]):
        lines = lines[1:]
    return all(label_and_address(line) for line in lines)
_LONGEST_STEP_TITLE = 6  # words: "Destroy the stack: …" is titled, "You may delete it with this command: …" is a sentence
# "a. CustomResource", "b) Stage": a letter numbering lines written as text (not a markdown list)
_LETTERED = lazyre.pattern(r"^[a-z][.)]\s+(\S.*)$")
_TO_DO = lazyre.pattern(r"#?(?:TODO|FIXME|XXX|TBD|WIP)(?:\s*\([^()]*\))?")  # "TODO(kim)" too
_FOOTNOTE = lazyre.pattern(r"\[\^[^\]\s]+\]")
# "`Show hidden files` set to true", "`Night Shift` turned on": a setting and the value chosen for it, one word
# after the verb; what the setting is, the line never says
_SET_VALUE = lazyre.pattern(
    r"(?:is\s+|should\s+be\s+)?(?:set\s+to|turned|switched)\s+[\w.:/~+-]+\.?", re.IGNORECASE
)
# "`a` is X, `b` is Y": a term in code defined, then a second one after a comma
# (or after a full stop or a semicolon: "`HEAD` means …. `main` would mean …")
_TWO_DEFINED = lazyre.pattern(
    r"`[^`]+`\s+(?:is|are|means)\s[^`]*[,.;]\s*(?:and\s+)?`[^`]+`\s+(?:is|are|means|would\s+mean)\s"
)
_PATH_VALUE = lazyre.pattern(r"[\w.~$-]*(?:/[\w.~${}*-]+)+/?|[\w.~$-]+/")  # "sdk/tools/bin/", "/etc/app", "~/.app/"
# "루트의 실제 경로는 … 끝난다.", "버전 2에선 … 열린다.": a sentence whose topic (은/는) or scope (에선/에서는), in its
# first words, is a thing of its own: said in the case the term names, it does not say what the term is ("이 옵션은 …",
# "해당 명령은 …" point back at the term, and are read as before)
_OWN_TOPIC = lazyre.pattern(r"^(?P<before>(?:\S+\s+){0,2}?)(?P<topic>[^\s,]+?)(?:은|는|에선|에서는)\s+\S.*(?:다|요)\.?$")
_HANGUL_WORD = lazyre.pattern(r"[가-힣]")
_TRAILING_ASIDE = lazyre.pattern(r"\s*\([^()]*\)\s*$")  # "Secure Shell (안전한 셸)": a gloss in brackets at the end
# "-i 와 su", "-f and --force": an option, a word joining it to another name, then the other
_OPTION_AND_NAME = lazyre.pattern(r"--?[A-Za-z][\w-]*\s+(?:와|과|및|또는|and|or|&)\s+\S+", re.IGNORECASE)
# a name with its version: "WSL1", "WSL 2", "버전 2", "Python 3.11" (a case, when the notes tell it from another)
_VERSIONED_NAME = lazyre.pattern(r"(?P<stem>[^\W\d_][\w-]*?)\s?v?(?P<number>\d+(?:\.\d+)*)")
_POINTS_AT_TERM = frozenset({"이", "그", "해당", "본", "위", "이것", "그것", "이건", "그건", "this", "it"})
_VERSIONED_LIST = lazyre.pattern(r"[^\W\d_][\w.-]*?\d[\w.-]*(?:\s*,\s*[^\W\d_][\w.-]*?\d[\w.-]*)+")


# "If the build fails, clean the cache": when to do it, then the task
_CONDITION_FIRST = lazyre.pattern(r"(?:if|when|once|after)\s+[^,:：]+,\s+(?P<task>[^,]+\S)", re.IGNORECASE)


def _told_apart(walk: Walk, name: str, line: int) -> bool:
    """``WSL1: …`` with ``**WSL2**: …`` on another line of the notes: the same name with another number, each the
    label of a line of its own, two cases told apart (``IPv6: …`` beside a mention of IPv4 in prose is one term)."""
    versioned = _VERSIONED_NAME.fullmatch(name.strip())
    if versioned is None:
        return False
    other = re.compile(
        rf"^\s*(?:[-*+]\s+)?(?:\*\*|__)?{re.escape(versioned.group('stem'))}\s?v?(?!{re.escape(versioned.group('number'))}\b)"
        r"\d[\d.]*(?:\*\*|__)?\s*[:：]"
    )
    at = 1
    while (text := walk.written(at)) is not None:
        if at != line and other.match(text):
            return True
        at += 1
    return False


def _of_its_own_topic(name: str, description: str) -> bool:
    """``WSL1: 루트의 실제 경로는 … 끝난다.``: the description's first sentence has a topic of its own (not the term,
    not a word pointing back at it) and ends as a statement ("설정 값들을 지정해놓는 부분." is a noun phrase, whose
    "사용되는" is no topic).  Asked only of a term that names a case (a system, or a version told apart from another):
    a Korean definition of any other term may well have a topic of its own ("멱등성: 같은 요청은 여러 번 보내도
    결과가 같다.", "S3: 파일은 버킷 안에 객체로 저장된다.")."""
    if "은 " not in description and "는 " not in description and "에선 " not in description:
        return False  # (most descriptions: no topic particle at all)
    first_sentence = clean(description)
    if "." in first_sentence or "!" in first_sentence or "?" in first_sentence:  # (most have none: one sentence)
        first_sentence = split_sentences(first_sentence)[0]
    if not first_sentence.endswith(("다", "요", "다.", "요.")):
        return False  # (_OWN_TOPIC's end, a statement: found at once, where the pattern tries every topic first)
    said = _OWN_TOPIC.match(first_sentence)
    if said is None:
        return False
    first = (said.group("before").split() or [said.group("topic")])[0]
    topic = f"{said.group('before')}{said.group('topic')}".casefold()
    # "배열과 슬라이스의 차이: 배열의 길이는 …": the topic is a part of the term (a word of it, particles aside)
    stems = [word[:2] if _HANGUL_WORD.match(word) else word for word in re.findall(r"[가-힣]+|[a-z]+", name.casefold())]
    return first.casefold() not in _POINTS_AT_TERM and not any(stem in topic for stem in stems)


# ", you'd do", ", press": words that only hand over to the keys after the colon ("To type é, you'd do: `C-x 8 ' e`")
_DO_IT = lazyre.pattern(r",\s*(?:you(?:'d|\s+would|\s+can)?\s+)?(?:do|press|type|hit|use)\s*$", re.IGNORECASE)


def _concept(walk: Walk, term: Term, line: int, depth: int) -> bool:
    name = term.term
    nested_under_command = bool(walk.item_commands) and min(walk.item_commands) < depth and not _PERMISSION.match(name)
    if nested_under_command or is_label(name):
        return False
    if term.style == "code" and _unread_command_line(name):
        # "`grep :` : 콜론이 있는 줄만", "`echo $A + $B` : …": a known program, then words the shell reader could not
        # read as its arguments; a command line, not a term, and which fact of it the gloss gives is not sure
        walk.unless_read(line, _(
            "line {line}: '{name}' is a command line of {program} whose arguments could not be read; not a term, "
            "and no card made from it"
        ).format(line=line, name=name, program=name.split(None, 1)[0]))
        return True
    if _OPTION_AND_NAME.fullmatch(name):
        # "-i 와 su: root로 로그인": an option and another name sharing one meaning, never a term; which command's
        # option it is, and what the other is, the line does not say
        walk.unless_read(line, _(
            "line {line}: '{name}' joins an option and another name, which share one meaning; not a term, and whose "
            "option it is is not said, no card made from it"
        ).format(line=line, name=name))
        return False
    if opens_with_example(term.description):
        # "압축 : ex) tar czf a.tgz dir" (no command line read), "캐시 : 예) 브라우저가 모아 둔 파일": an example of it,
        # never what it is
        walk.unless_read(line, _(
            "line {line}: after '{name}' comes an example, not what it is; no card made from it"
        ).format(line=line, name=name))
        return True
    if is_fix_label(name):
        # "해결: 캐시를 지운다" under a problem's heading: what to do about it (over a block, what the block does); the
        # label is no term it defines
        walk.unless_read(line, _(
            "line {line}: '{label}' labels the way out of a problem told above, not a term; no card made from it"
        ).format(line=line, label=name))
        return False
    if is_numbered_label(name):  # "단계 1: AMI 선택", "해결2: …": which step or fix, the word names no term
        walk.unless_read(line, _(
            "line {line}: '{name}' numbers a step or a way, it is not a term; no card made from it"
        ).format(line=line, name=name))
        return False
    if name[:2] == "[^" and _FOOTNOTE.fullmatch(name):  # "[^1]: 우선순위는 역순": a footnote, a remark on a line above, not a term
        walk.warn(line, _(
            "line {line}: '{name}' marks a footnote, a remark on the text above, not a term and its definition; "
            "no card made from it"
        ).format(line=line, name=name))
        return True
    if _SET_VALUE.fullmatch(term.description) and not name.startswith("-"):
        walk.unless_read(line, _(
            "line {line}: '{name}' is a setting and the value to give it, not what it is; no card made from it"
        ).format(line=line, name=name))
        return True
    if (
        is_key_chord(term.description) or term.style == "plain" and _CODE_ALONE_AFTER.search(walk.written(line) or "")
        and is_key_sequence(term.description)  # "To type é, you'd do: `C-x 8 ' e`": a chord, then a key or two
        # "전체 선택: gg shift+v+g" in notes about an editor: its keys, pressed in turn; what one name says, not two
        or term.style == "plain" and walk.key_program() is not None and key_pairs.in_turn(term.description)
        and not _NAMES_JOINED.search(name)
    ) and not is_key_chord(name) and _LETTER.search(name):
        # "왼쪽 위 : ^ + ⌥ + U": what to do, then the keys that do it; the keys are the subject, never the answer
        # (of the notes' editor, else of no program in notes that run none: "창 닫기 : ⌘ + W" in notes of everyday
        # keys; in notes that run brew and mas, some app's keys, not said which)
        if walk.key_program() is None and (walk.program or walk.fenced_program):
            walk.warn(line, _(
                "line {line}: '{keys}' are keys, and the notes do not say of which program; no card made from it"
            ).format(line=line, keys=term.description))
        elif bunches_keys(term.description):  # "Browser : cmd + t,w,q": three keys, no one of them says what
            walk.warn(line, _(
                "line {line}: '{keys}' are several keys written as one; which of them does what is not said, so no "
                "card was made from it"
            ).format(line=line, keys=term.description))
        else:
            walk.add_key_note(term.description, _DO_IT.sub("", name), line, reason="what it does, then the keys that do it")
        return True
    written = walk.written(line) or ""
    keys = keys_in_gloss.keys_among_words(written, term.description) if term.style == "plain" and _LETTER.search(name) else None
    if keys is not None and keys_in_gloss.restates_term(name, written):
        keys = None  # "접두 키(prefix) : screen의 기본 접두 키는 `ctrl + a`": the keys are what the term is, a definition
    pressed = keys_in_gloss.pressed_after(written) if keys is not None else None
    if pressed is not None:  # "이미지 자르기 : 자를 부분을 선택하고 `command + K`": the keys, after what to do first
        before = len(walk.notes)
        walk.add_key_note(pressed[0], name, line, reason="what it does, then what to do first and the keys")
        if pressed[1]:
            walk.set_context(list(walk.notes)[before:], pressed[1])
        return True
    if keys is not None:  # "시크릿 탭 열기 : shift _": keys, but which do it is not sure
        walk.unless_read(line, _(
            "line {line}: after '{name}' come keys ('{keys}') among other words, or no clear key; which keys do it "
            "is not sure, no card made from it"
        ).format(line=line, name=name, keys=keys))
        return True
    if "http" in name or "://" in term.description and _URL.fullmatch(term.description) or _is_command_line(term.description):
        walk.unless_read(line, _(
            "line {line}: a side is an address or a command line, not a term and its definition; no card made from it"
        ).format(line=line))
        return False
    if still_to_write(term.description):
        # "ZSH - to be checked.", "rsync: TODO": the writer's note that the term's text is still to come
        walk.unless_read(line, _(
            "line {line}: after '{name}' comes the writer's note that it is still to be written or checked, not "
            "what it is; no card made from it"
        ).format(line=line, name=name))
        return True
    if (
        not _LETTER.search(term.description)  # "Version : 4.3.3": a value, not a definition
        or _VERSIONED_LIST.fullmatch(term.description)  # "환경: Ubuntu22.04, Python3.11": the setup used, a value
        # "위치: `sdk/tools/bin/`", "Location: `~/.config/app/`": where a thing is, a value (never a definition)
        or _PATH_VALUE.fullmatch(term.description.strip()) and f"`{term.description.strip()}`" in written
        or _SENTENCE.search(name) and _WORD_CHAR.search(name)  # "." alone is a sign, not a sentence
        or _CLAUSE.match(name)  # "There are two approaches: …", "It's important to know that …": a sentence
        or _SUBJECT_COPULA.match(name)  # "Surround.vim is all about "surroundings": …": a sentence
        # "Reverse the order of the above example: …": five words or more with articles, a sentence, not a term
        or len(name.split()) >= 5 and ARTICLES.intersection(_WORDS.findall(name.casefold())) and not _one_line_of_command(term.description)
        # "If VIB needs community supported, set acceptance level: `esxcli …`": when, then what the line does; a
        # label over its command line, however long the condition
        or len(name) > 50 and not (_CONDITION_FIRST.fullmatch(name) and _one_line_of_command(term.description))
    ):
        walk.unless_read(line, _(
            "line {line}: reads as a sentence or a value, not a term and its definition; no card made from it"
        ).format(line=line))
        return False
    if term.style == "plain" and _ANGLE_KEY.search(term.description) and _CODE_ALONE_AFTER.search(walk.written(line) or ""):
        # "Emphasize hello: `ysiw<em>`", "Vim command sequence: `fp<C-n>cname`": keys typed in turn, in code and
        # nothing else; the words before say what they do or only label them, never what a term is
        walk.unless_read(line, _(
            "line {line}: after '{name}' come only keys to type ('{keys}'), not words saying what it is; "
            "no card made from it"
        ).format(line=line, name=name, keys=term.description))
        return True
    if _of_its_own_topic(name, term.description) and (names_system(name) or _told_apart(walk, name, line)):
        walk.unless_read(line, _(
            "line {line}: after '{name}' comes a sentence about something else, said for that case; it does not say "
            "what '{name}' is, no card made from it"
        ).format(line=line, name=name))
        return True
    if name.casefold() in _ONE_KEY and walk.everyday_keys_owner(name) is not None:
        # "- fn : Desktop 화면으로 전환" among "- 이모지 입력하기 : `control + command + space`" in notes of a system's
        # keys: a key written before what it does, not a term
        walk.add_key_note(name, term.description, line, reason="key in a list of shortcut keys")
        return True
    # "Unix System V, sys V : …": two names of one thing, either is a right answer
    names = tuple(part.strip() for part in name.split(",") if part.strip()) if "," in name and "(" not in name else ()
    # "**Projects**: A project is any folder … . A new one is created with `init`. …": the first sentence defines
    back, rest = defining.split(term.description)  # (the first sentence of clean text is clean)
    walk.add(
        Kind.CONCEPT, term=name, front=name, back=back, command=None, line=line,
        answers=names if len(names) > 1 else (), context=rest, reason="`term: definition` line", cleaned=term.cleaned,
    )
    if depth:
        walk.item_concepts.add(depth)
    return True


# a key by its name alone ("fn", "Esc", "F5"): in notes of some program's or system's keys, never a term
_ONE_KEY = KEY_MODIFIERS | KEY_NAMES


# a word of a command line that no term has: a shell variable ("$HOME") or a sign alone (":", "+", "=")
_SHELL_WORD = lazyre.pattern(r"\$\{?\w+\}?|[^\w\s\uac00-\ud7a3]+")


def _unread_command_line(name: str) -> bool:
    """``grep :``, ``echo $HOME + $USER``: a known program's name, then words of a command line no term has (a
    shell variable, a sign alone), that the shell reader did not read as a command line.  ``git flow``, ``vim
    모드``: a program and words, a name (read elsewhere, or a term)."""
    words = name.split()
    if len(words) < 2 or words[0] not in PROGRAMS or has_hangul(name) or looks_like_command(name):
        return False
    return any(_SHELL_WORD.fullmatch(word) for word in words[1:])


def is_procedure_name(text: str) -> bool:
    """``create a new repository``, ``push an existing repository``: a heading that says what to do."""
    return bool(_PROCEDURE_WORDS.search(text) or _ACTION.search(text))


def _nearest_heading(walk: Walk) -> str | None:
    return next((strip_numbering(section.text) for section in reversed(walk.sections) if section.text), None)


def _procedure(walk: Walk) -> str:
    if walk.prose and len(walk.prose) <= 40:
        label = re.match(r"^[^:：]{1,10}[:：]\s*(\S.*)$", walk.prose)  # "응용: 화면 전체 삭제"
        return clean((label.group(1) if label else walk.prose).rstrip(":："))
    for section in reversed(walk.sections):
        if section.text:
            return strip_numbering(section.text)
    return walk.deck


_NUMBERED_LINE = lazyre.pattern(r"^\s*(\d{1,3})[.)]\s+\S")


def _list_goes_on(walk: Walk, fence_line: int, number: int) -> bool:
    """Is the first line after the block opened on ``fence_line`` (and after any blocks right after it) the
    item numbered ``number + 1``?"""
    opening = walk.written(fence_line) or ""
    marker = opening.strip()[:3]
    if marker not in ("```", "~~~"):
        return False
    n = fence_line + 1
    while n <= len(walk.source):
        text = walk.source[n - 1].strip()
        if text.startswith(marker) and not text.strip(marker[0]):
            n += 1
            while n <= len(walk.source) and not walk.source[n - 1].strip():
                n += 1
            after = walk.source[n - 1] if n <= len(walk.source) else ""
            if after.strip().startswith(marker):  # another block right after it: look past that one too
                return _list_goes_on(walk, n, number)
            numbered = _NUMBERED_LINE.match(after)
            return numbered is not None and int(numbered.group(1)) == number + 1
        n += 1
    return False


# an item that says it comes after another: "전원을 끈 뒤, …", "먼저 …", "그 다음 …" (English "then" also opens
# sentences that are no step: "Then restart - the daemon reloads")
_ORDER = lazyre.pattern(r"[{0}]\s*(?:뒤|후)(?:에)?\b|먼저|그\s*다음|다음으로".format(HANGUL))


def _ordered(procedure: str) -> bool:
    """Whether the list's name says its items are steps in order (not ways to choose from): "방법" alone
    names ways as often as steps ("공유 방법: 1. 스크립트 공유 2. Template 활용"), no evidence of order."""
    return any(m.group() != "방법" for m in _PROCEDURE_WORDS.finditer(procedure))


# "동작 방식 2가지", "2가지 옵션", "three ways to …", "in a couple of ways": so many kinds of a thing, one of which
# is picked
_COUNTS_KINDS = lazyre.pattern(
    r"(?:\d+|두|세|네|다섯)\s*가지|\b(?:two|three|four|five|\d+|a\s+couple\s+of|a\s+few|several|multiple|various)\s+"
    r"(?:ways|kinds|types|options|methods|modes)\b",
    re.IGNORECASE,
)


def _reads_as_steps(procedure: str, first: Inline) -> bool:
    """Whether a numbered list under ``procedure`` whose first item says ``first`` reads as steps to follow: its
    name says so, or the item says an action, an order, a command line or a way through menus.  A name that counts
    kinds ("2가지 옵션", "three ways") lists alternatives, not steps, whatever the items say."""
    if _COUNTS_KINDS.search(procedure):
        return False
    return bool(
        _ordered(procedure) or _ACTION.search(first.raw) or _ORDER.search(first.raw) or _has_command(first)
        or _MENU_PATH.search(first.plain)  # "1. 제어판 > 네트워크 > 어댑터 설정": a way through menus, a step
    )


def _has_command(inline: Inline) -> bool:
    """A code span that is a command line (``git add .``), not a name (```Git Hooks```)."""
    return any(span.kind == "code" and looks_like_command(span.text.strip()) for span in inline.spans)


_STEP_THEN_CODE = lazyre.pattern(r"^(?P<step>[^`]*\S.*?[):：—–-])\s*$")


# a step that only says to run the program ("Run it with the cookie file.", "스크립트를 실행한다."), not what it does
_RUN_STEP = lazyre.pattern(r"^(?:run|execute|launch)\b|실행(?:한다|합니다|하기|하자|해\s*준다|해\s*주세요)?\s*[.!]?\s*$", re.IGNORECASE)
_CODE_ITEM_START = lazyre.pattern(r"^(\s*)[-*+][ \t]+`[^`]+`[ \t]+\S")


def _among_code_items(walk: Walk, block: Para) -> bool:
    """``* `kill -15` sigterm`` between items that open with code the same way: a list of code and what each
    does, where one word after the code is a meaning too."""
    if not block.lists or not block.inline.one_line:
        return False
    here = _CODE_ITEM_START.match(walk.written(block.line) or "")
    if here is None:
        return False
    beside = [_CODE_ITEM_START.match(walk.written(line) or "") for line in (block.line - 1, block.line + 1)]
    return sum(bool(match is not None and match.group(1) == here.group(1)) for match in beside) == 2


def _step_and_command(block: Para) -> tuple[str, Invocation] | None:
    """``Set as permissive (logs, no denials) `setenforce 0` ``: the step's words (ending in a closing parenthesis, a
    colon or a dash) and the command line in the code span that ends the item; None for other items.  A Korean step
    names its task and writes the line after it with no mark between (``먼저 root 계정 변경 `sudo su` ``): words
    ending in a verb's -기 form or a noun of doing, not a step that only says to run or type a command.  The words
    may name in code what the line works on (```sudoers` 파일 열기 `vi /etc/sudoers` ``), one word the line holds."""
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) < 2 or spans[-1].kind != "code":
        return None
    typed = spans[-1].text.strip()
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None or any(span.kind == "code" and not _names_part_of(span.text, typed) for span in spans[:-1]):
        return None
    words = "".join(span.text for span in spans[:-1])
    before = _STEP_THEN_CODE.match(words)
    if before is None and (korean := _KOREAN_STEP_THEN_CODE.match(words)) is not None:
        step = korean.group("step")
        before = korean if says_doing(step) and not _RUN_STEP.search(step) and not _SAYS_TYPE.search(step) else None
    if before is None or len(before.group("step").split()) < 2:
        return None
    step = clean(before.group("step").rstrip(":：—–-").strip())
    return (step, invocation) if step else None


# "먼저 root 계정 변경 `sudo su`": Korean words, a space, then the line
_KOREAN_STEP_THEN_CODE = lazyre.pattern(f"^(?P<step>[^`]*[{HANGUL}])\\s+$")
# "아래 명령어 입력 `ls`", "다음을 타이핑 `make`": the step says to type the line, not what it does
_SAYS_TYPE = lazyre.pattern(r"명령|커맨드|입력|타이핑|아래|다음")


def _names_part_of(name: str, line: str) -> bool:
    """``sudoers`` in ``vi /etc/sudoers``: one word that is a word of the line or the last part of a path in it."""
    name = name.strip()
    return bool(name) and " " not in name and any(name in (word, word.rsplit("/", 1)[-1]) for word in line.split())


def _no_steps(walk: Walk, block: Para, depth: int, number: int, why: str) -> None:
    """A numbered list found to hold no steps of a procedure: ``why`` is said once, at its first item, and the
    rest of the list is known to be the same"""
    if walk.warned_list != walk.block - 1:
        walk.warn(block.line, why)
    walk.warned_list, walk.warned_depth = walk.block, depth
    walk.numbered = (number, depth, None)


def _step(walk: Walk, block: Para, depth: int, *, titled: tuple[str, str] | None = None) -> None:
    if ways_of.read(walk, block):
        return  # "You can do this in a couple of ways:" / "1) Start it with `app -f`": a way to do a task, no step
    text = block.text.rstrip(":：").strip() if titled is None else titled[0]
    words = tokenize(text)
    if not text:
        return
    if len(words) == 1 and not _HANGUL.search(text) or _names_only(block):
        # "1. run" with bullets under it: a term being explained, not a step; so is "2. `~/.bashrc`, `~/.profile`:",
        # two names of one thing
        walk.explained = (text, block.line, depth)
        return
    if walk.warned_list == walk.block - 1 and block.lists[-1].number != 1:
        walk.warned_list = walk.block  # the rest of a list already found not to be a procedure
        return
    number = block.lists[-1].number
    if number > 1 and walk.numbered is not None and walk.numbered[:2] == (number, depth) and walk.numbered[2] is not None:
        # "2. Check the range" / its block / "2. Adjust the governor": the number written again, so which place the
        # step has (the second, as written, or the third, as it comes) is not sure
        walk.warn(block.line, _(
            "line {line}: the step repeats the number of the step before it ({number}.), so its place in "
            "'{procedure}' is not sure; not made a card"
        ).format(line=block.line, number=number, procedure=walk.numbered[2]))
        return
    goes_on = walk.numbered is not None and walk.numbered[:2] == (number - 1, depth)
    kept = walk.numbered[2] if walk.numbered is not None and goes_on else None
    walk.numbered = None
    if goes_on and kept is None:
        walk.numbered = (number, depth, None)  # "2." after "1." and its bullets, a list already warned about
        return
    if kept is not None and (walk.step_depth is None or walk.procedure is None):
        walk.procedure = kept  # "1. …" / "- bullets" at the margin / "2. …": one list, one name
    elif walk.step_depth is None or walk.procedure is None or number == 1:
        procedure = _procedure(walk)
        # (only under a title naming what the notes are about: "## Install" / "1. Run `make`" alone is a procedure)
        under_title = bool(walk.sections) and walk.sections[0].level == 1
        installing = next((s.text for s in walk.sections[1:] if is_install_heading(s.text)), None) if under_title else None
        if installing is not None:
            # "## Installation" / "### vim-plug" / "1. Add `Plug 'x'` to your vimrc": how to get what the notes are
            # about, not a procedure of it to learn
            _no_steps(walk, block, depth, number, _(
                "line {line}: a numbered list under '{heading}' tells how to install what the notes are about; "
                "its items are not cards"
            ).format(line=block.line, heading=installing))
            return
        if (
            block.lists[-1].number == 1 and (_CASE_ITEM.search(text) or _DESCRIBED_ITEM.search(text))
            or not _reads_as_steps(procedure, block.inline)
            # "You can get it back in a couple of ways:" over "1) …": a lead-in too long to name the list still
            # counts the ways it lists
            or walk.prose is not None and walk.prose_block == walk.block - 1 and _COUNTS_KINDS.search(walk.prose)
        ):
            # "1. 너무 일찍 커밋한 경우" / "2. …": the cases it is for, not steps to follow
            # "1. 도메인 이름을 받아 zone_id를 반환해주는 Step" / "2. …": the parts it is made of, named
            # "## awk의 주 사용용도" / "1. 텍스트 파일의 전체 내용 출력": a numbered list, not a procedure
            _no_steps(walk, block, depth, number, _(
                "line {line}: a numbered list under '{procedure}' that does not read "
                "as a procedure (no steps to follow); its items are not cards"
            ).format(line=block.line, procedure=procedure))
            return
        walk.procedure = procedure
    procedure = walk.procedure
    walk.numbered = (number, depth, procedure)
    position = block.lists[-1].number
    said = _step_and_command(block) if titled is None else None
    if said is not None:
        # "3. Set as permissive (logs, no denials) `setenforce 0`": the step, then the line that does it
        walk.add_command(said[1], said[0], block.line, reason="step, then the command line that does it")
        text = _GLOSS.sub("", said[0]) or said[0]  # the step without its aside: "(will log, not deny)" tells the line
    # keyed by what the step says, not its number: inserting a step renumbers, never re-keys
    term = f"{procedure}#{clean(text)}"
    walk.add(
        Kind.STEP,
        term=term,
        front=f"{procedure} — step {position}",
        back=text,
        command=None,
        line=block.line,
        position=position,
        context=titled[1] if titled else None,
        reason="item of a numbered procedure",
    )
    walk.step_depth = depth
    walk.last_step = note_key(walk.deck, Kind.STEP, None, term)


_NAME_JOINS = lazyre.pattern(r"[\s,/:：]*(?:(?:or|and|또는)[\s,/:：]*)?")


def _names_only(block: Para) -> bool:
    """``2. `~/.gitconfig`,  `~/.config/git/config`:``: names in backticks and what joins them, nothing else."""
    spans = block.inline.spans
    names = [span for span in spans if span.kind == "code"]
    return 2 <= len(names) <= 3 and all(
        span.kind == "code" and " " not in span.text.strip() or span.kind != "code" and _NAME_JOINS.fullmatch(span.text)
        for span in spans
    )


def _explain(walk: Walk, detail: str) -> None:
    """A bullet under ``1. run``: one more line of what ``run`` is."""
    assert walk.explained is not None
    term, line, _ = walk.explained
    key = note_key(walk.deck, Kind.CONCEPT, None, term)
    note = walk.notes.get(key)
    if note is None or note.line != line:
        walk.add(Kind.CONCEPT, term=term, front=term, back=detail, command=None, line=line, reason="item with bullets under it")
        return
    walk.notes[key] = replace(note, back=f"{note.back}\n{clean(detail)}")


def _step_detail(walk: Walk, key: str, detail: str) -> None:
    note = walk.notes.get(key)
    if note is None:
        return
    context = f"{note.context} / {detail}" if note.context else detail
    walk.notes[key] = replace(note, context=clean(context))
