"""Parsing a long document's pieces in other processes while this one walks them (the edge).

Extraction reads a long document a piece at a time (``quizzer.extract.pieces``); parsing a
piece (markdown-it, then blocks) needs nothing but its text, while the walk over the blocks
runs in order, each piece in the state the one before left.  So on a machine with a second
core, worker processes parse the pieces, in order, ahead of the walk, and send their blocks
back (pickled); the walk here takes them as it comes to them.  The blocks are the same
whoever parses them, so the notes are too (``tests/test_piece_pool.py``).  A piece of
headings and one-line bullets is read here (``quizzer.extract.simple``): that costs less
than pickling its blocks.

Only worth it for a long document (a process to start, the blocks to pickle): below
:data:`PARALLEL_CHARS`, or with one core, or where the ``forkserver`` start method is
missing, parsing stays in this process.  The workers are started from a clean server
process (not forked from this one, which may hold a database connection and threads), ignore
Ctrl-C (this process stops them), and end with the reading; if they cannot start, or one dies,
the pieces left are parsed here.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from quizzer.extract.blocks import Block, PieceReader
from quizzer.extract.simple import simple_blocks

__all__ = ["PARALLEL_CHARS", "piece_reader"]

#: Characters a document has at least before its pieces are parsed in other processes.
PARALLEL_CHARS = 1_000_000


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _start_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the import, which stops the pool
    gc.disable()  # millions of tokens and no cycles (quizzer.collector); the worker ends with the reading


def _read(item: tuple[int, str]) -> tuple[list[Block], list[tuple[int, int]]]:
    from quizzer.extract.lines import line_blocks

    nested: list[tuple[int, int]] = []
    return line_blocks(item[1], item[0], nested), nested


@contextmanager
def piece_reader(text: str, *, force: bool = False) -> Iterator[PieceReader | None]:
    """A reader that parses pieces in worker processes while ``text`` is extracted (None: parse
    here; ``force``: a pool even for a short text, as tests need).  The pool starts when pieces
    are first given to read (every reading inside uses it), and is stopped on leaving."""
    if not force and (len(text) < PARALLEL_CHARS or _cores() < 2):
        yield None
        return
    if "forkserver" not in multiprocessing.get_all_start_methods():
        yield None
        return
    pools: list[Any] = []  # the one pool, once started (None: it could not start)

    def read(cut: Sequence[tuple[int, str]]) -> Iterator[tuple[list[Block], list[tuple[int, int]]]]:
        simple = [simple_blocks(piece, offset) for offset, piece in cut]  # cheaper here than their pickling
        hard = [item for item, blocks in zip(cut, simple) if blocks is None]
        if not hard:
            return ((blocks or [], []) for blocks in simple)
        if not pools:
            pools.append(_start_pool())
        parsed = iter(()) if pools[0] is None else _submitted(pools[0], hard)
        return (
            (blocks, []) if blocks is not None else _next_or_here(parsed, item)
            for item, blocks in zip(cut, simple)
        )

    try:
        yield read
    finally:
        for pool in pools:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


def _start_pool() -> Any:
    """The worker processes (None when they cannot start: the pieces are then parsed here)."""
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["quizzer.extract.blocks", "quizzer.extract.lines", "markdown_it"])
    workers = max(1, _cores() - 1)  # this process walks: the others parse
    try:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker)
    except OSError:
        return None


def _submitted(pool: Any, hard: list[tuple[int, str]]) -> Iterator[tuple[list[Block], list[tuple[int, int]]]]:
    """The pieces' blocks as the workers give them, in order (nothing, if they cannot start)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return iter(pool.map(_read, hard))
    except (BrokenProcessPool, OSError, RuntimeError):  # no process could start; a pool shut down
        return iter(())


def _next_or_here(parsed: Iterator[tuple[list[Block], list[tuple[int, int]]]], item: tuple[int, str]) -> tuple[
    list[Block], list[tuple[int, int]]
]:
    """The next piece the workers parsed; parsed here when there is no worker (or one died: a broken
    pool raises at every result after, so every later piece is parsed here too)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return next(parsed)
    except (StopIteration, BrokenProcessPool, OSError):
        return _read(item)
