"""Precision: what the extractor is not sure of becomes a warning with its line, never a card.

Each test is an example of our own of a way notes mislead a rule (issue 6, "Precision first").
"""

from __future__ import annotations

from quizzer.extract import extract
from conftest import draft as _draft, facts as _facts, warned as _warned


# a comment above the first line of a run says nothing certain of the lines after it ---------------


RUN = """# 압축

```bash
# 묶어서 압축하기
tar -czf backup.tar.gz ./data
tar -xzf backup.tar.gz -C ./restore
```
"""


def test_a_comment_over_a_run_describes_only_its_own_line() -> None:
    assert _facts(RUN) == [(5, "command", "tar", "tar -czf backup.tar.gz ./data", "묶어서 압축하기")]
    assert 6 in _warned(RUN)


def test_two_spellings_of_one_usage_under_one_comment_stay_one_note() -> None:
    text = "```\n# 컨테이너 지우기\ndocker rm <id>\ndocker rm <name>\n```\n"
    assert _facts(text) == [(3, "command", "docker rm", "docker rm", "컨테이너 지우기")]
    assert _warned(text) == []


# bullets after a code block remark on it as often as they say what it does -------------------------


AFTER = """## 로그 보기

로그를 실시간으로 따라가기
```
journalctl -f -u nginx
```
* 끝내려면 Ctrl+C를 누른다
* 출력이 많으면 느려질 수 있음
"""


def test_bullets_after_a_code_block_are_warnings_the_text_above_describes_it() -> None:
    assert _facts(AFTER) == [(5, "command", "journalctl", "journalctl -f -u nginx", "로그를 실시간으로 따라가기")]
    assert {7, 8} <= set(_warned(AFTER))


def test_flag_bullets_after_a_code_block_still_gloss_its_flags() -> None:
    text = "```\nrsync -a -z src/ dst/\n```\n* `-a`: archive mode\n* `-z`: compress during transfer\n"
    facts = _facts(text)
    assert (4, "flag", "rsync", "-a", "archive mode") in facts
    assert (5, "flag", "rsync", "-z", "compress during transfer") in facts


def test_a_sentence_that_says_when_is_not_what_the_block_does() -> None:
    text = "비밀번호가 기억나지 않을 때\n\n```\npasswd alice\n```\n\n- 사용자의 비밀번호를 새로 설정\n"
    assert _facts(text) == [(4, "command", "passwd", "passwd alice", "사용자의 비밀번호를 새로 설정")]
    text = "If the mirror is slow\n\n```\nsudo apt update\n```\n"
    assert _facts(text) == []


def test_a_heading_alone_above_a_block_gives_way_to_the_bullets_after_it() -> None:
    text = "### 로그\n\n```\njournalctl -u nginx\n```\n\n- 한 서비스의 로그만 보기\n"
    assert _facts(text) == [(4, "command", "journalctl", "journalctl -u nginx", "한 서비스의 로그만 보기")]


# the decide stage: a pair that is not sure to be one fact is a warning with its line ---------------


def _doubts(text: str) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in _draft(text).warnings if "not made a card" in w.message]


def test_a_label_phrase_is_no_term() -> None:
    text = "# shell\n\n- 관련 용어: 터미널 에뮬레이터\n- 조심할 점: 루트로 실행하지 말 것\n- There are three kinds: login, interactive and batch\n- 프롬프트: 명령을 기다리는 표시\n"
    assert _facts(text) == [(6, "concept", None, "프롬프트", "명령을 기다리는 표시")]
    assert {3, 4} <= {line for line, _ in _doubts(text)}  # line 5 another rule reads as a lead-in first


def test_a_side_ending_in_a_colon_only_leads_in() -> None:
    text = "- inode: see below:\n- dentry: 이름과 inode를 잇는 항목\n"
    assert _facts(text) == [(2, "concept", None, "dentry", "이름과 inode를 잇는 항목")]
    assert [line for line, _ in _doubts(text)] == [1]


def test_a_sentence_cut_at_a_colon_is_no_term() -> None:
    text = (
        "- 주석으로 만들려면 줄 맨 앞에 : 기호를 붙이면 된다\n"
        "- 값을 비워 둘 경우 : 기본값이 쓰인다\n"
        "- 이 설정은 Why : 재시작 없이 반영하려고\n"
        "- $ mytool -x -y : 두 옵션을 함께 쓴 예\n"
        "- 해시: 내용으로 계산한 고유 값\n"
    )
    assert _facts(text) == [(5, "concept", None, "해시", "내용으로 계산한 고유 값")]
    assert [line for line, _ in _doubts(text)] == [1, 2, 3, 4]


def test_a_value_is_not_a_definition() -> None:
    text = "- Release: 1.2.0\n- 결과 파일: .cache\n- 퍼미션 비트: 읽기 쓰기 실행 권한을 나타내는 값\n"
    assert _facts(text) == [(3, "concept", None, "퍼미션 비트", "읽기 쓰기 실행 권한을 나타내는 값")]
    assert 2 in {line for line, _ in _doubts(text)}  # line 1 another rule already leaves out


def test_an_argument_of_the_example_above_is_no_term() -> None:
    text = (
        "- `podman run -d --name webcache quay.io/acme/redis`\n\nSome prose between.\n\n"
        "- webcache: the name given to the container\n"
        "- daemon: a program that runs in the background\n"
    )
    assert _facts(text) == [(6, "concept", None, "daemon", "a program that runs in the background")]
    assert [line for line, _ in _doubts(text)] == [5]


def test_items_right_under_the_example_gloss_its_parts_as_flags() -> None:
    text = "- `podman run -d --name webcache quay.io/acme/redis`\n- webcache - the name given to the container\n"
    assert _facts(text) == [(2, "flag", "podman run", "--name", "the name given to the container")]


def test_another_usage_is_not_what_a_command_does() -> None:
    text = "# wget\n\n- `wget`: `wget -V --quiet`\n- `wget -c URL`: 받다 만 파일 이어 받기\n"
    assert _facts(text) == [(4, "command", "wget", "wget -c", "받다 만 파일 이어 받기")]
    assert [line for line, _ in _doubts(text)] == [3]


def test_installing_the_program_the_notes_are_about_is_no_fact() -> None:
    text = "# htop\n\n```\n# 데비안 계열\nsudo apt install htop\n# 맥\nbrew install htop\n```\n\n```\n# 트리 보기\nhtop -t\n```\n"
    assert _facts(text) == [(12, "command", "htop", "htop -t", "트리 보기")]
    assert [line for line, _ in _doubts(text)] == [5, 7]


def test_installing_another_program_is_a_fact() -> None:
    text = "# htop\n\n```\n# 프로세스 트리 도구 설치\nbrew install pstree\n```\n"
    assert _facts(text) == [(5, "command", "brew install", "brew install pstree", "프로세스 트리 도구 설치")]


def test_two_sub_commands_joined_by_a_slash_are_not_one_card() -> None:
    text = "# podman\n\n- `podman pods/networks prune`: remove what no container uses\n- `podman system df`: disk usage\n"
    assert _facts(text) == [(4, "command", "podman system df", "podman system df", "disk usage")]
    assert [line for line, _ in _doubts(text)] == [3]


def test_a_labelled_remark_under_a_command_heading_is_not_what_it_does() -> None:
    for label in ("참고", "Note"):
        draft = extract(f"# git\n\n- {label}: git log --oneline\n", deck="t", source="t.md")
        assert draft.notes == ()
        assert [(w.line, label in w.message) for w in draft.warnings] == [(3, True)]
    draft = extract("## git cherry-pick\n\n* 다른 브랜치의 커밋 하나를 지금 브랜치에 적용\n", deck="t", source="t.md")
    assert [(n.front, n.back) for n in draft.notes] == [("git cherry-pick", "다른 브랜치의 커밋 하나를 지금 브랜치에 적용")]
