"""Styles of Korean study notes the extractor reads (issue 6), each with examples of our own."""

from __future__ import annotations

from quizzer.extract import extract
from conftest import draft as _draft, facts as _facts


# a command table with a second pair of columns for options ----------------------------------------


def test_option_columns_beside_command_columns() -> None:
    text = (
        "| 명령어 | 명령 설명 | 옵션 | 옵션 설명 |\n"
        "| --- | --- | --- | --- |\n"
        "| du | 디렉터리 용량 | -h | 읽기 쉬운 단위 |\n"
        "| | | -s | 합계만 표시 |\n"
        "| whoami | 현재 사용자 이름 | | |\n"
        "| journalctl | 로그 보기 | -u, --unit | 특정 유닛의 로그 |\n"
        "| systemctl | 서비스 관리 | enable | 부팅 시 자동 시작 |\n"
    )
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes] == [
        (3, "command", "du", "du", "디렉터리 용량"),
        (3, "option", "du", "-h", "읽기 쉬운 단위"),
        (4, "option", "du", "-s", "합계만 표시"),
        (5, "command", "whoami", "whoami", "현재 사용자 이름"),
        (6, "command", "journalctl", "journalctl", "로그 보기"),
        (6, "option", "journalctl", "-u, --unit", "특정 유닛의 로그"),
        (7, "command", "systemctl", "systemctl", "서비스 관리"),
        (7, "option", "systemctl", "enable", "부팅 시 자동 시작"),
    ]
    enable = draft.notes[-1]
    assert "systemctl enable" in enable.answers  # the sub-command as typed is an answer too


def test_option_column_row_without_meaning_is_a_warning() -> None:
    text = "| Command | Description | Option | Option Description |\n|---|---|---|---|\n| tar | 묶기 | -x | |\n"
    draft = _draft(text)
    assert [(n.kind.value, n.front) for n in draft.notes] == [("command", "tar")]
    assert [w.line for w in draft.warnings] == [3]


# a quoted program is typed as written, not a placeholder --------------------------------------------


def test_quoted_programs_are_distinct_commands() -> None:
    text = (
        "# awk 연습\n\n"
        "1. 두 번째 칸만 출력 \\\n`awk '{print $2}' data.csv`\n"
        "2. 합계 출력 \\\n`awk '{s += $3} END {print s}' data.csv`\n"
    )
    assert _facts(text) == [
        (4, "command", "awk", "awk '{print $2}' data.csv", "두 번째 칸만 출력"),
        (6, "command", "awk", "awk '{s += $3} END {print s}' data.csv", "합계 출력"),
    ]


def test_quoted_placeholder_is_still_a_placeholder() -> None:
    text = '```\n# 커밋 만들기\ngit commit -m "커밋 메시지"\n# 메시지 지정\ngit tag -a v1 -m "<message>"\n```\n'
    notes = _draft(text).notes
    assert [(n.front, n.back) for n in notes] == [
        ('git commit -m "커밋 메시지"', "커밋 만들기"),  # shown as written, as '-m "message"' is
        ("git tag -a v1 -m", "메시지 지정"),
    ]
    assert [n.key.rsplit("|", 1)[1] for n in notes] == ["git commit -m", "git tag -a v1 -m"]  # no value in the key


def test_one_comment_over_different_quoted_programs_heads_them() -> None:
    text = "```\n# 배열 다루기\njq '.items | length' a.json\njq '.items | map(.id)' a.json\n```\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(3, "jq '.items | length' a.json", "배열 다루기")]
    assert [w.line for w in draft.warnings] == [4]


# what it does, then the command: the description may itself start with a program's name ------------


def test_description_naming_the_program_before_its_command() -> None:
    text = "# wget 정리\n\n- wget 버전 확인 : `wget --version`\n- quiet mode : `wget -q https://example.org/a.iso`\n  - `-q` : 진행 상황을 숨김\n"
    assert _facts(text) == [
        (3, "command", "wget", "wget --version", "wget 버전 확인"),
        (4, "command", "wget", "wget -q https://example.org/a.iso", "quiet mode"),
        (5, "option", "wget", "-q", "진행 상황을 숨김"),
    ]


def test_command_itself_before_a_colon_is_not_a_description() -> None:
    text = "# git\n\n- git log : git log --oneline\n"
    assert [n.front for n in _draft(text).notes] != ["git log --oneline"]


# a gloss in parentheses between the option and its meaning -----------------------------------------


def test_option_with_a_gloss_before_the_colon() -> None:
    text = "## tar 옵션\n\n- `-z` (gzip) : 압축을 함께 처리\n- **-x** (extract) : 묶음 풀기\n"
    assert _facts(text) == [
        (3, "option", "tar", "-z", "압축을 함께 처리 (gzip)"),
        (4, "option", "tar", "-x", "묶음 풀기 (extract)"),
    ]


# a bullet, then its command nested under it ------------------------------------------------------


def test_command_nested_under_the_bullet_that_describes_it() -> None:
    text = (
        "# 동기화 메모\n\n"
        "- 원격 서버로 폴더를 복사할 때 압축해서 보냄\n"
        "  - `rsync -z -r ./site user@host:/srv`\n"
        "- `-n` 옵션 사용\n"
        "  - `rsync -n -r ./site user@host:/srv`\n"
        "- 예시:\n"
        "  - `rsync -a a b`\n"
    )
    assert _facts(text) == [
        (3, "command", "rsync", "rsync -z -r ./site user@host:/srv", "원격 서버로 폴더를 복사할 때 압축해서 보냄"),
    ]


# a heading that names a program (any case, or with 명령어), its first bullet says what it is ----------


def test_program_heading_first_bullet_is_its_definition() -> None:
    text = (
        "## Rsync\n"
        "- 파일을 효율적으로 동기화하는 도구\n"
        "- 1996년에 처음 나옴\n\n"
        "## ***grep 명령어***\n"
        "+ ***grep***은 패턴에 맞는 줄을 찾는 명령어임\n"
        "+ 정규 표현식을 쓸 수 있음\n"
    )
    assert _facts(text) == [
        (2, "command", "rsync", "rsync", "파일을 효율적으로 동기화하는 도구"),
        (6, "command", "grep", "grep", "grep은 패턴에 맞는 줄을 찾는 명령어임"),
    ]


def test_topic_heading_is_not_a_program_heading() -> None:
    text = "## Compression\n- 파일 크기를 줄이는 방법\n"
    assert [n.kind.value for n in _draft(text).notes] != ["command"]


# a console block without any prompt: its lines are commands, not output ----------------------------


def test_console_block_without_prompts_is_commands() -> None:
    text = (
        "```console\n"
        "wget -c https://example.org/big.iso   # 이어받기\n"
        "# 배경에서 받기\n"
        "wget -b https://example.org/big.iso\n"
        "wget https://example.org/x.json > x.txt   # 끊기 : ctrl + c\n"
        "```\n"
    )
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [
        (2, "wget -c https://example.org/big.iso", "이어받기"),
        (4, "wget -b https://example.org/big.iso", "배경에서 받기"),
    ]
    assert [w.line for w in draft.warnings] == [5]  # the comment is about a key, not the command


def test_console_block_with_prompts_keeps_output_out() -> None:
    text = "```console\n$ uname -r   # 커널 버전\n6.1.0-18-amd64\n```\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [("uname -r", "커널 버전")]


def test_command_with_a_redirect_accepts_the_line_as_written() -> None:
    text = "```\n# 목록을 파일로 저장\nls -la > files.txt\n```\n"
    (note,) = _draft(text).notes
    assert (note.front, note.back) == ("ls -la", "목록을 파일로 저장")
    assert "ls -la > files.txt" in note.answers


def test_program_word_that_is_a_sub_command_of_the_notes_program_is_not_a_program_heading() -> None:
    text = "# git 정리\n\n### Diff\n\n- 바뀐 부분을 보여 줌\n"
    assert all(n.command != "diff" for n in _draft(text).notes)


def test_program_heading_with_a_paragraph_under_it() -> None:
    text = "## tar 명령어\n여러 파일을 하나로 묶는 명령어이다.\n\n## Tar\n이 문단은 설명이 아니다.\n"
    assert _facts(text) == [(2, "command", "tar", "tar", "여러 파일을 하나로 묶는 명령어이다.")]


# <pre> blocks are code blocks ---------------------------------------------------------------------


def test_pre_block_is_a_code_block() -> None:
    text = "# dpkg\n\n## 패키지 목록 보기 ##\n<pre>\ndpkg -l | grep ssh\n</pre>\n"
    assert _facts(text) == [(5, "command", "dpkg", "dpkg -l | grep ssh", "패키지 목록 보기")]


def test_a_pre_keeps_a_placeholder_and_a_comment_of_placeholders_alone_says_nothing_of_the_line() -> None:
    # "<src>" in a <pre> is the writer's placeholder, kept (a layout tag is dropped); a comment naming only
    # placeholders heads the columns of the lines under it, it is not what the line does
    text = "# 백업\n\n<pre>\n<b>rsync -a <src> /backup</b>\n# <src> <dest>\nrsync -a /srv /backup\n</pre>\n"
    draft = _draft(text)
    assert not [n for n in draft.notes if "<dest>" in n.back]
    text = "# 백업\n\n```\n# <src> <dest>\nrsync -a /srv /backup\n```\n"
    assert not [n for n in _draft(text).notes if "<dest>" in n.back]
    from quizzer.extract.blocks import read_blocks

    code = [b for b in read_blocks("<pre>\n<b>rsync -a <src> /backup</b>\n</pre>\n") if hasattr(b, "lines")]
    assert [text for _, text in code[0].lines] == ["rsync -a <src> /backup"]


def test_a_line_adding_flags_under_one_description_is_a_variant() -> None:
    text = "## 패키지 정보 보기\n설치된 패키지의 자세한 정보\n<pre>\ndpkg -s vim\ndpkg -s -v vim\n</pre>\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(4, "dpkg -s vim", "설치된 패키지의 자세한 정보")]
    assert [w.line for w in draft.warnings] == [5]


def test_two_spellings_under_one_description_are_both_kept() -> None:
    text = "원격 브랜치 지우기\n\n```\ngit push origin --delete topic\ngit push origin :topic\n```\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [
        ("git push origin --delete topic", "원격 브랜치 지우기"),
        ("git push origin :topic", "원격 브랜치 지우기"),
    ]


def test_heading_alone_does_not_describe_an_unknown_program() -> None:
    text = "### 목록 보기\n\n```\nfoo-cli ls\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [4]


# headings -------------------------------------------------------------------------------------------


def test_topic_heading_with_a_detail_after_a_dash() -> None:
    text = "### 컨테이너 실행 - read only\n    docker run --read-only -it alpine sh\n"
    assert _facts(text) == [(2, "command", "docker run", "docker run --read-only -it alpine sh", "read only")]


def test_heading_that_is_a_sentence_about_a_command() -> None:
    text = "### docker save image to a tar file\n    docker save -o [파일명].tar [이미지]\n"
    assert _facts(text) == [(2, "command", "docker save", "docker save -o [파일명].tar", "docker save image to a tar file")]
    assert _draft(text).notes[0].key.endswith("|docker save -o")  # the note is about the line without placeholders


def test_path_before_a_placeholder_stays_in_the_front() -> None:
    text = "### 볼륨 연결\n    docker run -v $(pwd):[컨테이너 경로] ubuntu\n"
    assert [n.front for n in _draft(text).notes] == ["docker run -v $(pwd):[컨테이너 경로] ubuntu"]
    assert "docker run -v $(pwd): ubuntu" in _draft(text).notes[0].answers


# a flag's value written as placeholders joined by typed characters is part of the line's front --------------


def test_a_flag_value_of_placeholders_and_a_colon_stays_on_the_front() -> None:
    text = "### 포트 연결해서 실행\n    podman run -d -p <호스트포트>:<컨테이너포트> --name [이름] [이미지] sh\n"
    notes = _draft(text).notes
    assert [(n.front, n.back) for n in notes] == [
        ("podman run -d -p <호스트포트>:<컨테이너포트> --name [이름] [이미지] sh", "포트 연결해서 실행")
    ]  # without [이름] and [이미지] the line would name its container "sh" (test_extract_placeholder_fronts.py)
    assert notes[0].key.endswith("|podman run -d -p --name sh")  # its identity is unchanged
    assert "podman run -d -p --name sh" not in notes[0].answers


def test_an_argument_of_joined_placeholders_and_a_lone_placeholder_still_leave_the_front() -> None:
    text = "### 이미지 지우기\n    docker rmi <이미지>:<태그>\n\n### 이름으로 접속\n    ssh -i [키파일] <user>@<host>\n"
    assert [n.front for n in _draft(text).notes] == ["docker rmi", "ssh -i"]


def test_heading_asking_what_a_term_is() -> None:
    text = "### 레이어란?\n\n이미지를 이루는 읽기 전용 파일 시스템 층이다.\n"
    assert _facts(text) == [(3, "concept", None, "레이어", "이미지를 이루는 읽기 전용 파일 시스템 층이다.")]


# code blocks ----------------------------------------------------------------------------------------


def test_upper_case_glossary_in_a_code_block() -> None:
    text = "```\nEXPOSE: 컨테이너가 듣는 포트\nENV: 환경 변수 설정\n```\n\n```yaml\nname: web\nimage: nginx latest\n```\n"
    assert _facts(text) == [
        (2, "concept", None, "EXPOSE", "컨테이너가 듣는 포트"),
        (3, "concept", None, "ENV", "환경 변수 설정"),
    ]


def test_numbered_comments_in_one_block_are_steps() -> None:
    text = (
        "## 배포 순서\n\n```bash\n# 1. 이미지 빌드\ndocker build -t web .\n# 2. 이미지 올리기\ndocker push web\n"
        "# 3. 이미지 빌드\ndocker build -t web:2 .\n```\n"
    )
    draft = _draft(text)
    steps = [(n.line, n.position, n.back) for n in draft.notes if n.kind.value == "step"]
    assert steps == [(4, 1, "이미지 빌드"), (6, 2, "이미지 올리기"), (8, 3, "이미지 빌드")]
    commands = [(n.front, n.back) for n in draft.notes if n.kind.value == "command"]
    assert commands == [("docker build -t web .", "이미지 빌드"), ("docker push web", "이미지 올리기"),
                        ("docker build -t web:2 .", "이미지 빌드")]


def test_trailing_comment_naming_an_option() -> None:
    text = "```\nnpm-check #--update 대화형으로 업데이트\n```\n"
    assert _facts(text) == [(2, "option", "npm-check", "--update", "대화형으로 업데이트")]


def test_python_module_is_the_command() -> None:
    text = "```\n# 가상환경 만들기\npython3 -m venv .venv\n```\n"
    assert _facts(text) == [(3, "command", "python3 -m venv", "python3 -m venv .venv", "가상환경 만들기")]


def test_host_prompts_are_not_part_of_the_command() -> None:
    text = (
        "helm 저장소를 추가한다.\n\n```\nme@box:~/charts$ helm repo add bitnami https://charts.bitnami.com/bitnami\n"
        '"bitnami" has been added to your repositories\n```\n\n'
        "```\n[root@web01 ~]# df -h\nFilesystem  Size\n```\n\n> 디스크 사용량을 보는 코드\n"
    )
    assert _facts(text) == [
        (4, "command", "helm repo add", "helm repo add bitnami https://charts.bitnami.com/bitnami", "helm 저장소를 추가한다."),
        (9, "command", "df", "df -h", "디스크 사용량을 보는 코드"),
    ]


def test_result_line_glossing_a_flag_under_a_prompted_line() -> None:
    text = "```bash\n$ ssh -p 2222 me@host\n=> 포트 지정은 -p 옵션으로 함\nWelcome!\n=> 접속 성공\n```\n"
    assert _facts(text) == [(2, "flag", "ssh", "-p", "포트 지정")]  # the flag of line 2


def test_quote_under_a_block_says_what_its_line_does() -> None:
    text = (
        "대부분의 명령은 --region 옵션으로 지역을 받을 수 있다.\n\n```\naws ec2 describe-instances --region us-east-1\n```\n\n"
        "> us-east-1 지역의 인스턴스를 보는 코드\n"
    )
    assert _facts(text) == [
        (4, "command", "aws ec2 describe-instances", "aws ec2 describe-instances --region us-east-1", "us-east-1 지역의 인스턴스를 보는 코드"),
    ]


def test_of_two_paragraphs_the_one_naming_the_sub_command() -> None:
    text = "로그인하지 않으면 익명으로 받는다.\n\n login 명령어로 레지스트리에 로그인한다.\n\n```\ndocker login\n```\n"
    assert _facts(text) == [(6, "command", "docker login", "docker login", "login 명령어로 레지스트리에 로그인한다.")]


def test_option_sentence_over_a_block_describes_its_line() -> None:
    text = "--rm 옵션으로 종료 후 컨테이너를 지운다.\n\n```\ndocker run --rm alpine\n```\n"
    assert _facts(text) == [(4, "command", "docker run", "docker run --rm alpine", "--rm 옵션으로 종료 후 컨테이너를 지운다.")]


def test_option_with_a_path_value_is_one_option() -> None:
    text = "```\n# tar [options]\n# -C=/srv/backup  / 풀 위치 지정\n```\n"
    assert _facts(text) == [(3, "option", "tar", "-C=/srv/backup", "풀 위치 지정")]


def test_two_names_of_one_concept_are_both_answers() -> None:
    text = "- GNU Make, gmake : 빌드를 자동화하는 도구\n"
    (note,) = _draft(text).notes
    assert (note.kind.value, note.front, note.back) == ("concept", "GNU Make, gmake", "빌드를 자동화하는 도구")
    assert note.answers == ("GNU Make", "gmake")


def test_a_script_is_not_command_lines() -> None:
    text = "### 백업 스크립트\n\n```bash\n#!/bin/bash\n# 오늘 날짜로 압축\ntar -czf backup.tgz /srv\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [3]


def test_usage_then_what_it_does_in_one_sentence() -> None:
    text = "# pip 정리\n\npip install 패키지==버전 으로 특정 버전을 설치할 수 있다\n"
    assert _facts(text) == [(3, "command", "pip install", "pip install 패키지==버전", "특정 버전을 설치할 수 있다")]


def test_symbol_equals_meaning_lines() -> None:
    text = "$# = 인자의 개수 \\\n$@ = 모든 인자\n"
    assert _facts(text) == [(1, "concept", None, "$#", "인자의 개수"), (2, "concept", None, "$@", "모든 인자")]


def test_one_equals_line_alone_is_not_a_glossary() -> None:
    assert _draft("x = 3\n").notes == ()


def test_option_used_under_a_label() -> None:
    text = "# wget 정리\n\n<b>재시도 횟수</b>\n\n- `-t` or `--tries` 옵션 사용\n\n### 출력 숨기기\n- `-q` 옵션 이용\n"
    assert _facts(text) == [
        (5, "option", "wget", "-t, --tries", "재시도 횟수"),
        (8, "option", "wget", "-q", "출력 숨기기"),
    ]


def test_a_label_bullet_after_a_block_does_not_describe_it() -> None:
    text = "## 세션 목록 보기\n```\n$ tmux ls\n0: 1 windows\n```\n\n- 참고 :\n  - https://example.org/tmux\n"
    assert _facts(text) == [(3, "command", "tmux ls", "tmux ls", "세션 목록 보기")]


def test_a_topic_heading_in_notes_about_an_editor_is_not_a_command() -> None:
    text = "# less 정리\n\n## show line numbers\n```\n$ less -N app.log\n```\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [("less -N app.log", "show line numbers")]


# a bold command, then its usage in a code span, then ": 설명" ------------------------------------------


def test_bold_command_then_usage_in_code_span_then_purpose() -> None:
    text = (
        "## 패키지\n\n"
        "- **apt install** `패키지이름[=버전]`: 패키지 설치하기\n"
        "- **pip uninstall** `<패키지> [-y]` - 파이썬 패키지 지우기\n"
        "- **ls** `ls -al <경로>`: 숨은 파일까지 자세히 보기\n"
    )
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.command, n.front, n.back, n.context) for n in draft.notes] == [
        (3, "command", "apt install", "apt install", "패키지 설치하기", "apt install 패키지이름[=버전]"),
        (4, "command", "pip uninstall", "pip uninstall", "파이썬 패키지 지우기", "pip uninstall <패키지> [-y]"),
        (5, "command", "ls", "ls -al", "숨은 파일까지 자세히 보기", "ls -al <경로>"),  # the span is the whole line
    ]


def test_bold_label_then_code_span_is_not_read_as_a_usage() -> None:
    # "**주의**" is no command: the code span after it is no usage of it
    assert _facts("- **주의** `rm -rf`: 되돌릴 수 없음\n") == []


def test_give_the_option_and_it_is_done_under_a_task_heading_takes_the_heading_as_its_meaning() -> None:
    # "### 숨김 파일까지 보기" / "`-a` 옵션을 주면 된다.": the sentence only says to give it; the heading says what it does
    text = "# ls\n\n### 숨김 파일까지 보기\n\n`-a` 옵션을 주면 된다.\n\n```bash\nls -a\n```\n"
    assert (5, "option", "ls", "-a", "숨김 파일까지 보기") in _facts(text)
    assert not any(n.back.startswith("된다") for n in _draft(text).notes)


def test_give_the_option_and_it_is_done_with_no_heading_just_above_makes_no_card() -> None:
    text = "# ls\n\n### 숨김 파일까지 보기\n\n먼저 목록을 본다.\n\n`-a` 옵션을 주면 된다.\n"
    assert not any(n.front == "-a" for n in _draft(text).notes)


# a numbered heading of two Korean words saying a doing, over a bare command item ---------------------------


def test_a_two_word_korean_heading_of_a_doing_says_what_its_bare_item_does() -> None:
    text = "## rsync\n\n#### 2.1 원격 복사하기\n- `rsync -az src/ host:/srv/`\n\n#### 2.2 로그 보기\n- `journalctl -u nginx`\n"
    assert _facts(text) == [
        (4, "command", "rsync", "rsync -az src/ host:/srv/", "원격 복사하기"),
        (7, "command", "journalctl", "journalctl -u nginx", "로그 보기"),
    ]


def test_a_two_word_heading_naming_a_thing_says_nothing_of_its_item() -> None:
    # "기본 옵션" names what follows, "Install it" is English of two words: neither is what the line does
    for heading in ("기본 옵션", "Install it", "🍺 Homebrew"):
        assert _facts(f"## {heading}\n- `rsync -az src/ host:/srv/`\n") == [], heading
