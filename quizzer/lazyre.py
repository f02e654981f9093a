"""Regular expressions compiled when first used (pure).

A module's patterns are written once, at module level, with ``pattern(source, flags)`` in place of
``re.compile``: importing quizzer's extraction would otherwise compile well over a thousand patterns that
one command uses a hundred of.  The object keeps its ``pattern`` (the source, so that ``P.pattern`` can be
joined into another at import without compiling); the first use of anything else compiles it and binds the
compiled pattern's methods and attributes onto the object, so that every later call costs what the compiled
pattern's does.  It is not an ``re.Pattern``: ``P.sub(…)``, not ``re.sub(P, …)``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

__all__ = ["Pattern", "pattern"]

# what a compiled pattern offers besides its source: bound onto the lazy one at first use
_BOUND = (
    "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner",
    "flags", "groups", "groupindex",
)  # fmt: skip


class _Slots:
    __slots__ = ("pattern", "_flags", *_BOUND)
    pattern: str
    _flags: int

    def __reduce__(self) -> tuple[Callable[[str, int], Pattern], tuple[str, int]]:
        return pattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazyre.pattern({self.pattern!r}, {self._flags!r})"


class _Bound(_Slots):
    """A lazy pattern once compiled: its class without ``__getattr__``, whose mere presence slows every lookup."""

    __slots__ = ()


class Pattern(_Slots):
    """A regular expression compiled at its first use (see the module's text)."""

    __slots__ = ()

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # reached only before the first use: then the compiled pattern's are bound and the class is _Bound
        if name not in _BOUND:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for bound in _BOUND:
            setattr(self, bound, getattr(compiled, bound))
        self.__class__ = _Bound  # type: ignore[assignment]
        return getattr(compiled, name)

    if TYPE_CHECKING:  # the compiled pattern's, as bound at first use (str patterns only)
        flags: int
        groups: int
        groupindex: Mapping[str, int]

        def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
        def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str: ...
        def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]: ...
        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...
        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...
        def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...


def pattern(source: str, flags: int = 0) -> Pattern:
    """``re.compile(source, flags)``, done at the pattern's first use."""
    return Pattern(source, flags)
