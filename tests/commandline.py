"""The registered sub-commands, read from the real parser, for tests that run
every command (new commands are covered as soon as they are registered)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from quizzer.cli import build_parser

__all__ = ["Command", "subcommands"]


@dataclass(frozen=True)
class Command:
    name: str
    positionals: tuple[argparse.Action, ...]
    options: tuple[argparse.Action, ...]  # options that take a value
    flags: tuple[str, ...]  # options that take none (--json …), help excluded

    @property
    def has_json(self) -> bool:
        return "--json" in self.flags


def subcommands() -> list[Command]:
    parser = build_parser()
    found: list[Command] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            positionals = tuple(a for a in sub._actions if not a.option_strings)
            options = tuple(a for a in sub._actions if a.option_strings and a.nargs != 0)
            flags = tuple(
                a.option_strings[-1]
                for a in sub._actions
                if a.option_strings and a.nargs == 0 and not isinstance(a, argparse._HelpAction)
            )
            found.append(Command(name, positionals, options, flags))
    return found
