"""Paths glossed in a directory listing (pure).

A block that draws a directory tree (``├── src/``, ``└── tmp/   # temp files``) often says what
its files and folders are for: a comment after a path (``build.gradle   # Main build file``), or a
comment line of a few words over a top-level folder (``# Gradle wrapper`` then ``gradle/``).  Each
is a concept: the path → what the notes say it is.  A comment that is a flag (``# --type app``),
a label (``# creates:``) or one word over a plain name is not a gloss; a path listed twice is not
guessed at.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import is_label
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _

__all__ = ["read"]

_TREE_MARK = lazyre.pattern(r"^[ \t│|]*[├└]──[ \t]*")
_GLOSSED = lazyre.pattern(r"^(?P<path>\S+)[ \t]+(?:#|//)[ \t]*(?P<gloss>\S.*?)\s*$")
_COMMENT = lazyre.pattern(r"^\s*#\s*(?P<text>\S.*?)\s*$")
_PATH = lazyre.pattern(r"^[\w.~/-]+$")
_TRAILING = lazyre.pattern(r"\s+(?:#|//).*$")  # "gradlew.bat   # " (an empty gloss too)


def _path_of(body: str) -> str:
    """``build/   # output`` → ``build/``; a line without a gloss is its own path (or not one)."""
    return _TRAILING.sub("", body).strip()


def read(walk: Walk, block: Code) -> None:
    """A concept note for each glossed path of a directory listing."""
    # a tree under a command line ("cargo new demo" then "# what it makes" over "demo/") is that
    # command's output: the comment over it says what the command made, not what the folder is for
    commanded = any(
        text.strip(" \t│|") and not _COMMENT.match(text) and not _TREE_MARK.match(text)
        and not _PATH.match(_path_of(text.strip()))
        for _, text in block.lines
    )
    above: tuple[int, str] | None = None
    found: dict[str, tuple[int, str]] = {}
    repeated: set[str] = set()
    for n, text in block.lines:
        if not text.strip(" \t│|"):
            above = None
            continue
        comment = _COMMENT.match(text)
        if comment:
            above = (n, comment.group("text"))
            continue
        tree = _TREE_MARK.match(text)
        body = text[tree.end() :] if tree else text.strip()
        glossed = _GLOSSED.match(body)
        path = glossed.group("path") if glossed else body.strip()
        gloss = glossed.group("gloss") if glossed else None
        over, above = above, None
        if not _PATH.match(path):
            continue
        if gloss is not None and (gloss.startswith("-") or is_label(gloss) or gloss.endswith((":", "："))):
            gloss = None  # "# --type app": which flag made it, not what it is
        heading = None
        if (
            over is not None and tree is None and not commanded and path.endswith("/")
            and len(over[1].split()) >= 2 and not over[1].endswith((":", "：")) and not is_label(over[1])
        ):
            heading = over[1]  # "# Gradle wrapper" over "gradle/"
        if gloss is None and heading is None:
            continue
        if path in found or path in repeated:
            repeated.add(path)
            continue
        back = f"{heading} ({gloss})" if heading is not None and gloss is not None else heading or gloss or ""
        found[path] = (over[0] if heading is not None and over is not None else n, back)
    for path, (line, back) in found.items():
        if path in repeated:
            walk.warn(line, _("line {line}: '{path}' is listed twice with different glosses; skipped").format(
                line=line, path=path))
            continue
        walk.add(Kind.CONCEPT, term=path, front=path, back=back, command=None, line=line,
                 reason="a path glossed in a directory listing")
