"""A command line's gloss after a colon that goes on sentence by sentence about the line's parts: each
sentence (or comma-joined clause) opening with a flag the line passes, a letter of its flag cluster or a flag
with its value is that flag's note; a sentence about a key, a sign or a flag the line does not pass is left off
the line's card and warned about (x-f25ko)."""

from __future__ import annotations

from conftest import facts, warned


def _cards(text: str) -> list[tuple[int, str, str, str]]:
    return [(line, kind, front, back) for line, kind, _, front, back in facts(text)]


def test_a_sentence_opening_with_a_flag_the_line_passes_is_that_flags_note() -> None:
    text = "# 메모\n\n- `whoami -v` : 현재 사용자를 보여준다. -v는 그룹 정보도 덧붙인다.\n"
    assert sorted(_cards(text)) == [
        (3, "command", "whoami -v", "현재 사용자를 보여준다."),
        (3, "flag", "-v", "그룹 정보도 덧붙인다"),
    ]


def test_clauses_about_letters_of_a_cluster_are_a_flag_note_each() -> None:
    text = "# 메모\n\n- `uniq -ci` : 중복 줄 합치기. c 옵션은 개수 표시, i 옵션은 대소문자 무시\n"
    assert sorted(_cards(text)) == [
        (3, "command", "uniq -ci", "중복 줄 합치기."),
        (3, "flag", "-c", "개수 표시"),
        (3, "flag", "-i", "대소문자 무시"),
    ]


def test_a_gloss_made_only_of_letter_clauses_makes_no_card_of_the_whole_line() -> None:
    text = "# 메모\n\n- `du -sh` : s는 합계만 보여주고, h는 읽기 쉬운 단위(K, M)로 표시하는 옵션이다.\n"
    assert sorted(_cards(text)) == [
        (3, "flag", "-h", "읽기 쉬운 단위(K, M)로 표시하는 옵션이다"),
        (3, "flag", "-s", "합계만 보여주고"),
    ]


def test_a_flag_with_its_value_given_in_a_later_sentence_is_that_flags_note() -> None:
    text = "# 메모\n\n- `tree -L 2` : 폴더 구조를 그린다. 근데 -L 2 옵션을 주면 두 단계까지만 그린다.\n"
    assert (3, "flag", "-L 2", "두 단계까지만 그린다") in _cards(text)
    assert (3, "command", "tree -L 2", "폴더 구조를 그린다.") in _cards(text)


def test_a_sentence_about_a_key_and_what_follows_it_are_left_off_and_warned() -> None:
    text = "# 메모\n\n- `less notes.txt` : 파일을 한 화면씩 보여준다. q로 빠져나온다. 다시 열면 처음부터 보인다.\n"
    assert _cards(text) == [(3, "command", "less notes.txt", "파일을 한 화면씩 보여준다.")]
    assert 3 in warned(text)


def test_a_later_sentence_naming_a_flag_the_line_does_not_pass_is_left_off() -> None:
    text = "# 메모\n\n- `mkdir logs` : 폴더를 만든다. 중간 폴더까지 만들려면 -p 옵션을 붙인다.\n"
    assert _cards(text) == [(3, "command", "mkdir logs", "폴더를 만든다.")]


def test_a_one_sentence_gloss_is_left_whole() -> None:
    text = "# 메모\n\n- `head -n 5 a.txt` : 앞의 다섯 줄만 출력한다. 빈 줄도 센다.\n"
    assert _cards(text) == [(3, "command", "head -n 5 a.txt", "앞의 다섯 줄만 출력한다. 빈 줄도 센다.")]
