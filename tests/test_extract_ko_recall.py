"""Korean note styles read for recall (issue 6, helper x-ko), each with examples of our own."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


# options listed in comments under the one command line of a block -------------------------------------


def test_option_comments_under_an_unknown_programs_command_line() -> None:
    text = (
        "## 저장소 만들기\n\n"
        "```sh\n"
        "# 저장소 생성\n"
        "bakctl mkrepo \\\n"
        "  -d /srv/repo \\\n"
        "  --size=20G\n"
        "\n"
        "# ----- 옵션 -----\n"
        "# -d  --dir        저장소가 위치할 디렉터리\n"
        "# -q  --quiet      ETA 표시 없이 조용히 실행\n"
        "#     --size       저장소의 최대 크기\n"
        "```\n"
    )
    facts = _facts(text)
    assert (10, "option", "bakctl mkrepo", "-d, --dir", "저장소가 위치할 디렉터리") in facts
    # a meaning that begins with a latin word is told apart by the columns of the line as typed
    assert (11, "option", "bakctl mkrepo", "-q, --quiet", "ETA 표시 없이 조용히 실행") in facts
    assert (12, "option", "bakctl mkrepo", "--size", "저장소의 최대 크기") in facts


def test_option_comments_under_different_commands_stay_warnings() -> None:
    text = (
        "```sh\n"
        "# 저장소 생성\n"
        "bakctl mkrepo /srv/repo\n"
        "# 저장소 삭제\n"
        "bakctl rmrepo /srv/repo\n"
        "\n"
        "# -f  --force   묻지 않고 실행\n"
        "```\n"
    )
    draft = _draft(text)
    assert not [n for n in draft.notes if n.kind.value == "option"]
    assert 7 in [w.line for w in draft.warnings]


# a procedure told in prose: 먼저 / 이후 / 마지막으로, each sentence over its code block ---------------------


def test_sentences_of_sequence_over_code_blocks_are_steps() -> None:
    text = (
        "# 로그 디스크 붙이기\n\n"
        "아래 명령들은 관리자 권한으로 실행한다.\n\n"
        "먼저 새 디스크에 파일시스템을 만든다.\n\n"
        "```shell\n$ mkfs -t ext4 /dev/sdc\n```\n\n"
        "그 다음 마운트할 디렉터리를 만든다.\n\n"
        "```shell\n$ mkdir -p /var/log/big\n```\n\n"
        "마지막으로 디스크를 그 디렉터리에 연결한다.\n\n"
        "```shell\n$ mount /dev/sdc /var/log/big\n```\n"
    )
    draft = _draft(text)
    steps = [(n.line, n.front, n.back, n.position) for n in draft.notes if n.kind.value == "step"]
    assert steps == [
        (5, "로그 디스크 붙이기 — step 1", "새 디스크에 파일시스템을 만든다.", 1),
        (11, "로그 디스크 붙이기 — step 2", "마운트할 디렉터리를 만든다.", 2),
        (17, "로그 디스크 붙이기 — step 3", "디스크를 그 디렉터리에 연결한다.", 3),
    ]
    assert [n.context for n in draft.notes if n.kind.value == "step"] == [
        "mkfs -t ext4 /dev/sdc", "mkdir -p /var/log/big", "mount /dev/sdc /var/log/big"
    ]
    # the step's sentence alone says what its block does, not joined to the remark above it
    commands = {n.front: n.back for n in draft.notes if n.kind.value == "command"}
    assert commands.get("mkfs -t ext4 /dev/sdc") == "새 디스크에 파일시스템을 만든다."


def test_english_walkthrough_with_first_then_finally() -> None:
    text = (
        "## Rotate the key\n\n"
        "First, make a new key pair.\n\n```\nssh-keygen -t ed25519 -f new_key\n```\n\n"
        "Finally, copy it to the server.\n\n```\nssh-copy-id -i new_key.pub me@host\n```\n"
    )
    steps = [(n.line, n.back, n.position) for n in _draft(text).notes if n.kind.value == "step"]
    assert steps == [(3, "make a new key pair.", 1), (9, "copy it to the server.", 2)]


def test_a_lone_first_or_an_unclosed_pair_is_no_procedure() -> None:
    lone = "# 정리\n\n먼저 캐시를 비운다.\n\n```\nrm -rf ~/.cache/app\n```\n"
    assert not [n for n in _draft(lone).notes if n.kind.value == "step"]
    pair = (
        "# 정리\n\n먼저 캐시를 비운다.\n\n```\nrm -rf ~/.cache/app\n```\n\n"
        "그 다음 로그를 본다.\n\n```\ntail -f app.log\n```\n\n"
        "로그가 길면 줄인다.\n\n```\ntruncate -s 0 app.log\n```\n"
    )
    assert not [n for n in _draft(pair).notes if n.kind.value == "step"]


# a heading naming a program in backticks, then what it is for ------------------------------------------


def test_backticked_program_heading_with_words_is_what_the_program_is_for() -> None:
    text = (
        "# 리눅스 팁\n\n"
        "## `lsblk` 블록 장치 목록\n\n"
        "```sh\nlsblk -f    # 파일시스템 종류까지 출력\n#\n# NAME FSTYPE\n# sda  ext4\n```\n\n"
        "## `free` 메모리 사용량\n\n"
        "```sh\nfree -m\n```\n"
    )
    facts = _facts(text)
    assert (3, "command", "lsblk", "lsblk", "블록 장치 목록") in facts
    assert (12, "command", "free", "free", "메모리 사용량") in facts
    # the heading's words are the program's: the line's own comment alone says what the line does
    assert (6, "command", "lsblk", "lsblk -f", "파일시스템 종류까지 출력") in facts


def test_backticked_program_heading_needs_the_program_run_and_a_gloss_not_a_topic() -> None:
    topic = "## `nginx` 설정\n\n```sh\nnginx -t\n```\n"
    assert not [f for f in _facts(topic) if f[0] == 1]
    other = "## `htop` 프로세스 보기\n\n```sh\ntop -o %MEM\n```\n"  # the block runs another program
    assert not [f for f in _facts(other) if f[0] == 1]
    no_code = "## `htop` 프로세스 보기\n\n프로세스를 보기 좋게 보여준다.\n"
    assert not [f for f in _facts(no_code) if f[1] == "command" and f[3] == "htop"]


# definitions written as sentences ----------------------------------------------------------------------


def test_marked_term_with_topic_particle_and_copula_is_a_definition() -> None:
    text = (
        "# 쿠버네티스\n\n"
        "**Pod**는 하나 이상의 컨테이너를 묶는 가장 작은 배포 단위이다. 보통 한 앱에 하나씩 만든다.\n\n"
        "`kubelet`은 각 노드에서 Pod를 실행하는 에이전트이며 `kube-proxy`는 노드의 네트워크 규칙을 관리하는 구성 요소이다. "
        "**minikube**에는 둘 다 들어 있다.\n"
    )
    assert _facts(text) == [
        (3, "concept", None, "Pod", "하나 이상의 컨테이너를 묶는 가장 작은 배포 단위"),
        (5, "concept", None, "kubelet", "각 노드에서 Pod를 실행하는 에이전트"),
        (5, "concept", None, "kube-proxy", "노드의 네트워크 규칙을 관리하는 구성 요소"),
    ]


def test_a_marked_term_with_its_other_name_in_parentheses_is_a_definition_too() -> None:
    # "**X**(other name)은 …이다": the parenthesis sits between the term and its particle; when it spells the term it
    # is another name a reader may answer with, otherwise it is no part of the card
    text = (
        "# 파일 시스템\n\n"
        "**NFS**(Network File System)는 네트워크 너머의 디스크를 내 디스크처럼 쓰게 해주는 프로토콜이다.\n\n"
        "**btrfs**(2009)는 스냅숏을 지원하는 리눅스 파일 시스템이다.\n"
    )
    notes = _draft(text).notes
    assert [(n.line, n.front, n.back, n.answers) for n in notes] == [
        (3, "NFS", "네트워크 너머의 디스크를 내 디스크처럼 쓰게 해주는 프로토콜", ("NFS", "Network File System")),
        (5, "btrfs", "스냅숏을 지원하는 리눅스 파일 시스템", ()),
    ]


def test_description_then_naming_sentence_is_a_definition() -> None:
    text = "# 메모리\n\n디스크의 일부를 메모리처럼 잠시 빌려 쓰는 공간을 만든다. 이를 가상 메모리라고 한다.\n"
    assert _facts(text) == [(3, "concept", None, "가상 메모리", "디스크의 일부를 메모리처럼 잠시 빌려 쓰는 공간을 만든다")]


def test_sentences_that_do_not_define_are_not_concepts() -> None:
    others = (
        "# 메모\n\n"
        "**Ubuntu**에는 기본으로 `snapd`가 설치되어 있다.\n\n"  # not the topic particle
        "`cron`은 설정이 어려운 것은 아니다.\n\n"  # no copula closing it
        "**이 방식**은 느린 디스크 때문이다.\n\n"  # a reason, not what it is
        "그 다음 서버를 재시작한다. 이를 잊으면 안 된다.\n"
    )
    assert [f for f in _facts(others) if f[1] == "concept"] == []


# a Korean label of the usage line; a heading naming one flag with the word "option" -------------------


def test_korean_format_heading_over_one_usage_line_is_its_syntax() -> None:
    text = "# rsync\n\n## 명령어 입력 형식\n\n```sh\nrsync [-a | -n] <원본> <대상>\n```\n"
    assert _facts(text) == [(6, "syntax", "rsync", "rsync", "rsync [-a | -n] <원본> <대상>")]


def test_heading_naming_one_flag_and_the_word_option() -> None:
    text = "# curl\n\n### `-L` 옵션\n\n리다이렉트를 따라가서 최종 주소의 내용을 받는다\n"
    assert _facts(text) == [(5, "option", "curl", "-L", "리다이렉트를 따라가서 최종 주소의 내용을 받는다")]
    # the option of a program with sub-commands, with no sub-command named: never an option card
    verb = "# adb\n\n### `-d` option\n\nUSB로 연결된 기기 하나에만 명령을 보낸다\n"
    assert not [f for f in _facts(verb) if f[1] == "option"]


# a Korean gloss after a command line in a code block, set off by a spaced colon ---------------------------


def test_spaced_colon_then_korean_gloss_after_a_command_line() -> None:
    text = (
        "# git\n\n```sh\n"
        "git log --stat : 파일별 변경 통계\n"
        "git shortlog -sn   # 작성자별 커밋 수\n"
        "echo a : b\n"  # no Korean after the colon: the line as written
        "```\n"
    )
    facts = _facts(text)
    assert (4, "command", "git log", "git log --stat", "파일별 변경 통계") in facts
    assert (5, "command", "git shortlog", "git shortlog -sn", "작성자별 커밋 수") in facts
    assert not [f for f in facts if f[0] == 6]
