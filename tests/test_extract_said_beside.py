"""Text beside a block or a term that says where, how or in which case, not what a thing is or does
(quizzer/extract/openers.py, fences.py, rules.py), in examples of our own."""

from __future__ import annotations

from conftest import facts, warned

_NOTES = """# 개발 환경

## 셸 별칭

```bash
# ~/.bashrc 또는 ~/.zshrc 파일에 추가
alias gs='git status'
alias gl='git log --oneline'
```

## 노드 버전

- nvm: 노드 버전을 여러 개 설치하고 골라 쓰는 도구
- LTS: 이 버전은 오래 지원된다.
- macOS: 설치 파일의 위치는 사용자마다 다르지만 보통 홈 폴더 아래에 생긴다.
- Windows 11: 여기에선 nvm-windows를 따로 받아야 한다.
- 캐시와 로그의 차이: 캐시는 지워도 되지만 로그는 남겨 둔다.
- 캐시 무효화: 오래된 데이터는 지우고 새로 받는다.

## 캐시 비우기

npm 캐시를 비운다.

PowerShell에서 아래를 입력하면 된다:

```bash
npm cache clean --force
```

## 글꼴

헷갈리지 않도록 글꼴은 아래처럼 고른다:

- 집 PC는 `D2Coding`
- 회사 PC는 `Fira Code`

장점은 다음과 같다:

- 글자 폭이 같다
- 합자를 지원한다
"""

_EN = """# Setup

```bash
# add to ~/.profile
export EDITOR=vim
```

## Clean the cache

In the WSL terminal, type the following:

```bash
npm cache clean --force
```
"""


def test_a_blocks_first_comment_naming_the_file_its_lines_go_into_makes_them_that_files_contents() -> None:
    made = facts(_NOTES)
    assert not [fact for fact in made if fact[2] == "alias"]
    assert 5 in warned(_NOTES)
    assert not [fact for fact in facts(_EN) if fact[2] == "export"]


def test_a_sentence_of_its_own_topic_after_a_case_label_is_no_definition_of_the_label() -> None:
    made = facts(_NOTES)
    assert (13, "concept", None, "nvm", "노드 버전을 여러 개 설치하고 골라 쓰는 도구") in made
    assert (14, "concept", None, "LTS", "이 버전은 오래 지원된다.") in made  # "이 버전은": the term itself
    assert (17, "concept", None, "캐시와 로그의 차이", "캐시는 지워도 되지만 로그는 남겨 둔다.") in made
    # a term that is no case (a version, a system) is defined so too: its topic is a part of what it means
    assert (18, "concept", None, "캐시 무효화", "오래된 데이터는 지우고 새로 받는다.") in made
    assert not [fact for fact in made if fact[3] in ("macOS", "Windows 11")]
    assert {15, 16} <= set(warned(_NOTES))


def test_where_to_type_then_type_below_is_not_what_the_line_does() -> None:
    assert (27, "command", "npm cache", "npm cache clean --force", "npm 캐시를 비운다.") in facts(_NOTES)
    assert 24 in warned(_NOTES)
    # the heading right above the sentence still says what the line does
    assert [fact for fact in facts(_EN) if fact[3] == "npm cache clean --force"] == [
        (13, "command", "npm cache", "npm cache clean --force", "Clean the cache"),
    ]


def test_a_sentence_saying_to_do_as_the_list_says_is_no_term_of_the_list() -> None:
    made = facts(_NOTES)
    assert not [fact for fact in made if "글꼴" in fact[3]]
    assert 32 in warned(_NOTES)
    assert any(fact[3].startswith("장점") and "글자 폭이 같다" in fact[4] for fact in made)


_FOLDERS = """# Release

## Build

```bash
# in ~/work/shop
make dist  # pack the release archive
make clean  # drop what the build left
```

## 보관

```bash
# ~/archive 에 저장
ls ~/archive  # 보관한 파일 목록
zip -r ~/archive/site.zip site  # 사이트 폴더를 압축
```
"""


def test_a_first_comment_naming_a_folder_is_where_the_lines_run_not_a_file_they_go_into() -> None:
    made = facts(_FOLDERS)
    assert (7, "command", "make", "make dist", "pack the release archive") in made
    assert [fact[2] for fact in made if fact[3].startswith("zip")] == ["zip"]


_VERSIONS = """# 메모

- HTTP2: 요청은 한 연결 안에서 여러 개가 함께 오간다.
- Node 18: 기본 fetch는 실험 기능으로 켜져 있다.
- Node 20: 테스트 러너는 정식 기능이 되었다.
"""


def test_a_numbered_name_is_a_case_only_when_the_notes_tell_it_from_another_number() -> None:
    made = facts(_VERSIONS)
    assert (3, "concept", None, "HTTP2", "요청은 한 연결 안에서 여러 개가 함께 오간다.") in made
    assert not [fact for fact in made if fact[3].startswith("Node")]
    assert {4, 5} <= set(warned(_VERSIONS))


_THEN_RUN = """# 편집기

## 기본 편집기

```bash
# ~/.bashrc 에 추가
export EDITOR=nano

# 새 설정 불러오기
source ~/.bashrc
```
"""


def test_the_first_comment_heads_only_its_own_lines_and_the_next_group_is_read_as_ever() -> None:
    made = facts(_THEN_RUN)
    assert not [fact for fact in made if fact[2] == "export"]
    assert [(line, back) for line, _, command, _, back in made if command == "source"] == [(10, "기본 편집기 (새 설정 불러오기)")]
