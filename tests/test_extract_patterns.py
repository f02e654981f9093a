"""The ten ways real notes are written that issue 6 lists, each with examples of our own."""

from __future__ import annotations

from quizzer.extract import extract
from conftest import draft as _draft, facts as _facts


# 1. several `term: description` lines in one paragraph ------------------------------------------


def test_1_term_lines_in_one_paragraph_soft_breaks() -> None:
    text = "# git\n\npull: fetch + merge\nfetch: 원격 저장소의 변경을 받아오기만 함\n"
    assert _facts(text) == [
        (3, "command", "git pull", "git pull", "fetch + merge"),
        (4, "command", "git fetch", "git fetch", "원격 저장소의 변경을 받아오기만 함"),
    ]


def test_1_term_lines_joined_by_br_and_trailing_spaces() -> None:
    text = "inode: 파일의 메타데이터<br>\nhard link: 같은 inode를 가리키는 이름  \nsymlink: 경로를 담은 파일\n"
    assert _facts(text) == [
        (1, "concept", None, "inode", "파일의 메타데이터"),
        (2, "concept", None, "hard link", "같은 inode를 가리키는 이름"),
        (3, "concept", None, "symlink", "경로를 담은 파일"),
    ]


def test_1_description_then_command_lines() -> None:
    text = "커밋 되돌리기: git revert HEAD\n작업 임시 저장: git stash\n"
    assert _facts(text) == [
        (1, "command", "git revert", "git revert HEAD", "커밋 되돌리기"),
        (2, "command", "git stash", "git stash", "작업 임시 저장"),
    ]


# 2. a heading that names a command, explained by what follows ------------------------------------


def test_2_command_heading_with_a_paragraph() -> None:
    text = "## git cherry-pick\n\n다른 브랜치의 커밋 하나를 지금 브랜치에 적용\n"
    assert _facts(text) == [(3, "command", "git cherry-pick", "git cherry-pick", "다른 브랜치의 커밋 하나를 지금 브랜치에 적용")]


def test_2_command_heading_with_a_bullet_list() -> None:
    text = "## git cherry-pick\n\n* 다른 브랜치의 커밋 하나를 지금 브랜치에 적용\n* 충돌이 나면 해결 후 계속\n"
    assert _facts(text) == [
        (3, "command", "git cherry-pick", "git cherry-pick",
         "다른 브랜치의 커밋 하나를 지금 브랜치에 적용\n충돌이 나면 해결 후 계속"),
    ]


def test_2_sub_command_heading_in_notes_about_its_program() -> None:
    text = "# git\n\n### cherry-pick --continue\n\n- 충돌을 해결한 뒤 cherry-pick을 이어서 진행\n"
    assert _facts(text) == [
        (5, "command", "git cherry-pick", "git cherry-pick --continue", "충돌을 해결한 뒤 cherry-pick을 이어서 진행"),
    ]


def test_2_prompt_in_a_heading_is_not_part_of_the_command() -> None:
    text = "#### 1.1. # systemctl start [unit]\n\n유닛을 시작한다.\n"
    assert _facts(text) == [(3, "command", "systemctl start", "systemctl start", "유닛을 시작한다.")]


# 3. which command an option belongs to needs evidence -------------------------------------------


def test_3_topic_heading_is_not_a_command_the_documents_tool_is() -> None:
    text = "# ffmpeg\n\n## compression\n\n- `-crf`: 화질, 낮을수록 좋다\n"
    assert _facts(text) == [(5, "option", "ffmpeg", "-crf", "화질, 낮을수록 좋다")]


def test_3_a_lone_word_heading_is_a_topic_unless_it_names_a_program_or_sub_command() -> None:
    text = "## performance\n\n- `-j`: 병렬 작업 수\n"
    assert _facts(text) == []  # whose option -j is, nothing says: a warning with its line
    assert [w.line for w in _draft(text).warnings] == [3]
    text = "# terraform\n\n## init (초기화)\n\n- `-upgrade`: 모듈 업그레이드\n"
    assert _facts(text) == [(5, "option", "terraform init", "-upgrade", "모듈 업그레이드")]


def test_3_a_label_naming_a_command_owns_what_follows() -> None:
    text = "# git\n\n- **git log**: 기록 보기\n\nOptions for push:\n\n- `--force`: 강제로 덮어쓰기\n"
    assert _facts(text)[-1] == (7, "option", "git push", "--force", "강제로 덮어쓰기")
    text = "# grep 명령어\n\n## grep 옵션\n\n- -c : 일치한 줄 수\n"
    assert _facts(text) == [(5, "option", "grep", "-c", "일치한 줄 수")]


# 4. flag glosses inline, after the purpose ------------------------------------------------------


def test_4_flag_glosses_in_parentheses_after_the_purpose() -> None:
    text = "- **tar -xvf a.tar**: 압축 풀기 (-x: extract, -v: verbose)\n"
    assert _facts(text) == [
        (1, "command", "tar", "tar -xvf a.tar", "압축 풀기"),
        (1, "flag", "tar", "-x", "extract"),
        (1, "flag", "tar", "-v", "verbose"),
    ]


# 5. options written with their value ------------------------------------------------------------


def test_5_options_with_values_under_a_command_heading() -> None:
    text = "### git clone\n\n- `--filter blob:none`: 내용 없이 받기\n- `-b <브랜치>`: 이 브랜치로\n"
    found = [(f[1], f[2], f[4]) for f in _facts(text)]
    assert ("option", "git clone", "내용 없이 받기") in found or ("flag", "git clone", "내용 없이 받기") in found


def test_5_option_sentences_under_a_command_heading() -> None:
    text = "### npm install\n\n패키지를 설치하는 명령어\n\n-D or --save-dev 옵션으로 devDependencies에 추가\n"
    assert _facts(text)[1:] == [(5, "option", "npm install", "-D, --save-dev", "devDependencies에 추가")]


def test_5_options_listed_in_comments_of_a_code_block() -> None:
    text = "# terraform\n\n## apply\n\n```\n# -auto-approve      / 승인 없이 적용\n# -lock=false        / 잠금 끄기\n```\n"
    assert _facts(text) == [
        (6, "option", "terraform apply", "-auto-approve", "승인 없이 적용"),
        (7, "option", "terraform apply", "-lock=false", "잠금 끄기"),
    ]


# 6. the paragraph before a code block describes its command -------------------------------------


def test_6_paragraph_then_code_block() -> None:
    text = "마지막 커밋 메시지 고치기\n\n```\ngit commit --amend\n```\n"
    assert _facts(text) == [(4, "command", "git commit", "git commit --amend", "마지막 커밋 메시지 고치기")]


def test_6_fence_title_describes_its_block() -> None:
    text = '```sh title="Show available contexts"\nkubectl config get-contexts\n```\n'
    assert _facts(text) == [
        (2, "command", "kubectl config get-contexts", "kubectl config get-contexts", "Show available contexts")
    ]


def test_6_a_lead_in_ending_in_a_colon_is_not_a_description() -> None:
    text = "for example:\n\n```\ngit status\n```\n"
    assert _facts(text) == []


# 7. code blocks ----------------------------------------------------------------------------------


def test_7_a_block_mixing_commands_gives_one_note_per_described_line() -> None:
    text = "```\n# 상태 보기\ngit status\n# 기록 보기\ngit log --oneline\n```\n"
    assert _facts(text) == [
        (3, "command", "git status", "git status", "상태 보기"),
        (5, "command", "git log", "git log --oneline", "기록 보기"),
    ]


def test_7_config_files_are_not_commands() -> None:
    text = "```gitconfig\n[alias]\n  st = status\n```\n\n```yaml\nname: x\n```\n\n```\nHost github.com\n  User git\n```\n"
    assert _facts(text) == []


def test_7_comment_under_a_generic_heading_is_the_description() -> None:
    text = "## 예시\n\n```\n# 숨김 파일까지 보기\nls -a\n```\n"
    assert _facts(text) == [(5, "command", "ls", "ls -a", "숨김 파일까지 보기")]


def test_7_console_output_is_not_read() -> None:
    text = "현재 디렉터리 목록\n\n```console\n$ ls -l\ntotal 8\ndrwxr-xr-x 2 me me 4096 a\n```\n"
    assert _facts(text) == [(4, "command", "ls", "ls -l", "현재 디렉터리 목록")]


def test_7_alternatives_joined_by_or_share_their_description() -> None:
    text = "1. 패키지 설치\n   ```\n   $conda install foo\n   or\n   $pip install foo\n   ```\n"
    found = [(f[2], f[3], f[4]) for f in _facts(text) if f[1] == "command"]
    assert found == [("conda install", "conda install foo", "패키지 설치"), ("pip install", "pip install foo", "패키지 설치")]


# 8. editor and multiplexer keys; tools that keep their sub-command --------------------------------


def test_8_editor_keys_are_commands_of_the_editor() -> None:
    text = "# Vim\n\n    [dd]: 줄 삭제\n    [w] word: 다음 단어로\n    [ctrl u] up: 위로 스크롤\n"
    assert _facts(text) == [
        (3, "command", "vim", "dd", "줄 삭제"),
        (4, "command", "vim", "w", "다음 단어로 (word)"),
        (5, "command", "vim", "ctrl u", "위로 스크롤 (up)"),
    ]


def test_8_multiplexer_bindings_in_code_and_tables() -> None:
    text = (
        "# tmux\n\n```\n# 세로 분할\nctrl + b, %\n```\n\n"
        "<table><tr><th>Key</th><th>Action</th></tr>\n<tr><td>Ctrl+b c</td><td>new window</td></tr></table>\n"
    )
    assert _facts(text) == [
        (5, "command", "tmux", "ctrl + b, %", "세로 분할"),
        (9, "command", "tmux", "Ctrl+b c", "new window"),
    ]


def test_8_tools_keep_their_sub_command() -> None:
    text = (
        "- `tmux new -s <name>`: 새 세션\n- `helm repo add <name> <url>`: 저장소 추가\n"
        "- `terraform plan`: 계획 보기\n- `aws s3 cp a s3://b`: 복사\n- `systemctl start <unit>`: 시작\n"
    )
    assert [f[2] for f in _facts(text)] == ["tmux new", "helm repo add", "terraform plan", "aws s3 cp", "systemctl start"]


# 9. a list of cases under a heading -------------------------------------------------------------


def test_9_cases_under_a_heading_are_one_concept() -> None:
    text = "## 이미지를 tar로 관리\n\n- 내부망으로 옮기는 경우\n- 직접 만든 이미지를 배포하는 경우\n"
    assert _facts(text) == [
        (3, "concept", None, "이미지를 tar로 관리", "내부망으로 옮기는 경우\n직접 만든 이미지를 배포하는 경우"),
    ]


def test_9_a_lead_in_sentence_then_its_list() -> None:
    text = "tmux의 주요 용도는 다음과 같다.\n- 연결이 끊겨도 작업 유지\n- 여러 셸을 한 화면에\n"
    assert _facts(text) == [(2, "concept", None, "tmux의 주요 용도", "연결이 끊겨도 작업 유지\n여러 셸을 한 화면에")]


def test_9_a_plain_list_under_a_heading_is_not_a_card() -> None:
    text = "## 특징\n\n- 가볍다\n- 빠르다\n"
    assert _facts(text) == []


# 10. nothing dropped silently -------------------------------------------------------------------


def test_10_an_option_with_no_command_is_a_warning_with_its_line() -> None:
    text = "```\n# -q   / 조용히\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [2]


def test_10_a_line_among_term_lines_that_is_no_term_is_a_warning() -> None:
    text = "inode: 파일의 메타데이터\n그리고 이것은 그냥 문장\nsymlink: 경로를 담은 파일\n"
    draft = _draft(text)
    assert [n.front for n in draft.notes] == ["inode", "symlink"]
    assert [w.line for w in draft.warnings] == [2]


def test_10_a_value_or_a_sentence_before_a_colon_is_a_warning_not_silence() -> None:
    text = "# mytool\n\n- Release: 1.2.0\n- There are three kinds: big, small and none\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [3, 4]
    assert "not a term and its definition" in draft.warnings[0].message


def test_10_a_line_another_rule_reads_gets_no_warning() -> None:
    # one rule turning a line down says so only if, in the end, no note comes from that line
    from quizzer.extract.walk import Walk
    from quizzer.kinds import Kind

    walk = Walk("t")
    walk.unless_read(3, "line 3: turned down")
    walk.unless_read(5, "line 5: turned down")
    walk.unless_read(5, "line 5: turned down again")
    walk.add(Kind.CONCEPT, term="inode", front="inode", back="파일의 메타데이터", command=None, line=3, reason="r")
    assert [(w.line, w.message) for w in walk.draft("t.md").warnings] == [(5, "line 5: turned down again")]


def test_every_note_says_why_it_was_made() -> None:
    text = "- **git add**: 스테이징\n\n| 명령 | 설명 |\n|---|---|\n| ls | 목록 |\n"
    assert [n.reason for n in _draft(text).notes] == ["`command: description` line", "table row"]


def test_a_numbered_list_is_a_procedure_only_when_it_reads_as_one() -> None:
    steps = _facts("## Roll back\n\n1. push the old image\n2. restart the service\n")
    assert [(f[1], f[3], f[4]) for f in steps] == [
        ("step", "Roll back — step 1", "push the old image"), ("step", "Roll back — step 2", "restart the service")
    ]
    draft = _draft("## awk의 주 사용용도\n\n1. 텍스트 파일의 전체 내용 출력\n2. 특정 필드만 출력\n")
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [3]  # said once, with the list's first line
