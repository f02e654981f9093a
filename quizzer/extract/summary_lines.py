"""A page's front matter saying what the program its title names does (pure).

Wiki and blog generators keep a page's title and a one-line summary in its YAML front matter::

    ---
    title   : du 명령어
    summary : 디렉토리의 사용량을 보여준다
    ---

When the title is one program's name (alone, or with 명령어/command after it) and quizzer knows it or the
page's code blocks run it, the summary is what that program does: a command note, at the summary's line.  A
summary naming the program or another its code blocks run ("zip은 압축, unzip은 압축 해제") tells of more than one
thing, or of another program: warned, no card; so is a summary that says no doing ("My notes from the course": what
the page is).  Nor is one made when the page already has a card of the bare program: the two
would join.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import (
    ARTICLES, COMMAND_WORDS_KO, KIND_WORDS_EN, KIND_WORDS_KO, LABEL_ADJECTIVES, PRONOUNS, PROGRAMS, says_doing,
    states_doing_ko,
)
from quizzer.extract.model import Kind, note_key
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean, has_hangul, nfc

__all__ = ["REASON", "read"]

REASON = "the front matter's summary of the program its title names"
_FRONT_MATTER = lazyre.pattern(r"\A---\r?\n(.*?\r?\n)---\r?\n", re.DOTALL)
_FIELD = lazyre.pattern(r"^(?:summary|description)[ \t]*:[ \t]*[\"']?(?P<text>.*?)[\"']?[ \t]*\r?$", re.MULTILINE)
_TITLE = lazyre.pattern(r"^[ \t]*(?P<name>[a-z][\w.+-]*)(?:[ \t]+(?:명령어|명령|커맨드|command))?[ \t]*$", re.IGNORECASE)
_WORD = lazyre.pattern(r"[A-Za-z][A-Za-z0-9.+-]*")
_BREADCRUMB = lazyre.pattern(r"\s[>»|/]\s")  # "Linux > Tools", "Docs / CLI"


def _says_doing(summary: str) -> bool:
    """``디렉토리의 사용량을 보여준다``, ``estimate file space usage``: what is done, or what kind of program it is
    (``이미지 처리 명령어``); not what the page is (``My notes from the course``, ``Linux > Tools``, ``리눅스 강좌 3주차``)."""
    last = summary.rstrip(".").split()[-1].casefold()
    if last in KIND_WORDS_EN or any(last.endswith(word) for word in KIND_WORDS_KO | COMMAND_WORDS_KO):
        return True
    if has_hangul(summary):
        return says_doing(summary) or states_doing_ko(summary.rstrip(".") + ".")
    if _BREADCRUMB.search(summary):
        return False  # "Linux > Tools": where the page sits on its site
    first = summary.split()[0]
    if first[:1].isupper():
        return says_doing(summary)  # "Displays the last part …"; not "Notes from the course", "Week 3 notes"
    return first.casefold() not in ARTICLES | LABEL_ADJECTIVES | PRONOUNS  # a man page's "print sequences of numbers"


def read(walk: Walk, text: str) -> None:
    """A command note of the title's program from the front matter's summary of ``text``, when there is one."""
    head = _FRONT_MATTER.match(text)
    named = _TITLE.fullmatch(walk.titled or "")
    if head is None or named is None:
        return
    program = named.group("name").lower()
    if program not in PROGRAMS and program != walk.fenced_program and program not in walk.run_programs:
        return
    said = _FIELD.search(head.group(1))
    summary = clean(nfc(said.group("text"))) if said else ""
    if not summary:
        return
    line = head.group(1).count("\n", 0, said.start()) + 2  # type: ignore[union-attr]
    if any(word.lower() == program or word.lower() in walk.run_programs for word in _WORD.findall(summary)):
        walk.warn(line, _(
            "line {line}: the summary '{summary}' names a program itself; what {program} does is not sure, no card "
            "made from it"
        ).format(line=line, summary=summary, program=program))
        return
    if not _says_doing(summary):
        walk.warn(line, _(
            "line {line}: the summary '{summary}' does not say what {program} does; no card made from it"
        ).format(line=line, summary=summary, program=program))
        return  # "description: My notes from week 3": what the page is, not what the program does
    if note_key(walk.deck, Kind.COMMAND, program, program) in walk.notes:
        return  # a card of the bare program already: the summary would join it
    sections, walk.sections = walk.sections, []  # read after the walk: the page's, under none of its headings
    walk.add(Kind.COMMAND, term=program, front=program, back=summary, command=program, line=line, reason=REASON)
    walk.sections = sections
