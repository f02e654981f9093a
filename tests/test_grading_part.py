"""A prose answer typed as a clear part of the meaning (u-campaign2's finding 7): "almost", the whole
meaning shown with the rest marked missing; a part that drops a word turning the meaning around, takes
words from elsewhere, or holds too little of it stays what it was."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from quizzer.grading import NEGATIONS, PART_OF_MEANING, grade

PART = "Part of the answer: the underlined words are missing."

#: words of a meaning: English letters or Hangul syllables, never a word that turns a meaning around
WORD = st.one_of(
    st.text("abcdefghijklmnoprstuvwy", min_size=1, max_size=8),
    st.text("가나다라마바사아자차카타파하이미지를받는다", min_size=1, max_size=5),
).filter(lambda word: word not in NEGATIONS and not word.startswith("않"))
MEANING = st.lists(WORD, min_size=2, max_size=8)


def letters(words: list[str]) -> int:
    return sum(map(len, words))


def test_a_clear_part_is_almost_with_the_whole_meaning_shown() -> None:
    verdict = grade(["stage a file for the next commit"], "stage a file", prose=True)
    assert (verdict.outcome, verdict.explanation, verdict.answer) == ("almost", PART, "stage a file for the next commit")
    assert [text for kind, text in verdict.diff if kind == "missing"] == [" for the next commit"]
    korean = grade(["레지스트리에서 이미지를 내려받는다"], "이미지를 내려받는다", prose=True)
    assert korean.outcome == "almost" and "".join(t for k, t in korean.diff if k == "missing").strip() == "레지스트리에서"


def test_what_is_not_a_clear_part_stays_wrong() -> None:
    assert grade(["레지스트리에서 이미지를 내려받는다"], "내려받는다", prose=True).outcome == "wrong"  # under a third
    assert grade(["stage a file for the next commit"], "commit the next file", prose=True).outcome == "wrong"  # order
    assert grade(["stage a file for the next commit"], "stage a folder", prose=True).outcome == "wrong"  # not its word
    negated = grade(["never run this container as root user again"], "run this container as root user again", prose=True)
    assert negated.explanation != PART
    assert grade(["이 파일은 절대 지우지 않는다 꼭 기억"], "이 파일은 절대 지우지", prose=True).explanation != PART


@given(MEANING, st.data())
def test_any_ordered_part_holding_a_third_is_at_least_almost(words: list[str], data: st.DataObject) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    part = [word for word, kept in zip(words, keep, strict=True) if kept]
    assume(part and letters(part) >= PART_OF_MEANING * letters(words))
    answer = " ".join(words)
    verdict = grade([answer], " ".join(part), prose=True)
    assert verdict.outcome in ("exact", "almost") and verdict.answer == answer
    if verdict.outcome == "almost":  # the whole meaning is there to read: what was typed, and what was not
        assert "".join(text for kind, text in verdict.diff if kind != "extra") == answer


@given(MEANING, st.data())
def test_a_part_under_a_third_or_with_a_word_of_its_own_is_never_a_part(words: list[str], data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(words) - 1))
    part = words[start : start + data.draw(st.integers(1, len(words) - start))]
    stranger = data.draw(st.sampled_from(["zzzz", "qqq", "ㅎㅎ없"]))
    for typed in (part + [stranger], [stranger] + part):
        assert grade([" ".join(words)], " ".join(typed), prose=True).explanation != PART
    if letters(part) < PART_OF_MEANING * letters(words):
        assert grade([" ".join(words)], " ".join(part), prose=True).explanation != PART


@given(MEANING, st.sampled_from(sorted(NEGATIONS) + ["않는다"]), st.data())
def test_leaving_out_a_word_that_turns_the_meaning_around_is_never_a_part(
        words: list[str], negation: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(words)))
    answer = " ".join([*words[:at], negation, *words[at:]])
    assert grade([answer], " ".join(words), prose=True).explanation != PART
    # nor anything near: the meaning typed is the opposite ("delete the file" for "do not delete the file")
    assert grade([answer], " ".join(words), prose=True).outcome == "wrong"
    assert grade([" ".join(words)], answer, prose=True).outcome == "wrong"


def test_a_near_miss_that_turns_the_meaning_around_is_wrong() -> None:
    """One word off by edit distance was "almost: Close to the answer" even when that word was the 'not'."""
    for answer, typed in [("do not delete the file", "delete the file"), ("컨테이너를 지우지 않는다", "컨테이너를 지운다"),
                          ("delete the file", "never delete the file")]:
        verdict = grade([answer], typed, prose=True)
        assert verdict.outcome == "wrong" and "opposite" in verdict.explanation, (answer, verdict)
    assert grade(["do not delete the file"], "do not delete the files", prose=True).outcome == "almost"


def test_leaving_out_a_clause_that_holds_a_not_is_wrong_and_said_so_not_called_the_opposite() -> None:
    """review13/14: "list all files" for "list all files, not only the visible ones" was told "The opposite of the
    answer"; it is a part whose words left out limit it (still wrong: a part may not leave a negation out)."""
    for answer, typed in [("show every branch, not only the local ones", "show every branch"),
                          ("remove the tag even if not pushed", "remove the tag")]:
        verdict = grade([answer], typed, prose=True)
        assert verdict.outcome == "wrong" and "type them too" in verdict.explanation, (answer, verdict)
    for answer, typed in [("do not remove the tag", "remove the tag"), ("태그를 지우지 않는다", "태그를 지우지"),
                          ("remove the tag, not the branch", "remove")]:  # the "not" of the words typed; too little
        verdict = grade([answer], typed, prose=True)
        assert verdict.outcome == "wrong" and "type them too" not in verdict.explanation, (answer, verdict)


def test_the_diff_marks_no_letter_whose_case_alone_differs() -> None:
    """'show working tree status' for 'Show the working tree status': the screen marked the S missing and the s
    extra, a difference the grade does not count (prose is compared case folded); only ' the' is missing."""
    verdict = grade(["Show the working tree status"], "show working tree status", prose=True)
    assert verdict.outcome == "almost"
    assert [(kind, text.strip()) for kind, text in verdict.diff if kind != "same"] == [("missing", "the")]
    assert "".join(text for kind, text in verdict.diff if kind != "extra") == "Show the working tree status"


def test_a_korean_qualifier_negated_before_the_words_typed_is_a_part_not_the_opposite() -> None:
    """'디렉터리를 지운다' for '묻지 않고 디렉터리를 지운다' (rm -rf) was told "The opposite of the answer": Korean's 않 negates
    the word before it (묻지, left out too), not the words typed (u-campaign9).  Still wrong: a 'not' was left out."""
    for answer, typed in [("묻지 않고 디렉터리를 지운다", "디렉터리를 지운다"), ("확인 없이 이미지를 지운다", "이미지를 지운다")]:
        verdict = grade([answer], typed, prose=True)
        assert verdict.outcome == "wrong" and "type them too" in verdict.explanation, (answer, verdict)
    verdict = grade(["컨테이너를 지우지 않는다"], "컨테이너를 지운다", prose=True)  # the verb typed is the one negated
    assert "opposite" in verdict.explanation
