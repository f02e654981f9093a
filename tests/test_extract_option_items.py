"""Option items written with their value in a second code span, options named after their program in
a list of options, a numbered list that is no procedure with lists nested in it, and a sentence the
colon cut (issue 6, x-ko2), examples of our own."""

from __future__ import annotations

from quizzer.extract.decide import Doubt, term_doubt
from conftest import draft as _draft, facts as _facts


def test_an_option_with_its_value_in_a_second_code_span_is_an_option_of_the_heading_command() -> None:
    text = "## 네트워크\n### traceroute *host*\n- 목적지까지의 경로 출력\n- 옵션\n   - `-m` `hops` : 최대 홉 수 지정\n"
    facts = _facts(text)
    assert (5, "option", "traceroute", "-m", "최대 홉 수 지정") in facts
    [option] = [n for n in _draft(text).notes if n.kind.value == "option"]
    assert "-m hops" in option.answers


def test_a_program_before_a_flag_in_a_list_of_options_names_whose_option_it_is() -> None:
    text = "## 파일\n### head / tail\n- 파일의 일부만 출력\n- 옵션\n   - tail `-F` : 파일이 바뀌어도 다시 열어서 계속 출력\n"
    assert (5, "option", "tail", "-F", "파일이 바뀌어도 다시 열어서 계속 출력") in _facts(text)


def test_a_program_before_a_flag_among_examples_stays_a_command_line() -> None:
    text = "## 이동\n### cd\n- 디렉토리 이동\n- 예시\n   - cd `-` : 직전 디렉토리로 이동\n"
    assert not any(kind == "option" for _, kind, _, _, _ in _facts(text))


def test_lists_nested_in_a_numbered_list_that_is_no_procedure_make_no_steps() -> None:
    text = (
        "## nano\n\n1. **보기 화면**\n   - `Ctrl + K` = 현재 줄 잘라내기\n"
        "2. **입력 모드(편집 화면)**\n   - 검색어를 입력한 뒤 아래 키를 쓴다\n      - `Ctrl + W` = 다음 찾기\n"
        "3. **명령 모드(실행 화면)**\n"
    )
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.front, n.back) for n in draft.notes] == [
        (4, "command", "Ctrl + K", "현재 줄 잘라내기"),
        (7, "command", "Ctrl + W", "다음 찾기"),  # nested two deep, still read
    ]
    assert 3 in [w.line for w in draft.warnings]  # the list is said not to be a procedure, once


def test_a_sentence_the_colon_cut_is_no_term() -> None:
    assert term_doubt("보기 모드에서 /로 진입 후 아래에 뜨는", "뒤에 검색어 입력") == Doubt.CLAUSE
    assert term_doubt("컨테이너 이미지", "컨테이너를 만드는 틀") is None


def test_an_option_alone_in_code_in_a_list_item_has_its_meaning_on_the_next_line() -> None:
    # "- `-vf`  " (a hard break) then the meaning; an option with a stream suffix ("-b:v") is one option;
    # the item's later lines are remarks, said in a warning and never joined to the meaning
    text = (
        "# ffplay\n\n## ffplay 옵션\n\n### 재생\n\n- `-ss`  \n  재생을 시작할 위치\n\n"
        "- `-c:v`  \n  영상을 풀 디코더  \n  생략하면 자동으로 고른다\n"
    )
    assert _facts(text) == [
        (8, "option", "ffplay", "-ss", "재생을 시작할 위치"),
        (11, "option", "ffplay", "-c:v", "영상을 풀 디코더"),
    ]
    assert 12 in {w.line for w in _draft(text).warnings}
