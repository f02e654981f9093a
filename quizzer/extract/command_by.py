"""``\\`X\\` 명령으로 Y``: a command line, then what it does, said in one Korean clause (pure).

``- `sudo fuser -k 80/tcp` 명령으로 80포트를 쓰는 프로세스를 없앤다.``: the item names the command line and
says it is a command ("명령으로", "명령어를 이용해"), then what is done with it.  One command note: the
line → the clause after it.  Only when the code span opens the item and parses as a command line; the
words "명령(어)" are the evidence that it is one, whatever the program.  An item of a bulleted list of
one sentence: a numbered item is a step, and several sentences say more than what the line does.

Without "명령" the line itself must be the evidence (:func:`read` too): ``- powershell에서 `wsl --shutdown`으로
wsl을 완전종료한다.``, ``- 재부팅 후 `$ htop`으로 메모리가 잡혔는지 확인한다.``: the code span, right before
"(으)로", is a line of a program quizzer knows or the notes are about, or passes a flag; before it the item may say
where or when (a few words ending in 에서, 후, 뒤 or 다음).  A ``$`` glued to the program's name is the prompt.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract import own_programs
from quizzer.extract.knowledge import COMMAND_NOUN_KO, SEQUENCE_WORDS_KO
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, strip_prompt

__all__ = ["PLAIN_REASON", "REASON", "read", "where_or_when"]

REASON = "command line, then 명령으로 and what it does"
PLAIN_REASON = "command line, then (으)로 and what it does"

_SENTENCE_BREAK = lazyre.pattern(r"[.!?]\s+\S")
_BY = lazyre.pattern(
    rf"^\s*{COMMAND_NOUN_KO}\s*(?:(?:으로|로)|(?:를|을)\s*(?:이용하여|이용해서?|사용하여|사용해서?|통해서?|써서))\s+(?P<what>\S.*)$"
)

# "(으)로 wsl을 완전종료한다": the particle right after the code span, then what is done
_PLAIN_BY = lazyre.pattern(r"^(?:으로|로)\s+(?P<what>\S.*)$")
# "powershell에서 ", "wsl 재실행 후, ": where or when, a few words before the code span
_WHERE_WHEN = lazyre.pattern(r"^\s*\S+(?:\s+\S+){0,3}?(?:에서|\s후|\s뒤|\s다음)\s*,?\s*$")


def where_or_when(text: str) -> bool:
    """"powershell에서 ", "재부팅 후 ": where or when the line is typed; "그 다음 " joins the item to the step before."""
    return bool(_WHERE_WHEN.match(text)) and text.strip().rstrip(",").strip() not in SEQUENCE_WORDS_KO


def read(walk: Walk, block: Para) -> bool:
    """The command note of ``block`` when it is ``\\`line\\` 명령으로 what it does``; False otherwise."""
    if not block.lists or block.lists[-1].ordered:
        return False  # an item of a bulleted list: a numbered one is a procedure's step (read as one)
    if not block.inline.has_code or not block.inline.one_line:
        return False  # no code span to lead the item (most items: asked before the spans are sorted)
    spans = [span for span in block.inline.spans if span.text.strip()]
    lead = len(spans) >= 3 and spans[0].kind == "text" and spans[1].kind == "code" and where_or_when(spans[0].text)
    if lead:
        spans = spans[1:]  # "powershell에서 `wsl --shutdown`으로 …": where it is typed, then the line
    if len(spans) < 2 or spans[0].kind != "code":
        return False
    if any(span.kind == "code" for span in spans[1:]):
        return False  # "… 확인 가능, `ping host`으로 …": another command in the clause, whose fact is which is not sure
    rest = "".join(span.text for span in spans[1:])
    by = _BY.match(rest) if not lead else None
    plain = _PLAIN_BY.match(rest) if by is None else None
    match = by or plain
    if match is None:
        return False
    typed = strip_prompt(spans[0].text.strip())
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None:
        return False
    if plain is not None:
        if not own_programs.runs(walk, invocation):
            return False  # "`backup.sh`로 옮긴다": a name, not surely a line to run
    what = strip_markers(match.group("what")).strip()
    if not what or _SENTENCE_BREAK.search(what) or len(what.split()) < 2:
        return False  # "명령으로 실행한다. i 옵션의 …": several sentences, or one word that says only that it runs
    walk.add_command(invocation, what, block.line, reason=REASON if plain is None else PLAIN_REASON)
    return True
