"""argparse's own words (``usage:``, ``options``, its error messages) from
quizzer's catalogue, so ``quizzer --lang ko --help`` is Korean throughout.

argparse looks its messages up with the module-level ``argparse._`` each time
it shows one; :func:`install` points that at quizzer's catalogue (messages
not listed here stay in English).
"""

from __future__ import annotations

import argparse

from quizzer.i18n import N_, _, ngettext

__all__ = ["MESSAGES", "install"]

#: The messages of argparse (Python 3.11–3.13) a quizzer user can see.
MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("%(prog)s: error: %(message)s\n"),
)


def install() -> None:
    """Show argparse's messages in the language quizzer uses."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
