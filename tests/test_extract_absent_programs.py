"""Text above a block that gives the thing another name, or names a program no line of the block runs
(x-f14ko), in examples of our own."""

from __future__ import annotations

from conftest import facts, warned

from quizzer.extract.fences import without_other_names
from quizzer.extract.narration import names_absent_program


def test_a_last_sentence_giving_another_name_is_not_said_of_the_line() -> None:
    text = "## pngcrush\n\nPNG 파일 크기를 줄일 때 씁니다. 무손실 압축기라고도 불립니다.\n\n```bash\n$ pngcrush in.png out.png\n```\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("pngcrush in.png out.png", "PNG 파일 크기를 줄일 때 씁니다.")]


def test_other_names_in_english_and_korean() -> None:
    assert without_other_names("Shrinks PNG files. Also known as a crusher.") == "Shrinks PNG files."
    assert without_other_names("압축을 푼다. 해제라고도 한다.") == "압축을 푼다."
    assert without_other_names("무손실 압축기라고도 불립니다.") == "무손실 압축기라고도 불립니다."  # nothing before it


def test_a_block_under_text_about_another_program_is_its_output() -> None:
    text = (
        "## identify\n\n"
        "identify 명령어로 보면 크기를 알 수 있습니다.\n"
        "```\nimage (size 640x480): \"photo.jpg\"\n```\n"
    )
    assert facts(text) == []
    assert 4 in warned(text)


def test_the_program_named_in_the_block_keeps_its_card() -> None:
    text = "## identify\n\nidentify 명령어로 사진 크기를 본다.\n```\nidentify photo.jpg\n```\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("identify photo.jpg", "identify 명령어로 사진 크기를 본다.")]


def test_an_english_command_word_counts_only_for_a_program_known() -> None:
    assert names_absent_program("Check it with the following command", {"jq"}, ["photo.jpg JPEG"]) is None
    assert names_absent_program("Check it with the jq command", {"jq"}, ["{ \"a\": 1 }"]) == "jq"


def test_a_program_and_its_sub_command_named_over_the_block_is_its_program() -> None:
    # "git stash 명령어로": git, which the block runs; "stash" is git's sub-command, no program of its own
    assert names_absent_program("이때 git stash 명령어로 치워 둔다", set(), ["git branch --merged"]) is None


def test_a_lines_own_comment_still_says_what_it_does_under_text_about_another_program() -> None:
    text = "## 이미지\n\nidentify 명령어로 보면 크기를 알 수 있습니다.\n```\n# 크기 바꾸기\nconvert -resize 50% a.png b.png\n```\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [("convert -resize 50% a.png b.png", "크기 바꾸기")]


def test_a_program_set_against_the_one_used_is_not_the_one_named() -> None:
    # "scp 명령어와 달리 …", "Unlike the scp command, …": scp is what the block's line is not
    assert names_absent_program("scp 명령어와 달리 끊겨도 이어서 보낸다", set(), ["frobsync -P a b:"]) is None
    assert names_absent_program("scp 명령어 대신 쓴다", set(), ["frobsync -P a b:"]) is None
    assert names_absent_program("Unlike the scp command, it resumes", {"scp"}, ["frobsync -P a b:"]) is None
    assert names_absent_program("scp 명령어로 보낸 뒤 나온 결과", set(), ["a.txt 100%"]) == "scp"


def test_a_program_spelt_with_a_dash_or_a_space_is_one_program() -> None:
    assert names_absent_program("podman compose 명령어로 띄운다", set(), ["podman-compose up"]) is None
    assert names_absent_program("the podman-compose command starts them", {"podman-compose"}, ["podman compose up"]) is None


def test_a_line_of_a_known_program_keeps_its_card_under_text_naming_another() -> None:
    text = "## 복사\n\nscp 명령어와 다르게 바뀐 부분만 보낸다.\n\n```\nrsync -az ./site/ web:/srv/site/\n```\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("rsync -az ./site/ web:/srv/site/", "scp 명령어와 다르게 바뀐 부분만 보낸다.")]
