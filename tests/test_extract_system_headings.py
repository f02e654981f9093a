"""A heading that names an operating system ("### Ubuntu 22.04", "## macOS") over a block says where its
lines run, not what they do (quizzer.extract.knowledge.SYSTEMS, x-f13ko), with examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_a_system_heading_over_a_block_is_no_description() -> None:
    text = (
        "# 도커 설치\n\n"
        "## Debian 12\n\n"
        "```sh\n"
        "sudo apt-get install -y docker.io\n"
        "```\n\n"
        "## macOS / Windows\n\n"
        "```sh\n"
        "brew install --cask docker\n"
        "```\n\n"
        "## 컨테이너 목록 보기\n\n"
        "```sh\n"
        "docker ps -a\n"
        "```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [(18, "docker ps -a", "컨테이너 목록 보기")]
    assert {5, 11} <= set(warned(text))
