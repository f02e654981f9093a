"""One test per way people write command notes, built from the real notes in ../shared/corpus."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from quizzer.extract import DeckDraft, Kind, NoteDraft, extract

SEED = Path(__file__).resolve().parents[1] / "decks" / "docker-containers.ko.md"


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="test.md")


def _facts(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


def _one(text: str, front: str, kind: Kind | None = None) -> NoteDraft:
    found = [n for n in _draft(text).notes if n.front == front and (kind is None or n.kind is kind)]
    assert len(found) == 1, [(n.kind, n.front) for n in _draft(text).notes]
    return found[0]


# -- bold-colon bullets (the seed; git-useful-commands-en.md) --------------------------------


def test_bold_colon_bullets_korean() -> None:
    text = "- **docker pull**: 도커 허브 레지스트리에서 로컬로 도커 이미지 내려받기\n- **docker login**: 도커 허브 로그인\n"
    assert _facts(text) == [
        ("command", "docker pull", "docker pull", "도커 허브 레지스트리에서 로컬로 도커 이미지 내려받기"),
        ("command", "docker login", "docker login", "도커 허브 로그인"),
    ]


def test_bold_colon_bullets_english_with_placeholders_and_use_case_sub_bullets() -> None:
    text = (
        "## Basic Commands\n"
        "- **git clone <repo-url>**: Copies a remote repository to your local machine.\n"
        "  - Use case: Download a team’s repository from GitHub to work on it locally.\n\n"
        "- **git checkout -b <branch-name>**: Creates and switches to a new branch in one command.\n"
        "  - Use case: Quickly start working on a new feature branch.\n"
    )
    assert _facts(text) == [
        ("command", "git clone", "git clone", "Copies a remote repository to your local machine."),
        ("command", "git checkout", "git checkout -b", "Creates and switches to a new branch in one command."),
    ]
    assert _one(text, "git clone").context == "git clone <repo-url>"


# -- backtick bullets ------------------------------------------------------------------------


def test_backtick_bullets_colon_and_dash() -> None:
    text = "- `git add <파일>`: 파일을 staging area에 추가\n- `git status` - 작업 디렉토리 상태 확인\n"
    assert _facts(text) == [
        ("command", "git add", "git add", "파일을 staging area에 추가"),
        ("command", "git status", "git status", "작업 디렉토리 상태 확인"),
    ]


# -- tables ----------------------------------------------------------------------------------


def test_table_korean_headers_with_html_in_cells() -> None:
    text = (
        "| 명령 | 용법 |\n| --- | --- |\n"
        "| `pwd` | 현재 디렉터리 절대 경로 출려 |\n"
        "| `mkdir` | <p>디렉터리를 생성합니다.<br>하위 디렉터리 생성 : mkdir -p movies/2004/</p> |\n"
        "| `apt`, `yum`, `pacman` | 패키지 관리자에 액세스 |\n"
    )
    assert _facts(text) == [
        ("command", "pwd", "pwd", "현재 디렉터리 절대 경로 출려"),
        ("command", "mkdir", "mkdir", "디렉터리를 생성합니다."),
        ("command", "mkdir", "mkdir -p movies/2004/", "하위 디렉터리 생성"),
        ("command", None, "apt, yum, pacman", "패키지 관리자에 액세스"),
    ]
    assert _one(text, "apt, yum, pacman").answers == ("apt", "yum", "pacman")


def test_table_english_headers_any_column_order_and_options() -> None:
    text = (
        "## 1. run - 컨테이너 실행\n\n```\ndocker run [OPTIONS] IMAGE[:TAG|@DIGEST] [COMMAND] [ARG...]\n```\n\n"
        "| Default | Description | COMMAND |\n|---|---|---|\n"
        "| | detached mode (백그라운드 모드) | -d |\n"
        "| 10 | Seconds to wait | --time , -t |\n"
    )
    assert _facts(text) == [
        ("command", "docker run", "docker run", "컨테이너 실행"),
        ("syntax", "docker run", "docker run", "docker run [OPTIONS] IMAGE[:TAG|@DIGEST] [COMMAND] [ARG...]"),
        ("option", "docker run", "-d", "detached mode (백그라운드 모드)"),
        ("option", "docker run", "--time, -t", "Seconds to wait"),
    ]


def test_table_of_command_rows_that_are_options() -> None:
    text = (
        "## Options\n| Command | Description |\n| --- | --- |\n"
        "| `docker compose -d` | 백그라운드 실행 |\n"
        "| `docker compose -t`, `--timeout` | 컨테이너를 종료할 때의 타임아웃 설정 |\n"
        "| `--project-name`, `-p` | Project name |\n"
    )
    assert _facts(text) == [
        ("option", "docker compose", "-d", "백그라운드 실행"),
        ("option", "docker compose", "-t, --timeout", "컨테이너를 종료할 때의 타임아웃 설정"),
        ("option", "docker compose", "--project-name, -p", "Project name"),
    ]


def test_table_of_vi_keys_with_bold_and_kbd() -> None:
    text = (
        "| 명령어 | 모드 | 설명 |\n| :---: | :---: | --- |\n"
        "| **dd** | 명령모드| 커서가 있는 **행 전체 삭제** |\n"
        "| <kbd>ctrl</bkd> + r | 명령모드| redo |\n"
        "| 2,3d | EX모드| 2번째~3번째 행 삭제 |\n"
    )
    assert [(n.front, n.back, n.answers) for n in _draft(text).notes] == [
        ("dd", "커서가 있는 행 전체 삭제", ("dd",)),
        ("ctrl + r", "redo", ("ctrl + r",)),
        ("2,3d", "2번째~3번째 행 삭제", ("2,3d",)),
    ]


# -- fenced code blocks ----------------------------------------------------------------------


def test_code_block_comment_above_each_command() -> None:
    text = (
        "```shell\n# 실행 중인 컨테이너 목록\ndocker ps\n\n# 중단된 컨테이너까지 포함한 목록\ndocker ps -a\n```\n\n"
        "```shell\n# 컨테이너 실행\n# -i: --interactive / 표준 입력(STDIN)을 열어둔 채로 유지한다.\n"
        "# -t: --tty / 가상 터미널 할당.\ndocker exec -it {container_name} bash\n```\n"
    )
    assert _facts(text) == [
        ("command", "docker ps", "docker ps", "실행 중인 컨테이너 목록"),
        ("command", "docker ps", "docker ps -a", "중단된 컨테이너까지 포함한 목록"),
        ("flag", "docker exec", "-i", "표준 입력(STDIN)을 열어둔 채로 유지한다."),
        ("flag", "docker exec", "-t", "가상 터미널 할당."),
        ("command", "docker exec", "docker exec -it {container_name} bash", "컨테이너 실행"),
    ]
    assert _one(text, "-i").answers == ("-i", "--interactive")
    # the placeholder stays: "docker exec -it bash" would be another line; "docker exec -it" is also an answer
    exec_note = _one(text, "docker exec -it {container_name} bash")
    assert exec_note.answers == ("docker exec -it", "docker exec -it {container_name} bash")
    assert exec_note.key.endswith("|docker exec -it bash")  # the key of before


def test_code_block_trailing_comments_slash_and_hash() -> None:
    text = (
        "## Log\n```sh\ngit log -p //변경사항까지 확인\ngit reflog  // reference log 보기\n"
        "set autoindent #자동 들여쓰기\ngit push // 혹은\n```\n"
    )
    assert _facts(text) == [
        ("command", "git log", "git log -p", "변경사항까지 확인"),
        ("command", "git reflog", "git reflog", "reference log 보기"),
        ("command", "set", "set autoindent", "자동 들여쓰기"),
    ]
    assert _one(text, "set autoindent").context is None  # the line is its own subject


def test_code_block_described_by_the_prose_above() -> None:
    text = "### Log\n\n커밋 이력 한 줄씩 보기\n\n```shell\n$ git log --oneline\n```\n"
    assert _facts(text) == [("command", "git log", "git log --oneline", "커밋 이력 한 줄씩 보기")]


def test_code_block_described_by_the_bullets_after() -> None:
    text = (
        "### create (Deployment)\n\n```bash\nkubectl create deployment --image=nginx nginx --replicas=4\n```\n\n"
        "- Kubernetes v1.19 이후부터는 `--replicas` 옵션을 줄 수 있다.\n\n"
        "### --dry-run=client\n\n```bash\nkubectl run nginx --image=nginx --dry-run=client -o yaml\n```\n\n"
        "- `--dry-run=client` 명령어로 `Pod`를 직접 생성하지 않고, yaml 기본 템플릿을 자동으로 출력할 수 있다.\n"
    )
    assert _facts(text) == [
        ("command", "kubectl create deployment", "kubectl create deployment --image=nginx nginx --replicas=4",
         "Kubernetes v1.19 이후부터는 --replicas 옵션을 줄 수 있다."),
        ("flag", "kubectl run", "--dry-run=client",
         "--dry-run=client 명령어로 Pod를 직접 생성하지 않고, yaml 기본 템플릿을 자동으로 출력할 수 있다."),
    ]


def test_yaml_and_config_blocks_are_not_commands() -> None:
    text = (
        "```yaml\nservices:\n  web:\n    image: nginx\n```\n\n"
        "```\n[user]\n\tname = dunz\n```\n\n"
        "```sh\ngui.encoding\t\t\t\t// utf-8\ncore.pager // cat\n```\n"
    )
    assert _draft(text).notes == ()


# -- a heading per command -------------------------------------------------------------------


def test_heading_per_command_with_description_paragraph() -> None:
    text = (
        "### git log\n커밋 히스토리를 출력\n\n### git show [커밋 아이디]\n특정 커밋에서 어떤 변경사항이 있었는지 확인\n\n"
        "##### git diff 설정\n```sh\ncore.pager // cat\n```\n"
    )
    assert _facts(text) == [
        ("command", "git log", "git log", "커밋 히스토리를 출력"),
        ("command", "git show", "git show", "특정 커밋에서 어떤 변경사항이 있었는지 확인"),
    ]


def test_heading_with_gloss_and_bullets_of_examples() -> None:
    text = "#### cd (Change Directory)\n - cd : 사용자의 home 디렉토리로 이동\n - cd .. : 상위 디렉토리로 이동\n"
    assert _facts(text) == [
        ("command", "cd", "cd", "사용자의 home 디렉토리로 이동"),
        ("command", "cd", "cd ..", "상위 디렉토리로 이동"),
    ]


# -- nested option bullets, options blocks ---------------------------------------------------


def test_nested_option_bullets_under_a_command() -> None:
    text = (
        "- **docker ps**: 컨테이너 목록\n"
        "  - **-a**: 중지된 컨테이너 포함\n"
        "  - **--quiet, -q**: ID만 출력\n"
        "- **docker images**: 이미지 목록\n"
    )
    assert _facts(text) == [
        ("command", "docker ps", "docker ps", "컨테이너 목록"),
        ("option", "docker ps", "-a", "중지된 컨테이너 포함"),
        ("option", "docker ps", "--quiet, -q", "ID만 출력"),
        ("command", "docker images", "docker images", "이미지 목록"),
    ]


def test_options_block_after_a_syntax_line_belongs_to_that_command() -> None:
    text = (
        "**_ 구문: docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST] _**\n\n"
        "**명령 옵션**\n- **all-tags, -a**: 저장소에 태그로 지정된 여러 이미지를 모두 다운\n"
    )
    option = _one(text, "--all-tags, -a", Kind.OPTION)
    assert (option.command, option.answers) == ("docker pull", ("--all-tags", "-a"))


def test_option_lines_dash_a_comma_double_dash_all() -> None:
    text = "### ls\n\n- `-a, --all`: 숨김 파일까지 표시\n- -l, --long : 자세히 표시\n\n```shell\n--ff : fast-forward 병합\n```\n"
    assert [(n.kind.value, n.front, n.answers) for n in _draft(text).notes] == [
        ("option", "-a, --all", ("-a", "--all")),
        ("option", "-l, --long", ("-l", "--long")),
        ("option", "--ff", ("--ff",)),
    ]
    assert {n.command for n in _draft(text).notes} == {"ls"}


# -- inline flag lists -----------------------------------------------------------------------


def test_inline_flag_lists_in_parentheses_and_whole() -> None:
    text = (
        "- **docker logs -f webserver1**: 컨테이너 접근 로그를 확인 (-f: 실시간, -t: 마지막로그까지)\n"
        " - rm -r estellechoi : 해당 디렉토리 삭제 (r : recursive)\n"
        "- **docker run --name web -d nginx**: 컨테이너 이름: web, -d: 백그라운드 실행\n"
    )
    assert _facts(text) == [
        ("command", "docker logs", "docker logs -f webserver1", "컨테이너 접근 로그를 확인"),
        ("flag", "docker logs", "-f", "실시간"),
        ("flag", "docker logs", "-t", "마지막로그까지"),
        ("command", "rm", "rm -r estellechoi", "해당 디렉토리 삭제"),
        ("flag", "rm", "-r", "recursive"),
        ("flag", "docker run", "--name", "컨테이너 이름"),
        ("flag", "docker run", "-d", "백그라운드 실행"),
    ]
    assert all(n.context for n in _draft(text).notes if n.kind is Kind.FLAG)


# -- syntax, concept, step -------------------------------------------------------------------


def test_concepts_and_definitions() -> None:
    text = (
        "# Docker compose\n: 여러 컨테이너를 하나의 서비스로 관리하는 도구\n\n"
        "- 컨테이너 서비스 환경 도입의 이유:\n개발, 테스트, 배포, 운영의 컴퓨팅 환경을 일관적으로 제공함\n\n"
        "- created <br>\n: 생성된 이후로 한 번도 시작되지 않은 컨테이너\n\n"
        "- 더 많은 명령어: https://vim.rtorr.com/lang/ko/\n"
        "- 명령 모드에서 <kbd>:</kbd> 을 입력해 진입한다\n"
    )
    assert _facts(text) == [
        ("concept", None, "Docker compose", "여러 컨테이너를 하나의 서비스로 관리하는 도구"),
        ("concept", None, "컨테이너 서비스 환경 도입의 이유", "개발, 테스트, 배포, 운영의 컴퓨팅 환경을 일관적으로 제공함"),
        ("concept", None, "created", "생성된 이후로 한 번도 시작되지 않은 컨테이너"),
    ]


def test_steps_of_a_numbered_procedure_with_its_title() -> None:
    text = (
        "### 4. 삭제\n\n> 응용: **화면 전체 삭제**\n> 1. 명령 모드에서 `gg`를 눌러 커서를 **첫 라인** 으로 이동 <br>\n"
        "> 2. 명령 모드에서 `dG`를 입력해 **맨 뒷줄까지 삭제** <br>\n"
    )
    assert [(n.front, n.back, n.position) for n in _draft(text).notes] == [
        ("화면 전체 삭제 — step 1", "명령 모드에서 gg를 눌러 커서를 첫 라인 으로 이동", 1),
        ("화면 전체 삭제 — step 2", "명령 모드에서 dG를 입력해 맨 뒷줄까지 삭제", 2),
    ]


def test_a_numbered_term_with_bullets_is_a_concept_not_a_step() -> None:
    text = "## 특징\n\n1. run \n    - 컨테이너를 생성하고 실행할 때 사용\n    - 새로운 컨테이너 환경을 만듬\n2. exec \n    - 디버깅 용도\n"
    assert _facts(text) == [
        ("concept", None, "run", "컨테이너를 생성하고 실행할 때 사용\n새로운 컨테이너 환경을 만듬"),
        ("concept", None, "exec", "디버깅 용도"),
    ]


# -- identity --------------------------------------------------------------------------------


def test_concrete_arguments_tell_usages_apart() -> None:
    text = "- **cd**: 홈으로 이동\n- **cd ..**: 상위 디렉토리로 이동\n- **docker logs webserver1**: 로그\n"
    notes = _draft(text).notes
    assert [(n.front, n.back, n.answers) for n in notes] == [
        ("cd", "홈으로 이동", ("cd",)),
        ("cd ..", "상위 디렉토리로 이동", ("cd ..", "cd")),
        ("docker logs webserver1", "로그", ("docker logs webserver1", "docker logs")),
    ]
    assert len({n.key for n in notes}) == 3 and _draft(text).warnings == ()


def test_placeholders_leave_the_subject() -> None:
    text = (
        "- **docker image save 옵션 파일명 이미지명**: tar로 저장\n"
        "- **git reset --hard HEAD^**: 이전 커밋으로\n"
        "- **docker pull nginx:latest**: 최신 이미지\n"
        "- **docker run --name=<name> nginx**: 이름 붙여 실행\n"
    )
    assert [(n.front, n.context) for n in _draft(text).notes] == [
        ("docker image save 옵션 파일명 이미지명", None),  # Korean words: shown as written, out of the key
        ("git reset --hard HEAD^", None),
        ("docker pull nginx:latest", None),
        ("docker run --name nginx", "docker run --name=<name> nginx"),
    ]
    assert _draft(text).notes[0].key.endswith("|docker image save")


def test_usages_differing_only_in_placeholders_are_one_note() -> None:
    block = "```sh\n# 이미지 삭제\ndocker image rm {image_id}\n# 이름으로 삭제\ndocker image rm {image_name}\n```\n"
    draft = _draft(block)
    assert [(n.front, n.back) for n in draft.notes] == [("docker image rm", "이미지 삭제\n이름으로 삭제")]
    assert draft.warnings == ()  # one code block: two spellings side by side
    text = "- **git branch**: Lists all branches.\n- **git branch <branch-name>**: Creates a new branch.\n"
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [("git branch", "Lists all branches.\nCreates a new branch.")]
    assert [w.message for w in draft.warnings] == ["line 2 repeats the command 'git branch' of line 1; kept as one note"]


def test_a_shorthand_says_what_it_is_short_for() -> None:
    text = "- **docker image rm 옵션 이미지**: 이미지 삭제\n- **docker rmi 옵션 이미지**: 단축 명령\n- **docker ps**: 단축 명령\n"
    assert [n.back for n in _draft(text).notes] == ["이미지 삭제", "단축 명령 (docker image rm)", "단축 명령"]
    assert _one("## 삭제\n\n- **docker rmi**: 단축 명령\n", "docker rmi").back == "단축 명령"  # nothing to be short for


def _keys(text: str) -> dict[str, str]:
    """key → back of every note."""
    return {n.key: n.back for n in _draft(text).notes}


def test_a_key_never_depends_on_other_lines() -> None:
    first = "- **docker logs webserver1**: 로그\n"
    other = "- **docker logs web2**: 다른 로그\n"
    alone = _keys(first)
    assert list(alone) == ["t|command|docker logs|docker logs webserver1"]
    for text in (first + other, other + first, "## 로그\n\n" + other + "\n" + first + other.replace("web2", "web3")):
        keys = _keys(text)
        assert alone.items() <= keys.items(), text
    # the other usage's key does not move when the first goes away either
    assert _keys(first + other).keys() - alone.keys() == _keys(other).keys()


def test_seed_keys_survive_another_usage_added_above_below_or_removed() -> None:
    seed = SEED.read_text(encoding="utf-8")
    stats = "- **docker stats webserver1**: 컨테이너의 리소스 사용량\n"
    assert stats in seed
    before = _keys(seed)
    variants = {
        "above": seed.replace(stats, "- **docker stats web2**: 두 번째 컨테이너\n" + stats),
        "below": seed.replace(stats, stats + "- **docker stats**: 모든 컨테이너\n"),
        "removed": seed.replace(stats, ""),
        "logs above": seed.replace(stats, "- **docker logs web2**: 다른 로그\n" + stats),
    }
    for name, text in variants.items():
        after = _keys(text)
        unchanged = {key: back for key, back in before.items() if name != "removed" or "docker stats" not in key}
        assert unchanged.items() <= after.items(), name


def test_inserting_a_step_renumbers_but_never_rekeys() -> None:
    seed = SEED.read_text(encoding="utf-8")
    later = re.compile(r"^- ([2-8])\. ", re.MULTILINE)
    edited = later.sub(lambda m: f"- {int(m.group(1)) + 1}. ", seed).replace(
        "- 1. 어플리케이션 코드 개발:\n", "- 1. 어플리케이션 코드 개발:\n\n- 2. 코드 리뷰\n"
    )
    before = {n.key: n for n in _draft(seed).notes}
    after = {n.key: n for n in _draft(edited).notes}
    assert before.keys() <= after.keys()
    steps = [key for key, note in before.items() if note.kind is Kind.STEP]
    assert len(steps) == 8
    for key in steps:
        old, new = before[key], after[key]
        assert (new.back, new.context) == (old.back, old.context)
        assert new.position == (old.position if old.position == 1 else (old.position or 0) + 1)
        assert new.front.endswith(f"step {new.position}")
    added = [n for n in after.values() if n.kind is Kind.STEP and n.key not in before]
    assert [(n.front, n.back, n.position) for n in added] == [("도커 서비스의 과정 — step 2", "코드 리뷰", 2)]


def test_same_usage_twice_is_one_note_and_a_warning() -> None:
    text = "## A\n- **docker image inspect OPTIONS IMAGE**: 세부 정보 조회\n\n## B\n- **docker image inspect OPTIONS IMAGE**: 세부 정보 조회\n"
    draft = _draft(text)
    assert len(draft.notes) == 1
    assert [w.line for w in draft.warnings] == [5]
    assert "line 5" in draft.warnings[0].message and "line 2" in draft.warnings[0].message


# -- clean text ------------------------------------------------------------------------------


def test_clean_text_no_markers_html_or_entities_and_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "도커 허브 로그인")
    text = (
        f"- **docker login**: {decomposed}</br>\n"
        "- **docker logout**: &lt;허브&gt; 로그아웃 &#x3C;확인&#x3E; <div>끝</div>\n"
        "- **docker push**: _로컬_ 이미지를 `허브`에 **업로드**\n"
    )
    backs = [n.back for n in _draft(text).notes]
    assert backs == ["도커 허브 로그인", "<허브> 로그아웃 <확인> 끝", "로컬 이미지를 허브에 업로드"]
    assert all(unicodedata.is_normalized("NFC", b) for b in backs)


def test_a_comment_over_a_run_of_one_command_describes_each_line() -> None:
    """git-cheat-sheet: ``// get`` over user.name and user.email; a one-word label
    takes the heading it sits under (``사용자 설정 (get)``)."""
    text = (
        "##### 사용자 설정\n```sh\n// get\ngit config --global user.name\ngit config --global user.email\n\n"
        "// set\ngit config --global user.name djlee\n```\n"
    )
    assert _one(text, "git config --global user.name").back == "사용자 설정 (get)"
    assert _one(text, "git config --global user.email").back == "사용자 설정 (get)"
    assert _one(text, "git config --global user.name djlee").back == "사용자 설정 (set)"
    # different commands under one comment are not all described by it
    procedure = "```sh\n# 리모트 브랜치 받기\ngit fetch origin\ngit checkout -b feature\n```\n"
    assert [f for f in _facts(procedure) if f[2] == "git checkout -b feature"] == []


def test_inline_html_layout_tags_go_style_and_other_tags_are_the_writers_text() -> None:
    """Issue 9: ``<script>alert(1)</script> <b>bold</b>`` is not ``<script>alert(1) bold``; u-campaign3's E1:
    nor ``<script>alert(1)</script> bold``: a style tag inside a line is what the person wrote."""
    text = (
        "- **ls**: <script>alert(1)</script> <b>bold</b> text\n"
        "- **cp**: copy <src> to <dst></dst> <!-- a note to self -->\n"
        "- **mv**: move<br>rename\n"
        "- **vi**: <kbd>ctrl</bkd> + r redo\n"
    )
    backs = {n.front: n.back for n in _draft(text).notes}
    assert backs["ls"] == "<script>alert(1)</script> <b>bold</b> text"
    assert backs["cp"] == "copy <src> to <dst></dst>"
    assert backs["mv"] == "move rename"
    assert backs["vi"] == "ctrl + r redo"  # a mistyped closing tag still ends the key


def test_style_tags_in_a_line_stay_as_written_and_a_line_all_in_bold_is_a_label() -> None:
    text = (
        "# grep 정리\n\n"
        "표시 규칙: [blue]y[/blue] 와 <b>y</b>, <I>기울임</I>, H<sub>2</sub>O 는 적힌 대로.\n\n"
        "<strong>찾기</strong>\n\n- `-n` 옵션 사용\n"
    )
    backs = {n.front: n.back for n in _draft(text).notes}
    assert backs["표시 규칙"] == "[blue]y[/blue] 와 <b>y</b>, <I>기울임</I>, H<sub>2</sub>O 는 적힌 대로."
    assert backs["-n"] == "찾기"  # the label's words, as under **찾기**


# a fence that never closes, an item with nothing before its colon ------------------------------------


def test_text_above_a_fence_that_never_closes_is_not_its_description() -> None:
    text = "# Tools\n\nList the files in long form\n\n```bash\nls -l\n"
    draft = _draft(text + "\nmore notes, meant as text\n")
    assert draft.notes == ()
    assert any(w.line == 5 and "never closed" in w.message for w in draft.warnings)
    # closed, the same text is what its line does
    assert _facts(text + "```\n") == [("command", "ls", "ls -l", "List the files in long form")]


def test_an_item_with_nothing_before_its_colon_describes_no_block() -> None:
    for item in ("- : nothing", ": placeholder", "1. : to fill in"):
        text = f"{item}\n\n```\nwc -l notes.txt\n```\n"
        assert _draft(text).notes == (), item
        assert _draft(f"{item}\n\n```\nwc -l notes.txt\n").notes == (), item


def test_several_lines_above_one_line_say_in_one_sentence_what_was_not_made_and_why() -> None:
    text = "## Relay\n\n- send through the office relay\n- keep the queue for three days\n\n```\nnano /etc/postfix/main.cf\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [(w.line, w.message) for w in draft.warnings] == [(7, (
        "line 7: no card was made for 'nano /etc/postfix/main.cf' because the text above it says several things "
        "and it is not clear which of them it does"
    ))]
