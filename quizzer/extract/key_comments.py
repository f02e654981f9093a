"""A comment over a line that says a key or an operator of the line does it (pure).

``# 명령 실행 후 ctrl+z 로 잡을 멈춘다`` over ``sleep 10``, ``# run it, then press Ctrl+Z to suspend it``: the line
is only run first, and the key pressed while it runs does what the comment says; the fact is the key's.  When the
part before the key says what the line does (``# 로그를 실시간으로 보기, ctrl+c 로 종료`` over ``tail -f …``), the
comment is the line's and the key a remark in it.  ``# & 백그라운드로 실행`` over ``sleep 100 &``: the comment names
the line's trailing operator first (``# &: 백그라운드 실행``, a colon after it as after a term); the fact is the
operator's.  ``# nohup(no hang up): 세션이 끝나도 계속 실행`` over ``nohup job &``: the comment names the line's program
first, as a term before its colon (what the name stands for in parentheses); what follows the colon is what the line
does.  What a key is, :func:`knowledge.is_key_chord` says.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import COMMAND_NOUN_KO, is_key_chord

__all__ = ["key_said", "operator_said", "program_said"]

# "ctrl+z 로 …", "Ctrl-C 를 눌러 …", "ctrl+d 키로 …": the words before it may be the key, then what it does
_KOREAN_MEANS = lazyre.pattern(r"\s*(?:키)?\s*(?:로|으로|[을를]\s*눌러서?|눌러서?)\s+(?=\S)")
# "press Ctrl+Z to suspend it", "hit ctrl-c to stop it"
_ENGLISH = lazyre.pattern(r"\b(?:press|hit|type)\s+(?P<key>\S.{0,28}?)\s+to\s+(?=\S)", re.IGNORECASE)
# a step done first, before the key: "명령 실행 후", "실행 중에", "run it, then", "start the command and"
_THEN = lazyre.pattern(r"\s*(?:후|다음|뒤|중에|동안|,|then|and|while)\s*$", re.IGNORECASE)
_ONLY_RUN = lazyre.pattern(
    rf"(?:(?:{COMMAND_NOUN_KO}|위\s*명령어?)\s*)?(?:실행|입력|수행)(?:\s*한|하고)?|(?:run|start|launch)(?:\s+(?:it|this|the\s+command))?",
    re.IGNORECASE,
)


def _only_runs(before: str) -> bool:
    """Nothing before the key, or only the line's own run ("명령 실행 후", "run it, then")."""
    before = before.strip()
    while True:
        cut = _THEN.sub("", before)
        if cut == before:
            break
        before = cut.strip()
    return not before or _ONLY_RUN.fullmatch(before) is not None


def key_said(comment: str) -> tuple[str, str] | None:
    """The key a comment says to press and what it does then, or None when it names no key so or the key is a
    remark beside what the line does."""
    for means in _KOREAN_MEANS.finditer(comment):
        words = comment[: means.start()].split()
        for count in (3, 2, 1):
            key = " ".join(words[-count:])
            if len(words) >= count and is_key_chord(key):
                rest = comment[means.end():].rstrip(" .")
                return (key, rest) if _only_runs(" ".join(words[:-count])) else None
    found = _ENGLISH.search(comment)
    if found is not None and is_key_chord(found.group("key")) and _only_runs(comment[: found.start()]):
        return found.group("key"), comment[found.end():].rstrip(" .")
    return None


# shell operators a comment may gloss by starting with them: "& 백그라운드로 실행", "| 앞의 출력을 넘김", and with
# a colon after the operator as after a term ("&: 백그라운드 실행")
_OPERATOR = lazyre.pattern(r"^(?P<op>&&|\|\||&|\||>>|>|2>&1|<)(?:\s*[:：])?\s+(?P<rest>\S.*)$")


def operator_said(comment: str, line: str) -> tuple[str, str] | None:
    """The operator a comment starts with, and what it does, when ``line`` ends with that operator; else None."""
    found = _OPERATOR.match(comment.strip())
    if found is None or line.split()[-1:] != [found.group("op")]:
        return None
    return found.group("op"), found.group("rest").rstrip(" .")


# "nohup(no hang up): …", "rsync: …": a program's name, maybe the words it stands for in parentheses, then a colon
_PROGRAM_TERM = lazyre.pattern(r"^(?P<name>[A-Za-z][\w.+-]*)\s*(?:\((?P<words>[^()]+)\))?\s*[:：]\s+(?P<rest>\S.*)$")


def program_said(comment: str, program: str) -> tuple[str | None, str] | None:
    """What a comment naming ``program`` (the line's) first, as a term before a colon, says the line does, and the
    words in parentheses after the name (None when there are none); None when the comment starts otherwise."""
    found = _PROGRAM_TERM.match(comment.strip())
    if found is None or found.group("name") != program:
        return None
    words = found.group("words")
    return (words.strip() if words else None), found.group("rest").rstrip()
