"""Text around a code block that is no description of its lines, and headings that are (x-f10), in examples
of our own: a comment on how the program behaves, a precondition, a verdict quote, an item naming the program;
a task heading whose words the line spells out."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def _backs(text: str) -> list[tuple[str, str]]:
    return [(front, back) for _line, _kind, _cmd, front, back in _facts(text)]


def test_a_comment_on_how_the_program_behaves_is_not_what_the_line_does() -> None:
    text = (
        "```bash\n# Keep notes in a repo\n# If autosync is on, notes commits after every edit\n"
        "notes repo init\n```\n"
    )
    assert [back for _front, back in _backs(text)] == ["Keep notes in a repo"]


def test_a_precondition_above_a_block_leaves_the_heading_as_its_meaning() -> None:
    text = "# serial\n\n## read the port\n\nYou need to be in the `uucp` group to open the port\n\n```sh\n$ picocom -b 115200 /dev/ttyUSB0\n```\n"
    assert _backs(text) == [("picocom -b 115200 /dev/ttyUSB0", "read the port")]


def test_a_verdict_quoted_under_a_block_is_not_its_meaning() -> None:
    text = "# tools\n\n## Resize images\n\n```bash\nmogrify -resize 50% *.png\n```\n\n> Doesn't work with animated gifs!\n"
    assert all("work" not in back for _front, back in _backs(text))
    text = "## 변환\n\n```bash\nffmpeg -i a.webm a.mp4\n```\n\n> 잘 안 됨\n"
    assert all("안 됨" not in back for _front, back in _backs(text))


def test_an_item_naming_the_program_leaves_its_bare_lines_undescribed() -> None:
    text = "## 도구\n- htop\n\t```bash\n\t$ sudo apt install htop\n\t$ htop -d 10\t\t# 1초마다 갱신\n\t```\n"
    assert _backs(text) == [("htop -d 10", "1초마다 갱신")]


def test_a_task_heading_whose_words_the_line_spells_out_describes_an_unknown_program() -> None:
    text = (
        "# Documents\n\n## Convert to epub\n\n```bash\nmd2epub book.md\n```\n\n"
        "## Render the slides\n\n```bash\nslidekit render talk.md\n```\n\n"
        "## Publish the site\n\n```bash\nzorblat push site/\n```\n"
    )
    assert _backs(text) == [("md2epub book.md", "Convert to epub"), ("slidekit render talk.md", "Render the slides")]
    # zorblat: neither its name nor its sub-command says "publish"; "site" is only an argument
    assert 18 in [w.line for w in _draft(text).warnings]


def test_a_root_prompt_line_with_its_own_comment_is_a_command() -> None:
    text = "- 서비스\n\t```bash\n\t# systemctl restart nginx\t\t# 재시작\n\t# systemctl status nginx\n\t```\n"
    assert _backs(text) == [("systemctl restart nginx", "서비스 (재시작)")]  # the item above, then the comment


def test_a_comment_listing_three_things_over_three_lines_gives_each_its_part() -> None:
    text = (
        "```bash\n# 볼륨 생성, 목록 및 삭제\n$ docker volume create data\n$ docker volume ls\n$ docker volume rm data\n```\n"
    )
    assert [back for _front, back in _backs(text)] == ["볼륨 생성", "목록", "삭제"]
    text = "```bash\n# start, stop and restart the timer\n$ systemctl start t\n$ systemctl stop t\n```\n"
    assert [back for _front, back in _backs(text)] != ["start", "stop and restart the timer"]


def test_a_service_script_run_by_its_path_stays_the_script() -> None:
    text = "Restart the web server:\n\n```bash\n/etc/init.d/nginx restart\n```\n"
    assert [(cmd, front) for _line, _kind, cmd, front, _back in _facts(text)] == [
        ("/etc/init.d/nginx", "/etc/init.d/nginx restart"),
    ]


def test_a_word_to_the_reader_under_a_heading_leaves_the_heading_as_the_meaning() -> None:
    text = "### 패키지 목록 갱신\n\n설치할 때 자동으로 갱신되지만, 일단 알아두자.\n\n```bash\n$ sudo apt update\n```\n"
    assert _backs(text) == [("sudo apt update", "패키지 목록 갱신")]


def test_a_trailing_comment_of_only_a_number_is_what_the_line_prints_not_part_of_it() -> None:
    text = "# wc\n\n```sh\n# 줄 수 세기\n$ printf 'a\\nb\\n' | wc -l     # 2\n```\n"
    (note,) = _draft(text).notes
    assert note.front == "printf 'a\\nb\\n' | wc -l"
    assert note.back == "줄 수 세기"


def test_a_line_only_showing_the_input_beside_the_line_running_the_program_gets_no_card() -> None:
    # notes about sort: "cat names.txt" prints the file the next line sorts; the heading says what sort does
    text = "# sort 명령어\n\n## 거꾸로 정렬\n\n```sh\n$ cat names.txt\n$ cat names.txt | sort -r\n```\n"
    notes = _draft(text).notes
    assert [(n.front, n.back) for n in notes] == [("cat names.txt | sort -r", "거꾸로 정렬")]
    assert 6 in {w.line for w in _draft(text).warnings}


def test_a_bare_cd_first_in_a_block_whose_other_lines_have_comments_gets_no_card() -> None:
    text = (
        "# Fly\n\nA cheat sheet for releases:\n\n```console\n$ cd myapp/\n\n"
        "# Ship it\n$ fly deploy\n\n# Watch the logs\n$ fly logs\n```\n"
    )
    notes = _draft(text).notes
    assert not any(n.front.startswith("cd") for n in notes)
    assert {(n.front, n.back) for n in notes} >= {("fly deploy", "Ship it"), ("fly logs", "Watch the logs")}
    assert 6 in {w.line for w in _draft(text).warnings}


def test_a_comment_restating_the_heading_with_more_is_said_alone() -> None:
    text = "# sed\n\n### 탭 문자 변환\n\n```sh\n# 탭 문자를 공백 네 칸으로 변환\nsed 's/\\t/    /g' a.txt\n```\n"
    (note,) = _draft(text).notes
    assert note.back == "탭 문자를 공백 네 칸으로 변환"


def test_alias_definitions_under_a_sentence_about_them_get_no_card() -> None:
    text = "# 단축 명령\n\n나는 다음과 같은 alias를 지정해 놓고 쓴다.\n\n```bash\nalias gs='git status -sb'\nalias gl='git log --oneline'\n```\n"
    assert _draft(text).notes == ()
    assert {6, 7} <= {w.line for w in _draft(text).warnings}


def test_a_korean_sentence_over_lines_each_glossed_after_it_is_said_of_the_section() -> None:
    # the sentence says when the block helps; each line's own comment (words, not one) what it does, the second the
    # undoing of the first: joined, the second card would hold the first line's fact too
    text = (
        "## 압축 파일 보기\n\n압축된 로그를 풀지 않고 읽을 때 사용합니다.\n\n"
        "```bash\ngzip -d -c app.log.gz  # 풀어서 출력\ngzip -c app.log > app.log.gz  # 다시 압축해서 저장\n```\n"
    )
    assert _backs(text) == [("gzip -d -c app.log.gz", "풀어서 출력"), ("gzip -c app.log", "다시 압축해서 저장")]


def test_a_short_phrase_over_lines_glossed_after_them_is_still_said_with_each() -> None:
    # a phrase, no sentence ("로그 압축 풀기"): what the lines do, their comments how each differs
    text = "## 압축\n\n로그 압축 풀기\n\n```bash\ngzip -d app.log.gz  # 원본 지움\ngzip -dk app.log.gz  # 원본 남김\n```\n"
    assert [back for _front, back in _backs(text)] == ["로그 압축 풀기 (원본 지움)", "로그 압축 풀기 (원본 남김)"]
