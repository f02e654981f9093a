"""Lines that do not say what a command does (pure).

Sentences that say where to type the commands, not what they do.

``어드민 권한으로 Command Prompt 실행`` or ``Open a terminal as administrator`` above a code block
is a step taken before it: the block's lines are not "running the Command Prompt".  The text
above such a sentence (its heading) still says what the block is for.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.option_words import spelled

__all__ = ["CONTAINER", "opens_prompt", "spells_out"]

# a VuePress / markdown-it-container box: "::: info 제목" opens it, ":::" closes it; its title heads
# what the box holds, like a heading
CONTAINER = lazyre.pattern(r"^:{3,}\s*(?:[A-Za-z][\w-]*)?(?:\s+(?P<title>\S.*?))?\s*$")

# where commands are typed: a terminal, a shell, the Windows command prompt or PowerShell
_PROMPT = (
    r"(?:command\s*prompt|cmd(?:\.exe)?|power\s*shell|terminal|shell|console|bash|zsh|"
    r"명령\s*프롬프트|커맨드\s*프롬프트|프롬프트|터미널|콘솔|셸|쉘|파워\s*셸|파워\s*쉘)"
)
# "관리자 권한으로", "as administrator", "with admin rights": how it is opened
_ELEVATED_KO = r"(?:(?:관리자|어드민|admin(?:istrator)?|root)\s*(?:권한|모드)\s*(?:으로|로)\s*)?"
_OPENS_KO = lazyre.pattern(
    rf"^{_ELEVATED_KO}{_PROMPT}\s*(?:을|를|에서)?\s*"
    r"(?:실행|열기|열고|연다|엽니다|실행한다|실행합니다|실행하기|실행해서|실행\s*후|띄우기|띄운다)\s*[.:：]?$",
    re.IGNORECASE,
)
_OPENS_EN = lazyre.pattern(
    rf"^(?:first,?\s+)?(?:open|launch|start|run)\s+(?:up\s+)?(?:an?\s+|the\s+|your\s+)?(?:elevated\s+)?{_PROMPT}"
    r"(?:\s+(?:window|session))?(?:\s+(?:as|with)\s+(?:an?\s+)?(?:administrator|admin)(?:\s+(?:rights|privileges))?)?\s*[.:：]?$",
    re.IGNORECASE,
)


# "(서버의 설정에서) 터미널을 실행하고 아래의 명령어를 입력한다", "Open a terminal and type the following:": where to
# type, then "type what is below", which says nothing of what it does either
_OPENS_AND_TYPE_KO = lazyre.pattern(
    rf"^(?:[^.?!]{{1,30}}?에서\s+)?{_ELEVATED_KO}{_PROMPT}\s*(?:을|를|에서)?\s*(?:실행|열|켜|띄우)(?:하고|고|한\s*뒤|한\s*후|해서|서)?,?\s*"
    r"(?:아래|다음|밑)(?:의|에)?\s*(?:명령어?|코드|커맨드|내용)(?:들)?(?:을|를)?\s*(?:입력|실행|붙여\s*넣|치)"
    r"(?:한다|합니다|하세요|해준다|해줍니다|하자|하면\s*된다|기|는다|습니다)?\s*[.:：]?$",
    re.IGNORECASE,
)
_OPENS_AND_TYPE_EN = lazyre.pattern(
    rf"^(?:first,?\s+)?(?:open|launch|start)\s+(?:up\s+)?(?:an?\s+|the\s+|your\s+)?{_PROMPT}(?:\s+window)?,?\s+and\s+"
    r"(?:type|enter|run|paste)\s+(?:in\s+)?(?:the\s+)?(?:following|commands?\s+below|this|these)(?:\s+commands?)?\s*[.:：]?$",
    re.IGNORECASE,
)

# "WSL 터미널에서 아래를 입력하면 된다:", "In PowerShell, type the following:": where to type, then only "type what is
# below" (a place of a few words before it: "설치 폴더로 이동한 뒤 아래를 실행" says what to do first, and is read on)
_IN_PROMPT_TYPE_KO = lazyre.pattern(
    rf"^(?:[^.?!\s]+\s+){{0,3}}?{_PROMPT}\s*(?:창)?\s*에서\s*,?\s*"
    r"(?:아래|다음|밑)(?:의|에)?\s*(?:(?:명령어?|코드|커맨드|내용)(?:들)?)?\s*(?:을|를)?\s*(?:입력|실행|붙여\s*넣|치)"
    r"(?:한다|합니다|하세요|해준다|해줍니다|하자|하면\s*된다|하면\s*됩니다|기|는다|습니다)?\s*[.:：]?$",
    re.IGNORECASE,
)
_IN_PROMPT_TYPE_EN = lazyre.pattern(
    rf"^(?:in|from|inside)\s+(?:an?\s+|the\s+|your\s+)?(?:[A-Za-z0-9.-]+\s+){{0,2}}?{_PROMPT}(?:\s+window)?,?\s+"
    r"(?:type|enter|run|paste)\s+(?:in\s+)?(?:the\s+following|this|these|the\s+commands?\s+below)(?:\s+commands?)?\s*[.:：]?$",
    re.IGNORECASE,
)


def opens_prompt(text: str) -> bool:
    """``어드민 권한으로 Command Prompt실행``, ``터미널을 연다``, ``Open a terminal as administrator``,
    ``터미널을 실행하고 아래의 명령어를 입력한다``, ``WSL 터미널에서 아래를 입력하면 된다``: the sentence only says where
    the commands are typed."""
    text = text.strip()
    if len(text) > 80:
        return False
    return bool(
        len(text) <= 60 and (_OPENS_KO.match(text) or _OPENS_EN.match(text))
        or _OPENS_AND_TYPE_KO.match(text) or _OPENS_AND_TYPE_EN.match(text)
        or _IN_PROMPT_TYPE_KO.match(text) or _IN_PROMPT_TYPE_EN.match(text)
    )


_WORDS = lazyre.pattern(r"[A-Za-z]+(?:\s+[A-Za-z]+){0,4}")


def spells_out(command: str, text: str) -> bool:
    """``list`` under ``## ls``, ``Change Directory`` under ``## cd``: the words the command's name is
    short for (its letters in order, the first one first), a mnemonic, not what it does."""
    if not _WORDS.fullmatch(text.strip()) or " " in command or len(command) < 2:
        return False
    return spelled(command, text)
