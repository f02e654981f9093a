"""A one-line sentence that says what a term means, ``X 뜻은 …`` / ``X의 의미는 …``
(quizzer.extract.meaning_sentences, x-f13ko), with examples of our own."""

from __future__ import annotations

from quizzer.extract.meaning_sentences import MEANS_EN, REASON, REFERS
from tests.conftest import draft


def _meant(text: str) -> list[tuple[int, str, str]]:
    return [(n.line, n.front, n.back) for n in draft(text).notes if n.reason == REASON]


def test_a_term_and_what_it_means() -> None:
    text = (
        "# 권한\n\n"
        "> `drwx------` 뜻은 즉 주인만 읽고 쓰고 들어갈 수 있다는 것\n\n"
        "umask의 의미는 새 파일에서 빼는 권한\n"
    )
    assert _meant(text) == [
        (3, "drwx------", "주인만 읽고 쓰고 들어갈 수 있다는 것"),
        (5, "umask", "새 파일에서 빼는 권한"),
    ]


def test_a_word_pointing_back_or_a_longer_paragraph_is_no_such_sentence() -> None:
    text = (
        "# 권한\n\n"
        "이 뜻은 주인만 읽는다는 것\n\n"
        "umask의 의미는 새 파일에서 빼는 권한\n"
        "그리고 보통 022이다.\n"
    )
    assert _meant(text) == []


def _refers(text: str) -> list[tuple[int, str, str]]:
    return [(n.line, n.front, n.back) for n in draft(text).notes if n.reason == REFERS]


def test_a_term_in_code_and_a_sentence_ending_in_a_verb_of_meaning() -> None:
    # (x-f31ko1) the first sentence is the term's; the remark in parentheses and the next line are not
    text = (
        "# 브랜치\n\n"
        "> 위 예시의 `@{u}` 는 현재 브랜치가 따라가는 **원격 브랜치**를 가리킵니다. (`@` 는 HEAD)  \n"
        "> 브랜치 이름 뒤에 붙여도 됩니다.\n\n"
        "`FETCH_HEAD`는 마지막으로 가져온 커밋을 의미한다.\n"
    )
    assert _refers(text) == [
        (3, "@{u}", "현재 브랜치가 따라가는 원격 브랜치를 가리킵니다."),
        (6, "FETCH_HEAD", "마지막으로 가져온 커밋을 의미한다."),
    ]


def test_an_option_a_program_or_another_verb_is_no_term_referred_to() -> None:
    text = (
        "# 목록\n\n"
        "`-a` 는 숨김 파일까지 보여준다는 것을 의미한다.\n\n"
        "`ls` 는 파일 목록을 말한다.\n\n"
        "`@{u}` 는 원격 브랜치를 보여준다.\n"
    )
    assert _refers(text) == []


def test_a_term_in_code_followed_by_what_it_means_ending_in_tteut() -> None:
    # "(여기서) `X` …다는 뜻": the code, then the rest of the line says what it means; a list item too
    from quizzer.extract.meaning_sentences import MEANS_AFTER

    text = (
        "# fstab\n\n"
        "- 마지막 줄에 `nofail` 옵션 추가\n"
        "- 여기서 `nofail` 디스크가 없어도 부팅을 멈추지 않겠다는 뜻\n\n"
        "`noatime` 읽을 때마다 접근 시각을 적지 않는다는 의미\n"
    )
    meant = [(n.line, n.front, n.back) for n in draft(text).notes if n.reason == MEANS_AFTER]
    assert meant == [
        (4, "nofail", "디스크가 없어도 부팅을 멈추지 않겠다는 뜻"),
        (6, "noatime", "읽을 때마다 접근 시각을 적지 않는다는 의미"),
    ]


def test_an_option_or_a_program_before_tteut_is_not_read_as_a_term() -> None:
    from quizzer.extract.meaning_sentences import MEANS_AFTER

    text = "# ls\n\n- 여기서 `-a` 숨김 파일까지 보여준다는 뜻\n- 여기서 `ls` 목록을 보여준다는 뜻\n"
    assert not [n for n in draft(text).notes if n.reason == MEANS_AFTER]


def test_a_setting_whose_changed_value_lets_one_do_something() -> None:
    # "(상단의) `X` 값을 변경하여 … 수 있다": the setting → what changing it lets one do; a program or a plain word is no
    # setting, and a sentence saying something else of it is not read so
    from quizzer.extract.meaning_sentences import CHANGED

    text = (
        "# 설정\n\n"
        "상단의 `HIST_SIZE` 값을 변경하여 `bash`가 기억할 명령 개수를 정할 수 있다.\n\n"
        "`core.pager` 설정을 바꾸면 로그를 볼 프로그램을 고를 수 있다.\n\n"
        "`less` 값을 변경하여 다른 프로그램을 쓸 수 있다.\n\n"
        "`HIST_SIZE` 값은 보통 500이다.\n"
    )
    changed = [(n.line, n.front, n.back) for n in draft(text).notes if n.reason == CHANGED]
    assert changed == [
        (3, "HIST_SIZE", "bash가 기억할 명령 개수를 정할 수 있다"),
        (5, "core.pager", "로그를 볼 프로그램을 고를 수 있다"),
    ]


def test_items_saying_what_a_word_refers_to_define_it() -> None:
    # nested under a line naming both; the first clause goes on into the next item ("…을 가리키고,")
    text = (
        "## 구조\n\n"
        "- 저장소 안에는 여러 branch와 tag가 있다\n"
        "    + branch는 커밋이 계속 쌓이는 작업 줄기를 가리키고,\n"
        "    + `tag`는 한 커밋에 붙인 고정된 이름을 말한다.\n"
    )
    notes = [(n.line, n.kind.value, n.front, n.back) for n in draft(text).notes]
    assert (4, "concept", "branch", "커밋이 계속 쌓이는 작업 줄기를 가리키고") in notes
    assert (5, "concept", "tag", "한 커밋에 붙인 고정된 이름을 말한다") in notes


def test_an_item_saying_what_a_program_or_a_korean_word_refers_to_is_not_read_so() -> None:
    text = "- ls는 목록을 보여주는 것을 말한다.\n- 이것은 세션 전체를 말한다.\n"
    assert not any(n.reason == "item saying what a word refers to (X는 …을 말한다)" for n in draft(text).notes)


def test_english_sentences_saying_what_codes_of_a_column_mean() -> None:
    # (x-f34en2) each "`X` means …" of the paragraph a concept; a meaning of one word points back: warned
    text = (
        "# Process states\n\nWhat ps prints.\n\nIn the `STAT` column `Ss` means \"a session leader, sleeping\". "
        "`R` would mean running now, `Z` would mean neither.\n"
    )
    notes = [(n.line, n.kind.value, n.front, n.back) for n in draft(text).notes if n.line == 5]
    assert notes == [(5, "concept", "Ss", "a session leader, sleeping"), (5, "concept", "R", "running now")]
    assert 5 in [w.line for w in draft(text).warnings]
    # an option is its own readers'; a paragraph with another sentence is not read so
    for other in ("# Listing\n\n`-l` means a long listing.\n", "# States\n\n`R` means running. I like it.\n"):
        assert all(n.reason != MEANS_EN for n in draft(other).notes), other


def test_a_meaning_of_one_word_is_a_concept_unless_it_points_back() -> None:
    # "`R` means running.": one word that says what the code means (it was warned as pointing back, the fact lost);
    # "`u` would mean both", "`x` means it": words standing for what the sentence before said, warned
    text = "# Process states\n\nWhat ps prints.\n\nIn the `S` column `R` means running. `T` means stopped, `u` would mean both.\n"
    made = draft(text)
    assert [(n.front, n.back) for n in made.notes if n.reason == MEANS_EN] == [("R", "running"), ("T", "stopped")]
    assert [w.line for w in made.warnings if "'u'" in w.message] == [5]
    for word in ("neither", "either", "same", "it", "this"):
        text = f"# Process states\n\nWhat ps prints.\n\n`R` means \"running, on a CPU\". `S` would mean {word}.\n"
        assert [n.front for n in draft(text).notes if n.reason == MEANS_EN] == ["R"], word
