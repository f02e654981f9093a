"""A 'term: …' line whose right side is only names with versions is the setup used, a value: warned,
not a definition (x-f5a)."""

from __future__ import annotations

from conftest import facts, warned

_SETUP = "## 준비\n\n- 테스트 환경: Ubuntu22.04, Python3.11, node20\n- 포트: 웹 서버가 듣는 번호\n"


def test_versioned_names_are_no_definition() -> None:
    assert facts(_SETUP) == [(4, "concept", None, "포트", "웹 서버가 듣는 번호")]
    assert 3 in warned(_SETUP)


def test_a_list_of_plain_names_is_still_a_definition() -> None:
    text = "- 지원 셸: bash, zsh, fish\n"
    assert facts(text) == [(1, "concept", None, "지원 셸", "bash, zsh, fish")]
