"""Korean note styles read for recall (issue 6, helper x-ko), each with examples of our own."""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _facts(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


# options listed in comments under the one command line of a block -------------------------------------


def test_option_comments_under_an_unknown_programs_command_line() -> None:
    text = (
        "## 저장소 만들기\n\n"
        "```sh\n"
        "# 저장소 생성\n"
        "bakctl mkrepo \\\n"
        "  -d /srv/repo \\\n"
        "  --size=20G\n"
        "\n"
        "# ----- 옵션 -----\n"
        "# -d  --dir        저장소가 위치할 디렉터리\n"
        "# -q  --quiet      ETA 표시 없이 조용히 실행\n"
        "#     --size       저장소의 최대 크기\n"
        "```\n"
    )
    facts = _facts(text)
    assert (10, "option", "bakctl mkrepo", "-d, --dir", "저장소가 위치할 디렉터리") in facts
    # a meaning that begins with a latin word is told apart by the columns of the line as typed
    assert (11, "option", "bakctl mkrepo", "-q, --quiet", "ETA 표시 없이 조용히 실행") in facts
    assert (12, "option", "bakctl mkrepo", "--size", "저장소의 최대 크기") in facts


def test_option_comments_under_different_commands_stay_warnings() -> None:
    text = (
        "```sh\n"
        "# 저장소 생성\n"
        "bakctl mkrepo /srv/repo\n"
        "# 저장소 삭제\n"
        "bakctl rmrepo /srv/repo\n"
        "\n"
        "# -f  --force   묻지 않고 실행\n"
        "```\n"
    )
    draft = _draft(text)
    assert not [n for n in draft.notes if n.kind.value == "option"]
    assert 7 in [w.line for w in draft.warnings]
