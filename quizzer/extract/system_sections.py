"""One task, a section for each system: the line of each section does the task there (pure).

    # 파일 관리자에서 폴더 열기

    터미널에서 파일 관리자로 원하는 폴더를 열 수 있다. 운영체제마다 명령어가 다르다.

    ## Windows
    ```
    C:\\> explorer {DIR}
    ```
    ## macOS
    ```
    $ open {DIR}
    ```

The notes' title names a task (a verb's -기 form, an English imperative); every heading one level below it
names an operating system, two of them at least; the block under each holds one command line.  Each line
does the title's task on its system: a command note, the system as its context.  What it does is said by the
first sentence right under the title when that sentence restates the title (most of the title's words are in
it: the author's own wording, at its line), else by the title.  A system heading over anything else still
says only where the lines run (:func:`quizzer.extract.block_headings.system_heading`).
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.block_headings import task_title
from quizzer.extract.knowledge import FUNCTION_WORDS, SYSTEMS, names_system
from quizzer.extract.sentences import split_sentences
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation
from quizzer.text import clean, has_hangul

__all__ = ["REASON", "read"]

REASON = "a system's line under the notes' task title"
_HEADING = lazyre.pattern(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_PARAGRAPH_START = lazyre.pattern(r"^\s{0,3}(?:[-*+>#|]|```|~~~|\d+[.)]\s)")
_WORD = lazyre.pattern(r"\w+")
_COMMENT = lazyre.pattern(r"^\s*(?:#|//)")


def _headings(walk: Walk) -> list[tuple[int, int, str]]:
    """The document's headings as (line, level, text), outside code blocks."""
    found, fenced = [], False
    for n, text in enumerate(walk.source, start=1):
        if text.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and (match := _HEADING.match(text)):
            found.append((n, len(match.group(1)), clean(match.group(2))))
    return found


def _system(text: str) -> bool:
    return names_system(text) or text.strip().casefold() in SYSTEMS


def _restates(sentence: str, title: str) -> bool:
    """Most of the title's words start a word of ``sentence``: a Korean word's first two syllables (its stem, "경로" in
    "경로를"), an English word whole ("folder" in "folders"; "a", "from" and the like are no words of the title's)."""
    words = [word[:2] if has_hangul(word) else word for word in _WORD.findall(title.casefold())
             if word not in FUNCTION_WORDS]
    said = _WORD.findall(sentence.casefold())
    return bool(words) and sum(any(other.startswith(word) for other in said) for word in words) * 2 > len(words)


def _task(walk: Walk, title: str, line: int) -> tuple[str, int]:
    """What the lines do, and its line: the first sentence under the title when it restates it, else the title."""
    at = line + 1
    while (text := walk.written(at)) is not None and not text.strip():
        at += 1
    if text is None or _PARAGRAPH_START.match(text):
        return title, line
    sentence = split_sentences(clean(text))[0]
    return (sentence, at) if _restates(sentence, title) else (title, line)


def read(walk: Walk, lines: Sequence[tuple[int, str]]) -> bool:
    """A command note of the one line of a block (``lines``, its prompts taken off) under a system heading of
    notes of that shape; False when they are not."""
    if len(walk.sections) != 2 or walk.sections[0].level != 1 or not _system(walk.sections[1].text):
        return False
    title = walk.sections[0].text
    if not task_title(title):
        return False
    headings = _headings(walk)
    titles = [(n, text) for n, level, text in headings if level == 1]
    below = [text for _, level, text in headings if level == walk.sections[1].level]
    if len(titles) != 1 or len(below) < 2 or not all(map(_system, below)) or not any(map(names_system, below)):
        return False  # ("## Windows" names a system beside "## macOS"; alone, the word may be a program's windows)
    typed = [text.strip() for _, text in lines if text.strip() and not _COMMENT.match(text)]
    invocation = parse_invocation(typed[0]) if len(typed) == 1 else None
    if invocation is None:
        return False
    task, line = _task(walk, title, titles[0][0])
    walk.add_command(invocation, task, line, context=walk.sections[1].text, reason=REASON)
    return True
