"""Korean list items that name a program's sub-command alone, then say what it does (pure).

Under a section about a program with sub-commands, notes often list the sub-commands by their bare
names, each opening a sentence with the topic particle::

    # Podman 명령어
    ### Volume
    - `create`는 볼륨을 만듭니다.
      - `-l, --label`을 붙이면 볼륨에 라벨을 붙입니다.
    - `prune`은 쓰지 않는 볼륨을 모두 없앱니다.

``create`` here is ``podman volume create`` (the heading names a group of the program), not a program
of its own; the nested item is an option of it.  Under no group heading the words are the program's
own sub-commands, read so only when most words of the list are known ones (``- `run`은 …``,
``- `pull`은 …`` in notes about docker): a list of bare words under a program (``- `origin`은 원격
저장소의 이름이다``) is a list of terms otherwise.  A word alone (no sibling item of the shape) is
left to the other readers.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import GROUPS, SECTION_PROGRAMS, SUBCOMMANDS, VERB_PROGRAMS
from quizzer.extract.terms import option_spellings
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation
from quizzer.text import clean

__all__ = ["option_item", "read"]

_WORD = lazyre.pattern(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# "은 ", "는 ": the topic particle right after the code span
_TOPIC = lazyre.pattern(r"^\s*(?:은|는)\s+(?P<rest>\S.*)$", re.DOTALL)
# a sentence telling what is done: "… 만듭니다.", "… 보여준다", "… 실행합니다." (not "… 이름이다.", "… 입니다.")
_DOES = lazyre.pattern(r"(?<!이)(?<!입니)(?:다|함|됨|음)\s*[.!]?\s*(?:\([^()]*\)\s*)?$")
# what an option item says ends as a statement, whatever its verb ("… 붙입니다.", "… 기본값이다.")
_STATEMENT = lazyre.pattern(r"(?:다|함|됨|음)\s*[.!]?\s*(?:\([^()]*\)\s*)?$")
# an item of the shape, as the source writes it: "- `rm`은 …", "  * `join-token`는 …"
_ITEM = lazyre.pattern(r"^(?P<indent>[ \t]*)(?:[-*+]|\d+[.)])[ \t]+`(?P<word>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)`\s*(?:은|는)\s+\S")
_LIST_LINE = lazyre.pattern(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S")
# how an option item goes on after its code span: "를 붙이면 …", "을 주면 …", "옵션을 쓰면 …", "는 …"
_OPTION_LEAD = lazyre.pattern(
    r"^\s*(?:옵션\s*)?(?:(?:을|를)\s*(?:붙이면|주면|쓰면|사용하면|넣으면|추가하면)\s*,?|은|는)\s*(?P<rest>\S.*)$", re.DOTALL
)


def _siblings(walk: Walk, line: int) -> list[str]:
    """The words of the items of the shape in the list around ``line``, at its indentation."""
    source = walk.source
    if not 1 <= line <= len(source):
        return []
    own = _ITEM.match(source[line - 1])
    if own is None:
        return []
    start = line
    while start > 1 and _LIST_LINE.match(source[start - 2]):
        start -= 1
    end = line
    while end < len(source) and _LIST_LINE.match(source[end]):
        end += 1
    words = []
    for text in source[start - 1 : end]:
        match = _ITEM.match(text)
        if match is not None and match.group("indent") == own.group("indent"):
            words.append(match.group("word"))
    return words


def _section_program(walk: Walk) -> tuple[str, bool] | None:
    """The command the section's items are sub-commands of, and whether a heading names it as a group
    (``### Volume`` under notes about podman: ``podman volume``), or None."""
    base = walk.section_command() or walk.program
    if base is None or " " in base or base not in GROUPS and base not in SUBCOMMANDS and base not in VERB_PROGRAMS:
        return None
    heading = walk.sections[-1].text.strip().casefold() if walk.sections else ""
    named = SECTION_PROGRAMS.get(base, {}).get(heading)
    if named is not None:
        return named, True
    if heading in GROUPS.get(base, frozenset()):
        return f"{base} {heading}", True
    return base, False


@needs(Fact.LISTED, Fact.CODE, Fact.ONE_LINE)
def read(walk: Walk, block: Para, depth: int) -> bool:
    """``- `prune`은 쓰지 않는 볼륨을 모두 없앱니다.`` under a section about a program: a sub-command of it."""
    if not depth or not block.inline.has_code or not block.inline.one_line:
        return False
    spans = [span for span in block.inline.spans if span.text.strip() or span.kind == "code"]
    if not spans or spans[0].kind != "code" or not _WORD.fullmatch(spans[0].text.strip()):
        return False
    topic = _TOPIC.match("".join(span.text for span in spans[1:]))
    if topic is None:
        return False
    meaning = clean(topic.group("rest"))
    if not _DOES.search(meaning) or len(meaning.split()) < 2:
        return False
    found = _section_program(walk)
    if found is None:
        return False
    program, grouped = found
    words = _siblings(walk, block.line)
    if len(words) < 2:
        return False
    if not grouped:
        known = SUBCOMMANDS.get(program, frozenset()) | GROUPS.get(program, frozenset())
        if sum(word in known for word in words) * 2 <= len(words):
            return False
    invocation = parse_invocation(f"{program} {spans[0].text.strip()}")
    if invocation is None:
        return False
    walk.add_command(invocation, meaning, block.line, reason="sentence: `sub-command`은 … under a section about its program")
    walk.item_commands[depth] = invocation
    return True


@needs(Fact.NESTED, Fact.CODE, Fact.ONE_LINE)
def option_item(walk: Walk, block: Para, depth: int) -> bool:
    """``  - `-f, --force`를 붙이면 강제로 없앱니다.`` nested under a sub-command's item: an option of it."""
    if depth < 2 or not block.inline.has_code or not block.inline.one_line:
        return False
    spans = [span for span in block.inline.spans if span.text.strip() or span.kind == "code"]
    if not spans or spans[0].kind != "code":
        return False
    lead = _OPTION_LEAD.match("".join(span.text for span in spans[1:]))
    spellings = option_spellings(spans[0].text.strip(), bare_ok=False)
    if lead is None or not spellings or not any(level in walk.item_commands for level in range(1, depth)):
        return False
    meaning = clean(lead.group("rest"))
    if not _STATEMENT.search(meaning):
        return False
    walk.add_option(spellings, meaning, walk.command(depth), block.line, reason="sentence: `-x`를 붙이면 … (what it does)")
    return True
