"""A lone path glossed in a colon bullet names a file or folder (a concept), unless it is where
programs live (x-f5a)."""

from __future__ import annotations

from conftest import facts

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
