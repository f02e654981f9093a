"""Why each card was made, translated where it is shown (quizzer.reasons).

Every reason the extractor can write must have an entry in the display table:
the reasons are gathered from the rules' source (string literals given as a
``reason``, and the f-strings that compose one reason from another) and from
what the extractor makes of every document the repository can see, so a new
rule with a new reason fails here until it has a translation.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from conftest import real_notes, run_cli
from quizzer import i18n
from quizzer.extract import extract
from quizzer.reasons import COMPOSED, REASONS, shown_reason

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = ROOT / "quizzer" / "extract"
DOCUMENTS = real_notes(("fresh",), seed=False)
FIX = (
    "add it to quizzer/reasons.py (REASONS, or COMPOSED for an f-string) and its Korean to quizzer.po "
    "(see 'Translations' in the README)"
)


def _is_reason(target: ast.expr) -> bool:
    return (isinstance(target, ast.Name) and target.id.lower() == "reason") or (
        isinstance(target, ast.Attribute) and target.attr == "reason"
    )


def _template(node: ast.JoinedStr) -> str:
    """``f"flag glossed with its command line ({reason})"`` → its text with the placeholder named as written."""
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
        else:
            assert isinstance(value, ast.FormattedValue)
            parts.append("{" + ast.unparse(value.value).split(".")[-1] + "}")
    return "".join(parts)


def source_reasons() -> tuple[set[str], set[str]]:
    """The reasons the rules write (literals) and compose (f-string templates)."""
    literals: set[str] = set()
    templates: set[str] = set()

    constants: dict[str, str] = {}  # a module's NAME = "text", for a reason given by its name

    def take(node: ast.expr | None) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            literals.add(node.value)
        elif isinstance(node, ast.JoinedStr):
            templates.add(_template(node))
        elif isinstance(node, ast.Name) and node.id in constants:
            literals.add(constants[node.id])
        elif isinstance(node, ast.IfExp):  # reason=A if … else B: both are written
            take(node.body)
            take(node.orelse)

    trees = {path.stem: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(EXTRACT.glob("*.py"))}
    own = {
        module: {
            target.id: statement.value.value
            for statement in tree.body if isinstance(statement, ast.Assign)
            and isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str)
            for target in statement.targets if isinstance(target, ast.Name)
        }
        for module, tree in trees.items()
    }
    for module, tree in trees.items():
        constants = dict(own[module])
        for statement in tree.body:  # "from quizzer.extract.gate import ABOVE_BLOCK": the reason another module names
            if isinstance(statement, ast.ImportFrom) and (statement.module or "").startswith("quizzer.extract."):
                named = own.get((statement.module or "").rsplit(".", 1)[-1], {})
                constants.update({alias.asname or alias.name: named[alias.name] for alias in statement.names
                                  if alias.name in named})
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "reason":
                take(node.value)
            elif isinstance(node, ast.Assign) and any(_is_reason(t) for t in node.targets):
                take(node.value)
            elif isinstance(node, ast.AnnAssign) and _is_reason(node.target):
                take(node.value)
            elif isinstance(node, ast.arguments):
                positional = [*node.posonlyargs, *node.args]
                for arg, default in zip(positional[len(positional) - len(node.defaults):], node.defaults):
                    if arg.arg == "reason":
                        take(default)
                for arg, kw_default in zip(node.kwonlyargs, node.kw_defaults):
                    if arg.arg == "reason":
                        take(kw_default)
            elif isinstance(node, ast.Compare) and _is_reason(node.left):
                for comparator in node.comparators:
                    take(comparator)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_Entry":
                if len(node.args) > 4:  # code.py's _Entry(invocation, line, own, flags, reason)
                    take(node.args[4])
    return literals, templates


def corpus_reasons() -> set[str]:
    found: set[str] = set()
    for path in DOCUMENTS:
        draft = extract(path.read_text(encoding="utf-8", errors="replace"), deck=path.stem, source=path.name)
        found.update(note.reason for note in draft.notes if note.reason)
    return found


def test_the_source_gathering_finds_the_rules_reasons() -> None:
    literals, templates = source_reasons()
    assert len(literals) > 60
    # a keyword argument, a dataclass default, a positional argument, an assignment, the hand-written REASON
    assert {"`command: description` line", "comment above it in a code block",
            "key in a code block, described by the comment above", "one comment over spellings of one usage",
            "written by hand", "usage line"} <= literals
    assert "flag glossed with its command line ({reason})" in templates


def test_every_reason_in_the_rules_source_has_a_translation() -> None:
    literals, templates = source_reasons()
    assert not literals - REASONS, f"reasons with no entry: {sorted(literals - REASONS)}; {FIX}"
    messages = {message for message, _pattern in COMPOSED}
    assert templates <= messages, f"composed reasons with no entry: {sorted(templates - messages)}; {FIX}"
    assert not REASONS - literals, f"entries no rule writes any more (remove them): {sorted(REASONS - literals)}"


def test_every_reason_the_corpus_yields_is_translated_into_korean() -> None:
    found = corpus_reasons()
    assert len(found) > 50 and any(r.startswith("flag glossed with its command line (") for r in found)
    i18n.set_language("ko")
    untranslated = sorted(r for r in found if shown_reason(r) == r)
    assert not untranslated, f"{untranslated}; {FIX}"


@pytest.mark.parametrize("reason", sorted(REASONS))
def test_each_reason_reads_in_korean_and_stays_as_written_in_english(reason: str) -> None:
    assert shown_reason(reason) == reason
    i18n.set_language("ko")
    korean = shown_reason(reason)
    assert korean != reason and any("\uac00" <= ch <= "\ud7a3" for ch in korean)


def test_a_composed_reason_translates_its_inner_reason_too() -> None:
    reason = "flag glossed with its command line (option with its values, (what it does) in a comment)"
    assert shown_reason(reason) == reason
    i18n.set_language("ko")
    assert shown_reason(reason) == "명령줄과 함께 풀이된 플래그 (주석 속 값과 함께 적은 옵션과 (하는 일))"
    assert shown_reason("a reason no rule writes") == "a reason no rule writes"


NOTES = """# git

- **git add**: 변경 내용을 스테이징한다

```sh
git commit -m "msg"  # 커밋한다
```
"""


def test_extract_shows_the_reasons_in_korean_and_json_keeps_them_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # one line a note: the reason's words unfolded
    notes = tmp_path / "git.md"
    notes.write_text(NOTES, encoding="utf-8")
    rc, out, err = run_cli(capsys, "--lang", "ko", "extract", str(notes))
    assert rc == 0, err
    assert "`명령: 설명` 줄" in out and "코드 블록에서 같은 줄 뒤의 주석" in out
    assert "`command: description` line" not in out
    rc, out, err = run_cli(capsys, "--lang", "ko", "extract", str(notes), "--json")
    assert rc == 0, err
    reasons = {note["reason"] for note in json.loads(out)["decks"][0]["notes"]}
    assert "`command: description` line" in reasons
    assert all(reason in REASONS or reason.startswith("flag glossed") for reason in reasons)


def test_every_reason_checking_groups_under_its_heading_is_one_a_rule_writes() -> None:
    # checking.FROM_HEADING spells rules' reasons again: one reworded in its rule (and in REASONS) must not drop out
    from quizzer.checking import FROM_HEADING

    assert not FROM_HEADING - REASONS, f"FROM_HEADING names reasons no rule writes: {sorted(FROM_HEADING - REASONS)}"
