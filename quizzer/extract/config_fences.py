"""Fences under a heading that names a configuration file: its lines, not commands (pure).

``### `/etc/ntp.conf` 설정`` over plain fences holding ``server pool.ntp.org`` or ``# allow
clients`` then ``restrict …``: the lines go into that file; a directive with the comment above it
is no command and the comment says what the directive does in the file, not what a program does.
What such a fence does teach plainly is read:

- ``value: meaning`` lines the author wrote beside the file's own (``iburst: 빠른 첫 동기화``): a
  concept each, the value → its meaning;
- one directive alone in its fence, under a heading that says what it is (``#### 2. 서버 주소`` over
  ``server pool.ntp.org``): a concept, the directive's name → the heading (at the heading's line).

Every other directive is warned with its line.  So is each line of a fence that holds nothing but a
configuration language's statements (``listen 443 ssl; # managed by …``, ``server {``, ``}``, with ``...`` for
the lines left out) under text naming a configuration file (``In each `conf.d/*.conf`:``), whatever the
heading: the text says where the lines go, not what a command does (a statement typed at a prompt, ``mysql>
SHOW TABLES;`` under ``List the tables:``, is read as before).  Fences labelled as shell (``sh``, ``bash``,
``console`` …) are left to the command readers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizzer import lazyre
from quizzer.extract import batch, data_paths, powershell
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import SHELL_FENCE_INFOS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["read"]

_CONFIG_FILE = lazyre.pattern(
    r"(?:~|\.)?[\w./-]*(?:\.(?:conf|cfg|ini|ya?ml|toml|properties)|/\.\w+rc|^\.\w+rc)", re.IGNORECASE
)
_SHELL_INFO = SHELL_FENCE_INFOS | powershell.INFOS | batch.BATCH_INFOS | {"fish"}  # a shell's block, any shell
_COMMENT = lazyre.pattern(r"^\s*[#;]")
_VALUE_MEANING = lazyre.pattern(r"^\s*(?P<value>[\w.-]+)\s*:\s+(?P<meaning>\S.*?)\s*$")
_NUMBERED = lazyre.pattern(r"^\s*\d+[.)]\s*")
_TRAILING_COMMENT = lazyre.pattern(r"\s+#.*$")
_FLAG = lazyre.pattern(r"(?:^|\s)--?[A-Za-z]")
_GLOB = lazyre.pattern(r"\*")  # "conf.d/*.conf": any file of the folder, a file's name all the same
_ELISION = lazyre.pattern(r"\s*(?:\.{3}|…)\s*")


@lru_cache(maxsize=1024)
def _names_config_file(heading: str) -> bool:
    """(Asked of every heading above each fence: the same few headings, each split and matched word by word.)"""
    return any(
        _CONFIG_FILE.fullmatch(token) is not None or token.startswith("/etc/") and data_paths.names_file(token)
        for token in heading.replace("`", " ").split()
    )


def _statements(lines: list[tuple[int, str]]) -> bool:
    """Every line (but elisions, ``...``) ends a statement or a block of a configuration language, its own
    comment after it or not: ``listen 443 ssl; # managed by …``, ``server {``, ``}``; no shell line ends so."""
    kept = [_TRAILING_COMMENT.sub("", text).rstrip() for _, text in lines if not _ELISION.fullmatch(text)]
    return (
        bool(kept) and all(text.endswith((";", "{", "}")) for text in kept) and any(text.endswith(";") for text in kept)
        # "find . -exec rm {} \;", "sort -u list;": a shell line that happens to end so (its flags say it)
        and not any(text.endswith("\\;") or _FLAG.search(text) for text in kept)
    )


def read(walk: Walk, block: Code, heading: str | None, *, lead_in: str | None = None) -> bool:
    """Read or warn the lines of a fence under a heading naming a configuration file, or of a fence of nothing
    but a configuration language's statements under text (``lead_in``) naming one; False if it is neither."""
    if block.language in _SHELL_INFO:
        return False
    lines = [(n, text) for n, text in block.lines if text.strip() and not _COMMENT.match(text)]
    if not lines:
        return False
    if not any(_names_config_file(h) for h in walk.path):
        if lead_in is None or not _names_config_file(_GLOB.sub("x", lead_in).replace(":", " ")) or not _statements(lines):
            return False  # "mysql> SHOW TABLES;", "SELECT 1;" under "List the tables:": statements typed
        for n, text in lines:  # "In each `site.conf`:" over "listen 443 ssl; # managed by …": no command's gloss
            if not _ELISION.fullmatch(text):
                walk.warn(n, _(
                    "line {line}: '{front}' is a line of a file or a setting, not a command to run; not made a card"
                ).format(line=n, front=clean(text)))
        return True
    values = [(n, _VALUE_MEANING.match(text)) for n, text in lines]
    directives = [(n, text) for (n, text), (_, match) in zip(lines, values) if match is None]
    for n, match in values:
        if match is not None:
            walk.add(Kind.CONCEPT, term=match["value"], front=match["value"], back=clean(match["meaning"]),
                     command=None, line=n, reason="value and its meaning among a configuration file's lines")
    meaning = _NUMBERED.sub("", heading).strip() if heading else ""
    if len(directives) == 1 and len(lines) == 1 and meaning and walk.heading_line:
        n, text = directives[0]
        name = text.split()[0]
        walk.add(Kind.CONCEPT, term=name, front=name, back=meaning, command=None, line=walk.heading_line,
                 answers=(clean(text),), reason="directive alone under a heading that says what it is")
        return True
    for n, text in directives:
        walk.warn(n, _(
            "line {line}: a line of the configuration file the heading names, not a command; no card made from it"
        ).format(line=n))
    return True
