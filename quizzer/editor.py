"""Opening a note document in the person's editor (the edge: environment and processes).

The editor is ``$VISUAL``, else ``$EDITOR``, else ``vi``, given ``+LINE`` and the
file, as vi, vim, nano and emacs understand; editors that open a window of
their own (VS Code, Sublime Text, Zed) get ``FILE:LINE`` and are told to wait.  Every
problem comes back as one sentence for the screen; nothing here raises.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
from collections.abc import Mapping
from pathlib import Path

from quizzer.errors import os_reason
from quizzer.i18n import _

__all__ = ["GOTO_EDITORS", "editor_command", "run_editor"]

#: Editors that do not read ``+LINE``: the words before ``FILE:LINE``, and how to make them wait.
GOTO_EDITORS: dict[str, tuple[tuple[str, ...], str]] = {
    "code": (("--goto",), "--wait"),
    "code-insiders": (("--goto",), "--wait"),
    "codium": (("--goto",), "--wait"),
    "cursor": (("--goto",), "--wait"),
    "subl": ((), "--wait"),
    "zed": ((), "--wait"),
}


def editor_command(path: Path, line: int, environ: Mapping[str, str] = os.environ) -> list[str] | str:
    """The command that opens ``path`` at ``line``, or a sentence saying why there is none."""
    editor = environ.get("VISUAL", "").strip() or environ.get("EDITOR", "").strip() or "vi"
    try:
        words = shlex.split(editor)
    except ValueError:
        return _("Your editor setting ({editor}) cannot be read as a command; fix $VISUAL or $EDITOR.").format(
            editor=editor
        )
    if not words:
        words = ["vi"]
    line = max(line, 1)
    program = Path(words[0]).name.lower().removesuffix(".exe")
    if program in GOTO_EDITORS:  # editors that open a window: FILE:LINE, and wait for it to close
        goto, wait = GOTO_EDITORS[program]
        if not any(word in ("--wait", "-w") for word in words[1:]):
            words.append(wait)
        return [*words, *goto, f"{path}:{line}"]
    return [*words, f"+{line}", str(path)]


def run_editor(command: list[str]) -> str | None:
    """Run the editor and wait for it; None when it ended well, else one sentence."""
    try:
        status = subprocess.call(command)
    except FileNotFoundError:
        return _("The editor '{editor}' was not found; set $VISUAL or $EDITOR to an editor you have.").format(
            editor=command[0]
        )
    except OSError as error:
        return _("The editor '{editor}' could not start ({reason}).").format(
            editor=command[0], reason=os_reason(error)
        )
    if status < 0:  # stopped by a signal: Ctrl-C in the editor, a kill
        try:
            name = signal.Signals(-status).name
        except ValueError:
            name = str(-status)
        return _("The editor '{editor}' was stopped by the signal {signal}, so the notes were not re-imported.").format(
            editor=command[0], signal=name
        )
    if status != 0:
        return _("The editor '{editor}' ended with status {status}, so the notes were not re-imported.").format(
            editor=command[0], status=status
        )
    return None
