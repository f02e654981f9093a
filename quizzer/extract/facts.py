"""A paragraph's cheap facts, worked out once, and the rules that need them (pure).

Most rules turn most blocks down at their first line: no code span, more than one
line, not the first paragraph of its item.  Asked of every block by some fifty
rules, those first lines are most of the walk over a long list.  So each rule
declares, with :func:`needs` right above its own definition, the facts its first
lines test; a :class:`Chain` of rules works a block's facts out once and calls
only the rules whose facts the block has.

A declaration is a promise about the rule's own code: when the block lacks one of
the facts, the rule returns False and changes nothing.  :func:`every_rule` (for
the tests) calls each rule anyway and checks that promise, so a wrong declaration
fails a test instead of dropping a card.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from enum import IntEnum, IntFlag
from typing import Any, TypeVar

from quizzer.extract.blocks import Para

__all__ = ["Chain", "Fact", "Shape", "every_rule", "facts_of", "needs", "needs_of"]


class Fact(IntFlag):
    """What can be told of a paragraph without reading it: each a test of a character or an attribute."""

    CODE = 1 << 0  # a code span among its spans (Inline.has_code)
    NO_CODE = 1 << 1
    ONE_LINE = 1 << 2  # one line, blank lines around it trimmed (Inline.one_line)
    LINES = 1 << 3
    NO_BREAK = 1 << 4  # no "\n" at all in the raw text (trailing ones counted)
    BREAK = 1 << 5
    NO_QUOTE = 1 << 6  # not inside a blockquote
    FIRST = 1 << 7  # the first paragraph of its list item (or not in a list)
    LISTED = 1 << 8  # in a list item, at any depth
    TOP = 1 << 9  # in a list item not nested in another
    NESTED = 1 << 10  # in a list item nested in another
    BULLET = 1 << 11  # its innermost list is a bullet list
    CODE_FIRST = 1 << 12  # the first span is a code span
    TEXT_FIRST = 1 << 13  # the first span is plain text
    KEY_FIRST = 1 << 14  # the first span is a code span or bold (how keys are written)
    NO_STRONG = 1 << 15  # no bold span
    EQUALS = 1 << 16  # "=" in the raw text
    CLOSE_PAREN = 1 << 17  # ")" in the raw text
    DASH = 1 << 18  # "-" in the raw text
    IS = 1 << 19  # " is " or " are " in the text
    WHICH = 1 << 20  # " which " in the text
    COMMAND_WORD = 1 << 21  # "command" in the text, any case
    QUOTE = 1 << 22  # inside a blockquote
    UNLISTED = 1 << 23  # in no list item
    BACKTICK = 1 << 24  # a code span, or a "`" in the text (Inline.marked holds a backtick)


def facts_of(block: Para) -> int:
    """The facts ``block`` has, as the bits of :class:`Fact` (a plain int: IntFlag's operators cost a call each)."""
    inline = block.inline
    raw, spans, lists = inline.raw, inline.spans, block.lists
    found = _CODE if inline.has_code else _NO_CODE
    found |= _ONE_LINE if inline.one_line else _LINES
    found |= _BREAK if "\n" in raw else _NO_BREAK
    found |= _QUOTE if block.quote else _NO_QUOTE
    if inline.has_code or "`" in raw:
        found |= _BACKTICK
    if block.first:
        found |= _FIRST
    if lists:
        found |= _LISTED_TOP if len(lists) == 1 else _LISTED_NESTED
        if not lists[-1].ordered:
            found |= _BULLET
    else:
        found |= _UNLISTED
    if spans:
        kind = spans[0].kind
        if kind == "code":
            found |= _CODE_FIRST
        elif kind == "text":
            found |= _TEXT_FIRST
        elif kind == "strong":
            found |= _KEY_FIRST
    for span in spans:
        if span.kind == "strong":
            break
    else:
        found |= _NO_STRONG
    if "=" in raw:
        found |= _EQUALS
    if ")" in raw:
        found |= _CLOSE_PAREN
    if "-" in raw:
        found |= _DASH
    text = block.text
    if " is " in text or " are " in text:
        found |= _IS
    if " which " in text:
        found |= _WHICH
    if "command" in text.lower():
        found |= _COMMAND_WORD
    return found


_CODE, _NO_CODE, _ONE_LINE, _LINES = int(Fact.CODE), int(Fact.NO_CODE), int(Fact.ONE_LINE), int(Fact.LINES)
_BREAK, _NO_BREAK, _NO_QUOTE, _FIRST = int(Fact.BREAK), int(Fact.NO_BREAK), int(Fact.NO_QUOTE), int(Fact.FIRST)
_LISTED_TOP, _LISTED_NESTED = int(Fact.LISTED | Fact.TOP), int(Fact.LISTED | Fact.NESTED)
_BULLET, _CODE_FIRST = int(Fact.BULLET), int(Fact.CODE_FIRST | Fact.KEY_FIRST)
_TEXT_FIRST, _KEY_FIRST, _NO_STRONG = int(Fact.TEXT_FIRST), int(Fact.KEY_FIRST), int(Fact.NO_STRONG)
_EQUALS, _CLOSE_PAREN, _DASH = int(Fact.EQUALS), int(Fact.CLOSE_PAREN), int(Fact.DASH)
_IS, _WHICH, _COMMAND_WORD = int(Fact.IS), int(Fact.WHICH), int(Fact.COMMAND_WORD)
_QUOTE, _UNLISTED, _BACKTICK = int(Fact.QUOTE), int(Fact.UNLISTED), int(Fact.BACKTICK)


_Rule = TypeVar("_Rule", bound=Callable[..., bool])
_NEEDS: dict[Callable[..., bool], int] = {}


def needs(*facts: Fact) -> Callable[[_Rule], _Rule]:
    """Declare, above a rule, the facts without which it returns False and changes nothing."""

    need = 0
    for fact in facts:
        need |= int(fact)  # a plain int: the chains test it against a block's facts (IntFlag's & is a call)

    def declare(rule: _Rule) -> _Rule:
        _NEEDS[rule] = need
        return rule

    return declare


def needs_of(rule: Callable[..., bool]) -> Fact:
    """The facts ``rule`` declared (none: it is asked of every block)."""
    return Fact(_NEEDS.get(rule, 0))


class Shape(IntEnum):
    """How a chain calls a rule: the arguments it takes after the walk."""

    BLOCK = 0  # rule(walk, block)
    DEPTH = 1  # rule(walk, block, depth)
    INLINE = 2  # rule(walk, block.inline, block.line)
    TEXT = 3  # rule(walk, block.text, block.line)


_BLOCK, _DEPTH, _INLINE = Shape.BLOCK, Shape.DEPTH, Shape.INLINE
_checking = False


@contextmanager
def every_rule() -> Iterator[None]:
    """(For the tests.) Chains call every rule, and check each declaration the block's facts fail."""
    global _checking
    before, _checking = _checking, True
    try:
        yield
    finally:
        _checking = before


class Chain:
    """Rules asked in turn of a block until one reads it; a rule whose facts the block lacks is not asked."""

    def __init__(self, *rules: tuple[Callable[..., bool], Shape]) -> None:
        self._rules = tuple((rule, shape, _NEEDS.get(rule, 0)) for rule, shape in rules)
        self._plans: dict[int, tuple[tuple[Callable[..., bool], Shape], ...]] = {}

    def first(self, walk: Any, block: Para, depth: int, facts: int) -> bool:
        """Whether one of the rules read ``block`` (the first that did; the rest are not asked)."""
        if _checking:
            return self._checked(walk, block, depth, facts)
        plan = self._plans.get(facts)
        if plan is None:
            plan = self._plan(facts)
        for rule, shape in plan:  # (_call written out: a call less for each rule asked)
            if shape is _BLOCK:
                if rule(walk, block):
                    return True
            elif shape is _DEPTH:
                if rule(walk, block, depth):
                    return True
            elif rule(walk, block.inline, block.line) if shape is _INLINE else rule(walk, block.text, block.line):
                return True
        return False

    def each(self, walk: Any, block: Para, depth: int, facts: int) -> None:
        """Ask each rule whose facts ``block`` has, in turn, whatever the ones before said (rules that read on)."""
        if _checking:
            self._checked(walk, block, depth, facts, each=True)
            return
        plan = self._plans.get(facts)
        if plan is None:
            plan = self._plan(facts)
        for rule, shape in plan:
            _call(rule, shape, walk, block, depth)

    def _plan(self, facts: int) -> tuple[tuple[Callable[..., bool], Shape], ...]:
        plan = self._plans[facts] = tuple((rule, shape) for rule, shape, need in self._rules if need & facts == need)
        return plan

    def _checked(self, walk: Any, block: Para, depth: int, facts: int, *, each: bool = False) -> bool:
        for rule, shape, need in self._rules:
            if need & facts == need:
                if _call(rule, shape, walk, block, depth) and not each:
                    return True
                continue
            before = _state(walk)
            if _call(rule, shape, walk, block, depth) or _state(walk) != before:
                missing = Fact(need & ~facts)
                raise AssertionError(
                    f"{rule.__module__}.{rule.__qualname__} read line {block.line} although the block lacks "
                    f"{missing!r}, which it declares it needs"
                )
        return False


def _call(rule: Callable[..., bool], shape: Shape, walk: Any, block: Para, depth: int) -> bool:
    if shape is Shape.BLOCK:
        return rule(walk, block)
    if shape is Shape.DEPTH:
        return rule(walk, block, depth)
    if shape is Shape.INLINE:
        return rule(walk, block.inline, block.line)
    return rule(walk, block.text, block.line)


def _state(value: Any, depth: int = 0) -> Any:
    """What ``value`` holds, as a value to compare (containers and mutable dataclasses copied, two levels deep)."""
    if depth > 3:
        return copy.copy(value)
    if isinstance(value, dict):
        return tuple((key, _state(item, depth + 1)) for key, item in value.items())
    if isinstance(value, (list, set)):
        return tuple(_state(item, depth + 1) for item in value) if isinstance(value, list) else frozenset(value)
    if is_dataclass(value) and not isinstance(value, type) and not value.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        return (type(value), tuple(_state(getattr(value, f.name), depth + 1) for f in fields(value)))
    if depth == 0 and hasattr(value, "__dict__"):
        return _state(dict(vars(value)), depth)
    return value
