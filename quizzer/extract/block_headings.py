"""Which heading over a code block says what its lines do (pure).

The text right above a block is read first (:mod:`quizzer.extract.code`); when there is none, or it is only a
label, the heading of the block's section may say what the lines do: not when it names the system they run on
(``## Ubuntu 24.04``), is a lone word or a label (``## Examples``), or is the notes' title (their one level-1
heading, a topic: ``# Publisher/Subscriber``), and through a usage line and an example label
(``### Create archive`` / ``7zz a ZIP SOURCE`` / ``e.g.`` / the block) as through nothing.  A sentence between them
that only names the line's program as the means of the heading's task (``### jq 설치`` / ``brew를 이용해서 설치한다.``
/ ``brew install jq``) says less than the heading: the heading says what the line does (:func:`by_means`).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract import helpblock
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import EXAMPLE_WORDS, IMPERATIVES, is_label, is_label_phrase, names_system
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import parse_invocation, strip_prompt
from quizzer.text import HANGUL

__all__ = ["ONE_WORD", "by_means", "heading_over_sentence", "heading_over_usage", "notes_title", "system_heading", "task_title"]

#: A lone word ("## Show", "> Output"): a topic or a label, rarely what a block's lines do.
ONE_WORD = lazyre.pattern(r"[A-Za-z][\w-]*")
_SECTION_HEADING = lazyre.pattern(r"^\s{0,3}#{2,6}\s+\S")


# "brew를 이용해서 설치한다.", "apt로 설치합니다": the program, as the means, then the verb of the task (its noun + 하다)
_BY_MEANS = lazyre.pattern(
    rf"^`?(?P<program>[a-z][\w.+-]*)`?\s*(?:(?:를|을)\s*(?:이용|사용)(?:해서|하여|해)|(?:으로|로)(?:\s*써)?)\s+"
    rf"(?P<task>[{HANGUL}]+)(?:한다|합니다|하면\s*된다|하면\s*됩니다|하자)\.?$"
)


def by_means(sentence: str, heading: str | None, program: str) -> bool:
    """``sentence`` only names ``program`` (the line's) as the means of the task ``heading`` ends with (``brew를
    이용해서 설치한다.`` under ``### jq 설치``): the heading says more of what the line does."""
    found = _BY_MEANS.match(sentence.strip())
    return (
        heading is not None and found is not None and found.group("program") == program
        and heading.split()[-1] == found.group("task") and len(heading.split()) > 1
    )


def heading_over_usage(walk: Walk, block: Code) -> str | None:
    """The heading of a section that is a usage line, an example label ("e.g.") and ``block``, its example, when the
    block runs the usage line's command: the heading says what the example does as it says what the usage does."""
    if not walk.sections or walk.heading_block != walk.block - 3:
        return None
    above = block.line - 1
    while above > 0 and not (walk.written(above) or "").strip():
        above -= 1
    label = (walk.written(above) or "").strip()
    if label.rstrip(":：.").casefold() not in EXAMPLE_WORDS or (walk.written(above - 1) or "").strip():
        return None  # (one line of its own, "e.g.", "Example:")
    # the block between holds one line, a usage line (helpblock.USAGE) of the example's program
    between = [
        text.strip() for text in (walk.written(n) or "" for n in range(walk.heading_line + 1, above))
        if text.strip() and not text.lstrip().startswith(("```", "~~~"))
    ]
    usage = helpblock.USAGE.match(strip_prompt(between[0])) if len(between) == 1 else None
    lines = [text for _, text in block.lines if text.strip()]
    invocation = parse_invocation(strip_prompt(lines[0])) if len(lines) == 1 else None
    if usage is None or invocation is None or invocation.command.split()[0] != usage.group("program"):
        return None
    return walk.sections[-1].text


def system_heading(walk: Walk, block: Code, name: str) -> None:
    """Warn that the heading over ``block`` (``### Ubuntu 22.04`` over ``sudo apt install -y virtualbox``) says where its
    lines run, not what they do."""
    walk.unless_read(block.line, _(
        "line {line}: the heading above names the system the block runs on ('{name}'), not what its lines do; "
        "no card made from it"
    ).format(line=block.line, name=name))


def heading_over_sentence(walk: Walk) -> str | None:
    """The heading right above the sentence over the block, when it can say what the block's lines do: not the
    system they run on ("## Ubuntu 24.04"), a lone word or a label ("## Examples", "## Warning"), or the notes'
    title (their one level-1 heading)."""
    if not walk.sections or walk.heading_block != walk.block - 2:
        return None
    heading = walk.sections[-1].text
    if (
        names_system(heading) or ONE_WORD.fullmatch(heading) or is_label(heading) or is_label_phrase(heading)
        or len(walk.sections) == 1 and walk.sections[0].level == 1
    ):
        return None
    return heading


# "우분투에서 방화벽 켜기", "용량 줄이기", "도커 설치": a title ending in what to do (a verb's -기 form, or such a
# noun); "맥북 사용 후기", "적응기", "일기" end in 記, a kind of writing, not in a verb's stem
_TASK_TITLE_KO = lazyre.pattern(
    rf"[{HANGUL}]*[하되켜끄보열닫쓰읽찾넣빼받주두걸풀들이리우치꾸르기내오가잡붙끊]기|(?:설치|삭제|제거|생성|실행|변경)(?:하기)?"
)


# "… 파일 형식에 대한 문자열 표현", "…에 관한 정리": a noun said to be about something, a subject
_ABOUT_TITLE = lazyre.pattern(r"에\s*(?:대한|관한)\s+\S")


def task_title(title: str) -> bool:
    """``Free disk space used by Docker``, ``우분투에서 방화벽 켜기``: a title naming the task its notes do, which
    the block under it does; not a topic (``Docker``, ``Publisher/Subscriber``, ``쿠버네티스 정리``)."""
    words = title.split()
    return len(words) > 1 and (words[0].casefold() in IMPERATIVES or _TASK_TITLE_KO.fullmatch(words[-1]) is not None)


def notes_title(walk: Walk, block: Code) -> bool:
    """The block is right under the notes' title (their one level-1 heading, the first; a topic, not a task),
    and sections of lower headings follow it further down, or the title says what the notes are about
    (``리눅스 ls 명령어 내 파일 형식에 대한 문자열 표현``: a subject, whatever follows)."""
    if len(walk.sections) != 1 or walk.sections[0].level != 1 or walk.heading_block != walk.block - 1:
        return False
    if task_title(walk.sections[0].text):
        return False
    if _ABOUT_TITLE.search(walk.sections[0].text):
        return True
    at = (block.lines[-1][0] if block.lines else block.line) + 1
    while (text := walk.written(at)) is not None:
        if _SECTION_HEADING.match(text):
            return True
        at += 1
    return False
