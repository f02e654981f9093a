"""A lone path that names a file or folder, not a program to run (pure).

``- /etc/crontab : 시스템 작업 목록`` or ``- /var/log : logs`` is a path alone, no argument after it,
in a directory where no program lives: what the notes gloss is the file or folder (a concept), not
a command line.  A path under ``bin``, ``sbin``, ``init.d`` or ``libexec``, or a script (``.sh``,
``.py``), may be run, and is left to the command readers.  A path from here or from home to a file of data
(``.vscode/settings.json``, ``config/app.yaml``) names that file too.
"""

from __future__ import annotations

from quizzer import lazyre

__all__ = ["names_file"]

_PATH = lazyre.pattern(r"/[\w.@+-]+(?:/[\w.@+-]+)*/?")
_RUNNABLE = lazyre.pattern(r"/(?:s?bin|init\.d|libexec|rc\.d)(?:/|$)|\.(?:sh|py|pl|rb|bash)$")


# a path from here or from home to a file of data: "config/app.yaml", ".vscode/settings.json", "~/.app/notes.md"
_RELATIVE_DATA = lazyre.pattern(
    r"(?:~/|\./)?[\w.@+-]+(?:/[\w.@+-]+)*/[\w@+-][\w.@+-]*\."
    r"(?:json|jsonc|ya?ml|toml|ini|conf|cfg|xml|md|txt|csv|env|lock|properties|log)"
)


def names_file(text: str) -> bool:
    """``/etc/cron.d``, ``/var/spool/cron``, ``.vscode/settings.json``: yes; ``/usr/bin/crontab``,
    ``/etc/init.d/ssh``, ``/opt/x/run.sh``, ``bin/setup``: no."""
    if "/" not in text:  # what both patterns need (most terms asked have none)
        return False
    if _RELATIVE_DATA.fullmatch(text) is not None:
        return True
    return _PATH.fullmatch(text) is not None and _RUNNABLE.search(text) is None
