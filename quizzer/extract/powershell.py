r"""A PowerShell code block's lines, read as the shell lines they are (pure).

    # 기기가 연결될 때까지 기다림
    .\adb wait-for-device

In a ``ps1``/``powershell`` fence ``.\prog`` runs a program from the current folder, as ``./prog`` does in a
POSIX shell; a careful reader sees ``adb wait-for-device``.  A known program so run (``.\adb``, ``.\git.exe``)
is written without its folder and its ``.exe``; another (``.\build.ps1``) stays as written.  A line after ``> ``
is typed at PowerShell's prompt (``PS C:\> `` written short), given the ``$`` prompt the other readers know, so
the lines under it are what it printed::

    > wsl -l -v
      NAME      STATE           VERSION
  A cmdlet
(``Set-ExecutionPolicy RemoteSigned -Scope CurrentUser``) is not read as a shell line: it is warned about, never
dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.i18n import _

__all__ = ["INFOS", "as_shell"]

INFOS = frozenset({"ps1", "powershell", "pwsh", "ps", "posh"})
# ".\adb wait-for-device", ".\git.exe status": a program run from the current folder
# "Set-ExecutionPolicy RemoteSigned", "Remove-Item -Force": a cmdlet, Verb-Noun
_CMDLET = lazyre.pattern(r"^\s*(?P<cmdlet>[A-Z][a-z]+-[A-Z][A-Za-z]+)(?=\s|$)")
_PROMPT = lazyre.pattern(r"^(?P<indent>\s*)>[ \t]+(?=[A-Za-z.])")  # "> wsl -l -v": PowerShell's prompt, written short
_HERE = lazyre.pattern(r"^(?P<indent>\s*)\.\\(?P<program>[A-Za-z][\w-]*)(?:\.exe)?(?=\s|$)", re.IGNORECASE)


def as_shell(walk: Walk, block: Code) -> Code:
    """``block`` with ``.\\prog`` of a known program written ``prog``; the same block when it has none.
    Its cmdlet lines are warned about unless a rule makes a note of them."""
    if block.language not in INFOS:
        return block
    lines = list(block.lines)
    changed = False
    for index, (n, text) in enumerate(lines):
        prompt = _PROMPT.match(text)
        if prompt is not None:
            text = f"{prompt.group('indent')}$ {text[prompt.end():]}"
            lines[index] = (n, text)
            changed = True
        cmdlet = _CMDLET.match(text)
        if cmdlet is not None:
            walk.unless_read(n, _(
                "line {line}: '{cmdlet}' is a PowerShell cmdlet, which quizzer does not read as a command line; "
                "no card made from it"
            ).format(line=n, cmdlet=cmdlet.group("cmdlet")))
        here = _HERE.match(text)
        if here is None or here.group("program").lower() not in PROGRAMS:
            continue
        lines[index] = (n, f"{here.group('indent')}{here.group('program').lower()}{text[here.end():]}")
        changed = True
    return replace(block, lines=tuple(lines)) if changed else block
