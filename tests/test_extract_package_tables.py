"""Tables whose first column names packages or modules: concepts, not commands (x-f5a)."""

from __future__ import annotations

from conftest import facts


def test_package_table_rows_are_concepts() -> None:
    text = (
        "## Python\n\n"
        "| Package | Description |\n"
        "| --- | --- |\n"
        "| `requests` | HTTP 요청을 보내는 라이브러리 |\n"
        "| `os.path` | 경로 이름을 다루는 함수들 |\n"
    )
    assert facts(text) == [
        (5, "concept", None, "requests", "HTTP 요청을 보내는 라이브러리"),
        (6, "concept", None, "os.path", "경로 이름을 다루는 함수들"),
    ]


def test_korean_module_header() -> None:
    text = "| 모듈 | 설명 |\n|---|---|\n| serde_json | JSON 직렬화 |\n"
    assert facts(text) == [(3, "concept", None, "serde_json", "JSON 직렬화")]


def test_command_header_still_commands() -> None:
    text = "| Command | Description |\n|---|---|\n| `pip list` | 설치된 패키지 목록 |\n"
    assert [(line, kind, command) for line, kind, command, _, _ in facts(text)] == [(3, "command", "pip list")]


def test_command_line_under_package_header_is_not_a_concept() -> None:
    # a row with arguments under "Package" is not a bare name: read as before, never a concept
    text = "| Package | Description |\n|---|---|\n| `pip install requests` | 설치 |\n"
    assert all(kind != "concept" for _, kind, _, _, _ in facts(text))
