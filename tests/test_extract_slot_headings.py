"""Words glossed under a heading that names a slot of the usage line above (decide.py's _slot_above), in examples
of our own: values of that slot, not commands."""

from __future__ import annotations

from conftest import draft as _draft, facts as _notes


_TEXT = (
    "## 압축 도구 tool\n"
    "`tool [모드] [파일]`\n"
    "\n"
    "### 모드\n"
    "`pack` : 파일을 묶는다\n"          # 5
    "`ls` : 묶음 안의 파일을 보여준다\n"   # 6
)


def test_values_of_a_slot_are_not_commands() -> None:
    draft = _draft(_TEXT)
    assert not [n for n in _notes(_TEXT) if n[0] in (5, 6)]
    assert {5, 6} <= {w.line for w in draft.warnings}


def test_a_heading_that_is_no_slot_keeps_its_commands() -> None:
    text = _TEXT.replace("### 모드", "### 자주 쓰는 명령")
    assert (6, "command", "ls", "ls", "묶음 안의 파일을 보여준다") in _notes(text)


def test_a_link_naming_the_heading_is_no_usage_line() -> None:
    text = "- [tools](#tools)\n\n## tools\n\n`htop` : 프로세스를 보여준다\n"
    assert (5, "command", "htop", "htop", "프로세스를 보여준다") in _notes(text)
