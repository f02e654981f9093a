"""A Korean list item opening with a program's name and the topic particle: what the program is (pure).

    - minikube는 로컬 PC에서 쿠버네티스 클러스터를 띄우는 도구
      + podman은 데몬 없이 컨테이너를 실행한다.
    - cron은 예약 작업을 돌리는 데몬, crontab은 그 작업 목록을 고치는 명령

Korean notes of every kind say what a program is by naming it, unmarked, with ``은``/``는`` and what it
is or does after it, in an item of its own.  A careful reader takes the name as the front and the item's
first sentence as the back.  (In a paragraph the same opening is as often the start of running prose, an
introduction the paragraph goes on from; ``definitions`` and ``narrative`` read the prose forms.)  What
makes it sure enough for a card:

* the name is a program, written plainly: one quizzer knows, or the one the notes are about (their
  title, their code blocks); any other word before ``는`` (a term, a branch, "이것") and a name in a code
  span (```rm`은``: a sub-command as often as a program) are left to the other rules;
* the sentence can say what a thing is (``heading_terms.says_what``: not the author's story, a
  background clause, a pointer, a question …) and gives no reason (``… 때문에``, ``… 이므로``: why
  something else is so, about the program only in passing);
* it is the first such sentence about the program in the notes: the ones after it add remarks ("tmux는
  나중에 다시 붙을 수도 있다"), not what it is.
``A는 X, B는 Y`` is two such clauses, each read alone.

A last reading: it runs only on a block no other rule read (a bullet or paragraph dropped silently
before).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.heading_terms import says_what, titled_program
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.model import Kind, note_key
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

# "minikube는 …", "kustomize[커스터마이즈]는 …", "pm2(프로세스 매니저)는 …": a name in Latin letters, a gloss
# of it in brackets, the topic particle and a space
_OPENING = lazyre.pattern(
    r"^(?P<name>[A-Za-z][A-Za-z0-9_.+-]*)(?:\s?[\[(][^\])]{1,30}[\])])?(?:은|는)\s+(?P<rest>\S.*)$", re.DOTALL
)
# ", crontab은 …": a second clause about another program
_NEXT_CLAUSE = lazyre.pattern(r",\s+(?=[A-Za-z][A-Za-z0-9_.+-]*(?:은|는)\s)")
# "… 때문에", "… 에디터이므로": why something else is so
_REASON = lazyre.pattern(r"때문에|때문이|므로\b")
REASON = "item naming a program with 은/는, then what it is"


def read(walk: Walk, block: Para) -> bool:
    """Concept cards for the programs ``block``'s first sentence says what they are; False when none."""
    if block.quote or not block.first or not block.lists:
        return False
    first = block.text.strip().split("\n", 1)[0]
    if not _OPENING.match(first):
        return False  # most blocks
    spans = block.inline.spans
    if not spans or spans[0].kind != "text" or not spans[0].text.lstrip().startswith(first.split()[0][:2]):
        return False  # "`rm`은 …", "**X**는 …": a marked name is read by the rules of marked terms
    read_any = False
    for clause in _NEXT_CLAUSE.split(first):
        match = _OPENING.match(clause.strip())
        if match is None:
            break
        name = match.group("name")
        if not _is_program(walk, name):
            continue  # "cron은 데몬, crontab은 …": a word of its own, then a program's clause
        meaning = says_what(match.group("rest"))
        if meaning is None or _REASON.search(meaning) or clean(meaning).casefold() == name.casefold():
            break
        if note_key(walk.deck, Kind.CONCEPT, None, name) in walk.notes:
            break  # said before in these notes: this one is a remark on it
        walk.add(Kind.CONCEPT, term=name, front=name, back=meaning, command=None, line=block.line, reason=REASON)
        read_any = True
    return read_any


def _is_program(walk: Walk, name: str) -> bool:
    folded = name.casefold()
    if name in PROGRAMS:
        return True
    return folded in {p.casefold() for p in (walk.program, walk.fenced_program, titled_program(walk)) if p}
