"""A self-documented Makefile kept under a markdown name, read as the markdown it means (pure).

A Makefile that documents itself writes each target's purpose after ``##`` on the target's line (its
``help`` target prints them)::

    .PHONY: clean test
    clean: clean-build clean-pyc ## remove all build artifacts
    	rm -fr build/

    test:  ## run the tests
    	pytest

Read as markdown it is headings and paragraphs of recipes.  :func:`as_markdown` rewrites it line for line:
each documented target is an item ``- `make clean`: remove all build artifacts`` on its own line, and every
other line (recipes, variables, ``define`` … ``endef`` scripts, a target with no ``##``) is blank.

A text reads so only when every line that is not blank is one a Makefile has (a rule ``name: …``, a recipe
indented by a tab, a variable ``NAME := …``, a directive ``.PHONY:`` / ``export`` / ``include`` / ``ifeq`` …,
a ``#`` comment, a line inside ``define`` … ``endef``), and at least two targets are documented so, and at
least one rule has a recipe under it: a markdown note that shows a ``## `` heading is no Makefile.
"""

from __future__ import annotations

import re

__all__ = ["as_markdown", "is_makefile"]

_LEAST = 2  # documented targets a Makefile needs at least
# "clean: clean-build clean-pyc ## remove …", "test:  ## Run …", "lint/flake8: ## check style"
_DOCUMENTED = re.compile(r"^(?P<target>[A-Za-z0-9][\w./-]*)[ \t]*::?(?![=])(?P<deps>[^#\n]*)##[ \t]*(?P<what>\S.*?)[ \t]*$")
# a rule: "help:", "build: clean", "%.o: %.c", ".PHONY: clean test", "a b: c" (not "x := 1")
_RULE = re.compile(r"^[^\s:#=][^:#=]*::?(?!=)(?:[ \t].*)?$")
_VARIABLE = re.compile(r"^(?:export[ \t]+|override[ \t]+)?[A-Za-z_.][\w.]*[ \t]*(?:[:?+!]|::)?=.*$")
_DIRECTIVE = re.compile(r"^(?:-?include|sinclude|export|unexport|vpath|ifeq|ifneq|ifdef|ifndef|else|endif)\b.*$")
_DEFINE = re.compile(r"^(?:export[ \t]+)?define[ \t]+\S+")
_COMMENT = re.compile(r"^[ \t]*#.*$")
_ESCAPED = re.compile(r"([\\`*_\[\]<>&|])")


def is_makefile(text: str) -> bool:
    """Whether ``text`` is a self-documented Makefile (see the module's docstring)."""
    if "##" not in text or "\n\t" not in text:
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


def as_markdown(text: str) -> str:
    """``text`` (a self-documented Makefile) as markdown, each documented target an item on its own line."""
    out: list[str] = []
    inside_define = False
    for line in text.split("\n"):
        if inside_define:
            inside_define = line.strip() != "endef"
            out.append("")
            continue
        if _DEFINE.match(line):
            inside_define = True
        match = None if line.startswith("\t") else _DOCUMENTED.match(line)
        if match is None:
            out.append("")
            continue
        what = _ESCAPED.sub(r"\\\1", match.group("what"))
        out.append(f"- `make {match.group('target')}`: {what}")
    return "\n".join(out)
