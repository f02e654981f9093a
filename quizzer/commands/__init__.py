"""The commands of the ``quizzer`` program, one module a group.

Each module listed in :data:`MODULES` has ``register(add)``: ``add(name, func,
help)`` makes a sub-command and returns its parser.  A module imports only
the standard library at the top; what a command needs it imports inside the
function that runs it, so ``quizzer --help`` stays fast.
"""

from __future__ import annotations

__all__ = ["MODULES"]

#: Registration order is the order of ``quizzer --help``.
MODULES = (
    "quizzer.commands.review",
    "quizzer.commands.quiz",
    "quizzer.commands.notes",
    "quizzer.commands.check",
    "quizzer.commands.listing",
    "quizzer.commands.stats",
    "quizzer.commands.exchange",
    "quizzer.commands.delete",
    "quizzer.commands.where",
)
