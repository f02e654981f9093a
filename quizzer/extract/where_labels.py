"""Text above a block that says where its lines run, not what they do (pure).

::

    서버에서

    ```
    systemctl restart app
    ```

    **[Gateway]**

    ```
    iptables -L
    ```

Notes that walk across machines label each block with the machine: a short Korean place ending in ``에서``
(``서버에서``, ``사내 PC 에서``, ``관리자 권한 파워쉘에서 진행``: there, only run) or a name in square brackets (``[Gateway]``, ``[DB 서버]``), often in bold.
Either tells which machine to type the lines on; neither says what a line does, so no card is made from it.
A bracketed task (``[컨테이너 목록 보기]``, ``[이미지 정리]``: more words, or words saying a doing) is no machine.
English notes write the place as a phrase ending in a colon: ``In another terminal:``, ``Then on the server:``
(a preposition, a determiner or two, and a window, terminal or machine), the same label; so is a telling to run
the lines there and nothing more (``Run this in the project folder:``, ``Run these from the repo root:``).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import says_doing

__all__ = ["where"]

# "서버에서", "사내PC 에서", "로컬 PC에서:": three words at most, the last ending in the place particle; "관리자 권한
# 파워쉘에서 진행", "… 파워쉘에서 다음 실행": the place, then only that the lines are run there
_PLACE = lazyre.pattern(
    r"^(?:\S+\s+){0,2}\S*에서(?:\s+(?:(?:다음|아래)(?:을|를)?\s*)?(?:진행|실행|입력)(?:한다|하기|함|합니다)?)?\s*[:：.]?$"
)
# "[Gateway]", "[DB 서버]", "[SSH Server]": a machine's name of a word or two in brackets
# "In another terminal:", "Then, in a new tab:", "On the server:": where to type the lines, in English
_PLACE_EN = lazyre.pattern(
    r"^(?:(?:then|and|now|next|and\s+then),?\s+)?(?:in|on|inside|from|within)\s+"
    r"(?:(?:a|an|the|another|other|second|new|separate|different|your|my|each|every|that)\s+){0,2}"
    r"(?:(?:local|remote|new|second|other)\s+)?"
    r"(?:window|terminal|tab|shell|pane|session|console|server|machine|host|box|container|node|client|vm|laptop)s?"
    r"\s*[:：]$",
    re.IGNORECASE,
)
# "Run this in the project folder:", "Run these from your repo root:", "Type it inside the container:": only to run
# the lines, and where
_RUN_THERE_EN = lazyre.pattern(
    r"^(?:(?:then|now|next),?\s+)?(?:run|type|execute|enter)\s+"
    r"(?:this|these|it|them|the\s+following|(?:this|that|the)\s+(?:command|line)s?)\s+"
    r"(?:in|from|inside|within|on)\s+(?:(?:a|an|the|your|my|that|its)\s+)?(?:[\w-]+\s+)?"
    r"(?:folder|directory|dir|repository|repo|project|root|checkout|window|terminal|tab|shell|pane|session|console"
    r"|server|machine|host|container|node|vm)s?\s*[:：]$",
    re.IGNORECASE,
)
_BRACKETED = lazyre.pattern(r"^\[(?P<name>[^\[\]\s]+(?: [^\[\]\s]+)?)\]\s*[:：]?$")


def where(prose: str) -> bool:
    """``prose`` names only where the lines below run: a Korean place (``…에서``), an English one ending in a colon
    (``In another terminal:``) or a machine's name in brackets (a word or two, not saying a doing: ``[목록 보기]``
    names the task)."""
    text = prose.strip()
    if _PLACE.match(text) or _PLACE_EN.match(text) or _RUN_THERE_EN.match(text):
        return True
    bracketed = _BRACKETED.match(text)
    return bracketed is not None and not says_doing(bracketed.group("name"))
