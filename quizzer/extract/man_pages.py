"""A man page kept as notes (``NAME`` / ``SYNOPSIS`` / ``OPTIONS`` … in capitals): one command's page (pure).

Such a page is about the command its ``NAME`` line names (``direnv fetchurl - Fetch a URL to disk``), spelt as
its ``SYNOPSIS`` types it (``git-lfs-ls-files`` is typed ``git lfs ls-files``).  Read here:

- the ``NAME`` line: that command → what it does;
- a ``SYNOPSIS`` paragraph starting with the command: its usage;
- each entry under ``OPTIONS`` / ``ARGUMENTS``, its term on a line of its own over its description
  (``<url>`` / ``    A HTTP URL …``) or an item ``- `-l`, `--long`: …`` (AsciiDoc's list, :mod:`asciidoc`):
  an option of the command;
- each entry under ``COMMANDS`` / ``SUBCOMMANDS`` (``zoxide-add(1)`` or ``add`` over what it does): a sub-command
  of the command;
- each entry under ``KEYS`` (``up, down j, k`` over what they do): keys pressed inside the program;
- nothing from ``SEE ALSO``, ``COPYRIGHT``, ``AUTHOR`` … (knowledge.MAN_SECTIONS_LEFT_OUT).

Every section is the command's (an option list under ``OPTIONS`` needs no command heading), and a section's
name is never a term.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Heading, Para
from quizzer.extract import name_expansions
from quizzer.extract.gate import MAN_NAME
from quizzer.extract.knowledge import MAN_COMMAND_SECTIONS, MAN_KEY_SECTIONS, MAN_OPTION_SECTIONS, MAN_SECTIONS, MAN_SECTIONS_LEFT_OUT
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import lines_of

__all__ = ["command_of", "heading", "para", "skips"]

REASON_SYNOPSIS = "a man page's SYNOPSIS"
REASON_OPTION = "an entry under a man page's OPTIONS"
REASON_TITLE = "the first line under a command reference page's title"
REASON_SUB_COMMAND = "an entry under a man page's COMMANDS"
REASON_KEY = "an entry under a man page's KEYS"
REASON_EACH_OPTION = "an entry under a man page's OPTIONS, the clause saying what one of its options does"

_ATX = lazyre.pattern(r"^#{1,6}[ \t]+(?P<name>[A-Z][A-Z ]*[A-Z])[ \t#]*$")
_UNDERLINE = lazyre.pattern(r"^(?:-{3,}|={3,})[ \t]*$")
# "direnv fetchurl - Fetch a URL to disk", "git-lfs-ls-files - Show …", "ls \- list directory contents"
_NAME_LINE = lazyre.pattern(r"^(?P<names>[A-Za-z0-9][\w.+-]*(?:[ \t][a-z0-9][\w.+-]*)*(?:,[ \t]*[\w.+-]+)*)"
                        r"[ \t]+(?:\\?-|–|—)[ \t]+(?P<what>\S.*)$")
# markup of a line as written: "**-v**", "`ls`", "_name_", "ls \\- list" (an "_" inside a word, "pg_dump", is the name's)
_MARKUP = lazyre.pattern(r"[*`]|(?<!\w)_+|_+(?!\w)|\\(?=[^\w\s])")
_WORD = lazyre.pattern(r"[A-Za-z0-9][\w.+-]*")
# an option list's term: "-l", "--long", "-I <paths>", "--include=<paths>", "<url>", "FILE"
_SPELLING = lazyre.pattern(r"^(?P<flag>--?[A-Za-z0-9@][\w-]*)(?:[= ](?P<value><[^<>]+>|[A-Z][A-Z_]*|\[[^\]]+\]))?$"
                       r"|^(?P<argument><[a-z][\w-]*>|[A-Z][A-Z_]{2,})$")


# a section holding one group of the command's options: "DISPLAY OPTIONS", "LONG VIEW OPTIONS"
_OPTIONS_OF_A_KIND = lazyre.pattern(r"[A-Z][A-Z -]*[A-Z] OPTIONS")
# a sentence ends here: "… for ls." (not "[files...]")
_SENTENCE_END = lazyre.pattern(r"[a-z)][.!?](?:\s|$)")


# a sub-command's entry: its own page "zoxide-add(1)", or its word "add"
_PAGE = lazyre.pattern(r"^(?P<name>[a-z][\w.+-]*)(?:\(\d\w*\))?$")
_SUB_WORD = lazyre.pattern(r"[a-z][a-z0-9-]*")


def _section_at(lines: list[str], n: int) -> str | None:
    atx = _ATX.match(lines[n])
    if atx is not None:
        return atx.group("name")
    text = lines[n].strip()
    if text and n + 1 < len(lines) and _UNDERLINE.match(lines[n + 1]) and re.fullmatch(r"[A-Z][A-Z ]*[A-Z]", text):
        return text
    return None


def _first_line_under(lines: list[str], n: int) -> str | None:
    for text in lines[n + 1 : n + 8]:
        if text.strip() and not _UNDERLINE.match(text) and not text.lstrip().startswith(("```", "~~~")):
            return text.strip()
    return None


# ronn's title, over "====" or after "# ": "git-undo(1) -- Remove latest commits", the page's NAME line
_RONN_TITLE = lazyre.pattern(r"^(?:#[ \t]+)?(?P<name>[a-z][\w.+-]*)\(\d\w*\)[ \t]+--[ \t]+\S")


def _ronn_page(text: str) -> str | None:
    """The command of a man page in ronn's markdown: its first line ``name(1) -- what it does`` and a ``SYNOPSIS``
    section; typed as its examples type it (``git-undo`` whose ``$ git undo`` lines put a space for the dash)."""
    title = _RONN_TITLE.match(text[: text.find("\n")] if "\n" in text else text)
    if title is None:
        return None
    lines = text.split("\n")
    if not any(_section_at(lines, n) == "SYNOPSIS" for n in range(len(lines))):
        return None
    name = title.group("name")
    spaced = name.replace("-", " ", 1)
    typed = spaced != name and re.search(rf"(?m)^[ \t]*\$[ \t]+{re.escape(spaced)}(?:[ \t]|$)", text) is not None
    return spaced if typed else name


def command_of(text: str) -> str | None:
    """The command a man page is about, as typed; None when ``text`` is no man page (a ``NAME`` and a
    ``SYNOPSIS`` section, a ``name - what it does`` line under the first; or ronn's ``name(1) -- what`` title)."""
    if "NAME" not in text or "SYNOPSIS" not in text:
        return _reference_page(text) or _titled_synopsis(text) or _ronn_page(text)
    lines = text.split("\n")
    found: dict[str, int] = {}
    for n in range(len(lines)):
        if "NAME" in lines[n] or "SYNOPSIS" in lines[n]:
            section = _section_at(lines, n)
            if section in ("NAME", "SYNOPSIS"):
                found.setdefault(section, n)
    if len(found) < 2:
        return None
    said = _first_line_under(lines, found["NAME"])
    match = _NAME_LINE.match(_MARKUP.sub("", said)) if said else None
    if match is None:
        return None
    name = match.group("names").split(",")[0].strip()
    usage = _first_line_under(lines, found["SYNOPSIS"])
    words: list[str] = []
    for token in _MARKUP.sub("", usage or "").removeprefix("$ ").split():
        if not _WORD.fullmatch(token):
            break
        words.append(token)
    typed = " ".join(words)
    return typed if typed and (typed == name or "-".join(words) == name) else name


_TITLE = lazyre.pattern(r"^#[ \t]+(?P<first>[^\s#]+)")


def _titled_synopsis(text: str) -> str | None:
    """The command of a page with no ``NAME`` section whose title starts with the first word of its ``SYNOPSIS``
    (``# sphinx-apidoc manual page`` over ``**sphinx-apidoc** [*options*] …``, a Sphinx man page); else None."""
    if "SYNOPSIS" not in text:
        return None
    lines = text.split("\n")
    title = next((match for line in lines[:_TITLE_AT_MOST * 2] if (match := _TITLE.match(line))), None)
    at = next((n for n in range(len(lines)) if _section_at(lines, n) == "SYNOPSIS"), None)
    if title is None or at is None:
        return None
    usage = (_first_line_under(lines, at) or "").split()
    word = _MARKUP.sub("", usage[0]) if usage else ""
    return word if _WORD.fullmatch(word) and _MARKUP.sub("", title.group("first")) == word else None


# a command reference page: "# teams messagingsettings set" first, and under "## Usage" the line typing it
_PAGE_TITLE = lazyre.pattern(r"^#[ \t]+(?P<words>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,5})[ \t]*$")
_USAGE_HEADING = lazyre.pattern(r"^#{2,3}[ \t]+(?:usage|synopsis)[ \t]*$", re.IGNORECASE)
_TITLE_AT_MOST = 6  # lines that are not blank before a reference page's title (an MDX import, a comment)
# walk.man_section right under a reference page's title, no section of MAN_SECTIONS: its first paragraph says what
# the page's command does, then the section is the page's DESCRIPTION
_REFERENCE_TITLE = "TITLE"


def _reference_page(text: str) -> str | None:
    """The command a command reference page in markdown is about: its title names the command without its program
    (``# teams messagingsettings set``) and the first line under its ``## Usage`` types it with the program
    (``m365 teams messagingsettings set [options]``); None when ``text`` is no such page."""
    if "# " not in text:
        return None
    words: str | None = None
    seen = 0
    for line in lines_of(text):  # the title is among the first lines
        if not line.strip():
            continue
        title = _PAGE_TITLE.match(line)
        if title is not None:
            words = " ".join(title.group("words").split())
            break
        seen += 1
        if seen >= _TITLE_AT_MOST or line.startswith("#"):
            return None
    if words is None:
        return None
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if _USAGE_HEADING.match(line):
            typed = _first_line_under(lines, n) or ""
            usage = re.match(rf"^(?:\$[ \t]+)?(?P<program>[a-z][\w.-]*)[ \t]+{re.escape(words)}(?:[ \t]|$)", typed)
            return f"{usage.group('program')} {words}" if usage is not None else None
    return None


def heading(walk: Walk, block: Heading) -> None:
    """After :func:`rules._heading`: a man page's section is its command's; one with nothing to learn is warned
    (:func:`skips` its blocks).  A reference page writes its sections' names as words (``## Options``), and its
    title (``# teams messagingsettings set``) is over what its command does."""
    name = block.text.strip()
    if walk.man_command is not None and not name.isupper() and name.upper() in MAN_SECTIONS:
        name = name.upper()  # "## Options" of a reference page
    elif walk.man_command is not None and _OPTIONS_OF_A_KIND.fullmatch(name):
        name = "OPTIONS"  # "DISPLAY OPTIONS", "FILTERING AND SORTING OPTIONS": one group of the command's options
    elif block.level == 1 and walk.man_command is not None and walk.man_command.endswith(" " + name):
        name = _REFERENCE_TITLE
    walk.man_section = name if name in MAN_SECTIONS or name == _REFERENCE_TITLE else None
    _term_unsaid(walk)
    if walk.man_section is not None and walk.man_command is not None and walk.sections:
        walk.sections[-1].command = walk.man_command
        walk.prose, walk.prose_heading = None, False  # "SYNOPSIS" over its usage block says nothing it does
    if walk.man_command is not None and skips(walk):
        walk.warn(block.line, _(
            "line {line}: the {section} section of the man page of {command} says nothing to learn about it; "
            "no cards made from it"
        ).format(line=block.line, section=name, command=walk.man_command))


def skips(walk: Walk) -> bool:
    """Is the section being read one with nothing to learn (``SEE ALSO``, ``COPYRIGHT`` …)?"""
    return walk.man_section in MAN_SECTIONS_LEFT_OUT


def para(walk: Walk, block: Para) -> bool:
    """Read ``block`` as a part of the man page's section; False when it is not one this module reads."""
    command, section = walk.man_command, walk.man_section
    if command is None or section is None:
        return False
    text = block.text.strip()
    if section == _REFERENCE_TITLE:  # the first paragraph under a reference page's title: what its command does
        walk.man_section = "DESCRIPTION"
        walk.add(Kind.COMMAND, term=command, front=command, back=text, command=command, line=block.line,
                 reason=REASON_TITLE)
        return True
    if section == "NAME":
        match = _NAME_LINE.match(text)  # as markdown read it, its markup taken off
        if match is None:
            return False
        what = match.group("what")
        if name_expansions.spells(command, what):  # "ncdu - NCurses Disk Usage": what the name stands for
            walk.add(Kind.CONCEPT, term=command, front=command, back=what, command=None, line=block.line, reason=MAN_NAME)
            return True
        walk.add(Kind.COMMAND, term=command, front=command, back=what, command=command, line=block.line, reason=MAN_NAME)
        return True
    if section == "SYNOPSIS":
        usage = " ".join(text.split())
        if not usage.startswith(command + " ") or _SENTENCE_END.search(usage):
            # "**exa** is a modern replacement for `ls`.": a sentence about the command under its usage, no usage
            return False
        walk.add(Kind.SYNTAX, term=command, front=command, back=usage, command=command, line=block.line,
                 reason=REASON_SYNOPSIS)
        return True
    if section in MAN_OPTION_SECTIONS:
        return _option(walk, block, command)
    if section in MAN_COMMAND_SECTIONS:
        return _sub_command(walk, block, command)
    if section in MAN_KEY_SECTIONS:
        return _key(walk, block, command)
    return False


_KEY_PARTS = lazyre.pattern(r",\s*|\s+")
_LONGEST_KEYS = 30  # characters: "up, down j, k" is keys, a longer term is a sentence


def _key(walk: Walk, block: Para, command: str) -> bool:
    """``- up, down j, k: Cycle through the items`` under ``KEYS`` of ncdu's page: keys pressed inside the program →
    what they do (each key of the list a right answer)."""
    if not block.lists:
        return False
    keys, _, meaning = block.text.strip().partition(": ")
    keys, meaning = keys.strip(), " ".join(meaning.split())
    if not keys or not meaning or len(keys) > _LONGEST_KEYS:
        return False
    parts = tuple(part for part in _KEY_PARTS.split(keys) if part)
    walk.add(Kind.COMMAND, term=keys, front=keys, back=meaning, command=command, line=block.line,
             answers=(keys, *parts) if len(parts) > 1 else (), reason=REASON_KEY)
    return True


def _sub_command(walk: Walk, block: Para, command: str) -> bool:
    """``- zoxide-add(1): Add a new directory …`` under ``SUBCOMMANDS`` of zoxide's page: ``zoxide add`` → what
    it does (the sub-command's own page named ``command-sub(N)``, or the sub-command's word alone)."""
    if not block.lists:
        return False
    term, _, meaning = block.text.strip().partition(": ")
    name = _PAGE.match(term.strip())
    meaning = " ".join(meaning.split())
    if name is None or not meaning:
        return False
    word = name.group("name").removeprefix(command.replace(" ", "-") + "-")
    if not _SUB_WORD.fullmatch(word):
        return False
    sub = f"{command} {word}"
    walk.add(Kind.COMMAND, term=sub, front=sub, back=meaning, command=sub, line=block.line, reason=REASON_SUB_COMMAND)
    return True


# "--soft or -s", "-s, --soft": an option's spellings alone, "or" between them as ronn pages write it
_OR = lazyre.pattern(r",[ \t]+|[ \t]+or[ \t]+")


def _spellings(term: str) -> list[str] | None:
    """The spellings of an option list's term (``-l, --long``, ``--soft or -s``, ``<url>``); None when it is not one."""
    spellings: list[str] = []
    for part in _OR.split(term):
        match = _SPELLING.match(part.strip())
        if match is None:
            return None
        spellings.append(match.group("flag") or match.group("argument"))
    return spellings or None


def _term_unsaid(walk: Walk) -> None:
    """An option written alone (``--soft or -s``) with no paragraph under it saying what it does (a heading, another
    option or a list came next): warned, no card."""
    if walk.man_term is None:
        return
    spellings, _written, line = walk.man_term
    walk.man_term = None
    walk.warn(line, _(
        "line {line}: the option {option} stands alone with no paragraph under it saying what it does; no card made"
    ).format(line=line, option=", ".join(spellings)))


def _option(walk: Walk, block: Para, command: str) -> bool:
    text = block.text.strip()
    alone = _spellings(text) if not block.lists and "\n" not in text else None
    if alone is not None:  # "--soft or -s" alone, its meaning the paragraph under it (a ronn page's)
        _term_unsaid(walk)
        walk.man_term = (alone, text if text not in alone else None, block.line)
        return True
    if walk.man_term is not None and not block.lists:
        alone_spellings, written_as, _line = walk.man_term
        walk.man_term = None
        walk.add_option(alone_spellings, " ".join(text.split()), command, block.line, reason=REASON_OPTION,
                        written=written_as)
        return True
    _term_unsaid(walk)
    if block.lists:
        term, _, meaning = text.partition(": ")  # "- -l, --long: Show the entire OID" (AsciiDoc's list)
    else:  # "<url>" / "    A HTTP URL …": the term is the paragraph's first line as written
        term = _MARKUP.sub("", walk.written(block.line) or "").strip()
        if not term or not text.startswith(term + " "):
            return False
        meaning = text[len(term) :]
    meaning = " ".join(meaning.split()).removeprefix(": ")  # pandoc's "**-v**" / ":   Say each move."
    parts = [part.strip() for part in term.split(", ")]
    spellings: list[str] = []
    for part in parts:
        match = _SPELLING.match(part)
        if match is None:
            return False
        spellings.append(match.group("flag") or match.group("argument"))
    if not meaning or not spellings:
        return False
    written = next((part for part in parts if part not in spellings), None)
    each = _each_said(block.inline.marked, spellings)
    if each is not None:
        # "-0, -1, -2" / "Interface used to … `-0` will prevent …, while `-1` will display …": options of one
        # entry, each said in a clause of its own (what they share, the first sentence, is no one option's)
        for spelling, what in each:
            walk.add_option([spelling], what, command, block.line, reason=REASON_EACH_OPTION)
        return True
    walk.add_option(spellings, meaning, command, block.line, reason=REASON_OPTION, written=written)
    return True


# "`-1` will display compact progress …, while …": an option in code opening a clause, up to the clause's end
_CLAUSE = r"`{flag}`\s+(?P<what>[a-z][^`]*?)(?=,\s+(?:while|whereas|and)\s|;|\.\s|\.?\s*$)"


def _each_said(raw: str, spellings: list[str]) -> list[tuple[str, str]] | None:
    """Of an entry naming several options, each option and the clause of the description that opens with it in code
    and says what it does; None unless every one of them has such a clause (``-X, --exclude-from`` share one
    meaning: no clause for each)."""
    if len(spellings) < 2:
        return None
    said: list[tuple[str, str]] = []
    for spelling in spellings:
        clause = re.search(_CLAUSE.format(flag=re.escape(spelling)), raw)
        if clause is None:
            return None
        said.append((spelling, " ".join(clause.group("what").split())))
    return said
