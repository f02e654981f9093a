"""A list item that is a command line, and several items nested under it: the one that says what it does (pure).

    - `kubectl top pod`
      - 파드마다 CPU와 메모리 사용량을 보여줌
      - metrics-server가 설치되어 있어야 한다.
    - `kubectl cordon node1`
      - 노드는 클러스터 안에서 파드가 실행되는 머신이다.
      - 새 파드가 그 노드에 배치되지 않게 막는 명령어

Study notes often name a command on an item and write several remarks under it. A careful reader takes as
what the command does the first nested item written as a description, a phrase ("…을 보여줌", "…막는 명령어");
a statement ("…한다.", "…이다.", a sentence closed by a period) says something around it (what it needs, what
a word means), and an item with a code span is an option's gloss, another command or keys typed (other rules
read those). The other plain items are remarks on the command, warned with their lines unless another rule reads
them. When no nested item is such a phrase nothing is read here. (One nested item alone:
:mod:`quizzer.extract.nested_commands`; several, the first one saying what a thing does:
:mod:`quizzer.extract.first_nested`, asked first: this reads what it declines.)
"""

from __future__ import annotations

from quizzer import i18n
from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS, is_label
from quizzer.extract.nested_commands import command_line
from quizzer.extract.nested_item import ITEM, bullet_line
from quizzer.extract.sentences import ends_in_colon
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation
from quizzer.text import HANGUL, clean

__all__ = ["read"]

_REASON = "item naming a command line, the nested item that says what it does"
# a statement or a sentence, not a phrase: "…한다.", "…이다", "…돼요.", "Needs root."
_STATEMENT = lazyre.pattern(r"(?:[다요][.!]?|[.!?])\s*$")
_MAX_MEANING = 160
_HANGUL = lazyre.pattern(f"[{HANGUL}]")  # "minikube 사용시 …": a sentence naming the program, no command line
_LONGEST = 40  # lines looked at under the item


def read(walk: Walk, block: Para) -> bool:
    """The command card of an item and the nested item that says what it does; False when not that shape."""
    here = bullet_line(walk, block)
    if here is None:
        return False
    typed = command_line(walk, here.group("text"))
    invocation = parse_invocation(typed) if typed else None
    if invocation is None:
        return False
    nested = _nested(walk, block.line, len(here.group("indent")))
    if len(nested) < 2:
        return False
    chosen = next(((n, meaning) for n, meaning, plain in nested if plain and _describes(meaning)), None)
    if chosen is None:
        return False
    line, meaning = chosen
    walk.add_command(invocation, meaning, line, reason=_REASON)
    walk.nested_line = line
    for n, _text, plain in nested:
        if plain and n != line:
            walk.unless_read(n, i18n._(
                "line {line}: a remark on the command '{command}' above it (line {said} says what it does); "
                "no card made from it"
            ).format(line=n, command=invocation.line, said=line))
    return True


def _nested(walk: Walk, start: int, indent: int) -> list[tuple[int, str, bool]]:
    """The items nested right under the item of line ``start`` (indent ``indent``): line, text, and whether
    it is plain text (no code span: an option's gloss, another command, a key typed, a remark quoting them)."""
    found: list[tuple[int, str, bool]] = []
    depth: int | None = None
    for n in range(start + 1, start + 1 + _LONGEST):
        text = walk.written(n)
        if text is None:
            break
        if not text.strip():
            continue
        item = ITEM.match(text)
        deeper = len(text) - len(text.lstrip()) > indent
        if not deeper:
            break
        if item is None:
            continue  # a line going on from the item above, or a block in the item
        if depth is None:
            depth = len(item.group("indent"))
        if len(item.group("indent")) == depth:
            raw = item.group("text").strip()
            found.append((n, clean(strip_markers(raw)), "`" not in raw))
    return found


def _describes(meaning: str) -> bool:
    """A phrase saying what a command does: not a statement, not a command line, not a label."""
    return (
        bool(meaning) and len(meaning) <= _MAX_MEANING and not _STATEMENT.search(meaning)
        and not (looks_like_command(meaning) and meaning.split(" ", 1)[0] in PROGRAMS and not _HANGUL.search(meaning))
        and not is_label(meaning.split()[0].rstrip(":："))
        and not ends_in_colon(meaning)
    )
