"""Text over a code block that is not what its line does, in examples of our own (``over_block.py``, asked by the
general gate ``gate.py``):

- a sentence adding to or narrowing the one before it ("또한 -p와 함께 …", "구체적으로 말하면, …"):
  the fact began above, the card would hold its second half (``gate.CONTINUED``);
- a sentence saying what the lines are ("아래는 … 간단한 예시입니다", "다음 명령어는 … 한 종류다", "Here is an
  example"): it classes the block, it says nothing a line does (``gate.EXAMPLE_NAMED``);
- a sentence telling of a ``NAME=value`` setting written before the command, which the card's front leaves out
  ("… 버전 1.4.0으로 실행" over ``TOOL_VERSION=1.4.0 make test``) (``gate.SETTING_LEFT``).
- text only saying to go to a directory first, over a line that is not cd (``gate.MOVES_FIRST``); a paragraph's last
  line wholly in parentheses is a remark beside the text (``rules._without_aside_line``);
- a line whose program no table knows is one letter off the program its heading names (``gate.MISSPELT``).
- text its author says they are not sure of ("정확하진 않으나 …", "I'm not sure, but …") (``gate.HEDGED``);
- text pointing to a part of the notes above ("위에 … 나와있는대로, …", "As described above, …") (``gate.POINTS_BACK``);
- a short Korean label naming a problem ("_권한문제_", "빌드 오류") over the block (``gate.PROBLEM_NAMED``);
- a comment naming only where the lines apply ("# java-plugin specific") (``gate.SCOPE_NAMED``).

Each is a warning with the line instead of a card.
"""

from __future__ import annotations

import pytest

from conftest import draft, facts

from quizzer.extract.knowledge import (
    CONTINUING_OPENERS, EXAMPLE_NOUNS_EN, EXAMPLE_NOUNS_KO, HEDGES_EN, HEDGES_KO, POINTING_BACK_EN, POINTING_BACK_KO,
    PROBLEM_NOUNS,
)


def _over_block(text: str, line: str = "tar -czf site.tgz public/") -> str:
    return f"# 백업\n\n{text}\n\n```bash\n{line}\n```\n"


@pytest.mark.parametrize("opener", sorted(CONTINUING_OPENERS))
def test_a_sentence_going_on_from_the_one_before_makes_no_card(opener: str) -> None:
    result = draft(_over_block(f"{opener} 폴더를 하나의 파일로 묶는다"))
    assert list(result.notes) == []
    assert any(w.line == 6 and "goes on from the sentence before it" in w.message for w in result.warnings)


@pytest.mark.parametrize("opener", sorted({spelt for opener in CONTINUING_OPENERS for spelt in (opener, opener.capitalize())}))
def test_a_keys_gloss_going_on_from_the_item_above_makes_no_card(opener: str) -> None:
    """A ``key : meaning`` line is read as one over a block is (over_block._continues' ``keyed``), case-blind."""
    result = draft(f"Tmux\n====\n\n- Bindings\n  - `C-a d` : {opener} detach the session\n")
    assert all(note.front != "C-a d" for note in result.notes)
    assert any(w.line == 5 and "goes on from the sentence before it" in w.message for w in result.warnings)
    assert [note.back for note in draft("Tmux\n====\n\n- Bindings\n  - `C-a d` : detach the session\n").notes
            if note.front == "C-a d"] == ["detach the session"]


def test_a_comment_going_on_from_the_one_before_makes_no_card() -> None:
    text = "# 백업\n\n```bash\n# 폴더를 하나로 묶는다\ntar -czf site.tgz public/\n# 이외에도 묶는 방법은 여럿 있음\nzip -r site.zip public/\n```\n"
    result = draft(text)
    assert [n.front for n in result.notes] == ["tar -czf site.tgz public/"]
    assert any(w.line == 7 and "goes on from the sentence before it" in w.message for w in result.warnings)


def test_a_bare_and_is_no_opener() -> None:
    # "and, now …" over a line often says what the line does; nor is the operator AND of a search tool an opener
    assert len(facts(_over_block("and, now pack the folder into one archive"))) == 1
    assert len(facts(_over_block("그리고 폴더를 하나의 파일로 묶는다"))) == 1
    assert len(facts(_over_block("AND 조건으로 찾기", "grep -E 'a.*b' notes.txt"))) == 1


def test_the_same_sentence_without_an_opener_keeps_its_card() -> None:
    assert [front for _line, _kind, _command, front, _back in facts(_over_block("Pack the folder into one archive"))] == [
        "tar -czf site.tgz public/"
    ]


@pytest.mark.parametrize("noun", sorted(EXAMPLE_NOUNS_KO))
def test_a_korean_sentence_saying_the_line_is_an_example_makes_no_card(noun: str) -> None:
    result = draft(_over_block(f"아래는 tar로 폴더를 묶는 간단한 {noun}입니다. 자세한 옵션은 뒤에서 본다."))
    assert list(result.notes) == []
    assert any(w.line == 6 and "says what the lines below are" in w.message for w in result.warnings)


@pytest.mark.parametrize("noun", sorted(EXAMPLE_NOUNS_EN))
def test_an_english_sentence_saying_the_line_is_an_example_makes_no_card(noun: str) -> None:
    article = "" if noun.endswith("s") else "an " if noun[0] in "aeiou" else "a "
    verb = "are" if noun.endswith("s") else "is"
    result = draft(_over_block(f"Here {verb} {article}{noun} of packing a folder."))
    assert list(result.notes) == []


def test_a_sentence_saying_what_the_example_does_keeps_its_card() -> None:
    # "다음 명령은 … 압축한다": the subject is the line, the predicate what it does
    assert len(facts(_over_block("다음 예시는 public 폴더를 하나의 파일로 압축한다."))) == 1
    assert len(facts(_over_block("The following example packs the public folder into one file."))) == 1


def test_a_back_telling_of_a_setting_the_front_left_out_makes_no_card() -> None:
    result = draft(_over_block("테스트를 버전 2.1로 실행합니다", "TOOL_VERSION=2.1 make test"))
    assert list(result.notes) == []
    assert any(w.line == 6 and "setting written before" in w.message for w in result.warnings)


def test_a_setting_the_back_does_not_tell_of_keeps_its_card() -> None:
    assert [front for _line, _kind, _command, front, _back in facts(
        _over_block("sudo 권한을 설정한다", "EDITOR=vim visudo"))] == ["visudo"]


@pytest.mark.parametrize("text", [
    "Change the current working directory to the project where you keep the site.",
    "Navigate to your project folder",
    "프로젝트 최상위 디렉토리로 이동한다.",
])
def test_text_only_saying_to_go_to_a_directory_first_makes_no_card(text: str) -> None:
    result = draft(_over_block(text))
    assert list(result.notes) == []
    assert any(w.line == 6 and "go to a directory first" in w.message for w in result.warnings)


def test_going_to_a_directory_is_what_a_cd_line_does_and_more_words_say_more() -> None:
    assert [front for _line, _kind, _command, front, _back in facts(
        _over_block("Navigate to your project folder", "cd ~/site"))] == ["cd ~/site"]
    assert len(facts(_over_block("Go into the new directory and pack it into one archive"))) == 1
    assert len(facts(_over_block("프로젝트 폴더로 이동하여 하나의 파일로 묶는다."))) == 1


def test_a_last_line_wholly_in_parentheses_is_a_remark_beside_the_text() -> None:
    text = "**pack** `public`  \n(the folder must exist)"
    assert [back for *_rest, back in facts(_over_block(text))] == ["pack public"]
    # a parenthesis inside the line, or one line only, stays as written
    assert [back for *_rest, back in facts(_over_block("pack public (the folder must exist)"))] == [
        "pack public (the folder must exist)"
    ]


def test_a_line_running_a_program_one_letter_off_its_heading_makes_no_card() -> None:
    text = "## imgstitch\n\n여러 이미지를 하나로 묶는다.\n\n```bash\n$ imgstich left.png right.png out.png\n```\n"
    result = draft(text)
    assert list(result.notes) == []
    assert any(w.line == 6 and "one letter off" in w.message for w in result.warnings)


def test_a_program_spelt_as_its_heading_or_a_longer_name_keeps_its_card() -> None:
    same = "## imgstitch\n\n여러 이미지를 하나로 묶는다.\n\n```bash\n$ imgstitch left.png right.png out.png\n```\n"
    assert len(facts(same)) == 1
    # a version or a plural at the end is another name ("sqlite" / "sqlite3"), and a known program is no slip
    versioned = "## imgstitch\n\n여러 이미지를 하나로 묶는다.\n\n```bash\n$ imgstitch2 left.png right.png out.png\n```\n"
    assert len(facts(versioned)) == 1
    known = "## kill by pid\n\n이름으로 프로세스를 끝낸다.\n\n```bash\n$ pkill firefox\n```\n"
    assert len(facts(known)) == 1


# -- the author not sure, a pointer to the notes above, a problem's label (x-wrong2) --------------------------------

@pytest.mark.parametrize("hedge", [
    "정확하진 않으나 public 폴더를 하나의 파일로 묶는 것 같다.",
    "잘 모르겠지만 폴더를 묶어 준다.",
    "I'm not sure, but this packs the folder into one archive.",
    "This packs the folder, I think.",
])
def test_text_its_author_is_not_sure_of_makes_no_card(hedge: str) -> None:
    result = draft(_over_block(hedge))
    assert list(result.notes) == []
    assert any(w.line == 6 and "not sure of it" in w.message for w in result.warnings)


@pytest.mark.parametrize("pointer", [
    "위의 백업 절에서 설명한 대로, tar로 묶으세요.",
    "앞에 나와 있는 대로 폴더를 묶는다.",
    "As described above, pack the folder.",
    "Pack it as mentioned earlier.",
])
def test_text_pointing_to_the_notes_above_makes_no_card(pointer: str) -> None:
    result = draft(_over_block(pointer))
    assert list(result.notes) == []
    assert any(w.line == 6 and "points to a part of the notes above" in w.message for w in result.warnings)


@pytest.mark.parametrize("label", ["_권한문제_", "권한 문제", "**디스크 용량 이슈**", "빌드 오류:"])
def test_a_label_naming_a_problem_makes_no_card(label: str) -> None:
    result = draft(_over_block(label, "sudo chown -R me:me public/"))
    assert list(result.notes) == []
    assert any(w.line == 6 and "names a problem" in w.message for w in result.warnings)


@pytest.mark.parametrize("text", [
    "폴더를 하나의 파일로 묶는다",            # what the line does
    "Fix the permission error on the folder",  # a problem named, and what is done to it
    "Count the errors",                        # a task
    "권한 문제 해결",                           # a problem, and what is done to it
    "보안 설정",                               # a topic that is no problem
    "Make sure the folder exists, then pack it.",
])
def test_text_saying_what_the_line_does_keeps_its_card(text: str) -> None:
    assert len(facts(_over_block(text))) == 1


@pytest.mark.parametrize("hedge", sorted(HEDGES_KO | HEDGES_EN))
def test_each_hedge_makes_no_card(hedge: str) -> None:
    result = draft(_over_block(f"폴더를 묶는다 ({hedge}) pack the folder"))
    assert list(result.notes) == []


@pytest.mark.parametrize("pointer", sorted(POINTING_BACK_KO | POINTING_BACK_EN))
def test_each_pointer_back_makes_no_card(pointer: str) -> None:
    result = draft(_over_block(f"{pointer}, 폴더를 묶는다 (pack the folder)"))
    assert list(result.notes) == []


@pytest.mark.parametrize("noun", sorted(PROBLEM_NOUNS))
def test_each_problem_noun_ending_a_label_makes_no_card(noun: str) -> None:
    result = draft(_over_block(f"디스크 {noun}", "df -h /srv"))
    assert list(result.notes) == []


@pytest.mark.parametrize("text", ["# docker-plugin specific", "# macOS-specific", "# Debian 12 specific:"])
def test_a_comment_naming_only_where_the_lines_apply_makes_no_card(text: str) -> None:
    result = draft(f"```bash\ntar -czf site.tgz public/\n\n{text}\nditto -c -k public site.zip\n```\n")
    assert [n.line for n in result.notes if n.line == 5] == []
    assert any(w.line == 5 and "only says where the lines apply" in w.message for w in result.warnings)


def test_a_specific_thing_done_keeps_its_card() -> None:
    assert len(facts(_over_block("Pack a specific folder into one archive"))) == 1


@pytest.mark.parametrize("prose", [
    "The benchmarks need a warm cache. Run them with:",
    "On a laptop it takes a while. Start it using:",
])
def test_a_last_sentence_saying_only_to_run_it_says_nothing_the_line_does(prose: str) -> None:
    # x-f30en1: what "it" is, the sentence before does not say either; the comment only says where it runs
    text = f"# bench\n\n## Benchmarks\n\n{prose}\n\n    # from the top folder\n    $ ./bench.sh --all\n"
    assert facts(text) == []
    assert any(w.line == 8 for w in draft(text).warnings)


def test_a_sentence_saying_what_the_line_does_before_it_is_still_read() -> None:
    text = "# bench\n\n## Benchmarks\n\nRun the benchmarks with:\n\n    $ ./bench.sh --all\n"
    assert [(kind, front, back) for _l, kind, _c, front, back in facts(text)] == [
        ("command", "./bench.sh --all", "Run the benchmarks with"),
    ]


def test_text_comparing_the_program_with_another_system_is_not_what_its_line_does() -> None:
    # (x-f33ko1) how the program differs elsewhere, not what the line does
    text = "# sort 메모\n\n## 윈도우에서\n\n윈도우의 sort는 옵션 쓰는 법이 리눅스와 좀 다르다.\n\n```\nsort /R names.txt\n```\n"
    notes = draft(text)
    assert notes.notes == ()
    assert any(w.line == 7 and "differs" in w.message for w in notes.warnings)
