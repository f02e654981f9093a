"""Shapes of the eighteenth fresh set's Korean notes, in examples of our own words (issue 6, "Precision first").

Each reading is general: a case label ("…한 경우", "…사용시", "If …") says when, not what; a label of what a
page supports is no term; each test also shows the shape it must not take.
"""

from __future__ import annotations

import pytest

from conftest import draft as _draft, facts as _facts
from quizzer.shell import parse_invocation
from quizzer.extract.action_pairs import lined_up
from quizzer.extract.key_comments import key_said, operator_said
from quizzer.extract.knowledge import ACTION_WORDS_KO, CONDITION_NOUNS_KO, VARIANT_NOUNS_KO, VARIANT_STARTS, says_condition, says_variant


CASES_UNDER_TASK = """# 웹서버 노트

## 재시작

1. 패키지로 설치한 경우: systemctl restart nginx
2. 소스로 빌드한 경우: nginxd -s 재시작신호
"""


def test_a_case_label_over_a_command_takes_the_task_from_its_heading() -> None:
    # the label says when; the heading says what is done: the task is the meaning, the case told beside it
    assert _facts(CASES_UNDER_TASK) == [
        (5, "command", "systemctl restart", "systemctl restart nginx", "재시작"),
        (6, "command", "nginxd", "nginxd -s 재시작신호", "재시작"),  # its Korean value shown as written
    ]
    assert [n.context for n in _draft(CASES_UNDER_TASK).notes] == ["패키지로 설치한 경우", "소스로 빌드한 경우"]


def test_a_case_label_under_a_heading_of_no_task_is_a_warning() -> None:
    text = "# 웹서버 노트\n\n## 메모\n\n- 도커로 실행했을 때: docker restart web\n- 로그 보기: docker logs web\n"
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [("docker logs web", "로그 보기")]
    assert 5 in [w.line for w in draft.warnings]


def test_a_label_saying_what_is_done_stays_the_meaning() -> None:
    text = "# 웹서버 노트\n\n## 재시작\n\n- 설정 다시 읽기: systemctl reload nginx\n"
    assert _facts(text) == [(5, "command", "systemctl reload", "systemctl reload nginx", "설정 다시 읽기")]


@pytest.mark.parametrize("noun", sorted(CONDITION_NOUNS_KO))
def test_every_condition_noun_before_si_makes_a_case(noun: str) -> None:
    assert says_condition(f"테스트 서버 {noun}시")
    assert says_condition(f"테스트 서버 {noun} 시:")
    assert not says_condition(f"테스트 서버 {noun}")


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("원격 서버에 접속했을 경우", True),
        ("처음 한 번 실행할 때", True),
        ("If you built it from source", True),
        ("when using a proxy", True),
        ("숨김 파일 표시", False),  # 표시: a noun ending in 시, what is done
        ("경고 무시", False),
        ("when the build fails, print the log", False),  # a main clause after the comma says what is done
        ("restarts when the config changes", False),
    ],
)
def test_says_condition(text: str, case: bool) -> None:
    assert says_condition(text) is case


def test_what_a_page_supports_is_no_term() -> None:
    text = "# 도구 노트\n\n## 요구사항\n\n**지원**: 리눅스, 맥OS, 파이썬 3.8 이상\n**미지원**: 윈도우 전부\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [5, 6]


CASES_OVER_BLOCKS = """# docker compose

- 로컬 개발 서버 사용시

```bash
# 서비스 띄우기
docker compose up -d
```

- 원격 스테이징 서버에 배포할 때

```bash
# 원격 컨텍스트로 바꾸기
docker context use staging
```
"""


def test_a_case_over_a_block_is_its_lead_in_not_a_meaning() -> None:
    # the case under the title names no meaning of the title's command; the case after a block leads into the next
    assert _facts(CASES_OVER_BLOCKS) == [
        (7, "command", "docker compose up", "docker compose up -d", "서비스 띄우기"),
        (14, "command", "docker context use", "docker context use staging", "원격 컨텍스트로 바꾸기"),
    ]



ALTERNATIVES = """# 계정 노트

## 그룹 지우기
~~~
sudo groupdel 그룹이름    # 그룹만 지움

또는

sudo delgroup --only-if-empty 그룹이름    # 비어 있을 때만 지움
~~~
"""


def test_alternatives_told_apart_by_their_comments_keep_each_comment() -> None:
    # the heading is what both do; each comment tells one apart: never the heading joined to one comment
    assert [(line, front, back) for line, _, _, front, back in _facts(ALTERNATIVES)] == [
        (5, "sudo groupdel 그룹이름", "그룹만 지움"),
        (9, "sudo delgroup --only-if-empty 그룹이름", "비어 있을 때만 지움"),
    ]


STATEMENTS_OVER_A_COMMENT = """# 노트

- k3d 는 기본으로 로드밸런서를 띄워서 따로 설치할 필요가 없다.
  포트는 클러스터를 만들 때 정한다.

```bash
# 로드밸런서 확인
kubectl get svc -n kube-system
```
"""


def test_statements_over_a_line_with_its_own_comment_are_not_joined_to_it() -> None:
    assert _facts(STATEMENTS_OVER_A_COMMENT) == [
        (8, "command", "kubectl get", "kubectl get svc -n kube-system", "로드밸런서 확인"),
    ]


KEY_AND_OPERATOR_COMMENTS = """# 작업 제어 연습

```bash
# 실행 중에 ctrl+c 로 프로세스를 끝낸다
ping example.com
# | 앞 명령의 출력을 뒤 명령의 입력으로 넘김
ps aux |
# 열린 포트 목록 보기
ss -tlnp
```
"""


def test_a_comment_naming_a_key_or_the_lines_operator_is_their_fact_not_the_lines() -> None:
    assert _facts(KEY_AND_OPERATOR_COMMENTS) == [
        (4, "command", None, "ctrl+c", "프로세스를 끝낸다"),
        (6, "command", None, "|", "앞 명령의 출력을 뒤 명령의 입력으로 넘김"),
        (9, "command", "ss", "ss -tlnp", "열린 포트 목록 보기"),
    ]


@pytest.mark.parametrize(
    ("comment", "said"),
    [
        ("then press Ctrl+Z to suspend it", ("Ctrl+Z", "suspend it")),
        ("Ctrl-D 를 눌러 셸을 닫는다", ("Ctrl-D", "셸을 닫는다")),
        ("컨트롤 키와 함께 쓰는 옵션", None),  # no chord named
        ("shift 로 시작하는 줄 보기", None),  # a modifier alone is no key pressed
    ],
)
def test_key_said(comment: str, said: tuple[str, str] | None) -> None:
    assert key_said(comment) == said


def test_an_operator_the_line_does_not_end_with_is_no_fact_of_it() -> None:
    assert operator_said("& 백그라운드로 실행", "sleep 5 &") == ("&", "백그라운드로 실행")
    assert operator_said("& 백그라운드로 실행", "sleep 5") is None
    assert operator_said("백그라운드로 실행 &", "sleep 5 &") is None


FOLDERS = """# 차트 모음

- ./redis : redis 차트
- ./grafana : 대시보드 설치
- ./loki-stack : 로그 수집 app

## 빌드

- ./configure : 빌드 설정 만들기
- make : 컴파일
"""


def test_relative_names_in_a_row_are_folders_listed_not_commands() -> None:
    # three ./names in a row are a repository's folders; one ./configure among other lines is a script run
    draft = _draft(FOLDERS)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [
        (9, "./configure", "빌드 설정 만들기"), (10, "make", "컴파일"),
    ]
    assert [w.line for w in draft.warnings if "folder" in w.message] == [3, 4, 5]


COMMENT_GLOSSARY = """# 정규식 메모

```bash
# grep 으로 숫자 줄 찾기
grep -E '[0-9]+' log.txt

# \\d : 숫자 한 개
# \\w : 글자나 숫자나 밑줄
# \\s : 공백 한 칸

# port : 8080
# host : localhost
# user : admin
```
"""


def test_three_term_comments_over_a_blank_line_are_a_glossary() -> None:
    # terms with meanings in words are defined; "port : 8080" rows are settings' values, no glossary
    assert [f for f in _facts(COMMENT_GLOSSARY) if f[1] == "concept"] == [
        (7, "concept", None, "\\d", "숫자 한 개"),
        (8, "concept", None, "\\w", "글자나 숫자나 밑줄"),
        (9, "concept", None, "\\s", "공백 한 칸"),
    ]


def test_term_comments_right_over_a_line_are_its_glosses_not_a_glossary() -> None:
    text = "# 노트\n\n```bash\n# -a : 전부\n# -l : 길게\n# -h : 읽기 쉽게\nls -alh\n```\n"
    assert [f for f in _facts(text) if f[1] == "concept"] == []


def test_term_comments_right_under_a_line_tell_its_letters_not_a_glossary() -> None:
    text = "# 노트\n\n```\nrm -rfv build\n# r: 하위 폴더까지\n# f: 묻지 않고\n# v: 지운 것 출력\n```\n"
    assert [f for f in _facts(text) if f[1] == "concept"] == []


def test_a_sentence_saying_a_source_defines_the_term_so_takes_the_quote_under_it() -> None:
    text = (
        "# 노트\n\n위키 문서에서는 컨테이너를 이렇게 정의하고 있다.\n\n"
        "> “애플리케이션과 그 실행 환경을 하나로 묶은 격리된 프로세스”\n\n"
        "## Daemons\n\nThe manual defines a daemon as follows:\n\n"
        "> A process that runs in the background. It has no terminal.\n"
    )
    assert _facts(text) == [
        (5, "concept", None, "컨테이너", "애플리케이션과 그 실행 환경을 하나로 묶은 격리된 프로세스"),
        (11, "concept", None, "daemon", "A process that runs in the background"),
    ]


def test_a_defining_sentence_that_goes_on_or_a_paragraph_under_it_is_no_quoted_definition() -> None:
    goes_on = "# 노트\n\n문서에서는 컨테이너를 이렇게 정의하고 있다. 하지만 실제로는 다르다.\n\n> 격리된 프로세스\n"
    plain = "# 노트\n\n문서에서는 컨테이너를 이렇게 정의하고 있다.\n\n격리된 프로세스를 말한다.\n"
    assert [f for f in _facts(goes_on) + _facts(plain) if f[1] == "concept"] == []


def test_a_key_in_an_aside_of_the_comment_is_no_key_fact() -> None:
    assert key_said("세션 만들기 (prefix 는 ctrl+b 로 변경)") is None
    assert key_said("실행한 뒤 ctrl+c 로 멈춘다") == ("ctrl+c", "멈춘다")
    assert key_said("C-z 로 멈춤") == ("C-z", "멈춤")
    # the part before the key says what the line does: the comment is the line's, the key a remark in it
    assert key_said("로그를 실시간으로 보기, ctrl+c 로 종료") is None
    assert key_said("follow the container's output, then press Ctrl+C to stop following") is None
    text = "# 노트\n\n```bash\n# 세션 만들기 (prefix 는 ctrl+b 로 바꿔 둠)\ntmux new -s work\n```\n"
    facts = _facts(text)
    assert [f[3] for f in facts] == ["tmux new -s work"]
    assert "세션 만들기 (prefix 는 ctrl+b 로 바꿔 둠)" in facts[0][4]


def test_term_comments_of_one_word_values_are_settings_not_a_glossary() -> None:
    text = "# 노트\n\n```\nexport APP_ENV=dev\n\n# host: db.local\n# user: admin\n# name: appdb\n```\n"
    assert [f for f in _facts(text) if f[1] == "concept"] == []


def test_header_fields_and_step_labels_in_comments_are_no_glossary() -> None:
    header = (
        "# 노트\n\n```bash\n#!/bin/bash\n\n# Purpose: copy the photos to the NAS every night\n"
        "# Schedule: every night at three\n# Requires: rsync and a mounted share\n\nrsync -a ~/Pictures /mnt/nas\n```\n"
    )
    steps = "# 노트\n\n```bash\n# 1단계: 이미지 만들기\n# 2단계: 태그 붙이기\n# 3단계: 올리기\n\ndocker build -t app .\n```\n"
    assert [f for f in _facts(header) + _facts(steps) if f[1] == "concept"] == []


def test_scripts_without_an_extension_glossed_by_what_they_do_are_commands() -> None:
    text = (
        "# 빌드\n\n- ./configure : checks the system and writes the Makefile\n"
        "- ./gradlew : runs the Gradle build\n- ./mvnw : runs the project's own Maven\n"
    )
    assert [n.front for n in _draft(text).notes] == ["./configure", "./gradlew", "./mvnw"]


def test_a_case_of_a_problem_stays_the_meaning_of_the_command_that_answers_it() -> None:
    text = (
        "# Git rescue\n\n## Oops\n\n- When a push is rejected: git pull --rebase\n"
        "- If you forgot a file in the last commit: git commit --amend --no-edit\n"
        "- 작업 트리가 엉망인 경우: git stash -u\n"
    )
    assert [(n.front, n.back) for n in _draft(text).notes] == [
        ("git pull --rebase", "When a push is rejected"),
        ("git commit --amend --no-edit", "If you forgot a file in the last commit"),
        ("git stash -u", "작업 트리가 엉망인 경우"),
    ]


@pytest.mark.parametrize("noun", sorted(VARIANT_NOUNS_KO))
def test_every_variant_noun_makes_a_case_a_variant(noun: str) -> None:
    assert says_variant(f"도커로 {noun}한 경우")
    assert not says_variant(f"도커로 {noun}")  # no case: what is done


@pytest.mark.parametrize("start", VARIANT_STARTS)
def test_every_variant_start_makes_a_case_a_variant(start: str) -> None:
    assert says_variant(f"{start} the package manager")
    assert not says_variant("when the disk is full")


PAIRED_ACTIONS = """# 서비스 노트

## 비활성화, 중지
~~~
sudo systemctl disable cron
sudo systemctl stop cron
~~~

## 설치 및 확인
~~~
sudo apt install nginx
nginx -v
~~~
"""


def test_a_heading_of_one_action_per_line_in_order_is_each_lines_meaning() -> None:
    # 비활성화 → disable, 중지 → stop line up with their lines: each line its own action, the heading beside it
    # (the whole heading would teach that stop also disables); "확인" names no word of "nginx -v", so the second
    # heading stays what its lines do together (warned)
    draft = _draft(PAIRED_ACTIONS)
    assert [(n.line, n.front, n.back, n.context) for n in draft.notes] == [
        (5, "sudo systemctl disable cron", "비활성화", "비활성화, 중지"),
        (6, "sudo systemctl stop cron", "중지", "비활성화, 중지"),
    ]
    assert {11, 12} <= {w.line for w in draft.warnings}


@pytest.mark.parametrize("action", sorted(ACTION_WORDS_KO))
def test_every_korean_action_names_its_lines_word(action: str) -> None:
    other = "적용" if action != "적용" else "설치"
    word, other_word = sorted(ACTION_WORDS_KO[action])[0], sorted(ACTION_WORDS_KO[other])[0]
    lines = [parse_invocation(f"svc {word} app"), parse_invocation(f"svc {other_word} app")]
    assert lined_up(f"{action} 및 {other}", [line for line in lines if line is not None])
    assert not lined_up(f"{other} 및 {action}", [line for line in lines if line is not None])  # out of order


def test_option_rows_under_a_line_and_a_blank_line_are_no_glossary() -> None:
    text = (
        "# 노트\n\n```bash\ndu -sch /srv/*\n\n# -s : 폴더마다 합계만\n# -c : 마지막에 전체 합계\n"
        "# -h : 읽기 쉬운 단위로\n```\n"
    )
    assert [f for f in _facts(text) if f[1] == "concept"] == []


def test_a_lead_in_ending_in_a_colon_over_lines_with_where_comments_stays_their_meaning() -> None:
    text = (
        "# Docs\n\nRun `npm` to build the whole site into `out/`:\n\n```sh\n# On Windows hosts\nnpm run site-win\n"
        "# On other hosts\nnpm run site\n```\n"
    )
    backs = [n.back for n in _draft(text).notes]
    assert backs and all(back.startswith("Run npm to build the whole site") for back in backs)


def test_alternatives_whose_comments_only_tell_them_apart_keep_the_heading() -> None:
    text = "# 노트\n\n## 폴더 묶기\n~~~\ntar czf a.tgz dir/    # gzip 으로\n\n또는\n\ntar cJf a.txz dir/    # xz 로\n~~~\n"
    backs = [n.back for n in _draft(text).notes]
    assert backs and all("폴더 묶기" in back for back in backs)


def test_a_remark_comment_under_two_sentences_is_not_the_lines_whole_meaning() -> None:
    text = (
        "# 노트\n\n캐시가 너무 커졌다. 오래된 것은 지워도 된다.\n\n"
        "```bash\nsudo apt-get clean    # 루트 권한 필요\n```\n"
    )
    assert [n.back for n in _draft(text).notes] != ["루트 권한 필요"]
