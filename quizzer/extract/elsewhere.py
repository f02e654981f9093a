"""A gloss, or the tail of one, about something other than what its line does (pure).

``mount -o subvolid=5 /dev/sdc1 /srv  # use lsblk -f to find the labels``: the comment tells which other
program to run (one the line does not run) and for what.  It says nothing of what the line itself does, so
the readers warn about it instead of making it the line's card.  So does a case and the line to type in it
instead (``source ~/.zshrc  # bash를 쓴다면 source ~/.bashrc 실행``, ``# if you use fish, source config.fish``).

``tar … | pv -s 20G > srv.tar  # with a progress bar, -s 20G = twenty gigabytes``: the gloss says what the line
does, then what one of its flags (and value) means there, a fact of its own; the card keeps the first part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizzer import lazyre
from quizzer.extract.knowledge import PROGRAMS
from quizzer.shell import Invocation, looks_like_command, parse_invocation, tokenize
from quizzer.text import HANGUL, clean

__all__ = ["FlagTail", "Instead", "flag_tail", "instead_command", "other_command"]

# "use lsblk -f to see the labels", "run `blkid` for the UUIDs", "try e2label to read it"
_USE_OTHER = lazyre.pattern(r"^(?:use|run|try)\s+`?(?P<command>[^`]+?)`?\s+(?:to|for)\s+\S", re.IGNORECASE)


def other_command(gloss: str, invocation: Invocation) -> str | None:
    """The command line ``gloss`` says to use instead, when it runs a known program ``invocation`` does not."""
    match = _USE_OTHER.match(gloss.strip())
    typed = match.group("command") if match else ""
    other = parse_invocation(typed) if match and looks_like_command(typed) else None
    if other is None:
        return None
    program = other.command.split()[0]
    if program not in PROGRAMS or program in tokenize(invocation.line):
        return None
    return clean(typed)


# the case a gloss opens with: "bash를 쓴다면 ", "zsh가 아닐 경우엔 ", "If you use fish, ", "otherwise "
_CASE = lazyre.pattern(
    rf"(?:(?:경우|때)(?:에는|엔|에|는)?|[다라으하않이]면)\s+|(?:^|\s)(?:if|when|unless|otherwise)\b[^,]*?(?:,\s*|\s+(?=\S))",
    re.IGNORECASE,
)
# a command line written in the gloss, up to the Korean particle or word after it ("source ~/.bashrc를 사용")
_TYPED_IN_GLOSS = lazyre.pattern(rf"`?(?P<line>[a-z][\w.-]*(?:\s+[^\s{HANGUL}`]+)+?)`?(?=[{HANGUL}]|\s+[{HANGUL}]|\s*[.,;)]?\s*$)")
_ARGUMENT = lazyre.pattern(r"\s[-~/.$]|[/=]")


@dataclass(frozen=True)
class Instead:
    head: str  # what the line does, said before the case ("" when the gloss starts with the case)
    tail: str  # the case and the line to type in it
    line: str  # that other line


# where a case said after what the line does begins: "(", ";", ",", " - "
_BEFORE_CASE = lazyre.pattern(r"\s*(?:[(;,]|\s[-–—]\s)\s*(?:(?:or|또는|혹은)\s+)?")


def instead_command(gloss: str, invocation: Invocation) -> Instead | None:
    """The command line ``gloss`` says to type in some case instead of ``invocation``'s line (``zsh가 아니면
    source ~/.bashrc 사용`` after ``source ~/.zshrc``): a case, then a line of a known program or of the line's own
    that is not the line itself; what the gloss says before the case (``설정 다시 읽기 (bash라면 source ~/.bashrc)``,
    ``stop the job; if it hangs, kill -9 %1``) is kept as its head.  None when the gloss names no case or no other
    line."""
    text = gloss.strip()
    case = _CASE.search(text)
    if case is None:
        return None
    own = invocation.command.split()[0]
    for start in (word.start() for word in re.finditer(r"(?<!\S)\S", text[case.end() :])):
        found = _TYPED_IN_GLOSS.match(text, case.end() + start)
        if found is None:
            continue
        typed = found.group("line").rstrip(".,;")
        if typed.count(")") > typed.count("("):
            typed = typed[: typed.rindex(")")].rstrip()  # "(bash라면 source ~/.bashrc)": the aside's bracket
        words = typed.split()
        # the line's own program, or a known one given a path or a flag ("file is missing" is English)
        if not words or "," in typed or words[0] != own and (words[0] not in PROGRAMS or not _ARGUMENT.search(typed)):
            continue
        if looks_like_command(typed) and " ".join(words) != " ".join(invocation.line.split()):
            cuts = list(_BEFORE_CASE.finditer(text, 0, case.start()))
            head = text[: cuts[-1].start()].strip() if cuts else ""
            tail = text[cuts[-1].end() :].strip() if cuts else text
            return Instead(head, tail.rstrip(")").strip() if head and text.endswith(")") else tail, clean(typed))
    return None


# "with progress, -s 10G = ten gigabytes": what the line does, then what one of its flags (and value) means there
_FLAG_VALUE_TAIL = lazyre.pattern(r"^(?P<head>\S.*?)\s*[,;]\s*(?P<flag>--?[A-Za-z][\w-]*)(?:\s+[^\s=]+)?\s*=\s*\S")


@dataclass(frozen=True)
class FlagTail:
    head: str  # what the line does
    tail: str  # "-s 10G = ten gigabytes"
    flag: str


def flag_tail(gloss: str, invocation: Invocation) -> FlagTail | None:
    """The gloss split before a tail that glosses one flag the line passes; None when it has no such tail."""
    match = _FLAG_VALUE_TAIL.match(gloss.strip())
    if match is None or match.group("flag") not in tokenize(invocation.line):
        return None
    return FlagTail(match.group("head"), gloss.strip()[match.end("head") :].strip(" ,;"), match.group("flag"))
