"""A lone path that names a file or folder, not a program to run (pure).

``- /etc/crontab : 시스템 작업 목록`` or ``- /var/log : logs`` is a path alone, no argument after it,
in a directory where no program lives: what the notes gloss is the file or folder (a concept), not
a command line.  A path under ``bin``, ``sbin``, ``init.d`` or ``libexec``, or a script (``.sh``,
``.py``), may be run, and is left to the command readers.
"""

from __future__ import annotations

import re

__all__ = ["names_file"]

_PATH = re.compile(r"/[\w.@+-]+(?:/[\w.@+-]+)*/?")
_RUNNABLE = re.compile(r"/(?:s?bin|init\.d|libexec|rc\.d)(?:/|$)|\.(?:sh|py|pl|rb|bash)$")


def names_file(text: str) -> bool:
    """``/etc/cron.d``, ``/var/spool/cron``: yes; ``/usr/bin/crontab``, ``/etc/init.d/ssh``, ``/opt/x/run.sh``: no."""
    return _PATH.fullmatch(text) is not None and _RUNNABLE.search(text) is None
