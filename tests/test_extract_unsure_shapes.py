"""Shapes a careful reader would not make a card of as written, and the readings that replace them (own
examples): file contents after "open the file and add", a block after a bare "또는", a field of a config line
glossed under it, an instruction under a label, a back that only says "run the command", keys pressed in turn,
one description over two programs' nested lines, sentences over lines they tell apart, a remark that
points ahead."""

from __future__ import annotations

from tests.conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def _warnings(text: str) -> dict[int, str]:
    return {w.line: w.message for w in draft(text).warnings}


def test_lines_after_open_the_file_and_add_are_its_contents() -> None:
    text = (
        "# 메모\n\n"
        "hosts file을 열고 다음을 추가한다.\n\n"
        "```\n10.0.0.5 build-server\n```\n\n"
        "Open the shell's startup file and add the following lines.\n\n"
        "```\nalias ll='ls -alF'\n```\n"
    )
    assert _notes(text) == []
    assert set(_warnings(text)) == {5, 11}


def test_a_block_introduced_only_by_or_is_not_described_by_it() -> None:
    # "또는" says the block does what the block above does (x-f32ko1): its one line takes that block's meaning
    text = "# 메모\n\n목록 보기\n\n```\nls -l /srv\n```\n\n또는\n\n```\nls -la /srv\n```\n"
    notes = _notes(text)
    assert (6, "command", "ls", "ls -l /srv", "목록 보기") in notes
    assert (12, "command", "ls", "ls -la /srv", "목록 보기") in notes
    assert all(back != "또는" for *_, back in notes)


def test_a_block_after_or_under_a_block_of_several_lines_is_not_read() -> None:
    # which of the two lines above it replaces is not said
    text = "# 메모\n\n목록 보기\n\n```\nls -l /srv\nls -l /opt\n```\n\n또는\n\n```\nls -la /srv\n```\n"
    notes = _notes(text)
    assert all(back != "또는" for *_, back in notes)
    assert all(line != 13 for line, *_ in notes)
    assert "또는" in _warnings(text)[12]


def test_a_block_after_or_takes_the_meaning_of_the_block_above_it() -> None:
    text = (
        "# 메모\n\n설정을 바꾼 뒤 `nginx`를 다시 띄운다.\n\n```shell\n$ sudo service nginx restart\n```\n\n"
        "또는\n\n```shell\n$ sudo systemctl restart nginx\n```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in _notes(text)] == [
        (6, "sudo service nginx restart", "설정을 바꾼 뒤 nginx를 다시 띄운다."),
        (12, "sudo systemctl restart nginx", "설정을 바꾼 뒤 nginx를 다시 띄운다."),
    ]


def test_a_block_after_or_with_no_meaning_above_is_not_read() -> None:
    text = "```\nls -l /srv\n```\n\n또는\n\n```\nls -la /srv\n```\n"
    assert all(line != 8 for line, *_ in _notes(text))
    assert "또는" in _warnings(text)[7]


def test_a_field_of_a_config_line_glossed_under_it_is_not_a_command() -> None:
    text = (
        "# 메모\n\n"
        "/etc/fstab 에 아래 줄을 추가한다.\n\n"
        "```\nUUID=1234-ABCD /srv/backup ext4 defaults,noatime 0 2\n```\n\n"
        "`/srv/backup` : 붙일 위치\n\n"
        "`noatime` : 접근 시각을 기록하지 않음\n"
    )
    assert _notes(text) == []
    assert set(_warnings(text)) >= {9, 11}


def test_a_program_glossed_under_a_block_that_runs_it_is_still_a_command() -> None:
    text = "# 메모\n\n```\nsudo rsync -a /src /dst\n```\n\n`rsync` : 파일 동기화 도구\n"
    assert (7, "command", "rsync", "rsync", "파일 동기화 도구") in _notes(text)


def test_an_instruction_under_a_label_is_not_a_definition() -> None:
    text = "# 메모\n\n- 백업: 매일 밤 한 번 돌리면 된다.\n- 캐시: 자주 쓰는 데이터를 빠른 곳에 두는 것\n"
    assert _notes(text) == [(4, "concept", None, "캐시", "자주 쓰는 데이터를 빠른 곳에 두는 것")]
    assert 3 in _warnings(text)


def test_a_back_that_only_says_run_the_command_is_no_meaning() -> None:
    text = "# vim 메모\n\n- `:PackerSync` 명령어 실행\n- `:checkhealth` 상태 점검\n"
    notes = _notes(text)
    assert [front for _, _, _, front, _ in notes] == [":checkhealth"]
    assert "only says" in _warnings(text)[3]


def test_keys_pressed_in_turn_are_not_one_keys_meaning() -> None:
    text = "# vim 메모\n\n- `*` : 커서 아래 단어 찾기\n- esc -> `?error` 엔터, n 누르면 다음, N 누르면 이전\n"
    assert [(line, front) for line, _, _, front, _ in _notes(text)] == [(3, "*")]
    assert 4 in _warnings(text)


def test_one_description_over_two_programs_nested_lines_is_warned() -> None:
    text = (
        "# 메모\n\n"
        "- ll 을 ls -alF 로 쓰도록 설정\n"
        "    - `nano ~/.bashrc`\n"
        "    - `alias ll='ls -alF'`\n"
    )
    assert [n for n in _notes(text) if n[1] == "command"] == []
    assert "together" in _warnings(text)[3]


def test_one_description_over_two_forms_of_one_command_is_kept() -> None:
    text = "# 메모\n\n- 소유자 바꾸기\n  - `chown bob file.txt`\n  - `chown -R bob dir`\n"
    assert (3, "command", "chown", "chown bob file.txt", "소유자 바꾸기") in _notes(text)


def test_each_line_gets_the_sentence_that_names_it() -> None:
    text = (
        "# 메모\n\n"
        "빌드 준비\n\n"
        "- 빌드에 cmake가 필요하다. 그리고 소스를 받을 때 curl을 쓰므로 curl도 함께 설치.\n\n"
        "    ```sh\n    apt install cmake -y\n    apt install curl -y\n    ```\n"
    )
    assert _notes(text) == [
        (8, "command", "apt install", "apt install cmake -y", "빌드에 cmake가 필요하다."),
        (9, "command", "apt install", "apt install curl -y", "그리고 소스를 받을 때 curl을 쓰므로 curl도 함께 설치."),
    ]


def test_sentences_that_do_not_tell_the_lines_apart_speak_for_all() -> None:
    text = (
        "# 메모\n\n"
        "Compress the file with the best ratio. It takes a while.\n\n"
        "```sh\nxz -9 big.tar\nxz --best big.tar\n```\n"
    )
    backs = {front: back for _, _, _, front, back in _notes(text)}
    # "It takes a while." remarks on the sentence before it: warned, not part of what the lines do (x-f6a)
    assert backs.get("xz -9 big.tar") == "Compress the file with the best ratio."


def test_a_remark_pointing_ahead_ends_the_headings_chain() -> None:
    text = (
        "# 메모\n\n"
        "## 5. 셸 설정\n\n"
        "- 자동 완성을 쓰기 위해 다음처럼 설정한다.\n"
        "- 먼저 bash-completion 설치\n\n"
        "    ```sh\n    apt install bash-completion\n    ```\n"
    )
    assert _notes(text) == [(9, "command", "apt install", "apt install bash-completion", "먼저 bash-completion 설치")]


def test_a_program_named_in_its_own_definition_is_a_term() -> None:
    # "zip : zip 형태로 묶음": a format called zip, defined by its own name, not the zip program
    text = "# 묶음 형식\n\n- plain : 그대로 복사\n- zip : zip 형태로 묶음\n"
    assert _notes(text) == [
        (3, "concept", None, "plain", "그대로 복사"),
        (4, "concept", None, "zip", "zip 형태로 묶음"),
    ]


def test_a_program_with_a_definition_of_its_own_words_is_still_a_command() -> None:
    text = "# 메모\n\n- zip : 파일을 압축\n- gzip : gzip 명령으로 압축\n"
    assert _notes(text) == [
        (3, "command", "zip", "zip", "파일을 압축"),
        (4, "command", "gzip", "gzip", "gzip 명령으로 압축"),
    ]


def test_lines_each_with_a_comment_keep_their_own_comment() -> None:
    text = (
        "# 메모\n\n"
        "- tar는 여러 압축 형식을 지원하므로 큰 백업에 유용하다.\n\n"
        "```sh\n"
        "tar -czf a.tgz dir  # gzip으로 묶기\n"
        "tar -cJf a.txz dir  # xz로 묶기\n"
        "```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in _notes(text)] == [
        (6, "tar -czf a.tgz dir", "gzip으로 묶기"),
        (7, "tar -cJf a.txz dir", "xz로 묶기"),
    ]


def test_a_long_paragraph_says_what_the_block_does_in_the_sentence_that_points_at_it() -> None:
    story = "부팅할 때마다 디스크가 읽기 전용으로 붙는 일이 있었다. " * 9
    text = (
        "# 메모\n\n"
        f"{story}이런 경우에는 설정은 그대로 두고 아래의 명령어를 이용하여 파일 시스템을 검사하면 된다.\n\n"
        "```\nsudo fsck -f /dev/sdb1\n```\n"
    )
    assert len(text.split("\n")[2]) > 200
    assert _notes(text) == [
        (6, "command", "fsck", "sudo fsck -f /dev/sdb1",
         "이런 경우에는 설정은 그대로 두고 아래의 명령어를 이용하여 파일 시스템을 검사하면 된다."),
    ]


def test_a_long_paragraph_with_no_sentence_pointing_at_the_block_says_nothing_of_it() -> None:
    story = "부팅할 때마다 디스크가 읽기 전용으로 붙는 일이 있었다. " * 9
    text = f"# 메모\n\n{story}\n\n```\nsudo fsck -f /dev/sdb1\n```\n"
    assert len(story) > 200
    assert _notes(text) == []
