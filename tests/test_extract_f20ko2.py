"""Shapes met in the Korean half of the twentieth fresh set, full round (x-f20ko2), each in examples of our own:
tldr's item ending in a colon over its command line in backticks outside the list."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_an_item_ending_in_a_colon_over_a_code_line_says_what_the_line_does() -> None:
    text = (
        "# rsync\n\n> 파일을 동기화하는 도구.\n\n"
        "- 원격 서버로 폴더 보내기:\n\n`rsync -a photos/ user@host:/srv/photos/`\n\n"
        "- Copy a folder, keeping times:\n\n`rsync -t -r photos/ /mnt/usb/`\n"
    )
    assert [(line, front, back) for line, _, _, front, back in _notes(text)] == [
        (5, "rsync -a photos/ user@host:/srv/photos/", "원격 서버로 폴더 보내기"),
        (9, "rsync -t -r photos/ /mnt/usb/", "Copy a folder, keeping times"),
    ]


def test_the_titles_own_program_is_read_though_quizzer_does_not_know_it() -> None:
    text = "# photoshrink\n\n- 사진을 절반 크기로 줄이기:\n\n`photoshrink --half {{사진.jpg}}`\n"
    assert [(front, back) for _, _, _, front, back in _notes(text)] == [
        ("photoshrink --half {{사진.jpg}}", "사진을 절반 크기로 줄이기")
    ]
    # a program neither known nor the title's: not sure it is a command line
    assert _notes("# 사진 정리\n\n- 사진을 절반 크기로 줄이기:\n\n`photoshrink --half a.jpg`\n") == []


def test_an_item_that_points_remarks_or_is_no_lead_in_gives_no_meaning() -> None:
    for item in (
        "Run the following command:", "For example:", "주의할 점:", "아래처럼 입력:", "Only on macOS:",
        # what one sees, or a warning: no action the line does (review9 [item-colon-output-span])
        "You will get a line like:", "잘 됐다면 나오는 결과:", "실행 화면 예시:", "Bad idea, do not copy:",
    ):
        assert _notes(f"# notes\n\n- {item}\n\n`rsync -a src/ dst/`\n") == [], item
    # no colon: the item is a point of its own, the code line no line it leads into
    notes = draft("# notes\n\n- 폴더를 복사해 두기\n\n`rsync -a src/ dst/`\n").notes
    assert not [n for n in notes if n.reason == "item ending in a colon, then its command line in code"]
    # the code is not a command line
    assert _notes("# notes\n\n- The file it reads:\n\n`~/.config/rsync.conf`\n") == []


def test_a_quotation_and_its_source_is_no_label_over_a_command() -> None:
    for text in (
        '# curl\n\n> **"curl is the pocket knife of transfers"** <br> - curl project page\n',
        '# 메모\n\n- "git is a content tracker" - git manual\n',
        "# 메모\n\n“rsync is smarter than cp”: rsync man page\n",
    ):
        assert [n for n in draft(text).notes if n.kind.value == "command"] == [], text
    # a label over its command line still says what the line does
    notes = _notes("# 메모\n\n- 변경 내역 보기: git log --oneline\n")
    assert [(front, back) for _, _, _, front, back in notes] == [("git log --oneline", "변경 내역 보기")]


def test_a_writers_guess_over_a_block_is_not_what_the_line_does() -> None:
    for prose in (
        "로그가 생각보다 많군요. 에러만 골라 봐야겠네요",
        "설정 파일 위치가 배포판마다 다르군요 🤔",
        "앞의 다섯 줄만 보면 되겠네요.",
        "서비스가 재시작될 때마다 로그가 쌓이나 봐요.",
    ):
        text = f"# 로그 보기\n\n{prose}\n\n```sh\njournalctl -u nginx | head -n 5\n```\n"
        assert [n for n in draft(text).notes if n.front.startswith("journalctl")] == [], prose
        assert 3 in {w.line for w in draft(text).warnings}, prose
    # a sentence saying what to do, or what the writer will do next (a tutorial's way), still says what the line does
    for prose in (
        "에러 로그만 골라 본다.", "인덱스를 지워 봅시다.", "먼저 nginx 로그를 앞의 다섯 줄만 확인해 보겠습니다.",
        "이제 nginx 로그를 다섯 줄만 볼게요.",
    ):
        text = f"# 로그 보기\n\n{prose}\n\n```sh\njournalctl -u nginx | head -n 5\n```\n"
        assert [n.back for n in draft(text).notes if n.front.startswith("journalctl")] == [prose], prose


def test_a_usage_line_alone_in_backticks_is_glossed_by_the_sentence_under_it() -> None:
    text = (
        "---\ntitle: \"[도구] snapkeep\"\n---\n\n"
        "`snapkeep prune [--keep N]`\n\n오래된 스냅숏을 지웁니다.\n\n예시 :\n```\n$ snapkeep prune --keep 3\n```\n\n<hr>\n\n"
        "`snapkeep list`\n\n남아 있는 스냅숏을 모두 보여줍니다.\n\n<hr>\n\n"
        "`git stash list`\n\nShows every stash you saved.\n"
    )
    notes = [(line, front, back) for line, _, _, front, back in _notes(text) if front.startswith(("snapkeep", "git"))]
    assert (7, "snapkeep prune", "오래된 스냅숏을 지웁니다.") in notes
    assert (18, "snapkeep list", "남아 있는 스냅숏을 모두 보여줍니다.") in notes
    assert (24, "git stash list", "Shows every stash you saved.") in notes


def test_a_paragraph_under_a_code_line_is_no_gloss_when_text_above_says_it_or_it_is_no_sentence() -> None:
    # the text above says what the line does; the paragraph under it is the next task's title
    text = "# 백업\n\n스냅숏 목록 보기\n\n`snapkeep list --all`\n\n오래된 것 지우기\n\n`snapkeep prune`\n"
    assert not [n for n in draft(text).notes if n.reason.startswith("command line alone in code")]
    # a title with no stop, a warning, two sentences, a lead-in: no gloss
    for below in (
        "Delete old snapshots", "Never run this on the server.", "It lists them. It is slow.",
        "다음과 같이 실행합니다.",
        # a condition, a state or result, a pointer elsewhere: no statement of what it does (review9
        # [span-gloss-any-sentence])
        "If the disk is full, free some space first.", "Nothing gets pruned on the first day.",
        "Please read the manual for the rest.", "처음 며칠은 지울 것이 없을 수 있다.", "용량이 부족하면 먼저 비운다.",
        "어제는 십 분쯤 걸렸다.",
    ):
        text = f"# snapkeep\n\n`snapkeep prune --all`\n\n{below}\n"
        assert not [n for n in draft(text).notes if n.reason.startswith("command line alone in code")], below


def test_a_last_sentence_about_another_program_is_left_off_the_block_that_does_not_run_it() -> None:
    text = (
        "# 서비스\n\n"
        "systemctl list-units는 올라와 있는 유닛을 모두 보여주는 명령어이다. "
        "이 명령어와 텍스트 검색 명령어인 grep을 함께 쓰면 원하는 서비스만 고를 수 있다.\n\n"
        "```\n$ systemctl list-units\n```\n\n```\n$ systemctl list-units | grep ssh\n```\n"
    )
    notes = [(front, back) for _, _, _, front, back in _notes(text)]
    assert ("systemctl list-units", "systemctl list-units는 올라와 있는 유닛을 모두 보여주는 명령어이다.") in notes
    # over a block that runs it, the sentence stays
    text = (
        "# 서비스\n\n"
        "systemctl list-units는 올라와 있는 유닛을 모두 보여주는 명령어이다. "
        "이 명령어와 텍스트 검색 명령어인 grep을 함께 쓰면 원하는 서비스만 고를 수 있다.\n\n"
        "```\n$ systemctl list-units | grep ssh\n```\n"
    )
    assert [back for *_, back in _notes(text)] == [
        "systemctl list-units는 올라와 있는 유닛을 모두 보여주는 명령어이다. "
        "이 명령어와 텍스트 검색 명령어인 grep을 함께 쓰면 원하는 서비스만 고를 수 있다."
    ]


def test_a_heading_that_says_what_to_do_keeps_the_line_under_it() -> None:
    text = "# snapkeep\n\n## Prune old snapshots\n\n`snapkeep prune --all`\n\nRemoves every snapshot but the newest.\n"
    assert [(front, back) for _, _, _, front, back in _notes(text)] == [("snapkeep prune --all", "Prune old snapshots")]
    # a topic heading ("사용법") says nothing of the line: the sentence under it does
    text = "# snapkeep 사용법\n\n`snapkeep list`\n\n남아 있는 스냅숏을 모두 보여줍니다.\n"
    assert [(front, back) for _, _, _, front, back in _notes(text)] == [("snapkeep list", "남아 있는 스냅숏을 모두 보여줍니다.")]


def test_a_line_its_writer_cut_short_is_no_command_to_learn() -> None:
    for cut in ("(이하 생략)", "(생략)", "(omitted)", "[snip]"):
        text = (
            "# 로그\n\n이제 결과를 정리해서 보기 좋게 만든다.\n\n"
            f"```sh\n$ kubectl get pods -o json...{cut} \\\n | jq '.items[].metadata.name'\n```\n"
        )
        assert [n for n in draft(text).notes if n.front.startswith("kubectl")] == [], cut
        assert 6 in {w.line for w in draft(text).warnings}, cut
    # a usage line's "file..." (one or more) is no cut
    text = "# 로그\n\n로그 파일을 모두 합쳐 본다.\n\n```sh\n$ cat app.log old.log\n```\n"
    assert [n.front for n in draft(text).notes] == ["cat app.log old.log"]
