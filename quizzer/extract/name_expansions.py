"""Whether words spell out a name: ``kubectl (kube control)``, ``curl (Client URL)`` (pure).

Notes name a program and, beside it, what its name stands for: the words it was made from.  Those
words are no description of what the program does, and a card asking "kube control" for ``kubectl``
asks to spell a name.  The words spell the name when each of them starts a piece of it, in order,
and the name's letters all come from them in order (``kubectl`` from **kube** **c**on**t**ro**l**,
``kind`` from **K**ubernetes **in** **D**ocker); ``htop (interactive process viewer)`` does not.  Words
that name a kind of writing (``## Tar: Tips And Recipes``, ``## SSH - Some Short Hints``) are a subtitle
saying what the section holds, whatever letters they start with.

A heading or an item that is a name and such words (``# KIND - Kubernetes In Docker``, ``## CLI (Command
Line Interface)``, ``- ssh (secure shell)``) says what the name stands for: a concept note (:func:`heading`,
:func:`add`), the same however it is written.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Heading, Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import PROGRAMS, WRITING_KINDS, says_doing
from quizzer.extract.model import Kind
from quizzer.extract.sentences import split_sentences
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation

__all__ = ["add", "code_title", "heading", "origin", "said_origin", "sentence", "spells", "stands_for"]

_WORD = lazyre.pattern(r"[^\W_]+")
# "KIND - Kubernetes In Docker", "CLI (Command Line Interface)", "YAML: YAML Ain't Markup Language"
_NAMED = lazyre.pattern(r"(?P<name>[A-Za-z][\w.+-]*)\s*(?:\s[-–—]\s+|[:：]\s+|\((?=.*\)$))(?P<words>[^()]+?)\)?")


def heading(walk: Walk, block: Heading) -> bool:
    """``# KIND - Kubernetes In Docker``: a name and what it stands for, a concept note; False for any other heading."""
    match = _NAMED.fullmatch(block.text.strip())
    if match is None or not spells(match.group("name"), match.group("words")):
        return False
    name, words = match.group("name"), match.group("words").strip()
    walk.add(Kind.CONCEPT, term=name, front=name, back=words, command=None, line=block.line,
             reason="heading: a name and the words it stands for")
    return True


def add(walk: Walk, name: str, words: str, line: int) -> None:
    """``- ssh (secure shell)``: an item naming a program and what its name stands for, a concept note (not
    what the program does)."""
    walk.add(Kind.CONCEPT, term=name, front=name, back=words.strip(), command=None, line=line,
             reason="item: a name and the words it stands for")


# "curl (Client URL) is a tool …", "YAML (YAML Ain't Markup Language) files are …": a name, the words in
# parentheses, then the sentence goes on
_NAMED_SUBJECT = lazyre.pattern(r"^\s*`?(?P<name>[A-Za-z][\w.+-]*)`?\s+\((?P<words>[^()]+)\)\s+\w")


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def sentence(walk: Walk, block: Para) -> bool:
    """``dd (disk dump) is your friend …``: a sentence whose subject is a name and the words it stands for; a
    concept note of the name (the rest of the sentence is left to the other readers); False when not that."""
    if block.lists or block.quote:
        return False
    match = _NAMED_SUBJECT.match(block.text)
    if match is None or not spells(match.group("name"), match.group("words")):
        return False
    walk.add(Kind.CONCEPT, term=match.group("name"), front=match.group("name"), back=match.group("words").strip(),
             command=None, line=block.line, reason="sentence: a name and the words it stands for")
    return True


# "stands for "hex dump"", "is short for Secure Shell", "is an acronym of …": the sentence says what the name stands
# for, in so many words, whatever its letters
_NAME = lazyre.pattern(r"[A-Za-z][\w.+-]*")
_STANDS_FOR = lazyre.pattern(
    r"^(?:stands\s+for|(?:is\s+)?short\s+for|is\s+an?\s+(?:abbreviation|acronym)\s+(?:of|for))\s+\S", re.IGNORECASE
)


def stands_for(walk: Walk, name: str, description: str, line: int) -> bool:
    """``**`xxd`** stands for "hex dump" (…)``: a name, then the words saying what it stands for; a concept note of
    the name (what it is called after), the sentence's first sentence only; False for any other description.
    When the words are a doing and the name a program's (```pwd` stands for "print working directory"``), they
    also say what running it does: a command note, the words its back."""
    if _STANDS_FOR.match(description) is None or _NAME.fullmatch(name) is None:
        return False  # "`~+` is short for `$PWD`": a shorthand of the shell (quizzer.extract.shorthands), no name
    description = split_sentences(description)[0]  # "… "list open files". Here are some notes …": another sentence
    words = _QUOTED_WORDS.fullmatch(description)
    invocation = parse_invocation(name) if words is not None and (name in PROGRAMS or name == walk.program) else None
    if invocation is not None and words is not None and says_doing(words.group("words")):
        walk.add_command(invocation, words.group("words"), line, reason="sentence: a program and the doing its name stands for")
        return True
    walk.add(Kind.CONCEPT, term=name, front=name, back=description, command=None, line=line,
             reason="sentence: a name and the words it stands for")
    return True


# 'stands for "print working directory".': the words quoted, nothing after them
_QUOTED_WORDS = lazyre.pattern(r"[^\"“]*[\"“](?P<words>[A-Za-z][A-Za-z' -]*[A-Za-z])[\"”]\s*[.!]?")


# "superuser do에서 유래", "global regular expression print의 약자": words the name comes from, said as such
_ORIGIN = lazyre.pattern(
    r"(?P<words>[A-Za-z][A-Za-z' ]*?)\s*(?:(?:에서|로부터)\s*(?:유래|따온|나온)|의\s*(?:약자|약어|줄임말))[\w\s]*[.!]?"
)
_PARTS = lazyre.pattern(r"\s+/\s+")


def origin(name: str, description: str) -> tuple[str, str] | None:
    """``- `sudo`: 일반 사용자에게 root 권한 주는 프로그램 / `superuser do`에서 유래``: (what the description says of
    the program, the part saying which words its name comes from), the parts split at a `` / `` and those words
    spelling the name; None when no part says so.  A card of the program joining both would teach its name's origin
    as what it does."""
    if " / " not in description:
        return None
    parts = _PARTS.split(description.strip())
    for n, part in enumerate(parts):
        said = _ORIGIN.fullmatch(part)
        if said is not None and spells(name, said.group("words")):
            rest = " / ".join(parts[:n] + parts[n + 1 :])
            return (rest, part) if rest else None
    return None


# "ping packet internet groper": a name and words
_NAME_AND_WORDS = lazyre.pattern(r"(?P<name>[A-Za-z][\w.+-]*)\s+(?P<words>[A-Za-z][A-Za-z' ]*[A-Za-z])")


def code_title(block: Para, name: str) -> tuple[str, str] | None:
    """A paragraph opening with a line of one code span, ``name`` and the words that spell it (```ping packet
    internet groper```), and going on in lines of its own: (the words, the lines after it); None for any other
    paragraph."""
    first, _newline, rest = block.inline.raw.strip().partition("\n")
    spans = [span for span in block.inline.spans if span.text.strip()]
    if not rest.strip() or not spans or spans[0].kind != "code" or spans[0].text.strip() != first.strip():
        return None
    match = _NAME_AND_WORDS.fullmatch(first.strip())
    if match is None or match.group("name") != name or not spells(name, match.group("words")):
        return None
    return match.group("words"), rest


def said_origin(name: str, said: str) -> bool:
    """``fix command의 줄임말이다.``, ``superuser do에서 유래``: ``said`` says only which words ``name`` comes from,
    and they spell it: what the name stands for, not what the program does."""
    match = _ORIGIN.fullmatch(said.strip())
    return match is not None and spells(name, match.group("words"))


def spells(name: str, phrase: str) -> bool:
    """Do the words of ``phrase`` (two at least) spell out ``name``, as its pieces in order?"""
    letters = "".join(_WORD.findall(name.casefold()))
    words = _WORD.findall(phrase.casefold())
    if len(words) < 2 or not letters or not all(word.isascii() for word in words):
        return False
    if WRITING_KINDS.intersection(words):
        return False  # "Tips And Recipes", "Some Short Hints": what the section holds, not what the name stands for
    return _from_words(letters, words)


def _from_words(letters: str, words: list[str]) -> bool:
    """``letters`` made of a leading piece (one letter at least) of each word in turn, every word used and
    letters taken from inside a word only after its first."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if not letters or letters[0] != word[0]:
        return False
    # take the word's first letter, then any of its later letters in order, then go on with the next word
    return any(_from_words(tail, rest) for tail in _tails(letters[1:], word[1:]))


def _tails(letters: str, word: str) -> list[str]:
    """What may be left of ``letters`` after some of its first letters are matched, in order, within ``word``."""
    tails = [letters]
    at = 0
    for n, letter in enumerate(letters):
        found = word.find(letter, at)
        if found < 0:
            break
        at = found + 1
        tails.append(letters[n + 1 :])
    return tails
