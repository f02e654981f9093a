"""Lines typed at a program's own prompt, with its answers between them (pure).

``> db.users.find()`` then ``{ "_id" : … }``, ``mysql> SHOW TABLES;``, ``redis> DBSIZE``: what is typed
after the prompt is a command of that program (not a shell command line), what follows it is
output.  Which program it is needs evidence: the prompt names it (``mysql>``), or a bare ``>``
in a document whose title names a program with an interactive shell (``# MongoDB cheatsheet``, or
``title: "[mongoDB] 명령어"`` in its front matter).
A call on the shell's object written with no prompt (``db.posts.find({})`` alone in a block, in notes
whose title names MongoDB) is typed there too; so is an SQL statement ending in ``;`` (``create user …;``) alone in
a block of notes whose title names an SQL client (psql, mysql, sqlite3).  psql's own prompt names the database,
``mydb=#`` (a superuser) or ``mydb=>``: a line typed there is psql's (so is one at ``postgres=$``, the prompt of
the database named for PostgreSQL, as some write it).  The text just above the block says what the typed line does; lines typed that are different
commands under one description are not guessed at (the caller warns).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.asides import statement_aside
from quizzer.extract.blocks import Code
from quizzer.extract.gate import ABOVE_PROMPTED
from quizzer.extract.knowledge import DATABASE_PROMPT_PROGRAM, SHELL_PROGRAMS, SQL_SHELLS, SQL_STATEMENT_VERBS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["bare_prompted", "database_prompted", "named_prompt", "read", "shell_program", "unprompted"]

# "> db", "mysql> SHOW TABLES;", "aws> s3 ls", "127.0.0.1:6379> KEYS *": the prompt, then what is typed
_TYPED = lazyre.pattern(r"^\s*(?:(?P<name>[A-Za-z][\w-]*)|(?P<host>[A-Za-z][\w.-]*|\d[\d.]*):\d{2,5})?>\s+(?P<typed>\S.*?)\s*$")
_WORD = lazyre.pattern(r"[A-Za-z][\w.+-]*")
# "db.users.insert({...})" → "db.users.insert": a call is the same command whatever its arguments
_CALL = lazyre.pattern(r"^[^\s(]+(?=\()")


def shell_program(walk: Walk) -> str | None:
    """The program with a shell of its own that the document is about: named by its title (a ``#`` heading, or
    the front matter's ``title: "[mongoDB] 명령어"``)."""
    titles = [section.text for section in walk.sections[:1] if section.level <= 1]
    if walk.titled:
        titles.append(walk.titled)
    if walk.program:
        titles.append(walk.program)
    for title in titles:
        for word in _WORD.findall(title)[:5]:
            program = SHELL_PROGRAMS.get(word.lower())
            if program is not None:
                return program
    return None


def named_prompt(text: str) -> bool:
    """``mysql> SHOW TABLES;``, ``127.0.0.1:6379> KEYS *``: a line typed at a prompt that names its program
    or the server it is connected to (a bare ``> file`` may be a shell redirect)."""
    match = _TYPED.match(text)
    return match is not None and bool(match.group("host") or match.group("name"))


_BARE = lazyre.pattern(r"^\s*>\s+\S")


def bare_prompted(walk: Walk, block: Code) -> bool:
    """``> ttl { KEY }`` alone in a block of notes whose title names a program with a shell of its own (``title:
    "redis 기본 명령어 모음"``): every line typed at that shell's bare ``>`` prompt, none printed."""
    rows = [text for _, text in block.lines if text.strip()]
    return bool(rows) and all(_BARE.match(text) for text in rows) and shell_program(walk) is not None


def _same_command(typed: list[str]) -> bool:
    """``db.c.insert({a})`` and ``db.c.insert({b})``: one call with other arguments."""
    calls = {(_CALL.match(text) or re.match(r"\S+", text)).group(0) for text in typed}  # type: ignore[union-attr]
    return len(calls) == 1 and all(_CALL.match(text) for text in typed)


# "- `select * from users` :": the same thing in another language, a bullet of one code span
_EQUIVALENT = lazyre.pattern(r"^\s*[-*+]\s+`[^`]+`\s*[:：]?\s*$")
# "Read all the rows, similar to:": what it does, then what it is like
_LIKE = lazyre.pattern(r"(?:,\s*|\s+)(?:similar to|same as|equivalent to|like)\s*[:：]\s*$", re.IGNORECASE)


def _described_above(walk: Walk, block: Code) -> str | None:
    """``Read all the rows, similar to:`` over ``- `select * from t` :`` over the block: the sentence."""
    rows = [text for text in walk.source[max(0, block.line - 6) : block.line - 1] if text.strip()]
    if len(rows) < 2 or not _EQUIVALENT.match(rows[-1]):
        return None
    like = _LIKE.search(rows[-2])
    return clean(rows[-2][: like.start()]) or None if like else None


def _quoted_below(walk: Walk, block: Code) -> bool:
    """A quote right under the block (``> 현재 프로파일을 확인하는 코드``): the notes say what it does there,
    and the text above may be about more than this block."""
    end = block.lines[-1][0] + 1 if block.lines else block.line + 1  # the closing fence
    after = next((text for text in walk.source[end : end + 3] if text.strip()), "")
    return after.lstrip().startswith(">")


# "db.posts.find({a : 1}).pretty()", "db.book.drop();": a call on a shell's object, its chain and nothing else
_CALL_CHAIN = lazyre.pattern(r"^\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(.*\)(?:\.[A-Za-z_$][\w$]*\(.*\))*\s*;?\s*$")
#: the shells whose lines are calls (``db.users.find()``): a call chain in notes about an SQL client
#: (``conn.close()`` under "# PostgreSQL") is the app's code, never typed at psql's or mysql's prompt
_CALLED_SHELLS = frozenset({"mongo", "mongosh", "node"})


# "create user x with password 'y';", "SELECT * FROM pg_user;": one SQL statement, its verb first, ended by ";"
_SQL_STATEMENT = lazyre.pattern(
    r"^\s*(?:" + "|".join(sorted(SQL_STATEMENT_VERBS)) + r")\s[^;]*;\s*$", re.IGNORECASE
)
# "mydb=# \du", "mydb=> select 1;": psql's prompt, the database's name and "=#" or "=>" ("=$" as some write it)
_DATABASE_PROMPT = lazyre.pattern(r"^\s*(?P<db>[A-Za-z][\w-]*)=(?P<mark>[#>$])\s+(?P<typed>\S.*?)\s*$")


def unprompted(walk: Walk, block: Code) -> Code | None:
    """``db.posts.remove({key : 1})`` alone in a block, no prompt, in notes about a program whose shell takes
    calls (their title names MongoDB or Node), or ``create user x;`` in notes about an SQL client: a line typed at
    that shell's prompt, written without it.  The block with the prompt put back, or None."""
    rows = [(n, text) for n, text in block.lines if text.strip()]
    if not rows:
        return None
    program = shell_program(walk)
    called = program in _CALLED_SHELLS and all(_CALL_CHAIN.match(text) for _, text in rows)
    stated = program in SQL_SHELLS and len(rows) == 1 and _SQL_STATEMENT.match(rows[0][1]) is not None
    if not called and not stated:
        return None
    return replace(block, lines=tuple((n, f"> {text.strip()}") for n, text in rows))


def _as_asked(typed: str) -> str:
    """``db.posts.insert({"key" : "a1", "title" : …`` left open (its data goes on over the next lines, or past
    the block's width): the call's name, ``db.posts.insert()``; a line whose brackets close, as typed."""
    call = _CALL.match(typed)
    if call is None or typed.count("(") <= typed.count(")"):
        return typed
    return f"{call.group(0)}()"


def read(walk: Walk, block: Code, prose: str | None) -> bool:
    """Typed lines at a program's prompt described by the text above: one command note; False if not sure."""
    prose = _described_above(walk, block) or prose
    typed: list[tuple[int, str, str | None]] = []
    for n, text in block.lines:
        match = _TYPED.match(text)
        if match:
            host = match.group("host")
            typed.append((n, match.group("typed"), f"{host}:" if host else match.group("name")))
    names = {name.lower() if name else None for _, _, name in typed}
    if not typed or prose is None or "\n" in prose or len(names) != 1 or _quoted_below(walk, block):
        return False
    name = names.pop()
    # a prompt that names a program we do not know ("aws>" is aws-shell, whose ".profile" is no aws command);
    # "host:port>" names the server the shell is connected to: the shell is the one the notes are about
    program = SHELL_PROGRAMS.get(name) if name and not name.endswith(":") else shell_program(walk)
    if program is None or len(typed) > 1 and not _same_command([text for _, text, _ in typed]):
        return False
    line, first, _ = typed[0]
    answers = tuple(dict.fromkeys(_as_asked(clean(text)) for _, text, _ in typed))
    aside = statement_aside(prose)  # "Change the database (the default database is 0)": a fact beside what it does
    walk.add(
        Kind.COMMAND, term=answers[0], front=answers[0], back=prose[: aside.start()] if aside else prose,
        command=program, line=line, answers=answers, context=aside.group("aside") if aside else None,
        reason=ABOVE_PROMPTED,
    )
    return True


def database_prompted(block: Code) -> Code | None:
    """``postgres=# \\du`` over what it printed: lines typed at psql's prompt, given the ``psql>`` prompt the reader
    knows (:func:`read`); None when the block does not open at that prompt."""
    first = next((text for _, text in block.lines if text.strip()), "")
    if "=" not in first:
        return None
    opened = _DATABASE_PROMPT.match(first)
    if opened is None or opened.group("mark") == "$" and SHELL_PROGRAMS.get(opened.group("db").lower()) != DATABASE_PROMPT_PROGRAM:
        return None
    rows = tuple(
        (n, f"{DATABASE_PROMPT_PROGRAM}> {match.group('typed')}" if (match := _DATABASE_PROMPT.match(text)) else text)
        for n, text in block.lines
    )
    return replace(block, lines=rows)
