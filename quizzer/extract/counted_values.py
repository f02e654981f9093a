"""Names, in parentheses, of the several values an option of the line below takes (pure).

    - crop pdf (left top right bottom, in points)

      ```shell
      pdfcrop --margins 0 -150 0 0 input.pdf output.pdf
      ```

The parenthesis names four things and ``--margins`` is given four numbers: it says what the option's values
are, one name a value, not what the line does.  A careful reader takes it as the option's note
(``--margins`` → "left top right bottom, in points", with what follows it when that speaks of the values: "positive
values pad margins") and keeps the rest of the text for the line.  Only a
run of plain words (two or more, before any comma) whose count is the count of the numbers right after one
option of the line reads so; any other parenthesis is left to the readers of the line.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, is_flag, tokenize

__all__ = ["read"]

_REASON = "names of an option's values, in parentheses in the text above its line"

# "(left top right bottom, in points)": the names, then maybe a comma and what more it says of them
_PAREN = lazyre.pattern(r"\s*\((?P<names>[A-Za-z]+(?:\s+[A-Za-z]+)+)(?P<more>,[^()]*)?\)")
_NUMBER = lazyre.pattern(r"-?\d+(?:\.\d+)?")
_OF_VALUES = lazyre.pattern(r"\bvalues?\b", re.IGNORECASE)


def _numbers_after(invocation: Invocation) -> list[tuple[str, int]]:
    """Each option of the line with how many numbers follow it (a stray quote or backtick off each)."""
    tokens = [token.strip("`'\"") for token in tokenize(invocation.line)]
    found = []
    for n, token in enumerate(tokens):
        if not is_flag(token) or _NUMBER.fullmatch(token):
            continue
        count = 0
        while n + 1 + count < len(tokens) and _NUMBER.fullmatch(tokens[n + 1 + count]):
            count += 1
        found.append((token, count))
    return found


def read(walk: Walk, prose: str, invocation: Invocation, line: int) -> str:
    """``prose`` without a parenthesis naming the values of one of ``invocation``'s options, that option's note
    made from it; ``prose`` as it is when it holds none."""
    match = _PAREN.search(prose)
    if match is None:
        return prose
    names = len(match.group("names").split())
    options = [flag for flag, count in _numbers_after(invocation) if count == names]
    if len(options) != 1:
        return prose
    flag = options[0].split("=", 1)[0]
    meaning = match.group(0).strip()[1:-1]
    head, rest = prose[: match.start()].strip(), prose[match.end() :].strip()
    if _OF_VALUES.search(rest):
        # what follows the parenthesis speaks of the values: more of them ("positive values pad margins")
        meaning, rest = f"{meaning}; {rest}", ""
    walk.add_option([flag], meaning, invocation.command, line, reason=_REASON)
    return f"{head} {rest}".strip()
