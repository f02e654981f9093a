"""A term glossed under a list of ``- `command line`: gloss`` items: the gloss's words are not arguments of the line.

``- `docker rmi name[:tag]`: 이미지 지우기`` then, in a section of its own, ``- **이미지**: 컨테이너를 만드는 틀``: the
term is no argument of the command line above it (only the code span is the line), so it is a card.
"""

from __future__ import annotations

from conftest import facts

_NOTES = (
    "# 도커\n\n## 명령\n\n- `docker exec -it <컨테이너> sh`: 컨테이너 안에서 셸 열기\n"
    "- `docker rmi name[:tag]`: 이미지 지우기\n\n## 용어\n\n- **이미지**: 컨테이너를 찍어 내는 틀\n"
)


def test_a_word_of_a_gloss_above_is_still_a_term() -> None:
    assert (10, "concept", None, "이미지", "컨테이너를 찍어 내는 틀") in facts(_NOTES)


def test_a_word_of_the_command_line_itself_is_still_an_argument() -> None:
    # "- `docker run --name web nginx`: …" then "- web: 컨테이너 이름": a gloss of one argument of that example
    text = "# 도커\n\n- `docker run -d --name web nginx`: 웹 서버 띄우기\n- web: 컨테이너에 붙인 이름\n"
    assert not [fact for fact in facts(text) if fact[3] == "web"]
