"""A sentence over a block of several lines that only tells to run them ("…로 가서 다음 명령어를 실행한다.",
"Run the following commands.") says nothing of what each does (quizzer.extract.code, x-f13ko), with
examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_a_sentence_that_tells_to_run_several_lines_is_no_description_of_each() -> None:
    text = (
        "# 빌드\n\n"
        "## 준비\n\n"
        "저장소 루트로 이동한 뒤 다음 명령어를 실행한다.\n\n"
        "```sh\n"
        "$ npm ci\n"
        "$ npm run build\n"
        "```\n\n"
        "## Release\n\n"
        "Go to the release folder and run the following commands.\n\n"
        "```sh\n"
        "git tag v1.2.0\n"
        "git push --tags\n"
        "```\n"
    )
    assert facts(text) == []
    assert {7, 16} <= set(warned(text))


def test_one_line_under_such_a_sentence_is_still_described() -> None:
    text = "# 빌드\n\n의존성을 설치하려면 다음 명령어를 실행한다.\n\n```sh\nnpm ci\n```\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [("npm ci", "의존성을 설치하려면 다음 명령어를 실행한다.")]
