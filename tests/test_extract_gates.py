"""Work skipped after a cheap test of the text (s-speed15): each gate turns down only what the full reading would.

- ``is_menu_path`` of a text with none of the signs a joint is made of (``-``, ``–``, ``>``, ``›``, ``→``);
- ``_of_its_own_topic`` reads a text with no ``.``, ``!`` or ``?`` as one sentence, without splitting it, and turns
  down a first sentence that does not end as a statement (``다``, ``요``) before matching it for its topic;
- ``quoted_definitions.lead`` matches ``X is:`` only in a line ending in a colon, and searches for a source's
  definition ("… 정의하고 있다.", "defines X as follows:") only in a line holding "정의" or "def" in any case.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quizzer.extract import menu_paths, quoted_definitions, rules
from quizzer.extract.blocks import Inline, Para, Span
from quizzer.extract.menu_paths import is_menu_path
from quizzer.extract.rules import _of_its_own_topic
from quizzer.extract.walk import Walk
from quizzer.text import clean

# the joints and what sits around them: spaces of every kind, sentence signs, words that name settings or a click,
# Korean with its topic particles, quotes of a path
_PIECES = st.sampled_from([
    " - ", " > ", " › ", " → ", " – ", "-", ">", "→", " ", "  ", "\u00a0", "\u3000", "\t", "\n", ".", "!", "?", ". ",
    "설정", "메뉴", "클릭", "Settings", "click", "open ", "General", "Keys", "알림", "\"", "“", "”", "「", "」",
    "루트의 경로는", "버전 2에선", "이 옵션은", "열린다", "끝난다.", "됩니다", "요", "다", "WSL", "a", "b c",
])
_TEXT = st.lists(_PIECES, max_size=16).map("".join)


def _menu_path_in_full(text: str, *, whole: bool) -> bool:
    """``is_menu_path`` as it read every text before its gate: the reference."""
    text = " ".join(text.split())
    joints = set(menu_paths._JOINT.findall(text))
    if not joints:
        return False
    if whole and menu_paths._PATH.fullmatch(text) and len(joints) == 1 and (
        joints <= {">", "›"} or menu_paths._SETTINGS.search(text)
    ):
        return True
    return bool(menu_paths._CLICK.search(text)) and bool(
        menu_paths._QUOTED_PATH.search(text) or menu_paths._PATH.search(text))


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.booleans())
@example("설정 → 알림 → 미리보기", True)  # each joint sign turned down by the gate would fail one of these
@example("Settings – General – Keys", True)
@example("시스템 설정 - 알림 - 미리보기", True)
@example("Preferences › Profiles › Keys", True)
@example("View > Zoom > In", True)
def test_a_menu_path_is_what_the_full_reading_says(text: str, whole: bool) -> None:
    assert is_menu_path(text, whole=whole) == _menu_path_in_full(text, whole=whole)


def test_menu_paths_still_read() -> None:
    assert is_menu_path("시스템 설정 - 알림 - 미리보기 표시")
    assert is_menu_path("Preferences > Profiles > Keys")
    assert is_menu_path('"설정 > 일반"을 클릭 후 체크', whole=False)
    assert not is_menu_path("Model - View - Controller")
    assert not is_menu_path("설정 메뉴를 연다")  # no joint at all: turned down by the gate


def _own_topic_in_full(name: str, description: str) -> bool:
    """``_of_its_own_topic`` as it read every description before its gate (split whatever it held): the reference."""
    if "은 " not in description and "는 " not in description and "에선 " not in description:
        return False
    first_sentence = re.split(r"(?<=[.!?])\s", clean(description), maxsplit=1)[0]
    said = rules._OWN_TOPIC.match(first_sentence)
    if said is None:
        return False
    first = (said.group("before").split() or [said.group("topic")])[0]
    topic = f"{said.group('before')}{said.group('topic')}".casefold()
    stems = [word[:2] if rules._HANGUL_WORD.match(word) else word for word in re.findall(r"[가-힣]+|[a-z]+", name.casefold())]
    return first.casefold() not in rules._POINTS_AT_TERM and not any(stem in topic for stem in stems)


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.sampled_from(["WSL1", "버전 2", "Ubuntu 22.04", "S3", "경로", "옵션"]))
@example("바꾼다? 루트의 경로는 끝난다", "WSL1")  # each sentence mark left out of the gate fails one
@example("바꾼다! 루트의 경로는 끝난다", "WSL1")
@example("바꾼다. 루트의 경로는 끝난다", "WSL1")
@example("루트의 경로는 끝나요.", "WSL1")  # each end of a statement left out of the gate fails one
@example("루트의 경로는 끝나요", "WSL1")
@example("루트의 경로는 끝난다.", "WSL1")
def test_a_topic_of_its_own_is_what_splitting_every_description_says(description: str, name: str) -> None:
    assert _of_its_own_topic(name, description) == _own_topic_in_full(name, description)


def test_a_topic_of_its_own_is_still_read_in_the_first_sentence_alone() -> None:
    assert _of_its_own_topic("WSL1", "루트의 실제 경로는 여기서 끝난다. 이 옵션은 다르다.")
    assert _of_its_own_topic("WSL1", "루트의 실제 경로는 여기서 끝난다")  # one sentence, no mark: not split
    assert not _of_its_own_topic("WSL1", "이 옵션은 경로를 바꾼다.")  # the topic points back at the term
    assert not _of_its_own_topic("WSL1", "경로를 바꾼다! 루트의 경로는 끝난다.")  # the topic is in the second sentence


_LEADS = st.lists(st.sampled_from([
    "CTEs", "[CTEs](x)", " are", " is", " means", ":", "：", " ", "  ", "\u00a0", "supervisor를", " 이렇게", " 정의하고 있다",
    "정의한다", ".", "The manual", " defines", " DEFINES", " Defines", " a daemon", " as follows", " like this", " thus",
    "데몬", "the result", "x",
]), max_size=10).map("".join)


def _found(match: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    return (match.span(), match.groupdict()) if match is not None else None


@settings(max_examples=600, deadline=None)
@given(_LEADS)
@example("CTEs are:")  # each gate wrong would fail one of these
@example("CTEs are：")
@example("supervisor를 이렇게 정의하고 있다.")
@example("The manual DEFINES a daemon as follows:")
@example("The manual defines a daemon thus.")
def test_a_term_over_a_quote_is_found_where_the_full_search_finds_it(text: str) -> None:
    # the reference: both patterns tried on every line, as before the gates
    match = quoted_definitions._LEAD.fullmatch(text)
    defines = quoted_definitions._DEFINES.search(text) if match is None else None
    said = quoted_definitions._said(text)
    assert (_found(said[0]), _found(said[1])) == (_found(match), _found(defines))


def test_a_term_over_a_quote_is_still_remembered() -> None:
    for text, term in (("CTEs are:", "CTEs"), ("supervisor를 이렇게 정의하고 있다.", "supervisor"),
                       ("The manual DEFINES a daemon as follows:", "daemon")):
        walk = Walk("notes", source=(text,))
        quoted_definitions.lead(walk, Para(Inline((Span("text", text),)), 1, (), True, False))
        assert walk.quoted_term == (0, term)
