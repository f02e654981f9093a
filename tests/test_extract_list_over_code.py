"""Bullets under a heading that run straight into a code block say what the block does, not what the heading is.

"## no-such-file" / "- 경로가 틀렸을 때 확인" / "- …" / a fence: the heading names the problem, the bullets lead to
the block; the first bullet is no definition of the heading's words.
"""

from __future__ import annotations

from conftest import draft


def _concepts(text: str) -> list[tuple[str, str]]:
    return [(note.front, note.back) for note in draft(text).notes if note.kind.value == "concept"]


def test_bullets_right_over_a_block_make_no_heading_term() -> None:
    text = "# 문제들\n\n## no-such-file\n\n- 경로가 틀렸을 때 확인\n- 특히 상대 경로에서 자주 생김\n\n```shell\nls -la {경로}\n```\n"
    assert ("no-such-file", "경로가 틀렸을 때 확인") not in _concepts(text)


def test_the_same_in_english() -> None:
    text = "# Issues\n\n## disk-full\n\n- Seen when the logs grow too big\n- Mostly on small servers\n\n```\ndu -sh /var/log\n```\n"
    assert ("disk-full", "Seen when the logs grow too big") not in _concepts(text)


def test_a_paragraph_between_the_bullets_and_the_block_keeps_the_term() -> None:
    text = (
        "# Tools\n\n## Zstd\n- A fast compression tool\n\nInstall:\nhttps://example.org/\n\n"
        "Compress a file:\n```sh\nzstd big.log\n```\n"
    )
    assert ("Zstd", "A fast compression tool") in _concepts(text)
