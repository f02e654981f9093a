"""Text above a block saying what using one of its line's flags does (pure).

::

    이럴 땐 -d 옵션을 사용하면 서버가 뒤에서 돌고, 터미널을 닫아도 계속 실행된다.

    ```
    server -d --port 8080
    ```

The text names a flag (``-d 옵션을 사용하면``, ``… 쓰면``, ``… 주면``, ``… 붙이면``) and says what happens then: that
is what the flag does, not what the whole line does.  When the block is one command line that passes the flag,
a careful reader makes one flag card (the flag → the words after ``사용하면``, the line as its context), and no
command card of the line from that text.

A comment after a line may say what the line does and then, in a sentence of its own, what giving one of the
flags it passes does (``fc -ln -1  # 마지막 명령어를 보기. -ln 옵션을 붙이면 숫자를 생략.``): two facts, the line's and the
flag's (:func:`tail`), never one card joining them.

The text may also open with the flag as its topic and say what it does (``> `-a` 옵션은 모든 경로에서
찾습니다.``), over a block of the plain line and the line passing the flag (``which ls`` / ``which -a ls``): the
flag card is of the one line that passes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizzer import lazyre
from quizzer.extract.knowledge import GIVING_VERBS_KO, names_pattern, says_doing, states_doing_ko
from quizzer.extract.sentences import split_sentences
from quizzer.extract.terms import FlagDef
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, passed_flags
from quizzer.text import clean

__all__ = ["REASON", "Tail", "read", "tail"]

REASON = "text above its code block saying what one of its flags does"

_USING = lazyre.pattern(
    rf"(?:^|\s)`?(?P<flag>--?[A-Za-z][\w-]*)`?\s*옵션(?:을|를)?\s*{names_pattern(GIVING_VERBS_KO)}\s*,?\s*(?P<rest>\S.*)$"
)
# "`-a` 옵션은 모든 경로에서 찾습니다.": the flag as the sentence's topic, then what it does
_TOPIC = lazyre.pattern(r"^`?(?P<flag>--?[A-Za-z][\w-]*)`?\s*옵션(?:은|는)\s+(?P<rest>\S.*)$")


def read(walk: Walk, prose: str, entries: Sequence[tuple[Invocation, int]], *, said: int | None = None) -> bool:
    """A flag note from ``prose`` over the one line of ``entries`` that passes the flag; False when not that.
    ``said``: the line of ``prose``, the note's line when known (else the line passing the flag)."""
    if "\n" in prose:
        return False
    using = _USING.search(prose) if len(entries) == 1 else None
    if using is None:
        using = _TOPIC.match(prose)
        if using is None or not (says_doing(using.group("rest")) or states_doing_ko(using.group("rest"))):
            return False
    flag = using.group("flag")
    passing = [(invocation, line) for invocation, line in entries if flag in passed_flags(invocation)]
    rest = clean(using.group("rest")).rstrip(".")
    if len(passing) != 1 or len(rest.split()) < 2:
        return False
    invocation, line = passing[0]
    walk.add_flag(FlagDef(flag, rest), invocation, said or line, reason=REASON)
    return True


@dataclass(frozen=True)
class Tail:
    head: str  # what the line does: the sentences before
    flag: str
    meaning: str  # what giving the flag does


def tail(gloss: str, invocation: Invocation) -> Tail | None:
    """``gloss`` (a comment after ``invocation``'s line) cut before its last sentence when that sentence opens with
    a flag the line passes and says what giving it does (``-ln 옵션을 붙이면 숫자 인덱스 생략.``); None when it has no
    such sentence, or nothing before it."""
    sentences = split_sentences(gloss.strip())
    if len(sentences) < 2:
        return None
    using = _USING.match(sentences[-1])
    if using is None or using.group("flag") not in passed_flags(invocation):
        return None
    meaning = clean(using.group("rest")).rstrip(".")
    head = " ".join(sentences[:-1]).strip()
    if len(meaning.split()) < 2 or not head:
        return None  # "-v 옵션을 붙이면 됨.": no meaning of its own
    return Tail(head, using.group("flag"), meaning)
