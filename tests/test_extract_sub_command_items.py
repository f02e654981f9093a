"""Korean items that name a sub-command alone, then what it does (quizzer/extract/sub_command_items.py),
in examples of our own: the section's program (or the group its heading names) owns the bare word."""

from __future__ import annotations

import pytest

from quizzer.extract.knowledge import SECTION_PROGRAMS
from conftest import facts as _facts


def test_a_group_heading_makes_the_bare_words_its_sub_commands() -> None:
    text = (
        "# Podman 명령어\n\n### Volume\n\n"
        "- `create`는 볼륨을 만듭니다.\n"
        "  - `-l, --label`을 붙이면 볼륨에 라벨을 붙입니다.\n"
        "- `prune`은 쓰지 않는 볼륨을 모두 없앱니다.\n"
    )
    assert _facts(text) == [
        (5, "command", "podman volume create", "podman volume create", "볼륨을 만듭니다."),
        (6, "option", "podman volume create", "-l, --label", "볼륨에 라벨을 붙입니다."),
        (7, "command", "podman volume prune", "podman volume prune", "쓰지 않는 볼륨을 모두 없앱니다."),
    ]


def test_known_sub_commands_of_the_program_under_a_plain_heading() -> None:
    text = (
        "# docker 정리\n\n## 자주 쓰는 것\n\n"
        "- `pull`은 레지스트리에서 이미지를 받아옵니다.\n"
        "- `logs`는 컨테이너가 남긴 출력을 보여줍니다.\n"
        "  - `--tail`은 마지막 몇 줄만 보여줍니다.\n"
        "- `tidy`는 안 쓰는 것을 정리합니다.\n"
    )
    assert _facts(text) == [
        (5, "command", "docker pull", "docker pull", "레지스트리에서 이미지를 받아옵니다."),
        (6, "command", "docker logs", "docker logs", "컨테이너가 남긴 출력을 보여줍니다."),
        (7, "option", "docker logs", "--tail", "마지막 몇 줄만 보여줍니다."),
        (8, "command", "docker tidy", "docker tidy", "안 쓰는 것을 정리합니다."),
    ]


def test_bare_words_mostly_unknown_under_a_plain_heading_are_no_sub_commands() -> None:
    # "origin", "upstream": names in notes about git, not sub-commands; nor is anything made a program of its own
    text = "# git 메모\n\n## 이름들\n\n- `origin`은 원격 저장소를 가리킵니다.\n- `upstream`은 원본 저장소를 가리킵니다.\n"
    assert all(command is None or not command.startswith("git ") for _, _, command, _, _ in _facts(text))


def test_a_copula_sentence_says_what_a_word_is_not_what_it_does() -> None:
    text = "# Podman 명령어\n\n### Volume\n\n- `local`은 기본 드라이버이다.\n- `tmpfs`는 메모리 드라이버입니다.\n"
    assert not any(command and command.startswith("podman volume") for _, _, command, _, _ in _facts(text))


def test_a_word_alone_is_left_to_the_other_readers() -> None:
    text = "# Podman 명령어\n\n### Volume\n\n- `create`는 볼륨을 만듭니다.\n\n볼륨은 따로 남습니다.\n"
    assert not any(command == "podman volume create" for _, _, command, _, _ in _facts(text))


@pytest.mark.parametrize("program", sorted(SECTION_PROGRAMS))
def test_every_section_program_takes_the_items_under_its_heading(program: str) -> None:
    for heading, named in sorted(SECTION_PROGRAMS[program].items()):
        text = f"# {program} 명령어\n\n## {heading.title()}\n\n- `ls`는 목록을 보여줍니다.\n- `stop`은 머신을 멈춥니다.\n"
        assert [(c, b) for _, _, c, _, b in _facts(text)] == [(f"{named} ls", "목록을 보여줍니다."), (f"{named} stop", "머신을 멈춥니다.")]
