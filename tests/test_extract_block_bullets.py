"""Bullets around code blocks whose block is not sure (x-f6a): the last of a series of items above a
block, and an item between two blocks in notes that say after a block what it did, are warned, never
read as what the block below does."""

from __future__ import annotations

from conftest import draft, facts, warned

_DEPLOY = "## 배포\n\n배포는 이렇게 한다.\n\n"
_RESTART = "```\nkubectl rollout restart deploy/web\n```\n"


def test_the_last_of_several_items_above_a_block_is_not_its_description() -> None:
    text = _DEPLOY + "- 웹 콘솔에서 승인 버튼 누르기\n- 승인 메일이 오면 확인\n\n" + _RESTART
    assert facts(text) == []
    assert warned(text) == [6]


def test_one_item_right_above_a_block_still_says_what_it_does() -> None:
    text = _DEPLOY + "- 웹 서버 다시 띄우기\n\n" + _RESTART
    assert facts(text) == [
        (8, "command", "kubectl rollout restart", "kubectl rollout restart deploy/web", "웹 서버 다시 띄우기")
    ]


def test_a_lead_in_item_after_others_still_leads_into_the_block() -> None:
    text = _DEPLOY + "- 먼저 이미지를 올린다\n- 그다음 웹 서버를 다시 띄운다:\n\n" + _RESTART
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (9, "kubectl rollout restart deploy/web", "웹 서버를 다시 띄운다")
    ]


def test_an_item_between_blocks_in_notes_that_say_it_after_the_block_is_warned() -> None:
    text = (
        "**1. 저장소 받기**\n\n"
        "```\ngit clone https://example.org/app.git\n```\n\n"
        "- app 폴더가 생김\n\n"
        "**2. 빌드**\n\n"
        "```\nnpm ci\nnpm run build\n```\n\n"
        "- dist 폴더가 새로 만들어짐\n\n"
        "```\nnpm test\n```\n"
    )
    notes = draft(text).notes
    # the notes say after a block what it did (line 7): whether line 16 is npm test's meaning or what the
    # build made is not sure, no card is guessed
    assert not [n for n in notes if n.front == "npm test" or "dist" in n.back]
    assert 16 in warned(text)


def test_tldr_style_items_each_over_its_block_are_still_read() -> None:
    text = "- 의존성 설치\n\n```\nnpm ci\n```\n\n- 테스트 실행\n\n```\nnpm test\n```\n"
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (4, "npm ci", "의존성 설치"), (10, "npm test", "테스트 실행")
    ]


def test_a_name_with_a_slash_over_a_block_is_no_description() -> None:
    text = "**hotfix/login**\n\n```\ngit rebase main\n```\n"
    assert facts(text) == []
    assert 3 in warned(text)
    # a heading of two words joined by a slash still says what a known program's lines do
    text = "### Restarting/reloading\n\n```\nsystemctl restart nginx\n```\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [("systemctl restart nginx", "Restarting/reloading")]


def test_a_step_number_over_a_block_is_not_a_sentence_of_its_own() -> None:
    # "3. fix branch push" over two lines that differ only in the branch: one phrase for both lines
    text = "**3. fix branch push**\n\n```\ngit push -u origin fix/ui\ngit push -u origin fix/db\n```\n"
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (4, "git push -u origin fix/ui", "3. fix branch push"),
        (5, "git push -u origin fix/db", "3. fix branch push"),
    ]


def test_bullets_after_what_a_line_printed_still_speak_of_that_line() -> None:
    text = (
        "```\ngit worktree prune\n```\n\n"
        "```\nSummary:\n- removed 2 stale worktrees\n```\n\n"
        "- 지워진 폴더의 worktree 기록을 없앰\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (2, "git worktree prune", "지워진 폴더의 worktree 기록을 없앰")
    ]


def test_a_later_bullet_naming_the_program_itself_is_no_part_of_what_the_line_does() -> None:
    text = (
        "# convert\n\n### 흑백으로\n\n```bash\nconvert a.png -colorspace Gray b.png\n```\n\n"
        "- `a.png`를 흑백으로 바꿔 `b.png`로 저장한다.\n"
        "- 이처럼 `convert` 명령은 입력과 출력 형식을 확장자로 정한다.\n"
    )
    (note,) = [n for n in draft(text).notes if n.kind.value == "command"]
    assert note.back == "a.png를 흑백으로 바꿔 b.png로 저장한다."
    assert 10 in {w.line for w in draft(text).warnings}


def test_a_short_item_right_above_a_fence_under_a_topic_heading_is_the_blocks_task_alone() -> None:
    text = "# Mac\n\n## Nginx (from Homebrew)\n* Reload\n```bash\nsudo nginx -s reload\n```\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [("sudo nginx -s reload", "Reload")]


def test_an_item_ending_by_telling_to_run_the_block_is_another_step_and_a_label_over_an_address_says_nothing() -> None:
    text = (
        "# Mac\n\n## Flash a USB stick\n"
        "* Fetch the image from the vendor  \nhttps://example.org/os.img\nRun\n"
        "```bash\nsudo cp -R os /Volumes/USB/\n```\n"
        "* Other images and mirrors  \n> https://example.org/mirrors\n"
    )
    # the heading right above still says what the block does; the item and the label add nothing to it
    assert [(n.front, n.back) for n in draft(text).notes] == [("sudo cp -R os /Volumes/USB/", "Flash a USB stick")]
    assert 4 in {w.line for w in draft(text).warnings}
    # with a quote between the heading and the item, nothing says what the block does
    quoted = text.replace("## Flash a USB stick\n", "## Flash a USB stick\n> for the 2024 image\n")
    assert [n for n in draft(quoted).notes if n.kind.value == "command"] == []


_ZIP = "# Archives\n\nPack the folder.\n\n```\nzip -r site.zip site/\n```\n"
_UNZIP = "\n```\nunzip -l site.zip\n```\n"


def test_a_remark_right_under_a_block_names_no_block_below_it() -> None:
    text = _ZIP + "- Takes a while\n" + _UNZIP
    assert [front for _, _, _, front, _ in facts(text)] == ["zip -r site.zip site/"]
    assert 8 in warned(text)


def test_a_lower_case_remark_between_blank_lines_names_no_block_below_it() -> None:
    text = _ZIP + "\n- keeps file modes\n" + _UNZIP
    assert [front for _, _, _, front, _ in facts(text)] == ["zip -r site.zip site/"]
    assert 9 in warned(text)


def test_a_clause_after_a_block_named_by_an_item_names_no_block_below_it() -> None:
    text = (
        "# Web\n\n- Start it\n\n```\npython3 -m http.server 8000\n```\n"
        "- Blocks the shell, so run it in a second pane\n\n```\ncurl -I localhost:8000\n```\n"
    )
    assert [front for _, _, _, front, _ in facts(text)] == ["python3 -m http.server 8000"]
    assert 8 in warned(text)


def test_label_items_each_over_its_block_still_name_the_block_below() -> None:
    text = (
        "# Web\n\n* Start it\n\n```\npython3 -m http.server 8000\n```\n\n"
        "* Ask for the headers\n\n```\ncurl -I localhost:8000\n```\n"
    )
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("python3 -m http.server 8000", "Web\nStart it"),
        ("curl -I localhost:8000", "Ask for the headers"),
    ]


def test_an_operand_written_name_equals_value_glossed_under_the_block_is_a_flag_of_its_line() -> None:
    # "where" alone leads into the glosses of the line's parts; a bullet naming a name=value operand of the line
    # says what that operand does there, not what the whole line does
    for lead in ("where\n", "Where:\n", ""):
        text = f"## resize the image\n```bash\nconvert photo.jpg resize=50% out.jpg\n```\n{lead}- resize=50% - halves both sides.\n"
        made = draft(text)
        assert [(n.kind.value, n.command, n.front, n.back) for n in made.notes] == [
            ("command", "convert", "convert photo.jpg resize=50% out.jpg", "resize the image"),
            ("flag", "convert", "resize=50%", "halves both sides."),
        ]
