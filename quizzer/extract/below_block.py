"""What the paragraphs right after a code block say of its lines (pure).

A block whose lines are not all said for by the text above them waits (``walk.pending``) for what follows it:
a bullet or a sentence glossing one of its flags (``- `-l` lists …``, "The `-l` option causes …"), a quote saying
what its line does, a sentence naming its task, the block's own usage or what it printed.  :func:`follows` reads
each block after the code block while it can (True: read here), and :func:`settle` makes the waiting lines'
notes once something else comes (a heading, a rule, a paragraph about another thing), with what was said of them.
(Moved out of :mod:`quizzer.extract.code` as it was: review16 8.)
"""

from __future__ import annotations

import re

from quizzer import i18n
from quizzer import lazyre
from quizzer.extract import (
    after_options, asked_flags, flag_using, flag_uses, label_tags, name_lists, narration, narrative, ordinal_bullets, output_fields,
    part_bullets, pointed_blocks, placeholder_values, quote_labels, transcripts, value_examples,
)
from quizzer.extract.blocks import Block, Code, Para
from quizzer.extract.gate import ABOVE_BLOCK
from quizzer.extract.knowledge import (
    ECHOING_PROGRAMS, PROGRAMS, is_caption, is_label, says_condition, says_doing, says_own_task,
)
from quizzer.extract.model import Kind
from quizzer.extract.sentences import ends_in_colon
from quizzer.extract.terms import FlagDef, option_spellings, split_term, strip_markers
from quizzer.extract.walk import PendingCode, Walk, asked_task
from quizzer.shell import (
    Invocation, looks_like_command, parse_invocation, passed_flags, split_flags, strip_prompt, tokenize,
)
from quizzer.text import clean

__all__ = ["follows", "settle"]


# a verdict on how the line worked for the author: "Not working well!!!", "Doesn't work on macOS", "잘 안 됨"
_VERDICT = lazyre.pattern(
    r"\W*(?:(?:not|doesn'?t|does not|don'?t|won'?t|didn'?t|isn'?t)\s+work|works?(?:\s+(?:well|fine|great))?\s*[.!]*$"
    r"|(?:잘\s*)?안\s*(?:됨|된다|됩니다|돼요?|되네)|동작\s*안|작동\s*안)",
    re.IGNORECASE,
)


# ("-z 2000 3000": two numbers, one value of the flag each)
_OPTION_VALUE = lazyre.pattern(r"^(--?[A-Za-z][\w:-]*)(?:=|\s+)(?:<[^>]+>|\[[^\]]+\]|[^\s-]\S*)(?:\s+\d[\d.]*)*$")


_QUOTE_LABEL = lazyre.pattern(
    r"^\W*(?:(?:참고|주의|경고|팁|질문|note|tip|warning|caution|important|info|update|edit|question|faq|help|todo)\b"
    r"|(?:results?|outputs?|결과|출력)\W*$)",  # "> Results" over what the run printed: a label, no description
    re.IGNORECASE
)


# a thematic break: "---", "* * *", "___" (up to three spaces in), or "<hr />" alone
_RULE_LINE = lazyre.pattern(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|<hr[ \t]*/?>[ \t]*)$", re.IGNORECASE)


def _after_rule(walk: Walk, line: int) -> bool:
    """Is there a rule between line ``line`` and the last line written above it?"""
    for above in range(line - 1, max(line - 6, 0), -1):
        text = walk.written(above)
        if text is None or text.strip():
            return text is not None and _RULE_LINE.match(text) is not None
    return False


# "where" alone under a block: the items below gloss parts of its line
_WHERE = lazyre.pattern(r"^where\s*[:：]?$", re.IGNORECASE)
# "- oflag=dsync - synchronize I/O for data": an operand written name=value, then what it does there
_OPERAND_ITEM = lazyre.pattern(r"^(?P<operand>[A-Za-z][\w.-]*=[^\s=]+)\s+(?:[-–—:]\s+)(?P<meaning>\S.*)$")


def follows(walk: Walk, block: Block) -> bool:
    """Read ``block`` as what the pending code block's bullets say; False if it is not."""
    pending = walk.pending
    assert pending is not None
    if isinstance(block, Para) and _after_rule(walk, block.line):
        settle(walk)  # "---" / "> Plugins fail to load": past a rule the page speaks of something else
        return False
    if (
        isinstance(block, Para) and not block.lists and not block.quote and _WHERE.match(block.text.strip())
        and len({invocation.line for invocation, _ in pending.entries}) == 1
    ):
        return True  # "dd if=a.img of=/dev/sdb oflag=dsync" / "where" / "- oflag=dsync - …": glosses of its parts
    if pointed_blocks.read(walk, block, pending):
        return True  # "This command will …" under a block the text above only pointed at
    if isinstance(block, Para) and block.lists and len({n for _, n in pending.entries}) >= 2 and ordinal_bullets.starts(block):
        # "- 첫번째 폴더를 만들고 …" / "- 두번째 …": what each line of the block does, in order
        walk.pending = None
        return ordinal_bullets.read(walk, block, pending)
    if isinstance(block, Para) and len({n for _, n in pending.entries}) >= 2 and ordinal_bullets.read_lines(walk, block, pending):
        walk.pending = None  # "이 두 명령어는 다음과 같다." / a line for each: what each line does, in order
        return True
    single = len({invocation.line for invocation, _ in pending.entries}) == 1
    if isinstance(block, Code) and single and not pending.bullets and _printed_by(walk, block, pending.entries[0][0]):
        # "git flow feature finish x" then a bare block of what it printed ("Summary of actions: …"), then
        # bullets: the bullets still speak of the line above the output
        return True
    if (
        isinstance(block, Para) and block.quote and not block.lists and single and not pending.bullets
        and narrative.quoted_definition(walk, block, pending.entries[0][0].command)
    ):
        return True  # "> The req command primarily creates …" under "openssl req …": what req does, not the line
    if (
        isinstance(block, Para) and block.quote and not block.lists and single and not pending.bullets
        and not _QUOTE_LABEL.match(block.text) and len(block.text) <= 200
        and not block.text.rstrip().endswith(("?", "？"))  # "> [!question] … 방법이 있을까?": a question, no answer
        and not quote_labels.heads_next(walk, block)  # "<br>" / "> 규칙 추가" / "```": it heads the block below
        and not _VERDICT.match(block.text)  # "> Not working well!!!": how it went, not what the line does
    ):
        # "> vtouch-logs 프로파일로 s3 ls를 실행하는 코드" right under the block: what its line does
        pending.bullets.append((block.line, strip_markers(block.text)))
        pending.quoted = True
        return True
    said = narration.flag_sentence(strip_markers(block.text)) if isinstance(block, Para) and single and not block.lists else None
    if said and _flag_of(said[0], pending.entries[0][0]):
        # "The `-l` option causes `ripgrep` to list …" right after the block: what that flag of its line does
        # ("… `-f pathname` option filters …. The PID comes at the end.": the flag's sentence, not the next one)
        meaning = said[1] if " " not in said[0] else _SENTENCE_STOP.split(said[1], maxsplit=1)[0]
        pending.flags.append((block.line, FlagDef(said[0], meaning, ())))
        return True
    if isinstance(block, Para) and block.lists and pending.item and block.lists[: len(pending.item)] != pending.item:
        # "- Delete blank lines" / its fence indented under it / "- Delete the first line": the next item starts a
        # task of its own; it is no remark on a block that belongs to the item above
        settle(walk)
        return False
    if isinstance(block, Para) and block.lists and not block.lists[0].ordered and not block.quote:
        term = split_term(block.inline)
        # "- 모두 반영됨" between two blocks, in notes that say after a block what it did, where the block above
        # takes no bullets (its own item says what it does, or it holds several lines): the block above's or the
        # one below's, which is not sure
        between = bool(
            walk.said_after and term is None and block.first and walk.next_code_line is not None
            and walk.next_code_line != block.line + block.inline.raw.count("\n") + 1
            and not is_label(block.text) and not ends_in_colon(block.text)
        )
        if (
            pending.prose_is_own
            # "- reference :", "- 참고:" after a block introduces what follows; it says nothing of the block
            or is_label(block.text) or ends_in_colon(block.text)
            # "- 설치 완료 후 모습" (over its screenshot): what a picture shows, nothing of the block
            or is_caption(strip_markers(block.text))
            # "- colima 환경 사용시" over a blank line and the next fence: the case that block is for
            or says_condition(strip_markers(block.text)) and walk.code_next(block.line + block.inline.raw.count("\n"))
            # "* Older versions and links" / "> https://…": a label over the address under it
            or _ADDRESS_UNDER.match(walk.written(block.line + block.inline.raw.count("\n") + 1) or "")
            # "- 키 설정 바꾸기" / "> Preferences - Keys - …": a label over the quote under it, its own content
            # (not a remark quote: "> Note: same on …" leaves the item describing the block above)
            or _labels_quote(walk.written(block.line + block.inline.raw.count("\n") + 1) or "")
            # "- Helm 목록 보기" on the line right above the next fence describes that one; so does an item a blank
            # line above it, in notes whose item above this block named it ("* Start" / fence / "* Stop" / fence),
            # or a short task ("- Get contexts", no sentence) after a block that the text above it named
            or walk.next_code_line == block.line + block.inline.raw.count("\n") + 1
            or (pending.item_above or pending.prose is not None and _names_task(block))
            and walk.code_next(block.line + block.inline.raw.count("\n")) and _labels_below(walk, block)
            or term and parse_invocation(term.term) is not None and " " in term.term
            # "- `fastboot`" / "  - 기기에 이미지를 씁니다." after the block: the list of names goes on
            or name_lists.is_name_item(walk, block.line)
        ):
            # a bullet that is a command of its own ("`ssh -i key host` -> connect …") is a fact of its own
            settle(walk)
            return _between(walk, block) if between else False
        if single or walk.heading_flag:
            if len(block.lists) == 2 and block.first and pending.flag_item is not None:
                # "- `-o ldif-wrap=no`" / "  - Don't wrap results": what that flag of the line does
                flag, pending.flag_item = pending.flag_item, None
                pending.flags.append((block.line, FlagDef(flag.flag, strip_markers(block.text), flag.also)))
                return True
            pending.flag_item = None
            if len(block.lists) == 2 and block.first and pending.flags and pending.flags[-1][1].meaning and value_examples.read(
                    walk, block, pending.flags[-1][1], pending.entries[0][0].command):
                return True  # "- `-l` : 레벨을 지정한다." / "    - `-l1`은 1레벨만 보여준다.": the option with a value
            if len(block.lists) == 2 and block.first and pending.flags and pending.flags[-1][1].meaning and (
                term is not None and term.style == "code" and " " not in term.term and not term.term.startswith("-")
            ):
                # "- `-g all`: 모든 속성 출력" / "    - `pixelWidth`: 이미지의 가로 크기": a value the flag's output
                # names, glossed under it; a term of its own
                walk.add(Kind.CONCEPT, term=term.term, front=term.term, back=term.description, command=None,
                         line=block.line, reason="`value: meaning` item under a flag's gloss after a code block")
                return True
            if len(block.lists) == 1 and block.first:
                valued = _OPTION_VALUE.match(term.term) if term else None  # "-v 24", "--exclude <dir>"
                spellings = option_spellings(valued.group(1) if valued else term.term, bare_ok=False) if term else None
                if term and spellings and valued:
                    # "-f hls": the flag with this value, a fact apart from "-f" with another value
                    written = clean(term.term)
                    pending.flags.append((block.line, FlagDef(written, term.description, tuple(spellings))))
                elif term and spellings and (told := _two_flags(block)) is not None:
                    # "- `-a` if auditd runs, `-d` if it does not": two flags told on one line, a fact each
                    pending.flags.extend((block.line, FlagDef(flag, meaning, ())) for flag, meaning in told)
                elif term and spellings:
                    meaning = _first_sentence(walk, block.line, term.description)
                    pending.flags.append((block.line, FlagDef(spellings[0], meaning, tuple(spellings[1:]))))
                elif (operand := _OPERAND_ITEM.match(strip_markers(block.text))) is not None and operand.group(
                        "operand") in _arguments(pending.entries[0][0]):
                    # "- oflag=dsync - synchronize I/O for data" under "dd … oflag=dsync": what that operand of the
                    # line does there, as a flag's gloss; not what the whole line does
                    meaning = _first_sentence(walk, block.line, operand.group("meaning"))
                    pending.flags.append((block.line, FlagDef(operand.group("operand"), meaning, ())))
                elif term and (
                    term.style == "code" and term.term in tokenize(pending.entries[0][0].line)
                    or term.term in _arguments(pending.entries[0][0])  # "- nginx : 이미지 이름" under "docker run … nginx"
                ) and not (  # "- `inf` : 무한대까지 출력한다" under "seq inf": all its arguments, what the line does
                    tokenize(term.term) == tokenize(pending.entries[0][0].line)[1:] and says_doing(term.description)
                ):
                    # "`<DETAIL>` indicates …": a gloss of one part of the line, not what the line does
                    walk.skipped(block.line)
                elif (alone := _flag_alone(block, pending.entries[0][0])) is not None:
                    pending.flag_item = alone  # "- `-o ldif-wrap=no`": glossed by the item nested under it
                elif pending.bullets and _names_program(block, pending.entries[0][0]):
                    # "- 현재 디렉토리의 모든 png를 돌린다." / "- 이와 같이 `sips` 명령은 여러 파일을 받는다.": a bullet
                    # naming the program itself says something of the program, not of this line
                    walk.unless_read(block.line, i18n._(
                        "line {line}: the bullet speaks of the program '{program}', not of the line above it; "
                        "no card made from it"
                    ).format(line=block.line, program=pending.entries[0][0].command.split()[0]))
                else:
                    pending.bullets.append((block.line, strip_markers(block.text)))
                    walk.said_after += 1
            return True
        settle(walk)
        return _between(walk, block) if between else False
    if isinstance(block, Para) and placeholder_values.lead_in(walk, block, [line for _, line in pending.entries]):
        settle(walk)  # "rita COMMAND dataset" / "Where `COMMAND` is one of:": the items below are its values
        return True
    if (
        isinstance(block, Para) and not block.lists and not block.quote and _quotes_above(block, pending)
        and split_term(block.inline) is None  # "`-f` : 원 문서의 인코딩" under the block: a term of its own
        # "Download `en` subtitle" on the line right above the next fence is that one's title
        and walk.next_code_line != block.line + block.inline.raw.count("\n") + 1
        # "… on the GNU implementation of `nc`:" (the program every line above runs, no part of one), "… without
        # the `-wal` extension. For example:" under what a run printed (paths, no command line), over blank lines
        # and the next block: the colon leads into the block below
        and not (
            ends_in_colon(block.text) and walk.code_next(block.line + block.inline.raw.count("\n"))
            and (_names_program_only(block, pending) or not any(_runs_known(walk, inv) for inv, _ in pending.entries))
        )
    ):
        # "`-ss` 옵션으로 시작 시간을 설정 …", "확장자가 `mp3`이므로 …" right under "ffmpeg -ss 0 -i a.mp4 out.mp3":
        # it speaks of the block above, whose parts it quotes; it says nothing of the block below.  When nothing
        # above the block says what it does, this is what it does
        text = strip_markers(block.text)
        if narration.walks_through(text) or narration.observes(text):
            # "…내용을 추가하면...", "…가 추가된 것을 확인할 수 있다.": the next step of a run shown block by block,
            # or what its output lets one see, not what the line does
            settle(walk)
            walk.unless_read(block.line, i18n._(
                "line {line}: the text tells what to try next in the run shown, or what its output shows, not what "
                "a command does; no card made from it"
            ).format(line=block.line))
            return True
        if pending.prose is None and not pending.bullets and not pending.flags and not any(
            span.kind == "code" and span.text.strip().startswith("-") for span in block.inline.spans
        ) and len({invocation.command for invocation, _ in pending.entries}) == 1:
            # (text glossing the line's flags one by one says what each flag does there, not the line; under lines
            # of different commands, "if" … "alias" … "fi", one text says what none of them does alone)
            walk.pending = None
            for invocation, line in pending.entries:
                walk.add_command(invocation, strip_markers(block.text), line, reason="text under its code block, quoting its line")
            return True
        settle(walk)
        marked = block.inline.marked
        if flag_uses.read_means(walk, marked, [invocation for invocation, _ in pending.entries], block.line):
            return True  # "…, `-z` means that nc should scan …": what that flag of the line above does
        walk.unless_read(block.line, i18n._(
            "line {line}: the text under the block quotes its line, so it speaks of that block, not of the next; "
            "no card made from it"
        ).format(line=block.line))
        return True
    settle(walk)
    return False


_SHOWS_INPUT = ECHOING_PROGRAMS | {"cat", "head", "tail", "ls", "less", "more"}


# "alias lt='ls -S --classify'", 'alias gs="git status"': the short name, then the line it stands for
_ALIAS = lazyre.pattern(r"""^alias\s+[\w.-]+=(?P<quote>['"])(?P<line>[^'"]+)(?P=quote)\s*$""")


def _not_definitions(
    walk: Walk, entries: list[tuple[Invocation, int]], *, task: bool = False
) -> list[tuple[Invocation, int]]:
    """Leave out ``alias NAME='…'`` lines: each defines a short name for the line on its right, what that line
    does is not what the text above says ("나는 다음과 같은 alias를 지정해 놓고 사용한다": the author's set-up).
    ``task``: the text above is a heading saying what to do ("### Sort by file size"); over one alias alone,
    it says what the aliased line does: the alias line is that line's (filed under its program)."""
    alias = _ALIAS.match(entries[0][0].line) if task and len(entries) == 1 else None
    aliased = parse_invocation(alias.group("line")) if alias is not None else None
    if aliased is not None and aliased.command.split()[0] != "alias":
        return [(Invocation(aliased.command, aliased.flags, entries[0][0].line, aliased.piped), entries[0][1])]
    kept = []
    for invocation, line in entries:
        if invocation.command.split()[0] == "alias" and "=" in invocation.line:
            walk.unless_read(line, i18n._(
                "line {line}: the line defines an alias, a short name for another line; the text above does not "
                "say what it does, no card made from it"
            ).format(line=line))
        else:
            kept.append((invocation, line))
    return kept


def _running_program(walk: Walk, entries: list[tuple[Invocation, int]]) -> list[tuple[Invocation, int]]:
    """Of the lines of a block described once, in notes about one program (``tr``), those that run it when the
    others only show its input: ``cat test.txt`` beside ``cat test.txt | tr -cd aeiou`` prints the file the
    text is about to change, the text says what tr does."""
    program = walk.program
    if program is None or len(entries) < 2:
        return entries
    runs = re.compile(rf"(?:^|[|;&]\s*|\bsudo\s+){re.escape(program)}(?:\s|$)")
    shows = [entry for entry in entries if not runs.search(entry[0].line)
             and entry[0].command.split()[0] in _SHOWS_INPUT and not entry[0].piped]
    running = [entry for entry in entries if runs.search(entry[0].line)]
    if not running or not shows or len(running) + len(shows) != len(entries):
        return entries
    for _invocation, line in shows:
        walk.unless_read(line, i18n._(
            "line {line}: the line only shows the input of {program}, which the text above the block is about; "
            "no card made from it"
        ).format(line=line, program=program))
    return running


def _names_program(block: Para, invocation: Invocation) -> bool:
    """``block`` holds the program of ``invocation`` alone in a code span (`` `sips` 명령은 …``)."""
    program = invocation.command.split()[0]
    return any(span.kind == "code" and span.text.strip() == program for span in block.inline.spans)


def _names_program_only(block: Para, pending: PendingCode) -> bool:
    """What ``block`` quotes is only the program the lines above run (``… of `nc`:`` under ``nc <address> <port>``):
    no part of one line, every line of that program holds it."""
    programs = {invocation.command.split()[0] for invocation, _ in pending.entries}
    return all(span.text.strip() in programs for span in block.inline.spans if span.kind == "code")


def _quotes_above(block: Para, pending: PendingCode) -> bool:
    """Every code span of ``block`` (one at least) is a part of a line of the block above (a flag, a file's
    extension), and none is a command line of its own."""
    quoted = [span.text.strip() for span in block.inline.spans if span.kind == "code"]
    if not quoted or any(len(text) < 2 or " " in text for text in quoted):
        return False
    lines = [invocation.line for invocation, _ in pending.entries]
    return all(any(text in line for line in lines) for text in quoted)


def _runs_known(walk: Walk, invocation: Invocation) -> bool:
    """The line runs a program quizzer knows or the notes run (not a path or a line of what a run printed)."""
    program = invocation.command.split()[0]
    return program in PROGRAMS or program in (walk.program, walk.fenced_program) or program in walk.fenced_programs


_ADDRESS_UNDER = lazyre.pattern(r"^\s*>?\s*<?[a-z]+://\S+>?\s*$")  # "> https://…": an address alone on its line


_QUOTE_UNDER = lazyre.pattern(r"^\s*>\s*(\S.*)")  # "> …": a quote on the line right under an item


_PRINTED_HEAD = lazyre.pattern(r"^[A-Z][\w ]{2,40}:\s*$")  # "Summary of actions:", "Output:"


def _labels_quote(line: str) -> bool:
    """Whether an item is a label over the quote on ``line`` (its own content), not over a remark quote
    ("> Note: …", "> 참고: …") set beside it."""
    quote = _QUOTE_UNDER.match(line)
    return quote is not None and not _QUOTE_LABEL.match(quote.group(1))


_FLAG = lazyre.pattern(r"--?[A-Za-z][\w-]*")


def _two_flags(block: Para) -> list[tuple[str, str]] | None:
    """``- `-a` if auditd runs, `-d` if it does not``: each flag in code and its meaning, the first meaning ending
    in a comma; None for an item of another shape."""
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) != 4 or [span.kind for span in spans] != ["code", "text", "code", "text"]:
        return None
    first, second = spans[0].text.strip(), spans[2].text.strip()
    between, after = clean(spans[1].text), clean(spans[3].text)
    if not (_FLAG.fullmatch(first) and _FLAG.fullmatch(second) and between.endswith(",") and first != second):
        return None
    said = [(first, between.rstrip(",").strip()), (second, after)]
    return said if all(len(meaning.split()) >= 2 for _, meaning in said) else None


def _flag_of(said: str, invocation: Invocation) -> bool:
    """Whether ``said`` (``-l``, or a flag with its value: ``-f pathname``) is a flag ``invocation`` passes (with
    that value right after it)."""
    flag, _, value = said.partition(" ")
    if not value:
        return any(flag in split_flags(passed) or flag == passed for passed in invocation.flags)
    words = tokenize(invocation.line)
    return any(word == flag and words[n + 1 : n + 2] == (value,) for n, word in enumerate(words))


def _printed_by(walk: Walk, block: Code, typed: Invocation) -> bool:
    """A bare block (no info string) that opens like a program's report ("Summary of actions:") and holds
    no line of a command: what the line above printed."""
    if block.info.strip():
        return False
    rows = [text.strip() for _, text in block.lines if text.strip()]
    if not rows or not _PRINTED_HEAD.match(rows[0]):
        return False
    return not any(
        (invocation := parse_invocation(strip_prompt(row))) is not None and invocation.command.split()[0] in PROGRAMS
        for row in rows if looks_like_command(strip_prompt(row))
    )


_LONGEST_TASK = 3  # words of an item naming a task ("* Get contexts"), not glossing a line ("* 이미지를 90도 회전시킨다.")


def _names_task(block: Para) -> bool:
    """``- Get contexts``: a few words of plain text, no sentence, no code; the task of a block, not a gloss."""
    text = block.text.strip()
    return (
        not block.inline.has_code and 0 < len(text.split()) <= _LONGEST_TASK
        and not text.endswith((".", "다", "요", ":", "：", "!", "?"))
    )


def _labels_below(walk: Walk, block: Para) -> bool:
    """An item with blank lines either side of it, written as a label is (``* Get into``: a capital, no
    clause after a comma), may name the block below; one right under the block above (``- needs root``
    under its fence), lower-case (``- slow over wifi``) or a clause (``- it reloads …, so …``) is a remark
    on the block above as well, which is not sure."""
    text = block.text.strip()
    return (
        not (walk.written(block.line - 1) or "").strip()
        and not text[:1].islower()
        and ", " not in text and "，" not in text
    )


def _flag_alone(block: Para, invocation: Invocation) -> FlagDef | None:
    """``- `-o ldif-wrap=no` ``: an item of one code span, a flag (and its value) as the line writes it."""
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) != 1 or spans[0].kind != "code" or not spans[0].text.strip().startswith("-"):
        return None
    written = clean(spans[0].text)
    valued = _OPTION_VALUE.match(written)
    spellings = option_spellings(valued.group(1) if valued else written, bare_ok=False)
    words = tokenize(written)
    line = tokenize(invocation.line)
    if not spellings or not any(line[n : n + len(words)] == words for n in range(len(line))):
        return None
    return FlagDef(written, "", tuple(spellings)) if valued else FlagDef(spellings[0], "", tuple(spellings[1:]))


def _between(walk: Walk, block: Para) -> bool:
    """Warn about an item between two blocks whose block is not sure; it is read (True)."""
    walk.prose = None
    walk.unless_read(block.line, i18n._(
        "line {line}: an item between two code blocks, in notes that say after a block what it does; which "
        "block it speaks of is not sure, so no card made from it"
    ).format(line=block.line))
    return True


def _arguments(invocation: Invocation) -> tuple[str, ...]:
    """The words of a line after its command (``nginx`` in ``docker run -d --name web nginx``)."""
    return tokenize(invocation.line)[len(invocation.command.split()):]


def _first_sentence(walk: Walk, line: int, text: str) -> str:
    """A flag's gloss up to a second sentence that names a command of its own (``… Check the list with
    `ffmpeg -codecs`.``): one fact per card, the rest is warned."""
    stop = _SENTENCE_STOP.search(text)
    if stop is None:
        return text
    rest = text[stop.end() :]
    by_command = _BY_COMMAND.match(rest)
    invocation = parse_invocation(by_command.group("command")) if by_command else None
    if by_command and invocation is not None and invocation.command.split()[0].rsplit("/", 1)[-1] in PROGRAMS:
        # "Check all codecs by the command `ffmpeg -codecs`.": a fact of that command
        named = Invocation(invocation.command.rsplit("/", 1)[-1], invocation.flags, invocation.line, invocation.piped)
        walk.add_command(named, by_command.group("what"), line, reason="sentence: what it does, by the command …")
        return text[: stop.start()]
    for word in rest.split():
        invocation = parse_invocation(word)
        if invocation is not None and invocation.command.split()[0].rsplit("/", 1)[-1] in PROGRAMS:
            walk.skipped(line)
            return text[: stop.start()]
    return text


_SENTENCE_STOP = lazyre.pattern(r"\s*\.\s+(?=[A-Z])")


_BY_COMMAND = lazyre.pattern(r"^(?P<what>[A-Z][^.]*?)\s+(?:by|with|using|via)\s+(?:the\s+)?command\s+(?P<command>\S[^.]*(?:\.\w+)*)\s*\.?$")


def _glossed_flags(walk: Walk, pending: PendingCode, invocation: Invocation) -> None:
    """The notes of the ``-x: meaning`` bullets after the block whose line is ``invocation``."""
    # "- `--watch` - …" / "- `--watch-all` - …" after "deno --watch": a bullet of a flag the line does not use
    # makes the bullets a list of the program's options, not glosses of this line's flags
    written = tokenize(invocation.line)  # "-c:v" is written in the line though no flag parse_invocation keeps
    used = passed_flags(invocation) | set(written) | {token.split("=", 1)[0] for token in written}
    listed = any(d.flag not in used and not used & set(d.also) for _, d in pending.flags)
    for flag_line, d in pending.flags:
        if listed:
            walk.add_option([d.flag, *d.also], d.meaning, invocation.command, flag_line,
                            reason="`-x: meaning` bullets after a code block, a list of its options")
        else:
            walk.add_flag(d, invocation, flag_line, reason="`-x: meaning` bullet after a code block")


def settle(walk: Walk) -> None:
    """Describe the pending command lines with what came after them, or the prose above."""
    pending, walk.pending = walk.pending, None
    if pending is None:
        return
    flag = walk.heading_flag
    if flag and any(flag in invocation.flags for invocation, _ in pending.entries):
        walk.flag_examples.extend(invocation for invocation, _ in pending.entries)
        if pending.bullets and len(pending.entries) == 1 and part_bullets.read(walk, pending.entries[0][0], pending.bullets):
            # "### -s : 구분자 옵션" / "$ seq -s ", " 1 3" / "- `1 3` : …": the bullets gloss words of the line
            _glossed_flags(walk, pending, pending.entries[0][0])
            return
        if pending.bullets:
            examples = walk.flag_examples
            commands = {example.command for example in examples}
            command = commands.pop() if len(commands) == 1 else examples[0].command.split()[0]
            walk.add(
                Kind.FLAG,
                term=flag,
                front=flag,
                back="\n".join(text for _, text in pending.bullets),
                command=command,
                line=pending.bullets[0][0],
                answers=(flag,),
                context=examples[0].line,
                reason="heading naming a flag, its examples and bullets",
            )
            walk.heading_flag = None
        return
    invocation, line = pending.entries[0]
    if pending.points and pending.prose:
        pointed_blocks.unsaid(walk, pending)  # "… run the following command:" and nothing under the block
    if (
        pending.prose and pending.bullets and pending.prose_is_heading and "\n" not in pending.prose
        # "#### 지워질 파일을 미리 확인하려면?" asks for the task the line does: the bullets tell what came of it
        and asked_task(pending.prose) == pending.prose
    ):
        pending.prose = None  # "### create (Deployment)": the bullets say more than the heading
    if pending.quoted:
        pending.prose = None  # "> … 하는 코드" under the block says what this line does; the text above, the topic
    if pending.quoted and (pending.output or pending.printed):
        # "> 아직 등록된 것이 없습니다." under a run and what it printed: a remark on the output shown, not what the
        # line does
        walk.warn(pending.bullets[0][0], i18n._(
            "line {line}: the quote under the block remarks on what '{command}' printed there, not what it does; "
            "not made a card"
        ).format(line=pending.bullets[0][0], command=invocation.line))
        pending.bullets = []
    if pending.prose:
        for bullet_line, text in pending.bullets:
            if after_options.read(walk, pending.entries, bullet_line, text):
                continue  # "- `--any` option - …": what one option of the line does there
            # the text above says what the block does; bullets after it remark on it (its output, a
            # caveat, what to try next) or belong to what follows
            walk.warn(bullet_line, i18n._(
                "line {line}: '{text}' follows the command '{command}', which the text above it already "
                "describes; not made a card"
            ).format(line=bullet_line, text=text, command=invocation.line))
    elif pending.bullets and pending.printed and output_fields.read(walk, invocation, pending.bullets, pending.printed):
        pass  # "$ time make" / "real 0m2.0s" / "- `real`: 걸린 시간": each bullet says what a field of the output is
    elif pending.bullets and pending.printed and any(
        transcripts.quotes_output(text, pending.printed, invocation.line) for _, text in pending.bullets
    ):
        # "- At 09:42 a kill request came for JobId=7…" under "$ grep 7… slurmctld.log" and its log lines:
        # the bullets read what the run printed, they do not say what the command does
        walk.warn(pending.bullets[0][0], i18n._(
            "line {line}: the bullets after the block tell what the command '{command}' printed there, not what "
            "it does; not made a card"
        ).format(line=pending.bullets[0][0], command=invocation.line))
    elif pending.bullets and (told := part_bullets.options(walk, pending.bullets)) is not None:
        pending.flags.extend(told)  # "- `-a` 옵션은 …" / "- `-u` 옵션은 …": each an option's fact, as "- `-a`: …" is
    elif pending.bullets and part_bullets.read(walk, invocation, pending.bullets):
        pass  # "- `ps`는 …" / "- `aux`는 …": each bullet glosses one word of the line, a note of its own
    elif pending.bullets:
        walk.add_command(
            invocation, "\n".join(text for _, text in pending.bullets), line, reason="bullets after its code block"
        )
    _glossed_flags(walk, pending, invocation)
    if pending.prose:
        task = pending.prose_is_heading and "\n" not in pending.prose and says_own_task(pending.prose)
        entries = _running_program(walk, _not_definitions(walk, pending.entries, task=task))
        if pending.prose_is_heading and asked_flags.read(walk, pending.prose, entries):
            return  # "### 숨김 파일도 보고 싶다면?" / "- `-a` 옵션을 추가하여 실행": the flag does the task asked
        if flag_using.read(walk, pending.prose, entries):
            return  # "-b 옵션을 사용하면 …" over the one line passing -b: what the flag does, not the line
        for invocation, line in entries:
            walk.add_command(invocation, label_tags.without_tag(pending.prose, invocation.line), line,
                             reason=ABOVE_BLOCK)
