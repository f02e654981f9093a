"""A self-documented Makefile kept under a markdown name, read as the markdown it means (pure).

A Makefile that documents itself writes each target's purpose after ``##`` on the target's line (its
``help`` target prints them)::

    .PHONY: clean test
    clean: clean-build clean-pyc ## remove all build artifacts
    	rm -fr build/

    test:  ## run the tests
    	pytest

Read as markdown it is headings and paragraphs of recipes.  ``blocks.prepare`` indents it as one code block
(``bare_scripts.indented``), and :func:`read` reads that block, or a fence labelled ``makefile`` (``make``,
``mk``) holding such a Makefile in notes: each documented target is a command, ``make clean`` → ``remove all
build artifacts``; recipes, variables, ``define`` … ``endef`` scripts and a target with no ``##`` make no card.

A text reads so only when every line that is not blank is one a Makefile has (a rule ``name: …``, a recipe
indented by a tab, a variable ``NAME := …``, a directive ``.PHONY:`` / ``export`` / ``include`` / ``ifeq`` …,
a ``#`` comment, a line inside ``define`` … ``endef``), and at least two targets are documented so, and at
least one rule has a recipe under it: a markdown note that shows a ``## `` heading is no Makefile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizzer import lazyre
from quizzer.extract.knowledge import MAKEFILE_FENCE_INFOS
from quizzer.shell import parse_invocation

if TYPE_CHECKING:  # (blocks.prepare reads a Makefile kept whole with this module: no import back at run time)
    from quizzer.extract.blocks import Code
    from quizzer.extract.walk import Walk

__all__ = ["REASON", "is_makefile", "read"]

REASON = "Makefile target with its ## comment"
_LEAST = 2  # documented targets a Makefile needs at least
# "clean: clean-build clean-pyc ## remove …", "test:  ## Run …", "lint/flake8: ## check style"
_DOCUMENTED = lazyre.pattern(r"^(?P<target>[A-Za-z0-9][\w./-]*)[ \t]*::?(?![=])(?P<deps>[^#\n]*)##[ \t]*(?P<what>\S.*?)[ \t]*$")
# a rule: "help:", "build: clean", "%.o: %.c", ".PHONY: clean test", "a b: c" (not "x := 1")
_RULE = lazyre.pattern(r"^[^\s:#=][^:#=]*::?(?!=)(?:[ \t].*)?$")
_VARIABLE = lazyre.pattern(r"^(?:export[ \t]+|override[ \t]+)?[A-Za-z_.][\w.]*[ \t]*(?:[:?+!]|::)?=.*$")
_DIRECTIVE = lazyre.pattern(r"^(?:-?include|sinclude|export|unexport|vpath|ifeq|ifneq|ifdef|ifndef|else|endif)\b.*$")
_DEFINE = lazyre.pattern(r"^(?:export[ \t]+)?define[ \t]+\S+")
_COMMENT = lazyre.pattern(r"^[ \t]*#.*$")


def is_makefile(text: str) -> bool:
    """Whether ``text`` is a self-documented Makefile (see the module's docstring)."""
    if "##" not in text or "\t" not in text or "\n\t" not in text:
        return False  # most documents stop here
    documented = 0
    inside_define = rule_open = recipe = False
    for line in text.split("\n"):
        if inside_define:
            inside_define = line.strip() != "endef"
            continue
        if not line.strip():
            continue
        if line.startswith("\t"):
            if not rule_open:
                return False  # a tab-indented line under no rule: a note's layout
            recipe = True
            continue
        if _DEFINE.match(line):
            inside_define, rule_open = True, False
        elif _DOCUMENTED.match(line):
            documented += 1
            rule_open = True
        elif _RULE.match(line):
            rule_open = True
        elif _VARIABLE.match(line) or _DIRECTIVE.match(line) or _COMMENT.match(line):
            rule_open = False
        else:
            return False
    return documented >= _LEAST and recipe


def read(walk: Walk, block: Code) -> bool:
    """Notes for the documented targets of a fenced self-documented Makefile; False if the block is none."""
    label = block.language
    if (label and label not in MAKEFILE_FENCE_INFOS) or not is_makefile("\n".join(text for _, text in block.lines)):
        return False  # (an unlabelled block is read only when every line of it is a Makefile's)
    for number, text in block.lines:
        match = None if text.startswith("\t") else _DOCUMENTED.match(text)
        invocation = parse_invocation(f"make {match.group('target')}") if match is not None else None
        if match is not None and invocation is not None:
            walk.add_command(invocation, match.group("what"), number, reason=REASON)
    return True
