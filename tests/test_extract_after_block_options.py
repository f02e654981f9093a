"""``-x: meaning`` bullets after a code block (x-f6a): glosses of the line's own flags are flags of that
line; a list that also glosses flags the line does not use is the program's options."""

from __future__ import annotations

from conftest import draft as _draft, facts


def test_bullets_glossing_flags_the_line_does_not_use_are_options_of_its_program() -> None:
    text = (
        "## Watch mode\n\n"
        "```sh\n$ bake --watch\n```\n\n"
        "- `--watch` - rebuilds whenever a source file changes.\n"
        "- `--watch-all` - also watches the files of the dependencies.\n"
    )
    assert [(line, kind, command, front, back) for line, kind, command, front, back in facts(text) if kind != "command"] == [
        (7, "option", "bake", "--watch", "rebuilds whenever a source file changes."),
        (8, "option", "bake", "--watch-all", "also watches the files of the dependencies."),
    ]


def test_bullets_glossing_only_the_lines_flags_stay_flags_of_that_line() -> None:
    text = (
        "## Quiet build\n\n"
        "```sh\n$ bake -q --jobs 4\n```\n\n"
        "- `-q` - prints only errors.\n"
        "- `--jobs` - how many tasks run at once.\n"
    )
    assert [(line, kind, front) for line, kind, _, front, _ in facts(text) if kind != "command"] == [
        (7, "flag", "-q"), (8, "flag", "--jobs")
    ]


def test_text_under_a_block_that_quotes_its_line_is_never_the_next_blocks_description() -> None:
    # each block is followed by what it does, quoting its parts: said of the block above, not the one below
    text = (
        "# ffmpeg\n\n## 변환\n\n```shell\nffmpeg -i in.wav out.flac\n```\n\n"
        "출력 파일의 확장자가 `flac`이므로 무손실로 압축한다\n\n"
        "```shell\nffmpeg -i in.wav out.ogg\n```\n\n"
        "출력 파일의 확장자가 `ogg`이므로 손실 압축한다\n"
    )
    notes = _draft(text).notes
    assert not any(n.front == "ffmpeg -i in.wav out.ogg" and "flac" in n.back for n in notes)
    assert 9 in {w.line for w in _draft(text).warnings}  # the heading says what the first block does


def test_a_title_right_above_the_next_fence_stays_its_description() -> None:
    text = (
        "# ffmpeg\n\nCut the first ten seconds\n```sh\nffmpeg -i in.wav -t 10 cut.wav\n```\n\n"
        "Make `cut.wav` quieter\n```sh\nffmpeg -i cut.wav -af volume=0.5 quiet.wav\n```\n"
    )
    assert ("ffmpeg -i cut.wav -af volume=0.5 quiet.wav", "Make cut.wav quieter") in {(n.front, n.back) for n in _draft(text).notes}


def test_text_under_a_block_nothing_above_describes_that_quotes_its_line_says_what_it_does() -> None:
    text = (
        "```shell\nffmpeg -i in.wav out.flac\n```\n\n출력 파일의 확장자가 `flac`이므로 무손실로 압축한다\n\n"
        "```shell\nffmpeg -i in.wav out.ogg\n```\n\n출력 파일의 확장자가 `ogg`이므로 손실 압축한다\n"
    )
    assert {(n.front, n.back) for n in _draft(text).notes} == {
        ("ffmpeg -i in.wav out.flac", "출력 파일의 확장자가 flac이므로 무손실로 압축한다"),
        ("ffmpeg -i in.wav out.ogg", "출력 파일의 확장자가 ogg이므로 손실 압축한다"),
    }


def test_text_under_a_block_glossing_its_flags_is_no_description_of_the_line() -> None:
    text = "# ffmpeg\n\n## 자르기\n\n```shell\nffmpeg -i in.mp4 -t 5 out.mp4\n```\n\n`-t` 옵션으로 5초만 남긴다\n"
    assert not any(n.kind.value == "command" and "5초" in n.back for n in _draft(text).notes)


def test_values_glossed_under_a_flags_gloss_after_a_block_are_terms_of_their_own() -> None:
    text = (
        "# exiftool\n\n```\n$ exiftool -s photo.jpg\n```\n\n"
        "- `-s`: 짧은 태그 이름으로 출력\n    - `ImageWidth`: 이미지의 가로 크기\n    - 이름이 길면 잘린다\n"
    )
    facts_ = {(n.kind.value, n.front, n.back) for n in _draft(text).notes}
    assert ("concept", "ImageWidth", "이미지의 가로 크기") in facts_
    assert not any("잘린다" in back for _, _, back in facts_)


def test_a_flag_with_two_numbers_glossed_after_a_block_is_that_flag_with_its_values() -> None:
    text = "# convert\n\n```bash\nconvert in.png -resize 800 600 out.png\n```\n\n- `-resize 800 600`: 가로 800, 세로 600 픽셀로 줄인다.\n"
    assert ("flag", "-resize 800 600", "가로 800, 세로 600 픽셀로 줄인다.") in {
        (n.kind.value, n.front, n.back) for n in _draft(text).notes
    }


_VALUED = (
    "## 옵션\n\n"
    "```sh\n$ dirtree -d2\n```\n\n"
    "- `-d` : 내려갈 깊이를 정한다.\n"
    "    - `-d1`은 바로 아래 폴더만 보여준다.\n"
    "    - `-d 3`: 세 단계 아래까지 보여준다.\n"
    "    - `-da`는 안 된다.\n"
    "    - `-d 4`인 폴더는 없다.\n"
    "    - 숫자를 빼면 끝까지 내려간다.\n"
)


def test_items_under_a_flags_gloss_that_give_it_a_value_are_options_with_that_value() -> None:
    # (x-f34ko3) "-d1", "-d 3": the glossed option with a value and what that does, options of the line's program;
    # "-da" (two flags glued) and "`-d 4`인 폴더" (a noun the value describes) are not such items
    assert [(line, kind, command, front, back) for line, kind, command, front, back in facts(_VALUED) if kind == "option"] == [
        (8, "option", "dirtree", "-d1", "바로 아래 폴더만 보여준다."),
        (9, "option", "dirtree", "-d 3", "세 단계 아래까지 보여준다."),
    ]


def test_an_english_item_giving_the_flag_a_value_reads_the_same() -> None:
    text = (
        "## Depth\n\n```sh\n$ dirtree --depth=2\n```\n\n"
        "- `--depth`: how far down to go.\n    - `--depth=1` - only the folders right below.\n"
    )
    assert [(front, back) for _, kind, _, front, back in facts(text) if kind == "option"] == [
        ("--depth=1", "only the folders right below.")]
