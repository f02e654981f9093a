"""A term glossed with only the names it takes, in capitals: ``- 상태 : LISTENING, ESTABLISHED, TIME WAIT``.

Notes about a program's output list the values a column or a state can show after its name.  That is no
definition of the term (what a state is), and no one value is what the term means: a warning with the line, no
card.  A term that is the initials of the names (``CRUD : CREATE, READ, UPDATE, DELETE``) is what they stand for,
a definition, and stays a card.
"""

from __future__ import annotations

from conftest import facts, warned


def test_a_state_glossed_with_the_names_it_takes_is_warned_not_a_card() -> None:
    text = "# ss\n\n- 상태 : LISTEN, ESTAB, TIME_WAIT, CLOSE WAIT\n- 로컬주소 : 내 쪽 주소와 포트\n"
    assert [(line, front) for line, _kind, _command, front, _back in facts(text)] == [(4, "로컬주소")]
    assert warned(text) == [3]


def test_an_english_column_and_its_values_is_warned_too() -> None:
    text = "# ps\n\n- STAT: RUNNING, SLEEPING, STOPPED\n- PID: the process id\n"
    assert [front for *_, front, _back in facts(text)] == ["PID"]
    assert 3 in warned(text)


def test_initials_and_the_words_they_stand_for_stay_a_definition() -> None:
    text = "# terms\n\n- CRUD : CREATE, READ, UPDATE, DELETE\n- REST : 자원을 URI로 나타내는 방식\n"
    assert [(front, back) for *_, front, back in facts(text)][0] == ("CRUD", "CREATE, READ, UPDATE, DELETE")


def test_two_names_or_words_in_lower_case_are_not_a_list_of_values() -> None:
    # two names may be a pair of spellings; words in lower case are a gloss
    text = "# t\n\n- 모드 : NORMAL, INSERT\n- 레벨 : debug, info, warn 중 하나\n"
    assert [front for *_, front, _back in facts(text)] == ["모드", "레벨"]
