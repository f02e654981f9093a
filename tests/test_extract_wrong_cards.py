"""Wrong cards: shapes of notes that made a card teach something the notes do not say.

Each test is an example of our own (issue 6, "Precision first"): either the right card is made,
or the doubtful part becomes a warning with its line.
"""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _facts(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


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

### `-w` option

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
