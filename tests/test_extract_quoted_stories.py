"""A long story set apart in a quote between a task heading and its block (``## 오래된 태그 지우기`` / ``> 지난주 배포
때 … 싶었다. … 그래서 찾아봤다.`` / the block), no sentence of it pointing at the block: the heading still says what the
block does (rules._para); examples of our own."""

from __future__ import annotations

from conftest import draft, facts as _notes

_STORY = (
    "지난주 배포 때 원격 저장소에 v1.0-rc라는 태그가 남아 있어서 릴리스 스크립트가 엉뚱한 버전을 골랐다. "
    "로컬의 태그는 지웠지만 원격에는 그대로 있어서 같은 일이 또 생길 것 같았다. 처음에는 웹 화면에서 지우려고 "
    "했는데 권한이 없어서 안 됐고, 팀장님께 여쭤보니 명령어 하나로 된다고 하셨다. 회의가 길어져서 오후 늦게야 "
    "자리에 돌아올 수 있었고, 그때까지도 태그는 그대로였다. 그래서 찾아봤다."
)
_TEXT = f"## 원격 태그 지우기\n> {_STORY}\n\n    $ git push origin --delete v1.0-rc\n"


def test_the_heading_still_says_what_the_block_does() -> None:
    assert [(n[1], n[3], n[4]) for n in _notes(_TEXT)] == [
        ("command", "git push origin --delete v1.0-rc", "원격 태그 지우기"),
    ]
    assert 2 in [w.line for w in draft(_TEXT).warnings]


def test_the_same_story_as_a_paragraph_of_the_text_is_read_as_before() -> None:
    assert _notes(_TEXT.replace("\n> ", "\n\n")) == []  # not set apart: it stands between the heading and the block


def test_a_short_quote_pointing_at_the_block_says_what_it_does() -> None:
    text = "## 원격 태그 지우기\n> 아래 명령으로 원격의 태그를 지운다.\n\n    $ git push origin --delete v1.0-rc\n"
    assert [n[4] for n in _notes(text)] == ["아래 명령으로 원격의 태그를 지운다."]
