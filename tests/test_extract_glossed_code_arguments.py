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


def test_a_term_under_a_heading_of_its_own_is_no_argument_of_a_line_before_the_heading() -> None:
    # the block's "stable" is an argument there; under "### 채널의 종류" the same word is a term the list defines
    text = (
        "# 배포 메모\n\n## 순서\n\n```bash\nhelm repo add stable https://example.org/charts  # 저장소 추가\n"
        "# 설치는 다음에\nhelm repo update  # 목록 갱신\n```\n\n### 채널의 종류\n\n"
        "- stable : 검증이 끝난 차트를 모은 채널\n- incubator : 아직 검증 중인 차트를 모은 채널\n"
    )
    assert (13, "concept", None, "stable", "검증이 끝난 차트를 모은 채널") in facts(text)
    # with no heading between, the word is still a gloss of that line's argument
    text = "# 배포 메모\n\n```bash\nhelm repo add stable https://example.org/charts\n```\n\n- stable : 검증이 끝난 차트를 모은 채널\n"
    assert not [fact for fact in facts(text) if fact[3] == "stable"]
