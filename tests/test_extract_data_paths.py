"""A lone path glossed in a colon bullet names a file or folder (a concept), unless it is where
programs live (x-f5a)."""

from __future__ import annotations

from conftest import draft, facts, warned

from quizzer.extract.data_paths import names_file


def test_config_paths_are_concepts() -> None:
    text = (
        "## nginx 파일 위치\n\n"
        "- /etc/nginx/sites-enabled : 켜진 사이트 설정들\n"
        "- /var/log/nginx/ : 접근 로그와 에러 로그\n"
    )
    assert facts(text) == [
        (3, "concept", None, "/etc/nginx/sites-enabled", "켜진 사이트 설정들"),
        (4, "concept", None, "/var/log/nginx/", "접근 로그와 에러 로그"),
    ]


def test_runnable_paths_stay_commands() -> None:
    text = "## 서비스\n\n- /etc/init.d/nginx reload : 설정을 다시 읽음\n"
    assert [(line, kind, command) for line, kind, command, _, _ in facts(text)] == [
        (3, "command", "/etc/init.d/nginx")
    ]


def test_names_file() -> None:
    assert names_file("/etc/hosts")
    assert names_file("/var/spool/cron")
    assert not names_file("/usr/local/bin/node")
    assert not names_file("/usr/sbin/sshd")
    assert not names_file("/opt/backup/run.sh")
    assert not names_file("/etc/hosts -v")
    assert not names_file("etc/hosts")


def test_a_path_in_backticks_is_a_file_too_and_so_are_the_paths_nested_under_it() -> None:
    text = (
        "## 로그 위치\n\n"
        "- `/var/log/myapp`: 앱이 로그를 쓰는 곳\n"
        "    + `/var/log/myapp/error.log`: 오류만 모은 파일\n"
        "- `/srv/myapp/static`: 정적 파일을 두는 디렉토리\n"
    )
    assert facts(text) == [
        (3, "concept", None, "/var/log/myapp", "앱이 로그를 쓰는 곳"),
        (4, "concept", None, "/var/log/myapp/error.log", "오류만 모은 파일"),
        (5, "concept", None, "/srv/myapp/static", "정적 파일을 두는 디렉토리"),
    ]
    # a runnable path in backticks stays a command
    assert [(kind, command) for _, kind, command, _, _ in facts("## 서비스\n\n- `/usr/sbin/myappd`: 데몬을 띄움\n")] == [
        ("command", "/usr/sbin/myappd")
    ]


def test_a_term_nested_under_a_term_is_warned_not_dropped_silently() -> None:
    text = "## 권한\n\n- `rw-r--r--`: 일반 파일의 기본 권한\n    - `r`: 읽기\n"
    assert [(line, front) for line, _, _, front, _ in facts(text)] == [(3, "rw-r--r--")]
    assert 4 in warned(text)


def test_prose_after_a_program_name_is_no_command_line_of_a_label() -> None:
    # "`/mnt/usb` : mount 위치": the gloss is where it is mounted, not a command line "mount" to run
    text = "```\nmount /dev/sdb1 /mnt/usb\n```\n\n`/mnt/usb` : mount 위치\n"
    assert not [n for n in draft(text).notes if n.line == 5]


def test_a_relative_path_to_a_data_file_is_a_file() -> None:
    assert names_file(".idea/workspace.xml")
    assert names_file("conf/site.yml")
    assert names_file("~/.myapp/settings.toml")
    assert not names_file("scripts/deploy")  # may be run
    assert not names_file("./build.sh")
    assert not names_file("main.go")  # a name alone, no folder: a term as often as a file
    text = "## 프로젝트 설정\n\n- `.idea/workspace.xml` - 창 배치와 열린 탭을 기억\n"
    assert facts(text) == [(3, "concept", None, ".idea/workspace.xml", "창 배치와 열린 탭을 기억")]
