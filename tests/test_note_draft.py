"""A note draft is made by its own __init__ (written for speed): it takes the dataclass's fields in their
order with their defaults, sets each, and the note stays frozen."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from quizzer.extract.model import Kind, NoteDraft


def test_init_takes_the_fields_in_order_with_their_defaults() -> None:
    parameters = list(inspect.signature(NoteDraft.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in dataclasses.fields(NoteDraft)]
    assert [p.default for p in parameters] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in dataclasses.fields(NoteDraft)]


def test_each_field_is_the_one_given() -> None:
    values = dict(key="d|option|tar|-x", kind=Kind.OPTION, front="-x", back="풀기", command="tar", section=("tar",),
                  line=7, tags=("tar", "옵션"), answers=("-x", "--extract"), context="tar -xf a.tar", position=2,
                  reason="option list")
    note = NoteDraft(**values)
    assert {f.name: getattr(note, f.name) for f in dataclasses.fields(note)} == values
    assert NoteDraft(*values.values()) == note
    short = NoteDraft("d|concept||pipe", Kind.CONCEPT, "pipe", "연결", None, (), 1, ())
    assert (short.answers, short.context, short.position, short.reason) == ((), None, None, None)
    assert dataclasses.replace(note, back="추출") == NoteDraft(**{**values, "back": "추출"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        note.back = "x"  # type: ignore[misc]
