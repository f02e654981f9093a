"""Wrong cards: shapes of notes that made a card teach something the notes do not say.

Each test is an example of our own (issue 6, "Precision first"): either the right card is made,
or the doubtful part becomes a warning with its line.
"""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


# the paragraphs above a code block ------------------------------------------------------------


SCENE_THEN_PURPOSE = """# 로그 정리

아래 작업은 관리자 권한으로 진행한다.

먼저 오래된 로그 파일을 압축한다.

```shell
$ gzip -9 /var/log/app.log
```
"""


def test_only_the_sentence_right_above_a_block_says_what_it_does() -> None:
    assert _facts(SCENE_THEN_PURPOSE) == [
        (8, "command", "gzip", "gzip -9 /var/log/app.log", "먼저 오래된 로그 파일을 압축한다."),
    ]


SETUP_THEN_PURPOSE = """# Backups

Say the database lives on a second disk.

Copy the whole data folder to the backup host.

```
rsync -a /data/ backup:/srv/data/
```
"""


def test_a_sentence_setting_the_scene_is_not_joined_to_the_purpose() -> None:
    assert _facts(SETUP_THEN_PURPOSE) == [
        (8, "command", "rsync", "rsync -a /data/ backup:/srv/data/", "Copy the whole data folder to the backup host."),
    ]


LABEL_BETWEEN = """# fastboot

### 공장 초기화

기기의 사용자 데이터를 지우고 싶을 때 사용

형식

```sh
fastboot -w
```
"""


def test_a_label_between_a_description_and_its_block_does_not_replace_it() -> None:
    assert _facts(LABEL_BETWEEN) == [(10, "command", "fastboot", "fastboot -w", "기기의 사용자 데이터를 지우고 싶을 때 사용")]


USAGE_UNDER_DESCRIPTION = """# rclone

## `copy`

원격 저장소의 파일을 로컬로 가져올 때 사용

`rclone copy <remote> <local>`

```sh
rclone copy s3:logs ./logs
```
"""


def test_a_usage_line_in_backticks_under_a_description_stays_with_it() -> None:
    assert _facts(USAGE_UNDER_DESCRIPTION) == [
        (10, "command", "rclone", "rclone copy s3:logs ./logs", "원격 저장소의 파일을 로컬로 가져올 때 사용\nrclone copy <remote> <local>"),
    ]


# what a command printed, pasted as a comment ---------------------------------------------------


PRINTED_PATH = """# 패키지 찾기

```sh
# 설치된 앱의 경로 확인
pm path com.example.notes
# package:/data/app/com.example.notes-1/base.apk
cp /data/app/com.example.notes-1/base.apk ./notes.apk
```
"""


def test_a_printed_path_under_a_line_is_not_the_description_of_the_next() -> None:
    draft = _draft(PRINTED_PATH)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(5, "pm path com.example.notes", "설치된 앱의 경로 확인")]
    assert any(w.line == 6 and "printed" in w.message for w in draft.warnings)


def test_a_comment_with_words_and_a_slash_is_still_a_description() -> None:
    text = "```sh\n# 설치/삭제 기록 보기\ndnf history\n```\n"
    assert _facts(text) == [(3, "command", "dnf history", "dnf history", "설치/삭제 기록 보기")]


# a list of links under a lead-in -----------------------------------------------------------------


LINKS = """# rsync

## Further reading:

- [The rsync manual](https://example.org/rsync.html)
- [Tuning rsync over ssh](https://example.org/tuning)
"""


def test_a_list_of_links_under_a_lead_in_is_not_a_list_of_cases() -> None:
    assert _facts(LINKS) == []


CASES = """# rsync

## rsync를 쓰는 경우:

- 백업 서버로 바뀐 파일만 보낼 때
- 끊긴 전송을 이어서 받을 때
"""


def test_a_list_of_cases_under_a_lead_in_is_still_one_concept() -> None:
    assert _facts(CASES) == [
        (5, "concept", None, "rsync를 쓰는 경우", "백업 서버로 바뀐 파일만 보낼 때\n끊긴 전송을 이어서 받을 때"),
    ]


# a paragraph about a placeholder ----------------------------------------------------------------


PLACEHOLDER_NOTE = """# age

Encrypt a file for one person:

```
age -r <PUBLIC KEY> -o notes.txt.age notes.txt
```

For `<PUBLIC KEY>` you can paste their key or a path to a file of keys.

```
age -r age1qz5... notes.txt
age -R ~/.ssh/id_ed25519.pub notes.txt
```
"""


def test_a_paragraph_about_a_placeholder_does_not_describe_the_block_below() -> None:
    draft = _draft(PLACEHOLDER_NOTE)
    assert [n.line for n in draft.notes if "paste their key" in n.back] == []
    assert any(w.line == 9 and "<PUBLIC KEY>" in w.message for w in draft.warnings)


KOREAN_PLACEHOLDER = """# flatpak

`{APP_ID}`는 앱 저장소에 등록된 앱의 고유 이름이다.

```shell
$ flatpak install flathub {APP_ID}
```
"""


def test_a_korean_paragraph_whose_subject_is_a_placeholder_is_not_a_description() -> None:
    draft = _draft(KOREAN_PLACEHOLDER)
    assert [n.back for n in draft.notes if "고유 이름" in n.back] == []
    assert any(w.line == 3 and "{APP_ID}" in w.message for w in draft.warnings)


def test_a_paragraph_naming_a_placeholder_further_on_still_describes_its_block() -> None:
    text = "# age\n\nDecrypt `<FILE>` with your own key.\n\n```\nage -d -i key.txt secret.age\n```\n"
    assert _facts(text) == [(6, "command", "age", "age -d -i key.txt secret.age", "Decrypt <FILE> with your own key.")]


# printed lines that wrap -----------------------------------------------------------------------


WRAPPED_ERROR = """# 문제 해결

설치 도중 다음과 같은 에러가 날 수 있다.

```
error: cannot open archive: bad header in
       tar stream at offset 512; archive is corrupted
```

캐시를 지운 뒤 다시 설치한다.

```
apt-get clean
```
"""


def test_a_printed_line_that_wraps_onto_an_indented_line_is_not_a_command() -> None:
    assert _facts(WRAPPED_ERROR) == [(13, "command", "apt-get clean", "apt-get clean", "캐시를 지운 뒤 다시 설치한다.")]


INDENTED_UNDER_LABEL = """# 정리

```
브랜치 정리 방법:
    git branch -d old   # 병합된 브랜치 삭제
```

```
Examples
    git stash push -m wip   # 작업 임시 저장
```
"""


def test_indented_lines_under_a_label_are_still_read() -> None:
    assert _facts(INDENTED_UNDER_LABEL) == [
        (5, "command", "git branch", "git branch -d old", "병합된 브랜치 삭제"),
        (10, "command", "git stash push", "git stash push -m wip", "작업 임시 저장"),
    ]


# a label above a block, a comment after a line ---------------------------------------------------


LABEL_OVER_RUN = """# just

Examples:

e.g.

```sh
$ just build
$ just b  # alias
$ just --dry-run build
```
"""


def test_a_label_over_a_block_is_not_its_description_and_a_comment_after_a_line_is_its_own() -> None:
    draft = _draft(LABEL_OVER_RUN)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(9, "just b", "alias")]
    assert any(w.line == 10 for w in draft.warnings)


LABEL_OVER_LINES = """# git

```
// get
git config user.name
git config user.email
```
"""


def test_a_one_word_comment_above_a_run_still_heads_the_run() -> None:
    assert [(n.line, n.front, n.back) for n in _draft(LABEL_OVER_LINES).notes] == [
        (5, "git config user.name", "get"),
        (6, "git config user.email", "get"),
    ]


# several commands, one meaning -----------------------------------------------------------------


SAME_EFFECT = """# 리눅스 명령어

`clear`, `tput reset`, `reset` : 터미널 화면 지우기
"""


def test_commands_that_do_the_same_are_one_command_note_with_each_as_an_answer() -> None:
    [note] = _draft(SAME_EFFECT).notes
    assert (note.line, note.kind.value, note.command, note.front, note.back) == (
        3, "command", "clear", "clear", "터미널 화면 지우기",
    )
    assert {"clear", "tput reset", "reset"} <= set(note.answers)
    assert note.context == "clear, tput reset, reset"


def test_a_list_of_words_that_are_not_commands_stays_a_concept() -> None:
    text = "# 용어\n\n`inode`, `dentry` : 파일 시스템의 메타데이터 구조\n"
    assert [(n.kind.value, n.front) for n in _draft(text).notes] == [("concept", "inode, dentry")]


def test_a_remark_on_an_option_under_a_description_stays_with_it() -> None:
    text = (
        "# 정리\n\n오래된 이미지 지우기\n\n--all 옵션은 태그 없는 이미지만이 아니다\n\n"
        "```shell\n$ docker image prune --all\n```\n"
    )
    assert _facts(text) == [
        (8, "command", "docker image prune", "docker image prune --all",
         "오래된 이미지 지우기\n--all 옵션은 태그 없는 이미지만이 아니다"),
    ]


# a numbered list that is not a procedure ---------------------------------------------------------


USES = """# awk

### awk의 주 용도

1. 필드 출력(Print)
2. 특정 줄 삭제(Delete)
3. 합계 계산(Sum)
"""


def test_the_rest_of_a_numbered_list_found_not_to_be_a_procedure_is_not_steps_either() -> None:
    draft = _draft(USES)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [5]


STEPS = """# 설치

### 설치 순서

1. 패키지 목록을 갱신한다
2. 패키지를 설치한다
"""


def test_a_numbered_procedure_is_still_read_as_steps() -> None:
    assert [(n.kind.value, n.position, n.back) for n in _draft(STEPS).notes] == [
        ("step", 1, "패키지 목록을 갱신한다"), ("step", 2, "패키지를 설치한다"),
    ]


# a table whose first column is words ----------------------------------------------------------


CASES_TABLE = """# getopts

|상황|결과|
|---|---|
|unknown 옵션 사용|opt에 ?를 넣고 오류 출력|
|옵션 값 빠짐|opt에 :를 넣음|
"""


def test_a_table_row_whose_first_cell_is_words_is_not_a_command() -> None:
    draft = _draft(CASES_TABLE)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [5, 6]
    assert "'unknown 옵션 사용' is words" in draft.warnings[0].message


# a heading naming an option with the word "option" ----------------------------------------------


OPTION_HEADING = """# curl

## 자주 쓰는 옵션

### `-L` option

리다이렉트를 따라간다

### -k 옵션

인증서 검사를 건너뛴다
"""


def test_a_heading_naming_an_option_and_the_word_option_makes_an_option_note() -> None:
    assert _facts(OPTION_HEADING) == [
        (7, "option", "curl", "-L", "리다이렉트를 따라간다"),
        (11, "option", "curl", "-k", "인증서 검사를 건너뛴다"),
    ]


# a command line run together with a remark -----------------------------------------------------


RUN_TOGETHER = """# 파일 올리기

로컬 파일을 기기에 복사할 때 사용

```sh
scp notes.txt web1:/srv/notes.txt) (/srv는 서버에 있는 경로
echo "(done)" && ls $(pwd)
```
"""


def test_a_line_whose_parentheses_do_not_pair_up_is_not_a_command() -> None:
    draft = _draft(RUN_TOGETHER)
    assert not any(n.line == 6 for n in draft.notes)
    assert any(w.line == 6 and "parenthesis" in w.message for w in draft.warnings)
    assert not any(w.line == 7 and "parenthesis" in w.message for w in draft.warnings)  # quoted, and $( … )


# a remark in parentheses about another usage ----------------------------------------------------


OTHER_USAGE = """# 리눅스 명령어

`chmod` : 권한 변경 (하위 폴더까지 바꿀 때는 `chmod -R`)

`chown` : 소유자 변경 (root 권한 필요)
"""


def test_a_remark_naming_another_usage_is_left_off_the_card_with_a_warning() -> None:
    draft = _draft(OTHER_USAGE)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [
        (3, "chmod", "권한 변경"),
        (5, "chown", "소유자 변경 (root 권한 필요)"),
    ]
    assert any(w.line == 3 and "chmod -R" in w.message for w in draft.warnings)


# a comment that says to run something else -------------------------------------------------------


OTHER_COMMAND_COMMENT = """# 가상환경

```sh
# 가상환경 만들기
# 실패하면 pip install virtualenv
virtualenv .venv
```
"""


def test_a_korean_comment_ending_in_another_command_is_not_the_description() -> None:
    draft = _draft(OTHER_COMMAND_COMMENT)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(6, "virtualenv .venv", "가상환경 만들기")]
    assert any(w.line == 5 and "pip install virtualenv" in w.message for w in draft.warnings)


def test_a_korean_comment_naming_a_command_in_passing_is_still_the_description() -> None:
    text = "```sh\n# ls 대신 쓰는 목록 보기\nexa -l\n```\n"
    assert [(n.line, n.back) for n in _draft(text).notes] == [(3, "ls 대신 쓰는 목록 보기")]


# a sentence that sets the scene ------------------------------------------------------------------


PREMISE = """# make

Given `build:` as the first target and `clean:` as another one.

```sh
$ make -n
gcc -o app main.c
```
"""


def test_a_premise_above_a_block_is_not_its_description() -> None:
    draft = _draft(PREMISE)
    assert draft.notes == ()
    assert any(w.line == 3 and "sets up a situation" in w.message for w in draft.warnings)


def test_a_premise_that_goes_on_to_say_what_to_do_is_a_description() -> None:
    text = "# Builds\n\nGiven a fresh checkout, build everything in parallel.\n\n```sh\n$ make -j4\n```\n"
    assert _facts(text) == [(6, "command", "make", "make -j4", "Given a fresh checkout, build everything in parallel.")]


# a heading naming the program over a line with its own comment -----------------------------------


PROGRAM_HEADING = """# 리눅스 정보

## `du` 디렉터리 용량

```sh
du -sh    # 합계만 읽기 쉽게 출력
```
"""


def test_a_heading_naming_the_program_is_not_joined_to_the_line_comment() -> None:
    # the heading is what du does (its own note), the comment what -sh does
    assert _facts(PROGRAM_HEADING) == [
        (3, "command", "du", "du", "디렉터리 용량"),
        (6, "command", "du", "du -sh", "합계만 읽기 쉽게 출력"),
    ]


def test_a_heading_saying_what_a_block_does_still_joins_the_line_comment() -> None:
    text = "# 정보\n\n## 디스크 용량\n\n```sh\ndf -h    # 읽기 쉽게\n```\n"
    assert _facts(text) == [(6, "command", "df", "df -h", "디스크 용량 (읽기 쉽게)")]


# command headings written as a list --------------------------------------------------------------


HEADING_LIST = """상태를 볼 때 쓰는 명령어

# docker ps
# docker images
# docker stats

요즘은 이미지 크기를 줄이려고 멀티 스테이지 빌드를 쓴다.
"""


def test_the_text_after_a_run_of_command_headings_is_not_the_last_ones_description() -> None:
    assert _facts(HEADING_LIST) == []


def test_a_command_heading_after_a_described_one_still_takes_its_paragraph() -> None:
    text = "# docker ps\n\n실행 중인 컨테이너 목록\n\n# docker images\n\n내려받은 이미지 목록\n"
    assert _facts(text) == [
        (3, "command", "docker ps", "docker ps", "실행 중인 컨테이너 목록"),
        (7, "command", "docker images", "docker images", "내려받은 이미지 목록"),
    ]


# an editor and a file, glossed with what the file is ---------------------------------------------


FILE_GLOSS = """# 설정 파일

`vim ~/.inputrc` : readline 키 설정을 담는 파일

`nano /etc/hosts` : 호스트 이름 편집
"""


def test_an_editor_and_a_file_glossed_as_a_file_is_a_concept_about_the_file() -> None:
    assert _facts(FILE_GLOSS) == [
        (3, "concept", None, "~/.inputrc", "readline 키 설정을 담는 파일"),
        (5, "command", "nano", "nano /etc/hosts", "호스트 이름 편집"),
    ]


def test_a_command_and_its_korean_gloss_under_a_heading_is_not_a_lost_code_block() -> None:
    text = "# 자주 쓰는 것\n\ngit stash : 작업 중인 변경을 잠시 치워 두기\n"
    assert _facts(text) == [(3, "command", "git stash", "git stash", "작업 중인 변경을 잠시 치워 두기")]


# a slot of the usage line above, glossed ---------------------------------------------------------


USAGE_SLOTS = """# jq

```
jq [options] [jq filter] [files]
```

jq filter : 입력 JSON에 적용할 식
"""


def test_a_gloss_of_a_slot_of_the_usage_line_above_is_not_a_command() -> None:
    draft = _draft(USAGE_SLOTS)
    assert not [n for n in draft.notes if n.kind.value == "command" and n.front == "jq filter"]
    assert any(w.line == 7 and "argument" in w.message for w in draft.warnings)


# a one-word comment that only repeats a word of its line -----------------------------------------


ECHO = """```sh
# yaml
yq -o yaml '.' config.json > config.yaml
# 들여쓰기 두 칸으로 예쁘게 출력
yq -P '.' config.yaml
```
"""


def test_a_one_word_comment_repeating_a_word_of_its_line_is_not_what_it_does() -> None:
    draft = _draft(ECHO)
    assert [(n.line, n.back) for n in draft.notes] == [(5, "들여쓰기 두 칸으로 예쁘게 출력")]
    assert any(w.line == 3 and "only repeats" in w.message for w in draft.warnings)


def test_two_names_with_reminders_in_a_comment_name_topics_not_what_the_line_does() -> None:
    text = "```sh\n# keys (k) / values (v)\njq 'keys' data.json\njq '.[]' data.json\n```\n"
    assert not [n for n in _draft(text).notes if "keys (k)" in n.back]


# a setting and its value above a block; a one-word description that repeats the command ----------


SETTING_ABOVE = """# helm

## 차트 저장소

- Version: 3

```sh
helm repo add bitnami https://charts.bitnami.com/bitnami
```
"""


def test_a_setting_and_its_value_above_a_block_is_not_its_description() -> None:
    assert not [n for n in _draft(SETTING_ABOVE).notes if "Version" in n.back]


def test_a_one_word_description_repeating_a_word_of_its_command_is_not_made_a_card() -> None:
    text = "# 점검\n\n- 확인: kubectl get pods\n- Restart: kubectl rollout restart deploy/web\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(3, "kubectl get pods", "확인")]
    assert any(w.line == 4 and "only repeats" in w.message for w in draft.warnings)


# lines that go into a file ---------------------------------------------------------------------


INTO_FILE = """# tmux 설정

~/.tmux.conf 에 아래를 추가한다.

```
set -g mouse on
bind r source-file ~/.tmux.conf
```

Add the following to ~/.ssh/config:

```
Host web
    User deploy
```

설정을 파일 끝에 바로 붙이려면 이렇게 한다.

```
echo 'set -g mouse on' >> ~/.tmux.conf
```
"""


def test_lines_the_text_says_go_into_a_file_are_its_contents_not_commands() -> None:
    draft = _draft(INTO_FILE)
    assert [(n.line, n.front) for n in draft.notes] == [(20, "echo 'set -g mouse on'")]
    assert {5, 12} <= {w.line for w in draft.warnings if "go into a file" in w.message}


# a paragraph starting with a code span that starts with a colon ----------------------------------


def test_a_paragraph_starting_with_a_colon_command_is_not_a_definition_of_the_heading() -> None:
    text = "# vim\n\n## 저장\n\n`:w` 파일 저장\n"
    assert not [n for n in _draft(text).notes if n.kind.value == "concept" and n.front == "저장"]


# two terms on one line -------------------------------------------------------------------------


def test_two_short_terms_on_one_line_after_a_slash_are_two_notes() -> None:
    text = "# less\n\n* `g` : 맨 위로 / `G` : 맨 아래로\n"
    assert _facts(text) == [
        (3, "command", "less", "g", "맨 위로"),
        (3, "command", "less", "G", "맨 아래로"),
    ]


# a bullet glossing an argument of the example above ----------------------------------------------


ARGUMENT_BULLET = """# podman

```bash
podman run -d -p 8080:80 --name web docker.io/nginx
```

- `-d` : 백그라운드 실행
- docker.io/nginx : 받을 이미지
"""


def test_a_bullet_glossing_an_argument_of_the_example_is_not_what_the_line_does() -> None:
    draft = _draft(ARGUMENT_BULLET)
    assert not [n for n in draft.notes if n.kind.value == "command" and "받을 이미지" in n.back]
    assert [(n.kind.value, n.front, n.back) for n in draft.notes if n.kind.value == "flag"] == [("flag", "-d", "백그라운드 실행")]
    assert any(w.line == 8 for w in draft.warnings)


# a usage sentence followed by a sentence about another command -----------------------------------


def test_only_the_first_sentence_of_a_usage_sentence_is_the_meaning() -> None:
    text = "# 이미지 정리\n\n## 목록\n\n`docker images` 로 목록을 본다. `docker rmi` 는 이미지를 지운다.\n"
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [("docker images", "목록을 본다.")]
    assert any(w.line == 5 and "docker rmi" in w.message for w in draft.warnings)


def test_an_example_bullet_under_a_command_heading_is_not_one_more_thing_it_does() -> None:
    text = "# 명령어\n\n## find\n\n* 파일 찾기\n* 예) find . -name '*.log'\n"
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [("find", "파일 찾기")]
    assert any(w.line == 6 and "예)" in w.message for w in draft.warnings)


def test_an_option_heading_with_no_command_to_own_it_is_warned_not_the_blocks_description() -> None:
    # (the block's line passes no -w: nothing says whose option it is)
    text = "# 정리\n\n### `-w` option\n\n사용자 데이터를 지울 때 사용\n\n```sh\nfastboot erase userdata\n```\n"
    draft = _draft(text)
    assert not [n for n in draft.notes if "데이터를 지울" in n.back and n.kind.value == "command"]
    assert any(w.line == 5 and "-w" in w.message for w in draft.warnings)


def test_an_option_heading_over_a_block_passing_it_is_that_lines_programs_not_the_blocks_description() -> None:
    # (x-f31ko1) the line under the gloss passes the option: whose option it is, the line says
    text = "# 정리\n\n### `-w` option\n\n사용자 데이터를 지울 때 사용\n\n```sh\nfastboot -w\n```\n"
    draft = _draft(text)
    assert not [n for n in draft.notes if "데이터를 지울" in n.back and n.kind.value == "command"]
    assert [(n.kind.value, n.command, n.front) for n in draft.notes if "데이터를 지울" in n.back] == [
        ("option", "fastboot", "-w")]


# the block after the last step of a numbered procedure -----------------------------------------------


LAST_STEP_SAYS_WHAT = """## 배포 되돌리기

1. 이전 태그를 확인한다.
~~~
$ git tag --list
~~~

2. 원격 저장소의 브랜치를 이전 태그로 덮어쓴다.
~~~
$ git push origin v1.2:release -f
~~~
"""


def test_the_last_step_that_says_what_its_block_does_describes_it_not_the_procedure_name() -> None:
    commands = [(line, front, back) for line, kind, _, front, back in _facts(LAST_STEP_SAYS_WHAT) if kind == "command"]
    assert (10, "git push origin v1.2:release -f", "원격 저장소의 브랜치를 이전 태그로 덮어쓴다.") in commands
    assert all(back != "배포 되돌리기" for _, _, back in commands)


LAST_STEP_ONLY_RUNS = """## Export with a saved token

Export with a saved token
1. Open the settings page and copy the token.
2. Save it to a file in the current folder.
3. Run the exporter with the token file.

```sh
rclone copy --config token.conf remote:photos ./photos
```
"""


def test_a_last_step_that_only_says_to_run_leaves_the_procedure_name_to_describe_the_block() -> None:
    commands = [(front, back) for _, kind, _, front, back in _facts(LAST_STEP_ONLY_RUNS) if kind == "command"]
    assert commands and all(back == "Export with a saved token" for _, back in commands)


# numbered comments inside a block ------------------------------------------------------------------


NUMBERED_COMMENTS_UNDER_AN_ITEM = """### 터미널 단축키
- 탭 이동 `Ctrl + Tab`
- 화면 지우기 `Ctrl + L`
- nginx
```sh
# 1. 저장소 추가
sudo add-apt-repository ppa:nginx/stable
# 2. nginx 설치
sudo apt install nginx
```
"""


def test_numbered_comments_under_a_list_item_are_not_steps_of_the_heading_above() -> None:
    draft = _draft(NUMBERED_COMMENTS_UNDER_AN_ITEM)
    assert not [note for note in draft.notes if note.kind.value == "step"]
    assert 5 in [warning.line for warning in draft.warnings]


NUMBERED_COMMENTS_UNDER_THE_HEADING = """### nginx 설치
```sh
# 1. 저장소 추가
sudo add-apt-repository ppa:nginx/stable
# 2. nginx 설치
sudo apt install nginx
```
"""


def test_numbered_comments_right_under_a_heading_are_its_steps() -> None:
    steps = [(n.front, n.back) for n in _draft(NUMBERED_COMMENTS_UNDER_THE_HEADING).notes if n.kind.value == "step"]
    assert steps == [("nginx 설치 — step 1", "저장소 추가"), ("nginx 설치 — step 2", "nginx 설치")]


# a code span that is a command line the shell reader could not read ---------------------------


def test_a_known_program_with_unreadable_arguments_is_warned_not_a_term() -> None:
    # "`grep =`", "`echo $NAME + $SUFFIX`": a known program, then a sign alone or a shell variable; a command line, never a
    # term (its gloss is what the line does), and which fact it is the reader cannot be sure: a warning, no card
    text = (
        "# 풀이\n\n"
        "- `grep =` : 등호가 있는 줄만 남긴다.\n"
        "- `echo $NAME + $SUFFIX` : 두 값을 더하기 식으로 찍는다.\n"
        "- `git flow` : 브랜치를 나누는 방식\n"
    )
    made = _draft(text)
    assert [(note.line, note.front) for note in made.notes] == [(5, "git flow")]
    assert {warning.line for warning in made.warnings} >= {3, 4}
    assert any("'grep =' is a command line of grep" in warning.message for warning in made.warnings)


def test_an_arrow_naming_the_place_a_last_path_is_glosses_the_path_not_the_line() -> None:
    # "du -sh /var/cache/ <- 캐시 위치": the arrow points at the path it follows ("the cache's location"), not at what
    # du does; "cd /var/tmp/.. <- 위로 이동" says what the line does and stays its card
    text = "# du\n\n- du -sh /var/cache/ <- 캐시 위치\n- cd /var/tmp/.. <- 위로 이동\n"
    made = _draft(text)
    assert [(note.line, note.front, note.back) for note in made.notes] == [(4, "cd /var/tmp/..", "위로 이동")]
    assert any(warning.line == 3 and "'캐시 위치' names the place" in warning.message for warning in made.warnings)


# two lines whose card fronts would be one ---------------------------------------------------------


REDIRECTED_AGAIN = """### echo
- 예시
   - echo `"hello"` : 터미널에 텍스트 출력
   - echo `"hello"` `>` `file.txt` : 해당 파일에 텍스트 덮어씌움
"""

PLACEHOLDERS_AGAIN = """# lsof

## lsof -i TCP:[Port]

TCP, [Port]를 이용하고 있는 Process의 정보를 출력한다.

## lsof -i TCP:[Port Start]-[Port End]

TCP, [Port Start] - [Port End] 사이의 Port를 이용하고 있는 Process의 정보를 출력한다.
"""

SAME_LINE_AGAIN = """# git add

## git add <file>

stage a file

## Summary

- `git add <path>` : put changes in the index
"""


def test_a_line_written_otherwise_that_says_something_else_is_a_card_of_its_own() -> None:
    # the subject of a line ends at its redirect, or drops a word holding a placeholder: one card would join
    # what the two lines do (overwrite a file joined to print to the terminal)
    assert _facts(REDIRECTED_AGAIN) == [
        (3, "command", "echo", 'echo "hello"', "터미널에 텍스트 출력"),
        (4, "command", "echo", 'echo "hello" > file.txt', "해당 파일에 텍스트 덮어씌움"),
    ]
    assert _facts(PLACEHOLDERS_AGAIN) == [
        (5, "command", "lsof", "lsof -i TCP:[Port]", "TCP, [Port]를 이용하고 있는 Process의 정보를 출력한다."),
        (9, "command", "lsof", "lsof -i TCP:[Port Start]-[Port End]",
         "TCP, [Port Start] - [Port End] 사이의 Port를 이용하고 있는 Process의 정보를 출력한다."),
    ]


def test_the_same_line_with_other_placeholder_names_is_still_one_card() -> None:
    notes = _draft(SAME_LINE_AGAIN).notes
    assert [(n.front, n.back) for n in notes if n.command == "git add"] == [
        ("git add", "stage a file\nput changes in the index"),
    ]
