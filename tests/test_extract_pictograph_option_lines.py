"""An option glossed on a line of its own inside the block, after an emoji ("👨‍🌾 --prefix : …") (issue 6,
x-f27ko).  Examples are our own."""

from __future__ import annotations

import pytest

from conftest import draft


@pytest.mark.parametrize("mark", ["📌 ", "👨‍🌾 ", "✔"])
def test_an_option_line_after_a_pictograph_glosses_the_option(mark: str) -> None:
    text = f"## 복사\n\n```bash\nrsync --archive [src] [dest]\n\n{mark}--archive : 권한과 시간을 그대로 두기 위해\n```\n"
    options = [(n.front, n.command, n.back) for n in draft(text).notes if n.kind.value == "option"]
    assert options == [("--archive", "rsync", "권한과 시간을 그대로 두기 위해")]


def test_a_pictograph_before_words_is_no_option_line() -> None:
    text = "## 복사\n\n```bash\nrsync -a src/ dest/\n\n📌 archive : 권한 유지\n```\n"
    assert [n for n in draft(text).notes if n.kind.value == "option"] == []
