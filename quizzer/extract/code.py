"""Fenced and indented code blocks: commands and what the notes say of them (pure).

A command line in a code block is described, in order of preference, by its
trailing comment (``git log -p // 변경사항까지 확인``), by the comment lines just
above it (``# 컨테이너 실행``), by the bullets just after the block (``- 이 명령어를
사용하면 …``), or by the short text just above the block (a heading or a line of
prose) when that text can only be about this command.  What follows the block (its bullets, a sentence
glossing a flag) is read by :mod:`quizzer.extract.below_block`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from quizzer.extract.asides import statement_aside
from quizzer.extract.blocks import Code
from quizzer.extract.gate import ABOVE_BLOCK, ABOVE_BLOCK_AND_COMMENT, COMMENT_ABOVE
from quizzer.extract.knowledge import names_pattern, COMMAND_NOUN_KO, FOLDER_CHANGERS, FORM_WORDS, ELIDED_WORDS, EXAMPLE_WORDS, LIKE_WHAT_FOLLOWS_EN, LIKE_WHAT_FOLLOWS_KO, NAMING_NOTHING, NOT_SHELL_FENCE_INFOS, POINTING_WORDS_KO, PROGRAMS, SHELL_FENCE_INFOS, SHELL_ONLY_PROGRAMS, fetches_or_installs, after_numbered_label, is_example_label, is_key_chord, is_label, is_label_phrase, is_numbered_label, names_file_kind, names_kind_of_line, names_system, says_condition, says_doing, says_requirement, says_wish, TOPIC_WORDS, sub_command
from quizzer import i18n
from quizzer import lazyre
from quizzer.extract import action_pairs, action_parts, cmd_prompts, colon_glosses, command_listings, comment_glossary, counted_values, key_comments, batch, config_fences, continuations, elsewhere, ex_commands, failed_runs, fence_labels, fences, flag_comments, flag_using, flag_sentences, flag_uses, help_dumps, grouped_options, helpblock, key_glosses, key_lines, leader_items, key_rows, menu_sessions, named_program, narration, object_titles, paths, plain_columns, pointed_blocks, pointer_headings, percent_prompts, powershell, repl, root_fences, script_comments, shared_prose, shell_named_prompts, shell_openers, source_code, system_sections, task_headings, text_fences, title_lines, transcripts, usage_glosses, where_labels, windows_help, word_headings
from quizzer.extract import back_pointers, cron_lines, flag_variants, heading_keys, key_presses, name_expansions
from quizzer.extract.block_headings import ONE_WORD, by_means, heading_over_sentence, heading_over_usage, notes_title, system_heading
from quizzer.extract.example_lines import opens_with_example
from quizzer.extract.model import Kind, note_key
from quizzer.extract.sentences import ends_in_colon, split_sentences
from quizzer.extract.title_programs import title_programs
from quizzer.extract.terms import FlagDef, flag_definitions, option_spellings, strip_markers
from quizzer.extract.walk import PendingCode, Walk
from quizzer.shell import (
    AS_ROOT, Invocation, is_placeholder, leading_settings, looks_like_command, parse_invocation, program_run,
    read_into, split_flags, strip_prompt, tokenize, typed_at_prompt,
)
from quizzer.text import HANGUL, PICTOGRAPHS, clean, strip_numbering

__all__ = ["read"]

_COMMENT = fences.COMMENT
_ASIDE = lazyre.pattern(r"\((?:[^()]|\([^()]*\))*\)[.:]?")  # a paragraph that is all one bracketed remark
_TRAILING = lazyre.pattern(r"\s+(?://|#|\+\+\+)\s*(\S.*)$")
# "-o, --output : …"; as blogs print it too: a long option's dashes made one en dash ("-h, –help"), a value
# after "=" ("–duration=#", "--device=NAME")
_CODE_OPTION = lazyre.pattern(  # (after a pictograph: "👨‍🌾 --prefix : 이름 그대로 …")
    rf"^\s*(?:[{PICTOGRAPHS}]+\s*)?"
    r"((?:--?|[–—])[\w-]+(?:=[^\s,:]+)?(?:\s*,\s*(?:--?|[–—])[\w-]+(?:=[^\s,:]+)?)*)\s*[:：]\s+(.+)$"
)
_TYPOGRAPHIC = lazyre.pattern(r"(?:(?<=^)|(?<=[\s,]))[–—](?=\w)")
_VALUE = lazyre.pattern(r"=[^\s,]+")
# a comment that only joins two lines ("// or", "// 혹은") or continues a sentence
# begun elsewhere ("// 시에 에러가 나게 된다") describes nothing by itself
# one word of ASCII holding a path: "/usr/bin/python3", "package:/data/app/base.apk" (printed, never a description)
_PRINTED_VALUE = lazyre.pattern(r"^[!-~]*/[!-~]*$")
_HANGUL_CHAR = lazyre.pattern(f"[{HANGUL}]")
# "#gunzip [옵션] [파일] : .gz 파일의 압축을 해제": a usage line (a root prompt before it), then what it does
_GLOSSED_USAGE = lazyre.pattern(r"^(?P<usage>[a-z][\w.+-]*(?:\s+\S+)+?)\s+[:：]\s+(?P<gloss>.*\w.*)$")
# ("# <file system> <mount point> <type>": placeholders alone name a file's columns, not what the line does)
_NOT_A_DESCRIPTION = lazyre.pattern(
    r"^(?:or|and|혹은|또는|그리고|아니면)\.?$|^(?:시에?|때|후에?)\s|^(?:<[^<>\n]+>\s*){2,}$", re.IGNORECASE)


@dataclass
class _Entry:
    invocation: Invocation
    line: int
    own: list[str] = field(default_factory=list)  # its comments
    flags: list[tuple[int, FlagDef]] = field(default_factory=list)
    reason: str = COMMENT_ABOVE
    key: bool = False  # a key pressed in the document's editor or multiplexer, not a command line


# a comment after a command on its own line: it says what that one line does, never the next
_AFTER_IT = "comment after it on its line in a code block"
# a comment over a line that repeats a line above it with one option added: it says what that option does
_ADDED_OPTION = "comment above a line that repeats one above it with one option added"
# a phrase saying what a program is: "파일을 복사하는 명령어", "DNS 진단용 도구이다.", "A tool that lists files."
_DEFINES_PROGRAM = lazyre.pattern(
    rf"\S\s*(?:{COMMAND_NOUN_KO}|도구|유틸리티|프로그램)(?:이다|입니다)?\.?$"
    r"|^(?:an?|the)\s+(?:command|tool|utility|program)\s+(?:that|which|to|for)\b",
    re.IGNORECASE,
)


# "~/.gitconfig, ~/.config/git/config": files named over a block, not what its lines do
_PATH = r"(?:(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]+)*|[\w.-]+(?:/[\w.-]+)+)/?"
_PATHS = lazyre.pattern(rf"{_PATH}(?:\s*,\s*{_PATH})+")
_CONTINUES = lazyre.pattern(r"\s*(?:…|\.{3})\s*[a-z]")  # "…which can hold …", "... in minutes": goes on from above
# "Put a dash in front of the tag name, e.g.": a clause and the example attached to it ("… DN. For example:" after
# a whole sentence is an example of what that sentence says)
_FOR_EXAMPLE = lazyre.pattern(r",\s*(?:e\.g\.|for\s+example|for\s+instance)\s*[:.]?\s*$", re.IGNORECASE)
# "… run `x timers`. For example", "… Example": a last sentence (its colon taken off) only pointing at the block
_EXAMPLE_SENTENCE = lazyre.pattern(r"(?<=\S)[.!?]\s+(?:for\s+example|for\s+instance|e\.g\.?|example|like\s+(?:this|so))\s*$",
                                   re.IGNORECASE)
_INSTEAD = lazyre.pattern(r"(?:instead\s+of(?:\s+(?:this|that))?|rather\s+than|not\s+this|(?:이것\s*)?대신에?)\s*[:：]?", re.IGNORECASE)
_COMMIT_ID = lazyre.pattern(r"[0-9a-f]{7,40}")  # "fc9507c", the first word of a line of git's log, no program
# "And prepend it to the `PATH` variable", "and pipe them to sort": "and", a verb, then what the sentence before named
_GOES_ON_WITH_IT = lazyre.pattern(r"\s*(?:and|but)\s+(?:then\s+)?[a-z]+\s+(?:it|them)\b", re.IGNORECASE)
_RELATIVE = lazyre.pattern(r"which\s")  # "which translates to …" (no capital): a clause going on from the text before
# "Do not misuse for evil.", "Never run this on production!": one sentence warning against something (a colon at
# the end leads into the block instead: "Don't forget to reload:"); "Never … this/it/on production/misuse", not "Never
# type the password again." or "Don't wait for the download." (what running the line spares you: what it does)
_CAUTION = lazyre.pattern(
    r"(?:be\s+careful|careful)\b[^.!?:\n]*[.!]"
    r"|(?:do\s+not|don't|never)\b(?![^.!?:\n]*\b(?:again|wait|waiting)\b)"
    r"(?=[^.!?:\n]*\b(?:this|it|that|these|them|production|prod|run|use|misuse|abuse|execute)\b)[^.!?:\n]*[.!]"
    # "공유 브랜치에서는 아래처럼 입력하면 안 됩니다.", "절대 실행하지 마세요.": a Korean prohibition, one sentence
    r"|[^.!?:\n]*(?:면\s*안\s*(?:된다|됩니다|돼요?|되요)|지\s*(?:마세요|마십시오|마라|말\s*것|말자))\s*[.!]?",
    re.IGNORECASE,
)
# a sentence that only compares: "… linux와 좀 다른 편이다.", "… 리눅스와는 다릅니다", "It works differently from GNU's."
_COMPARES = lazyre.pattern(
    r"(?:와|과)(?:는)?\s+(?:좀\s+|조금\s+|약간\s+|많이\s+|꽤\s+)?(?:다른\s+편이다|다르다|다릅니다|달라요|차이가\s+있다)\.?$"
    r"|\b(?:differs?|works?\s+differently|is\s+different)\s+(?:from|than)\s+[^.]*\.?$",
    re.IGNORECASE,
)
_HEADING_WORD = lazyre.pattern(r"[^\s–—()\[\]:,/`'\"]+")  # the words of a heading, punctuation apart
_NAME_WITH_SLASH = lazyre.pattern(r"[A-Za-z][\w.-]*(?:/[\w.-]+)+")  # "feature/login", "origin/main", "src/app"


def _section_names(walk: Walk, programs: set[str]) -> bool:
    """The section is about the program the lines run: its command, or a heading that is the program's name
    (``### [set](…)``, ``### chcp``)."""
    if (walk.section_command() or "").split(" ", 1)[0] in programs:
        return True
    heading = clean(walk.sections[-1].text).strip("`") if walk.sections else ""
    return heading in programs


def _kept_group(block: Code) -> tuple[bool, tuple[tuple[int, str], ...]]:
    """Whether the block opens with a comment naming the file the lines under it go into (and no line of them writes
    it itself), and the block's lines after that group (up to a blank line or the next comment)."""
    rows = [(n, text) for n, text in block.lines]
    start = next((i for i, (_, text) in enumerate(rows) if text.strip()), None)
    said = fences.COMMENT.match(rows[start][1]) if start is not None else None
    if start is None or said is None or not fences.kept_in_file(said.group(1)):
        return False, block.lines
    end = start + 1
    while end < len(rows) and rows[end][1].strip() and not fences.COMMENT.match(rows[end][1]):
        end += 1
    if end == start + 1 or any(fences.WRITES.search(text) for _, text in rows[start + 1 : end]):
        return False, block.lines
    return True, tuple(rows[end:])


class _TextAbove(NamedTuple):
    """What the text over a code block says its lines do, as :func:`_text_above` settles it."""

    prose: str | None  # what the lines do, as the text says it; None when it says nothing of them
    from_heading: bool  # ``prose`` is a heading's text (or the fence's title): it may say what several lines do
    title: re.Match[str] | None  # the fence's own title (```` ```sh title="…" ````)
    form: bool  # the text says the block shows a usage form ("Synopsis:")
    pointing: bool  # the text points at the block ("… run the following command:")
    from_bullet: bool  # the text is the bullet right above the block
    heading_command: tuple[Invocation, int] | None  # a heading's command awaiting its description (walk.heading_command)


def _text_above(walk: Walk, block: Code) -> _TextAbove | None:
    """What the text over ``block`` (the paragraph or item before it, the heading over it, the fence's title) says
    its lines do, each kind of text that says nothing of them warned about and left out; None when the block is
    read already (a one-word heading over its one line)."""
    prose, walk.prose = walk.prose, None
    from_heading, walk.prose_heading = walk.prose_heading, False
    prose = fence_labels.shared(walk, block, prose, from_heading)  # "> 규칙 삭제" over two fences with nothing between
    pointing = not from_heading and pointed_blocks.points(prose)  # "… run the following command:" (its colon kept)
    from_bullet = walk.prose_bullet == walk.block - 1
    if title_lines.read(walk, block, prose):
        prose = None  # "# List PID …" over notes of one line: the title says what it does, one description of it
    if not block.closed:
        # "```" with no closing fence: everything after it became its lines, so the text above it (or the
        # bullets after it) may not be about those lines at all
        walk.warn(block.line, i18n._(
            "line {line}: the code block that opens here is never closed, so the text around it is not read as "
            "what its lines do"
        ).format(line=block.line))
        prose = None
    if prose and not from_heading and _ASIDE.fullmatch(prose.strip()):
        # "(For Neovim, change `~/.vim/` to `~/.config/nvim/`.)" over the block: a remark set aside in brackets,
        # how to change the lines for another case, not what they do
        walk.unless_read(block.line, i18n._(
            "line {line}: the text above is a remark in brackets, not what the lines of the block do; "
            "no card made from it"
        ).format(line=block.line))
        prose = None
    above = walk.item_prose
    if prose and above is not None and above[0] == walk.block - 1 and above[2] != prose and _EXAMPLE_ITEM.match(above[2]):
        # "## 만들기와 지우기" / "- 디렉토리 생성: `mkdir`" / "  - 예제: …" over the block: the block is the item's
        # example; the heading (or the item above the example) is the section's, not what the example line does
        walk.unless_read(block.line, i18n._(
            "line {line}: the block is the example of the item above it; the text before that item does not say "
            "what its line does, no card made from it"
        ).format(line=block.line))
        prose = None
    if prose and (told := after_numbered_label(prose)) is not None:
        prose = told  # "해결2: known_hosts를 갱신한다.": which fix, then what it does
    if prose and not from_heading and _RUN_THESE.search(prose.rsplit("\n", 1)[-1]) and len({
        text.strip() for _, text in block.lines
        if text.strip() and not text.lstrip().startswith("#") and looks_like_command(strip_prompt(text))
    }) >= 2:
        # "CMakeLists.txt가 있는 곳으로 가서 다음 명령어를 실행한다." over two lines: where and that to run them,
        # not what each does
        walk.unless_read(block.line, i18n._(
            "line {line}: the text above only tells to run the lines of the block, not what each does; "
            "no card made from it"
        ).format(line=block.line))
        prose = None
    if prose and not from_heading and _AGAIN.fullmatch(prose.strip()):
        # "재입력" / "Try again:" between a failed run and the line that works: that it is typed again, not what it
        # does; the line does what the one tried before it was typed for, when it is the same command
        before = _tried_before(walk, block)
        if before is None:
            walk.unless_read(block.line, i18n._(
                "line {line}: the text above only says to type it again, not what it does; no card made from it"
            ).format(line=block.line))
        prose = before
    if prose and not from_heading and _CAUTION.fullmatch(prose.strip()):
        # "#### List every author's email" / "Do not misuse this." / the block: a caution between the heading and the
        # block, not what the line does; the heading right above still says that
        heading = walk.sections[-1].text if walk.sections and walk.heading_block == walk.block - 2 else None
        if heading is None:
            walk.unless_read(block.line, i18n._(
                "line {line}: the text above the block is a caution, not what its lines do; no card made from it"
            ).format(line=block.line))
        prose, from_heading = heading, heading is not None
    if prose and not from_heading and "\n" not in prose and narration.trims_output(prose):
        # "#### Files a process holds" / "I removed some of the output here:" / the block: what was cut from what the
        # block shows, not what its line does; the heading right above still says that
        heading = walk.sections[-1].text if walk.sections and walk.heading_block == walk.block - 2 else None
        if heading is None:
            walk.unless_read(block.line, i18n._(
                "line {line}: the text above the block only says that some of its output was cut, not what its lines "
                "do; no card made from it"
            ).format(line=block.line))
        prose, from_heading = heading, heading is not None
    if prose and not from_heading and "\n" not in prose and _COMPARES.search(prose.strip()):
        # "Mac에서의 top은 사용 방법이 linux와 좀 다른 편이다." over "$ top": how the program differs elsewhere, not
        # what the line does
        walk.unless_read(block.line, i18n._(
            "line {line}: the text above says how the program differs from another, not what the lines of the block "
            "do; no card made from it"
        ).format(line=block.line))
        prose = None
    if prose and not from_heading and "\n" not in prose and says_requirement(prose.strip()):
        # "### 패키지 설치" / "설치 시 관리자 권한 필요함." / the block: what running the lines needs, not what they do;
        # the heading right above still says that
        heading = walk.sections[-1].text if walk.sections and walk.heading_block == walk.block - 2 else None
        before = _said_before(walk) if heading is None else None
        if heading is None and before is None:
            walk.unless_read(block.line, i18n._(
                "line {line}: the text above the block says what running it needs, not what its lines do; "
                "no card made from it"
            ).format(line=block.line))
        # "### Set the option" / "No conversion is done." / "I found this works on macOS." / the block: the sentence
        # before the remark says what the line does
        prose, from_heading = (before, False) if before is not None else (heading, heading is not None)
    if prose and not from_heading and (heading := pointer_headings.case_heading(walk, prose)) is not None:
        prose, from_heading = heading, True  # "## 서브모듈 초기화" / "…하려는 경우 아래 방법을 사용한다." / the block
    if prose and not from_heading and pointer_headings.points_only(prose):
        # "### list build containers too" / "… Here's how to list them:" / the block: the sentence only points at the
        # block, the heading right above says what it does
        prose = pointer_headings.heading_over(walk, block.line, prose)
        from_heading = prose is not None
    if prose and from_heading and system_sections.read(walk, _command_lines(block)):
        return None  # "# 폴더 열기" / "## macOS" / "open {DIR}": the title's task, done on that system
    if prose and from_heading and names_system(prose):
        system_heading(walk, block, prose)
        prose = None
    if prose and from_heading and notes_title(walk, block):
        # "# Publisher/Subscriber" over "docker-compose up", then "## Testing", "### 토픽 생성" …: the title of the
        # whole notes, whose sections follow; not what the first block's lines do
        walk.unless_read(block.line, i18n._(
            "line {line}: the heading above is the title of the whole notes, not what the block's lines do; "
            "no card made from it"
        ).format(line=block.line))
        prose = None
    title = _TITLE.search(block.info)
    if title:  # ```sh title="Show available contexts"
        prose, from_heading = clean(title.group(1)), True
    # "## Command 입력 형식", "Synopsis:" over "adb [-d | -e] <command>": the block shows the usage
    form = prose is not None and _FORM.search(prose.split("\n")[-1]) is not None
    if prose and "\n" not in prose and not from_heading:
        tail = _LIKE_THIS.search(prose)
        if tail and len(prose[: tail.start()].split()) >= 6:
            # "… the gzip module can be used as a CLI tool like this:": a description that ends by pointing at the block
            prose = prose[: tail.start()].rstrip(" ,")
        else:
            prose = narration.pointing_sentence(prose) or prose  # "X는 json이다. 그래서 … 다음 명령어로 할 수 있다."
        wish = _WISH_DONE_SO.search(prose)
        if wish is not None:
            # "`rsync` is slow, so if you want to skip the checksums, you can do that like so:": the wish is what the
            # line does, the words before it why one would (a remark), the words after only point at the block
            prose = wish.group("task")
    from_above = prose is not None and (not from_heading and _CONTINUES.match(prose) or _RELATIVE.match(prose))
    # "The fix is to find the prefix" / its block / "And prepend it to `PATH`" / this block: a sentence going on past
    # the block above, "it" what that one printed; what this line does is not said on its own
    with_it = prose is not None and not from_above and not from_heading and _GOES_ON_WITH_IT.match(prose)
    if from_above or with_it:
        # "### create a new pod" / "…which can hold multiple containers:": the text goes on from the heading, it
        # says what the heading's subject is, not what the lines below do
        said = walk.prose_code[1] if walk.prose_code[0] == walk.block - 1 else block.line
        walk.unless_read(said, (i18n._(
            "line {line}: the text above the block goes on from the heading before it ('…'); it does not say what "
            "the block's lines do, no card made from it"
        ) if from_above else i18n._(
            "line {line}: the text above the block goes on from a sentence before it ('And … it'), about something "
            "named there; it does not say on its own what the block's lines do, no card made from it"
        )).format(line=said))
        prose = None
    if prose and prose.strip().lower() in _OR:
        # "또는" between two blocks: another way to do what the block above does, not what this one does; when the
        # text over that block said what its one line does, this block's one line does it too
        other = _other_way(walk, block)
        if other is None:
            walk.unless_read(block.line, i18n._(
                "line {line}: a block introduced only by '{word}' (another way to do what the block above does); "
                "its lines were not read"
            ).format(line=block.line, word=prose.strip()))
        prose = other
    if prose and _INSTEAD.fullmatch(prose.strip()):
        # "Instead of:" over the long form: what the line above replaces, not what this one does
        walk.unless_read(block.line, i18n._(
            "line {line}: a block introduced only by '{word}': the form the block above replaces, not what it does; "
            "its lines were not read"
        ).format(line=block.line, word=prose.strip()))
        prose = None
    if prose and not from_heading and (
        _NAME_WITH_SLASH.fullmatch(prose.strip()) or _PATHS.fullmatch(prose.strip().rstrip(":："))
    ):
        # "**feature/login**" over a block: the branch or path it runs on, a name, not what it does
        walk.unless_read(block.line, i18n._(
            "line {line}: the text above the block is a name ('{name}'), not what its lines do; no card made from it"
        ).format(line=block.line, name=prose.strip()))
        prose = None
    if prose and "\n" in prose and where_labels.where(prose.rsplit("\n", 1)[1]):
        # "## 옮기기" / "- 관리자 권한 파워쉘에서 진행" / the block: the heading says what it does, the item only where
        prose = prose.rsplit("\n", 1)[0]
    elif prose and where_labels.where(prose):
        # "사내 PC 에서", "**[Gateway]**" over a block: the machine to type its lines on, not what they do
        walk.unless_read(block.line, i18n._(
            "line {line}: the text above the block says where its lines run ('{text}'), not what they do; no card "
            "made from it"
        ).format(line=block.line, text=prose.strip()))
        prose = None
    if prose is None and not from_heading and (heading := heading_over_usage(walk, block)) is not None:
        prose, from_heading = heading, True  # "### Create archive" / "7zz [OPTIONS] ZIP_FILE SOURCE" / "e.g." / the block
    if prose and from_heading and title is None and ONE_WORD.fullmatch(prose) and word_headings.read(walk, block, prose):
        return None  # "### Remove" over "brew uninstall PACKAGE" alone in its section: the word says what it does
    if prose and (
        ONE_WORD.fullmatch(prose) and (from_heading or not _word_in_lines(prose, block))
        or from_heading and _names_command(prose, block)  # "## Docker logs" over "docker logs -f …": the name, a title
        or is_label(prose)  # "e.g.", "Example:"
        or from_heading and is_numbered_label(prose)  # "## Step 2", "## 단계 3": which step, not what the line does
        # ("In your ~/.inputrc, add the following:" leads into a file's contents: kept, to say so below)
        or _LEAD_IN.search(prose.split("\n")[0]) and not fences.into_file(prose) and not _RUN_AS_BELOW.match(prose)
        or any(_is_command(part) for part in prose.split("\n"))  # "- `docker run --name [x] …` OR": a usage
    ):
        prose = None  # "## Show": a topic; "Usage:" / "for example:": a label, not what a line does
    elif prose and not from_heading and _CONDITION.search(prose.split("\n")[-1]) and not says_wish(prose):
        # "… 기억나지 않을 때", "If the build fails": when to run it, not what it does; under a heading naming a task
        # ("### 활성화" / "새 장치를 추가한 경우"), the task done in that case ("… 옮기고 싶을 때", "If you want to
        # undo a commit": a goal, what the line does, read as any text above)
        prose = _task_in_case(walk, prose)
    elif prose and not from_heading and _STATEMENT.match(prose) and not _MORE_SAID.search(prose):
        # "This is due to a full disk:", "Another is to raise the limit:": a statement about the case the
        # notes discuss (a cause, a way out), which the block shows; not what its command does
        walk.unless_read(block.line, i18n._(
            "line {line}: the text above the block states a cause or a choice, not what its command does; "
            "no card made from it"
        ).format(line=block.line))
        prose = None
    elif prose and not from_heading and (about := _about_what_it_fetches(prose, block, walk.notes_title())):
        walk.unless_read(block.line, about.format(line=block.line))
        prose = None
    elif prose and not from_heading and narration.shows_outcome(prose):
        # "Sure enough:" over "$ cat auth.json": the story turns to what came out, not what the line does
        walk.unless_read(block.line, i18n._(
            "line {line}: the text above the block tells what was done, not what its command does; no card made from it"
        ).format(line=block.line))
        prose = None
    elif prose and _CONNECTIVE_ALONE.fullmatch(prose.strip()):
        prose = None  # "이후,", "Then:": only that the block comes next, nothing of what it does
    elif prose and ends_in_colon(prose):
        # "First, turn off compression:": what the block does, without the colon and the "First,"
        # ("First time:", "Next step:": an adjective of the one word after it, kept)
        lead = prose.rstrip().rstrip(":：")
        prose = (lead if _ADJECTIVE_ORDINAL.fullmatch(lead.strip()) else _CONNECTIVE.sub("", lead).strip()) or None
        if prose and "\n" not in prose:
            # "To list the timers, run `x timers`. For example:": the second sentence only points at the block
            prose = _EXAMPLE_SENTENCE.sub("", prose) or prose
        telling = (_TO_DO_USE.match(prose) or _to_do_use_line(walk, prose, block)) if prose else None
        if telling is not None:
            prose = telling.group("task")  # "To restore a snapshot, use this:": the task, not the telling to run it
    heading_command, walk.heading_command = walk.heading_command, None
    if prose and not from_heading and walk.prose_code[0] == walk.prose_block == walk.block - 1:
        _, line, spans = walk.prose_code
        if narration.names_other_program(prose, spans, [text for _, text in block.lines]) or narration.only_narration(prose, spans):
            # "So I … used `ripgrep` to …:" over a cd line, "Then ran `rg`:": the story, not what the line does
            walk.unless_read(line, i18n._(
                "line {line}: the text above the block tells what was done, not what its command does; no card made from it"
            ).format(line=line))
            prose = None
    if (
        prose and not from_heading and _FOR_EXAMPLE.search(prose) and walk.prose_block == walk.block - 1
        and walk.heading_block == walk.block - 2 and walk.sections and walk.sections[-1].text
    ):
        # "#### View one tag" / "Put a dash (`-`) in front of the tag name, e.g." / the block: the sentence gives a
        # rule the block is an example of; the heading right above it names the task the line does, when it
        # names a task at all ("## Gotchas", "## Tips": a topic; then nothing here says what the line does)
        heading = walk.sections[-1].text
        words = _HEADING_WORD.findall(heading)
        if len(words) > 1 and words[-1].casefold() not in TOPIC_WORDS and not is_label(heading) and not is_label_phrase(heading):
            prose, from_heading = heading, True
        else:
            walk.unless_read(block.line, i18n._(
                "line {line}: the text above gives a rule the block is an example of, and the heading names a "
                "topic, not what the line does; no card made from it"
            ).format(line=block.line))
            prose = None
    return _TextAbove(prose, from_heading, title, form, pointing, from_bullet, heading_command)


def _command_block(walk: Walk, block: Code, above: _TextAbove) -> Code | None:
    """``block`` as command lines to read one by one, its prompts and comments written as a shell's own; None when a
    reader of a whole kind of block read it (a help text, a sheet of keys, a file's contents, a program's prompt …)
    or it holds no command lines to learn (a script, a program's source, a console session: warned)."""
    prose, from_heading, from_bullet = above.prose, above.from_heading, above.from_bullet
    if usage_glosses.read(walk, block):
        return None  # "Usage: dust -p (full-path - Show fullpath …)": one option a line, glossed in brackets
    if command_listings.read(walk, block) or help_dumps.read(walk, block) or helpblock.read(walk, block) or windows_help.read(walk, block) \
            or grouped_options.read(walk, block) or plain_columns.read(walk, block) or leader_items.read(walk, block) \
            or key_rows.read(walk, block) \
            or key_glosses.read(walk, block) or key_lines.read(walk, block, None if from_heading else prose):
        return None
    if block.language in NOT_SHELL_FENCE_INFOS and not root_fences.console(block) and not (
        root_fences.runs_program(block, walk.program)  # ```markdown / ss -4 'dport 443': the notes' program run
    ) and not (
        # "디렉터리 이동" over ```text / cd: the program the text says what it does, marked text for its plain colours
        prose and says_doing(prose.split("\n")[-1]) and not _SAYS_OUTPUT.search(prose) and root_fences.named_alone(block)
    ) and not (
        # "Uninstall all orphaned packages …" over ```text / pacman -Rsn …: the notes' program run with an option
        prose and says_doing(prose) and not _SAYS_OUTPUT.search(prose) and root_fences.runs_with_option(block, walk.program)
    ):
        ex_commands.read(walk, block, prose, from_heading=from_heading)  # "To load a plugin:" / ```vim packadd x
        return None
    block = batch.as_shell_comments(block)  # ":: 설명" / "&& REM 설명": batch comments, read like "#"
    block = root_fences.prompted(walk, block)  # "# sbatch job.sh" over what it printed: a root prompt
    block = root_fences.glossed(block)  # "# ufw status\t\t# 방화벽 상태": a root prompt, the line and its comment
    block = powershell.as_shell(walk, block)  # ".\adb wait-for-device": adb, run from the current folder
    block = percent_prompts.as_dollar(walk, block)  # "% kind delete cluster": typed at zsh's prompt
    block = cmd_prompts.as_dollar(block)  # "> ipconfig /all": typed at cmd's prompt
    block = shell_named_prompts.as_dollar(block)  # "sh> docker exec …": typed at a prompt naming its shell
    if fences.glossary(walk, block) or flag_comments.read(walk, block) or colon_glosses.read(walk, block):
        return None
    if prose and fences.into_file(prose) and not any(fences.WRITES.search(text) for _, text in block.lines):
        # "~/.vimrc 에 아래를 추가한다." / "Add this to ~/.ssh/config:": what goes in a file, not commands
        walk.warn(block.line, i18n._(
            "line {line}: the text above says these lines go into a file; they are its contents, not commands"
        ).format(line=block.line))
        return None
    into_file, rest = _kept_group(block)
    if into_file:
        # "# .bashrc 또는 .zshrc 파일에 추가" over "alias ll='ls -alF'" …: the lines to keep in that file, not commands
        # to learn (nor does the heading say what each of them does); the comment heads its own lines only, up to a
        # blank line or the next comment ("# 설정 바로 적용" / "source ~/.zshrc" after it is read as ever)
        walk.warn(block.line, i18n._(
            "line {line}: the block's first comment says its lines go into a file; they are its contents, not commands"
        ).format(line=block.line))
        if not any(text.strip() and not fences.COMMENT.match(text) for _, text in rest):
            return None
        block = replace(block, lines=rest)
    if config_fences.read(walk, block, prose if from_heading else None, lead_in=None if from_heading else prose):  # "### `/etc/x.conf` 설정" over its lines
        return None
    if next((text for _, text in block.lines if text.strip()), "").lstrip().startswith("#!"):
        if script_comments.read(walk, block):  # "xdotool key ctrl+v      # Paste": its glossed lines
            return None
        walk.warn(block.line, i18n._(
            "line {line}: a script (it starts with #!), not command lines to learn; skipped"
        ).format(line=block.line))
        return None
    comment_glossary.read(walk, block)  # "# ?(pat) : zero or one time" × 3 over a blank line: terms, not a line's gloss
    if transcripts.shows_file(block.lines):
        walk.warn(block.line, i18n._(
            "line {line}: the block shows a file as cat printed it, not command lines to learn; skipped"
        ).format(line=block.line))
        return None
    if source_code.is_source(block.lines):
        walk.warn(block.line, i18n._(
            "line {line}: a program's source (a body in braces), not command lines to learn; skipped"
        ).format(line=block.line))
        return None
    if source_code.is_statements(block.lines):
        walk.warn(block.line, i18n._(
            "line {line}: a program's source (statements ending in ';'), not command lines to learn; skipped"
        ).format(line=block.line))
        return None
    if text_fences.is_text(block.lines):
        walk.warn(block.line, i18n._(
            "line {line}: the block holds sentences of text, not command lines to learn; skipped"
        ).format(line=block.line))
        return None
    block = continuations.join(_without_tree(walk, block))  # "$ sort <<END" / "> pear": the shell's second prompt
    # "db.posts.find({})" alone, in notes about MongoDB; "mydb=# \du": typed at psql's prompt
    typed_there = repl.unprompted(walk, block) or repl.database_prompted(block)
    if typed_there is not None and repl.read(walk, typed_there, prose):
        return None
    if _repl_session(block) or _at_named_prompt(block) or repl.bare_prompted(walk, block):
        if repl.read(walk, block, prose):
            return None
        walk.warn(block.line, i18n._(
            "line {line}: lines typed at a program's own '>' prompt, with its output; skipped"
        ).format(line=block.line))
        return None
    if transcripts.narrated(block.lines):
        walk.warn(block.line, i18n._(
            "line {line}: a console session with remarks after what it printed; its comments tell the session, "
            "not what the commands do; skipped"
        ).format(line=block.line))
        return None
    fences.numbered_comments(walk, block, under_item=prose if from_bullet and not from_heading else None)
    if fences.paren_captioned(walk, block.lines):  # "(특정 브랜치를 서브모듈화)" / "$ git submodule add -b …"
        return None
    return block


def read(walk: Walk, block: Code) -> None:
    above = _text_above(walk, block)
    if above is None:
        return
    prose, from_heading, title, form, pointing, from_bullet, heading_command = above
    windows = block.language in batch.BATCH_INFOS  # ```batch, ```cmd: each line runs at the cmd prompt
    commands = _command_block(walk, block, above)
    if commands is None:
        return
    block = commands
    lines = menu_sessions.read(walk, _command_lines(block))  # "fdisk /dev/sda" then "n # add a new partition"
    lines = cron_lines.read(walk, lines)  # "0 1 * * * backup.sh  # 매일 1시": a crontab entry, when it runs
    if key_presses.read(walk, lines):
        return  # "byobu" then "(ctrl+a)": a session, the command and the keys pressed in it
    failing = failed_runs.failed(block.lines)  # "$ rm link_sym/" over "rm: cannot remove …": a line that failed
    for n, message in failing.items():
        walk.warn(n, i18n._(
            "line {line}: the line printed its program's error ('{message}'); a failing example, no card made from it"
        ).format(line=n, message=message))
    lines = [(n, "" if n in failing else text) for n, text in lines]
    several = _several_line_ways(lines)
    for way in several:
        walk.warn(way[0], i18n._(
            "line {line}: several lines making one way, another set apart by 'or': each does only a part of what the "
            "block does; no card made from them"
        ).format(line=way[0]))
    parts = {n for way in several for n in way}
    lines = [(n, "" if n in parts else text) for n, text in lines]
    first = next(((n, t) for n, t in lines if t.strip() and not _COMMENT.match(t)), None)
    usage = _USAGE_LABEL.match(first[1]) if first else None
    if first and usage and _is_syntax_line(usage.group(1)):  # "Usage: make [options] [target] ...", as --help prints it
        first = (first[0], usage.group(1))
    if task_headings.read(walk, lines):  # "### 8. checkout : …" over "svn checkout …" among other lines
        return
    if first and (
        _is_syntax_line(first[1]) or _names_heading_term(walk, first[1])
        or form and re.search(r"\s[<\[]", first[1]) and parse_invocation(first[1]) is not None
    ):
        walk.syntax(first[1], first[0], reason="usage line in a code block")
        return
    if (
        fences.captioned(walk, lines)
        or fences.lone_option(walk, lines, prose)
        or fences.flag_sentence(walk, lines, prose)
        or fences.syntax_label(walk, lines, prose)
    ):
        return
    entries = _entries(walk, lines)
    if len(entries) == 1 and flag_variants.step_variant(walk, block, entries[0].invocation, entries[0].line):
        return  # "4. Stop it: `kill 42`" / "5. If it hangs, force it: `kill -9 42`": the flag's or the line's, unsure
    _program_dropped(walk, entries)
    if prose and "\n" in prose and not from_heading:
        prose = _naming_part(prose, entries)
    flags_told = False  # the text above said only what flags of the line do: the text under the block may say the rest
    means_named = False  # the text above named the line's program as the means of the heading's task
    if prose and not from_heading and entries:
        # "Run a script. Use `-A` to allow all permissions.": the second sentence is of a flag the line does not use
        said = walk.prose_code[1] if walk.prose_code[0] == walk.block - 1 else block.line
        # "This will send a termination signal. If it does not stop, use `-9`:" between two blocks: the first
        # sentence is of the block above
        prose = back_pointers.cut(walk, prose, said)
        prose = flag_sentences.cut(walk, prose, [entry.invocation for entry in entries], said) if prose else None
        if prose and _PRESENTS.match(prose) and not _MORE_SAID.search(prose) and (does := _presented_doing(prose)):
            prose = does  # "Here's a version that picks up the folder's name:": what this version does
        elif prose and _PRESENTS.match(prose) and not _MORE_SAID.search(prose):
            # "Here is the help for the 2.0 release." over "$ tool": what the block (or the one after it) shows, not
            # what its command does ("Here is the command to list files", "Here's how to …" say that, and stay)
            walk.unless_read(said, i18n._(
                "line {line}: the text above the block presents what it shows ('Here is …'), not what its command "
                "does; no card made from it"
            ).format(line=said))
            prose = None
        if prose and len(entries) == 1:  # "Use `-i` to … Here's an example …": a flag note apiece, the rest the line's
            # "## show routing information" / "Using `-n`, we can …" / the block: when the sentence is all of
            # flags, the heading right above still says what the line does
            heading = heading_over_sentence(walk)
            needed = flag_uses.needed_flag(prose, heading) if heading is not None else None
            if needed is not None:
                # "### Get the whole chain" / "If you need the full chain, use `-showcerts`.": what the heading asks
                # for, the flag gives; the heading is the flag's, not what the rest of the line does
                walk.unless_read(entries[0].line, i18n._(
                    "line {line}: the heading above names what {flag} gives, as the sentence under it says; not read "
                    "as what the whole line does"
                ).format(line=entries[0].line, flag=needed))
                heading = None
            prose = flag_uses.read(walk, prose, entries[0].invocation, said, heading_says=heading is not None)
            flags_told = prose is None and heading is None
            if prose is None and heading is not None:
                prose, from_heading = heading, True
            elif prose is not None and heading is not None and by_means(
                    prose, heading, program_run(tuple(entries[0].invocation.command.split()))):
                # "### jq 설치" / "brew를 이용해서 설치한다." / "brew install jq": the sentence names only the means
                # (and that the line's program does the heading's task, evidence as a known program's name is)
                prose, from_heading, means_named = heading, True, True
            elif prose is None and walk.sections and walk.heading_block == walk.block - 2:
                if names_system(walk.sections[-1].text):
                    system_heading(walk, block, walk.sections[-1].text)
        if prose is not None:
            prose = fences.without_keeping(prose)  # "… 설정한다. 해당 내용을 .bashrc 파일에 추가한다.": where to keep it
            prose = fences.without_other_names(prose)  # "… 바꿀 때 사용합니다. 큐브맵이라고도 불립니다.": another fact
            # "… 표시하는 명령어이다. … 검색 명령어인 grep을 조합하면 …" over a block with no grep: the last sentence is
            # about another line
            prose = narration.without_other_program(prose, PROGRAMS, [text for _, text in lines])
            if len(entries) == 1:
                # "crop pdf (left top right bottom, in points)" over "pdfcrop --margins 0 -150 0 0 …": the names of
                # the option's values, its note; the rest of the text is the line's
                prose = counted_values.read(walk, prose, entries[0].invocation, entries[0].line)
                aside = statement_aside(prose)
                if prose and aside is not None and aside.start() > 0:
                    # "increase that number to make it faster (it's displayed in kb)": a statement of its own beside
                    # what the line does, a second fact on its card
                    walk.warn(entries[0].line, i18n._(
                        "line {line}: '{aside}' in parentheses is a statement beside what the line does; left off its card"
                    ).format(line=entries[0].line, aside=aside.group("aside")))
                    prose = prose[: aside.start()]
            absent = narration.names_absent_program(
                prose, PROGRAMS | set(walk.fenced_programs), [text for _, text in lines])
            if absent is not None:
                # "exrheader 명령어로 확인하면 …" over 'project (type string): "circle"': what exrheader printed
                walk.warn(block.line, i18n._(
                    "line {line}: the text above is about '{program}', which no line of the block runs; the block "
                    "shows what it printed, no card made from it"
                ).format(line=block.line, program=absent))
                if not any(entry.own for entry in entries):
                    return
                prose = None  # a line's own comment still says what it does
    # "$conda install … / or / $pip install …": spellings of one step, one description (the "or" maybe a comment
    # of its own, "# or")
    alternatives = _alternatives(lines)
    if not entries or heading_command is not None and transcripts.is_session(
        heading_command[0], block.lines, [entry.invocation for entry in entries]
    ):
        walk.heading_command = heading_command  # console output between a heading and its text
        return
    keys = [entry for entry in entries if entry.key]
    entries = [entry for entry in entries if not entry.key]
    for entry in keys:
        if entry.own:
            walk.add_key(entry.invocation.line, "\n".join(entry.own), entry.line, reason=entry.reason)
        elif prose and len(keys) == 1 and not entries and "\n" not in prose and (
                _FENCED.match(walk.written(block.line) or "")):  # (an indented block may be a help page's tag, "*gc*")
            # "저장하고 빠져나가기" over a block holding only ":wq", "## Save and quit" over it: the one key of the block,
            # the text right above what it does, as over a command line ("esc 를 눌러서 …" presses another key first:
            # of that one, not read); "… 아래처럼 타이핑하면 100째 줄로 이동됩니다.": what typing the block's key does
            typed = _TYPED_BELOW.search(prose)
            if typed is not None:
                walk.add_key(entry.invocation.line, typed.group("does"), entry.line, reason=ABOVE_BLOCK)
            elif not _PRESSES.search(prose):
                walk.add_key(entry.invocation.line, prose, entry.line, reason=ABOVE_BLOCK)
    if not entries:
        return
    # "#### Install packages" over five lines each under its own comment ("# registered package" / "$ bower install
    # jquery"): each comment tells its line apart, the heading names what they all do; said with each, every card
    # would hold the heading's fact too
    # (a comment after each line is as often what it printed: "# asdf")
    own_each = from_heading and len({entry.line for entry in entries}) >= 3 and all(
        entry.own and entry.reason == COMMENT_ABOVE for entry in entries)
    if prose and not own_each:
        # "## Linux 서비스" over "# systemd" / "systemctl start …": a heading naming a topic, not a task, and a word
        # naming the group the line is in; neither says what the line does
        topical = from_heading and not says_doing(prose.split("\n")[-1])
        named_only: list[_Entry] = []
        group = ""  # the label of the group the last line dropped is in
        for entry in entries:  # "// get" under "##### 사용자 설정": a label, not a description
            grouped = bool(named_only) and not entry.own and entry.line == named_only[-1].line + 1
            if topical and (grouped or len(entry.own) == 1 and entry.reason != _AFTER_IT
                            and _LABEL.fullmatch(entry.own[0])):  # (a comment after its line is that line's own)
                # (the lines right under the first, with no comment of their own, are of its group)
                group = group if grouped else entry.own[0]
                walk.warn(entry.line, i18n._(
                    "line {line}: the heading above names a topic and the comment '{label}' a group of lines; "
                    "neither says what the line does, no card made from it"
                ).format(line=entry.line, label=group))
                named_only.append(entry)
            elif len(entry.own) == 1 and _LABEL.fullmatch(entry.own[0]):
                entry.own = [f"{prose} ({entry.own[0]})"]
                entry.reason = "text above its code block, with a one-word comment"
        if named_only:
            entries = [entry for entry in entries if entry not in named_only]
            if not entries:
                return
    bare = [entry for entry in entries if not entry.own]
    programs = {entry.invocation.command.split()[0] for entry in entries}
    if prose and from_heading and " " in prose and not bare and programs & set(_HEADING_WORD.findall(prose)):
        # "## `df` 디스크 정보" over "df -h  # 읽기 쉬운 형태로": the heading is what df does, the comment what -h does;
        # "## 2. Python – `pyenv`" over "pyenv versions  # …": the heading names the program, a title, no description
        prose = None
    if prose and "\n" not in prose and _COMMAND_LABEL.fullmatch(prose.strip()) and any(
        program.startswith(prose.split()[0]) for program in programs
    ):
        # "> svn diff" over "svnlook diff -r 122 …": the label names a command, it does not say what one does
        prose = None
    if prose and _names_program_alone(prose.split("\n")[-1], programs):
        # "- Curl(Client URL)" over "curl -X GET …  # 상세": the item names the program (and what its name stands
        # for), a title; each line's comment says what that line does, and a line with none is not described
        prose = None
    if prose and action_pairs.fetched_for(prose, [entry.invocation for entry in entries]):
        # "… 컬러 스킴을 적용해보자" over "git clone …": the lines only fetch what a later step applies
        walk.unless_read(block.line, i18n._(
            "line {line}: the text above names what a later step does with what the block fetches; no card made "
            "from it"
        ).format(line=block.line))
        prose = None
    if prose and says_condition(prose.split("\n")[-1]) and all(entry.own for entry in entries):
        # "- 원격 서버 사용시" over "# 컨텍스트 바꾸기" / "docker context use …": the case the block is for, not what
        # its lines do; each line's comment says that (a line with none keeps the case: "### Alpine 일때" over one
        # line, what to run then)
        prose = None
    # a bullet of a whole sentence over lines each with a comment of its own ("- pg_restore는 병렬 처리를
    # 지원하므로 … 유용합니다." over "… # 병렬 처리", "… -Fd … # 디렉토리 형태"): the last remark of a list on the
    # program, the comments say what each line does; a purpose phrase ("로컬 branch 삭제하기") or a paragraph
    # right above the block is said of every line
    remark = (
        len(entries) > 1 and prose is not None and (
            from_bullet or from_heading and "\n" in prose
            # a paragraph of a whole sentence on the section over lines whose comments say what each does
            or not from_heading and len(prose.split()) >= 8 and all(_WORDED.search(" ".join(e.own)) for e in entries)
            # a whole Korean sentence ("바이너리를 16진수로 볼 때 사용합니다.") over lines each glossed after it in words
            # of its own ("// 16진수로", "// 원래대로"): said of the section, each comment what its line does
            or not from_heading and _KO_SENTENCE.search(prose.split("\n")[-1]) is not None and len(prose.split()) >= 4
            and all(e.reason == _AFTER_IT and len(" ".join(e.own).split()) >= 2 for e in entries)
            and len({tuple(e.own) for e in entries}) == len(entries)
        )
        and prose.rstrip().endswith((".", "다", "요"))
    ) or (
        # two sentences or more ("… 내장되어 있어 설치가 필요 없다. 각 차트에서 …를 사용한다.") over a line with a
        # comment of its own: statements on the section, the comment says what the line does
        prose is not None and len(_SENTENCE_ENDS.findall(prose.split("\n")[-1])) >= 2
        and all(_says_done(e.own) for e in entries)  # "# 우분투에서", "# 루트 권한 필요": a remark, not what it does
        and prose.rstrip().endswith((".", "다", "요"))
    ) or (
        # "### ls" / "파일 목록을 보여주는 명령어" over "ls  # 기본" / "ls -la  # 숨김 파일까지": what the program the
        # section is about is, said of the program; each line's comment says what that line does (under a task
        # heading, "## 로그 보기", the same words say what the lines do)
        len(entries) > 1 and prose is not None and all(e.own for e in entries)
        and _DEFINES_PROGRAM.search(prose.split("\n")[-1]) is not None
        and _section_names(walk, programs)
    )
    # "이때, git reset HEAD^ 명령어를 통해 …" over "// commit 목록 확인" / "$ git log": the text is of another command
    other = prose is not None and _names_other_command(prose, [entry.invocation for entry in entries])
    # "## 사용자 삭제" over "deluser x  # 사용자만" / "또는" / "deluser --remove-home x  # 홈디렉토리도": the heading is
    # what the alternatives share, each comment what tells it apart
    # (only when each comment says what its line does: "# 파일 하나만" / "# 폴더째로" only tell them apart, the
    # heading still says what both do)
    told_apart = alternatives and len(entries) >= 2 and all(
        entry.own and (_says_done(entry.own) or prose is not None and _restates("; ".join(entry.own), prose))
        for entry in entries
    )
    if prose and not bare and not remark and not own_each and not told_apart and not other and len({entry.invocation.command for entry in entries}) == 1:
        # "로컬 branch 삭제하기" over "# --delete 옵션 / git branch -d …": both say something
        written = dict(block.lines)
        led_in = any(_RUN_THESE.search("; ".join(entry.own)) for entry in entries)  # a line the text above is of
        for entry in entries:
            own = "; ".join(entry.own)
            if flag_sentences.leaves_out_flag(own, [entry.invocation]):
                # "#### Count the results" over "# Don't use -LLL" / "ldapsearch … dn | grep numEntries": the comment
                # speaks of a flag the line does not pass (how it differs from another), not of what it does
                walk.unless_read(entry.line, i18n._(
                    "line {line}: the comment above the line says to leave out an option the line does not use; "
                    "not joined to what the line does"
                ).format(line=entry.line))
                entry.own = [prose]
                entry.reason = ABOVE_BLOCK
            elif entry.reason == _AFTER_IT and _COLON_GLOSS.search(written.get(entry.line, "")):
                # "#### 드라이버 중 볼륨 관리자만 찾기" over "driverquery : 모든 드라이버 목록": the author glosses each
                # line in one shape of their own; the heading is the section's task, done by a later block
                continue
            elif _RUN_THESE.search(own):
                # "# 루트 디렉토리로 이동한 후 아래의 명령어를 입력" over "atom .": the comment only leads to the line
                # (where to be first, then "type what is below"); what the line does is the text above
                entry.own = [prose]
                entry.reason = ABOVE_BLOCK
            elif _remarks(entry.own, prose):
                # "- 패스워드 변경" over "# 계정이름 입력 정말 중요하다." / "# 안 쓰면 엉뚱한 계정이 바뀐다." / the line:
                # sentences of warning on the line, not what it does; the item above says that
                walk.warn(entry.line, i18n._(
                    "line {line}: the comments above the line are remarks on it in whole sentences, not what it "
                    "does; the text above the block says that"
                ).format(line=entry.line))
                entry.own = [prose]
                entry.reason = ABOVE_BLOCK
            elif led_in and _says_done(entry.own):
                # "루트 디렉토리에서 Atom 열기" over "# … 이동한 후 아래의 명령어를 입력" / "atom ." / "# 한단계 상위 디렉토리
                # 열기" / "atom ..": the text above says what the led-in line does; this one's comment says its own
                continue
            elif prose not in own and own not in prose and not _restates(own, prose):
                entry.own = [f"{prose} ({own})"]
                entry.reason = ABOVE_BLOCK_AND_COMMENT
    written_lines = dict(block.lines)
    variants = flag_variants.beside_variants([flag_variants.Glossed(
        entry.line, entry.invocation,
        "above" if entry.reason == COMMENT_ABOVE else
        "beside" if entry.reason == _AFTER_IT and len(entry.own) == 1 and not entry.flags else "",
    ) for entry in entries])
    # "# 파일을 본다" / "less a.txt", then "# 줄 번호를 붙인다" / "less -N a.txt": the comment says what the one option
    # added to the line above does
    added = flag_variants.above_variants(
        [(entry.invocation, len(entry.own) == 1 and entry.reason == COMMENT_ABOVE) for entry in entries])
    for index, entry in enumerate(entries):
        comment = entry.own[0] if len(entry.own) == 1 and entry.reason == COMMENT_ABOVE else None
        key = key_comments.key_said(comment) if comment is not None else None
        operator = key_comments.operator_said(comment, written_lines.get(entry.line, "")) if comment is not None else None
        if key is not None:
            # "# 실행 후 ctrl+z 로 잡을 멈춘다" over "sleep 10": what the key does while the line runs, not the line
            walk.add_key_note(key[0], key[1], entry.line - 1, reason=entry.reason)
        elif operator is not None:
            # "# & 백그라운드로 실행" over "sleep 100 &": what the operator does, the line is its example
            walk.add(Kind.COMMAND, term=operator[0], front=operator[0], back=operator[1], command=None,
                     line=entry.line - 1, answers=(operator[0],), context=written_lines.get(entry.line, "").strip(),
                     reason=entry.reason)
        if key is not None or operator is not None:
            walk.skipped(entry.line)
            continue
        named = key_comments.program_said(comment, entry.invocation.command.split()[0]) if comment and entry.invocation.command else None
        if named is not None:
            # "# nohup(no hang up): 세션이 끝나도 계속 실행" over "nohup job &": the name is the line's program, a term
            # before its colon; the rest is what the line does, the words in parentheses what the name stands for
            words, entry.own = named[0], [named[1]]
            name = entry.invocation.command.split()[0]
            if words is not None and name_expansions.spells(name, words):
                walk.add(Kind.CONCEPT, term=name, front=name, back=words, command=None, line=entry.line - 1,
                         reason="comment: a name and the words it stands for")
        if entry.line in variants:
            # "# List containers" / "docker ps" / "docker ps -a    # Include stopped containers": the line above said
            # by a comment over it, this one by a remark beside it, what -a adds ("git clean -f  // 파일만 삭제" /
            # "git clean -f -d  // 디렉터리까지 삭제", lines glossed beside them as a rule, each says what its line does)
            walk.add_flag(FlagDef(variants[entry.line], entry.own[0]), entry.invocation, entry.line, reason=flag_variants.REASON)
            continue
        if entry.own:
            if len(entry.own) == 1 and entry.reason == COMMENT_ABOVE:
                # "# Copy modules to vendor/ (vendor is discouraged now)": the statement in parentheses is a fact
                # of its own, not part of what the line does
                aside = statement_aside(entry.own[0])
                own_aside = _aside_on_itself(entry.own[0], entry.invocation)
                if own_aside is not None:
                    # "# 대상 경로로 파일 이동 (mkdir -p는 대상 경로 없을 때만 생성)" over "mkdir -p …" and "mv …": the
                    # brackets say what this line does, the words before them what the lines do together
                    walk.warn(entry.line, i18n._(
                        "line {line}: the comment above it says in brackets what {command} does; the words before "
                        "them are what the lines under it do together, left off its card"
                    ).format(line=entry.line, command=entry.invocation.command))
                    entry.own = [own_aside]
                elif aside is not None and aside.start() > 0:
                    entry.own = [entry.own[0][: aside.start()].rstrip()]
            if index in added:
                walk.add_flag(FlagDef(added[index], entry.own[0]), entry.invocation, entry.line, reason=_ADDED_OPTION)
                continue
            walk.add_command(
                entry.invocation, "\n".join(entry.own), entry.line, glossed=entry.flags, reason=entry.reason
            )
        else:
            for line, flag in entry.flags:
                walk.add_flag(flag, entry.invocation, line, reason="`# -x: meaning` comment in a code block")
    if (
        bare and prose and not from_heading and title is None and len(bare) == len(entries)
        and walk.prose_code[0] == walk.prose_block == walk.block - 1
        and action_parts.read(walk, prose, [(entry.invocation, entry.line) for entry in bare], walk.prose_code[1])
    ):
        return  # "Build, tag and push" over three lines: each line its share of the label
    if prose and len(bare) == len(entries) >= 2 and shell_openers.opens_shell(bare[0].invocation) and len(
            {entry.invocation.command for entry in bare[1:]}) == 1:
        # "docker run -it … bash" then "redis-cli … INFO": the first line opens the shell the others are typed in
        walk.unless_read(bare[0].line, i18n._(
            "line {line}: the line opens a shell the lines below it are typed in; the text above says what they do"
        ).format(line=bare[0].line))
        bare = entries = bare[1:]
    shows = [entry for entry in bare if _shows_what_is_read(entry.invocation, bare)]
    if shows and prose and len(bare) == len(entries):
        # "$ cat test.txt" (and what it printed) then "$ cat test.txt | tr -cd aiueo": the first only shows the file
        # the next line reads, the text above says what that one does
        for entry in shows:
            walk.skipped(entry.line, unless_read=True)
        bare = entries = [entry for entry in bare if entry not in shows]
    checks = transcripts.checked_around([entry.invocation.line for entry in bare])
    if checks and prose and len(bare) == len(entries):
        # "$ git remote -v" (and what it printed), "$ git remote rm destination", "$ git remote -v" again: the line
        # run before and after shows what the others change; the text above says what those do
        for entry in bare:
            if entry.invocation.line in checks:
                walk.unless_read(entry.line, i18n._(
                    "line {line}: the line is run before and after the others to show what they change; no card "
                    "made from it"
                ).format(line=entry.line))
        bare = entries = [entry for entry in bare if entry.invocation.line not in checks]
    if bare and bare[0] is entries[0] and len(entries) > 1 and bare[0].invocation.command.split()[0] in FOLDER_CHANGERS and all(
        entry.own for entry in entries[1:]
    ):
        # "A cheat sheet for deployment:" over "$ cd myapp/" then lines each with a comment: the cd only moves into
        # the folder the others work in; the text above names the block, it does not say what the cd does
        walk.unless_read(bare[0].line, i18n._(
            "line {line}: the line only moves into the folder the lines below work in; no card made from it"
        ).format(line=bare[0].line))
        bare = bare[1:]
    fed = [entry for entry in bare[1:] if _fed_input(entry.invocation.line, bare[0].invocation.line)]
    if prose and fed and len(bare) == len(entries):
        # "xsel --input --clipboard" / "… < PATH" / "echo 'Text' | xsel --input --clipboard": the first line, given
        # its input from a file or a pipe; the text above says what the first line does
        for entry in fed:
            walk.unless_read(entry.line, i18n._(
                "line {line}: the first line of the block, given its input another way (from a file or a pipe); "
                "no card made from it"
            ).format(line=entry.line))
        bare = entries = [entry for entry in bare if entry not in fed]
    if bare:
        shared = len({entry.invocation.command for entry in bare}) == 1
        # a fence title speaks for every line of one program in it; a heading of a few words for a
        # list of that program's commands ("### Manual start and stop" over systemctl start / stop)
        one_program = len({entry.invocation.command.split()[0] for entry in bare}) == 1
        listed = all(entry.invocation.line == entry.invocation.command for entry in bare)
        # "### Restarting/reloading": two words joined by a slash are two words
        speaks = title is not None or from_heading and listed and prose is not None and len(re.split(r"[\s/]+", prose)) > 1
        # the document's title ("# Web server") over several different lines names what the notes are about,
        # not what each line does
        titled = from_heading and len(walk.sections) == 1 and walk.sections[0].level == 1 and len(
            {entry.invocation.line for entry in bare}) > 1
        described = not titled and (shared or speaks and one_program or alternatives) and (
            len(bare) == len(entries) or bare[0] is entries[0]
            # a heading over a list of one program's commands speaks for those the list leaves bare
            or speaks and one_program and from_heading and len({entry.invocation.command.split()[0] for entry in entries}) == 1
        )
        steps = [(entry.invocation, entry.line) for entry in bare]
        at = named_program.named_line(prose, [entry.invocation for entry in bare]) if (
            prose and not described and not from_heading and len(bare) == len(entries)
        ) else None
        if prose and at is not None:
            # "fish를 기본 셸로 바꾸기 위해 chsh 명령어를 사용하자." over "$ which fish" / "$ chsh -s …": the purpose of
            # the one line running the command the text names; the others lead up to it
            walk.add_command(bare[at].invocation, prose, bare[at].line, reason=ABOVE_BLOCK)
            return
        noted = not described and from_heading and prose and len(bare) == len(entries) and transcripts.has_prose(block.lines)
        if noted:  # "trunk : 프로젝트는 …" among the lines: the author's notes between commands, not steps
            walk.warn(block.line, i18n._(
                "line {line}: notes written between the commands of this block; its lines were not read as steps"
            ).format(line=block.line))
        if (
            not described and from_heading and prose and len(bare) == len(entries) and not noted
            # "### Copy Files" over a session (commands and what they printed): a run shown, not steps to follow
            and not transcripts.printed_any(block.lines, [entry.invocation for entry in entries])
            and fences.steps(walk, prose, steps)
        ):
            return
        topic_line = walk.prose_code[1] if walk.prose_code[0] == walk.block - 1 else None
        if prose and len(steps) > 1 and flag_using.read(walk, prose, steps, said=topic_line):
            return  # "`-a` 옵션은 …" over "which ls" / "which -a ls": what the flag does, of the one line passing it
        kept = bare
        if described and not speaks and not alternatives:
            # "rpm -qi httpd" then "rpm -qpi httpd" under one sentence: the second adds a flag the
            # sentence does not explain ("git push R --delete B" / "git push R :B" are two spellings)
            kept = [entry for entry in bare if not any(_adds_flags(entry, e) for e in bare if e is not entry)]
            for entry in bare:
                if entry not in kept:
                    walk.warn(entry.line, i18n._(
                        "line {line}: a variant of the line above under the same description; skipped"
                    ).format(line=entry.line))
            alone = [entry for entry in kept if entry.invocation.line == entry.invocation.command]
            if alone and len(alone) < len(kept):
                # "## 태그 지우기" over "git tag" / "git tag -d v1.0": the command alone beside a fuller line of it
                # mostly lists or shows (the tags, the branches); the description is the fuller line's
                kept = _left_out(walk, kept, alone, lambda entry: i18n._(
                    "line {line}: the command alone, beside a fuller line of it under one description; the "
                    "description is read as the fuller line's, no card made from this one"
                ).format(line=entry.line))
        if described and from_heading and not title:
            # a heading is thin evidence: it describes a line of a program we know, not "pm -qd x"
            unknown = [
                entry for entry in kept
                if not windows and not _known_program(walk, entry.invocation) and not _DOLLAR.match(walk.written(entry.line) or "")
                and not _run_at_shell(block, entry.invocation)
                # "## Generate docx" over "pandoc -s cv.tex -o cv.docx", "## PDF 2 HTML" over "pdf2htmlEX cv.pdf":
                # the heading names what the line itself spells out, evidence enough that it says what it does
                and not _heading_in_line(prose, entry.invocation.line)
                and not means_named
            ]
            kept = _left_out(walk, kept, unknown, lambda entry: i18n._(
                "line {line}: '{program}' is not a program quizzer knows, and only the heading above "
                "says what the line does; skipped"
            ).format(line=entry.line, program=entry.invocation.command.split()[0]))
            # "## Add a node" over "scontrol update Partition=P Nodes=<existing>,<new>" of a program known only
            # as one the blocks run often: the front, without its placeholders, drops the named value the task
            # is about; no card can ask for the line
            valued = [
                entry for entry in kept
                if _NAMED_PLACEHOLDER.search(entry.invocation.line) and not _known_program(walk, entry.invocation, often=False)
            ]
            kept = _left_out(walk, kept, valued, lambda entry: i18n._(
                "line {line}: the line gives a named setting only a placeholder, and only the heading above says "
                "what it does; no card made from it"
            ).format(line=entry.line))
            # "## Manage VMs" over "az vm create \" and ten option lines of the author's values: the heading
            # names the task, no card can ask for that whole line
            long = [entry for entry in kept if len(entry.invocation.flags) >= _MANY_FLAGS]
            kept = _left_out(walk, kept, long, lambda entry: i18n._(
                "line {line}: a command with {count} options, said only by the heading above; too long a line "
                "to learn from a card; skipped"
            ).format(line=entry.line, count=len(entry.invocation.flags)))
            if not kept:
                return
        if described and prose and len(kept) > 1 and _hands_on(kept):
            # "sed … a.tex > tmp1" / "sed … tmp1 > tmp2" under "Convert the docs:": one job in steps; the text says
            # what the first line starts, the lines after it are its steps (a first line that is already a card
            # of its own, from the text above another block, is not what this job is)
            starts = kept[0].invocation
            again = note_key(walk.deck, Kind.COMMAND, starts.command, starts.concrete) in walk.notes
            for entry in kept if again else kept[1:]:
                walk.unless_read(entry.line, i18n._(
                    "line {line}: the lines of this block hand a file on from one to the next; the text above says "
                    "what they do together, not what this one does; no card made from it"
                ).format(line=entry.line))
            if again:
                return
            kept = kept[:1]
        if not described and from_heading and prose and "\n" not in prose and action_pairs.lined_up(
                prose, [entry.invocation for entry in kept]):
            # "## 활성화 및 시작" over "systemctl enable …" / "systemctl start …": an action for each line, in order
            for entry, action in zip(kept, action_pairs.actions(prose)):
                # its own action is what the line does; the heading, what the lines do together, told beside it
                walk.add_command(entry.invocation, action, entry.line, context=prose, reason=ABOVE_BLOCK)
            return
        if not described and from_heading and prose and len(kept) > 1:
            for entry in kept:  # "#### Uninstall service" over net stop / nssm remove: together, not each
                walk.unless_read(entry.line, i18n._(
                    "line {line}: the heading above says what the lines of this block do together, not what "
                    "this one does; no card made from it"
                ).format(line=entry.line))
        elif not described and prose and len(kept) > 1 and not any(
            _COMMIT_ID.fullmatch(entry.invocation.command.split()[0]) for entry in kept  # (a log: "0edf021 commit 5")
        ):
            for entry in kept:  # "- Removing a file or folder:" over del … / rmdir …: together, which does what unsaid
                walk.unless_read(entry.line, i18n._(
                    "line {line}: the text above says what the lines of this block do together, not what this one "
                    "does; no card made from it"
                ).format(line=entry.line))
        printed = transcripts.printed(block.lines, [entry.invocation for entry in kept])
        if described and from_heading and prose and printed and clean(prose).casefold() in clean(printed).casefold():
            # "### Kill task failed" over "# sinfo -R" and a table that lists "Kill task failed": the heading
            # names what the command printed (a symptom), not what it does
            walk.warn(kept[0].line, i18n._(
                "line {line}: the heading above names what the block printed, not what its command does; "
                "no card made from it"
            ).format(line=kept[0].line))
            return
        if described and prose and not from_heading and object_titles.names_objects(
            prose, [entry.invocation for entry in kept]
        ):
            # "2) 메모장 / **123456789** Notes" over "mas search notes" / "mas install 123456789": the entry's name
            # and id, what the lines work on, not what they do
            walk.warn(block.line, i18n._(
                "line {line}: the text above names what the lines of the block work on, not what they do; "
                "no card made from it"
            ).format(line=block.line))
            return
        paired = (
            shared_prose.pair(prose, [entry.invocation for entry in kept])
            if described and prose and not from_heading and not title and len(kept) > 1 else None
        )
        if paired == []:
            walk.warn(kept[0].line, i18n._(
                "lines {first}-{last}: the text above says several things of these lines; which sentence says "
                "what each line does is not sure, so no card made from them"
            ).format(first=kept[0].line, last=kept[-1].line))
            return
        if paired:
            for entry, sentence in zip(kept, paired):
                walk.add_command(entry.invocation, sentence, entry.line, reason="sentence above its code block that names its line")
            return
        if not block.closed:
            return  # the text after it is no more sure to be about its lines than the text above
        walk.pending = PendingCode(
            [(entry.invocation, entry.line) for entry in kept],
            prose if described else None,
            prose_is_own=bool(described and prose and from_bullet),
            prose_is_heading=from_heading,
            item_above=walk.item_prose is not None and walk.item_prose[0] == walk.block - 1,
            printed=printed,
            output=transcripts.shows_output(block.lines, [entry.invocation for entry in kept]),
            item=block.lists,
            points=bool(described and prose and pointing),
            flags_told=flags_told,
        )


# "출력된 에디터 확인", "결과", "The output": the text speaks of what a line printed ("화면에 출력" is what cat does)
_SAYS_OUTPUT = lazyre.pattern(r"출력된|출력되는|출력 결과|결과|나온|나오는|\boutput\b|\bresults?\b|\bprinted\b", re.IGNORECASE)


def _about_what_it_fetches(prose: str, block: Code, title: str | None) -> str | None:
    """Why the text above a block that only fetches and installs is not what its lines do (a warning, ``{line}``
    still to fill in), or None when it may be.  ``title``: the notes' title."""
    if not _fetches_all(block):
        return None
    if title is not None and _fetches_own_project(block, title):
        # "# Tmux copycat" … "Clone the repo:" over "git clone https://github.com/…/tmux-copycat ~/clone/path": how to
        # get the project the notes are about (its README), not a fact of git clone to learn
        return i18n._(
            "line {line}: the block fetches the project the notes are about (its repository is named as their "
            "title): how to install it, not a fact of its command; no card made from it"
        )
    if narration.defines_this(prose):
        # "이건 zsh 설정 관리 프레임워크이다. 설치하자." over "curl … | sh": what the section's subject is, not what the
        # line that fetches it does
        return i18n._(
            "line {line}: the text above the block says what the thing it is about is, not what its command does; "
            "no card made from it"
        )
    if narration.names_dependant(prose):
        # "The R package pdftools uses `libpoppler-cpp-dev`" over "sudo apt install libpoppler-cpp-dev": what needs
        # the package, why it is installed, not what the line does
        return i18n._(
            "line {line}: the text above the block says what needs the package its lines install, not what they do; "
            "no card made from it"
        )
    if narration.says_installable(prose):
        # "Both can be installed via Homebrew:" over "brew install pngquant oxipng": that the tools can be had and
        # from where, not what the line does
        return i18n._(
            "line {line}: the text above the block only says the tools it installs can be installed, and from "
            "where; no card made from it"
        )
    return None


def _fetches_all(block: Code) -> bool:
    """Each line of ``block`` (but comments) fetches or installs something (knowledge.fetches_or_installs): what a
    paragraph defining "this" (the section's subject) stands over when it is not about the line ("이건 강제
    푸시이다." over ``git push -f`` is)."""
    rows = [text.strip() for _, text in block.lines if text.strip() and not _COMMENT.match(text)]
    return bool(rows) and all(fetches_or_installs(text) for text in rows)


_NOT_NAME = lazyre.pattern(r"[\W_]+")


def _fetches_own_project(block: Code, title: str) -> bool:
    """Each line of ``block`` fetches a repository whose name is the notes' title (``…/tmux-copycat.git`` in notes
    titled "Tmux copycat"), the words compared with their case and what joins them ignored."""
    name = _NOT_NAME.sub("-", strip_markers(title).casefold()).strip("-")
    rows = [text.strip() for _, text in block.lines if text.strip() and not _COMMENT.match(text)]
    return bool(name) and bool(rows) and all(
        any("://" in word and _NOT_NAME.sub("-", word.casefold().rstrip("/").removesuffix(".git").rsplit("/", 1)[-1]).strip("-")
            == name for word in tokenize(text))
        for text in rows
    )


def _hands_on(entries: Sequence[_Entry]) -> bool:
    """Does a line write a file (``… > tmp1``) that the line after it reads (``sed … tmp1 > tmp2``)?"""
    for entry, after in zip(entries, entries[1:]):
        tokens = tokenize(entry.invocation.line)
        written = {tokens[n + 1] for n, token in enumerate(tokens[:-1]) if token in (">", ">>")}
        if written & set(tokenize(after.invocation.line)[1:]):
            return True
    return False


# "Nodes=<existing nodes>,<new node>": a named argument whose value is only a placeholder
_NAMED_PLACEHOLDER = lazyre.pattern(r"(?:^|\s)[A-Za-z_][\w.]*=<[^<>]+>")


_DOLLAR = lazyre.pattern(r"^\s*\$\s+\S")  # "$ srun -N3 hostname": typed at a prompt, a command line for sure


def _shows_what_is_read(invocation: Invocation, entries: list[_Entry]) -> bool:
    """``cat test.txt`` among lines one of which reads that file into a filter (``cat test.txt | tr -cd aiueo``)."""
    if invocation.command != "cat" or invocation.piped or "|" in invocation.line:
        return False
    into = invocation.line.rstrip() + " |"
    return any(
        entry.invocation.line.startswith(into) and read_into(entry.invocation.line) is not None for entry in entries
    )


def _known_program(walk: Walk, invocation: Invocation, *, often: bool = True) -> bool:
    """A program quizzer knows, the notes' own, or (``often``) one the notes' code blocks run often."""
    program = invocation.command.split()[0]
    return (
        program in PROGRAMS or program in (walk.program, walk.fenced_program)
        or program in title_programs(walk.titled)  # "dd, head - 더미파일 생성하기": the notes' own programs
        or often and program in walk.fenced_programs or program.startswith(("./", "/", "~/", "$"))
    )


def _run_at_shell(block: Code, invocation: Invocation) -> bool:
    """``dd if=a.img of=/dev/sdb`` in a ```bash block: a program whose name is something else in notes too (a key of
    vi), run with arguments in a block marked as a shell's (knowledge.SHELL_ONLY_PROGRAMS)."""
    return (
        block.language in SHELL_FENCE_INFOS and invocation.command.split()[0] in SHELL_ONLY_PROGRAMS
        and len(tokenize(invocation.line)) > 1
    )


def _names_command(heading: str, block: Code) -> bool:
    """``## Docker logs`` over ``docker logs -f …``: the heading is the program and sub-command a line of the block
    starts with, its name and nothing it does."""
    words = heading.casefold().split()
    return 1 < len(words) <= 3 and any(
        [token.casefold() for token in tokenize(strip_prompt(text))[: len(words)]] == words for _, text in block.lines
    )


def _word_in_lines(word: str, block: Code) -> bool:
    """``> Output`` over ``iptables -I OUTPUT 1 …``, ``> HTML`` over ``pandoc … -o cv.html``: the one word of a label
    is what a line of the block works on (a word of it after the program and its sub-command), so it says what
    the line is for; ``Show`` over ``git show`` only repeats the command's name."""
    folded = word.casefold()
    if len(folded) < 3 or is_label(word):
        return False
    return any(
        folded in [token for token in re.split(r"[^\w]+", text.casefold()) if token][2:]
        for _, text in block.lines if not _COMMENT.match(text)
    )


def _heading_in_line(heading: str | None, line: str) -> bool:
    """A word of ``heading`` (three letters or more, not a small word) that names the line's command: inside the
    program's name (``List fonts`` over ``fc-list``, ``PDF 2 HTML`` over ``pdf2htmlEX``) or its sub-command
    (``Install packages`` over ``tlmgr install``); a word among the arguments (``key`` of ``key.txt``) is not."""
    if not heading:
        return False
    words = {w for w in re.findall(r"[a-z][a-z0-9]{2,}", heading.casefold()) if w not in NAMING_NOTHING}
    tokens = line.casefold().split()
    if tokens and tokens[0] in ("sudo", "doas"):
        tokens = tokens[1:]
    if not tokens:
        return False
    program, sub = tokens[0], tokens[1] if len(tokens) > 1 else ""
    return any(word in program or word == sub for word in words)


def _left_out(walk: Walk, kept: list[_Entry], dropped: list[_Entry], why: Callable[[_Entry], str]) -> list[_Entry]:
    """``kept`` without the ``dropped`` lines, each warned about at its line with ``why`` it makes no card."""
    for entry in dropped:
        walk.warn(entry.line, why(entry))
    return [entry for entry in kept if entry not in dropped]


def _adds_flags(entry: _Entry, earlier: _Entry) -> bool:
    """``rpm -qpi x`` after ``rpm -qi x``: the same command with every flag of the earlier line and more."""
    mine = {part for flag in entry.invocation.flags for part in split_flags(flag)}
    theirs = {part for flag in earlier.invocation.flags for part in split_flags(flag)}
    if entry.invocation.command != earlier.invocation.command or not theirs < mine:
        return False
    # "brew upgrade --dry-run" beside "brew upgrade": the same words plus a flag; "git push R --delete B"
    # beside "git push R :B" has other words, a second spelling of the same thing
    return bool(theirs) or _words(entry.invocation) == _words(earlier.invocation)


def _words(invocation: Invocation) -> list[str]:
    return [t for t in tokenize(invocation.line) if not t.startswith("-")]


# "예제: …", "예:", "e.g.", "Example -": an item that labels the block under it as an example
_EXAMPLE_ITEM = lazyre.pattern(
    "^(?:" + "|".join(re.escape(word) for word in sorted(EXAMPLE_WORDS, key=lambda w: (-len(w), w)))
    + r")(?:\s*[:：.)\-]|\s|$)", re.IGNORECASE,
)
_TITLE = lazyre.pattern(r"""\btitle=["']([^"']+)["']""")
# "Usage:", "for example:", "아래와 같다." — a sentence that leads into the block, not a description
_LEAD_IN = lazyre.pattern(
    rf"^(?:usage|examples?|for example|e\.g\.|예시|예제|사용법|예를 들어|{LIKE_WHAT_FOLLOWS_KO}이)(?!\w)|^\S+[:：]\s*$"
    rf"|(?:the following|{names_pattern(LIKE_WHAT_FOLLOWS_EN)})\s*[,:：]?\s*$"  # "…, looks like the following,"
    # "아래와 같은 방식으로 활용할 수 있다.": that the lines can be used, not what they do
    rf"|^{LIKE_WHAT_FOLLOWS_KO}(?:이|은\s*(?:방식|방법|식)으로)\s*(?:활용|사용|이용|쓸|쓴다|쓰면|써)",
    re.IGNORECASE
)
# "다음과 같이 실행하면 모든 프로세스가 트리로 보인다", "아래와 같이 입력하는 것으로 숨은 파일도 볼 수 있다": how to run the
# line, then what running it does; a description that starts by pointing at the block, as "아래처럼 입력하면 …" is,
# not a lead-in ("다음과 같이 실행하면 된다" only says to run it)
_RUN_AS_BELOW = lazyre.pattern(
    rf"^{LIKE_WHAT_FOLLOWS_KO}이\s+(?:실행|입력)(?:하면|하는\s*것으로|해서|하여)\s+(?!(?:안\s*)?(?:된다|됩니다|돼요?|되)(?!\w))\S"
)
# "…, so if you want to start it in the background, you can do that", "If you need to keep it, just do this.": a
# wish, then words that only say it is done (by the block below); the wish's task is what the block does
_WISH_DONE_SO = lazyre.pattern(
    r"(?:^|[,;]\s*|[.!]\s+)(?:(?:so|and|but)\s+)?(?:if|when)\s+you\s+(?:want|need|wish|would\s+like)\s+to\s+"
    r"(?P<task>[^,;.:]*[^\s,;.:]),\s*(?:then\s+)?(?:you\s+(?:can|could|may|should)\s+|just\s+|simply\s+)?"
    r"do\s+(?:that|this|it|so)\s*[.!:：]?$",
    re.IGNORECASE,
)
_LIKE_THIS = lazyre.pattern(rf"\s+{names_pattern(LIKE_WHAT_FOLLOWS_EN)}\s*[:：]\s*$", re.IGNORECASE)
# a sentence that says when, not what: "… 않을 경우", "… 있을 때", "When the disk is full"
_FORM = lazyre.pattern(rf"{names_pattern(FORM_WORDS)}\s*[:：]?\s*$", re.IGNORECASE)
_USAGE_LABEL = lazyre.pattern(r"^\s*usage:\s+(\S.*)$", re.IGNORECASE)
# a sentence about a placeholder says what to put there, not what a line does: "For <HOST> use its name"
# a sentence whose subject points back ("This is …", "It was …", "Another is …"): a statement, not a description
_STATEMENT = lazyre.pattern(r"^(?:this|that|it|another|these|those)\s+(?:is|was|are|were)\s", re.IGNORECASE)
# a sentence presenting what follows ("Here is the output of …", "Below are my settings"), not what a line does; not
# one saying what a thing is for ("Here is the command to …", "… for cleaning up") nor "Here's how to …"
_PRESENTS = lazyre.pattern(
    r"^(?:here\s+(?:is|are)|here's|below\s+(?:is|are))\s+(?:the|an?|some|my|our)\s+(?![^.]*\b(?:to|for\s+\w+ing)\b)",
    re.IGNORECASE,
)
# "Here's a version that picks up the folder's name", "Below is a variant which keeps the dates": what it does, in
# a clause after the word for the line
_PRESENTS_WHAT = lazyre.pattern(
    r"(?:here\s+(?:is|are)|here's|below\s+(?:is|are))\s+(?:an?|the|another)\s+(?:\w+\s+)?"
    r"(?:version|variant|one|command|line|form)\s+(?:that|which)\s+(?P<does>(?P<verb>[a-z]+)\s+(?P<next>[a-z]+)\b[^:.]*?)\s*[:.]?",
    re.IGNORECASE,
)
# "picks up", "leaves out", "cuts down": a verb and its particle, a doing in two words says_doing does not know;
# a verb then its object ("takes the same arguments", "accepts a list") may say how the line is called, not a doing
_PARTICLES = frozenset("up out down off".split())


def _presented_doing(prose: str) -> str | None:
    """What the clause of ``Here's a version that picks up …:`` says the line does: a doing (``keeps the dates``) or a
    verb and its particle (``picks up``) and its object; None for any other text (``… that works on macOS``, ``… that
    is faster``, ``… that takes the same arguments``: how it is or is called, not a doing)."""
    match = _PRESENTS_WHAT.fullmatch(prose.strip())
    if match is None:
        return None
    does, verb = match.group("does"), match.group("verb").casefold()
    if says_doing(does) or verb.endswith("s") and verb not in _NOT_DOINGS and match.group("next").casefold() in _PARTICLES:
        return does
    return None


_NOT_DOINGS = frozenset("is was has does needs requires seems looks works runs uses".split())
_MORE_SAID = lazyre.pattern(r"[.!?;]\s|\s[-–—]\s|\n")  # "This is fun - it's a debug mode …": more than the statement
_MANY_FLAGS = 8  # a line with this many options is a recipe of values, not a command to recall
_CONDITION = lazyre.pattern(
    r"(?:경우|때)\s*[.:：]?\s*$|^(?:when|if|in case|given|assuming)\b[^.,;]*[.:：]?$|^for\s+[<\[{][^>\]}]+[>\]}]",
    re.IGNORECASE,
)


def _task_in_case(walk: Walk, case: str) -> str | None:
    """``### 활성화`` over ``새 시뮬레이터를 추가한 경우`` over a block: the heading's task, done in that case
    (``활성화 (새 시뮬레이터를 추가한 경우)``); None when the section's heading names no task of a few words, or
    the case leads into the block (``If it is on your PATH you can just run:``: a way to run it, no case alone)."""
    heading = strip_numbering(walk.sections[-1].text).strip() if walk.sections else ""
    case = case.strip()
    if "\n" in case or case.endswith((":", "：")) or not heading or len(heading.split()) > 4 or not says_doing(heading):
        return None
    return f"{heading} ({case.rstrip('.')})"


# "재입력", "다시 실행해 보자", "Try again:": the line is typed once more (after a failure), no description
_AGAIN = lazyre.pattern(
    r"(?:재입력|재시도|재실행|다시\s*(?:입력|실행|시도|치기)(?:한다|하자|하면|해\s*보자|해\s*본다|합니다)?"
    r"|(?:retry|try\s+(?:it\s+)?again|run\s+it\s+again|once\s+more|again))\s*[.!:：]*",
    re.IGNORECASE,
)
# "… 다음 명령어를 실행한다.", "아래 명령들을 입력하자", "Run the following commands.": only tells to run what follows
_RUN_THESE = lazyre.pattern(
    rf"{names_pattern(POINTING_WORDS_KO)}의?\s*(?:{COMMAND_NOUN_KO}|코드)(?:들)?(?:를|을)\s*(?:차례로\s*)?(?:실행|입력|수행|치)"
    r"(?:한다|하자|합니다|해야\s*한다|하면\s*된다|해\s*준다|해준다|해야\s*합니다|면\s*된다|자)?\s*[.!:：]?\s*$"
    r"|\b(?:run|execute|type|enter)\s+(?:the\s+following|these|the\s+commands\s+below)(?:\s+commands?)?\s*[.:：]?\s*$",
    re.IGNORECASE,
)
# "First,", "Then", "이후에", "그 다음으로": words saying only that what follows comes next (one list: stripped from
# "Afterwards, restart the service:", the whole of "그 후에:" over a block)
_CONNECTIVE_WORDS = (
    r"(?:first|next|then|finally|now|also|afterwards|after\s+that|and\s+then|and|먼저|이후(?:에)?|그\s?후(?:에)?"
    r"|그\s?다음(?:에|으로)?|다음으로|그리고(?:\s?나서)?|이어서)"
)
_CONNECTIVE = lazyre.pattern(rf"^{_CONNECTIVE_WORDS}(?![\w-])\s*,?\s*", re.IGNORECASE)
_CONNECTIVE_ALONE = lazyre.pattern(rf"{_CONNECTIVE_WORDS}\s*[,.:：]?", re.IGNORECASE)
# "To restore a snapshot, use this", "To see the log, run": the task, then words telling to run the block below
# (after a comma, or with an object: "To start a dry run", "To list by file type" end in no such words); "…, use the
# triple-unrestricted flag": a flag the line passes, named in words, what to use for the task
_TO_DO_USE = lazyre.pattern(
    r"^(?P<task>to\s+\S.*?\S)(?:,\s+(?:you\s+can\s+|just\s+)?(?:use|run|execute)"
    r"(?:\s+(?:this|these|the\s+following|it|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:flag|option|switch)))?"
    r"|,?\s+(?:you\s+can\s+|just\s+)?(?:use|run|execute)\s+(?:this|these|the\s+following|it))(?:\s+commands?)?$",
    re.IGNORECASE,
)
# "To run the search, use `ack <pattern>`": the task, then the line in backticks the block below runs
_TO_DO_USE_LINE = lazyre.pattern(
    r"^(?P<task>to\s+\S.*?\S),\s+(?:you\s+can\s+|just\s+)?(?:use|run|execute|type)\s+(?P<line>\S.*?)$",
    re.IGNORECASE,
)


def _to_do_use_line(walk: Walk, prose: str, block: Code) -> re.Match[str] | None:
    """``To run the search, use `ack <pattern>`:`` over a block whose first line runs that program: the task, not
    the telling of its usage (which is the sentence's one code span, the block's line filled in)."""
    match = _TO_DO_USE_LINE.match(prose)
    if match is None or walk.prose_code[0] != walk.prose_block or not block.lines:
        return None
    spans = walk.prose_code[2]
    usage = match.group("line").strip()
    if len(spans) != 1 or spans[0] != usage:
        return None
    first = strip_prompt(percent_prompts.as_dollar(walk, block).lines[0][1]).split()  # "~ % ack x": zsh's prompt
    return match if first and usage.split()[0] == first[0] else None


_ADJECTIVE_ORDINAL = lazyre.pattern(r"(?:first|next)\s+[A-Za-z]+", re.IGNORECASE)  # "First time", not "First, …"
_CONSOLE = frozenset("console shell-session sh-session terminal".split())
_TREE = lazyre.pattern(r"^[ \t│|]*[├└]──", re.MULTILINE)  # "├── src/", "│   └── main/": a directory tree
_REPL_PROMPT = lazyre.pattern(r"^\s*(?:[A-Za-z][\w-]*|(?:[A-Za-z][\w.-]*|\d[\d.]*):\d{2,5})?>\s+\S")  # "> db", "mysql> SHOW TABLES;"
_ROOT_PROMPT = lazyre.pattern(r"^\s*#\s+(?=\S)")
_HOST_PROMPT = lazyre.pattern(
    r"^\s*(?:(?:\[[\w.-]+@[^\]]*\]|[\w.-]+@[\w.-]+:\s?[^\s$#]*|[\w.-]+:[~/][^\s$#]*\s+[\w.-]+)[$#]\s+"
    # Windows: "C:\>dir", "D:\Temp>tree /f", "PS C:\Users\me> Get-Item": the drive and folder, then ">"
    r"|(?:[Pp][Ss]\s+)?[A-Za-z]:\\[^>\n]*>\s*)(?=\S)"
)


def _without_tree(walk: Walk, block: Code) -> Code:
    """A directory tree drawn in the block (``├── src/``, ``│   └── main/``) with its root line above
    it and the paths of its listing (``build.gradle   # 설명``, ``gradle/``): blanked, they are no
    command lines; the block's other lines stay as they are."""
    if not _TREE.search("\n".join(text for _, text in block.lines)):
        return block
    paths.read(walk, block)
    rows = list(block.lines)
    kept: list[tuple[int, str]] = []
    for i, (n, text) in enumerate(rows):
        after = next((t for _, t in rows[i + 1 :] if t.strip()), "")
        path = _TRAILING.sub("", text).strip()
        if (
            _TREE.match(text) or re.fullmatch(r"[\s│|]*", text) and "│" in text
            or path and " " not in path and not _COMMENT.match(text) and not typed_at_prompt(text)
            and (_TREE.match(after) or path.endswith("/") or "." in path or _TRAILING.search(text))
        ):
            text = ""
        kept.append((n, text))
    walk.warn(block.line, i18n._(
        "line {line}: a directory tree (├── └──) and its paths are not command lines; skipped"
    ).format(line=block.line))
    return replace(block, lines=tuple(kept))


def _fed_input(line: str, first: str) -> bool:
    """``line`` is ``first`` reading its input from a file (``first < PATH``) or from a pipe (``echo x | first``)."""
    # (not "first <name>": a placeholder in angle brackets)
    return re.fullmatch(rf"{re.escape(first)}\s+<\s*[^\s<>]+", line) is not None or (
        re.fullmatch(rf"[^|]+\|\s*{re.escape(first)}", line) is not None)


def _repl_session(block: Code) -> bool:
    """``> use mydb`` then ``switched to db mydb``: a program's own prompt (mongo, mysql, node) and what
    it answered; what is typed there is not a shell command line."""
    rows = [text for _, text in block.lines if text.strip()]
    return any(
        _REPL_PROMPT.match(text) and not typed_at_prompt(text) and not _REPL_PROMPT.match(after)
        and not typed_at_prompt(after) and not _COMMENT.match(after)
        for text, after in zip(rows, rows[1:])
    )


def _at_named_prompt(block: Code) -> bool:
    """``mysql> SHOW TABLES;`` alone, or ``127.0.0.1:6379> INFO`` over what it printed: the block starts at a
    prompt naming its program or server, so what is typed there is that program's, not a shell line."""
    first = next((text for _, text in block.lines if text.strip()), None)
    return first is not None and ">" in first and repl.named_prompt(first)


_SYLLABLE = lazyre.pattern(r"[\uac00-\ud7a3]")
_FLAG_OR_PLACEHOLDER = lazyre.pattern(r"\s-|[\[<{]")
_PLACEHOLDER_NAME = lazyre.pattern(r"(?<=\s)(?:\[[^\[\]\s]+\]|<[^<>\s]+>|\{[^{}\s]+\})(?=\s|$)")  # "[키파일명]", "<이름>"


# a line that opens no paragraph of plain sentences: a list item, a quote, a table row, a heading, a fence, an indent
_NOT_PROSE_LINE = lazyre.pattern(r"\s|[-*+>|#`~]|\d+[.)]\s")


def _said_before(walk: Walk) -> str | None:
    """The one sentence between the heading and the paragraph right above the block (``### Set the option`` / ``No
    conversion is done.`` / ``I found this works on macOS.`` / the block), when it is a paragraph of plain text of
    its own; None otherwise."""
    if not walk.sections or walk.heading_block != walk.block - 3 or walk.prose_code[0] != walk.block - 1:
        return None
    lines = [walk.written(n) or "" for n in range(walk.heading_line + 1, walk.prose_code[1])]
    said = [line for line in lines if line.strip()]
    if not said or any(_NOT_PROSE_LINE.match(line) for line in said):
        return None
    text = clean(" ".join(line.strip() for line in said))
    return text if len(split_sentences(text)) == 1 and not ends_in_colon(text) else None


def _tried_before(walk: Walk, block: Code) -> str | None:
    """What the card before says its line does, when that line is the same command as the first of ``block``
    (``ssh host`` then "재입력" over ``ssh -i key host``) and in the same section; else None."""
    before = next(reversed(walk.notes.values()), None)
    first = next((strip_prompt(text) for _, text in block.lines if text.strip()), "")
    invocation = parse_invocation(first) if looks_like_command(first) else None
    if before is None or before.kind is not Kind.COMMAND or invocation is None or before.line < walk.heading_line:
        return None
    return before.back if invocation.command == before.command else None


_FENCE_LINE = lazyre.pattern(r"\s*(?:`{3,}|~{3,})")


def _other_way(walk: Walk, block: Code) -> str | None:
    """What the text over the block above says its one line does, when ``block`` (introduced by "또는", "or") is one
    command line too and the card before is that line's, made from that text, in the same section (``$ sudo service
    sshd restart`` / "또는" / ``$ sudo systemctl restart sshd``: the same restart); else None."""
    before = next(reversed(walk.notes.values()), None)
    lines = [strip_prompt(text) for _, text in block.lines if text.strip()]
    if (
        before is not None and before.kind is Kind.COMMAND and before.reason == heading_keys.KEYS_REASON
        and before.line == walk.heading_line and len(lines) == 1 and is_key_chord(lines[0])
    ):
        # "## Rename window" / "prefix + :rename-window <name>" / "Or" / "prefix + ,": the block above held only the
        # keys of what its heading says, this one's one chord does the same
        return before.back
    if (
        before is None or before.kind is not Kind.COMMAND or before.reason != ABOVE_BLOCK or len(lines) != 1
        or not looks_like_command(lines[0]) or parse_invocation(lines[0]) is None or before.line < walk.heading_line
    ):
        return None
    alone = all(_FENCE_LINE.match(walk.written(n) or "") for n in (before.line - 1, before.line + 1))
    return before.back if alone else None  # (its block held that line alone)


def _is_command(text: str) -> bool:
    """A usage line written as prose: flags or placeholders, no Korean words (but in a placeholder's name:
    ``chmod 400 [키파일명]``)."""
    if _SYLLABLE.search(_PLACEHOLDER_NAME.sub("", text)) or not _FLAG_OR_PLACEHOLDER.search(text):
        return False
    invocation = parse_invocation(text)
    return invocation is not None and invocation.command.split()[0] in PROGRAMS


def _root_command(text: str) -> bool:
    """``# systemctl status sshd``: a root prompt before a program we know, not a comment."""
    if not _ROOT_PROMPT.match(text):
        return False
    invocation = parse_invocation(_ROOT_PROMPT.sub("", text, count=1))
    return invocation is not None and invocation.command.split()[0] in PROGRAMS


def _naming_part(prose: str, entries: list[_Entry]) -> str:
    """Two paragraphs above a block, the last naming its sub-command (``configure 명령어를 이용하여 …``
    over ``aws configure``): that one is about the block, the first about something before it."""
    parts = prose.split("\n")
    words = {word for entry in entries for word in entry.invocation.command.split()[1:]}
    naming = [p for p in parts if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", p) for w in words)]
    return parts[-1] if naming == parts[-1:] else prose


def _glosses_flag(text: str, above: str) -> bool:
    """``=> short 옵션 지정은 -o 옵션으로 함`` under ``$ getopt -o a:bc``: it explains a flag of that line."""
    result = _RESULT.match(text)
    invocation = parse_invocation(above) if result and above else None
    if result is None or invocation is None:
        return False
    rest, defs = flag_definitions(clean(result.group(1)), invocation)
    return bool(defs) and not rest


# "Manually remove the old ones from list.txt", "By hand: delete the header line", "수동으로 파일에서 삭제": an edit
# made by hand in a file between two lines; "Manually trigger the workflow" is what the line below does
_BY_HAND = lazyre.pattern(
    r"(?:manual\w*|by\s+hand|수동으로|손으로)\b(?=.*?(?:\b(?:edit|delete|remove|change|add|copy|paste|fix|replace"
    r"|insert|comment\s+out|uncomment)\w*\b|수정|삭제|편집|지우|추가|복사|붙여))"
    r"(?=.*?(?:\b(?:files?|lines?|header|rows?|entr(?:y|ies)|columns?)\b|\w\.[a-z]{1,5}\b|파일|줄|행))",
    re.IGNORECASE,
)
_BEHAVIOUR = lazyre.pattern(r"(?:if|when|once|whenever|만약|만일)\s[^,]{3,},\s*\S", re.IGNORECASE)
# "# 대부분 배포판에서 /tmp 경로는 누구나 쓸 수 있다": a path, maybe a word for what it is, then a topic marker
_PATH_TOPIC = lazyre.pattern(r"(?:^|\s)(?P<path>[~/][\w./~-]*)\s*(?:경로|디렉토리|디렉터리|폴더|파일)?\s*(?:은|는)\s")


_SUBJECT = lazyre.pattern(r"([a-z][\w.+-]*)(?:가|이|는|은)\s")  # "sudo가 …", "tee는 …": a program as the subject
# "대상 경로로 파일 이동 (mkdir -p는 대상 경로 없을 때만 생성)": words, then in brackets a topic and what is said of it
_TOPIC_ASIDE = lazyre.pattern(r"\S.*?\s*\((?P<topic>[^()]+?)\s*(?:은|는)\s+(?P<said>[^()]*\S)\s*\)\s*[.]?$")


def _aside_on_itself(comment: str, invocation: Invocation) -> str | None:
    """What the brackets ending ``comment`` say of the line's own command, their topic (``mkdir -p는 …`` over
    ``sudo mkdir -p /etc/app``: the program and flags the line passes); None when they are about anything else."""
    match = _TOPIC_ASIDE.match(comment)
    if match is None:
        return None
    words = match.group("topic").split()
    program = invocation.command.split()[0] if invocation.command else ""
    if not words or words[0] != program or any(word not in invocation.flags for word in words[1:]):
        return None
    return match.group("said")


def _about_a_path_of(comment: str, line: str) -> str | None:
    """The path ``comment`` speaks of as its topic when ``line`` writes that path or one under it (``/tmp 경로는 …``
    over ``cat > /tmp/app.json``): a remark on the place, not what the line does; None otherwise."""
    topic = _PATH_TOPIC.search(comment)
    if topic is None:
        return None
    path = topic.group("path").rstrip("/") or "/"
    return path if any(word == path or word.startswith(f"{path}/") for word in line.split()) else None
_COMMAND_LABEL = lazyre.pattern(r"[a-z][\w.-]{1,30}(?: [a-z][\w.-]*){0,2}")
_PARENTHESIS = lazyre.pattern(r"\s*[(（][^()（）]*[)）]\s*$")


def _names_program_alone(text: str, programs: set[str]) -> bool:
    """``Curl(Client URL)``, ``**Git**``: only the name of one of ``programs``, with what it stands for."""
    name = _PARENTHESIS.sub("", strip_markers(text)).strip().strip("`*_ ")
    return bool(name) and name.casefold() in {program.casefold() for program in programs}


def _command_lines(block: Code) -> list[tuple[int, str]]:
    """The lines worth reading: where some lines carry a prompt (``$ ls``), the others are output."""
    hosts = any(_HOST_PROMPT.match(text) for _, text in block.lines)
    if hosts:  # "user@host:~$ ls", "[root@web ~]# ls", "MacBook-Air:~ me$ ls": the prompt is not the command
        rows = tuple((n, _HOST_PROMPT.sub("$ ", text, count=1)) for n, text in block.lines)
        block = replace(block, lines=rows)
    prompted = any(typed_at_prompt(text) for _, text in block.lines)
    # a console block with no prompt in it at all is highlighted as a console, its lines are commands
    console = block.language in _CONSOLE and (
        prompted or any(_root_command(text) for _, text in block.lines)
    )
    lines: list[tuple[int, str]] = []
    for n, text in block.lines:
        if console and _ROOT_PROMPT.match(text):
            rest = _ROOT_PROMPT.sub("", text, count=1)
            invocation = parse_invocation(rest)
            if invocation is not None and invocation.command.split()[0] in PROGRAMS:
                lines.append((n, rest.rstrip()))  # "# systemctl status sshd": a root prompt
                continue
        if (prompted or console) and text.strip() and not typed_at_prompt(text) and not _COMMENT.match(text):
            if lines and lines[-1][1].endswith("\\") and not _COMMENT.match(lines[-1][1]):
                lines.append((n, strip_prompt(text).rstrip()))  # "$ rsync -av \" goes on here: no output yet
                continue
            if not _glosses_flag(text, lines[-1][1] if lines else ""):
                continue  # output
        lines.append((n, strip_prompt(text).rstrip()))
    return _joined(lines)


# "    --type basic        # creates only gradle files": an option (with its value) indented under a command, glossed
_INDENTED_OPTION = lazyre.pattern(
    r"^\s+(?P<written>(?P<flag>--?[A-Za-z][\w-]*)(?:[ =](?:<[^>]+>|[^\s#-]\S*))?)\s+(?:#|//)\s*(?P<meaning>\S.*)$"
)
_ENVIRONMENT_NAME = lazyre.pattern(r"[A-Z_][A-Z0-9_]*")  # "LD_LIBRARY_PATH": an environment variable, as written
# "HOMEBREW_NO_AUTO_UPDATE=1 brew install x": settings that switch a behaviour on or off change what the
# line does, they are part of it (a path or a list of them, "LD_LIBRARY_PATH=/opt/lib", is plumbing)
_SWITCH_VALUES = frozenset({"0", "1", "true", "false", "yes", "no", "on", "off"})
_BINARY_PATH = lazyre.pattern(r"^(?:\S*/)(?=[a-z][\w.+-]*(?:\s|$))")
# where systems keep their programs: "/usr/sbin/chown", "/bin/launchctl" name the program, known or not
_SYSTEM_BIN = lazyre.pattern(r"^/(?:usr/(?:local/)?)?s?bin$|^/opt/homebrew/bin$")


def _by_name(invocation: Invocation) -> Invocation:
    """``sudo /bin/launchctl load x``: a program where systems keep programs is the program of that name
    (its sub-command read as for ``launchctl load``); the line stays as written."""
    head = invocation.command.split(" ", 1)[0]
    path, _, name = head.rpartition("/")
    if not name or not _SYSTEM_BIN.match(path):
        return invocation
    again = parse_invocation(invocation.line.replace(head, name, 1))
    if again is None:
        return invocation
    return Invocation(again.command, again.flags, invocation.line, again.piped)


def _switches_end(text: str) -> int:
    """Where the settings ``text`` opens with that switch a behaviour on or off end (0: it opens with none)."""
    end = 0
    for setting in leading_settings(text):
        if setting.value.casefold() not in _SWITCH_VALUES:
            break
        end = setting.end
    return end


def _environment_end(text: str) -> int:
    """Where the environment variables ``text`` sets before its command end (0: it sets none)."""
    end = 0
    for setting in leading_settings(text):
        if not _ENVIRONMENT_NAME.fullmatch(setting.name):
            break
        end = setting.end
    return end


# "pacman -Qetq | xargs pacman -Qi |", "make &&": a line that ends in a pipe or a list's operator goes on on the next
# (a row of a table starts with its bar)
_GOES_ON = lazyre.pattern(r"^\s*[^|\s].*(?:\||&&)\s*$")


def _joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines continued with a backslash are one command, and so are lines continued after a pipe or ``&&`` ending a
    line (with the lines a quote opened on them goes on to: ``awk '/Name/ { … }`` / ``/Size/ { … }' |``; a comment
    or a blank line ends it); ``VAR=value`` before it and the path to the program (``/opt/x/bin/ffmpeg``) are not
    part of what it is."""
    joined: list[tuple[int, str]] = []
    carry: tuple[int, str] | None = None
    piped = False  # the carried line ended in a pipe or "&&" (as written): a quote open on what goes on keeps it going
    for n, text in lines:
        continued = False
        if carry is not None and piped and (not text.strip() or _COMMENT.match(text)):
            joined.append((carry[0], _bare(carry[1])))  # "ps aux |" over "# 열린 포트 목록 보기": left as written
            carry = None
        if carry is not None:
            if _INDENTED_OPTION.match(text):
                # "gradle init \" over "    --type basic   # 설명" lines: each option line is glossed on its own
                joined.append((carry[0], _bare(carry[1])) if piped else carry)
                joined.append((n, text))
                carry = None
                continue
            n, text = carry[0], f"{carry[1].rstrip()} {text.strip()}"
            carry, continued = None, piped
        if text.rstrip().endswith("\\") and not _COMMENT.match(text):
            carry, piped = (n, text.rstrip()[:-1].rstrip()), False
            continue
        if not _COMMENT.match(text) and (_GOES_ON.match(text) or continued and text.count("'") % 2 == 1):
            carry, piped = (n, text), True
            continue
        joined.append((n, _bare(text)))
    if carry is not None:
        joined.append((carry[0], _bare(carry[1])) if piped else carry)
    return joined


def _bare(text: str) -> str:
    """A command line without the environment it sets before its program nor the folder of the program."""
    if not _COMMENT.match(text) and not _switches_end(text):
        text = text[_environment_end(text) :]
        path = _BINARY_PATH.match(text)
        # "/etc/init.d/iptables start": a service's script, which takes start and stop, not the program iptables
        if path and not path.group(0).rstrip("/").endswith(("init.d", "rc.d")) \
                and text[path.end() :].split(" ", 1)[0] in PROGRAMS:
            text = text[path.end() :]
    return text


# "[i] insert: 커서 앞", "[gg] : 현재 파일 맨 앞": a key, a mnemonic, what it does
_BRACKET_KEY = lazyre.pattern(r"^\s*\[([^\[\]]{1,12})\](?:\s+[A-Za-z][\w-]*)?\s*[:：]\s*(\S.*)$")
# "# -lock=false   / 상태 파일에 …", "# -no-color 출력에서 …", "# -migrate-state or -reconfigure / …"
_FLAG_WORD = r"--?[A-Za-z][\w-]*(?:=\S+)?"
_COMMENT_OPTION = lazyre.pattern(
    # "-F  --file-path   경로 지정": a short spelling then its long one, set apart by spaces alone
    rf"^(?P<flags>{_FLAG_WORD}(?:\s*(?:,|\bor\b)\s*{_FLAG_WORD}|(?<=^-[A-Za-z])\s+--[A-Za-z][\w-]*)*)"
    r"(?:\s+/\s*|\s*[:：]\s+|\s{2,}|\s+(?=[^\x00-\x7f]))(?P<meaning>.*\w.*)$"
)
_OR = frozenset({"or", "또는", "혹은"})


def _says_or(raw: str) -> bool:
    """``or`` (``또는``, ``혹은``) alone on a line of a block, written bare or as a comment (``# or``)."""
    comment = _COMMENT.match(raw)
    return (comment.group(1) if comment else raw).strip().lower() in _OR


def _ways(lines: list[tuple[int, str]]) -> list[list[int]]:
    """The numbers of the lines of each way a block sets apart with ``or`` lines (:func:`_says_or`); one way when
    it has none."""
    ways: list[list[int]] = [[]]
    for n, text in lines:
        if _says_or(text):
            ways.append([])
        elif text.strip() and not _COMMENT.match(text):
            ways[-1].append(n)
    return ways


def _several_line_ways(lines: list[tuple[int, str]]) -> list[list[int]]:
    """The ways of several lines among ways set apart by ``or``: in ``git branch x`` / ``git checkout x`` / ``# or``
    / ``git checkout -b x`` the one line does all the heading says, each of the two only a part of it."""
    ways = _ways(lines)
    return [way for way in ways if len(way) > 1] if len(ways) > 1 else []


def _alternatives(lines: list[tuple[int, str]]) -> bool:
    """Lines set apart by ``or`` lines, each alone between them: ways of doing one thing."""
    ways = _ways(lines)
    return len(ways) > 1 and all(len(way) <= 1 for way in ways)


_WORDED = lazyre.pattern(r"[^\W\d_]{2}")  # a comment with a word in it ("turn on"), not a number ("1)")
_FENCED = lazyre.pattern(r"\s*(?:```|~~~)")
# "… 아래처럼 타이핑하면 100째 줄로 이동됩니다.", "다음과 같이 입력하면 …": typing what the block below holds, then what it does
# ("… 입력하면 됩니다" only says typing it is all it takes, as _RUN_AS_BELOW's "실행하면 된다")
_TYPED_BELOW = lazyre.pattern(
    r"(?:아래|다음)\s*(?:처럼|과\s*같이|와\s*같이)\s*(?:타이핑|입력)\s*하면\s+(?!(?:안\s*)?(?:된다|됩니다|돼요?|되)(?!\w))"
    r"(?P<does>[^.!?\n]*[^\s.!?])\s*[.!]?\s*$"
)
# "esc 를 눌러서 …", "press Esc, then …": the text tells to press a key, its own
_PRESSES = lazyre.pattern(r"누르|누른|눌러|\b(?:press|hit)\b", re.IGNORECASE)
# "…할 때 사용합니다.", "…을 보여준다.": a whole Korean sentence, its verb's ending and its full stop
_KO_SENTENCE = lazyre.pattern(r"[\uac00-\ud7a3](?:다|요)\.\s*$")


def _spaced(flags: str) -> str:
    """``-F --file-path`` → ``-F, --file-path``: two spellings of one option set apart by a space."""
    return re.sub(r"^(-[A-Za-z])\s+(?=--)", r"\1, ", flags)
_KEY_REMARK = lazyre.pattern(r"^[^:：]{1,30}[:：]\s*(.+)$")
_NUMBER = lazyre.pattern(r"^\d{1,2}[.)]\s+(?=\S)")
_RESULT = lazyre.pattern(r"^\s*(?:=>|->|→)\s*(\S.*)$")
# "-t => target-session", "s1 => Session name": one word at the line's start, an arrow, what the word stands for
# "Now to paste use", "To scroll up, press": a plain line of a block saying what the key on the next line is for
_KEY_LEAD = lazyre.pattern(
    r"^\s*(?:(?:now|then|and)\s+)?to\s+(?P<does>[a-z][\w ,'/-]*?[\w'])\s*,?\s+(?:use|press|hit|type)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_LED_KEY = "line above a key in a code block saying what it is for ('to X use')"
_PART_REASON = "flag of the command line above glossed after '=>' in a code block"
_PART_GLOSS = lazyre.pattern(r"^(?P<part>[^\s=]\S{0,30})\s+=>\s+(?P<gloss>\w.*\S)\s*$")


def _names_part(word: str, invocation: Invocation) -> bool:
    """``word`` is one of the words of ``invocation``'s line after its program's name (a sub-command, a flag, a
    value), not the program itself."""
    words = tokenize(invocation.line)
    return word in words[1:] and word != words[0]


_FLAG_START = lazyre.pattern(r"^-{1,2}[A-Za-z]")


# a mark the writer puts where they cut a line short: "(이하 생략)", "(생략)", "(omitted)", "[snip]", "<snip>"
_ELIDED = lazyre.pattern(
    r"[(\[]\s*(?:" + "|".join(word.replace(" ", r"\s*") for word in sorted(ELIDED_WORDS, key=lambda w: (-len(w), w)))
    + r")\s*[)\]]|<snip>", re.IGNORECASE,
)


def _entries(walk: Walk, lines: list[tuple[int, str]]) -> list[_Entry]:
    entries: list[_Entry] = []
    comments: list[str] = []
    defs: list[tuple[int, str]] = []
    written: dict[int, str] = {}  # an option comment as typed, its columns kept
    previous: _Entry | None = None
    usage: str | None = None  # "# terraform plan [options]": whose options the comments list
    lead_in = False  # "# Usage:" above: the comments under it list, they do not describe
    keys = walk.key_program() is not None
    output = False  # "#" lines under a command line that show what it printed
    last: tuple[int, bool] | None = None  # the line before: its number, and whether it had a trailing comment
    titles: dict[int, int] = {}  # a comment naming what a run of lines sets the parts of: its line, the run's length

    def flush() -> None:
        """Option comments with no command line after them: options of the line right above them when it uses
        every one ("reflector -c KR -f 7 …" over "# -c : 국가", "# -f : …"), else of the section's command."""
        if not defs:
            return  # (most flushes, at each blank line or other line: no owner to look for)
        above = entries[-1] if defs and entries and entries[-1].line == defs[0][0] - 1 and not entries[-1].key else None
        owner = (
            above.invocation.command if above is not None and _uses_every(above.invocation, defs) else None
        ) or walk.section_command() or usage or walk.command() or _block_command(entries)
        for line, body in defs:
            # "-r  --replace   DB가 …": the columns the comment lines up show where the meaning starts
            option = _COMMENT_OPTION.match(body) or _COMMENT_OPTION.match(written.get(line, ""))
            spellings = option_spellings(_spaced(option.group("flags")), bare_ok=False) if option else None
            if option and spellings and owner:
                walk.add_option(spellings, clean(option.group("meaning")), owner, line, reason="option listed in comments")
            elif body:
                walk.warn(line, i18n._(
                    "line {line}: '{body}' looks like an option but names no command it belongs to; skipped"
                ).format(line=line, body=body))
        defs.clear()

    wrapped: int | None = None  # the indent of the last line that is not a command: deeper lines continue it
    parts: int | None = None  # the last line glossing a word of the command line above ("-t => target-session")
    for i, (n, raw) in enumerate(lines):
        comment = _COMMENT.match(raw)
        before, last = last, None
        if not raw.strip() or comment:
            wrapped = None
        if not raw.strip():
            flush()
            comments, previous, lead_in, output = [], None, False, False
            continue
        if raw.strip().lower() in _OR:
            continue
        if comment and (output or _starts_output(lines[i:], before, entries)):
            if not output:
                walk.warn(n, i18n._(
                    "line {line}: the '#' lines under the command above show its output, not what it does; skipped"
                ).format(line=n))
            output = True
            continue
        output = False
        if comment:
            body = clean(comment.group(1))
            letter = _LETTER_GLOSS.match(body) if entries and len(body) > 2 and body[1] in ":：=" else None
            if letter is not None and _glosses_letters(walk, n, entries[-1]):
                # "git clean -nx" / "# n: dry run" / "# d: directories as well": a letter of its flags each
                walk.add_option([f"-{letter.group('letter')}"], letter.group("meaning"), entries[-1].invocation.command,
                                n, reason="`# x: meaning` comment under a line whose flags run letters together")
                continue
            if _FLAG_START.match(body):
                if not fences.mnemonic_options(walk, n, body, walk.section_command() or usage or walk.command()):
                    defs.append((n, body))
                    written[n] = comment.group(1).strip()
            elif fences.topic_list(body):  # "# = / + / add / del": names topics, says what no line does
                comments = []
            elif fences.EQUIVALENCE.match(body):  # "# with_entries(f) <=> to_entries | map(f) | from_entries"
                same = fences.EQUIVALENCE.match(body)
                assert same is not None
                walk.add(
                    Kind.CONCEPT, term=same.group(1), front=same.group(1), back=same.group(2), command=None, line=n,
                    reason="`a <=> b` comment in a code block",
                )
                comments = []
            elif _LEAD_IN.search(body) or is_example_label(body):  # "# tar 예시": what follows is an example of tar
                comments, lead_in = [], True
            elif (glossed := _glossed_usage(body)) is not None:
                # "#gunzip [옵션] [파일] : .gz 파일의 압축을 해제" over "옵션:" and its "-x : …" lines: what the
                # program does, and whose options those are
                walk.add_command(glossed[0], glossed[1], n, reason="usage line glossed after a colon in a code block")
                usage, comments = glossed[0].command, []
            elif _is_syntax_line(body) and parse_invocation(body) is not None:
                usage = parse_invocation(body).command  # type: ignore[union-attr]
            elif _usage_of_next(body, lines[i + 1 :]):
                # "# rosbag record [topic name]" over "rosbag record /a /b": the line's usage, how it is written
                # with its placeholders, not what it does
                walk.unless_read(n, i18n._(
                    "line {line}: the comment '{body}' is the usage of the line below, not what it does; skipped"
                ).format(line=n, body=body))
            elif _PRINTED_VALUE.match(body):
                # "# package:/data/app/base.apk" under a line: what it printed, not what the next line does
                walk.unless_read(n, i18n._(
                    "line {line}: '{body}' is a value the command printed, not a description; skipped"
                ).format(line=n, body=body))
                comments = []
            elif _runs_other(body):
                # "# 에러 발생시 pip install ipykernel" over the next line: what else to run, not what it does
                walk.unless_read(n, i18n._(
                    "line {line}: the comment '{body}' says to run another command, not what the line below does; skipped"
                ).format(line=n, body=body))
            elif _BY_HAND.match(body):
                # "# Manually delete the header line" between two lines: a step done by hand in the file, not what
                # the line below does
                walk.unless_read(n, i18n._(
                    "line {line}: the comment '{body}' is a step done by hand, not what the line below does; skipped"
                ).format(line=n, body=body))
                comments = []
            elif body and not _NOT_A_DESCRIPTION.match(body):
                comments.append(_NUMBER.sub("", body))  # "# 2. 패키지 설치": the number is the step's, not the meaning
            previous = None
            continue
        part = _PART_GLOSS.match(raw)
        if part and entries and not entries[-1].key and (entries[-1].line == n - 1 or parts == n - 1) and _names_part(
            part.group("part"), entries[-1].invocation
        ):
            # "tmux a -t s2" / "a => attach" / "-t => target-session" / "s2 => Session name": what the words of the
            # line above stand for, each on a line of its own; a flag's is that flag's card, a value's or a
            # sub-command's says what the word is, not what the line does
            parts = n
            word, gloss = part.group("part"), clean(part.group("gloss"))
            if word in entries[-1].invocation.flags:
                walk.add_flag(FlagDef(word, gloss), entries[-1].invocation, n, reason=_PART_REASON)
            else:
                walk.warn(n, i18n._(
                    "line {line}: '{word} => {gloss}' says what a word of the line above stands for, not what a "
                    "command does; no card made from it"
                ).format(line=n, word=word, gloss=gloss))
            continue
        result = _RESULT.match(raw)
        if result and entries and entries[-1].line < n and not entries[-1].own and not entries[-1].key:
            entries[-1].own.append(clean(result.group(1)))  # "terraform plan -refresh-only" / "=> 설명"
            entries[-1].reason = "'=> meaning' line after it in a code block"
            continue
        if keys:
            bracket = _BRACKET_KEY.match(raw)
            if bracket:
                walk.add_key(bracket.group(1).strip(), _gloss(raw, bracket), n, reason="`[key] meaning` line")
                comments, previous = [], None
                continue
            if (
                is_key_chord(raw)
                or fences.short_key(raw)
                or (entries and entries[-1].key and re.fullmatch(r"\s*[a-z]+\s*", raw))
            ):
                led = _KEY_LEAD.match(lines[i - 1][1]) if i and lines[i - 1][0] == n - 1 and not comments else None
                if led is not None and is_key_chord(raw):
                    # "Now to paste use" / "Prefix + ]": the line above says what the key below it is for (the
                    # note's line is that line, where its meaning is written)
                    entries.append(_Entry(Invocation("", (), raw.strip()), n - 1, [led.group("does")], [], _LED_KEY,
                                          key=True))
                else:
                    entries.append(_Entry(Invocation("", (), raw.strip()), n, list(comments), [],
                                          "key in a code block, described by the comment above", key=True))
                comments, previous = [], None
                continue
        indented = _INDENTED_OPTION.match(raw)
        if indented and entries and not entries[-1].key:
            # "    --type basic   # creates only …" under "gradle init \": an option of that command
            spelled = indented.group("written").strip()
            head = list(itertools.takewhile(lambda word: not word.startswith("-"), entries[-1].invocation.line.split()))
            if option_spellings(indented.group("flag"), bare_ok=False) and head:
                # with its value ("--type basic", "--type java-library"): each value is its own fact
                walk.add_option([spelled], clean(indented.group("meaning")), " ".join(head), n,
                                reason="indented option line glossed under its command in a code block")
            comments, defs, previous = [], [], None
            continue
        option = _CODE_OPTION.match(raw)
        if option:
            spellings = option_spellings(_VALUE.sub("", _TYPOGRAPHIC.sub("--", option.group(1))), bare_ok=False)
            if spellings:
                owner = entries[-1].invocation.command if entries else usage or walk.command()
                walk.add_option(spellings, option.group(2), owner, n, reason="`-x: meaning` line in a code block")
            continue
        raw, trailing = _trailing_comment(walk, n, raw)  # (a comment line of its own was read above)
        depth = len(raw) - len(raw.lstrip())
        if wrapped is not None and depth > wrapped:
            continue  # "error: cannot read …" / "       failed because …": the printed line wraps on
        invocation = _invocation_of(walk, n, raw, raw[: trailing.start()] if trailing else raw)
        if invocation is None:
            flush()
            comments, previous = [], None
            text = raw.strip()
            wrapped = None if text.endswith((":", "：", "\\")) or is_label(text) else depth  # "Usage:" over its lines
            continue
        wrapped = None
        # "# Use the store as a git repo" / "# If a repo is initialised, pass commits each change": the second
        # comment says how the program behaves then, not what the line does; the first still does
        own = [c for c in comments if not _BEHAVIOUR.match(c)] or list(comments)
        why = next((said for said in map(failed_runs.marked_failing, comments) if said is not None), None)
        if why is not None:
            # "# 사용 불가: sudo가 리다이렉션(>)에 적용 안 됨" over "sudo cat << EOF > /etc/x": a line shown not to
            # work, never what it does (nor is the text above the block); why it fails is a fact of that line
            walk.warn(n, i18n._(
                "line {line}: the comment above marks the line as one that does not work; no card of what it does"
            ).format(line=n))
            if why:
                written_line = clean(strip_prompt(raw).strip())
                # "sudo가 리다이렉션(>)에 적용 안 됨": the reason's subject, a program the line runs, is what it is about
                subject = _SUBJECT.match(why)
                about = subject.group(1) if subject is not None and subject.group(1) in written_line.split() else None
                walk.add(Kind.CONCEPT, term=written_line, front=written_line, back=why, command=about, line=n,
                         reason="line marked as not working, and why")
            comments, defs, previous = [], [], None
            continue
        place = _about_a_path_of(own[0], raw) if len(own) == 1 and not trailing else None
        if place is not None:
            # "# 대부분 리눅스 배포판에서 /tmp 경로는 … 활용가능" over "sudo cat << EOF > /tmp/app.json": what the place
            # is, said of the path the line writes to, not what the line does
            walk.unless_read(n, i18n._(
                "line {line}: the comment above it speaks of {path}, a place the line names, not of what the line "
                "does; no card made from it"
            ).format(line=n, path=place))
            comments, defs, previous = [], [], None
            continue
        if len(own) == 1 and not trailing and names_kind_of_line(own[0], invocation.command.split()[0]) and _runs_on(
            walk.written(n + 1), invocation.command.split()[0]
        ):
            # "# docker aliases" over "alias d=docker" / "alias dps='docker ps'": the group's title, not what it does
            # (over one line alone, "# detached screens" over "screen -ls" is what that line shows)
            walk.unless_read(n, i18n._(
                "line {line}: the comment above it, '{comment}', names the group of lines below it, not what "
                "the line does; no card made from it"
            ).format(line=n, comment=own[0]))
            comments, defs, previous = [], [], None
            continue
        remark = _COMMENT_OPTION.match(clean(trailing.group(1))) if trailing else None
        spellings = option_spellings(_spaced(remark.group("flags")), bare_ok=False) if remark else None
        if remark and spellings:
            # "anaconda-clean  #--yes 스킵옵션": the comment explains an option of this command
            walk.add_option(spellings, remark.group("meaning"), invocation.command, n,
                            reason="`# -x meaning` comment after a command line")
            comments, defs, previous = [], [], None
            continue
        key = _KEY_REMARK.match(trailing.group(1)) if trailing else None
        if key and is_key_chord(key.group(1)):
            # "curl -O URL  # 연결 끊기 : ctrl + C": the comment is about a key pressed meanwhile
            walk.warn(n, i18n._(
                "line {line}: the comment after this command is about the key {key}, not the command; skipped"
            ).format(line=n, key=key.group(1).strip()))
            comments, defs, previous = [], [], None
            continue
        other = elsewhere.other_command(trailing.group(1), invocation) if trailing else None
        # "source ~/.zshrc  # bash라면 source ~/.bashrc 사용": the line to type in another case, not what this one does
        instead = elsewhere.instead_command(trailing.group(1), invocation) if trailing and other is None else None
        if instead is not None and instead.head:
            # "# 설정 다시 읽기 (bash라면 source ~/.bashrc)": what it does, then the case; the card keeps the first
            walk.warn(n, i18n._(
                "line {line}: '{remark}' names another command, {command}; left off the card of {subject}"
            ).format(line=n, remark=instead.tail, command=instead.line, subject=invocation.command))
        elif instead is not None:
            other = instead.line
        if trailing and other is not None:
            # "mount … /srv  # use lsblk -f to find the labels": which other program to run, not what this one does
            walk.warn(n, i18n._(
                "line {line}: '{remark}' names another command, {command}; left off the card of {subject}"
            ).format(line=n, remark=clean(trailing.group(1)), command=other, subject=invocation.command))
            comments, defs, previous = [], [], None
            continue
        if trailing:  # "git push // 혹은": a joining word describes nothing, nor do the comments above
            said = instead.head if instead is not None else trailing.group(1)
            own = [] if _NOT_A_DESCRIPTION.match(said) else [clean(said)]
            split = elsewhere.flag_tail(own[0], invocation) if own else None
            if split is not None:  # "# with a progress bar, -s 20G = twenty gigabytes": the flag's gloss, another fact
                walk.warn(n, i18n._(
                    "line {line}: '{remark}' tells what {flag} means in the line, a fact of its own; left off the card "
                    "of {command}"
                ).format(line=n, remark=split.tail, flag=split.flag, command=invocation.command))
                own = [split.head]
        flags: list[tuple[int, FlagDef]] = []
        used = flag_using.tail(own[0], invocation) if trailing and len(own) == 1 else None
        if used is not None:
            # "fc -ln -1  # 마지막 명령어를 보기. -ln 옵션을 붙이면 숫자 인덱스 생략.": what the line does, then what one
            # of its flags does; the flag's card is of its own, not joined to the line's
            own = [used.head]
            flags.append((n, FlagDef(used.flag, used.meaning)))
        for line, body in defs:
            _, found = flag_definitions(body, invocation)
            if found:
                flags.extend((line, d) for d in found)
            elif not lead_in:
                own.append(body)
        comments, defs = [], []
        if not own and not flags and previous is not None and previous.invocation.concrete == invocation.concrete:
            own = list(previous.own)  # {image_id} / {image_name}: two spellings of one usage, one note
            reason = "one comment over spellings of one usage"
        elif (
            not own and not flags and previous is not None and previous.invocation.command == invocation.command
            and (previous.line in titles or (
                len(previous.own) == 1 and previous.reason != _AFTER_IT and _NAME_ONLY.fullmatch(previous.own[0])
                and bool(_named_words(previous.own[0]) & _shared_piece(previous.invocation.line, invocation.line))
            ))
        ):
            # "# status bar" over set -g status-bg … / set -g status-fg …: the run's title, no line's meaning
            titles[previous.line] = titles.get(previous.line, 1) + 1
            previous.own = []
            _warn_follows(walk, n, raw)
            comments, defs = [], []
            continue
        elif (
            not own and not flags and previous is not None and previous.invocation.command == invocation.command
            and _quoted_literals(previous.invocation) != _quoted_literals(invocation)
        ):
            # lines that differ in a quoted program ('.a | keys' then '.a | length') are examples the
            # comment only heads
            walk.warn(n, i18n._(
                "line {line}: shares the comment above it with the line before, but does something else; skipped"
            ).format(line=n))
            comments, defs = [], []
            continue
        elif (
            not own and not flags and previous is not None and previous.invocation.command == invocation.command
            and len(previous.own) == 1 and _LABEL.fullmatch(previous.own[0]) and previous.reason != _AFTER_IT
        ):
            own = list(previous.own)  # "// get" over user.name and user.email: a label over a run
            reason = "one comment over a run of the same command"
        elif not own and not flags and previous is not None and previous.invocation.command == invocation.command:
            # a sentence above the first line of a run: whether it also describes the next lines of the
            # same command or only the first, the notes do not say
            _warn_follows(walk, n, raw)
            comments, defs = [], []
            continue
        elif trailing and own:
            reason = _AFTER_IT
        else:
            reason = COMMENT_ABOVE
        entry = _Entry(invocation, n, own, flags, reason)
        entries.append(entry)
        last = (n, bool(trailing))
        previous = entry if own else None
    flush()
    for line, count in titles.items():
        _warn_heads(walk, line, count)
    _split_listings(entries)
    _block_title(walk, entries)
    _run_title(walk, entries)
    return entries


def _trailing_comment(walk: Walk, n: int, raw: str) -> tuple[str, re.Match[str] | None]:
    """Line ``n`` of a block (``raw``, no comment line of its own) and the comment after its command: a number or
    an example of the line after it is no comment (the example warned about and cut off, a printed value after
    "# " cut off); a gloss after a colon is one."""
    trailing = _TRAILING.search(raw) if "#" in raw or "//" in raw or "+++" in raw else None
    if trailing and not re.search(r"[^\W\d_]", trailing.group(1)):
        if re.match(r"\s+#\s", raw[trailing.start():]):
            raw = raw[: trailing.start()]  # "printf '1\n2\n' | tr -d '\n'   # 12": what it prints, no part of it
        trailing = None  # "Closes #2774": a number, not a comment
    if trailing is not None and opens_with_example(trailing.group(1)):
        # "rmdir <PATH>   # 예) rmdir C:\\Temp\\A /s": an example of the line, not what it does
        walk.unless_read(n, i18n._(
            "line {line}: the comment after the line is an example of it, not what it does; no card made from it"
        ).format(line=n))
        raw, trailing = raw[: trailing.start()], None
    if trailing is None:
        trailing = _colon_gloss(walk, raw)
    return raw, trailing


def _invocation_of(walk: Walk, n: int, raw: str, target: str) -> Invocation | None:
    """The command line ``n`` of a block runs (``target``: the line without its comment), written as the notes
    write it (its switches first, a program by its name); None when it runs none, or is a program's message, a
    line with a bracket it does not match or one its writer cut short (each warned about)."""
    switches = _switches_end(target)
    invocation = parse_invocation(target[switches:])
    if invocation is not None and invocation.command.startswith("/"):
        invocation = _by_name(invocation)
    if switches and invocation is not None:  # the line as the notes write it, its switches first
        invocation = Invocation(invocation.command, invocation.flags, f"{target[:switches].strip()} {invocation.line}", invocation.piped)
    if invocation is not None and transcripts.MESSAGE.match(target):
        # "slurm_update error: Invalid node state" under "# scontrol update …": what it printed
        walk.unless_read(n, i18n._(
            "line {line}: '{text}' is a message a program printed, not a command; skipped"
        ).format(line=n, text=raw.strip()))
        invocation = None
    elif invocation is not None and _unbalanced(invocation.line):
        # "adb push a.txt /sdcard/a.txt) (/sdcard는 …": a line and a remark run together, no command to learn
        walk.unless_read(n, i18n._(
            "line {line}: '{text}' opens or closes a parenthesis it does not match; not read as a command"
        ).format(line=n, text=invocation.line))
        invocation = None
    elif invocation is not None and _ELIDED.search(invocation.line):
        # "aws route53 list...(이하 생략) \": the writer cut the line short; what is left is no command to learn
        walk.unless_read(n, i18n._(
            "line {line}: '{text}' is cut short by its writer; not read as a command"
        ).format(line=n, text=invocation.line))
        invocation = None
    return invocation


_NAMED_WORD = lazyre.pattern(r"[A-Za-z][\w.-]{2,}")


def _program_dropped(walk: Walk, entries: list[_Entry]) -> None:
    """``$ update-index --no-skip-worktree x`` among ``$ git update-index …`` lines: the author dropped the program
    the other lines of the block name; the line is that sub-command's (as written, the program said)."""
    program = walk.program
    if program is None or len(entries) < 2:
        return
    run = [f"{entry.invocation.command} " for entry in entries]
    for entry in entries:
        invocation = entry.invocation
        word = invocation.command.split(" ", 1)[0]
        if not word or word in PROGRAMS or not any(command.startswith(f"{program} {word} ") for command in run):
            continue
        said = parse_invocation(f"{program} {strip_prompt(invocation.line)}")
        if said is not None:
            entry.invocation = replace(said, line=invocation.line)


def _warn_follows(walk: Walk, line: int, raw: str) -> None:
    walk.warn(line, i18n._(
        "line {line}: '{command}' follows a line with a comment but has none of its own; "
        "not made a card (a comment above it says what it does)"
    ).format(line=line, command=clean(raw)))


def _warn_heads(walk: Walk, line: int, count: int) -> None:
    walk.warn(line, i18n._(
        "line {line}: the comment above heads the {count} lines of the block, not the first alone; no card made "
        "from it"
    ).format(line=line, count=count))


def _block_title(walk: Walk, entries: list[_Entry]) -> None:
    """``# Install nginx`` over four command lines or more, none of the others with a comment: the comment names
    what the lines do together (a step's title), not what the first one does; warned, left off its card."""
    if len(entries) < 4 or entries[0].reason != COMMENT_ABOVE or len(entries[0].own) != 1:
        return
    if entries[0].flags or any(entry.own or entry.flags or entry.key for entry in entries[1:]):
        return
    # the comment names what a later line runs and the first does not ("# Install httpie" over curl | gpg … apt
    # install httpie); "# show the running containers" over docker ps, docker images … is the first line's own
    words = _named_words(entries[0].own[0])
    first = entries[0].invocation.line.casefold()
    later = " ".join(entry.invocation.line for entry in entries[1:]).casefold()
    if not any(word in later and word not in first for word in words):
        return
    _warn_heads(walk, entries[0].line, len(entries))
    entries[0].own = []


def _run_title(walk: Walk, entries: list[_Entry]) -> None:
    """``# remap the prefix to C-a`` over ``unbind C-b`` / ``set -g prefix C-a`` / ``bind C-a send-prefix``: a comment
    over lines that follow it with none of their own, naming a word a later one of them has as a word and the first
    has not, is what the lines do together, not what the first does; warned, left off its card.  ("# act like
    vim" over ``setw -g mode-keys vi`` and key bindings is the first line's.)"""
    for n, entry in enumerate(entries):
        if entry.reason != COMMENT_ABOVE or len(entry.own) != 1 or entry.flags or entry.key:
            continue
        run: list[_Entry] = []
        for after in entries[n + 1:]:
            if after.line != (run[-1] if run else entry).line + 1 or after.own or after.flags or after.key:
                break
            run.append(after)
        if not run:
            continue
        words = _named_words(entry.own[0])
        first = set(entry.invocation.line.casefold().split())
        later = {word for after in run for word in after.invocation.line.casefold().split()}
        if any(word in later and word not in first for word in words):
            _warn_heads(walk, entry.line, len(run) + 1)
            entry.own = []


_PIECE = lazyre.pattern(r"[-_.]")
_NAME_ONLY = lazyre.pattern(r"[A-Za-z]+(?: [A-Za-z]+)?")  # "status bar", "fonts": a name of one or two words, nothing said of it


def _named_words(comment: str) -> set[str]:
    """The words of three letters or more a comment names things by ("# status bar" → status, bar), casefolded."""
    return {word.casefold() for word in _NAMED_WORD.findall(comment)}


def _shared_piece(*lines: str) -> set[str]:
    """The words each line has as a part of a compound name (``status`` of ``status-bg`` and ``status-fg``):
    lines setting the parts of one thing, which a comment naming it titles ("# status bar" over them is no
    meaning of the first line)."""
    shared: set[str] | None = None
    for line in lines:
        pieces = {piece for word in line.casefold().split() if _PIECE.search(word.strip("-._"))
                  for piece in _PIECE.split(word) if piece}
        shared = pieces if shared is None else shared & pieces
    return shared or set()


# "그룹 추가, 삭제 및 현재 계정의 그룹 확인", "start, stop and restart": the parts of a comment that lists things
_LISTING = lazyre.pattern(r"\s*[,，、]\s*(?:(?:및|그리고|and|&)\s+)?|\s+(?:및|그리고|and|&)\s+")
_LISTED = "comment listing what each line below does, in order"


def _split_listings(entries: list[_Entry]) -> None:
    """A comment over a run of three or more lines (no blank line between) that lists as many things as there
    are lines, the lines all different and none of the others with a comment: each line does its part
    (``# 그룹 추가, 삭제 및 확인`` over groupadd, groupdel, groups)."""
    i = 0
    while i < len(entries):
        head = entries[i]
        run = [head]
        while i + len(run) < len(entries):
            after = entries[i + len(run)]
            if after.line != run[-1].line + 1 or after.own or after.flags or after.key:
                break
            run.append(after)
        i += len(run)
        # two parts ("다운로드 및 설치", "시간대 및 로케일 설정") may share one object or be one step: only a list of
        # three or more is read as one thing per line
        if len(run) < 3 or head.reason != COMMENT_ABOVE or len(head.own) != 1 or head.flags:
            continue
        parts = [part for part in _LISTING.split(head.own[0]) if part.strip()]
        if len(parts) != len(run) or len({entry.invocation.line for entry in run}) != len(run):
            continue
        for entry, part in zip(run, parts):
            entry.own = [part.strip()]
            entry.reason = _LISTED


_QUOTED = lazyre.pattern(r"'[^']*'|\"[^\"]*\"")


def _unbalanced(line: str) -> bool:
    """Parentheses outside quotes that do not pair up (a shell would not run the line)."""
    if "(" not in line and ")" not in line:
        return False  # most lines: no parenthesis to pair
    depth = 0
    for ch in _QUOTED.sub("", line):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True  # "a.txt) (b는 …": closed before it opened
    return depth != 0


def _runs_other(body: str) -> bool:
    """A Korean comment that ends in a command line of a known program ("에러 발생시 pip install
    ipykernel"): it says what else to run, not what the line under it does."""
    words = body.split()
    for i in range(1, len(words) - 1):
        if words[i] in PROGRAMS and all(w.isascii() for w in words[i:]) and _HANGUL_CHAR.search(" ".join(words[:i])):
            return parse_invocation(" ".join(words[i:])) is not None
    return False


_PLAIN = lazyre.pattern(r"[a-z][a-z0-9_-]*")


def _uses_every(invocation: Invocation, defs: list[tuple[int, str]]) -> bool:
    """Does the line use every option the comments under it gloss (``-c``, ``-f``, ``--save``)?"""
    written = set(tokenize(invocation.line))
    used = {part for flag in invocation.flags for part in split_flags(flag)} | written | {
        token.split("=", 1)[0] for token in written}
    for _, body in defs:
        option = _COMMENT_OPTION.match(body)
        spellings = option_spellings(_spaced(option.group("flags")), bare_ok=False) if option else None
        if not spellings or not used & set(spellings):
            return False
    return True


def _block_command(entries: list[_Entry]) -> str | None:
    """The one command the block's lines run (``cubrid createdb …`` over ``# -F  --file-path  경로``):
    whose options the comments under it list; None when the lines run different commands."""
    heads = set()
    for entry in entries:
        if entry.key:
            return None
        if entry.invocation.command.split()[0] in PROGRAMS:
            heads.add(entry.invocation.command)
            continue
        # a program quizzer does not know: its words up to the first flag or value ("cubrid createdb")
        words = list(itertools.takewhile(_PLAIN.fullmatch, entry.invocation.line.split()))
        heads.add(" ".join(words[:2]))
    return heads.pop() if len(heads) == 1 and "" not in heads else None


# "adb shell cat /proc/x : 바인더 관련 정보": a Korean gloss set after the line with a spaced colon
_COLON_GLOSS = lazyre.pattern(r"\s+:\s+(\S.*[\uac00-\ud7a3].*)$")


def _colon_gloss(walk: Walk, raw: str) -> re.Match[str] | None:
    """The gloss after ``command : 설명`` when what comes before the colon is a line of a program we know."""
    gloss = _COLON_GLOSS.search(raw)
    if gloss is None or re.search(r"[\uac00-\ud7a3]", raw[: gloss.start()]):
        return None
    invocation = parse_invocation(raw[: gloss.start()])
    if invocation is None or not _known_program(walk, invocation):
        return None
    return gloss


def _starts_output(rest: list[tuple[int, str]], before: tuple[int, bool] | None, entries: list[_Entry]) -> bool:
    """Right under a command line: a bare ``#`` opens its pasted output (``df -h`` / ``#`` / ``# Filesystem …``),
    unless the comments it opens close with a bare ``#`` too (a banner over the next command); a
    comment indented under the line's own trailing comment continues it with the output
    (``uname -m    # 하드웨어 이름`` / ``            # x86_64``)."""
    n, raw = rest[0]
    if before is None or not entries or entries[-1].line != before[0] or before[0] != n - 1:
        return False
    body = _COMMENT.match(raw)
    if body is not None and not body.group(1).strip():
        run = list(itertools.takewhile(lambda line: _COMMENT.match(line[1]) is not None, rest[1:]))
        closed = bool(run) and not _COMMENT.match(run[-1][1]).group(1).strip()  # type: ignore[union-attr]
        return not closed
    return before[1] and raw[:1].isspace()


def _quoted_literals(invocation: Invocation) -> list[str]:
    """The quoted arguments typed as written (a jq or awk program), not placeholders."""
    return [t for t in tokenize(invocation.line) if t[:1] in "'\"" and not is_placeholder(t)]


def _gloss(raw: str, match: re.Match[str]) -> str:
    """``[i] insert: 커서 앞`` → ``커서 앞 (insert)``: the mnemonic kept beside the meaning."""
    mnemonic = re.match(r"^\s*\[[^\]]*\]\s+([A-Za-z][\w-]*)\s*[:：]", raw)
    meaning = clean(match.group(2))
    return f"{meaning} ({mnemonic.group(1)})" if mnemonic else meaning


_LABEL = lazyre.pattern(r"[A-Za-z]{1,8}")  # one short word: "get", "set", "local"


# "[package name]", "<파일>": a placeholder, a bracketed word or words
_PLACEHOLDER_SPAN = lazyre.pattern(  # "[topic name]", "<host>", "{WSL 배포 이름}"
    rf"\[[^\[\]]*[A-Za-z{HANGUL}][^\[\]]*\]|<[^<>]*[A-Za-z{HANGUL}][^<>]*>|\{{[^{{}}]*[A-Za-z{HANGUL}][^{{}}]*\}}"
)


def _usage_of_next(body: str, after: Sequence[tuple[int, str]]) -> bool:
    """A comment that is the usage of the command line right under it: the same command, each of its words as
    typed there or a placeholder, a flag or "..." (a plain word of its own, "# ssh into <host>", makes it a gloss)."""
    if not _PLACEHOLDER_SPAN.search(body) or (usage := parse_invocation(body)) is None:
        return False
    following = next((text for _, text in after if text.strip() and not _COMMENT.match(text)), None)
    line = parse_invocation(following) if following is not None else None
    if line is None or line.command != usage.command:
        return False
    typed = tokenize(strip_prompt(following or ""))
    if typed[:1] and typed[0] in AS_ROOT and not body.startswith(typed[0]):
        typed = typed[1:]  # "# tee {filepath} {input}" over "sudo tee /etc/app.json": run as root, the same usage
    return all(
        n < len(typed) and token == typed[n] or _PLACEHOLDER_SPAN.fullmatch(token) is not None
        or token.startswith("-") or token in ("...", "…") or token.isupper()
        for n, token in enumerate(tokenize(body))
    )


def _glossed_usage(body: str) -> tuple[Invocation, str] | None:
    """``gunzip [옵션] [파일] : .gz 파일의 압축을 해제``: the usage line (every word after the program a placeholder
    or a flag, one at least a placeholder) and what it does; None when ``body`` is not that."""
    match = _GLOSSED_USAGE.match(body) if ":" in body or "：" in body else None
    if match is None:
        return None
    words = tokenize(match.group("usage"))[1:]
    if not any(is_placeholder(word) for word in words) or not all(is_placeholder(word) or word.startswith("-") for word in words):
        return None
    invocation = parse_invocation(match.group("usage"))
    return None if invocation is None else (invocation, match.group("gloss"))


def _is_syntax_line(text: str) -> bool:
    tokens = tokenize(text)
    return len(tokens) > 1 and any(t.strip("[]<>().").upper() in ("OPTIONS", "옵션", "OPTION") for t in tokens[1:])


def _names_heading_term(walk: Walk, text: str) -> bool:
    """``## 2. exec - 설명`` then ``docker exec <CONTAINER_ID>``: the usage of that heading."""
    if walk.heading_term is None:
        return False
    invocation = parse_invocation(text)
    return invocation is not None and invocation.command.split()[-1] == walk.heading_term[0]


_SENTENCE_ENDS = lazyre.pattern(r"(?:[.!?。]|다\.?)(?=\s|$)")


def _names_other_command(prose: str, invocations: list[Invocation]) -> bool:
    """Does ``prose`` name a sub-command of the lines' program that none of the lines runs ("git reset" over a
    block of "git log")?"""
    programs = {invocation.command.split()[0] for invocation in invocations if invocation.command}
    commands = {invocation.command for invocation in invocations}
    for program in programs:
        for word in _words_after(prose, program):
            named = sub_command(program, word)
            if named is not None and named not in commands:
                return True
    return False


_WORD_AFTER = lazyre.pattern(r"\s+([a-z][\w-]+)")
_PART_OF_NAME = lazyre.pattern(r"[\w/-]")


def _words_after(prose: str, name: str) -> Iterator[str]:
    """The word after each ``name`` of ``prose`` standing on its own (no letter, digit, ``_``, ``/`` or ``-``
    right before it), left to right, as a pattern of the name and _WORD_AFTER finds them: a pattern compiled for
    each program missed re's cache of 512 in a long document and cost more than the rest of the search."""
    at = prose.find(name)
    while at >= 0:
        if at == 0 or _PART_OF_NAME.match(prose, at - 1) is None:
            after = _WORD_AFTER.match(prose, at + len(name))
            if after is not None:
                yield after.group(1)
                at = prose.find(name, after.end())
                continue
        at = prose.find(name, at + 1)


# "n: dry run", "x = extract": one letter of a run of flags, then what it means
_LETTER_GLOSS = lazyre.pattern(r"^(?P<letter>[A-Za-z])\s*[:：=]\s+(?P<meaning>[^\W\d_].*)$")
_LETTER_RUN = lazyre.pattern(r"^-(?P<letters>[A-Za-z]{2,})$")
_LEGEND = lazyre.pattern(r"^(?:a|an|the)\s", re.IGNORECASE)


def _glosses_letters(walk: Walk, line: int, entry: _Entry) -> bool:
    """Is the comment at ``line`` one of a run of ``# x: meaning`` lines right under ``entry``'s line, whose
    flags run letters together (``git clean -nx``), the first of them glossing one of those letters?"""
    letters = {c for flag in entry.invocation.flags if (run := _LETTER_RUN.match(flag)) for c in run.group("letters")}
    if not letters or entry.line >= line:
        return False
    for above in range(entry.line + 1, line):
        if _LETTER_GLOSS.match(clean((walk.written(above) or "").strip().lstrip("#").strip())) is None:
            return False  # something else stands between the line and the comment
    first = _LETTER_GLOSS.match(clean((walk.written(entry.line + 1) or "").strip().lstrip("#").strip()))
    if first is None or first.group("letter") not in letters:
        return False
    # "# l: a symbolic link" / "# d: a directory" under "ls -lA": a legend of what the output shows, not flags;
    # so too "# d: directory" (a letter the line does not pass, glossed with a kind of entry a listing shows)
    below = entry.line + 1
    while (gloss := _LETTER_GLOSS.match(clean((walk.written(below) or "").strip().lstrip("#").strip()))) is not None:
        meaning = gloss.group("meaning")
        if _LEGEND.match(meaning) or gloss.group("letter") not in letters and names_file_kind(meaning):
            return False
        below += 1
    return True


def _runs_on(text: str | None, program: str) -> bool:
    """Is ``text`` (the next line) another line of ``program``?"""
    invocation = parse_invocation(text) if text and text.strip() and not text.lstrip().startswith("#") else None
    return invocation is not None and invocation.command.split()[0] == program


_ASIDE_AT_END = lazyre.pattern(r"\s*\([^()]*\)\s*$")


def _says_done(comments: list[str]) -> bool:
    """A line's comment says what is done ("traefik 동작 확인 (kube-system 네임스페이스)", "홈디렉토리도 삭제"), not a
    remark on it ("우분투에서", "루트 권한 필요") or what only tells it from another ("파일 하나만")."""
    return bool(comments) and says_doing(_ASIDE_AT_END.sub("", " ".join(comments)).strip())


def _remarks(comments: list[str], prose: str) -> bool:
    """Two comment lines or more over one line, two of them whole sentences, under a phrase that is none: remarks
    on the line (a warning, a reason), while the phrase says what it does."""
    return (
        len(comments) >= 2 and sum(_SENTENCE_ENDS.search(comment) is not None for comment in comments) >= 2
        and "\n" not in prose and not _SENTENCE_ENDS.search(prose)
    )


def _restates(comment: str, prose: str) -> bool:
    """Every word of ``prose`` starts a word of ``comment``: "공백 문자를 _ 로 변환" says "공백 문자 변환" and more."""
    words = comment.split()
    said = prose.split()
    return len(said) >= 2 and all(any(word.startswith(w) for word in words) for w in said)


