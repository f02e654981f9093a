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

The folder is bounded: each file holds only what the latest import of its
document used, and all files together stay under :data:`CAP` bytes (64 MiB, the
pieces of some 250 MB of notes).  Past it, the files used least recently go
first (an import that uses a file as it is touches it), so a document renamed,
moved or deleted leaves nothing behind for ever.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from quizzer.extract import incremental

__all__ = ["CAP", "Memo", "keep", "memo_for", "salt"]

#: The most bytes the piece files may take together; the least recently used go first.
CAP = 64 * 1024 * 1024
# a temporary younger than this may be another import's file being written
_WRITING_SECONDS = 3600


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


def keep(memo: Memo | None, *, cap: int | None = None) -> None:
    """Write ``memo``'s results for the next import, if they are not those already kept, and
    keep the folder under ``cap`` bytes (:data:`CAP`); a cache that cannot be written is no error."""
    if memo is None:
        return
    if not memo.changed and len(memo) == len(memo.known):
        try:
            os.utime(memo.path)  # used as it is: the last file to go
        except OSError:
            pass
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
        return
    _trim(memo.path.parent, CAP if cap is None else cap, memo.path)


def _trim(folder: Path, cap: int, current: Path) -> None:
    """Delete the files of ``folder`` used least recently until they take at most ``cap``
    bytes; never ``current`` (just written), nor a temporary another import may be writing."""
    files: list[tuple[float, str, int]] = []
    total = 0
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    if not entry.is_file(follow_symlinks=False):
                        continue
                    status = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                total += status.st_size
                writing = entry.name.startswith(".new-") and now - status.st_mtime < _WRITING_SECONDS
                if entry.path != str(current) and not writing:
                    files.append((status.st_mtime, entry.path, status.st_size))
    except OSError:
        return
    for _, path, size in sorted(files):
        if total <= cap:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size
