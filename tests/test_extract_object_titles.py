"""Text above a code block that names what its lines work on (an app's name and its store id), not what
they do (x-f14ko): warned, never said of each line."""

from __future__ import annotations

from conftest import facts, warned

from quizzer.extract.object_titles import names_objects
from quizzer.shell import Invocation, parse_invocation


def _lines(*lines: str) -> list[Invocation]:
    parsed = [parse_invocation(line) for line in lines]
    kept = [invocation for invocation in parsed if invocation is not None]
    assert len(kept) == len(lines)
    return kept


_APPS = (
    "# 내가 쓰는 앱\n\n"
    "1) 계산기  \n**912345678** Calculator Pro (4.1)\n\n"
    "```\nmas search calculator\nmas install 912345678\nmas list\n```\n"
)


def test_an_apps_name_and_id_over_the_lines_that_find_and_install_it_is_no_description() -> None:
    assert facts(_APPS) == []
    assert 6 in warned(_APPS)


def test_a_winget_entry_named_by_its_id_is_no_description_either() -> None:
    text = (
        "# 앱\n\n2) 미디어 플레이어  \n**VideoLAN.VLC** VLC (3.0)\n\n"
        "```\nwinget search vlc\nwinget install VideoLAN.VLC\n```\n"
    )
    assert facts(text) == []
    assert 6 in warned(text)


def test_one_argument_named_by_every_line_is_a_task_said_of_them() -> None:
    assert not names_objects("nginx 설치", _lines("apt install nginx", "systemctl start nginx"))
    assert not names_objects("web 컨테이너 nginx 실행", _lines("docker pull nginx", "docker run --name web nginx"))


def test_a_sub_command_named_by_the_text_is_not_an_argument() -> None:
    # "Allow …" over "ufw app list | grep Foo" and "sudo ufw allow Foo": the sub-command is what the text says
    assert not names_objects("Allow Foo over HTTP", _lines("sudo ufw app list | grep Foo", "sudo ufw allow Foo"))


def test_two_lines_each_naming_its_own_argument_of_the_text() -> None:
    assert names_objects("계산기 912345678 Calculator", _lines("mas search calculator", "mas install 912345678"))
    assert names_objects("GIMP (org.gimp.GIMP)", _lines("flatpak search gimp", "flatpak install flathub org.gimp.GIMP"))


def test_a_task_over_one_line_still_describes_it() -> None:
    text = "# Apps\n\n계산기 앱 설치하기\n\n```\nmas install 912345678\n```\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [("mas install 912345678", "계산기 앱 설치하기")]
