"""Patterns compiled when first used (``quizzer.lazyre``), and the one way the package writes a pattern."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzer import lazyre

PACKAGE = Path(__file__).resolve().parents[1] / "quizzer"
SOURCES = (r"(?P<word>\w+)\s*[:：]\s*", r"^#{1,6}\s+(.+)$", r"(?i)\b(?:sudo|doas)\s+", r"[가-힣]+(?:은|는)")
FLAGS = (0, re.IGNORECASE, re.MULTILINE | re.DOTALL)


def test_a_pattern_is_compiled_at_its_first_use_not_when_written() -> None:
    broken = lazyre.pattern("(unclosed")  # written at import, as a module's patterns are: nothing compiled yet
    joined = lazyre.pattern(rf"{broken.pattern})")  # its source joins another's without compiling it
    assert joined.fullmatch("(unclosed)") is None
    with pytest.raises(re.error):
        broken.search("text")


@given(
    source=st.sampled_from(SOURCES),
    flags=st.sampled_from(FLAGS),
    text=st.text(alphabet=st.sampled_from("ab :：#\n가나은는Sudo"), max_size=30),
)
def test_a_lazy_pattern_answers_as_the_compiled_one(source: str, flags: int, text: str) -> None:
    lazy, compiled = lazyre.pattern(source, flags), re.compile(source, flags)

    def spans(found: re.Match[str] | None) -> tuple[tuple[int, int], ...] | None:
        return None if found is None else tuple(found.span(group) for group in range(found.re.groups + 1))

    assert spans(lazy.search(text)) == spans(compiled.search(text))
    assert spans(lazy.match(text, 1)) == spans(compiled.match(text, 1))
    assert spans(lazy.fullmatch(text)) == spans(compiled.fullmatch(text))
    assert lazy.sub("<\\g<0>>", text) == compiled.sub("<\\g<0>>", text)
    assert lazy.subn(lambda m: m.group(0).upper(), text, 1) == compiled.subn(lambda m: m.group(0).upper(), text, 1)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.findall(text) == compiled.findall(text)
    assert [spans(m) for m in lazy.finditer(text)] == [spans(m) for m in compiled.finditer(text)]
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex)
    )  # fmt: skip


def test_once_used_a_pattern_calls_the_compiled_patterns_own_methods() -> None:
    lazy = lazyre.pattern(r"\d+", re.ASCII)
    assert lazy.flags == re.compile(r"\d+", re.ASCII).flags  # any first use compiles it, an attribute too
    for name in ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"):
        assert isinstance(getattr(lazy, name).__self__, re.Pattern), name  # no wrapper left between a call and re
    assert not hasattr(type(lazy), "__getattr__")  # whose mere presence would slow every later lookup


def test_a_pattern_pickles_as_its_source_and_flags_before_and_after_use() -> None:
    lazy = lazyre.pattern(r"(?P<key>[A-Z])-(\w)", re.IGNORECASE)
    fresh = pickle.loads(pickle.dumps(lazy))
    assert fresh.pattern == lazy.pattern and fresh.search("x-y") is not None
    lazy.search("a-b")
    assert pickle.loads(pickle.dumps(lazy)).groupindex == {"key": 1}


def _compiled_at_import(tree: ast.AST) -> list[int]:
    """Lines of ``re.compile`` calls that run when the module is imported (outside any function's body)."""
    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for default in (*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)):
                visit(default, in_function)
            for decorator in getattr(node, "decorator_list", ()):
                visit(decorator, in_function)
            for inner in node.body if isinstance(node.body, list) else [node.body]:
                visit(inner, True)
            return
        func = node.func if isinstance(node, ast.Call) else None
        if (
            not in_function
            and isinstance(func, ast.Attribute)
            and func.attr == "compile"
            and isinstance(func.value, ast.Name)
            and func.value.id == "re"
        ):
            found.append(node.lineno)  # type: ignore[attr-defined]
        for child in ast.iter_child_nodes(node):
            visit(child, in_function)

    visit(tree, False)
    return found


def test_the_scan_finds_patterns_compiled_at_import() -> None:
    source = "import re\nA = re.compile('a')\nB = [re.compile(x) for x in 'bc']\ndef f(p=re.compile('d')):\n    return re.compile('e')\n"
    assert _compiled_at_import(ast.parse(source)) == [2, 3, 4]


def test_no_module_of_the_package_compiles_a_pattern_at_import() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "lazyre.py"
        for line in _compiled_at_import(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == [], "write a module's patterns with quizzer.lazyre.pattern, not re.compile: " + ", ".join(offenders)
