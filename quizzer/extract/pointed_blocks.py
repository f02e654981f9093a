"""A code block the text above only points at, said by the sentence under it (pure).

    For more detail, you can run the following command:

    ```
    tool help
    ```

    This command will list every sub-command.

The sentence above ends in a colon and tells only to run what follows ("run the following command", "by running
the following command", "type this command to …"); what the line does is said under the block, in a sentence
whose subject is the block itself ("This command will …", "This will …").  (A sentence that opens with what to do,
"Install the latest version by running the following command:", says what the line does itself.)  With no such sentence under the
block, what the sentence above says around its pointer (when to run the line, what to check with it) is not
what the line does: a warning with its line, no card.  So with text above that said only what flags of the line do
(``We can … specify a duration with `-t`.``, :mod:`quizzer.extract.flag_uses`): the sentence under the block says what
the line does.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Block, Para
from quizzer.extract.knowledge import COMMAND_NOUN_KO, NOT_DOING_EN, POINTER_KO, says_doing
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import PendingCode, Walk
from quizzer.i18n import _

__all__ = ["points", "read", "unsaid"]

# "… run the following command:", "… by running this command to check it:", "type these commands:"
_POINTS = lazyre.pattern(
    r"\b(?:run|running|execute|executing|type|typing|enter|entering)\s+(?:the\s+following|this|these)"
    r"\s+commands?\b[^.!?:：]*[:：]\s*$",
    re.IGNORECASE,
)
# "다음 명령어를 사용한다.", "명령 프롬프트에서 아래 명령을 입력한다:": only where, then the pointer (not "…하려면 다음 …",
# which says what it is for)
_POINTS_KO = lazyre.pattern(
    rf"^(?:(?:\S+\s+)?\S+에서\s+)?{POINTER_KO}\s*{COMMAND_NOUN_KO}(?:를|을)?\s*"
    r"(?:사용|실행|입력)(?:한다|합니다|하면\s*된다|하자)?\s*[.:：]?\s*$"
)
# "This command will download …", "This command lists …", "This will show …": the block's line, what it does
_THIS_COMMAND = lazyre.pattern(
    r"^(?:this|the\s+above)\s+(?:command\s+|line\s+)?(?:will\s+)?(?P<what>[a-z][a-z]+\b.*)$", re.IGNORECASE | re.DOTALL
)


def points(prose: str | None) -> bool:
    """Does the last line of ``prose`` (the text above a block, its colon kept) only point at the block?  Not when it
    opens with what to do (``Install the latest version by running the following command:``: that is what the
    line does; "파일을 지우려면 다음 명령어를 사용한다" likewise)."""
    last = prose.rstrip().rsplit("\n", 1)[-1] if prose else ""
    return _POINTS.search(last) is not None and not says_doing(last) or _POINTS_KO.match(last.strip()) is not None


def read(walk: Walk, block: Block, pending: PendingCode) -> bool:
    """``This command will …`` right under a block the text above only pointed at (or told only its flags of): what its
    one line does."""
    if not (pending.points or pending.flags_told) or not isinstance(block, Para) or block.quote or len(pending.entries) != 1:
        return False
    if block.lists and (not pending.item or block.lists[: len(pending.item)] != pending.item or block.first):
        return False  # (a paragraph inside the item that holds the block goes on with it; an item of its own does not)
    said = _THIS_COMMAND.match(strip_markers(block.text).strip())
    what = said.group("what").rstrip(" .") if said else ""
    if not what or what.split()[0].casefold() in NOT_DOING_EN:
        return False  # "This command is …", "This command may fail …": no verb of what it does
    walk.pending = None
    invocation, _line = pending.entries[0]
    walk.add_command(invocation, what, block.line, reason="sentence under its code block saying what this command does")
    return True


def unsaid(walk: Walk, pending: PendingCode) -> None:
    """Nothing under the block said what the line does: the text above, which only pointed at it, says none."""
    line = pending.entries[0][1]
    walk.unless_read(line, _(
        "line {line}: the text above only points at the command ('the following command'), and nothing under the "
        "block says what it does; no card made from it"
    ).format(line=line))
    pending.prose = None
