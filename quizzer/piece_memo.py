"""What extraction read of a long document, kept between imports (the edge: a file per document).

Re-importing a long document with one line edited reads again only the pieces
whose results no longer hold (``quizzer.extract.incremental``).  The results
sit in ``<cache>/pieces/<hash of the document's path and deck>``: plain data,
each piece's zlib-compressed, about a quarter of the document's size; written whole to a new file
and moved into place, so a reader sees the old file or the new one.  The file
is only a cache: a missing, damaged or foreign one means a full extraction, and
each result is used only if its key (text, state, quizzer's code and the
language) and everything it read still match.  Documents too short to be cut
into pieces get no file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from quizzer.extract import incremental

__all__ = ["Memo", "keep", "memo_for", "salt"]


class Memo(dict[str, Any]):
    """The results one extraction used or made (the ones worth keeping), over those read from the file."""

    def __init__(self, path: Path, known: Mapping[str, Any]) -> None:
        super().__init__()
        self.path = path
        self.known = known
        self.changed = False

    def get(self, key: str, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            try:
                found = self.known.get(key)
            except Exception:  # noqa: BLE001 - a damaged entry is a missing one
                found = None
            if found is None:
                return default
            dict.__setitem__(self, key, found)
        return dict.__getitem__(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        self.changed = True
        dict.__setitem__(self, key, value)


def salt() -> str:
    """What a piece's result depends on besides the document: quizzer's code and the warnings' language."""
    from quizzer.db.stamps import code_version
    from quizzer.i18n import language

    return f"{code_version()}|{language()}"


def memo_for(text: str, source: str, deck: str) -> Memo | None:
    """The results kept for the document at ``source`` imported into ``deck`` (None: too short to cut)."""
    if text.count("\n") < 2 * incremental.PIECE_LINES:
        return None
    from quizzer.paths import cache_path

    name = hashlib.sha256(f"{source}\0{deck}".encode()).hexdigest()[:32]
    path = cache_path() / "pieces" / name
    try:
        known: Mapping[str, Any] = incremental.decode(path.read_bytes())
    except OSError:
        known = {}
    return Memo(path, known)


def keep(memo: Memo | None) -> None:
    """Write ``memo``'s results for the next import, if they are not those already kept; a cache
    that cannot be written is no error."""
    if memo is None or not memo.changed and len(memo) == len(memo.known):
        return
    known = memo.known
    kept = {}
    if isinstance(known, incremental.Decoded):  # the results used as read: not encoded again
        kept = {key: data for key, result in memo.items() if (data := known.encoded(key, result)) is not None}
    data = incremental.encode(memo, kept)
    try:
        memo.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=memo.path.parent, prefix=".new-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, memo.path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass
