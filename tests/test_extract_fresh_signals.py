"""Signals found on the fresh set's failures (tests/corpus/SCORES.md), each with examples of our own:
pasted output, numbered value tables and similar text that is not a fact."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def test_bare_hash_under_a_command_opens_its_output() -> None:
    text = (
        "```sh\n"
        "free -m    # 메모리 사용량을 MB 단위로\n"
        "#\n"
        "#               total        used\n"
        "# Mem:          15885        2231\n"
        "lsblk\n"
        "#\n"
        "# NAME   MAJ:MIN RM  SIZE\n"
        "# sda      8:0    0  100G\n"
        "```\n"
    )
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(2, "free -m", "메모리 사용량을 MB 단위로")]
    assert [w.line for w in draft.warnings if "output" in w.message] == [3, 7]


def test_output_comments_do_not_describe_the_next_command() -> None:
    text = "```sh\nhostname -I\n#\n# 10.0.0.5 172.17.0.1\nwhoami\n```\n"
    draft = _draft(text)
    assert all(n.front != "whoami" for n in draft.notes)
    assert [w.line for w in draft.warnings if "output" in w.message] == [3]


def test_a_banner_between_bare_hashes_still_describes_the_next_command() -> None:
    text = (
        "```sh\n"
        "#\n# 열린 포트 확인\n#\n"
        "ss -tlnp\n"
        "#\n# 디스크 사용량 보기\n#\n"
        "du -sh .\n"
        "```\n"
    )
    assert _facts(text) == [
        (5, "command", "ss", "ss -tlnp", "열린 포트 확인"),
        (9, "command", "du", "du -sh .", "디스크 사용량 보기"),
    ]
    assert not [w for w in _draft(text).warnings if "output" in w.message]


def test_comment_indented_under_a_trailing_comment_is_output() -> None:
    text = (
        "```sh\n"
        "arch        # CPU 아키텍처 출력\n"
        "            # aarch64\n"
        "nproc\n"
        "```\n"
    )
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(2, "arch", "CPU 아키텍처 출력")]
    assert [w.line for w in draft.warnings if "output" in w.message] == [3]


def test_table_keyed_by_numbers_lists_values_not_commands() -> None:
    text = (
        "## `kill` 시그널\n\n"
        "| 번호 | 시그널 |\n| --- | --- |\n| 1 | SIGHUP |\n| 9 | SIGKILL |\n| 15 | SIGTERM |\n"
    )
    draft = _draft(text)
    assert all(n.front not in {"1", "9", "15"} for n in draft.notes)
    assert [w.line for w in draft.warnings if "numbers" in w.message] == [5]


def test_kramdown_attribute_line_is_layout_not_a_meaning() -> None:
    text = (
        "# tar\n\n"
        "Pack a folder:\n"
        "{: .-prime}\n\n"
        "```bash\ntar -cf out.tar dir/\n```\n\n"
        "Unpacking\n---------\n{: .-three-column}\n\n"
        "Unpack an archive:\n\n```bash\ntar -xf out.tar\n```\n"
    )
    facts = _facts(text)
    assert all("{:" not in back and "{:" not in front and not front.startswith("{") for *_, front, back in facts)
    assert (7, "command", "tar", "tar -cf out.tar dir/", "Pack a folder") in facts
    assert (17, "command", "tar", "tar -xf out.tar", "Unpack an archive") in facts


def test_indented_option_lines_under_a_continued_command_are_its_options() -> None:
    text = (
        "```bash\n"
        "mke2fs \\\n"
        "    -L data                 # 볼륨 이름을 data로\n"
        "    -b 4096                 # 블록 크기 4 KiB\n"
        "    -m 1                    # 예약 블록 1 %\n"
        "```\n"
    )
    assert _facts(text) == [
        (3, "option", "mke2fs", "-L data", "볼륨 이름을 data로"),
        (4, "option", "mke2fs", "-b 4096", "블록 크기 4 KiB"),
        (5, "option", "mke2fs", "-m 1", "예약 블록 1 %"),
    ]


def test_a_prompted_line_continued_with_a_backslash_goes_on_past_its_prompt() -> None:
    """(x-f32en1's find) The lines after ``$ rsync -av --delete \\`` carry no prompt and are the same command, not
    its output: the card was ``rsync -av --delete`` alone, a line that deletes nothing it was told to."""
    text = (
        "## Mirror a folder\n\n"
        "```console\n"
        "$ rsync -av --delete \\\n"
        "    ~/photos/ backup:/photos/\n"
        "sending incremental file list\n"
        "a.jpg\n"
        "```\n"
    )
    fronts = [front for *_, front, _ in _facts(text)]
    assert "rsync -av --delete ~/photos/ backup:/photos/" in fronts
    assert "rsync -av --delete" not in fronts
    assert not any("sending" in front for front in fronts)


def test_indented_option_values_are_separate_facts_of_the_sub_command() -> None:
    text = (
        "```bash\n"
        "cargo new \\\n"
        "    --vcs git               # git 저장소로 시작\n"
        "    --vcs none              # 저장소 없이\n"
        "```\n"
    )
    assert _facts(text) == [
        (3, "option", "cargo new", "--vcs git", "git 저장소로 시작"),
        (4, "option", "cargo new", "--vcs none", "저장소 없이"),
    ]


def test_program_run_from_a_path_keeps_its_name() -> None:
    text = "# sqlite3\n\n```bash\n./configure --prefix=/opt   # /opt에 설치하도록 설정\n```\n"
    assert _facts(text) == [(4, "command", "./configure", "./configure --prefix=/opt", "/opt에 설치하도록 설정")]


def test_lines_at_a_programs_own_prompt_and_its_answers_are_no_cards() -> None:
    # "sqlite>" names a shell quizzer knows (tests/test_extract_repl.py): what is typed there is its
    # command, the answer under it is not; a bare ">" in notes whose title names no shell is a warning
    text = "List the tables:\n\n```\nsqlite> .tables\nusers  orders\n```\n\nShow the schema:\n\n```\n> .schema users\nCREATE TABLE users (id INTEGER);\n```\n"
    draft = _draft(text)
    assert [(n.line, n.command, n.front, n.back) for n in draft.notes] == [(4, "sqlite3", ".tables", "List the tables")]
    assert [w.line for w in draft.warnings if "prompt" in w.message] == [10]


def test_a_shell_redirect_line_alone_is_not_a_prompt_session() -> None:
    text = "```bash\n# 로그 파일 비우기\n> app.log\n```\n"
    assert not [w for w in _draft(text).warnings if "prompt" in w.message]


def test_directory_tree_and_its_paths_are_no_commands() -> None:
    text = (
        "```bash\n"
        "cargo new demo     # 새 프로젝트 만들기\n"
        "\n"
        "# 만들어지는 것\n"
        "demo/\n"
        "├── Cargo.toml\n"
        "└── src/\n"
        "    └── main.rs\n"
        "\n"
        "Cargo.lock         # 의존성 버전 고정\n"
        "target/            # 빌드 결과\n"
        "```\n"
    )
    draft = _draft(text)
    # paths are no commands; a path glossed after it is a concept (tests/test_extract_paths.py), but the
    # comment over the tree a command made ("만들어지는 것") says what it made, not what demo/ is
    assert _facts(text) == [
        (2, "command", "cargo new", "cargo new demo", "새 프로젝트 만들기"),
        (10, "concept", None, "Cargo.lock", "의존성 버전 고정"),
        (11, "concept", None, "target/", "빌드 결과"),
    ]
    assert [w.line for w in draft.warnings if "tree" in w.message] == [1]


def test_a_dash_row_inside_a_table_is_a_separator() -> None:
    text = (
        "| 명령 | 설명 |\n| --- | --- |\n| `apt update` | 목록 갱신 |\n| --- | --- |\n| `apt upgrade` | 모두 올리기 |\n"
    )
    assert [(n.line, n.front, n.back) for n in _draft(text).notes] == [
        (3, "apt update", "목록 갱신"), (5, "apt upgrade", "모두 올리기"),
    ]


def test_an_anchor_ending_a_line_is_never_card_text() -> None:
    """kramdown's and pandoc's ``{#id}`` (also ``{: #id .class}``) name a block for links: not its words."""
    text = (
        "# sed 메모 {#sed-notes}\n\n"
        "## 한 줄만 바꾸기 {#one-line}\n\n"
        "```bash\nsed -i '3s/old/new/' file.txt\n```\n\n"
        "## Delete blank lines {: #blank .tip}\n\n"
        "- **sed '/^$/d' file**: print the file without its empty lines {#no-empty}\n"
    )
    notes = _draft(text).notes
    assert [(n.line, n.front, n.back) for n in notes] == [
        (6, "sed -i '3s/old/new/' file.txt", "한 줄만 바꾸기"),
        (11, "sed '/^$/d' file", "print the file without its empty lines"),
    ]
    assert [n.section for n in notes] == [("sed 메모", "한 줄만 바꾸기"), ("sed 메모", "Delete blank lines")]


def test_braces_that_are_not_an_anchor_stay() -> None:
    from quizzer.extract.blocks import prepare

    for line in ("echo ${#names[@]}", "{# a template comment #}", "see {# not an id #}", "x { #y}", "a {#}"):
        assert prepare(line + "\n") == line + "\n"


def test_a_task_asked_as_a_question_is_what_the_line_does_never_the_question() -> None:
    """``…하고 싶은 경우?``, ``…하려면?``, ``How do I …?`` over a command: the back is the task, not a question."""
    text = (
        "# grep 메모\n\n"
        "## 로그에서 오류가 난 줄만 출력하고 싶은 경우?\n\n```shell\n$ grep fail app.log\n```\n\n"
        "## How do I count the matching lines?\n\n```shell\ngrep -c fail app.log\n```\n\n"
        "## 대소문자를 무시하려면?\n\n```shell\ngrep -i fail app.log\n```\n"
    )
    backs = [back for *_, back in _facts(text)]
    assert backs == ["로그에서 오류가 난 줄만 출력", "count the matching lines", "대소문자를 무시"]
    assert not any(back.endswith("?") for back in backs)


def test_a_task_asked_with_a_verb_stem_and_ryeomyeon_is_the_task_named_by_the_verb() -> None:
    """``…되돌리려면?``, ``…보려면?``, ``…찾으려면?`` (a verb other than 하다 and (으)려면) ask for a task as ``…하려면?``
    does: the task is the verb named so (``되돌리기``), never the question, nor the caution under the block (rv20)."""
    from quizzer.extract.walk import asked_task

    assert [asked_task(q) for q in ("변경 사항 되돌리려면?", "기록을 찾으려면?", "사진을 모으려면?", "폴더 만들려면?")] == [
        "변경 사항 되돌리기", "기록을 찾기", "사진을 모으기", "폴더 만들기",
    ]
    text = (
        "# git 메모\n\n"
        "## 변경 사항 되돌리려면?\n\n```\ngit checkout -- notes.txt\n```\n\n"
        "- 이 명령은 되돌릴 수 없으니 주의하세요.\n\n"
        "## 로그를 한 줄로 보려면?\n\n- `--oneline` 옵션을 추가하여 명령어를 실행\n\n```\ngit log --oneline --graph\n```\n"
    )
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [
        ("git checkout -- notes.txt", "변경 사항 되돌리기"),
        ("--oneline", "로그를 한 줄로 보기"),
        ("git log --oneline --graph", "로그를 한 줄로 보기"),
    ]
    assert [w.line for w in draft.warnings] == [9]  # the caution: no card


def test_a_task_asked_over_a_block_stays_its_meaning_when_bullets_follow_the_block() -> None:
    """``#### …하려면?`` over the line, then a bullet on what came of it: the question asked for the task the line
    does; the bullet remarks on the run (warned, no card), unlike a heading that only names the line."""
    text = (
        "# rsync 메모\n\n"
        "#### 복사될 파일 목록을 먼저 확인하려면?\n\n```shell\n$ rsync -an src/ dst/\n```\n\n"
        "- 아직 아무 것도 복사되지 않은 상태입니다.\n"
    )
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [("rsync -an src/ dst/", "복사될 파일 목록을 먼저 확인")]
    assert [w.line for w in draft.warnings] == [9]


def test_a_heading_asking_what_a_sub_command_is_names_that_command() -> None:
    """``## git stash란?`` over bullets: a command the notes explain (its bullets say what it does), not a term to
    define; a term or a lone program asked so stays a concept."""
    text = (
        "# 메모\n\n## git stash란?\n\n- 작업 중인 변경을 잠시 치워 두는 명령어입니다.\n\n"
        "## 브랜치란?\n\n독립된 작업 흐름이다.\n"
    )
    assert [(kind, command, front) for _, kind, command, front, _ in _facts(text)] == [
        ("command", "git stash", "git stash"), ("concept", None, "브랜치"),
    ]


def test_ways_listed_under_a_question_are_no_procedure() -> None:
    """``방법`` names ways to choose from as often as steps: numbered items need evidence of order (an action,
    a command line, ``…한 뒤``/``먼저``) to be asked as steps; ways are warned about, not asked in order."""
    ways = (
        "# 백업\n\n## 사진 백업은 어떻게?\n\n"
        "- 사진 백업 방법\n"
        "  1. `Photo Sync` 스크립트 공유\n"
        "  2. 클라우드 동기화 폴더 활용\n"
        "  3. `Image Vault` 사용\n"
    )
    draft = _draft(ways)
    assert not [n for n in draft.notes if n.kind.value == "step"]
    assert [w.line for w in draft.warnings if "procedure" in w.message] == [6]
    steps = (
        "# 백업\n\n## 사진 백업 방법\n\n"
        "1. 앱을 닫은 뒤, 사진 폴더를 압축한다.\n"
        "2. 압축 파일을 외장 디스크로 옮긴다.\n"
    )
    assert [(n.kind.value, n.back) for n in _draft(steps).notes] == [
        ("step", "앱을 닫은 뒤, 사진 폴더를 압축한다."), ("step", "압축 파일을 외장 디스크로 옮긴다."),
    ]


def test_kramdown_attributes_after_a_span_or_ending_a_line_are_layout() -> None:
    """``![shot](a.png){: width="80%"}`` and ``## Setup {: .no_toc }``: how the site draws the span or the block,
    never a term ``… {`` whose answer is ``width="80%"}``."""
    text = (
        "# less\n\n"
        "읽기 전용 뷰어로 쓰기 좋다  \n"
        "![less](../img/less.png){: width=\"80%\" height='80%'}\n\n"
        "## Keys {: .no_toc }\n\n"
        "- `q`: 종료\n"
    )
    notes = _draft(text).notes
    assert all("{" not in n.front and "}" not in n.back for n in notes)
    assert [n.section for n in notes if n.front == "q"] == [("less", "Keys")]


def test_braces_with_a_colon_that_are_no_kramdown_attributes_stay() -> None:
    from quizzer.extract.blocks import prepare

    for line in ('print("{:>10}".format(x))', "h = {:a=>1}", "x = {:.2f}", "a {: b}", "`{: .x}` is kramdown"):
        assert prepare(line + "\n") == line + "\n"
    assert prepare("![a](b.png){: .wide}\n") == "![a](b.png)\n"
    assert prepare("**bold**{: #x} and more\n") == "**bold** and more\n"
